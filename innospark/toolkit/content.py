"""Loads techniques from content/toolkit/techniques/<slug>/."""

from innospark.core.content import (
    ContentError,
    LoadReport,
    content_dir,
    item_folders,
    read_languages,
    read_toml,
    upsert,
)
from innospark.toolkit.models import Technique, TechniqueText

TEXT_KEYS = ["name", "purpose", "steps"]


def load_techniques(report: LoadReport) -> list[str]:
    slugs = []
    for folder in item_folders(content_dir() / "toolkit" / "techniques"):
        meta = read_toml(folder / "technique.toml")
        if meta.get("slug") != folder.name:
            raise ContentError(f"{folder}/technique.toml: slug must be {folder.name!r}")
        texts = read_languages(folder, TEXT_KEYS)
        for language, data in texts.items():
            if not isinstance(data["steps"], list) or not all(
                isinstance(s, str) and s for s in data["steps"]
            ):
                raise ContentError(f"{folder}/{language}.toml: steps must be a list of texts")
        technique = upsert(
            Technique, {"slug": folder.name}, {"credit": meta.get("credit", "")}, report
        )
        for language, data in texts.items():
            upsert(
                TechniqueText,
                {"technique": technique, "language": language},
                {"name": data["name"], "purpose": data["purpose"], "steps": data["steps"]},
                report,
            )
        slugs.append(folder.name)
    return slugs
