"""A person does an exercise: inputs saved as they go, bad input refused without losing
anything, a summary and a PDF at the end, and only their browser or account can see it."""

import re

import pytest
from django.test import Client

from innospark.toolkit.exercises import KINDS
from innospark.toolkit.models import Exercise, ExerciseRun, Technique

pytestmark = pytest.mark.django_db


def start(client, kind: str, language: str = "en") -> ExerciseRun:
    response = client.post(f"/{language}/toolkit/exercises/{kind}/start/")
    assert response.status_code == 302
    token = re.search(r"/runs/(\w+)/step/0/", response["Location"]).group(1)
    return ExerciseRun.objects.get(token=token)


def step_url(run, index: int, language: str = "en") -> str:
    return f"/{language}/toolkit/runs/{run.token}/step/{index}/"


def test_every_exercise_can_be_completed_in_every_language(client):
    for exercise in Exercise.objects.all():
        for language in ("en", "bg", "hu"):
            run = start(client, exercise.kind, language)
            for index, spec in enumerate(exercise.steps):
                page = client.get(step_url(run, index, language))
                assert page.status_code == 200
                assert f'data-seconds="{spec["seconds"]}"' in page.content.decode()
                data = {"action": "next", "value": "idea one\nidea two"}
                response = client.post(step_url(run, index, language), data)
                assert response.status_code == 302, (exercise.kind, language, index)
            run.refresh_from_db()
            assert run.completed_at is not None
            summary = client.get(f"/{language}/toolkit/runs/{run.token}/summary/")
            assert summary.status_code == 200, (exercise.kind, language)


def test_inputs_are_saved_as_the_person_types(client):
    run = start(client, "thirty-ideas")
    response = client.post(
        step_url(run, 1), {"action": "save", "value": "first\n\n  second  "}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "Saved at" in response.content.decode()
    run.refresh_from_db()
    assert run.inputs == {"1": ["first", "second"]}
    assert run.step == 0 and run.completed_at is None  # an autosave never moves the run
    page = client.get(step_url(run, 1)).content.decode()
    assert "first\nsecond</textarea>" in page


def test_an_oversized_line_is_refused_in_the_users_language_and_nothing_changes(client):
    run = start(client, "thirty-ideas", "it")
    client.post(step_url(run, 1, "it"), {"action": "save", "value": "prima idea"})
    response = client.post(step_url(run, 1, "it"), {"action": "next", "value": "x" * 400})
    assert response.status_code == 422
    body = response.content.decode()
    assert "300" in body and "Please keep" not in body  # translated
    assert "x" * 400 in body  # what was typed is shown again, not lost
    run.refresh_from_db()
    assert run.inputs == {"1": ["prima idea"]} and run.completed_at is None


def test_a_rating_outside_the_scale_is_refused(client):
    run = start(client, "impact-effort")
    client.post(step_url(run, 0), {"action": "next", "value": "dark mode\nsso"})
    response = client.post(step_url(run, 1), {"action": "next", "impact-0": "9", "effort-0": "1"})
    assert response.status_code == 422
    run.refresh_from_db()
    assert "1" not in run.inputs


def test_back_and_skip_move_between_steps(client):
    run = start(client, "five-whys")
    client.post(step_url(run, 0), {"action": "next", "value": "release late"})
    response = client.post(step_url(run, 1), {"action": "skip", "value": ""})
    assert response["Location"].endswith("/step/2/")
    response = client.post(step_url(run, 2), {"action": "back", "value": "tests flaky"})
    assert response["Location"].endswith("/step/1/")
    run.refresh_from_db()
    assert run.inputs["2"] == "tests flaky"


def test_the_summary_and_pdf_show_what_was_written(client):
    run = start(client, "reverse-brainstorming")
    values = [
        "fast docs search",
        "hide the search box\nuse jargon",
        "big search box\nplain words",
        "plain words",
    ]
    for index, value in enumerate(values):
        client.post(step_url(run, index), {"action": "next", "value": value})
    summary = client.get(f"/en/toolkit/runs/{run.token}/summary/").content.decode()
    assert "hide the search box" in summary and "Completed on" in summary
    pdf = client.get(f"/en/toolkit/runs/{run.token}/summary.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_another_browser_cannot_open_a_run(client):
    run = start(client, "five-whys")
    stranger = Client()
    assert stranger.get(step_url(run, 0)).status_code == 404
    assert stranger.get(f"/en/toolkit/runs/{run.token}/summary/").status_code == 404
    assert stranger.get(f"/en/toolkit/runs/{run.token}/summary.pdf").status_code == 404


def test_a_signed_in_person_sees_what_they_completed_and_when(client, alice, charlie):
    client.force_login(alice)
    run = start(client, "five-whys")
    assert run.user == alice
    for index in range(len(Exercise.objects.get(kind="five-whys").steps)):
        client.post(step_url(run, index), {"action": "next", "value": "because"})
    run.refresh_from_db()
    page = client.get("/en/toolkit/mine/").content.decode()
    assert "Five whys" in page and run.completed_at.strftime("%Y") in page
    outsider = Client()
    outsider.force_login(charlie)
    assert outsider.get(step_url(run, 0)).status_code == 404
    assert "Five whys" not in outsider.get("/en/toolkit/mine/").content.decode()


def test_runs_started_before_signing_in_are_kept(client, alice):
    run = start(client, "five-whys")
    client.post("/en/accounts/login/", {"username": "alice", "password": "correct-horse-battery"})
    run.refresh_from_db()
    assert run.user == alice


def test_remote_associates_checks_the_answers(client):
    run = start(client, "remote-associates")
    page = client.get(step_url(run, 0)).content.decode()
    problems = KINDS["remote-associates"].problems(run)
    assert problems[0].cues[0] in page
    answers = {"action": "next", "answer-0": problems[0].solution.upper(), "answer-1": "wrong"}
    client.post(step_url(run, 0), answers)
    client.post(step_url(run, 1), {"action": "next", "value": "first one came at once"})
    summary = client.get(f"/en/toolkit/runs/{run.token}/summary/").content.decode()
    assert f"You solved 1 of {len(problems)}" in summary


def test_alternative_uses_are_scored_by_the_scoring_engine(client):
    run = start(client, "alternative-uses", "es")
    ideas = "usarlo como pisapapeles\nconstruir una escultura\nmarcar el camino en el bosque"
    client.post(step_url(run, 0, "es"), {"action": "next", "value": ideas})
    client.post(step_url(run, 1, "es"), {"action": "next", "value": "la escultura"})
    summary = client.get(f"/es/toolkit/runs/{run.token}/summary/")
    extra = summary.context["extra"]["aut"]
    assert extra["fluency"] == 3
    assert all(1 <= idea["originality"] <= 5 for idea in extra["ideas"])


def test_the_random_word_is_the_same_on_every_visit_and_in_the_summary(client):
    run = start(client, "random-word", "et")
    first = client.get(step_url(run, 1, "et")).content.decode()
    again = client.get(step_url(run, 1, "et")).content.decode()
    word = re.search(r'<label for="value">(.*?)</label>', first, re.S).group(1)
    assert word == re.search(r'<label for="value">(.*?)</label>', again, re.S).group(1)
    assert "{word}" not in word


def test_facilitator_mode_shows_every_step_with_its_time(client):
    page = client.get("/bg/toolkit/techniques/scamper/facilitate/").content.decode()
    assert page.count('class="fac-step"') == len(Technique.objects.get(slug="scamper").step_minutes)
    assert "data-facilitate" in page and "toolkit/timer.js" in page
    page = client.get("/hu/toolkit/exercises/remote-associates/facilitate/").content.decode()
    assert 'class="fac-items"' in page  # the room sees the problems


def test_an_autosave_with_bad_input_shows_the_message_and_keeps_the_last_save(client):
    run = start(client, "thirty-ideas", "hu")
    client.post(step_url(run, 1, "hu"), {"action": "save", "value": "első ötlet"})
    response = client.post(
        step_url(run, 1, "hu"), {"action": "save", "value": "y" * 301}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200  # htmx swaps only 2xx answers into the page
    assert "field-error" in response.content.decode() and "300" in response.content.decode()
    run.refresh_from_db()
    assert run.inputs == {"1": ["első ötlet"]}
