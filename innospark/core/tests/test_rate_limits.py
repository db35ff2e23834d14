"""Guessing secrets is rate limited: resume codes, join codes, sign-in and API keys. Only
failures count, the refusal is in the user's language, and a refused attempt changes nothing."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from innospark.core.models import Throttle
from innospark.diagnostic.models import Session
from innospark.diagnostic.services import session_start
from innospark.organisations.models import ApiKey
from innospark.organisations.services import (
    api_key_create,
    campaign_create,
    organisation_create,
)

pytestmark = pytest.mark.django_db
WRONG_CODE = "ZZZZ-ZZZZ-ZZZZ"


def _limit(scope: str) -> int:
    return settings.RATE_LIMITS[scope][0]


def test_wrong_resume_codes_are_refused_after_the_limit_in_the_users_language():
    client = Client()
    for _ in range(_limit("resume")):
        assert client.post("/bg/diagnostic/resume/", {"code": WRONG_CODE}).status_code == 404
    started = session_start(language="bg")
    response = client.post("/bg/diagnostic/resume/", {"code": started.resume_code})
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Твърде много" in body and "Too many" not in body
    # Refused before the lookup: the right code did not reach the session either.
    assert str(started.session.id) not in str(client.session.items())


def test_right_resume_codes_never_count():
    started = session_start(language="en")
    client = Client()
    for _ in range(_limit("resume") * 3):
        response = client.post("/en/diagnostic/resume/", {"code": started.resume_code})
        assert response.status_code == 302
    assert not Throttle.objects.exists()


def test_the_limit_is_per_client_and_per_window():
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(_limit("resume")):
        attacker.post("/en/diagnostic/resume/", {"code": WRONG_CODE})
    assert attacker.post("/en/diagnostic/resume/", {"code": WRONG_CODE}).status_code == 429
    someone_else = Client(REMOTE_ADDR="198.51.100.7")
    assert someone_else.post("/en/diagnostic/resume/", {"code": WRONG_CODE}).status_code == 404
    # The next window starts afresh; expired counters are purged.
    window = settings.RATE_LIMITS["resume"][1]
    for row in Throttle.objects.all():
        row.window_start = row.window_start - timedelta(seconds=window)
        row.save()
    assert attacker.post("/en/diagnostic/resume/", {"code": WRONG_CODE}).status_code == 404
    stored = Throttle.objects.values_list("client", flat=True)
    assert all("203.0.113.9" not in client for client in stored)  # addresses are hashed


def test_resume_codes_through_the_api_and_the_claim_form_share_the_limit(alice):
    client = Client()
    for _ in range(_limit("resume") - 1):
        response = client.post(
            "/api/v1/diagnostic/resume", {"code": WRONG_CODE}, content_type="application/json"
        )
        assert response.status_code == 404
    client.force_login(alice)
    assert client.post("/en/accounts/claim/", {"code": WRONG_CODE}).status_code == 400
    response = client.post(
        "/api/v1/diagnostic/resume",
        {"code": WRONG_CODE},
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="es",
    )
    assert response.status_code == 429 and "Demasiados" in response.json()["detail"]
    assert client.post("/en/accounts/claim/", {"code": WRONG_CODE}).status_code == 429


def test_wrong_join_codes_are_refused_after_the_limit(alice):
    organisation = organisation_create(name="Blue Software", owner=alice)
    campaign = campaign_create(organisation=organisation, name="Team A", languages=["en"])
    client = Client()
    for _ in range(_limit("join") - 1):
        assert client.get("/en/join/ZZZZ9999/").status_code == 404
    response = client.post(
        "/api/v1/diagnostic/sessions",
        {"language": "en", "join_code": "ZZZZ9999"},
        content_type="application/json",
    )
    assert response.status_code == 422
    before = Session.objects.count()
    assert client.get(f"/en/join/{campaign.join_code}/").status_code == 429
    response = client.post(
        "/api/v1/diagnostic/sessions",
        {"language": "en", "join_code": campaign.join_code},
        content_type="application/json",
    )
    assert response.status_code == 429 and Session.objects.count() == before


def test_sign_in_is_limited_per_connection_and_per_user_name(alice):
    client = Client()
    for _ in range(_limit("login")):
        response = client.post("/et/accounts/login/", {"username": "alice", "password": "nope"})
        assert response.status_code == 200  # the form again, with its error
    response = client.post(
        "/et/accounts/login/", {"username": "alice", "password": "correct-horse-battery"}
    )
    assert response.status_code == 429 and "_auth_user_id" not in client.session
    # From many connections, one user name is still limited.
    for n in range(_limit("login-user") - _limit("login")):
        Client(REMOTE_ADDR=f"192.0.2.{n + 1}").post(
            "/en/accounts/login/", {"username": "ALICE ", "password": "nope"}
        )
    fresh = Client(REMOTE_ADDR="192.0.2.200")
    response = fresh.post(
        "/en/accounts/login/", {"username": "alice", "password": "correct-horse-battery"}
    )
    assert response.status_code == 429


def test_a_right_password_after_a_few_wrong_ones_signs_in(alice):
    client = Client()
    for _ in range(3):
        client.post("/en/accounts/login/", {"username": "alice", "password": "nope"})
    response = client.post(
        "/en/accounts/login/", {"username": "alice", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302 and client.session["_auth_user_id"] == str(alice.pk)


def test_wrong_api_keys_and_session_tokens_are_limited(alice):
    organisation = organisation_create(name="Blue Software", owner=alice)
    key = api_key_create(organisation=organisation, name="HR")
    campaign = campaign_create(organisation=organisation, name="Team A", languages=["en"])
    summary = f"/api/v1/campaigns/{campaign.pk}/summary"
    session = session_start(language="en").session
    client = Client()
    for n in range(_limit("api-key") // 2):
        assert client.get(summary, HTTP_X_API_KEY=f"isk_wrong{n}").status_code == 401
        response = client.get(
            f"/api/v1/diagnostic/sessions/{session.id}/page", HTTP_AUTHORIZATION=f"Bearer x{n}"
        )
        assert response.status_code == 401
    response = client.get(summary, HTTP_X_API_KEY=key.secret)
    assert response.status_code == 429 and response["Retry-After"]
    assert ApiKey.objects.get().last_used_at is None  # refused before the key was looked up
    assert (
        Client(REMOTE_ADDR="198.51.100.7").get(summary, HTTP_X_API_KEY=key.secret).status_code
        == 200
    )


def test_purge_deletes_only_expired_counters():
    client = Client()
    client.post("/en/diagnostic/resume/", {"code": WRONG_CODE})
    call_command("purge_unfinished", verbosity=0)
    assert Throttle.objects.count() == 1
    Throttle.objects.update(window_start="2020-01-01T00:00:00Z")
    call_command("purge_unfinished", verbosity=0)
    assert not Throttle.objects.exists()
