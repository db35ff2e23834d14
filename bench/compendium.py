"""Compendium figures: cases per country and size, and the time to render the booklet PDF in
each language. Prints figures; not part of `make test`.

Usage: .venv/bin/python bench/compendium.py   (needs `make setup` first)
"""

import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innospark.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from innospark.compendium.booklet import render_booklet  # noqa: E402
from innospark.compendium.models import Case  # noqa: E402


def main() -> None:
    cases = list(Case.objects.all())
    print(f"cases: {len(cases)}")
    print("by country:", dict(sorted(Counter(c.country for c in cases).items())))
    print("by size:", dict(Counter(c.size for c in cases)))
    print("sources:", sum(len(c.sources) for c in cases))
    for language in settings.LANGUAGE_CODES:
        start = time.perf_counter()
        document = render_booklet(language)
        pdf = document.write_pdf()
        print(
            f"booklet {language}: {len(document.pages)} pages, {len(pdf) / 1024:.0f} KiB,"
            f" {time.perf_counter() - start:.1f} s"
        )


if __name__ == "__main__":
    main()
