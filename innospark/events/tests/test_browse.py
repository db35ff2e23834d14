"""Finding events: upcoming first (soonest first), past below (latest first), filters by
country (or online), type and language, a bad filter value reported while the others apply,
and times shown in each event's own zone with its name."""

import re

import pytest

from innospark.events.models import Event

pytestmark = pytest.mark.django_db


def listed(response, section: str) -> list[str]:
    html = response.content.decode()
    part = html.split('id="past-heading"')[0 if section == "upcoming" else 1]
    return re.findall(r'href="/\w\w/events/([\w-]+)/"', part)


@pytest.fixture
def events(make_event):
    return {
        "soon": make_event(days=3, kind="workshop", country="BG", languages=["bg", "en"]),
        "later": make_event(
            days=30, kind="conference", country="IT", venue="Roma", languages=["it", "en"]
        ),
        "online": make_event(
            days=12, kind="workshop", country="", venue="", online_url="https://example.org/m",
            languages=["et"],
        ),
        "recent": make_event(days=-5, kind="national-event", country="ES", languages=["es"]),
        "old": make_event(days=-60, kind="conference", country="BG", languages=["en"]),
    }  # fmt: skip


def test_upcoming_events_come_first_soonest_first_and_past_ones_below(client, events):
    response = client.get("/en/events/")
    assert listed(response, "upcoming") == [events[k].slug for k in ("soon", "online", "later")]
    assert listed(response, "past") == [events[k].slug for k in ("recent", "old")]


def test_an_event_under_way_is_still_upcoming(client, make_event):
    running = make_event(days=-0.05, hours=3)  # started about an hour ago
    assert listed(client.get("/en/events/"), "upcoming") == [running.slug]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=BG", {"soon", "old"}),
        ("country=online", {"online"}),
        ("kind=conference", {"later", "old"}),
        ("language=en", {"soon", "later", "old"}),
        ("language=et", {"online"}),
        ("country=BG&kind=conference", {"old"}),
        ("country=IT&language=es", set()),
    ],
)
def test_every_filter_keeps_exactly_the_matching_events(client, events, query, expected):
    response = client.get(f"/bg/events/?{query}")
    shown = set(listed(response, "upcoming") + listed(response, "past"))
    assert shown == {events[key].slug for key in expected}
    assert "error-summary" not in response.content.decode()


def test_a_bad_filter_value_is_reported_and_the_valid_filters_still_apply(client, events):
    response = client.get("/it/events/?country=XX&kind=conference&language=zz")
    body = response.content.decode()
    assert response.status_code == 200 and "error-summary" in body
    assert body.count('<li><a href="#id_') == 2  # country and language
    shown = set(listed(response, "upcoming") + listed(response, "past"))
    assert shown == {events["later"].slug, events["old"].slug}


def test_htmx_gets_only_the_results(client, events):
    response = client.get("/en/events/?kind=workshop", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "<html" not in body and 'id="upcoming-heading"' in body
    assert set(listed(response, "upcoming")) == {events["soon"].slug, events["online"].slug}


def test_countries_offered_in_the_filter_are_those_with_events(client, events):
    body = client.get("/en/events/").content.decode()
    options = set(re.findall(r'<option value="(\w+)"', body.split('id="id_kind"')[0]))
    assert options == {"online", "BG", "IT", "ES"}


def test_times_are_shown_in_the_events_zone_with_its_name(client, make_event):
    event = make_event(days=20, time_zone="Europe/Tallinn")
    local = event.starts_at.astimezone(event.zone)
    body = client.get(f"/en/events/{event.slug}/").content.decode()
    assert f"{local:%H:%M}" in body and "(Europe/Tallinn)" in body
    assert Event.objects.get().starts_at.utcoffset().total_seconds() == 0  # stored in UTC
