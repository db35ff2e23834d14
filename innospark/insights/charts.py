"""Geometry for the report's SVG charts (line and bar); templates draw what these compute and
always put the same figures in a table under the chart. A missing value is a gap in a line
and a labelled empty slot in a bar chart, never a zero."""

import math

from innospark.insights.templatetags.figures import figure

WIDTH, HEIGHT = 720, 360
LEFT, RIGHT, TOP, BOTTOM = 64, 20, 20, 44
# Colour and dash pattern per country, so lines differ without colour too.
STYLES = {
    "UK": ("#1f4e99", ""),
    "BG": ("#b3261e", "6 3"),
    "IT": ("#1b7a3a", "2 3"),
    "ES": ("#9a5b00", "10 4"),
    "EE": ("#6a3d9a", "6 2 2 2"),
    "HU": ("#00707a", "1 2"),
    "EU": ("#3c3c3c", "12 3 3 3"),
}


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        high = low + 1
    raw = (high - low) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = min((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw), default=raw)
    start = math.floor(low / step) * step
    ticks, value = [], start
    while value <= high + step * 0.001:
        ticks.append(round(value, 10))
        value += step
    if ticks[-1] < high:
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def _scale(values: list[float]) -> tuple[list[float], float, float]:
    low = min(0.0, min(values)) if values else 0.0
    high = max(values) if values else 1.0
    ticks = nice_ticks(low, high)
    return ticks, ticks[0], ticks[-1]


def _frame(ticks: list[float], y) -> dict:
    """What both chart kinds share: the plot box and the value axis."""
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "bottom": HEIGHT - BOTTOM,
        "y_ticks": [{"value": t, "label": figure(t), "y": y(t)} for t in ticks],
    }


def line_chart(series: dict[str, list[dict]]) -> dict:
    """series: country → [{"year", "value"}]; one polyline per unbroken run of values."""
    years = sorted({p["year"] for points in series.values() for p in points})
    values = [p["value"] for points in series.values() for p in points if p["value"] is not None]
    ticks, low, high = _scale(values)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(year: int) -> float:
        if len(years) == 1:
            return LEFT + plot_w / 2
        return round(LEFT + (year - years[0]) / (years[-1] - years[0]) * plot_w, 1)

    def y(value: float) -> float:
        return round(TOP + plot_h - (value - low) / (high - low) * plot_h, 1)

    lines = []
    for country, points in series.items():
        colour, dash = STYLES.get(country, ("#000", ""))
        runs, run = [], []
        by_year = {p["year"]: p["value"] for p in points}
        for year in years:
            value = by_year.get(year)
            if value is None:
                if run:
                    runs.append(run)
                run = []
            else:
                run.append((x(year), y(value)))
        if run:
            runs.append(run)
        lines.append(
            {
                "country": country,
                "colour": colour,
                "dash": dash,
                "runs": [" ".join(f"{px},{py}" for px, py in r) for r in runs],
                "dots": [pt for r in runs for pt in r],
            }
        )
    step = max(1, math.ceil(len(years) / 12))
    return {
        **_frame(ticks, y),
        "x_ticks": [{"year": yr, "x": x(yr)} for yr in years[::step]],
        "lines": lines,
        "empty": not values,
    }


def bar_chart(values: dict[str, float | None]) -> dict:
    """values: country → value for one year; a missing value gets a slot saying so."""
    present = [v for v in values.values() if v is not None]
    ticks, low, high = _scale(present)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / max(len(values), 1)

    def y(value: float) -> float:
        return round(TOP + plot_h - (value - low) / (high - low) * plot_h, 1)

    bars = []
    for i, (country, value) in enumerate(values.items()):
        colour, _dash = STYLES.get(country, ("#000", ""))
        x = round(LEFT + i * slot + slot * 0.2, 1)
        bar = {
            "country": country,
            "x": x,
            "width": round(slot * 0.6, 1),
            "colour": colour,
            "centre": round(x + slot * 0.3, 1),
            "value": value,
        }
        if value is not None:
            top, base = y(max(value, 0)), y(min(value, 0))
            bar.update({"y": top, "height": round(base - top, 1), "label_y": top - 6})
        bars.append(bar)
    return {
        **_frame(ticks, y),
        "bars": bars,
        "missing_y": HEIGHT - BOTTOM - 8,
    }
