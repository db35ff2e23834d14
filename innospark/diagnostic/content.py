"""Loads the instrument from content/diagnostic/skills/<key>/: structure in skill.toml, texts in
<lang>.toml. Statements are interleaved across skills (round robin) so every page mixes skills."""

from django.db.models import F

from innospark.core.content import (
    ContentError,
    LoadReport,
    content_dir,
    is_texts,
    item_folders,
    read_languages,
    read_toml,
    upsert,
)
from innospark.diagnostic.models import Group, Item, ItemText, Skill, SkillTechnique, SkillText
from innospark.toolkit.content import technique_skills
from innospark.toolkit.models import Technique

TEXT_KEYS = {"name": str, "definition": str, "items": dict, "levels": dict}
LEVELS = ["low", "medium", "high"]
MIN_ITEMS, MAX_ITEMS = 4, 6
MAX_ORDER = 9999  # load_skills shifts orders by 10000 while it reorders


def _is_item(spec: object) -> bool:
    return (
        isinstance(spec, dict)
        and isinstance(spec.get("key"), str)
        and bool(spec["key"])
        and isinstance(spec.get("reverse", False), bool)
        and isinstance(spec.get("source", "own"), str)
    )


def _read_skill(folder):
    meta = read_toml(folder / "skill.toml")
    path = folder / "skill.toml"
    if meta.get("key") != folder.name:
        raise ContentError(f"{path}: key must be {folder.name!r}")
    if meta.get("group") not in Group.values:
        raise ContentError(f"{path}: group must be one of {', '.join(Group.values)}")
    order = meta.get("order")
    if isinstance(order, bool) or not isinstance(order, int) or not 0 <= order <= MAX_ORDER:
        raise ContentError(f"{path}: order must be a whole number from 0 to {MAX_ORDER}")
    if not is_texts(meta.get("techniques")):
        raise ContentError(f"{path}: techniques must be a list of technique slugs")
    items = meta.get("items", [])
    if not isinstance(items, list) or not all(_is_item(item) for item in items):
        raise ContentError(f"{path}: each [[items]] needs a key, reverse (true or false), source")
    if not MIN_ITEMS <= len(items) <= MAX_ITEMS:
        raise ContentError(f"{path}: needs {MIN_ITEMS} to {MAX_ITEMS} items, has {len(items)}")
    if not any(item.get("reverse") for item in items):
        raise ContentError(f"{path}: needs at least one reverse-keyed item")
    keys = [item["key"] for item in items]
    texts = read_languages(folder, TEXT_KEYS)
    for language, data in texts.items():
        where = folder / f"{language}.toml"
        if sorted(data["items"]) != sorted(keys):
            raise ContentError(f"{where}: item texts must be exactly {', '.join(keys)}")
        if any(not isinstance(text, str) or not text.strip() for text in data["items"].values()):
            raise ContentError(f"{where}: empty item text")
        levels = [data["levels"].get(level) for level in LEVELS]
        if any(not isinstance(text, str) or not text.strip() for text in levels):
            raise ContentError(f"{where}: levels need low, medium and high texts")
        if not isinstance(data.get("basis", ""), str):
            raise ContentError(f"{where}: basis must be a text")
    return meta, texts


IPIP_PREFIX = "IPIP, adapted from:"


def _ipip_item(source: str, folder_key: str) -> str:
    """The original IPIP wording an item adapts, or "" for our own wording."""
    if source == "own":
        return ""
    if not source.startswith(IPIP_PREFIX):
        raise ContentError(f"skill {folder_key}: source must be 'own' or '{IPIP_PREFIX} \"...\"'")
    return source[len(IPIP_PREFIX) :].strip().strip('"')


def _positions(skills: list[tuple[dict, dict]]) -> dict[str, int]:
    by_order = sorted(skills, key=lambda pair: pair[0]["order"])
    positions, position = {}, 1
    for round_ in range(MAX_ITEMS):
        for meta, _texts in by_order:
            if round_ < len(meta["items"]):
                positions[meta["items"][round_]["key"]] = position
                position += 1
    return positions


def load_skills(report: LoadReport) -> None:
    skills = [
        _read_skill(folder) for folder in item_folders(content_dir() / "diagnostic" / "skills")
    ]
    orders = [meta["order"] for meta, _ in skills]
    if len(set(orders)) != len(orders):
        raise ContentError("diagnostic skills: two skills share an order")
    known = set(Technique.objects.values_list("slug", flat=True))
    trains = technique_skills()
    for meta, _ in skills:
        missing = [slug for slug in meta.get("techniques", []) if slug not in known]
        if missing or not meta.get("techniques"):
            raise ContentError(f"skill {meta['key']}: unknown or no techniques {missing}")
        silent = [s for s in meta["techniques"] if meta["key"] not in trains.get(s, [])]
        if silent:
            raise ContentError(
                f"skill {meta['key']}: techniques {silent} do not list it in their skills"
            )
    positions = _positions(skills)
    item_keys = set(positions)
    stale = Item.objects.exclude(key__in=item_keys)
    if stale.filter(answers__isnull=False).exists():
        raise ContentError(
            f"statements removed from content still have answers: {sorted(stale.values_list('key', flat=True))}"
        )
    stale.delete()
    Skill.objects.exclude(key__in=[meta["key"] for meta, _ in skills]).delete()

    # Orders and positions are unique: move them out of the way before a reordering.
    current = dict(Item.objects.values_list("key", "position"))
    if any(current.get(key, pos) != pos for key, pos in positions.items()):
        Item.objects.update(position=F("position") + 10000)
    current_orders = dict(Skill.objects.values_list("key", "order"))
    if any(current_orders.get(meta["key"], meta["order"]) != meta["order"] for meta, _ in skills):
        Skill.objects.update(order=F("order") + 10000)

    for meta, texts in skills:
        skill = upsert(
            Skill, {"key": meta["key"]}, {"group": meta["group"], "order": meta["order"]}, report
        )
        for language, data in texts.items():
            upsert(
                SkillText,
                {"skill": skill, "language": language},
                {
                    "name": data["name"],
                    "definition": data["definition"],
                    "basis": data.get("basis", ""),
                    **{level: data["levels"][level] for level in LEVELS},
                },
                report,
            )
        # The plan's favourites first, in their order, then every other technique training it.
        slugs = meta["techniques"] + sorted(
            slug
            for slug, keys in trains.items()
            if meta["key"] in keys and slug not in meta["techniques"]
        )
        SkillTechnique.objects.filter(skill=skill).exclude(technique__slug__in=slugs).delete()
        for order, slug in enumerate(slugs):
            upsert(
                SkillTechnique,
                {"skill": skill, "technique": Technique.objects.get(slug=slug)},
                {"order": order},
                report,
            )
        for spec in meta["items"]:
            item = upsert(
                Item,
                {"key": spec["key"]},
                {
                    "skill": skill,
                    "reverse": bool(spec.get("reverse", False)),
                    "position": positions[spec["key"]],
                    "ipip_item": _ipip_item(spec.get("source", "own"), folder_key=meta["key"]),
                },
                report,
            )
            for language, data in texts.items():
                upsert(
                    ItemText,
                    {"item": item, "language": language},
                    {"text": data["items"][spec["key"]]},
                    report,
                )
