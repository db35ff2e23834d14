"""Simulated completed sessions, marked as demo, so percentiles show on a fresh install."""

import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from innospark.diagnostic import services
from innospark.diagnostic.models import CompanySize, Country, Item, Role, Sector, Session


def simulated_answers(rng: random.Random, items: list[Item]) -> list[tuple[str, int]]:
    """A plausible respondent: a general tendency, a level per skill, and noise per statement."""
    general = rng.gauss(0, 1)
    skill_level = {}
    answers = []
    for item in items:
        level = skill_level.setdefault(item.skill_id, 0.6 * general + rng.gauss(0, 0.7))
        raw = round(3.3 + 0.8 * level + rng.gauss(0, 0.8))
        value = min(5, max(1, raw))
        answers.append((item.key, 6 - value if item.reverse else value))
    return answers


class Command(BaseCommand):
    help = "Add simulated completed sessions marked as demo data (excluded from norms when DEMO_DATA=0)."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=300)
        parser.add_argument("--seed", type=int, default=2016)
        parser.add_argument(
            "--if-empty", action="store_true", help="Only seed when no session is completed yet."
        )

    def handle(self, *args, count, seed, if_empty, **options):
        if count < 1:
            raise CommandError("--count must be at least 1")
        if if_empty and Session.objects.completed().exists():
            self.stdout.write("Completed sessions exist already; no demo data added.")
            return
        items = list(Item.objects.all())
        if not items:
            raise CommandError("No statements loaded: run `manage.py load_content` first.")
        rng = random.Random(seed)
        for _ in tqdm(range(count), desc="demo sessions", unit="session"):
            started = services.session_start(
                language=rng.choice(settings.LANGUAGE_CODES),
                role=rng.choice(Role.values),
                company_size=rng.choice(CompanySize.values),
                country=rng.choice(Country.values[:6]),
                sector=rng.choice(Sector.values),
                is_demo=True,
            )
            services.session_save_answers(
                session=started.session, answers=simulated_answers(rng, items)
            )
            services.session_skip_all_tasks(session=started.session)
            services.session_finish(session=started.session)
        self.stdout.write(f"Added {count} demo sessions.")
