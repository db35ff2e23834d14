"""Live workshops, with their participants, ideas and votes, are deleted
WORKSHOP_RETENTION_DAYS after they end; the facilitator is told when."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from innospark.workshops.models import Idea, Participant, Workshop
from innospark.workshops.services import workshop_start

pytestmark = pytest.mark.django_db


def test_workshops_go_after_the_retention_period(
    alice, technique, join, control, facilitator, settings
):
    settings.WORKSHOP_RETENTION_DAYS = 30
    now = timezone.now()
    expired, closed, live = (
        workshop_start(technique=technique, facilitator=alice, language="en") for _ in range(3)
    )
    for workshop in (expired, closed, live):
        control(workshop, "collect")
        join(workshop).post(f"/en/live/{workshop.code}/ideas/", {"text": "An idea"})
    Workshop.objects.filter(pk=expired.pk).update(expires_at=now - timedelta(days=31))
    Workshop.objects.filter(pk=closed.pk).update(
        phase="closed", closed_at=now - timedelta(days=31), expires_at=now - timedelta(days=29)
    )
    closed.refresh_from_db()
    assert closed.deleted_after.date() == (now - timedelta(days=1)).date()
    page = facilitator.get(f"/en/live/run/{live.pk}/").content.decode()
    assert "deleted on" in page

    call_command("purge_unfinished", verbosity=0)

    assert list(Workshop.objects.all()) == [live]
    assert Participant.objects.get().workshop == live and Idea.objects.get().workshop == live
