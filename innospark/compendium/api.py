"""Compendium JSON: the cases, with the same filters as the page, in any of the six
languages; texts only in the language asked for."""

from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Query, Router, Schema

from innospark.compendium.countries import COUNTRIES
from innospark.compendium.forms import filter_cases
from innospark.compendium.models import CaseText, Size, Subsector
from innospark.diagnostic.api import ERRORS, check_choice, require_language
from innospark.diagnostic.services import DiagnosticError

router = Router(tags=["compendium"])


class SourceOut(Schema):
    title: str
    publisher: str
    year: int
    url: str


class CaseOut(Schema):
    slug: str
    company: str
    country: str
    size: str
    subsector: str
    year_from: int
    year_to: int | None
    title: str
    summary: str
    techniques: list[str]
    skills: list[str]
    sources: list[SourceOut]
    url: str


class CaseDetailOut(CaseOut):
    challenge: str
    practice: str
    outcome: str
    lessons: list[str]


class CaseFilters(Schema):
    language: str
    q: str = ""
    country: str = ""
    technique: str = ""
    skill: str = ""
    size: str = ""
    subsector: str = ""


def _check(filters: CaseFilters) -> None:
    require_language(filters.language)
    allowed = {"country": list(COUNTRIES), "size": Size.values, "subsector": Subsector.values}
    for name, values in allowed.items():
        check_choice(getattr(filters, name), values, name)


def _summary(text: CaseText) -> dict:
    case = text.case
    with override(text.language):
        url = case.get_absolute_url()
    return {
        "slug": case.slug,
        "company": case.company,
        "country": case.country,
        "size": case.size,
        "subsector": case.subsector,
        "year_from": case.year_from,
        "year_to": case.year_to,
        "title": text.title,
        "summary": text.summary,
        "techniques": sorted(t.slug for t in case.techniques.all()),
        "skills": [s.key for s in case.skills.all()],
        "sources": case.sources,
        "url": url,
    }


@router.get("/cases", response={200: list[CaseOut], **ERRORS})
def cases(request, filters: Query[CaseFilters]):
    _check(filters)
    texts = CaseText.objects.in_language(filters.language).prefetch_related(
        "case__techniques", "case__skills"
    )
    texts = filter_cases(texts, **filters.dict(exclude={"language"})).order_by("case__company")
    return [_summary(text) for text in texts]


@router.get("/cases/{slug}", response={200: CaseDetailOut, **ERRORS})
def case(request, slug: str, language: str):
    require_language(language)
    text = CaseText.objects.in_language(language).filter(case__slug=slug).first()
    if text is None:
        raise DiagnosticError.with_status(404, _("There is no case “%(slug)s”.") % {"slug": slug})
    return {
        **_summary(text),
        "challenge": text.challenge,
        "practice": text.practice,
        "outcome": text.outcome,
        "lessons": text.lessons,
    }
