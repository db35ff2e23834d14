"""Secrets do not live for ever: API session tokens, resume codes, API keys, invitations and
sign-ins expire after the periods set in settings, with a message saying what to do."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session as SignIn
from django.core import mail
from django.test import Client
from django.utils import timezone

from innospark.diagnostic.models import Session
from innospark.diagnostic.services import session_start
from innospark.organisations.models import ApiKey, Invitation, Membership
from innospark.organisations.services import (
    api_key_create,
    campaign_create,
    organisation_create,
)

pytestmark = pytest.mark.django_db


def _page(client, session_id, token):
    return client.get(
        f"/api/v1/diagnostic/sessions/{session_id}/page", HTTP_AUTHORIZATION=f"Bearer {token}"
    )


def test_an_old_api_token_is_refused_and_resuming_gives_a_new_one(client):
    started = session_start(language="it")
    assert _page(client, started.session.id, started.token).status_code == 200
    Session.objects.filter(pk=started.session.pk).update(
        token_issued_at=timezone.now() - timedelta(hours=settings.API_TOKEN_HOURS, minutes=1)
    )
    response = _page(client, started.session.id, started.token)
    assert response.status_code == 401
    assert str(settings.API_TOKEN_HOURS) in response.json()["detail"]
    assert "/api/v1/diagnostic/resume" in response.json()["detail"]
    resumed = client.post(
        "/api/v1/diagnostic/resume", {"code": started.resume_code}, content_type="application/json"
    )
    assert resumed.status_code == 200
    assert _page(client, started.session.id, resumed.json()["token"]).status_code == 200


def test_an_old_resume_code_is_refused_and_changes_nothing(client):
    started = session_start(language="hu")
    Session.objects.filter(pk=started.session.pk).update(
        resume_issued_at=timezone.now() - timedelta(days=settings.RESUME_CODE_DAYS, minutes=1)
    )
    before = Session.objects.get(pk=started.session.pk).token_hash
    response = client.post(
        "/api/v1/diagnostic/resume", {"code": started.resume_code}, content_type="application/json"
    )
    assert response.status_code == 404
    assert str(settings.RESUME_CODE_DAYS) in response.json()["detail"]
    assert Session.objects.get(pk=started.session.pk).token_hash == before
    web = client.post("/hu/diagnostic/resume/", {"code": started.resume_code})
    assert web.status_code == 404 and str(settings.RESUME_CODE_DAYS) in web.content.decode()


def test_a_resume_code_lasts_its_whole_period(client):
    started = session_start(language="en")
    Session.objects.filter(pk=started.session.pk).update(
        resume_issued_at=timezone.now() - timedelta(days=settings.RESUME_CODE_DAYS - 1)
    )
    response = client.post("/en/diagnostic/resume/", {"code": started.resume_code})
    assert response.status_code == 302


def test_an_expired_api_key_is_refused_with_its_date(alice, client):
    organisation = organisation_create(name="Blue Software", owner=alice)
    campaign = campaign_create(organisation=organisation, name="Team A", languages=["en"])
    key = api_key_create(organisation=organisation, name="HR")
    lifetime = key.api_key.expires_at - key.api_key.created_at
    assert abs(lifetime - timedelta(days=settings.API_KEY_DAYS)) < timedelta(minutes=1)
    url = f"/api/v1/campaigns/{campaign.pk}/summary"
    assert client.get(url, HTTP_X_API_KEY=key.secret).status_code == 200
    ApiKey.objects.update(expires_at=timezone.now() - timedelta(days=1))
    response = client.get(url, HTTP_X_API_KEY=key.secret)
    assert response.status_code == 401
    expired_on = (timezone.now() - timedelta(days=1)).date().isoformat()
    assert expired_on in response.json()["detail"]


def test_an_old_invitation_cannot_be_accepted(alice, charlie):
    organisation = organisation_create(name="Blue Software", owner=alice)
    owner = Client()
    owner.force_login(alice)
    owner.post(
        f"/en/organisations/{organisation.slug}/invite/",
        {"email": "charlie@example.org", "role": "viewer"},
    )
    link = next(word for word in mail.outbox[-1].body.split() if "/invitations/" in word)
    Invitation.objects.update(
        created_at=timezone.now() - timedelta(days=settings.INVITATION_DAYS + 1)
    )
    guest = Client()
    guest.force_login(charlie)
    response = guest.get(link.replace("http://testserver", ""), follow=True)
    assert f"{settings.INVITATION_DAYS} days" in response.content.decode()
    assert not Membership.objects.filter(user=charlie).exists()


def test_a_sign_in_lasts_session_days_then_ends(alice):
    client = Client()
    client.post("/en/accounts/login/", {"username": "alice", "password": "correct-horse-battery"})
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert client.get("/en/accounts/").status_code == 200
    SignIn.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/en/accounts/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
