import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from innospark.insights.importer import import_indicators
from innospark.insights.parsing import ParseError


class Command(BaseCommand):
    help = (
        "Import the published indicator files (data/indicators/); running it twice changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--data-dir", type=Path, default=Path(settings.INDICATORS_DIR))

    def handle(self, *args, data_dir: Path, **options):
        start = time.perf_counter()
        try:
            report = import_indicators(data_dir, progress=options["verbosity"] > 0)
        except (ParseError, KeyError, ValueError) as exc:
            raise CommandError(f"Indicators not imported: {exc}") from exc
        self.stdout.write(f"Indicators imported: {report} in {time.perf_counter() - start:.1f} s")
