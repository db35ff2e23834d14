"""The result of a finished session in one language: one structure for the page, API and PDF."""

from django.conf import settings
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from django.utils.translation import override

from innospark.core.models import MissingTranslation
from innospark.diagnostic.models import Group, Score, ScoreKind, Session, Skill, SkillText
from innospark.diagnostic.task_results import task_results
from innospark.scoring import psychometrics
from innospark.toolkit.models import ExerciseText, TechniqueText

PLAN_TECHNIQUES = 3
PLAN_EXERCISES = 2


def _norm_scores(session: Session, **filters) -> tuple[int, dict[tuple[str, str], float] | None]:
    """Percentiles of this session's scores within the norm group narrowed by ``filters``."""
    norms = Session.objects.for_norms().filter(**filters)
    total = norms.count()
    if total < settings.NORMS_MIN_SESSIONS:
        return total, None
    own = list(Score.objects.filter(session=session))
    below = Q()
    equal = Q()
    for s in own:
        below |= Q(kind=s.kind, key=s.key, score__lt=s.score)
        equal |= Q(kind=s.kind, key=s.key, score=s.score)
    rows = (
        Score.objects.filter(session__in=norms)
        .values("kind", "key")
        .annotate(
            total=Count("id"), below=Count("id", filter=below), equal=Count("id", filter=equal)
        )
    )
    return total, {
        (row["kind"], row["key"]): psychometrics.percentile_rank(
            row["below"], row["equal"], row["total"]
        )
        for row in rows
    }


def norm_groups(session: Session) -> dict:
    """Overall, same-country and same-role percentiles, each only with enough sessions."""
    groups = {"all": _norm_scores(session)}
    if session.country:
        groups["country"] = _norm_scores(session, country=session.country)
    if session.role:
        groups["role"] = _norm_scores(session, role=session.role)
    return groups


def norms_message(total: int) -> str:
    if total >= settings.NORMS_MIN_SESSIONS:
        return _("Percentiles compare you with %(count)d people who completed the test.") % {
            "count": total
        }
    return _(
        "Percentiles appear once %(needed)d people have completed the test; so far %(count)d have."
    ) % {"needed": settings.NORMS_MIN_SESSIONS, "count": total}


def build_result(session: Session, language: str) -> dict:
    if not session.is_finished:
        raise ValueError("only a finished session has a result")
    with override(language):
        return _build(session, language)


def _build(session: Session, language: str) -> dict:
    skill_texts = {t.skill_id: t for t in SkillText.objects.filter(language=language)}
    skills = list(Skill.objects.prefetch_related("skilltechnique_set__technique"))
    if len(skill_texts) < len(skills):
        raise MissingTranslation(f"skill texts missing in {language}")
    scores = {(s.kind, s.key): s for s in Score.objects.filter(session=session)}
    groups = norm_groups(session)
    percentile = {name: values for name, (_total, values) in groups.items()}
    group_names = dict(Group.choices)

    def pct(name: str, kind: str, key: str) -> float | None:
        values = percentile.get(name)
        return values.get((kind, key)) if values else None

    skill_rows = []
    for skill in skills:
        text = skill_texts[skill.pk]
        stored = scores[(ScoreKind.SKILL, skill.key)]
        lvl = psychometrics.level(stored.score)
        skill_rows.append(
            {
                "key": skill.key,
                "name": text.name,
                "group": skill.group,
                "group_name": str(group_names[skill.group]),
                "definition": text.definition,
                "score": stored.score,
                "answered": stored.answered,
                "items": stored.items,
                "level": lvl,
                "interpretation": text.interpretation(lvl),
                "percentile": pct("all", ScoreKind.SKILL, skill.key),
                "percentile_country": pct("country", ScoreKind.SKILL, skill.key),
                "percentile_role": pct("role", ScoreKind.SKILL, skill.key),
                "technique_slugs": [link.technique.slug for link in skill.skilltechnique_set.all()],
            }
        )
    group_rows = [
        {
            "key": key,
            "name": str(name),
            "score": scores[(ScoreKind.GROUP, key)].score,
            "answered": scores[(ScoreKind.GROUP, key)].answered,
            "items": scores[(ScoreKind.GROUP, key)].items,
            "percentile": pct("all", ScoreKind.GROUP, key),
        }
        for key, name in Group.choices
    ]
    order = {skill.key: skill.order for skill in skills}
    as_scores = [
        psychometrics.Score(r["key"], r["score"], r["answered"], r["items"]) for r in skill_rows
    ]
    top, bottom = psychometrics.ranked(as_scores, order)
    by_key = {row["key"]: row for row in skill_rows}
    weak = [by_key[s.key] for s in bottom]
    weak += [row for row in skill_rows if row["level"] == "low" and row not in weak]
    return {
        "id": str(session.id),
        "language": language,
        "finished_at": session.finished_at.isoformat(),
        "skills": skill_rows,
        "groups": group_rows,
        "strengths": [_highlight(by_key[s.key]) for s in top],
        "development": [_highlight(by_key[s.key]) for s in bottom],
        "plan": _plan(weak, language),
        "norms": {
            name: {"sessions": total, "enough": values is not None}
            for name, (total, values) in groups.items()
        },
        "norms_message": norms_message(groups["all"][0]),
        "tasks": task_results(session),
    }


def _highlight(row: dict) -> dict:
    return {key: row[key] for key in ("key", "name", "score", "level", "interpretation")}


def _plan(weak: list[dict], language: str) -> list[dict]:
    slugs = {slug for row in weak for slug in row["technique_slugs"][:PLAN_TECHNIQUES]}
    texts = {
        t.technique.slug: t
        for t in TechniqueText.objects.filter(
            language=language, technique__slug__in=slugs
        ).select_related("technique")
    }
    if len(texts) < len(slugs):
        raise MissingTranslation(f"technique texts missing in {language}")
    exercises = list(
        ExerciseText.objects.filter(language=language)
        .select_related("exercise")
        .order_by("exercise__order")
    )
    plan = []
    for row in weak:
        techniques = []
        for slug in row["technique_slugs"][:PLAN_TECHNIQUES]:
            text = texts[slug]
            techniques.append(
                {
                    "slug": slug,
                    "name": text.name,
                    "purpose": text.purpose,
                    "url": text.technique.get_absolute_url(),
                }
            )
        plan.append(
            {
                "skill": row["key"],
                "name": row["name"],
                "score": row["score"],
                "techniques": techniques,
                "exercises": [
                    {
                        "kind": text.exercise.kind,
                        "name": text.name,
                        "goal": text.goal,
                        "url": text.exercise.get_absolute_url(),
                    }
                    for text in exercises
                    if row["key"] in text.exercise.skills
                ][:PLAN_EXERCISES],
            }
        )
    return plan


def compare(newer: Session, older: Session) -> dict[str, float]:
    """Per-skill change in score between two finished attempts (newer minus older)."""
    old = dict(
        Score.objects.filter(session=older, kind=ScoreKind.SKILL).values_list("key", "score")
    )
    new = dict(
        Score.objects.filter(session=newer, kind=ScoreKind.SKILL).values_list("key", "score")
    )
    return {key: round(new[key] - old[key], 1) for key in new if key in old}
