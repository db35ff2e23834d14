from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from innospark.core.ratelimit import purge_expired
from innospark.diagnostic.models import Session
from innospark.toolkit.models import ExerciseRun


class Command(BaseCommand):
    help = (
        "Delete anonymous tests and exercises left unfinished for longer than RETENTION_DAYS, "
        "and rate-limit counters whose window has ended."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.RETENTION_DAYS)

    def handle(self, *args, days: int, **options):
        cutoff = timezone.now() - timedelta(days=days)
        with transaction.atomic():
            sessions, _ = Session.objects.filter(
                user__isnull=True, finished_at__isnull=True, created_at__lt=cutoff, is_demo=False
            ).delete()
            runs, _ = ExerciseRun.objects.filter(
                user__isnull=True, completed_at__isnull=True, updated_at__lt=cutoff
            ).delete()
            counters = purge_expired()
        self.stdout.write(
            f"Deleted {sessions} rows of unfinished tests and {runs} of unfinished exercises "
            f"older than {days} days, and {counters} expired rate-limit counters."
        )
