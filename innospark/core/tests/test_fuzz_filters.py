"""Hypothesis through the search and filter forms (toolkit A to Z, compendium, report explorer
and its CSV) and the exercise steps with their autosave. Generated queries and posts never
cause a server error; a filter page always answers (a refused value is reported, the valid
ones still apply); a refused exercise input saves nothing."""

from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from hypothesis import given
from hypothesis import strategies as st

from innospark.compendium.countries import COUNTRIES as CASE_COUNTRIES
from innospark.compendium.models import Size, Subsector
from innospark.core.tests.fuzzing import form_data, fuzz, raise_rate_limits, send, text
from innospark.insights.models import COUNTRIES, Indicator
from innospark.toolkit.forms import DURATIONS, GROUPS
from innospark.toolkit.models import Difficulty, Exercise, ExerciseRun
from innospark.toolkit.views.exercises import MOVES

pytestmark = pytest.mark.django_db
LANGUAGES = st.sampled_from(settings.LANGUAGE_CODES)
CONTENT = Path(settings.CONTENT_DIR)
SKILLS = sorted(p.name for p in (CONTENT / "diagnostic/skills").iterdir())
TECHNIQUES = sorted(p.name for p in (CONTENT / "toolkit/techniques").iterdir())[::8]
HTMX = st.sampled_from([{}, {"HX-Request": "true"}])
SEARCHES = ["brain", "OTLETNAPLO", "idé", "hack day", "ötlet"]


@pytest.fixture(autouse=True)
def limits(settings):
    raise_rate_limits(settings)


TECHNIQUE_FILTERS = {
    "q": SEARCHES,
    "skill": SKILLS,
    "group": list(GROUPS),
    "duration": list(DURATIONS),
    "difficulty": Difficulty.values,
    "online": ["yes", "no"],
}


@fuzz(80)
@given(language=LANGUAGES, query=form_data(TECHNIQUE_FILTERS), headers=HTMX)
def test_the_toolkit_filters_always_answer(client, language, query, headers):
    response = send(client, "get", f"/{language}/toolkit/", query, headers=headers)
    assert response.status_code == 200
    assert response.context["count"] <= response.context["total"]


CASE_FILTERS = {
    "q": SEARCHES,
    "country": list(CASE_COUNTRIES),
    "technique": TECHNIQUES,
    "skill": SKILLS,
    "size": Size.values,
    "subsector": Subsector.values,
}


@fuzz(80)
@given(language=LANGUAGES, query=form_data(CASE_FILTERS), headers=HTMX)
def test_the_compendium_filters_always_answer(client, language, query, headers):
    response = send(client, "get", f"/{language}/compendium/", query, headers=headers)
    assert response.status_code == 200
    assert response.context["count"] <= response.context["total"]


@fuzz(80)
@given(language=LANGUAGES, headers=HTMX, data=st.data())
def test_the_report_explorer_and_its_csv_agree(client, language, headers, data):
    codes = list(Indicator.objects.values_list("code", flat=True)[::15])
    fields = {
        "indicator": codes,
        "countries": COUNTRIES,
        "start": ["1990", "2010", "2016", "2030"],
        "end": ["2016", "2024", "2030"],
        "chart": ["line", "bar"],
    }
    query = data.draw(form_data(fields), label="query")
    page = send(client, "get", f"/{language}/report/explore/", query, headers=headers)
    assert page.status_code in (200, 422)
    if query:
        table = send(client, "get", f"/{language}/report/explore.csv", query)
        assert (page.status_code == 200) == (table.status_code == 200)


@pytest.fixture
def runs(client):
    """A browser that has started every exercise: kind → run token."""
    tokens = {}
    for kind in Exercise.objects.values_list("kind", flat=True):
        response = send(client, "post", f"/en/toolkit/exercises/{kind}/start/")
        tokens[kind] = response["Location"].split("/runs/")[1].split("/")[0]
    return client, tokens


STEP_FIELDS = {
    "action": list(MOVES),
    "value": ["one idea\nanother idea", "root\n  branch\n    leaf", "Because the build broke."],
    **{f"{axis}-{i}": ["1", "3", "5"] for axis in ("impact", "effort") for i in range(3)},
    **{f"answer-{i}": ["salt", "Fire"] for i in range(5)},
}


def state(token: str):
    return ExerciseRun.objects.filter(token=token).values_list("inputs", "step", "completed_at")


@fuzz(300)
@given(
    index=st.one_of(st.integers(0, 8), st.integers(0, 10**30)),
    posted=form_data(STEP_FIELDS),
    headers=HTMX,
    data=st.data(),
)
def test_an_exercise_step_saves_valid_input_or_nothing(runs, index, posted, headers, data):
    client, tokens = runs
    token = data.draw(st.one_of(st.sampled_from(sorted(tokens.values())), text()), label="token")
    known = token in tokens.values()  # (the test itself must not look up a NUL on PostgreSQL)
    before = list(state(token)) if known else []
    url = f"/en/toolkit/runs/{quote(token, safe='')}/step/{index}/"
    response = send(client, "post", url, posted, headers=headers)
    refused = response.status_code in (404, 422) or (
        response.status_code == 200 and response.context.get("error")
    )
    if refused and known:
        assert list(state(token)) == before
