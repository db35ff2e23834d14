"""Loads techniques from content/toolkit/techniques/<slug>/ and exercises from
content/toolkit/exercises/<kind>/. Everything is checked before anything is written: a
technique missing a field in one language stops the load with the file named."""

from pathlib import Path

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
from innospark.toolkit.exercises import KINDS
from innospark.toolkit.exercises.base import placeholders_in
from innospark.toolkit.exercises.inputs import PARSERS
from innospark.toolkit.models import Difficulty, Exercise, ExerciseText, Technique, TechniqueText

TEXT_KEYS = ["name", "purpose", "when", "steps", "example", "variations", "tips", "traps", "origin"]
LIST_KEYS = ["steps", "variations", "tips", "traps"]
TEXT_TYPES = {key: list if key in LIST_KEYS else str for key in TEXT_KEYS}
OPTIONAL_TEXTS = ["credit", "source", "licence"]
MAX_PURPOSE = 200


def skill_keys() -> set[str]:
    return {folder.name for folder in item_folders(content_dir() / "diagnostic" / "skills")}


def _read_technique(folder: Path, skills: set[str]) -> tuple[dict, dict]:
    meta = read_toml(folder / "technique.toml")
    where = f"{folder}/technique.toml"
    if meta.get("slug") != folder.name:
        raise ContentError(f"{where}: slug must be {folder.name!r}")
    if not is_texts(meta.get("skills")) or not set(meta["skills"]) <= skills:
        raise ContentError(f"{where}: skills must be keys of diagnostic skills")
    if meta.get("related", []) != [] and not is_texts(meta["related"]):
        raise ContentError(f"{where}: related must be a list of technique slugs")
    if any(not isinstance(meta.get(key, ""), str) for key in OPTIONAL_TEXTS):
        raise ContentError(f"{where}: {', '.join(OPTIONAL_TEXTS)} must be texts")
    gmin, gmax = meta.get("group_min"), meta.get("group_max")
    if not (isinstance(gmin, int) and isinstance(gmax, int) and 1 <= gmin <= gmax):
        raise ContentError(f"{where}: group_min and group_max must be 1 <= min <= max")
    if meta.get("difficulty") not in Difficulty.values:
        raise ContentError(f"{where}: difficulty must be one of {Difficulty.values}")
    if not isinstance(meta.get("online"), bool):
        raise ContentError(f"{where}: online must be true or false")
    minutes = meta.get("step_minutes")
    if not isinstance(minutes, list) or not minutes or not all(_whole(m) > 0 for m in minutes):
        raise ContentError(f"{where}: step_minutes must be positive whole minutes")
    texts = read_languages(folder, TEXT_TYPES)
    for language, data in texts.items():
        path = f"{folder}/{language}.toml"
        for key in LIST_KEYS:
            if not is_texts(data[key]):
                raise ContentError(f"{path}: {key} must be a list of texts")
        if len(data["steps"]) != len(minutes):
            raise ContentError(f"{path}: {len(data['steps'])} steps for {len(minutes)} timings")
        if len(data["purpose"]) > MAX_PURPOSE:
            raise ContentError(f"{path}: purpose is longer than {MAX_PURPOSE} characters")
    return meta, texts


def _whole(value: object) -> int:
    """A whole number from a file (true and false are not numbers), or 0."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def load_techniques(report: LoadReport) -> list[str]:
    skills = skill_keys()
    read = [_read_technique(folder, skills) for folder in item_folders(_base("techniques"))]
    slugs = {meta["slug"] for meta, _ in read}
    for meta, _ in read:
        unknown = [s for s in meta.get("related", []) if s not in slugs or s == meta["slug"]]
        if unknown:
            raise ContentError(f"technique {meta['slug']}: unknown related techniques {unknown}")
    Technique.objects.exclude(slug__in=slugs).delete()
    for meta, texts in read:
        technique = upsert(
            Technique,
            {"slug": meta["slug"]},
            {
                "credit": meta.get("credit", ""),
                "source": meta.get("source", ""),
                "licence": meta.get("licence", ""),
                "group_min": meta["group_min"],
                "group_max": meta["group_max"],
                "difficulty": meta["difficulty"],
                "online": meta["online"],
                "step_minutes": meta["step_minutes"],
                "duration_minutes": sum(meta["step_minutes"]),
            },
            report,
        )
        for language, data in texts.items():
            text = TechniqueText(**{key: data[key] for key in TEXT_KEYS})
            text.index()
            values = {key: getattr(text, key) for key in TEXT_KEYS + ["sort_key", "search_text"]}
            upsert(TechniqueText, {"technique": technique, "language": language}, values, report)
    by_slug = {t.slug: t for t in Technique.objects.all()}
    for meta, _ in read:
        technique = by_slug[meta["slug"]]
        wanted = {by_slug[s].pk for s in meta.get("related", [])}
        if set(technique.related.values_list("pk", flat=True)) != wanted:
            technique.related.set(wanted)
    return sorted(slugs)


def technique_skills() -> dict[str, list[str]]:
    """slug → skill keys, read from the content files (the diagnostic links skills to them)."""
    return {
        folder.name: read_toml(folder / "technique.toml").get("skills", [])
        for folder in item_folders(_base("techniques"))
    }


def _base(kind: str) -> Path:
    return content_dir() / "toolkit" / kind


def _read_exercise(folder: Path, skills: set[str], slugs: set[str]) -> tuple[dict, dict]:
    meta = read_toml(folder / "exercise.toml")
    where = f"{folder}/exercise.toml"
    kind = meta.get("kind")
    if kind != folder.name:
        raise ContentError(f"{where}: kind must be {folder.name!r}")
    if kind not in KINDS:
        raise ContentError(
            f"{where}: no module innospark/toolkit/exercises/{kind.replace('-', '_')}.py"
        )
    if not is_texts(meta.get("skills")) or not set(meta["skills"]) <= skills:
        raise ContentError(f"{where}: skills must be keys of diagnostic skills")
    techniques = meta.get("techniques", [])
    if (techniques != [] and not is_texts(techniques)) or not set(techniques) <= slugs:
        raise ContentError(f"{where}: unknown techniques {techniques}")
    steps = meta.get("steps") or []
    if not isinstance(steps, list) or not all(isinstance(step, dict) for step in steps):
        raise ContentError(f"{where}: steps must be [[steps]] tables")
    for i, step in enumerate(steps):
        if not isinstance(step.get("input"), str) or step["input"] not in PARSERS:
            raise ContentError(f"{where}: step {i + 1} needs an input type and whole seconds")
        if _whole(step.get("seconds")) <= 0:
            raise ContentError(f"{where}: step {i + 1} needs an input type and whole seconds")
        for ref in ("show", "source"):
            if ref in step and not (isinstance(step[ref], int) and 0 <= step[ref] < i):
                raise ContentError(f"{where}: step {i + 1}: {ref} must name an earlier step")
    if not steps:
        raise ContentError(f"{where}: no steps")
    behaviour = KINDS[kind]
    texts = read_languages(folder, {"name": str, "goal": str, "steps": list})
    for language, data in texts.items():
        path = f"{folder}/{language}.toml"
        if len(data["steps"]) != len(steps):
            raise ContentError(
                f"{path}: {len(data['steps'])} steps for {len(steps)} in exercise.toml"
            )
        for i, step in enumerate(data["steps"]):
            if not isinstance(step, dict) or not all(
                isinstance(step.get(key), str) and step[key].strip()
                for key in ("title", "instruction")
            ):
                raise ContentError(f"{path}: step {i + 1} needs a title and an instruction")
            try:
                used = placeholders_in(step["instruction"])
            except ValueError as exc:  # a lone "{" or "}"
                raise ContentError(f"{path}: step {i + 1}: {exc} (write {{{{ for a brace)") from exc
            if not used <= set(behaviour.placeholders):
                raise ContentError(f"{path}: step {i + 1}: unknown placeholders {sorted(used)}")
        stimuli = data.get("stimuli", {})
        if not isinstance(stimuli, dict):
            raise ContentError(f"{path}: [stimuli] must be a table of lists")
        for key in behaviour.stimuli_keys:
            if not is_texts(stimuli.get(key)) or len(stimuli[key]) < 10:
                raise ContentError(f"{path}: [stimuli] {key} needs at least 10 entries")
    return meta, texts


def load_exercises(report: LoadReport) -> list[str]:
    skills = skill_keys()
    slugs = set(Technique.objects.values_list("slug", flat=True))
    read = [_read_exercise(folder, skills, slugs) for folder in item_folders(_base("exercises"))]
    missing = set(KINDS) - {meta["kind"] for meta, _ in read}
    if missing:
        raise ContentError(f"exercise kinds without content: {sorted(missing)}")
    Exercise.objects.exclude(kind__in=[meta["kind"] for meta, _ in read]).delete()
    for meta, texts in read:
        exercise = upsert(
            Exercise,
            {"kind": meta["kind"]},
            {"order": meta.get("order", 0), "skills": meta["skills"], "steps": meta["steps"]},
            report,
        )
        wanted = set(
            Technique.objects.filter(slug__in=meta.get("techniques", [])).values_list(
                "pk", flat=True
            )
        )
        if set(exercise.techniques.values_list("pk", flat=True)) != wanted:
            exercise.techniques.set(wanted)
        for language, data in texts.items():
            upsert(
                ExerciseText,
                {"exercise": exercise, "language": language},
                {
                    "name": data["name"],
                    "goal": data["goal"],
                    "steps": data["steps"],
                    "stimuli": data.get("stimuli", {}),
                },
                report,
            )
    return [meta["kind"] for meta, _ in read]
