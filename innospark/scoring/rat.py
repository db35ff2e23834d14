"""Remote Associates Test: tolerant answer matching and difficulty-weighted scoring."""

import unicodedata

MAX_ANSWER_CHARS = 60


def normalise(text: str) -> str:
    """Case, accents, spaces and punctuation do not matter."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def matches(answer: str, solution: str, accepted: list[str] = ()) -> bool:
    """Exact (normalised) match with the solution or an accepted form, or a simple inflection:
    same stem (all but at most the solution's last letter) and at most two letters added."""
    given = normalise(answer)
    if not given:
        return False
    for form in [solution, *accepted]:
        target = normalise(form)
        if given == target:
            return True
        if len(target) >= 4 and len(given) >= len(target) - 1 and len(given) - len(target) <= 2:
            stem = target[:-1]
            if given.startswith(stem):
                return True
    return False


def weighted_score(results: list[tuple[bool, float]]) -> float | None:
    """0-100 from (solved, solve rate) pairs: a hard problem (low solve rate) counts more."""
    if not results:
        return None
    weights = [max(0.1, 1.0 - rate) for _solved, rate in results]
    total = sum(w for (solved, _rate), w in zip(results, weights, strict=True) if solved)
    return round(100 * total / sum(weights), 1)
