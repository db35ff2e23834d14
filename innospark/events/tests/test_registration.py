"""Registering: a place, or the waitlist when full; one active registration per address
(case-insensitive); refused after the deadline or once the event has started; cancelling by
the e-mailed link promotes the waitlist in order. Refused input changes nothing."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from innospark.events.models import Registration, Status
from innospark.events.services import EventError, digest, registration_cancel, registration_create
from innospark.events.tests.conftest import link_in, token_in

pytestmark = pytest.mark.django_db


def register(client, event, name, email, language="en"):
    return client.post(f"/{language}/events/{event.slug}/", {"name": name, "email": email})


def test_a_visitor_registers_and_gets_a_confirmation_with_a_cancel_link(
    client, make_event, mailoutbox
):
    event = make_event(capacity=5)
    response = register(client, event, "  Ada   Lovelace ", "ada@example.org")
    assert response.status_code == 302 and response["Location"] == f"/en/events/{event.slug}/"
    registration = Registration.objects.get()
    assert (registration.name, registration.status, registration.language) == (
        "Ada Lovelace", Status.CONFIRMED, "en",
    )  # fmt: skip
    [message] = mailoutbox
    token = token_in(message)
    assert registration.cancel_token_hash == digest(token) and token not in str(
        Registration.objects.values_list()
    )
    page = client.get(response["Location"]).content.decode()
    assert "You have a place" in page and "4 of 5 left" in page


def test_the_same_address_cannot_register_twice_whatever_its_case(client, make_event, mailoutbox):
    event = make_event()
    register(client, event, "Ada", "ada@example.org")
    response = register(client, event, "Ada again", "ADA@Example.org")
    assert response.status_code == 400
    assert "already registered for this event" in response.content.decode()
    assert Registration.objects.count() == 1 and len(mailoutbox) == 1


def test_after_cancelling_the_same_address_may_register_again(client, make_event, mailoutbox):
    event = make_event()
    register(client, event, "Ada", "ada@example.org")
    registration_cancel(token=token_in(mailoutbox[0]))
    assert register(client, event, "Ada", "ada@example.org").status_code == 302
    assert list(Registration.objects.values_list("status", flat=True)) == ["cancelled", "confirmed"]


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ({"days": 5, "deadline_days": -0.1}, "Registration closed on"),
        ({"days": -0.05, "deadline_days": -1}, "already started"),
        ({"days": -10, "deadline_days": -11}, "already started"),
    ],
)
def test_registration_is_refused_after_the_deadline_or_once_started(
    client, make_event, mailoutbox, when, message
):
    event = make_event(**when)
    page = client.get(f"/en/events/{event.slug}/").content.decode()
    assert 'name="email"' not in page and message in page
    response = register(client, event, "Late Larry", "larry@example.org")
    assert response.status_code == 400 and message in response.content.decode()
    assert not Registration.objects.exists() and mailoutbox == []


@pytest.mark.parametrize(
    ("name", "email"), [("", "a@example.org"), ("Ann", "not-an-address"), ("Ann", "")]
)
def test_bad_input_is_refused_and_nothing_is_stored(client, make_event, mailoutbox, name, email):
    event = make_event()
    response = register(client, event, name, email)
    assert response.status_code == 400 and "error-summary" in response.content.decode()
    assert not Registration.objects.exists() and mailoutbox == []


def test_a_full_event_offers_the_waitlist_and_promotes_in_order(client, make_event, mailoutbox):
    event = make_event(capacity=2)
    for name in ("ann", "ben", "cy", "di", "eve"):
        register(client, event, name, f"{name}@example.org")
    page = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "Join the waitlist" in page
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"ann": "confirmed", "ben": "confirmed", "cy": "waitlisted",
                        "di": "waitlisted", "eve": "waitlisted"}  # fmt: skip
    tokens = {m.to[0].split("@")[0]: token_in(m) for m in mailoutbox}

    registration_cancel(token=tokens["ann"])  # a place frees: the first waiting gets it
    assert Registration.objects.get(name="cy").status == Status.CONFIRMED
    assert (
        mailoutbox[-1].to == ["cy@example.org"] and "place has opened up" in mailoutbox[-1].subject
    )

    registration_cancel(token=tokens["di"])  # leaving the waitlist frees no place
    assert Registration.objects.get(name="eve").status == Status.WAITLISTED

    registration_cancel(token=tokens["ben"])
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {"ann": "cancelled", "ben": "cancelled", "cy": "confirmed",
                        "di": "cancelled", "eve": "confirmed"}  # fmt: skip


def test_the_waitlist_message_gives_the_position(client, make_event):
    event = make_event(capacity=1)
    for name in ("ann", "ben", "cy"):
        response = register(client, event, name, f"{name}@example.org")
    page = client.get(response["Location"]).content.decode()
    assert "you are number 2 on the waitlist" in page


def test_cancelling_asks_first_and_then_cancels_once(client, make_event, mailoutbox):
    event = make_event()
    register(client, event, "Ada", "ada@example.org")
    url = link_in(mailoutbox[0], "cancel")
    page = client.get(url)
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert Registration.objects.get().status == Status.CONFIRMED  # a GET changes nothing
    done = client.post(url)
    assert done.status_code == 200 and "Your registration is cancelled" in done.content.decode()
    again = client.post(url)
    assert again.status_code == 400 and "already cancelled" in again.content.decode()
    assert len(mailoutbox) == 2  # the confirmation and one cancellation


def test_an_unknown_cancel_link_is_a_404_with_a_message(client, make_event):
    response = client.get("/en/events/cancel/not-a-real-token/")
    assert response.status_code == 404 and "This link is not valid" in response.content.decode()


def test_a_started_event_can_no_longer_be_cancelled(client, make_event, mailoutbox):
    event = make_event()
    register(client, event, "Ada", "ada@example.org")
    type(event).objects.filter(pk=event.pk).update(
        starts_at=timezone.now() - timedelta(minutes=5),
        registration_deadline=timezone.now() - timedelta(days=1),
    )
    response = client.post(link_in(mailoutbox[0], "cancel"))
    assert response.status_code == 400 and "already started" in response.content.decode()
    assert Registration.objects.get().status == Status.CONFIRMED


def test_a_promotion_replaces_the_cancel_link(client, make_event, mailoutbox):
    event = make_event(capacity=1)
    register(client, event, "ann", "ann@example.org")
    register(client, event, "ben", "ben@example.org")
    old = token_in(mailoutbox[1])
    registration_cancel(token=token_in(mailoutbox[0]))
    new = token_in(mailoutbox[-1])
    assert new != old
    with pytest.raises(EventError):
        registration_cancel(token=old)
    registration_cancel(token=new)
    assert Registration.objects.get(name="ben").status == Status.CANCELLED


@override_settings(RATE_LIMITS={"event-registration": (3, 3600)})
def test_registrations_from_one_client_are_limited(client, make_event, mailoutbox):
    event = make_event(capacity=50)
    for n in range(3):
        assert register(client, event, f"P{n}", f"p{n}@example.org").status_code == 302
    response = register(client, event, "P4", "p4@example.org")
    assert response.status_code == 429 and response["Retry-After"]
    assert Registration.objects.count() == 3 and len(mailoutbox) == 3


def test_the_service_refuses_a_language_the_event_is_not_offered_in(make_event, mailoutbox):
    event = make_event(languages=["en"])
    with pytest.raises(EventError):
        registration_create(event=event, name="Ana", email="ana@example.org", language="es")
    assert not Registration.objects.exists() and mailoutbox == []
