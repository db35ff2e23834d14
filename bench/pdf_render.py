"""Median time to render the PDF profile, per language. Prints figures; not part of `make test`.

Usage: .venv/bin/python bench/pdf_render.py [--runs N]   (needs `make setup` first: content and demo data)
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "innospark.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from innospark.diagnostic.models import Session  # noqa: E402
from innospark.diagnostic.pdf import render_result_pdf  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    session = Session.objects.completed().first()
    if session is None:
        sys.exit("No completed session: run `make setup` (it seeds demo data) first.")
    start = time.perf_counter()
    render_result_pdf(session, "en")  # the first render loads weasyprint and the fonts
    print(
        f"first render (cold, includes imports and font loading): {time.perf_counter() - start:.2f} s"
    )
    all_times = []
    for language in settings.LANGUAGE_CODES:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            pdf = render_result_pdf(session, language)
            times.append(time.perf_counter() - start)
        all_times += times
        print(
            f"{language}: median {statistics.median(times):.2f} s over {args.runs} runs, {len(pdf) / 1024:.0f} KiB"
        )
    print(
        f"PDF render: median {statistics.median(all_times):.2f} s over {len(all_times)} renders (6 languages)"
    )


if __name__ == "__main__":
    main()
