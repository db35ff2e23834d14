"""Loads the task content: AUT objects (content/diagnostic/aut-objects/<slug>/) and RAT
problems (content/diagnostic/rat/<lang>.csv)."""

import csv

from django.conf import settings

from innospark.core.content import (
    ContentError,
    LoadReport,
    content_dir,
    item_folders,
    read_languages,
    read_toml,
    upsert,
)
from innospark.diagnostic.task_models import AutObject, AutObjectText, RatProblem

MIN_OBJECTS = 10
MIN_RAT_PROBLEMS = 30
PRIOR_SOLVE_RATE = {"easy": 0.7, "medium": 0.45, "hard": 0.2}
BOWDEN = "Bowden & Jung-Beeman (2003), Behavior Research Methods 35(4), 634-639"
OURS = "INNOSPARK (uncalibrated)"


def load_aut_objects(report: LoadReport) -> None:
    folders = item_folders(content_dir() / "diagnostic" / "aut-objects")
    if len(folders) < MIN_OBJECTS:
        raise ContentError(
            f"alternative uses: needs at least {MIN_OBJECTS} objects, has {len(folders)}"
        )
    for folder in folders:
        meta = read_toml(folder / "object.toml")
        if meta.get("slug") != folder.name:
            raise ContentError(f"{folder}/object.toml: slug must be {folder.name!r}")
        texts = read_languages(folder, {"name": str})
        obj = upsert(AutObject, {"slug": folder.name}, {"order": meta.get("order", 0)}, report)
        for language, data in texts.items():
            upsert(
                AutObjectText, {"object": obj, "language": language}, {"name": data["name"]}, report
            )


def _rate(value: str | None, where: str) -> float | None:
    """A published solve rate in percent ("" or X: none), as a share."""
    value = (value or "").strip()
    if value in ("", "X"):
        return None
    try:
        rate = float(value)
    except ValueError:
        rate = -1.0
    if not 0 <= rate <= 100:  # also refuses nan
        raise ContentError(f"{where}: solve rates are percentages from 0 to 100, not {value!r}")
    return rate / 100


def _cell(row: dict, name: str) -> str:
    """A cell, stripped; a row shorter than the header has None for the missing cells."""
    return (row.get(name) or "").strip()


def _read_rat(language: str) -> list[dict]:
    path = content_dir() / "diagnostic" / "rat" / f"{language}.csv"
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: missing") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ContentError(f"{path}: not a UTF-8 CSV file ({exc})") from exc
    problems = []
    for number, row in enumerate(rows, 1):
        where = f"{path}, problem {number}"
        cues = [_cell(row, f"cue{i}") for i in (1, 2, 3)]
        solution = _cell(row, "solution")
        if not all(cues) or not solution:
            raise ContentError(f"{where}: needs three cues and a solution")
        if any(isinstance(cell, str) and "\x00" in cell for cell in row.values()):
            raise ContentError(f"{where}: contains a NUL character")
        if language == "en":
            rate = (
                _rate(row.get("pct_solved_30s"), where)
                or _rate(row.get("pct_solved_15s"), where)
                or 0.5
            )
            source, accepted = BOWDEN, []
        else:
            difficulty = _cell(row, "difficulty")
            if difficulty not in PRIOR_SOLVE_RATE:
                raise ContentError(
                    f"{path}, problem {number}: difficulty must be easy, medium or hard"
                )
            rate, source = PRIOR_SOLVE_RATE[difficulty], OURS
            accepted = [form.strip() for form in _cell(row, "accepted").split("|") if form.strip()]
        problems.append(
            {
                "key": f"{language}-{number:03d}",
                "cues": cues,
                "solution": solution,
                "accepted": accepted,
                "source": source,
                "solve_rate": rate,
            }
        )
    if len(problems) < MIN_RAT_PROBLEMS:
        raise ContentError(
            f"{path}: needs at least {MIN_RAT_PROBLEMS} problems, has {len(problems)}"
        )
    return problems


def load_rat_problems(report: LoadReport) -> None:
    for language in settings.LANGUAGE_CODES:
        for problem in _read_rat(language):
            key = problem.pop("key")
            existing = RatProblem.objects.filter(key=key, calibrated=True).first()
            if existing is not None:  # a live-calibrated rate outranks the file's estimate
                problem["solve_rate"] = existing.solve_rate
            upsert(RatProblem, {"key": key}, {"language": language, **problem}, report)
