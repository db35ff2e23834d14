"""Score a CSV of Alternative Uses Task responses offline.

    python manage.py score_aut --input IN.csv --output OUT.csv

Input columns: prompt, response, and optionally language (default en) and participant.
Output: every input row with an added ``originality`` (1-5). With a participant column, a
second file OUT.participants.csv gives per participant and prompt: fluency, flexibility and
mean originality.
"""

import csv
from collections import defaultdict
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from innospark.scoring.scorer import scorer_for

REQUIRED = ("prompt", "response")


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            columns = reader.fieldnames or []
    except FileNotFoundError as exc:
        raise CommandError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path}: not UTF-8 text (save the CSV as UTF-8 and try again)") from exc
    except csv.Error as exc:
        raise CommandError(f"{path}: not a valid CSV file ({exc})") from exc
    if not columns:
        raise CommandError(f"{path}: the file is empty")
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise CommandError(
            f"{path}: missing column(s) {', '.join(missing)}; found {', '.join(columns)}"
        )
    if not rows:
        raise CommandError(f"{path}: no rows under the header")
    return columns, rows


class Command(BaseCommand):
    help = "Add an originality score (1-5) to every row of a CSV of AUT responses."

    def add_arguments(self, parser):
        parser.add_argument("--input", required=True, type=Path)
        parser.add_argument("--output", required=True, type=Path)

    def handle(self, *args, input: Path, output: Path, **options):
        columns, rows = read_rows(input)
        for number, row in enumerate(rows, 2):
            row["language"] = (row.get("language") or "en").strip().lower()
            if row["language"] not in settings.LANGUAGE_CODES:
                raise CommandError(
                    f"{input}, line {number}: unknown language {row['language']!r}; use one of {', '.join(settings.LANGUAGE_CODES)}"
                )
        groups = defaultdict(list)
        for index, row in enumerate(rows):
            groups[(row["language"], row["prompt"].strip())].append(index)
        for (language, prompt), indexes in tqdm(groups.items(), desc="scoring", unit="prompt"):
            scores = scorer_for(language).originality(
                prompt, [rows[i]["response"] or "" for i in indexes]
            )
            for i, score in zip(indexes, scores, strict=True):
                rows[i]["originality"] = f"{score:.2f}" if rows[i]["response"].strip() else ""
        out_columns = [c for c in columns if c != "originality"] + (
            ["language"] if "language" not in columns else []
        )
        with output.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(
                fh, fieldnames=[*out_columns, "originality"], extrasaction="ignore"
            )
            writer.writeheader()
            writer.writerows(rows)
        self.stdout.write(f"Scored {len(rows)} rows into {output}")
        if "participant" in columns:
            path = output.with_suffix(".participants.csv")
            self._participants(rows, path)
            self.stdout.write(f"Per-participant summary in {path}")

    def _participants(self, rows: list[dict], path: Path) -> None:
        people = defaultdict(list)
        for row in rows:
            people[(row["participant"], row["language"], row["prompt"].strip())].append(
                row["response"]
            )
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(
                ["participant", "language", "prompt", "fluency", "flexibility", "originality"]
            )
            for (participant, language, prompt), responses in people.items():
                summary = scorer_for(language).score(prompt, responses)
                writer.writerow(
                    [
                        participant,
                        language,
                        prompt,
                        summary.fluency,
                        summary.flexibility,
                        summary.originality or "",
                    ]
                )
