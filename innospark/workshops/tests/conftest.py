"""Named people for every workshop test: alice facilitates, charlie is a signed-in outsider,
and participants are anonymous browsers (one Django test client each)."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from innospark.toolkit.models import Technique
from innospark.workshops.services import workshop_start

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def technique():
    return Technique.objects.get(slug="brainwriting-635")


@pytest.fixture
def workshop(alice, technique):
    return workshop_start(technique=technique, facilitator=alice, language="en", question="How?")


@pytest.fixture
def facilitator(alice):
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def join():
    """A new browser that joins the workshop in a language, under an optional name."""

    def joined(workshop, language="en", name=""):
        client = Client()
        response = client.post(f"/{language}/live/{workshop.code}/", {"name": name})
        assert response.status_code == 302, response.content.decode()[:500]
        return client

    return joined


@pytest.fixture
def control(facilitator):
    def act(workshop, *actions):
        for action in actions:
            response = facilitator.post(
                f"/en/live/run/{workshop.pk}/control/", {"action": action}, **HTMX
            )
            assert response.status_code == 200
            assert 'role="alert"' not in response.content.decode(), action
        workshop.refresh_from_db()
        return workshop

    return act


@pytest.fixture
def clock(monkeypatch):
    """Time that moves only when the test says so."""

    class Clock:
        now = timezone.now()

        def advance(self, **delta):
            self.now += timedelta(**delta)

    moment = Clock()
    monkeypatch.setattr(timezone, "now", lambda: moment.now)
    return moment
