"""The privacy notice, kept as content in six languages (content/core/privacy/<lang>.toml)."""

from functools import cache

from django.conf import settings

from innospark.core.content import ContentError, read_toml, require
from innospark.core.models import MissingTranslation


@cache
def privacy_notice(language: str) -> dict:
    path = settings.CONTENT_DIR / "core" / "privacy" / f"{language}.toml"
    try:
        data = read_toml(path)
        require(data, ["title", "sections"], path)
    except ContentError as exc:
        raise MissingTranslation(str(exc)) from exc
    return data
