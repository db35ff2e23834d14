"""Shared by the fuzz tests (test_fuzz_*.py): hostile values, the Hypothesis settings they
run with, and the count of generated inputs that the root conftest.py prints at the end of the
run ("fuzzing: N generated inputs, M server errors")."""

from collections import Counter

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

COUNTS: Counter = Counter()

NUL = "\x00"
# Values that have broken web applications before: NUL, bidi overrides, numbers a parser
# might choke on, markup, SQL and format strings, paths, lone combining marks.
NASTY = [
    "",
    " ",
    NUL,
    f"a{NUL}b",
    "\u202e\u0301",
    "\ufeff",
    "0",
    "-1",
    "1e309",
    "NaN",
    "9" * 40,
    "[]",
    "{}",
    "null",
    "true",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%s%n%(x)s{0}",
    "../../etc/passwd",
    "Ötletnapló",
    "мозъчна атака",
    "🙂" * 5,
]


def record(status: int) -> None:
    """Count one generated input and whether the server failed on it."""
    COUNTS["inputs"] += 1
    if status >= 500:
        COUNTS["server_errors"] += 1


def fuzz(max_examples: int) -> settings:
    """Settings for a fuzz test. The function-scoped ``db`` fixture is deliberate: all examples
    of one test share its transaction (rows accumulate, as on a live server), so that health
    check is off. Drawing Schemathesis cases and long values is slow on a busy 2-core CI
    machine, so is "too slow"; and no deadline, as a request's time varies with the load."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        database=None,  # nothing written into the working tree; failures print their blob
        print_blob=True,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def huge(max_repeat: int = 5_000) -> st.SearchStrategy[str]:
    """A long value built cheaply (Hypothesis is slow at drawing long texts character by
    character)."""
    return st.builds(
        lambda chunk, times: chunk * times,
        st.text(min_size=1, max_size=4),
        st.integers(min_value=100, max_value=max_repeat),
    )


def text() -> st.SearchStrategy[str]:
    """Any text a client could send: unicode, NUL bytes, huge values, numbers, known traps."""
    return st.one_of(
        st.text(max_size=30),
        st.sampled_from(NASTY),
        st.builds(lambda a, b: f"{a}{NUL}{b}", st.text(max_size=8), st.text(max_size=8)),
        huge(),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
        st.floats().map(str),
    )


def form_value(*valid: str) -> st.SearchStrategy:
    """One form field as a browser (or an attacker) could post it: a valid choice, hostile
    text, or several values where one is expected."""
    single = st.one_of(st.sampled_from(valid), text()) if valid else text()
    return st.one_of(single, st.lists(single, min_size=2, max_size=3))


def form_data(fields: dict[str, tuple | list], extra: bool = True) -> st.SearchStrategy[dict]:
    """Any subset of a form's fields (so fields go missing), each a valid value or a hostile
    one, plus now and then a field the form does not know."""
    known = st.fixed_dictionaries(
        {}, optional={name: form_value(*valid) for name, valid in fields.items()}
    )
    if not extra:
        return known
    unknown = st.dictionaries(st.text(min_size=1, max_size=10), form_value(), max_size=2)
    return st.builds(lambda a, b: {**b, **a}, known, unknown)


def raise_rate_limits(settings) -> None:
    """Fuzzing sends thousands of wrong codes and keys from one address; with the production
    limits nearly every request would stop at HTTP 429 and never reach the code behind it."""
    limits = getattr(settings, "RATE_LIMITS", None)
    if limits:
        settings.RATE_LIMITS = {scope: (10**9, window) for scope, (_n, window) in limits.items()}


def send(client, method: str, path: str, data=None, **extra):
    """One request through Django's test client, counted; a server error fails the example."""
    try:
        response = getattr(client, method)(path, data, **extra)
    except Exception:
        COUNTS["inputs"] += 1
        COUNTS["server_errors"] += 1
        raise
    record(response.status_code)
    assert response.status_code < 500, f"{method.upper()} {path} {data!r}: {response.status_code}"
    return response


def last(value):
    """What Django reads from a posted field that was sent several times: the last value."""
    return value[-1] if isinstance(value, list) else value


def fast_accounts(settings) -> None:
    """The fuzz tests create and sign in many accounts (the root conftest already makes
    password hashing cheap): lift the sign-in limits that would refuse them."""
    raise_rate_limits(settings)


def as_posted(data: dict):
    """A generated form as Django receives it (several values for a field, the last one read),
    for a form class to say whether it is valid."""
    from django.utils.datastructures import MultiValueDict

    return MultiValueDict({k: v if isinstance(v, list) else [v] for k, v in data.items()})
