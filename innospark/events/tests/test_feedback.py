"""After the event, organisers send each confirmed attendee a personal feedback link; each
answers once; organisers see the count, mean and distribution per question, and comments."""

import re

import pytest
from django.core import mail

from innospark.events.models import FeedbackRequest, FeedbackResponse, Registration, Status
from innospark.events.tests.conftest import link_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def past_event(make_event):
    event = make_event(days=-3, capacity=3)
    for n, status in enumerate(["confirmed", "confirmed", "confirmed", "waitlisted", "cancelled"]):
        Registration.objects.create(
            event=event, name=f"P{n}", email=f"p{n}@example.org", language=["en", "bg"][n % 2],
            status=status, cancel_token_hash=f"{n}" * 64, calendar_uid=f"{n}@test",
        )  # fmt: skip
    return event


def send(client, event):
    return client.post(f"/en/events/{event.slug}/send-feedback/", follow=True)


def answer(client, path, **scores):
    data = {"useful": 5, "content": 4, "organisation": 3, "recommend": 5, "comment": ""}
    data.update(scores)
    return client.post(path, data)


def test_it_cannot_be_sent_before_the_event_ends(as_user, sam, make_event, mailoutbox):
    event = make_event(days=2)
    registration = Registration.objects.create(
        event=event, name="A", email="a@example.org", language="en", status=Status.CONFIRMED,
        cancel_token_hash="a" * 64, calendar_uid="a@test",
    )  # fmt: skip
    response = send(as_user(sam), event)
    assert "once the event has ended" in response.content.decode()
    assert not FeedbackRequest.objects.filter(registration=registration).exists()
    assert mailoutbox == []


def test_each_confirmed_attendee_gets_a_personal_link_once(as_user, sam, past_event, mailoutbox):
    response = send(as_user(sam), past_event)
    assert "sent to 3 attendees" in response.content.decode()
    assert sorted(m.to[0] for m in mailoutbox) == [
        "p0@example.org",
        "p1@example.org",
        "p2@example.org",
    ]
    links = {link_in(m, "feedback") for m in mailoutbox}
    assert len(links) == 3
    assert link_in(mailoutbox[1], "feedback").startswith("/bg/")  # in the attendee's language
    again = send(as_user(sam), past_event)
    assert "had the feedback form already" in again.content.decode() and len(mailoutbox) == 3


def test_an_attendee_answers_once_and_bad_answers_change_nothing(
    as_user, sam, client, past_event, mailoutbox
):
    send(as_user(sam), past_event)
    path = link_in(mailoutbox[0], "feedback")
    assert client.get(path).status_code == 200
    bad = answer(client, path, useful=7)
    assert bad.status_code == 400 and "error-summary" in bad.content.decode()
    assert answer(client, path, recommend="").status_code == 400
    assert not FeedbackResponse.objects.exists()
    assert answer(client, path, comment="Great pacing").status_code == 302
    second = answer(client, path, useful=1)
    assert second.status_code == 400 and "already answered" in second.content.decode()
    response = FeedbackResponse.objects.get()
    assert (response.useful, response.comment) == (5, "Great pacing")


def test_an_unknown_feedback_link_is_a_404(client):
    response = client.get("/en/events/feedback/nope/")
    assert response.status_code == 404 and "not valid" in response.content.decode()


def test_organisers_see_the_aggregate(as_user, sam, client, past_event, mailoutbox):
    send(as_user(sam), past_event)
    paths = [link_in(m, "feedback") for m in mailoutbox]
    answer(client, paths[0], useful=5, content=2, comment="More exercises")
    answer(client, paths[1], useful=3, content=2)
    body = as_user(sam).get(f"/en/events/{past_event.slug}/attendees/").content.decode()
    assert "2 of 3 attendees have answered." in body
    row = re.search(r"How useful was the event for your work\?</th>(.*?)</tr>", body).group(1)
    cells = re.findall(r'<td class="num">([^<]*)</td>', row)
    assert cells == ["4.0", "0", "0", "1", "0", "1"]  # mean, then how many gave 1..5
    row = re.search(r"How good was the content\?</th>(.*?)</tr>", body).group(1)
    assert re.findall(r'<td class="num">([^<]*)</td>', row) == ["2.0", "0", "2", "0", "0", "0"]
    assert "More exercises" in body


def test_the_feedback_page_is_in_the_links_language(as_user, sam, client, past_event, mailoutbox):
    send(as_user(sam), past_event)
    bulgarian = next(m for m in mail.outbox if m.to == ["p1@example.org"])
    page = client.get(link_in(bulgarian, "feedback")).content.decode()
    assert '<html lang="bg">' in page and "Idea sprint [bg]" in page
