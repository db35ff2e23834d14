"""Toolkit figures: content counts per language, and median response times of the A to Z page
(plain, searched, filtered), the JSON list, an exercise step and the summary PDF. Prints
figures; not part of `make test`.

Usage: .venv/bin/python bench/toolkit.py [--runs N]   (needs `make setup` first)
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
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from innospark.toolkit.models import Exercise, ExerciseText, Technique, TechniqueText  # noqa: E402


def median_ms(client: Client, method: str, url: str, runs: int, data=None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = getattr(client, method)(url, data or {})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 302), (url, response.status_code)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    print(f"techniques: {Technique.objects.count()}, exercises: {Exercise.objects.count()}")
    for language in settings.LANGUAGE_CODES:
        print(
            f"  {language}: {TechniqueText.objects.filter(language=language).count()} techniques,"
            f" {ExerciseText.objects.filter(language=language).count()} exercises"
        )
    client = Client()
    pages = {
        "A to Z (hu)": "/hu/toolkit/",
        "search 'OTLET' (hu)": "/hu/toolkit/?q=OTLET",
        "filters (es)": "/es/toolkit/?group=alone&duration=45&online=yes",
        "technique page (bg)": "/bg/toolkit/techniques/scamper/",
        "API list (et)": "/api/v1/toolkit/techniques?language=et",
        "API exercises (it)": "/api/v1/toolkit/exercises?language=it",
    }
    for name, url in pages.items():
        print(f"{name:24} median {median_ms(client, 'get', url, args.runs):6.1f} ms")
    start = client.post("/en/toolkit/exercises/impact-effort/start/")
    step = start["Location"]
    client.post(step, {"action": "next", "value": "a\nb\nc"})
    save = step.replace("/step/0/", "/step/1/")
    data = {"action": "save", "impact-0": "5", "effort-0": "1"}
    print(
        f"{'autosave a step':24} median {median_ms(client, 'post', save, args.runs, data):6.1f} ms"
    )
    summary = step.replace("/step/0/", "/summary.pdf")
    client.get(summary)  # warm: weasyprint import and fonts
    print(f"{'summary PDF':24} median {median_ms(client, 'get', summary, 5):6.1f} ms")


if __name__ == "__main__":
    main()
