from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from innospark.compendium.content import load_cases
from innospark.core.content import ContentError, LoadReport
from innospark.diagnostic.content import load_skills
from innospark.diagnostic.task_content import load_aut_objects, load_rat_problems
from innospark.toolkit.content import load_exercises, load_techniques


class Command(BaseCommand):
    help = "Load editorial content (all six languages) from content/; running it twice changes nothing."

    def handle(self, *args, **options):
        report = LoadReport()
        try:
            with transaction.atomic():  # all or nothing: a bad file leaves the database as it was
                load_techniques(report)
                load_skills(report)
                load_aut_objects(report)
                load_rat_problems(report)
                load_exercises(report)
                load_cases(report)
        except ContentError as exc:
            raise CommandError(f"Content not loaded: {exc}") from exc
        self.stdout.write(f"Content loaded: {report}")
