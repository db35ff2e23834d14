"""Participants join by code or QR link, without an account, in their own language."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from innospark.toolkit.models import TechniqueText
from innospark.workshops.models import Participant, Workshop

pytestmark = pytest.mark.django_db


def test_a_typed_code_leads_to_the_workshop_in_any_case_and_spacing(client, workshop):
    typed = f" {workshop.code[:3].lower()} {workshop.code[3:]} "
    response = client.get("/es/live/", {"code": typed})
    assert response.status_code == 302 and response["Location"] == f"/es/live/{workshop.code}/"


def test_a_participant_joins_without_an_account_and_sees_the_step_in_their_language(workshop, join):
    phone = join(workshop, "bg", name="  Ана  ")
    participant = Participant.objects.get()
    assert participant.name == "Ана" and participant.language == "bg"
    assert "_auth_user_id" not in phone.session
    assert len(participant.token_hash) == 64
    assert participant.token_hash not in str(dict(phone.session))  # only the hash is stored
    page = phone.get(f"/bg/live/{workshop.code}/").content.decode()
    step_bg = TechniqueText.objects.get(technique=workshop.technique, language="bg").steps[0]
    assert step_bg in page
    # The language switcher keeps the workshop, and the page follows it.
    assert f'href="/es/live/{workshop.code}/"' in page
    step_es = TechniqueText.objects.get(technique=workshop.technique, language="es").steps[0]
    assert step_es in phone.get(f"/es/live/{workshop.code}/").content.decode()


def test_a_new_browser_is_asked_to_take_part_first(client, workshop):
    page = client.get(f"/en/live/{workshop.code}/").content.decode()
    assert 'name="name"' in page and "Send idea" not in page
    assert not Participant.objects.exists()


def test_the_qr_link_follows_the_browsers_language(workshop):
    browser = Client(HTTP_ACCEPT_LANGUAGE="hu-HU,hu;q=0.9,en;q=0.5")
    response = browser.get(f"/live/{workshop.code.lower()}")
    assert response.status_code == 302 and response["Location"] == f"/hu/live/{workshop.code}/"
    response = Client(HTTP_ACCEPT_LANGUAGE="et").get("/live/nonsense-code")
    assert response["Location"] == "/et/live/"


def test_a_wrong_code_says_so_and_is_rate_limited(client, workshop):
    response = client.get("/en/live/", {"code": "ZZZZ22"})
    assert response.status_code == 404 and "no workshop with this code" in response.content.decode()
    assert client.get("/en/live/ZZZZ23/").status_code == 404
    limit = settings.RATE_LIMITS["live-code"][0]
    for _ in range(limit - 2):
        client.get("/en/live/", {"code": "ZZZZ24"})
    response = client.get("/en/live/", {"code": workshop.code})  # even the right one, for now
    assert response.status_code == 429 and "Too many wrong attempts" in response.content.decode()
    assert int(response["Retry-After"]) > 0
    assert client.get(f"/en/live/{workshop.code}/").status_code == 429


def test_an_expired_code_is_refused_with_a_clear_message(client, workshop, join):
    phone = join(workshop)
    Workshop.objects.filter(pk=workshop.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    response = client.get(f"/en/live/{workshop.code}/")
    assert response.status_code == 410 and "its code has expired" in response.content.decode()
    response = client.post(f"/en/live/{workshop.code}/", {"name": "Late"})
    assert response.status_code == 410 and Participant.objects.count() == 1
    # Someone who took part sees that it has ended, not an error.
    page = phone.get(f"/en/live/{workshop.code}/")
    assert page.status_code == 200 and "The workshop has ended" in page.content.decode()


def test_a_closed_workshop_takes_no_one_new(client, workshop, control):
    control(workshop, "close")
    response = client.get("/en/live/", {"code": workshop.code})
    assert response.status_code == 410 and "has closed this workshop" in response.content.decode()
    assert client.post(f"/en/live/{workshop.code}/", {"name": "x"}).status_code == 410


def test_a_name_that_is_too_long_is_refused(client, workshop):
    response = client.post(f"/en/live/{workshop.code}/", {"name": "x" * 41})
    assert response.status_code == 422 and not Participant.objects.exists()


def test_the_participant_poll_answers_204_until_the_stage_changes(workshop, join, control):
    phone = join(workshop, "es")
    stage = f"/es/live/{workshop.code}/stage/"
    first = phone.get(stage, {"v": "0"})
    assert first.status_code == 200 and 'role="timer"' in first.content.decode()
    assert phone.get(stage, {"v": str(workshop.stage_version)}).status_code == 204
    before = workshop.stage_version
    control(workshop, "next")
    assert workshop.stage_version == before + 1
    changed = phone.get(stage, {"v": str(before)})
    step_es = TechniqueText.objects.get(technique=workshop.technique, language="es").steps[1]
    assert changed.status_code == 200 and step_es in changed.content.decode()
    assert f"?v={workshop.stage_version}" in changed.content.decode()


def test_strangers_cannot_poll_or_post(client, workshop):
    assert client.get(f"/en/live/{workshop.code}/stage/").status_code == 404
    assert client.post(f"/en/live/{workshop.code}/ideas/", {"text": "hi"}).status_code == 404
    assert client.post(f"/en/live/{workshop.code}/votes/", {"idea": "1"}).status_code == 404
