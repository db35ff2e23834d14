"""Toolkit JSON: techniques (with the A to Z filters) and exercises, in any of the six
languages. Texts come only in the language asked for; there is no fallback."""

from django.utils.translation import gettext as _
from django.utils.translation import override
from ninja import Query, Router, Schema

from innospark.diagnostic.api import ERRORS, check_choice, require_language
from innospark.diagnostic.services import DiagnosticError
from innospark.toolkit.forms import DURATIONS, GROUPS, filter_techniques
from innospark.toolkit.models import Difficulty, ExerciseText, Technique, TechniqueText

router = Router(tags=["toolkit"])


class GroupSize(Schema):
    min: int
    max: int


class TechniqueOut(Schema):
    slug: str
    name: str
    purpose: str
    skills: list[str]
    group_size: GroupSize
    duration_minutes: int
    difficulty: str
    online: bool
    url: str


class StepOut(Schema):
    text: str
    minutes: int


class TechniqueDetailOut(TechniqueOut):
    when: str
    steps: list[StepOut]
    example: str
    variations: list[str]
    tips: list[str]
    traps: list[str]
    origin: str
    credit: str
    source: str
    licence: str
    related: list[str]
    exercises: list[str]


class ExerciseStepOut(Schema):
    title: str
    instruction: str
    input: str
    seconds: int


class ExerciseOut(Schema):
    kind: str
    name: str
    goal: str
    skills: list[str]
    techniques: list[str]
    duration_minutes: int
    steps: list[ExerciseStepOut]
    url: str


class TechniqueFilters(Schema):
    language: str
    q: str = ""
    skill: str = ""
    group: str = ""
    duration: str = ""
    difficulty: str = ""
    online: str = ""


def _check(filters: TechniqueFilters) -> None:
    require_language(filters.language)
    allowed = {
        "group": GROUPS,
        "duration": DURATIONS,
        "difficulty": Difficulty.values,
        "online": ("yes", "no"),
    }
    for name, values in allowed.items():
        check_choice(getattr(filters, name), values, name)


def _url(obj, language: str) -> str:
    with override(language):
        return obj.get_absolute_url()


def _skills(technique: Technique) -> list[str]:
    return [skill.key for skill in technique.skills.all()]


def _summary(text: TechniqueText) -> dict:
    t = text.technique
    return {
        "slug": t.slug,
        "name": text.name,
        "purpose": text.purpose,
        "skills": _skills(t),
        "group_size": {"min": t.group_min, "max": t.group_max},
        "duration_minutes": t.duration_minutes,
        "difficulty": t.difficulty,
        "online": t.online,
        "url": _url(t, text.language),
    }


@router.get("/techniques", response={200: list[TechniqueOut], **ERRORS})
def techniques(request, filters: Query[TechniqueFilters]):
    _check(filters)
    texts = TechniqueText.objects.in_language(filters.language).prefetch_related(
        "technique__skills"
    )
    texts = filter_techniques(texts, **filters.dict(exclude={"language"}))
    return [_summary(text) for text in sorted(texts, key=lambda t: t.sort_key)]


@router.get("/techniques/{slug}", response={200: TechniqueDetailOut, **ERRORS})
def technique(request, slug: str, language: str):
    require_language(language)
    text = TechniqueText.objects.in_language(language).filter(technique__slug=slug).first()
    if text is None:
        raise DiagnosticError.with_status(
            404, _("There is no technique “%(slug)s”.") % {"slug": slug}
        )
    t = text.technique
    return {
        **_summary(text),
        "when": text.when,
        "steps": [{"text": s, "minutes": m} for s, m in text.timed_steps()],
        "example": text.example,
        "variations": text.variations,
        "tips": text.tips,
        "traps": text.traps,
        "origin": text.origin,
        "credit": t.credit,
        "source": t.source,
        "licence": t.licence,
        "related": sorted(t.related.values_list("slug", flat=True)),
        "exercises": list(t.exercises.values_list("kind", flat=True)),
    }


@router.get("/exercises", response={200: list[ExerciseOut], **ERRORS})
def exercises(request, language: str):
    require_language(language)
    texts = (
        ExerciseText.objects.filter(language=language)
        .select_related("exercise")
        .prefetch_related("exercise__techniques")
        .order_by("exercise__order")
    )
    return [
        {
            "kind": text.exercise.kind,
            "name": text.name,
            "goal": text.goal,
            "skills": text.exercise.skills,
            "techniques": [t.slug for t in text.exercise.techniques.all()],
            "duration_minutes": text.exercise.duration_minutes,
            "steps": [
                {"title": step["title"], "instruction": step["instruction"], **spec}
                for step, spec in zip(text.steps, text.exercise.steps, strict=True)
            ],
            "url": _url(text.exercise, language),
        }
        for text in texts
    ]
