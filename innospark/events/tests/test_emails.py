"""The e-mails registrants get, with their calendar files: confirmation and promotion carry a
REQUEST, a cancellation a CANCEL with the same UID and a higher SEQUENCE, the waitlist notice
none."""

from dataclasses import replace
from datetime import UTC, timedelta

import pytest
from icalendar import Calendar

from innospark.events.models import Registration
from innospark.events.services import (
    UnknownToken,
    event_create,
    event_update,
    registration_cancel,
    registration_create,
    registration_for_token,
)
from innospark.events.tests.conftest import event_details, token_in

pytestmark = pytest.mark.django_db


def attachment(message):
    """(content type header, parsed VEVENT, METHOD) of the message's calendar attachment."""
    parts = [
        part for part in message.message().walk() if part.get_content_type() == "text/calendar"
    ]
    if not parts:
        return None
    [part] = parts
    raw = part.get_payload(decode=True)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    cal = Calendar.from_ical(raw)
    [event] = cal.walk("VEVENT")
    return part["Content-Type"], event, str(cal["METHOD"])


def test_the_confirmation_carries_a_calendar_request(make_event, mailoutbox):
    event = make_event(venue="Sofia Tech Park", online_url="https://meet.example.org/x")
    registration = registration_create(
        event=event, name="Ada", email="ada@example.org", language="en"
    )
    content_type, vevent, method = attachment(mailoutbox[0])
    assert method == "REQUEST" and 'method="REQUEST"' in content_type
    assert str(vevent["UID"]) == registration.calendar_uid and int(vevent["SEQUENCE"]) == 0
    assert vevent.decoded("DTSTART") == event.starts_at.astimezone(UTC).replace(microsecond=0)
    assert vevent.decoded("DTEND") == event.ends_at.astimezone(UTC).replace(microsecond=0)
    assert str(vevent["SUMMARY"]) == "Idea sprint [en]"
    assert str(vevent["LOCATION"]) == "Sofia Tech Park, Bulgaria · https://meet.example.org/x"
    assert str(vevent["URL"]).endswith(f"/en/events/{event.slug}/")
    assert "https://meet.example.org/x" in mailoutbox[0].body  # people with a place get the link


def test_the_waitlist_notice_has_no_calendar_and_no_online_link(make_event, mailoutbox):
    event = make_event(capacity=1, online_url="https://meet.example.org/x")
    registration_create(event=event, name="Ada", email="ada@example.org", language="en")
    registration_create(event=event, name="Ben", email="ben@example.org", language="en")
    notice = mailoutbox[1]
    assert "waitlist" in notice.subject and attachment(notice) is None
    assert "https://meet.example.org/x" not in notice.body


def test_cancelling_sends_a_cancel_with_the_same_uid_and_a_higher_sequence(make_event, mailoutbox):
    event = make_event()
    registration_create(event=event, name="Ada", email="ada@example.org", language="en")
    registration_cancel(token=token_in(mailoutbox[0]))
    _type, invite, _method = attachment(mailoutbox[0])
    content_type, cancel, method = attachment(mailoutbox[1])
    assert method == "CANCEL" and 'method="CANCEL"' in content_type
    assert str(cancel["UID"]) == str(invite["UID"])
    assert int(cancel["SEQUENCE"]) == int(invite["SEQUENCE"]) + 1
    assert str(cancel["STATUS"]) == "CANCELLED"
    assert Registration.objects.get().calendar_sequence == 1


def test_leaving_the_waitlist_sends_a_cancellation_without_a_calendar(make_event, mailoutbox):
    event = make_event(capacity=1)
    registration_create(event=event, name="Ada", email="ada@example.org", language="en")
    registration_create(event=event, name="Ben", email="ben@example.org", language="en")
    registration_cancel(token=token_in(mailoutbox[1]))
    assert "cancelled" in mailoutbox[2].subject and attachment(mailoutbox[2]) is None


def test_a_promotion_carries_a_calendar_request(make_event, mailoutbox):
    event = make_event(capacity=1)
    registration_create(event=event, name="Ada", email="ada@example.org", language="en")
    ben = registration_create(event=event, name="Ben", email="ben@example.org", language="en")
    registration_cancel(token=token_in(mailoutbox[0]))
    promotion = mailoutbox[-1]
    assert promotion.to == ["ben@example.org"]
    _type, vevent, method = attachment(promotion)
    assert method == "REQUEST" and str(vevent["UID"]) == ben.calendar_uid


def test_a_new_time_sends_an_updated_invitation_and_new_links(make_event, sam, mailoutbox):
    details = event_details(capacity=1, online_url="https://meet.example.org/x")
    event = event_create(organiser=None, details=details)
    ada = registration_create(event=event, name="Ada", email="ada@example.org", language="bg")
    registration_create(event=event, name="Ben", email="ben@example.org", language="en")
    old_tokens = [token_in(message) for message in mailoutbox]
    # A new title alone changes no calendar entry: nobody is e-mailed.
    renamed = replace(details, texts={code: ("Renamed", "New words") for code in ("en", "bg")})
    event_update(event=event, user=sam, details=renamed)
    assert len(mailoutbox) == 2
    later = replace(details, starts_at=details.starts_at + timedelta(days=2),
                    ends_at=details.ends_at + timedelta(days=2))  # fmt: skip
    event_update(event=event, user=sam, details=later)
    to_ada, to_ben = sorted(mailoutbox[2:], key=lambda message: message.to)
    _type, vevent, method = attachment(to_ada)
    assert method == "REQUEST" and str(vevent["UID"]) == ada.calendar_uid
    assert int(vevent["SEQUENCE"]) == 1
    assert vevent.decoded("DTSTART") == later.starts_at.astimezone(UTC).replace(microsecond=0)
    assert "нов час или място" in to_ada.subject and "meet.example.org" in to_ada.body
    assert "new time or place" in to_ben.subject and attachment(to_ben) is None
    assert "still on the waitlist" in to_ben.body and "meet.example.org" not in to_ben.body
    # The old cancel links are replaced by the new ones.
    for token in old_tokens:
        with pytest.raises(UnknownToken):
            registration_for_token(token)
    assert registration_cancel(token=token_in(to_ben)).email == "ben@example.org"
    assert registration_for_token(token_in(to_ada)).pk == ada.pk


def test_no_updates_once_the_event_has_ended(make_event, sam, mailoutbox):
    event = make_event(days=-1, deadline_days=-3)
    Registration.objects.create(
        event=event, name="Ada", email="ada@example.org", language="en", status="confirmed",
        cancel_token_hash="x", calendar_uid="u@innospark",
    )  # fmt: skip
    event_update(event=event, user=sam, details=event_details(days=-1.5, deadline_days=-3))
    assert mailoutbox == [] and Registration.objects.get().calendar_sequence == 0
