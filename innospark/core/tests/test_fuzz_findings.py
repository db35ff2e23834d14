"""One test per bug the fuzz tests (test_fuzz_*.py) found, so each stays fixed even on a run
where the fuzzing does not happen to draw that input again."""

import tomllib
from pathlib import Path

import pytest
import tomli_w
from django.db import transaction

from innospark.core.content import ContentError, LoadReport
from innospark.core.tests.test_fuzz_content import TARGETS, build_tree, keep_only
from innospark.diagnostic.models import Session
from innospark.diagnostic.task_models import TaskResponse
from innospark.diagnostic.testing import answer_all
from innospark.insights.models import Indicator
from innospark.organisations.services import api_key_create, organisation_create
from innospark.toolkit.models import ExerciseRun

pytestmark = pytest.mark.django_db


def _schema(client) -> dict:
    return client.get("/api/v1/openapi.json").json()


def _component(schema: dict, ref: str) -> dict:
    return schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def _response(schema: dict, path: str, method: str = "get") -> dict:
    found = schema["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    found = found["schema"]
    return _component(schema, found.get("items", found)["$ref"])


def test_the_api_schema_describes_each_answer_with_its_own_model(client):
    """Three pairs of response models shared a name, so the schema showed one for both."""
    schema = _schema(client)
    scores = _response(schema, "/api/v1/scoring/aut", "post")
    assert "fluency" in _component(schema, scores["properties"]["summary"]["$ref"])["properties"]
    assert "completed" in _response(schema, "/api/v1/campaigns/{campaign_id}/summary")["properties"]
    assert "group_size" in _response(schema, "/api/v1/toolkit/techniques")["properties"]
    result = _response(schema, "/api/v1/diagnostic/sessions/{session_id}/result")
    plan = _component(schema, result["properties"]["plan"]["items"]["$ref"])
    technique = _component(schema, plan["properties"]["techniques"]["items"]["$ref"])
    assert set(technique["properties"]) == {"slug", "name", "purpose", "url"}
    aut = _component(schema, result["properties"]["tasks"]["$ref"])["properties"]["aut"]
    assert "skipped" in _component(schema, aut["items"]["$ref"])["properties"]


def test_a_scoring_body_that_is_not_json_is_a_documented_400(client):
    response = client.post("/api/v1/scoring/aut", "\x00", content_type="application/json")
    assert response.status_code == 400 and response.json()["detail"]
    assert "400" in _schema(client)["paths"]["/api/v1/scoring/aut"]["post"]["responses"]


def test_an_indicator_whose_code_has_a_slash_is_reachable(client):
    code = Indicator.objects.filter(code__contains="/").values_list("code", flat=True).first()
    response = client.get(f"/api/v1/insights/indicators/{code}", {"countries": "BG"})
    assert response.status_code == 200 and response.json()["code"] == code


def test_an_unknown_api_address_is_a_json_404_in_the_clients_language(client):
    response = client.get("/api/v1/nothing/here", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404 and response["Content-Type"] == "application/json"
    assert response.json()["detail"] == "There is no such API address."


def test_a_nul_character_in_an_api_query_or_body_is_a_422(client):
    """PostgreSQL cannot compare or store text with a NUL: these were server errors there."""
    response = client.get("/api/v1/toolkit/techniques", {"language": "en", "q": "a\x00"})
    assert response.status_code == 422 and "NUL" in response.json()["detail"]
    key = api_key_create(organisation=organisation_create(name="Nul Ltd", owner=None)).secret
    response = client.post(
        "/api/v1/campaigns",
        {"name": "Q\x003", "languages": ["en"]},
        content_type="application/json",
        HTTP_X_API_KEY=key,
    )
    assert response.status_code == 422
    started = client.post(
        "/api/v1/diagnostic/sessions", {"language": "en"}, content_type="application/json"
    ).json()
    response = client.post(
        f"/api/v1/diagnostic/sessions/{started['id']}/answers",
        {"answers": [{"item": "aut-1", "value": ["a door\x00stop"]}]},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {started['token']}",
    )
    assert response.status_code == 422 and not TaskResponse.objects.exists()


def test_a_nul_character_in_an_address_is_a_404(client):
    assert client.get("/en/toolkit/runs/%00/step/0/").status_code == 404
    response = client.get("/api/v1/toolkit/techniques/%00", {"language": "en"})
    assert response.status_code == 404 and response.json()["detail"]


def _taking(client) -> Session:
    client.post("/en/diagnostic/", {})
    return Session.objects.latest("created_at")


def test_a_page_number_beyond_any_test_is_a_404(client):
    session = _taking(client)
    huge = 10**20  # the database's offset overflowed: a server error
    assert client.get(f"/en/diagnostic/s/{session.id}/page/{huge}/").status_code == 404


def test_more_than_100_ideas_on_a_task_page_are_refused_and_nothing_is_saved(client):
    session = _taking(client)
    answer_all(session)
    ideas = "\n".join(f"idea {i}" for i in range(101))
    response = client.post(f"/en/diagnostic/s/{session.id}/page/9/", {"aut-1": ideas})
    assert response.status_code == 400
    assert "Write at most 100 ideas" in response.content.decode()
    assert not TaskResponse.objects.filter(session=session).exists()


def test_an_exercise_input_with_a_nul_character_is_refused_and_nothing_is_saved(client):
    response = client.post("/en/toolkit/exercises/random-word/start/")
    run = ExerciseRun.objects.get(token=response["Location"].split("/")[4])
    response = client.post(
        f"/en/toolkit/runs/{run.token}/step/0/", {"action": "save", "value": "a\x00b"}
    )
    assert response.status_code == 422 and "NUL" in response.content.decode()
    run.refresh_from_db()
    assert run.inputs == {}


def _toml(path: Path, **changes) -> None:
    data = tomllib.loads(path.read_text())
    path.write_text(tomli_w.dumps({**data, **changes}))


def _short_row(path: Path) -> None:
    """A row with fewer cells than the header: the missing ones read as None."""
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0], "sale,mare,sole", *lines[2:]]) + "\n")


LONE_BRACE = {"title": "A step", "instruction": "Think of {"}
ITEM_KEYS = [f"design-{i}" for i in range(1, 6)]  # a list of the keys, not a table of texts
# (kind, file, how it is broken): each raised TypeError, AttributeError, KeyError, ValueError,
# UnicodeDecodeError, IntegrityError or (on PostgreSQL) DataError instead of ContentError.
BROKEN = [
    pytest.param("skill", "skill.toml", lambda p: _toml(p, items=[1, 2, 3, 4]), id="skill-items"),
    pytest.param("skill", "skill.toml", lambda p: _toml(p, order=-1), id="skill-order"),
    pytest.param("skill", "skill.toml", lambda p: _toml(p, techniques=7), id="skill-techniques"),
    pytest.param("skill", "bg.toml", lambda p: _toml(p, levels=5), id="skill-levels"),
    pytest.param("skill", "bg.toml", lambda p: _toml(p, items=ITEM_KEYS), id="item-texts"),
    pytest.param("technique", "technique.toml", lambda p: _toml(p, step_minutes=5), id="minutes"),
    pytest.param("technique", "technique.toml", lambda p: _toml(p, skills=[["x"]]), id="skills"),
    pytest.param("technique", "hu.toml", lambda p: _toml(p, name="N" * 201), id="name-length"),
    pytest.param("technique", "it.toml", lambda p: _toml(p, origin=["a list"]), id="origin"),
    pytest.param("technique", "en.toml", lambda p: _toml(p, name="Nul\x00"), id="nul"),
    pytest.param("exercise", "en.toml", lambda p: _toml(p, steps=[LONE_BRACE] * 4), id="brace"),
    pytest.param("exercise", "exercise.toml", lambda p: _toml(p, order="first"), id="order"),
    pytest.param("exercise", "exercise.toml", lambda p: _toml(p, steps=["text"] * 4), id="steps"),
    pytest.param("case", "case.toml", lambda p: _toml(p, country=["UK"]), id="country"),
    pytest.param("case", "case.toml", lambda p: _toml(p, sources={"title": "x"}), id="sources"),
    pytest.param("case", "es.toml", lambda p: _toml(p, summary=3), id="summary"),
    pytest.param("aut-object", "object.toml", lambda p: _toml(p, order=10**20), id="aut-order"),
    pytest.param("rat", "it.csv", lambda p: _short_row(p), id="rat-short-row"),
    pytest.param("rat", "it.csv", lambda p: p.write_bytes(b"\xff" + p.read_bytes()), id="utf-8"),
]


@pytest.mark.parametrize(("kind", "name", "breaks"), BROKEN)
def test_broken_content_is_refused_with_content_error(tmp_path, settings, kind, name, breaks):
    target = TARGETS[kind]
    folder = build_tree(tmp_path / "content", target)
    settings.CONTENT_DIR = tmp_path / "content"
    if kind == "rat":
        settings.LANGUAGE_CODES = [target.item]
    keep_only(target, folder)
    breaks(folder / name)
    with pytest.raises(ContentError), transaction.atomic():
        target.loader(LoadReport())


def test_an_english_solve_rate_that_is_not_a_percentage_is_refused(tmp_path, settings):
    target = TARGETS["rat"]
    lines = (Path(settings.CONTENT_DIR) / "diagnostic/rat/en.csv").read_text().splitlines()
    folder = build_tree(tmp_path / "content", target)
    settings.CONTENT_DIR = tmp_path / "content"
    broken = lines[1].split(",")
    broken[11] = "many"  # pct_solved_30s
    (folder / "en.csv").write_text("\n".join([lines[0], ",".join(broken), *lines[2:]]))
    settings.LANGUAGE_CODES = ["en"]
    with pytest.raises(ContentError, match="percentages"), transaction.atomic():
        target.loader(LoadReport())


def test_pages_outside_the_api_still_get_the_html_404(client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404 and "text/html" in response["Content-Type"]
