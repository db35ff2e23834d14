"""Publishing and editing events: who may (staff, an organisation's owners and managers), what
is refused (and then nothing changes), and times entered in the event's own time zone."""

from datetime import UTC, datetime

import pytest
from django.utils.translation import gettext, override

from innospark.events.models import Event, EventText, Registration, Status
from innospark.events.services import registration_create
from innospark.organisations.services import organisation_create

pytestmark = pytest.mark.django_db


def form_data(organisation=None, **changes) -> dict:
    data = {
        "kind": "workshop",
        "languages": ["en", "hu"],
        "title_en": "Reverse brainstorming clinic",
        "description_en": "Bring a problem; leave with ideas.",
        "title_hu": "Fordított ötletelés klinika",
        "description_hu": "Hozz egy problémát, vigyél haza ötleteket.",
        "starts_at": "2031-07-01T14:00",
        "ends_at": "2031-07-01T17:30",
        "registration_deadline": "2031-06-28T23:59",
        "time_zone": "Europe/Budapest",
        "country": "HU",
        "venue": "Budapest, Example utca 1",
        "online_url": "",
        "capacity": "25",
        "organisation": organisation.pk if organisation else "",
        "published": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_manager_publishes_an_event_for_their_organisation(as_user, bob, organisation):
    response = as_user(bob).post("/en/events/new/", form_data(organisation))
    event = Event.objects.get()
    assert (
        response.status_code == 302
        and response["Location"] == f"/en/events/{event.slug}/attendees/"
    )
    assert event.organisation == organisation and event.organiser == bob and event.published
    assert event.languages == ["en", "hu"]
    # 14:00 in Budapest in July (CEST, UTC+2) is 12:00 UTC
    assert event.starts_at == datetime(2031, 7, 1, 12, 0, tzinfo=UTC)
    assert event.ends_at == datetime(2031, 7, 1, 15, 30, tzinfo=UTC)
    assert event.registration_deadline == datetime(2031, 6, 28, 21, 59, tzinfo=UTC)
    assert set(EventText.objects.values_list("language", "title")) == {
        ("en", "Reverse brainstorming clinic"),
        ("hu", "Fordított ötletelés klinika"),
    }
    page = as_user(None).get(f"/hu/events/{event.slug}/").content.decode()
    assert "Fordított ötletelés klinika" in page and "14:00–17:30 (Europe/Budapest)" in page


def test_staff_publish_without_an_organisation(as_user, sam):
    response = as_user(sam).post("/en/events/new/", form_data())
    assert response.status_code == 302
    assert Event.objects.get().organisation is None


def test_outsiders_viewers_and_visitors_cannot_publish(as_user, organisation, vera, charlie):
    assert as_user(None).post("/en/events/new/", form_data(organisation)).status_code == 302
    for user in (vera, charlie):
        response = as_user(user).post("/en/events/new/", form_data(organisation))
        assert response.status_code == 403
        assert "owners and managers of an organisation" in response.content.decode()
    assert not Event.objects.exists()


def test_a_manager_cannot_publish_for_another_organisation(as_user, bob, organisation, charlie):
    other = organisation_create(name="Red Hardware", owner=charlie)
    response = as_user(bob).post("/en/events/new/", form_data(other))
    assert response.status_code == 400 and "error-summary" in response.content.decode()
    assert not Event.objects.exists()


BAD = [
    ({"title_hu": ""}, "Required for a language you ticked."),
    ({"time_zone": "Mars/Olympus_Mons"}, "is not a time zone name"),
    ({"ends_at": "2031-07-01T13:00"}, "The event must end after it starts."),
    (
        {"registration_deadline": "2031-07-02T09:00"},
        "The registration deadline cannot be after the start.",
    ),
    ({"venue": "", "country": ""}, "Give a venue, an online link, or both."),
    ({"country": ""}, "Choose the country of the venue."),
    ({"starts_at": "2031-03-30T02:30"}, "does not exist in Europe/Budapest"),  # clocks go forward
    ({"capacity": "0"}, None),
    ({"languages": []}, None),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_bad_input_is_refused_with_a_message_and_nothing_changes(as_user, sam, change, message):
    response = as_user(sam).post("/en/events/new/", form_data(**change))
    body = response.content.decode()
    assert response.status_code == 400 and "error-summary" in body
    if message:
        assert message in body
    assert not Event.objects.exists() and not EventText.objects.exists()


def test_the_message_is_in_the_users_language(as_user, sam):
    response = as_user(sam).post("/es/events/new/", form_data(ends_at="2031-07-01T13:00"))
    with override("es"):
        expected = gettext("The event must end after it starts.")
    assert response.status_code == 400 and expected in response.content.decode()
    assert '<html lang="es">' in response.content.decode()


def test_editing_keeps_the_slug_and_replaces_the_texts(as_user, bob, organisation, make_event):
    event = make_event(organisation=organisation, languages=["en", "bg"])
    edit = form_data(organisation, languages=["en", "hu"], title_en="New title")
    response = as_user(bob).post(f"/en/events/{event.slug}/edit/", edit)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.languages == ["en", "hu"]
    assert set(event.texts.values_list("language", flat=True)) == {"en", "hu"}
    assert event.texts.get(language="en").title == "New title"


def test_the_edit_form_shows_local_times(as_user, bob, organisation):
    as_user(bob).post("/en/events/new/", form_data(organisation))
    event = Event.objects.get()
    page = as_user(bob).get(f"/en/events/{event.slug}/edit/").content.decode()
    assert 'value="2031-07-01T14:00"' in page and 'value="Europe/Budapest"' in page


def test_more_places_move_people_up_from_the_waitlist_in_order(
    as_user, sam, make_event, mailoutbox
):
    event = make_event(capacity=1, languages=["en"])
    for name in ("Ann", "Ben", "Cy", "Di"):
        registration_create(event=event, name=name, email=f"{name}@example.org", language="en")
    response = as_user(sam).post(
        f"/en/events/{event.slug}/edit/", _same(event, capacity="3", languages=["en"])
    )
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("name", "status"))
    assert statuses == {
        "Ann": "confirmed",
        "Ben": "confirmed",
        "Cy": "confirmed",
        "Di": "waitlisted",
    }
    assert [m.to for m in mailoutbox[-2:]] == [["Ben@example.org"], ["Cy@example.org"]]


def test_fewer_places_than_people_confirmed_is_refused(as_user, sam, make_event):
    event = make_event(capacity=3, languages=["en"])
    for name in ("Ann", "Ben"):
        registration_create(event=event, name=name, email=f"{name}@example.org", language="en")
    response = as_user(sam).post(
        f"/en/events/{event.slug}/edit/", _same(event, capacity="1", languages=["en"])
    )
    assert response.status_code == 400
    assert "2 people already have a place" in response.content.decode()
    event.refresh_from_db()
    assert event.capacity == 3


def test_dropping_a_language_someone_registered_in_is_refused(as_user, sam, make_event):
    event = make_event(languages=["en", "bg"])
    registration_create(event=event, name="Ива", email="iva@example.org", language="bg")
    response = as_user(sam).post(f"/en/events/{event.slug}/edit/", _same(event, languages=["en"]))
    assert response.status_code == 400 and "Български" in response.content.decode()
    assert set(event.texts.values_list("language", flat=True)) == {"en", "bg"}
    assert Registration.objects.get().status == Status.CONFIRMED


def _same(event, **changes) -> dict:
    """The edit form as it comes pre-filled for an event, with some changes."""
    from innospark.events.forms import EventForm

    initial = EventForm.initial_for(event)
    data = {key: value for key, value in initial.items() if value is not None}
    for name in ("starts_at", "ends_at", "registration_deadline"):
        data[name] = initial[name].strftime("%Y-%m-%dT%H:%M")
    data["published"] = "on" if initial["published"] else ""
    data["organisation"] = initial["organisation"] or ""
    data.update(changes)
    for code in data["languages"]:
        data.setdefault(f"title_{code}", f"Title {code}")
        data.setdefault(f"description_{code}", f"Description {code}")
    return data


def test_drafts_are_hidden_from_visitors_but_organisers_preview_them(
    as_user, bob, charlie, organisation, make_event
):
    draft = make_event(organisation=organisation, published=False)
    assert as_user(None).get(f"/en/events/{draft.slug}/").status_code == 404
    assert as_user(charlie).get(f"/en/events/{draft.slug}/").status_code == 404
    assert draft.slug not in as_user(None).get("/en/events/").content.decode()
    preview = as_user(bob).get(f"/en/events/{draft.slug}/")
    assert (
        preview.status_code == 200
        and "only organisers can see this page" in preview.content.decode()
    )
