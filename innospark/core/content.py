"""Loading editorial content from versioned TOML files, one folder per item and one file per
language. Every language must be complete: missing content is an error, never an English
fallback. Loaders write only what differs, so loading twice changes nothing."""

import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from innospark.core.text import has_nul


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
            data = tomllib.load(fh)
    except FileNotFoundError as exc:
        raise ContentError(f"{path}: missing") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path}: not valid TOML ({exc})") from exc
    if has_nul(data):  # no database column (PostgreSQL's text above all) takes it
        raise ContentError(f"{path}: contains a NUL character (\\u0000)")
    return data


def item_folders(base: Path) -> list[Path]:
    if not base.is_dir():
        raise ContentError(f"{base}: content folder missing")
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))


def require(data: dict, keys: list[str] | dict[str, type], path: Path) -> None:
    """Each key present and filled; with a dict of key: type, also of that type (a str with
    more than white space)."""
    missing = [k for k in keys if k not in data or data[k] in ("", None, [], {})]
    if missing:
        raise ContentError(f"{path}: missing or empty {', '.join(missing)}")
    if isinstance(keys, dict):
        for key, kind in keys.items():
            value = data[key]
            if not isinstance(value, kind) or (kind is str and not value.strip()):
                raise ContentError(f"{path}: {key} must be {TYPE_NAMES[kind]}")


TYPE_NAMES = {str: "a text", list: "a list", dict: "a table", int: "a whole number"}


def is_texts(items: object) -> bool:
    """A non-empty list of texts, none of them blank."""
    return (
        isinstance(items, list)
        and bool(items)
        and all(isinstance(s, str) and s.strip() for s in items)
    )


def read_languages(folder: Path, keys: list[str] | dict[str, type]) -> dict[str, dict]:
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
    values = _storable(model, lookup, values)
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


def _storable(model: type[models.Model], lookup: dict, values: dict) -> dict:
    """The values as the columns store them (a text within its length, a number within its
    range, JSON without NaN or other types), or ContentError naming the row and the field."""
    stored = {}
    for name, value in {**lookup, **values}.items():
        field = model._meta.get_field(name)
        if field.is_relation:
            stored[name] = value
            continue
        try:
            value = field.to_python(value)
            field.run_validators(value)
            if isinstance(field, models.JSONField):
                json.dumps(value, cls=field.encoder, allow_nan=False)
        except (ValidationError, TypeError, ValueError) as exc:
            where = ", ".join(f"{key}={known}" for key, known in lookup.items())
            problem = " ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            raise ContentError(f"{model.__name__} ({where}): {name}: {problem}") from exc
        stored[name] = value
    return {name: stored[name] for name in values}


def content_dir() -> Path:
    return Path(settings.CONTENT_DIR)
