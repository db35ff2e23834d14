"""The input types an exercise step can ask for. Each parses the posted form into the value
saved on the run, or raises InputError with a message in the user's language."""

from django.utils.translation import gettext as _

MAX_TEXT = 5000
MAX_ITEM = 300
MAX_ITEMS = 200
SCALE = range(1, 6)


class InputError(ValueError):
    pass


def _lines(raw: str) -> list[str]:
    return [line.rstrip() for line in raw.replace("\r\n", "\n").split("\n") if line.strip()]


def parse_text(post, context: dict) -> str:
    value = post.get("value", "").strip()
    if len(value) > MAX_TEXT:
        raise InputError(_("Please keep this under %(n)d characters.") % {"n": MAX_TEXT})
    return value


def parse_list(post, context: dict) -> list[str]:
    items = [" ".join(line.split()) for line in _lines(post.get("value", ""))]
    if len(items) > MAX_ITEMS:
        raise InputError(_("Please write at most %(n)d lines.") % {"n": MAX_ITEMS})
    if any(len(item) > MAX_ITEM for item in items):
        raise InputError(_("Please keep each line under %(n)d characters.") % {"n": MAX_ITEM})
    return items


def parse_tree(post, context: dict) -> list[list]:
    """Indented lines (two spaces or a tab per level) as [depth, text] pairs; a line can be at
    most one level deeper than the line above it."""
    nodes: list[list] = []
    for line in _lines(post.get("value", "")):
        expanded = line.replace("\t", "  ")
        depth = (len(expanded) - len(expanded.lstrip(" "))) // 2
        text = " ".join(expanded.split()).lstrip("-*• ").strip()
        if not text:
            continue
        if len(text) > MAX_ITEM:
            raise InputError(_("Please keep each line under %(n)d characters.") % {"n": MAX_ITEM})
        depth = min(depth, nodes[-1][0] + 1 if nodes else 0, 3)
        nodes.append([depth, text])
    if len(nodes) > MAX_ITEMS:
        raise InputError(_("Please write at most %(n)d lines.") % {"n": MAX_ITEMS})
    return nodes


def parse_rate(post, context: dict) -> list[dict]:
    """Impact and effort from 1 to 5 for each idea listed in an earlier step."""
    rated = []
    for i, idea in enumerate(context.get("items", [])):
        row = {"idea": idea}
        for axis in ("impact", "effort"):
            raw = post.get(f"{axis}-{i}", "")
            if raw == "":
                row[axis] = None
                continue
            try:
                value = int(raw)
            except ValueError:
                value = 0
            if value not in SCALE:
                raise InputError(_("Choose a value from 1 to 5."))
            row[axis] = value
        rated.append(row)
    return rated


def parse_answers(post, context: dict) -> list[str]:
    answers = []
    for i, _problem in enumerate(context.get("problems", [])):
        answer = " ".join(post.get(f"answer-{i}", "").split())
        if len(answer) > 60:
            raise InputError(_("Please keep each answer under %(n)d characters.") % {"n": 60})
        answers.append(answer)
    return answers


PARSERS = {
    "text": parse_text,
    "list": parse_list,
    "tree": parse_tree,
    "rate": parse_rate,
    "answers": parse_answers,
}


def as_text(input_type: str, value) -> str:
    """The saved value as the text the form field shows again."""
    if value is None:
        return ""
    if input_type == "list":
        return "\n".join(value)
    if input_type == "tree":
        return "\n".join("  " * depth + text for depth, text in value)
    if input_type == "text":
        return value
    return ""
