import json

import pytest
from django.conf import settings
from django.utils.translation import gettext, override

from innospark.diagnostic.models import Answer, Item, Score, Session

pytestmark = pytest.mark.django_db
BASE = "/api/v1/diagnostic"


def in_language(language: str, message: str, **params) -> str:
    """The catalogue's translation of ``message``; it must not be the English text."""
    with override(language):
        text = gettext(message)
    assert text != message, f"{message!r} is not translated into {language}"
    return text % params if params else text


def post(client, path, data, token=None, **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.post(path, json.dumps(data), content_type="application/json", **headers, **extra)


def get(client, path, token=None, **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.get(path, **headers, **extra)


def start(client, **payload):
    response = post(client, f"{BASE}/sessions", {"language": "en", **payload})
    assert response.status_code == 201, response.content
    return response.json()


def walk(client, started, value=4):
    """Answer page after page, as an API client would, until the session says done."""
    pages_seen = []
    while True:
        page = get(client, f"{BASE}/sessions/{started['id']}/page", started["token"]).json()
        if page["done"]:
            return pages_seen
        pages_seen.append(page["page"])
        if page["items"][0]["type"] == "likert":
            body = {"answers": [{"item": item["id"], "value": value} for item in page["items"]]}
        else:  # the performance tasks are skippable
            body = {"skip": True}
        response = post(client, f"{BASE}/sessions/{started['id']}/answers", body, started["token"])
        assert response.status_code == 200, response.content


@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
def test_it_walks_a_session_to_a_15_skill_result_in_each_language(client, language):
    started = start(client, language=language, role="employee", country="BG")
    assert set(started) == {"id", "token", "resume_code"}
    pages = walk(client, started)
    assert pages == list(range(1, len(pages) + 1))
    finished = post(client, f"{BASE}/sessions/{started['id']}/finish", {}, started["token"])
    assert finished.status_code == 200
    result = get(client, f"{BASE}/sessions/{started['id']}/result", started["token"]).json()
    assert result == finished.json()
    assert len(result["skills"]) == 15
    assert {s["group"] for s in result["skills"]} == {"general", "soft", "problem-solving"}
    assert len(result["groups"]) == 3
    assert len(result["strengths"]) == 3 and len(result["development"]) == 3
    assert all(step["techniques"] for step in result["plan"])
    assert all(s["answered"] == s["items"] == 5 for s in result["skills"])
    # texts come in the session's language, not English
    from innospark.diagnostic.models import SkillText

    names = set(SkillText.objects.filter(language=language).values_list("name", flat=True))
    assert {s["name"] for s in result["skills"]} == names


def test_the_page_lists_items_with_type_text_and_five_options(client):
    started = start(client, language="hu")
    page = get(client, f"{BASE}/sessions/{started['id']}/page", started["token"]).json()
    assert page["page"] == 1 and page["pages"] == 8 + 3 and page["done"] is False
    assert len(page["items"]) == settings.DIAGNOSTIC_PAGE_SIZE
    first = page["items"][0]
    assert first["type"] == "likert"
    assert [o["value"] for o in first["options"]] == [1, 2, 3, 4, 5]
    assert first["options"][0]["label"] == in_language("hu", "Strongly disagree")


def test_answers_report_progress(client):
    started = start(client)
    page = get(client, f"{BASE}/sessions/{started['id']}/page", started["token"]).json()
    answers = [{"item": item["id"], "value": 2} for item in page["items"][:4]]
    body = post(
        client, f"{BASE}/sessions/{started['id']}/answers", {"answers": answers}, started["token"]
    ).json()
    assert body == {"answered": 4, "total": 75 + 2 + 5, "pages": 11, "next_page": 1, "done": False}


def test_a_resumed_session_continues_at_the_first_unanswered_page(client):
    started = start(client, language="et")
    for _ in range(3):  # answer pages 1 to 3
        page = get(client, f"{BASE}/sessions/{started['id']}/page", started["token"]).json()
        answers = [{"item": item["id"], "value": 3} for item in page["items"]]
        post(
            client,
            f"{BASE}/sessions/{started['id']}/answers",
            {"answers": answers},
            started["token"],
        )
    resumed = post(
        client, f"{BASE}/resume", {"code": started["resume_code"].lower().replace("-", " ")}
    )
    assert resumed.status_code == 200
    body = resumed.json()
    assert body["id"] == started["id"] and body["token"] != started["token"]
    page = get(client, f"{BASE}/sessions/{body['id']}/page", body["token"]).json()
    assert page["page"] == 4
    assert Answer.objects.filter(session_id=body["id"]).count() == 30
    # the previous token no longer works
    assert get(client, f"{BASE}/sessions/{started['id']}/page", started["token"]).status_code == 401


def test_finishing_an_incomplete_session_is_refused(client):
    started = start(client, language="it")
    response = post(client, f"{BASE}/sessions/{started['id']}/finish", {}, started["token"])
    assert response.status_code == 409
    assert "82" in response.json()["detail"]
    assert not Score.objects.exists()
    assert (
        get(client, f"{BASE}/sessions/{started['id']}/result", started["token"]).status_code == 409
    )


# --- bad input: a clear 4xx in the user's language, nothing stored, never a 500 -------------


def test_an_unknown_item_is_refused_and_nothing_is_saved(client):
    started = start(client, language="es")
    item = Item.objects.first().key
    answers = [{"item": item, "value": 3}, {"item": "no-such-item", "value": 3}]
    response = post(
        client, f"{BASE}/sessions/{started['id']}/answers", {"answers": answers}, started["token"]
    )
    assert response.status_code == 422
    assert response.json()["detail"] == in_language(
        "es", "There is no statement “%(item)s” in this test.", item="no-such-item"
    )
    assert not Answer.objects.exists()


@pytest.mark.parametrize("value", [0, 6, -3, "4", 2.5, True, ["x"]])
def test_an_out_of_range_value_is_refused(client, value):
    started = start(client, language="bg")
    item = Item.objects.first().key
    response = post(
        client,
        f"{BASE}/sessions/{started['id']}/answers",
        {"answers": [{"item": item, "value": value}]},
        started["token"],
    )
    assert response.status_code == 422
    assert not Answer.objects.exists()
    assert response.json()["detail"]


def test_answers_to_a_finished_session_are_refused(client):
    started = start(client, language="it")
    walk(client, started, value=5)
    post(client, f"{BASE}/sessions/{started['id']}/finish", {}, started["token"])
    item = Item.objects.first().key
    response = post(
        client,
        f"{BASE}/sessions/{started['id']}/answers",
        {"answers": [{"item": item, "value": 1}]},
        started["token"],
    )
    assert response.status_code == 409
    assert response.json()["detail"] == in_language(
        "it", "This test is already finished; its answers can no longer change."
    )
    assert Answer.objects.get(session_id=started["id"], item__key=item).value == 5


def test_a_missing_token_is_refused(client):
    started = start(client)
    response = get(client, f"{BASE}/sessions/{started['id']}/page", HTTP_ACCEPT_LANGUAGE="hu")
    assert response.status_code == 401
    assert response.json()["detail"] == in_language(
        "hu", "Send this session's token in the header “Authorization: Bearer <token>”."
    )


def test_a_wrong_token_is_refused(client):
    started = start(client)
    response = get(client, f"{BASE}/sessions/{started['id']}/page", "not-a-real-token")
    assert response.status_code == 401


def test_another_sessions_token_is_refused(client):
    mine, theirs = start(client), start(client)
    item = Item.objects.first().key
    response = post(
        client,
        f"{BASE}/sessions/{theirs['id']}/answers",
        {"answers": [{"item": item, "value": 3}]},
        mine["token"],
    )
    assert response.status_code == 403
    assert get(client, f"{BASE}/sessions/{theirs['id']}/result", mine["token"]).status_code == 403
    assert not Answer.objects.exists()


def test_malformed_json_is_refused_in_the_request_language(client):
    started = start(client, language="et")
    response = client.post(
        f"{BASE}/sessions/{started['id']}/answers",
        "{answers: [",
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {started['token']}",
        HTTP_ACCEPT_LANGUAGE="de, bg;q=0.8",
    )
    assert response.status_code == 400
    assert response.json()["detail"] == in_language("bg", "The request body is not valid JSON.")
    assert not Answer.objects.exists()


def test_a_body_of_the_wrong_shape_is_refused(client):
    started = start(client)
    response = post(
        client,
        f"{BASE}/sessions/{started['id']}/answers",
        {"answers": {"item": "x", "value": 3}},
        started["token"],
    )
    assert response.status_code == 422
    assert "answers" in response.json()["detail"]


def test_an_unknown_language_is_refused(client):
    response = post(client, f"{BASE}/sessions", {"language": "de"}, HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 422
    assert response.json()["detail"] == in_language(
        "it",
        "Unknown language “%(value)s”. Choose one of: %(choices)s.",
        value="de",
        choices="en, bg, it, es, et, hu",
    )
    assert not Session.objects.exists()


def test_an_unknown_role_is_refused(client):
    response = post(client, f"{BASE}/sessions", {"language": "en", "role": "ceo"})
    assert response.status_code == 422
    assert "ceo" in response.json()["detail"]
    assert not Session.objects.exists()


@pytest.mark.parametrize("code", ["AAAA-BBBB-CCCC", "short", ""])
def test_an_unknown_resume_code_is_refused(client, code):
    start(client)
    response = post(client, f"{BASE}/resume", {"code": code}, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 404
    assert response.json()["detail"] == in_language(
        "es", "No test matches this resume code. Check it and try again."
    )


def test_an_unknown_session_id_is_not_found(client):
    started = start(client)
    response = get(
        client, f"{BASE}/sessions/00000000-0000-0000-0000-000000000000/page", started["token"]
    )
    assert response.status_code == 404


def test_the_openapi_schema_describes_the_diagnostic(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    for path in [
        "/api/v1/diagnostic/sessions",
        "/api/v1/diagnostic/sessions/{session_id}/page",
        "/api/v1/diagnostic/sessions/{session_id}/answers",
        "/api/v1/diagnostic/sessions/{session_id}/finish",
        "/api/v1/diagnostic/sessions/{session_id}/result",
        "/api/v1/diagnostic/resume",
    ]:
        assert path in paths
