"""Registrations are deleted EVENT_RETENTION_DAYS after the event; the feedback answers stay,
tied to the event and no longer to anyone, so the organisers keep their summary."""

import pytest
from django.core.management import call_command

from innospark.events.feedback import feedback_summary
from innospark.events.models import Event, FeedbackRequest, FeedbackResponse, Registration
from innospark.events.tests.conftest import link_in

from .test_feedback import answer, send

pytestmark = pytest.mark.django_db


def test_registrations_go_after_the_retention_period_and_feedback_stays(
    as_user, sam, client, make_event, settings, mailoutbox
):
    settings.EVENT_RETENTION_DAYS = 30
    old, recent, coming = make_event(days=-40), make_event(days=-20), make_event(days=5)
    for event in (old, recent, coming):
        for n in range(2):
            Registration.objects.create(
                event=event, name=f"P{n}", email=f"p{n}.{event.pk}@example.org", language="en",
                status="confirmed", cancel_token_hash=f"{n}-{event.pk}", calendar_uid=f"{n}-{event.pk}",
            )  # fmt: skip
    send(as_user(sam), old)
    links = [link_in(message, "feedback") for message in mailoutbox]
    assert answer(client, links[0], useful=2, comment="More hands-on time").status_code == 302
    before = feedback_summary(old)

    call_command("purge_unfinished", verbosity=0)

    assert not Registration.objects.filter(event=old).exists()
    assert Registration.objects.filter(event__in=[recent, coming]).count() == 4
    assert Event.objects.count() == 3
    # The summary is unchanged, and nothing left in it points at a person.
    assert feedback_summary(old) == before and before["responses"] == 1
    assert before["invited"] == 2 and before["comments"] == ["More hands-on time"]
    assert FeedbackRequest.objects.filter(registration__isnull=False).count() == 0
    assert FeedbackResponse.objects.get().request.event == old
    # The links no longer open a form.
    assert client.get(links[1]).status_code == 404
