"""Text helpers shared by the content apps."""

import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents so that 'otleteles' finds 'Ötletelés' and 'cafe' finds
    'Café'. Search indexes store folded text and queries are folded the same way, which works
    the same on SQLite and PostgreSQL without database extensions."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def has_nul(value) -> bool:
    """Whether a text, or any text in a parsed JSON or TOML value, holds a NUL character:
    PostgreSQL's text and JSON columns cannot store one (nor compare text with it)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(has_nul(k) or has_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_nul(v) for v in value)
    return False
