"""The team report: aggregates of a campaign's completed diagnostics, never one person's.

Rules (see innospark/scoring/groups.py): nothing is shown below the campaign's minimum group
size (at least 3); the report uses whole steps of that size, in the order people finished, so
two views never differ by fewer than that many people; breakdowns hide small groups and, where
needed, the next smallest ones, so no group can be recovered by subtraction, and each shown
group also uses whole steps of its own."""

import statistics
from collections import defaultdict

from django.db.models import Avg
from django.utils.translation import gettext as _

from innospark.diagnostic.models import Role as RespondentRole
from innospark.diagnostic.models import Score, ScoreKind, Session, SkillText
from innospark.organisations.models import Campaign
from innospark.scoring.groups import (
    histogram,
    mean_difference,
    published_count,
    quartiles,
    suppress,
)
from innospark.toolkit.models import TechniqueText

TOP = 3
OPENING, CLOSING = 10, 15  # minutes of the workshop agenda around the techniques


def minimum(campaign: Campaign) -> int:
    return max(3, campaign.min_group)


def published_sessions(campaign: Campaign) -> tuple[int, list[Session]]:
    sessions = Session.objects.filter(campaign=campaign, finished_at__isnull=False).order_by(
        "finished_at", "id"
    )
    completed = sessions.count()
    return completed, list(sessions[: published_count(completed, minimum(campaign))])


def _scores(sessions: list[Session]) -> dict[str, list[float]]:
    scores: dict[str, list[float]] = defaultdict(list)
    rows = Score.objects.filter(session__in=sessions, kind=ScoreKind.SKILL).values_list(
        "key", "score"
    )
    for key, score in rows:
        scores[key].append(score)
    return scores


def team_report(campaign: Campaign, language: str) -> dict:
    completed, sessions = published_sessions(campaign)
    if not sessions:
        return {
            "completed": completed,
            "aggregate": None,
            "reason": _("The team report appears once %(minimum)d people have completed the test.")
            % {"minimum": minimum(campaign)},
        }
    names = dict(SkillText.objects.filter(language=language).values_list("skill__key", "name"))
    scores = _scores(sessions)
    norms = dict(
        Score.objects.for_norms()
        .filter(kind=ScoreKind.SKILL)
        .exclude(session__campaign=campaign)
        .values("key")
        .annotate(mean=Avg("score"))
        .values_list("key", "mean")
    )
    skills = []
    for key, values in scores.items():
        q1, median, q3 = quartiles(sorted(values))
        skills.append({
            "key": key, "name": names.get(key, key), "median": median, "q1": q1, "q3": q3,
            "mean": statistics.fmean(values), "histogram": histogram(values), "norm": norms.get(key),
        })  # fmt: skip
    skills.sort(key=lambda row: -row["median"])
    gaps = skills[-TOP:][::-1]
    return {
        "completed": completed,
        "reason": "",
        "aggregate": {
            "respondents": len(sessions),
            "skills": skills,
            "strengths": [row["key"] for row in skills[:TOP]],
            "gaps": [row["key"] for row in gaps],
            "techniques": group_techniques([row["key"] for row in gaps], language),
            "change": change(campaign, scores, names),
            "by_role": by_role(sessions, campaign, names),
        },
    }


def group_techniques(skills: list[str], language: str) -> list[dict]:
    """Techniques for a room that train the team's gaps, with a workshop agenda's timings."""
    texts = (
        TechniqueText.objects.in_language(language)
        .filter(
            technique__skills__key__in=skills,
            technique__group_max__gte=5,
            technique__group_min__gte=2,
        )
        .distinct()
        .order_by("technique__duration_minutes", "sort_key")
    )
    chosen = [t for t in texts if t.technique.duration_minutes <= 90][:TOP]
    start, agenda = OPENING, []
    for text in chosen:
        agenda.append({"slug": text.technique.slug, "name": text.name, "purpose": text.purpose,
                       "start": start, "minutes": text.technique.duration_minutes})  # fmt: skip
        start += text.technique.duration_minutes
    return [{**row, "end": row["start"] + row["minutes"]} for row in agenda] + (
        [
            {
                "slug": "",
                "name": "",
                "purpose": "",
                "start": start,
                "minutes": CLOSING,
                "end": start + CLOSING,
            }
        ]
        if agenda
        else []
    )


def change(campaign: Campaign, scores: dict[str, list[float]], names: dict[str, str]) -> list[dict]:
    """Per skill, the change in mean score since the earlier campaign, with a 95 % interval."""
    if campaign.previous is None:
        return []
    _completed, before_sessions = published_sessions(campaign.previous)
    if not before_sessions:
        return []
    before = _scores(before_sessions)
    rows = []
    for key, after in scores.items():
        if len(after) >= 2 and len(before.get(key, [])) >= 2:
            difference, low, high = mean_difference(after, before[key])
            rows.append(
                {
                    "key": key,
                    "name": names.get(key, key),
                    "difference": difference,
                    "low": low,
                    "high": high,
                }
            )
    return rows


def by_role(sessions: list[Session], campaign: Campaign, names: dict[str, str]) -> dict:
    groups: dict[str, list[Session]] = defaultdict(list)
    for session in sessions:
        groups[session.role or "unstated"].append(session)
    hidden = suppress({role: len(members) for role, members in groups.items()}, minimum(campaign))
    labels = dict(RespondentRole.choices)
    shown = []
    step = minimum(campaign)
    for role, members in sorted(groups.items()):
        if role in hidden:
            continue
        # Each group also grows in whole steps, so no group's figures ever move by one person.
        members = members[: published_count(len(members), step)]
        medians = {key: statistics.median(v) for key, v in _scores(members).items()}
        shown.append({"role": role, "label": str(labels.get(role, _("Not stated"))),
                      "respondents": len(members), "medians": medians})  # fmt: skip
    return {"groups": shown, "hidden": len(hidden)}
