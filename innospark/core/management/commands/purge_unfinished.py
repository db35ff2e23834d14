from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from innospark.core.ratelimit import purge_expired
from innospark.diagnostic.models import Session
from innospark.events.models import Registration
from innospark.toolkit.models import ExerciseRun
from innospark.workshops.models import Workshop


class Command(BaseCommand):
    help = (
        "Delete what the privacy notice says is kept only for a while: anonymous tests and "
        "exercises left unfinished for RETENTION_DAYS, live workshops WORKSHOP_RETENTION_DAYS "
        "after they ended, event registrations EVENT_RETENTION_DAYS after the event (the "
        "feedback answers stay, no longer tied to anyone), and expired rate-limit counters."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.RETENTION_DAYS)

    def handle(self, *args, days: int, **options):
        now = timezone.now()
        cutoff = now - timedelta(days=days)
        with transaction.atomic():
            sessions, _ = Session.objects.filter(
                user__isnull=True, finished_at__isnull=True, created_at__lt=cutoff, is_demo=False
            ).delete()
            runs, _ = ExerciseRun.objects.filter(
                user__isnull=True, completed_at__isnull=True, updated_at__lt=cutoff
            ).delete()
            workshops, _ = Workshop.objects.ended_before(
                now - timedelta(days=settings.WORKSHOP_RETENTION_DAYS)
            ).delete()
            registrations, _ = Registration.objects.expired(
                now - timedelta(days=settings.EVENT_RETENTION_DAYS)
            ).delete()
            counters = purge_expired()
        self.stdout.write(
            f"Deleted {sessions} rows of unfinished tests and {runs} of unfinished exercises "
            f"older than {days} days, {workshops} rows of live workshops ended more than "
            f"{settings.WORKSHOP_RETENTION_DAYS} days ago, {registrations} rows of registrations "
            f"for events ended more than {settings.EVENT_RETENTION_DAYS} days ago, and "
            f"{counters} expired rate-limit counters."
        )
