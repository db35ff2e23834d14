"""Geometry for the exercise summaries' SVG charts; templates draw what these compute and
always show the same data as text beside the picture."""

import math

WIDTH, HEIGHT = 900, 640
CX, CY = WIDTH / 2, HEIGHT / 2
RADII = (0, 165, 285)
LABEL = 26


def _short(text: str) -> str:
    return text if len(text) <= LABEL else text[: LABEL - 1] + "…"


def _tree(nodes: list[list]) -> list[dict]:
    """Nest [depth, text] pairs: each node's children are the deeper lines below it."""
    root: dict = {"children": []}
    stack = [(-1, root)]
    for depth, text in nodes:
        while stack[-1][0] >= depth:
            stack.pop()
        node = {"text": text, "children": []}
        stack[-1][1]["children"].append(node)
        stack.append((depth, node))
    return root["children"]


def _point(radius: float, angle: float) -> tuple[float, float]:
    return round(CX + radius * math.cos(angle), 1), round(CY + radius * math.sin(angle), 1)


def mind_map_layout(centre: str, nodes: list[list]) -> dict:
    """Branches evenly round the centre, their sub-branches fanned inside the branch's sector.
    Deeper levels are in the outline only, so the picture stays legible."""
    branches = _tree(nodes)
    drawn, lines = [], []
    sector = 2 * math.pi / max(len(branches), 1)
    for i, branch in enumerate(branches):
        angle = -math.pi / 2 + i * sector
        x, y = _point(RADII[1], angle)
        lines.append({"x1": CX, "y1": CY, "x2": x, "y2": y, "level": 1})
        drawn.append(_label(branch["text"], x, y, angle, 1))
        children = branch["children"]
        for j, child in enumerate(children):
            offset = (j - (len(children) - 1) / 2) * sector / max(len(children), 1) * 0.9
            cx, cy = _point(RADII[2], angle + offset)
            lines.append({"x1": x, "y1": y, "x2": cx, "y2": cy, "level": 2})
            drawn.append(_label(child["text"], cx, cy, angle + offset, 2))
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "centre": {"text": _short(centre), "x": CX, "y": CY},
        "labels": drawn,
        "lines": lines,
        "tree": branches,
        "count": len(nodes),
    }


def _label(text: str, x: float, y: float, angle: float, level: int) -> dict:
    cos = math.cos(angle)
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    dx = 0 if anchor == "middle" else (8 if anchor == "start" else -8)
    dy = -10 if anchor == "middle" and math.sin(angle) < 0 else (18 if anchor == "middle" else 4)
    return {
        "text": _short(text),
        "full": text,
        "x": x,
        "y": y,
        "tx": x + dx,
        "ty": y + dy,
        "anchor": anchor,
        "level": level,
    }


MATRIX = 400
LEFT, TOP = 70, 20
HIGH = 4  # 4 and 5 on the 1-5 scale count as high


def quadrant(impact: int, effort: int) -> str:
    if impact >= HIGH:
        return "quick-wins" if effort < HIGH else "big-bets"
    return "fill-ins" if effort < HIGH else "thankless"


def matrix_layout(rated: list[dict]) -> dict:
    points, unrated = [], []
    quadrants: dict[str, list[dict]] = {
        "quick-wins": [],
        "big-bets": [],
        "fill-ins": [],
        "thankless": [],
    }
    seen: dict[tuple[int, int], int] = {}
    for number, row in enumerate(rated, start=1):
        impact, effort = row.get("impact"), row.get("effort")
        if impact is None or effort is None:
            unrated.append({"number": number, "idea": row["idea"]})
            continue
        stacked = seen.get((impact, effort), 0)
        seen[(impact, effort)] = stacked + 1
        point = {
            "number": number,
            "idea": row["idea"],
            "impact": impact,
            "effort": effort,
            # Each value sits in the middle of its fifth of the axis; equal ratings fan out.
            "x": LEFT + (effort - 0.5) / 5 * MATRIX + (0, 22, -22)[stacked % 3],
            "y": TOP + MATRIX - (impact - 0.5) / 5 * MATRIX + (stacked // 3) * 22,
        }
        points.append(point)
        quadrants[quadrant(impact, effort)].append(point)
    return {
        "points": points,
        "unrated": unrated,
        "quadrants": quadrants,
        "size": MATRIX,
        "left": LEFT,
        "top": TOP,
        "middle_x": LEFT + MATRIX * (HIGH - 1) / 5,
        "middle_y": TOP + MATRIX - MATRIX * (HIGH - 1) / 5,
    }
