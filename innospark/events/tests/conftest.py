"""Named users (STYLE.md): alice owns Blue Software, bob manages it, vera views it, charlie is
an outsider, sam is staff. ``make_event`` publishes an event through the service."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from innospark.events.services import EventDetails, event_create


@pytest.fixture
def sam(django_user_model):
    return django_user_model.objects.create_user(
        "sam", "sam@example.org", "sam-long-password-1", is_staff=True
    )


def event_details(
    *,
    days: float = 10,
    hours: float = 3,
    deadline_days: float | None = None,
    capacity: int = 10,
    languages=("en", "bg"),
    kind: str = "workshop",
    country: str = "BG",
    venue: str = "Sofia Tech Park",
    online_url: str = "",
    time_zone: str = "Europe/Sofia",
    organisation=None,
    published: bool = True,
    title: str = "Idea sprint",
) -> EventDetails:
    starts_at = timezone.now() + timedelta(days=days)
    deadline = (
        starts_at - timedelta(days=1)
        if deadline_days is None
        else (timezone.now() + timedelta(days=deadline_days))
    )
    return EventDetails(
        kind=kind,
        languages=list(languages),
        texts={code: (f"{title} [{code}]", f"What we do, in {code}.") for code in languages},
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=hours),
        time_zone=time_zone,
        capacity=capacity,
        registration_deadline=deadline,
        country=country,
        venue=venue,
        online_url=online_url,
        organisation=organisation,
        published=published,
    )


@pytest.fixture
def make_event():
    def make(**kwargs):
        return event_create(organiser=None, details=event_details(**kwargs))

    return make


def link_in(message, name: str) -> str:
    """The path of the /events/<name>/<token>/ link in an e-mail."""
    return re.search(rf"https?://[^/\s]+(/\w\w/events/{name}/[\w-]+/)", message.body).group(1)


def token_in(message, name: str = "cancel") -> str:
    return link_in(message, name).rstrip("/").rsplit("/", 1)[1]
