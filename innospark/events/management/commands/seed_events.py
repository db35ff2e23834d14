"""Example events so the events pages have something to show on a fresh install."""

from django.core.management.base import BaseCommand

from innospark.events.demo import create_examples
from innospark.events.models import Event

HOW_TO_ORGANISE = (
    "To publish events, sign in as a staff user (create one with "
    "`.venv/bin/python manage.py createsuperuser`) or as an owner or manager of an "
    "organisation (sign up at http://127.0.0.1:8000/en/organisations/signup/)."
)


class Command(BaseCommand):
    help = "Add example events (demo data, labelled as examples on every page)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Only add them when there is no event yet."
        )

    def handle(self, *args, if_empty, **options):
        if if_empty and Event.objects.exists():
            self.stdout.write("Events exist already; no example events added.")
        else:
            self.stdout.write(f"Added {create_examples()} example events.")
        self.stdout.write(HOW_TO_ORGANISE)
