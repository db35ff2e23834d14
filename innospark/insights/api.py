"""Report JSON: the indicators, and one indicator's series for chosen countries and years,
with values exactly as published (None where the source has none) and their flags."""

from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Query, Router, Schema

from innospark.diagnostic.api import ERRORS, require_language
from innospark.diagnostic.services import DiagnosticError
from innospark.insights.catalogue import spec_for
from innospark.insights.models import COUNTRIES, Indicator
from innospark.insights.queries import series_for

router = Router(tags=["insights"])


class IndicatorOut(Schema):
    code: str
    name: str
    unit: str
    source: str
    group: str


class PointOut(Schema):
    year: int
    value: float | None
    flag: str


class SeriesOut(Schema):
    country: str
    points: list[PointOut]


class IndicatorSeriesOut(Schema):
    code: str
    name: str
    unit: str
    source: str
    licence: str
    series: list[SeriesOut]


def _describe(indicator: Indicator, language: str) -> dict:
    spec = spec_for(indicator.code)
    with override(language):
        return {
            "code": indicator.code,
            "name": str(spec.name),
            "unit": str(spec.unit),
            "source": f"{indicator.source}, {indicator.dataset}",
            "group": indicator.group,
        }


@router.get("/indicators", response={200: list[IndicatorOut], **ERRORS})
def indicators(request, language: str = "en"):
    require_language(language)
    return [_describe(i, language) for i in Indicator.objects.all()]


@router.get("/indicators/{path:code}", response={200: IndicatorSeriesOut, **ERRORS})
def indicator(
    request,
    code: str,
    countries: str = ",".join(COUNTRIES),
    start: int = Query(1990, alias="from"),
    end: int = Query(2030, alias="to"),
    language: str = "en",
):
    require_language(language)
    indicator = Indicator.objects.filter(code=code).first()
    if indicator is None:
        raise DiagnosticError.with_status(
            404, _("There is no indicator “%(code)s”.") % {"code": code}
        )
    wanted = [c.strip().upper() for c in countries.split(",") if c.strip()]
    unknown = [c for c in wanted if c not in COUNTRIES]
    if unknown or not wanted:
        raise DiagnosticError.with_status(
            422,
            _("Unknown country code “%(value)s”. Choose from: %(choices)s.")
            % {"value": ",".join(unknown), "choices": ", ".join(COUNTRIES)},
        )
    if start > end:
        raise DiagnosticError.with_status(422, _("“from” must not be after “to”."))
    described = _describe(indicator, language)
    return {
        **described,
        "licence": indicator.licence,
        "series": [
            {"country": country, "points": points}
            for country, points in series_for(indicator, wanted, start, end).items()
        ],
    }
