"""Group statistics for team reports: quartiles, histograms, confidence intervals, and the
rules that keep a small group from being identified. Pure Python."""

import math
import statistics
from collections.abc import Sequence


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """Lower quartile, median, upper quartile (inclusive method, as spreadsheets do)."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, q2, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q2, q3


def histogram(values: Sequence[float], *, width: int = 20, top: int = 100) -> list[int]:
    """Counts in bins of ``width`` points from 0 to ``top``; the top value joins the last bin."""
    bins = [0] * math.ceil(top / width)
    for value in values:
        bins[min(int(value // width), len(bins) - 1)] += 1
    return bins


def mean_difference(after: Sequence[float], before: Sequence[float]) -> tuple[float, float, float]:
    """Difference in means (after − before) with a 95 % confidence interval (Welch)."""
    difference = statistics.fmean(after) - statistics.fmean(before)
    se = math.sqrt(
        statistics.variance(after) / len(after) + statistics.variance(before) / len(before)
    )
    margin = 1.96 * se
    return difference, difference - margin, difference + margin


def published_count(completed: int, step: int) -> int:
    """How many respondents a report may use: whole steps of the minimum group size, so two
    views at different times differ by at least ``step`` people and subtracting one from the
    other never isolates a single person."""
    return (completed // step) * step


def suppress(groups: dict[str, int], minimum: int) -> set[str]:
    """Groups to hide in a breakdown: those under ``minimum``, plus the smallest others until
    the hidden total is zero or at least ``minimum`` (complementary suppression), so the total
    minus the visible groups never reveals a group smaller than ``minimum``."""
    hidden = {name for name, size in groups.items() if size < minimum}
    visible = sorted((size, name) for name, size in groups.items() if name not in hidden)
    while hidden and 0 < sum(groups[n] for n in hidden) < minimum and visible:
        hidden.add(visible.pop(0)[1])
    return hidden
