"""Text helpers shared by the content apps."""

import unicodedata


def fold(text: str) -> str:
    """Lower-case and strip accents so that 'otleteles' finds 'Ötletelés' and 'cafe' finds
    'Café'. Search indexes store folded text and queries are folded the same way, which works
    the same on SQLite and PostgreSQL without database extensions."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
