"""The facilitator's screen: only theirs; the controls change what every screen shows."""

import pytest
from django.test import Client

from innospark.toolkit.models import TechniqueText
from innospark.workshops.models import Phase, Workshop

from .conftest import HTMX

pytestmark = pytest.mark.django_db


def test_outsiders_get_404_on_every_facilitator_url(workshop, charlie, client):
    outsider = Client()
    outsider.force_login(charlie)
    base = f"/en/live/run/{workshop.pk}/"
    for url in (base, base + "stage/", base + "wall/", base + "results.csv", base + "results.pdf"):
        assert outsider.get(url).status_code == 404, url
    assert outsider.post(base + "control/", {"action": "next"}).status_code == 404
    assert client.get(base + "stage/").status_code == 404  # anonymous polls
    assert client.get(base).status_code == 302  # anonymous page: sign in first
    workshop.refresh_from_db()
    assert workshop.step == 0


def test_the_screen_shows_the_step_with_the_big_timer(facilitator, workshop):
    page = facilitator.get(f"/en/live/run/{workshop.pk}/").content.decode()
    text = TechniqueText.objects.get(technique=workshop.technique, language="en")
    assert text.steps[0] in page and "Step 1 of 5" in page
    assert 'class="step-timer big"' in page and ">5:00<" in page
    assert "toolkit/timer.js" in page and 'hx-trigger="every 1s"' in page


def test_steps_move_and_restart_the_timer(workshop, control, clock):
    control(workshop, "next")
    assert workshop.step == 1 and workshop.timer_total == 5 * 60
    control(workshop, "next", "next", "next", "next", "next")
    assert workshop.step == 4  # the last step; no further
    control(workshop, "previous")
    assert workshop.step == 3 and workshop.timer_total == 10 * 60
    assert workshop.seconds_left() == 10 * 60


def test_pause_resume_and_a_minute_more(workshop, control, clock):
    clock.advance(seconds=100)
    control(workshop, "pause")
    assert not workshop.timer_running and workshop.timer_left == 200
    clock.advance(seconds=500)  # paused: no time passes for the timer
    assert workshop.seconds_left() == 200
    control(workshop, "add")
    assert workshop.timer_left == 260
    control(workshop, "resume")
    clock.advance(seconds=60)
    assert workshop.timer_running and workshop.seconds_left() == 200
    clock.advance(seconds=300)  # time is up; a minute more counts from now
    control(workshop, "add")
    assert workshop.seconds_left() == 60


def test_collection_belongs_to_one_step(workshop, control):
    control(workshop, "collect")
    assert workshop.collecting and workshop.collecting_step == 0
    control(workshop, "next")
    assert not workshop.collecting
    control(workshop, "collect", "stop")
    assert not workshop.collecting


def test_voting_needs_ideas_and_closing_ends_the_workshop(facilitator, workshop, control):
    response = facilitator.post(
        f"/en/live/run/{workshop.pk}/control/", {"action": "voting"}, **HTMX
    )
    assert "no ideas to vote on" in response.content.decode()
    response = facilitator.post(f"/en/live/run/{workshop.pk}/control/", {"action": "voting"})
    assert response.status_code == 409
    workshop.refresh_from_db()
    assert workshop.phase == Phase.STEPS
    control(workshop, "close")
    assert workshop.phase == Phase.CLOSED and workshop.closed_at is not None
    response = facilitator.post(f"/en/live/run/{workshop.pk}/control/", {"action": "next"})
    assert response.status_code == 410
    assert Workshop.objects.get(pk=workshop.pk).step == 0


def test_an_unknown_action_changes_nothing(facilitator, workshop):
    response = facilitator.post(f"/en/live/run/{workshop.pk}/control/", {"action": "dance"})
    assert response.status_code == 400
    assert Workshop.objects.get(pk=workshop.pk).version == workshop.version


def test_polls_answer_204_while_nothing_changed(facilitator, workshop, control):
    stage = f"/en/live/run/{workshop.pk}/stage/"
    wall = f"/en/live/run/{workshop.pk}/wall/"
    assert facilitator.get(stage, {"v": str(workshop.stage_version)}).status_code == 204
    assert facilitator.get(wall, {"v": str(workshop.version)}).status_code == 204
    old = workshop.version
    control(workshop, "pause")
    response = facilitator.get(wall, {"v": str(old)})
    assert response.status_code == 200 and f"?v={workshop.version}" in response.content.decode()
    assert "Timer paused." in facilitator.get(stage, {"v": "1"}).content.decode()
