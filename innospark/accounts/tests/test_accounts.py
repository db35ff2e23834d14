import json

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from innospark.diagnostic import services
from innospark.diagnostic.models import Answer, Session
from innospark.diagnostic.testing import answer_all, finished_session, skip_tasks

pytestmark = pytest.mark.django_db


def browser_with_session(language="en"):
    client = Client()
    client.post(f"/{language}/diagnostic/", {})
    session = Session.objects.latest("created_at")
    return client, session


def test_signing_up_claims_the_tests_taken_in_this_browser():
    client, session = browser_with_session()
    response = client.post(
        "/en/accounts/signup/",
        {
            "username": "dora",
            "password1": "a-long-enough-password",
            "password2": "a-long-enough-password",
        },
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.user.username == "dora"


def test_signing_in_claims_the_tests_taken_in_this_browser(alice):
    client, session = browser_with_session()
    client.post("/en/accounts/login/", {"username": "alice", "password": "correct-horse-battery"})
    session.refresh_from_db()
    assert session.user == alice


def test_a_bad_sign_up_is_explained_and_creates_nothing():
    response = Client().post(
        "/hu/accounts/signup/", {"username": "x", "password1": "a", "password2": "b"}
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not get_user_model().objects.exists()


def test_a_test_is_claimed_by_resume_code(alice, client):
    started = services.session_start(language="en")
    client.force_login(alice)
    response = client.post("/en/accounts/claim/", {"code": started.resume_code})
    assert response.status_code == 302
    started.session.refresh_from_db()
    assert started.session.user == alice


def test_another_accounts_test_cannot_be_claimed(alice, charlie, client):
    started = services.session_start(language="en", user=alice)
    client.force_login(charlie)
    response = client.post("/en/accounts/claim/", {"code": started.resume_code})
    assert response.status_code == 400
    started.session.refresh_from_db()
    assert started.session.user == alice


def test_history_shows_per_skill_change_between_attempts(alice, client):
    first = finished_session(2, user=alice)
    client.force_login(alice)
    response = client.post(f"/en/accounts/retake/{first.id}/")
    retake = Session.objects.exclude(pk=first.pk).get()
    assert response["Location"] == f"/en/diagnostic/s/{retake.id}/page/1/"
    assert retake.user == alice and retake.language == first.language
    answer_all(retake, 5)
    skip_tasks(retake)
    services.session_finish(session=retake)
    html = client.get("/en/accounts/").content.decode()
    assert "Originality: +" in html
    result = client.get(f"/en/diagnostic/s/{retake.id}/result/").content.decode()
    assert "Change since last time" in result


def test_an_owned_test_is_hidden_from_everyone_else(alice, charlie):
    session = finished_session(user=alice)
    outsider = Client()
    outsider.force_login(charlie)
    assert outsider.get(f"/en/diagnostic/s/{session.id}/result/").status_code == 404
    assert outsider.post(f"/en/accounts/retake/{session.id}/").status_code == 404
    assert Client().get(f"/en/diagnostic/s/{session.id}/result/").status_code == 404


def test_export_gives_all_my_data_as_json(alice, charlie, client):
    mine = finished_session(3, user=alice, country="IT")
    finished_session(5, user=charlie)
    client.force_login(alice)
    response = client.get("/en/accounts/export/")
    assert response["Content-Type"] == "application/json"
    data = json.loads(response.content)
    assert data["account"]["username"] == "alice"
    assert [s["id"] for s in data["sessions"]] == [str(mine.id)]
    assert len(data["sessions"][0]["answers"]) == 75
    assert set(data["sessions"][0]["answers"].values()) == {3}
    assert data["sessions"][0]["country"] == "IT"
    assert set(data["sessions"][0]["tasks"]) == {t["key"] for t in mine.tasks}
    assert all(task["skipped"] for task in data["sessions"][0]["tasks"].values())


def test_deleting_my_account_deletes_my_tests_and_answers(alice, charlie, client):
    finished_session(user=alice)
    theirs = finished_session(user=charlie)
    client.force_login(alice)
    assert (
        client.post("/en/accounts/delete/", {}).status_code == 400
    )  # not confirmed: nothing happens
    assert get_user_model().objects.filter(username="alice").exists()
    response = client.post("/en/accounts/delete/", {"confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="alice").exists()
    assert list(Session.objects.all()) == [theirs]
    assert Answer.objects.filter(session=theirs).count() == 75
    assert Answer.objects.count() == 75


def test_account_pages_need_a_sign_in(client):
    for path in ("/en/accounts/", "/en/accounts/export/", "/en/accounts/delete/"):
        response = client.get(path)
        assert response.status_code == 302 and "/en/accounts/login/" in response["Location"]
