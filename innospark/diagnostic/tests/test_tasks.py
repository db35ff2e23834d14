import json

import pytest
from django.core.management import call_command

from innospark.diagnostic import services
from innospark.diagnostic.models import Session
from innospark.diagnostic.task_models import PooledIdea, RatProblem, TaskResponse
from innospark.diagnostic.testing import answer_all
from innospark.diagnostic.tests.test_api import BASE, get, post, start

pytestmark = pytest.mark.django_db


def to_tasks(client, language="en"):
    started = start(client, language=language)
    answer_all(Session.objects.get(pk=started["id"]))
    return started


def test_every_session_draws_two_objects_and_five_problems_in_its_language():
    session = services.session_start(language="et").session
    kinds = [task["kind"] for task in session.tasks]
    assert kinds == ["aut", "aut", "rat", "rat", "rat", "rat", "rat"]
    assert len({task["ref"] for task in session.tasks if task["kind"] == "aut"}) == 2
    keys = [task["ref"] for task in session.tasks if task["kind"] == "rat"]
    assert set(RatProblem.objects.filter(key__in=keys).values_list("language", flat=True)) == {"et"}


def test_the_api_serves_task_pages_with_empty_options(client):
    started = to_tasks(client, "bg")
    page = get(client, f"{BASE}/sessions/{started['id']}/page", started["token"]).json()
    assert page["page"] == 9 and page["pages"] == 11
    (item,) = page["items"]
    assert item["id"] == "aut-1" and item["type"] == "aut" and item["options"] == []
    assert item["text"]


def test_ideas_and_words_are_scored_and_shown_in_the_result(client):
    started = to_tasks(client)
    token, sid = started["token"], started["id"]
    ideas = ["use it as a doorstop", "use it as a door stop", "", "a tiny bed for a hamster"]
    for key in ("aut-1", "aut-2"):
        response = post(
            client,
            f"{BASE}/sessions/{sid}/answers",
            {"answers": [{"item": key, "value": ideas}]},
            token,
        )
        assert response.status_code == 200, response.content
    session = Session.objects.get(pk=sid)
    problems = {
        t["key"]: RatProblem.objects.get(key=t["ref"]) for t in session.tasks if t["kind"] == "rat"
    }
    answers = [
        {"item": key, "value": p.solution.upper() if key == "rat-1" else "zzz"}
        for key, p in problems.items()
    ]
    body = post(client, f"{BASE}/sessions/{sid}/answers", {"answers": answers}, token).json()
    assert body["done"] is True
    result = post(client, f"{BASE}/sessions/{sid}/finish", {}, token).json()
    aut = result["tasks"]["aut"][0]
    assert aut["skipped"] is False and aut["fluency"] == 2
    assert 1 <= aut["originality"] <= 5 and aut["most_original"] and aut["feedback"]
    rat = result["tasks"]["rat"]
    assert (rat["problems"], rat["attempted"], rat["solved"]) == (5, 5, 1)
    assert 0 < rat["score"] < 100
    assert len(result["skills"]) == 15
    assert RatProblem.objects.get(pk=problems["rat-1"].pk).solved == 1
    assert PooledIdea.objects.filter(session_id=sid).count() == 4  # 2 unique ideas x 2 objects


def test_skip_skips_the_current_task_page_only(client):
    started = to_tasks(client, "it")
    body = post(
        client, f"{BASE}/sessions/{started['id']}/answers", {"skip": True}, started["token"]
    ).json()
    assert body["next_page"] == 10
    assert list(TaskResponse.objects.values_list("key", "skipped")) == [("aut-1", True)]


def test_statement_pages_cannot_be_skipped(client):
    started = start(client)
    response = post(
        client, f"{BASE}/sessions/{started['id']}/answers", {"skip": True}, started["token"]
    )
    assert response.status_code == 422
    assert not TaskResponse.objects.exists()


@pytest.mark.parametrize(
    ("item", "value"), [("aut-1", 5), ("aut-1", [1, 2]), ("rat-1", ["a"]), ("rat-1", "x" * 61)]
)
def test_a_task_answer_of_the_wrong_type_is_refused(client, item, value):
    started = to_tasks(client)
    response = post(
        client,
        f"{BASE}/sessions/{started['id']}/answers",
        {"answers": [{"item": item, "value": value}]},
        started["token"],
    )
    assert response.status_code == 422
    assert not TaskResponse.objects.exists()


def test_the_web_task_page_has_a_timer_and_saves_ideas(client):
    client.post("/en/diagnostic/", {})
    session = Session.objects.get()
    answer_all(session)
    html = client.get(f"/en/diagnostic/s/{session.id}/page/9/").content.decode()
    assert 'role="timer"' in html and 'data-seconds="120"' in html and "<textarea" in html
    response = client.post(
        f"/en/diagnostic/s/{session.id}/page/9/", {"aut-1": "doorstop\nbookend\n\n"}
    )
    assert response["Location"] == f"/en/diagnostic/s/{session.id}/page/10/"
    saved = TaskResponse.objects.get(session=session, key="aut-1")
    assert saved.value == ["doorstop", "bookend"] and saved.score["fluency"] == 2
    rat = client.get(f"/en/diagnostic/s/{session.id}/page/11/").content.decode()
    assert rat.count('data-seconds="30"') == 5


# --- score_aut and the scoring API ---------------------------------------------------------


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_score_aut_adds_originality_and_a_participant_summary(tmp_path):
    source = write(
        tmp_path / "in.csv",
        "participant,prompt,response,language\n"
        "p1,brick,build a wall,en\np1,brick,build a wall!,en\np1,brick,hamster bed,en\n"
        "p2,mattone,fermaporta,it\np2,mattone,,it\n",
    )
    call_command("score_aut", input=source, output=tmp_path / "out.csv")
    rows = (tmp_path / "out.csv").read_text().splitlines()
    assert rows[0] == "participant,prompt,response,language,originality"
    assert all(1 <= float(r.rsplit(",", 1)[1]) <= 5 for r in rows[1:5])
    assert rows[5].endswith(",")  # a blank response gets no score
    summary = (tmp_path / "out.participants.csv").read_text().splitlines()
    assert summary[0] == "participant,language,prompt,fluency,flexibility,originality"
    assert summary[1].startswith("p1,en,brick,2,")


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        ("prompt,answer\nbrick,wall\n", "utf-8", "missing column"),
        ("prompt,response\nbrick,mur épais\n", "latin-1", "not UTF-8"),
        ("", "utf-8", "empty"),
        ("prompt,response\n", "utf-8", "no rows"),
        ("prompt,response,language\nbrick,wall,de\n", "utf-8", "unknown language"),
    ],
)
def test_score_aut_explains_bad_input(tmp_path, content, encoding, message):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match=message):
        call_command(
            "score_aut",
            input=write(tmp_path / "in.csv", content, encoding),
            output=tmp_path / "out.csv",
        )
    assert not (tmp_path / "out.csv").exists()


def test_score_aut_handles_10000_rows(tmp_path):
    lines = ["prompt,response"] + [
        f"brick,use brick number {i} as a {w}"
        for i, w in zip(range(10_000), ["doorstop", "step", "weight", "pillow"] * 2500, strict=True)
    ]
    call_command(
        "score_aut", input=write(tmp_path / "in.csv", "\n".join(lines)), output=tmp_path / "out.csv"
    )
    assert len((tmp_path / "out.csv").read_text().splitlines()) == 10_001


def test_the_scoring_api_scores_each_response_and_summarises(client):
    body = {
        "language": "es",
        "prompt": "ladrillo",
        "responses": ["tope de puerta", "", "cama para un hámster"],
    }
    response = client.post("/api/v1/scoring/aut", json.dumps(body), content_type="application/json")
    assert response.status_code == 200
    data = response.json()
    assert [r["originality"] is None for r in data["responses"]] == [False, True, False]
    assert data["summary"]["fluency"] == 2


@pytest.mark.parametrize(
    "body",
    [
        {"language": "de", "prompt": "brick", "responses": ["x"]},
        {"prompt": "brick", "responses": []},
        {"prompt": " ", "responses": ["x"]},
    ],
)
def test_the_scoring_api_refuses_bad_input(client, body):
    response = client.post("/api/v1/scoring/aut", json.dumps(body), content_type="application/json")
    assert response.status_code == 422 and response.json()["detail"]


def test_calibrate_rat_uses_live_answers_from_50_on():
    problem = RatProblem.objects.filter(language="hu").first()
    other = RatProblem.objects.filter(language="hu").last()
    RatProblem.objects.filter(pk=problem.pk).update(attempts=60, solved=15)
    RatProblem.objects.filter(pk=other.pk).update(attempts=49, solved=49)
    call_command("calibrate_rat")
    problem.refresh_from_db()
    other.refresh_from_db()
    assert (problem.solve_rate, problem.calibrated) == (0.25, True)
    assert other.calibrated is False
    call_command("load_content")  # reloading the files keeps the calibrated rate
    problem.refresh_from_db()
    assert problem.solve_rate == 0.25
