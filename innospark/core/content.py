"""Loading editorial content from versioned TOML files, one folder per item and one file per
language. Every language must be complete: missing content is an error, never an English
fallback. Loaders write only what differs, so loading twice changes nothing."""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import models


class ContentError(Exception):
    pass


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.created} created, {self.updated} updated, {self.unchanged} unchanged"


def read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: missing") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from exc


def item_folders(base: Path) -> list[Path]:
    if not base.is_dir():
        raise ContentError(f"{base}: content folder missing")
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))


def require(data: dict, keys: list[str], path: Path) -> None:
    missing = [k for k in keys if k not in data or data[k] in ("", None, [], {})]
    if missing:
        raise ContentError(f"{path}: missing or empty {', '.join(missing)}")


def read_languages(folder: Path, keys: list[str]) -> dict[str, dict]:
    """Read ``<lang>.toml`` for every configured language, each with all ``keys`` filled."""
    texts = {}
    for language in settings.LANGUAGE_CODES:
        path = folder / f"{language}.toml"
        data = read_toml(path)
        require(data, keys, path)
        texts[language] = data
    return texts


def upsert(
    model: type[models.Model], lookup: dict, values: dict, report: LoadReport
) -> models.Model:
    """Create or update one row, saving only when a value differs."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        report.created += 1
        return model.objects.create(**lookup, **values)
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save(update_fields=changed)
        report.updated += 1
    else:
        report.unchanged += 1
    return obj


def content_dir() -> Path:
    return Path(settings.CONTENT_DIR)
