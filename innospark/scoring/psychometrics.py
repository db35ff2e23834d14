"""Scoring of the self-diagnostic: pure Python, no Django, so it can be tested and timed alone.

Answers are on a five-point agreement scale (1 = strongly disagree ... 5 = strongly agree).
A reverse-keyed statement counts 6 - value. A skill's score is the mean keyed answer mapped
onto 0-100 ((mean - 1) / 4 * 100), over the statements answered; a group's score is the mean
of its skills' scores. Percentiles are mid-rank percentile ranks against a norm group.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

SCALE_MIN = 1
SCALE_MAX = 5
LOW_BELOW = 40.0  # scores under this read as "low"
HIGH_FROM = 70.0  # scores from this up read as "high"


@dataclass(frozen=True)
class ItemKey:
    """How one statement is scored: which skill it measures and whether it is reverse-keyed."""

    skill: str
    reverse: bool = False


@dataclass(frozen=True)
class Score:
    key: str
    score: float | None  # None when nothing was answered
    answered: int
    items: int


def keyed_value(value: int, reverse: bool) -> int:
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise ValueError(f"answer {value} is outside {SCALE_MIN}-{SCALE_MAX}")
    return SCALE_MIN + SCALE_MAX - value if reverse else value


def to_percent(mean: float) -> float:
    return (mean - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 100


def skill_scores(items: Mapping[str, ItemKey], answers: Mapping[str, int]) -> dict[str, Score]:
    """Score every skill that has statements; answers to unknown items are an error."""
    unknown = set(answers) - set(items)
    if unknown:
        raise KeyError(f"answers to unknown items: {sorted(unknown)}")
    totals: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for item_key, spec in items.items():
        counts[spec.skill] = counts.get(spec.skill, 0) + 1
        totals.setdefault(spec.skill, [])
        if item_key in answers:
            totals[spec.skill].append(keyed_value(answers[item_key], spec.reverse))
    result = {}
    for skill, values in totals.items():
        score = round(to_percent(sum(values) / len(values)), 1) if values else None
        result[skill] = Score(skill, score, len(values), counts[skill])
    return result


def group_scores(scores: Mapping[str, Score], groups: Mapping[str, str]) -> dict[str, Score]:
    """Average the scored skills of each group; ``groups`` maps skill key to group key."""
    members: dict[str, list[Score]] = {}
    for skill, group in groups.items():
        members.setdefault(group, []).append(scores[skill])
    result = {}
    for group, skill_list in members.items():
        scored = [s.score for s in skill_list if s.score is not None]
        mean = round(sum(scored) / len(scored), 1) if scored else None
        result[group] = Score(
            group,
            mean,
            sum(s.answered for s in skill_list),
            sum(s.items for s in skill_list),
        )
    return result


def level(score: float) -> str:
    if score < LOW_BELOW:
        return "low"
    if score >= HIGH_FROM:
        return "high"
    return "medium"


def percentile_rank(below: int, equal: int, total: int) -> float:
    """Mid-rank percentile: the share of the norm group below, counting ties as half."""
    if total <= 0:
        raise ValueError("percentile of an empty norm group")
    if below < 0 or equal < 0 or below + equal > total:
        raise ValueError("counts do not fit the norm group")
    return round(100 * (below + 0.5 * equal) / total, 1)


def percentile_of(value: float, norm: Iterable[float]) -> float:
    values = list(norm)
    below = sum(1 for v in values if v < value)
    equal = sum(1 for v in values if v == value)
    return percentile_rank(below, equal, len(values))


def ranked(
    scores: Sequence[Score], order: Mapping[str, int], count: int = 3
) -> tuple[list[Score], list[Score]]:
    """Top ``count`` strengths and bottom ``count`` development areas, ties broken by skill order.

    With fewer than 2 * count scored skills the two lists would overlap; development areas
    then take only what is not already a strength.
    """
    scored = [s for s in scores if s.score is not None]
    best = sorted(scored, key=lambda s: (-s.score, order[s.key]))
    strengths = best[:count]
    rest = [s for s in reversed(best) if s not in strengths]
    development = sorted(rest, key=lambda s: (s.score, order[s.key]))[:count]
    return strengths, development
