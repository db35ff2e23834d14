"""Geometry for server-rendered SVG charts; templates draw what these functions compute."""

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class RadarAxis:
    number: int
    label_lines: list[str]
    value: float | None
    x_end: float
    y_end: float
    x_point: float | None
    y_point: float | None
    x_label: float
    y_label: float
    anchor: str
    css_class: str


def wrap(label: str, width: int = 18) -> list[str]:
    """Split a label into at most two lines at the space nearest its middle."""
    if len(label) <= width or " " not in label:
        return [label]
    middle = len(label) / 2
    spaces = [i for i, ch in enumerate(label) if ch == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return [label[:cut], label[cut + 1 :]]


def radar(
    labels: list[str],
    values: list[float | None],
    classes: list[str] | None = None,
    *,
    size: float = 300,
    radius: float = 170,
    maximum: float = 100,
) -> dict:
    """Axes, rings and the value polygon of a radar chart centred in a 2*size x 2*size box."""
    if len(labels) != len(values) or len(labels) < 3:
        raise ValueError("a radar chart needs at least three labelled values")
    classes = classes or [""] * len(labels)
    cx = cy = size
    count = len(labels)
    axes = []
    polygon = []
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        dx, dy = math.cos(angle), math.sin(angle)
        point = None
        if value is not None:
            r = radius * max(0.0, min(value, maximum)) / maximum
            point = (round(cx + r * dx, 1), round(cy + r * dy, 1))
            polygon.append(point)
        anchor = "middle" if abs(dx) < 0.2 else ("start" if dx > 0 else "end")
        axes.append(
            RadarAxis(
                number=i + 1,
                label_lines=wrap(label),
                value=value,
                x_end=round(cx + radius * dx, 1),
                y_end=round(cy + radius * dy, 1),
                x_point=point[0] if point else None,
                y_point=point[1] if point else None,
                x_label=round(cx + (radius + 14) * dx, 1),
                y_label=round(
                    cy + (radius + 14) * dy + (8 if dy > 0.5 else 0) - (4 if dy < -0.5 else 0), 1
                ),
                anchor=anchor,
                css_class=classes[i],
            )
        )
    rings = []
    for fraction in (0.25, 0.5, 0.75, 1.0):
        pts = []
        for i in range(count):
            angle = -math.pi / 2 + 2 * math.pi * i / count
            pts.append(
                f"{cx + radius * fraction * math.cos(angle):.1f},{cy + radius * fraction * math.sin(angle):.1f}"
            )
        rings.append({"value": round(maximum * fraction), "points": " ".join(pts)})
    label_space_x, label_space_y = 150, 40  # room for wrapped labels beside and above the spokes
    return {
        "view_box": (
            f"{cx - radius - label_space_x:.0f} {cy - radius - label_space_y:.0f} "
            f"{2 * (radius + label_space_x):.0f} {2 * (radius + label_space_y):.0f}"
        ),
        "cx": cx,
        "cy": cy,
        "axes": axes,
        "rings": rings,
        "polygon": " ".join(f"{x},{y}" for x, y in polygon),
    }
