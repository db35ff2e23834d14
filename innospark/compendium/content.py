"""Loads cases from content/compendium/cases/<slug>/: case.toml (facts and sources) and one
file per language. A case without a source, with an unknown technique or skill, or missing a
language is refused before anything is written."""

from pathlib import Path

from innospark.compendium.countries import COUNTRIES
from innospark.compendium.models import Case, CaseText, Size, Subsector
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
from innospark.diagnostic.models import Skill
from innospark.toolkit.models import Technique

TEXT_KEYS = ["title", "summary", "challenge", "practice", "outcome", "lessons"]
TEXT_TYPES = {key: list if key == "lessons" else str for key in TEXT_KEYS}
SOURCE_KEYS = ["title", "publisher", "year", "url"]
MAX_SUMMARY = 220


def _read_case(folder: Path, techniques: set[str], skills: set[str]) -> tuple[dict, dict]:
    meta = read_toml(folder / "case.toml")
    where = f"{folder}/case.toml"
    if meta.get("slug") != folder.name:
        raise ContentError(f"{where}: slug must be {folder.name!r}")
    if not isinstance(meta.get("company"), str) or not meta["company"].strip():
        raise ContentError(f"{where}: company missing")
    if not isinstance(meta.get("country"), str) or meta["country"] not in COUNTRIES:
        raise ContentError(f"{where}: country must be one of {', '.join(COUNTRIES)}")
    if meta.get("size") not in Size.values or meta.get("subsector") not in Subsector.values:
        raise ContentError(f"{where}: size or subsector unknown")
    start, end = meta.get("year_from"), meta.get("year_to")
    if not (isinstance(start, int) and isinstance(end, int) and (end == 0 or start <= end)):
        raise ContentError(f"{where}: year_from and year_to must be years (year_to 0: ongoing)")
    for key, known in (("techniques", techniques), ("skills", skills)):
        unknown = set(meta[key]) - known if is_texts(meta.get(key)) else {"?"}
        if unknown:
            raise ContentError(f"{where}: unknown or no {key} {sorted(unknown)}")
    sources = meta.get("sources") or []
    if not sources:
        raise ContentError(f"{where}: a case needs at least one source")
    if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
        raise ContentError(f"{where}: sources must be [[sources]] tables")
    for source in sources:
        if any(not source.get(key) for key in SOURCE_KEYS) or not str(source["url"]).startswith(
            ("http://", "https://")
        ):
            raise ContentError(f"{where}: every source needs {', '.join(SOURCE_KEYS)}")
    texts = read_languages(folder, TEXT_TYPES)
    for language, data in texts.items():
        lessons = data["lessons"]
        if not isinstance(lessons, list) or not all(isinstance(x, str) and x for x in lessons):
            raise ContentError(f"{folder}/{language}.toml: lessons must be a list of texts")
        if len(data["summary"]) > MAX_SUMMARY:
            raise ContentError(f"{folder}/{language}.toml: summary over {MAX_SUMMARY} characters")
    return meta, texts


def load_cases(report: LoadReport) -> list[str]:
    techniques = {t.slug: t for t in Technique.objects.all()}
    skills = {s.key: s for s in Skill.objects.all()}
    folders = item_folders(content_dir() / "compendium" / "cases")
    read = [_read_case(folder, set(techniques), set(skills)) for folder in folders]
    slugs = [meta["slug"] for meta, _ in read]
    Case.objects.exclude(slug__in=slugs).delete()
    for meta, texts in read:
        case = upsert(
            Case,
            {"slug": meta["slug"]},
            {
                "company": meta["company"],
                "country": meta["country"],
                "size": meta["size"],
                "subsector": meta["subsector"],
                "year_from": meta["year_from"],
                "year_to": meta["year_to"] or None,
                "sources": [{key: s[key] for key in SOURCE_KEYS} for s in meta["sources"]],
            },
            report,
        )
        _set(case.techniques, [techniques[s] for s in meta["techniques"]])
        _set(case.skills, [skills[k] for k in meta["skills"]])
        for language, data in texts.items():
            text = CaseText(**{key: data[key] for key in TEXT_KEYS})
            text.index(meta["company"])
            values = {key: getattr(text, key) for key in TEXT_KEYS + ["search_text"]}
            upsert(CaseText, {"case": case, "language": language}, values, report)
    return slugs


def _set(manager, objects: list) -> None:
    if set(manager.values_list("pk", flat=True)) != {o.pk for o in objects}:
        manager.set(objects)
