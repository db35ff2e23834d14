"""The attendee page and its CSV: confirmed people first, then the waitlist in its order;
cancelled registrations left out; cells a spreadsheet would run as formulas defused."""

import csv
import io

import pytest

from innospark.events.services import registration_cancel, registration_create
from innospark.events.tests.conftest import token_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_event(make_event, mailoutbox):
    event = make_event(capacity=2, languages=["en", "bg"])
    people = [("Ann", "en"), ("=HYPERLINK(1)", "bg"), ("Cy", "en"), ("Di", "bg"), ("Eve", "en")]
    for n, (name, language) in enumerate(people):
        registration_create(
            event=event, name=name, email=f"person{n}@example.org", language=language
        )
    registration_cancel(token=token_in(mailoutbox[3]))  # Di leaves the waitlist
    return event


def test_the_csv_lists_confirmed_then_the_waitlist_in_order(as_user, sam, full_event):
    response = as_user(sam).get(f"/en/events/{full_event.slug}/attendees.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["name", "email", "language", "status", "registered_at"]
    assert [(r[0], r[2], r[3]) for r in rows[1:]] == [
        ("Ann", "en", "confirmed"),
        ("'=HYPERLINK(1)", "bg", "confirmed"),
        ("Cy", "en", "waitlisted"),
        ("Eve", "en", "waitlisted"),
    ]
    assert rows[1][1] == "person0@example.org"
    assert all(r[4].endswith("Z") and "T" in r[4] for r in rows[1:])


def test_the_attendee_page_shows_both_lists_and_the_cancellations(as_user, sam, full_event):
    body = as_user(sam).get(f"/en/events/{full_event.slug}/attendees/").content.decode()
    assert "Confirmed: 2 of 2 places" in body and "Waitlist: 2 people" in body
    assert body.index(">Cy<") < body.index(">Eve<")
    assert "1 cancellation." in body and ">Di<" not in body
    assert "=HYPERLINK(1)" in body  # shown as text on the page; only the CSV is defused
