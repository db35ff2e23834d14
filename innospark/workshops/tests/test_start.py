"""A signed-in facilitator starts a live workshop from a technique for groups."""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from innospark.organisations.services import CODE_ALPHABET
from innospark.toolkit.models import Technique, TechniqueText
from innospark.workshops.models import Workshop
from innospark.workshops.services import workshop_start

pytestmark = pytest.mark.django_db


def test_group_techniques_offer_a_live_run_and_solo_ones_do_not(client, technique):
    assert (
        "/en/live/start/brainwriting-635/"
        in client.get(technique.get_absolute_url()).content.decode()
    )
    assert (
        "/en/live/start/brainwriting-635/"
        in client.get(f"/en/toolkit/techniques/{technique.slug}/facilitate/").content.decode()
    )
    solo = Technique.objects.create(slug="solo", group_max=1, step_minutes=[5])
    TechniqueText.objects.create(
        technique=solo, language="en", name="Solo", purpose="p", steps=["s"]
    )
    assert "/live/start/" not in client.get(solo.get_absolute_url()).content.decode()


def test_a_technique_for_one_person_cannot_run_live(facilitator):
    Technique.objects.create(slug="solo", group_max=1, step_minutes=[5])
    assert facilitator.get("/en/live/start/solo/").status_code == 404


def test_starting_needs_an_account(client, technique):
    response = client.get(f"/en/live/start/{technique.slug}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_facilitator_starts_a_workshop_with_a_code_and_a_running_timer(facilitator, alice):
    page = facilitator.get("/bg/live/start/brainwriting-635/")
    assert page.status_code == 200 and "Метод 6-3-5" in page.content.decode()
    response = facilitator.post(
        "/bg/live/start/brainwriting-635/", {"question": "  Как да   помогнем? ", "votes": "4"}
    )
    workshop = Workshop.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/bg/live/run/{workshop.pk}/"
    assert workshop.facilitator == alice and workshop.language == "bg"
    assert workshop.question == "Как да помогнем?" and workshop.votes_per_participant == 4
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{6}}", workshop.code)
    assert workshop.step == 0 and workshop.timer_total == 5 * 60 and workshop.timer_running
    hours = (workshop.expires_at - timezone.now()) / timedelta(hours=1)
    assert settings.WORKSHOP_HOURS - 0.1 < hours <= settings.WORKSHOP_HOURS
    screen = facilitator.get(response["Location"]).content.decode()
    assert workshop.code in screen and f"/live/{workshop.code}" in screen
    assert 'src="data:image/svg+xml' in screen  # the QR code


def test_bad_settings_are_refused(facilitator):
    response = facilitator.post("/en/live/start/brainwriting-635/", {"votes": "0"})
    assert response.status_code == 422 and not Workshop.objects.exists()
    response = facilitator.post(
        "/en/live/start/brainwriting-635/", {"votes": "3", "question": "x" * 201}
    )
    assert response.status_code == 422 and not Workshop.objects.exists()


def test_an_expired_workshop_gives_its_code_up(alice, technique):
    old = workshop_start(technique=technique, facilitator=alice, language="en")
    Workshop.objects.filter(pk=old.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    live = workshop_start(technique=technique, facilitator=alice, language="en")
    old.refresh_from_db()
    assert old.code is None and live.code
    assert list(Workshop.objects.live()) == [live]
