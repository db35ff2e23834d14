"""What the report pages, the PDF and the tests read: the overview table, a country's key
figures, its narrative and how its people's skill profiles compare."""

import tomllib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.db.models import Avg
from django.utils.translation import gettext_lazy as _

from innospark.compendium.countries import COUNTRIES as COUNTRY_NAMES
from innospark.core.models import MissingTranslation
from innospark.diagnostic.models import Score, ScoreKind, Session, SkillText
from innospark.insights.catalogue import spec_for
from innospark.insights.models import COUNTRIES, Value

PARTNERS = [c for c in COUNTRIES if c != "EU"]
NAMES = {**{c: COUNTRY_NAMES[c] for c in PARTNERS}, "EU": _("European Union")}
# The overview's rows: what the report compares first.
KEY_INDICATORS = [
    "eis-sii",
    "eis-digitalisation",
    "eis-intellectual-assets",
    "gii-score",
    "gii-creative-outputs",
    "rd-expenditure",
    "researchers",
    "hightech-exports",
    "ict-specialists",
    "ict-sector-gdp",
    "desi-total",
]


def latest_values(code: str) -> dict[str, Value | None]:
    """Each country's most recent published (non-missing) value."""
    found: dict[str, Value | None] = dict.fromkeys(COUNTRIES)
    rows = Value.objects.filter(indicator__code=code, value__isnull=False).order_by("year")
    for row in rows:
        found[row.country] = row
    return found


def overview_rows() -> list[dict]:
    rows = []
    for code in KEY_INDICATORS:
        spec = spec_for(code)
        values = latest_values(code)
        years = {v.year for v in values.values() if v}
        rows.append(
            {
                "code": code,
                "name": spec.name,
                "unit": spec.unit,
                "cells": [{"country": c, "value": values[c]} for c in COUNTRIES],
                "year": max(years) if years else None,
            }
        )
    return rows


def country_rows(country: str) -> list[dict]:
    rows = []
    for code in KEY_INDICATORS:
        spec = spec_for(code)
        values = latest_values(code)
        if values[country] is None:
            continue
        eu = Value.objects.filter(
            indicator__code=code, country="EU", year=values[country].year
        ).first()
        rows.append({"code": code, "name": spec.name, "unit": spec.unit,
                     "value": values[country], "eu": eu})  # fmt: skip
    return rows


@cache
def _narrative_file(country: str, language: str) -> list[str]:
    path = (
        Path(settings.CONTENT_DIR)
        / "insights"
        / "narratives"
        / country.lower()
        / f"{language}.toml"
    )
    if not path.exists():
        raise MissingTranslation(f"{path}: missing")
    with path.open("rb") as fh:
        return tomllib.load(fh)["paragraphs"]


def narrative(country: str, language: str) -> list[str]:
    return _narrative_file(country, language)


def skill_comparison(country: str, language: str) -> dict:
    """Mean skill scores of the country's completed diagnostics against everyone else's,
    shown only from NORMS_MIN_SESSIONS sessions in the country."""
    sessions = Session.objects.for_norms()
    count = sessions.filter(country=country).count()
    minimum = settings.NORMS_MIN_SESSIONS
    if count < minimum:
        return {"count": count, "minimum": minimum, "rows": []}
    names = dict(SkillText.objects.filter(language=language).values_list("skill__key", "name"))

    def means(scores) -> dict[str, float]:
        skills = scores.filter(kind=ScoreKind.SKILL).values("key").annotate(mean=Avg("score"))
        return dict(skills.values_list("key", "mean"))

    mine = means(Score.objects.filter(session__in=sessions.filter(country=country)))
    others = means(Score.objects.filter(session__in=sessions.exclude(country=country)))
    rows = [
        {"name": names[key], "mine": mine[key], "others": others.get(key),
         "difference": mine[key] - others[key] if key in others else None}
        for key in sorted(mine, key=lambda k: -mine[k])
    ]  # fmt: skip
    return {"count": count, "minimum": minimum, "rows": rows, "demo": settings.DEMO_DATA}
