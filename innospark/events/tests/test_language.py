"""Languages: an event page in a language the event is not offered in says so and links the
languages it is in, never falling back silently; registrants get e-mails in their language."""

import pytest
from django.utils.translation import gettext, override

from innospark.events.models import Registration

pytestmark = pytest.mark.django_db


def test_an_event_page_shows_the_text_in_the_page_language(client, make_event):
    event = make_event(languages=["en", "bg"], title="Sprint")
    body = client.get(f"/bg/events/{event.slug}/").content.decode()
    assert "Sprint [bg]" in body and "What we do, in bg." in body
    assert "Sprint [en]" not in body and 'name="email"' in body


def test_a_language_not_offered_is_said_and_the_offered_ones_linked(client, make_event):
    event = make_event(languages=["en", "bg"], title="Sprint")
    response = client.get(f"/hu/events/{event.slug}/")
    body = response.content.decode()
    assert response.status_code == 200
    assert "Sprint [en]" not in body and "What we do, in en." not in body  # no silent fallback
    with override("hu"):
        assert gettext("This event is not offered in your language") in body
    for code in ("en", "bg"):
        assert f'href="/{code}/events/{event.slug}/" lang="{code}" hreflang="{code}"' in body
    assert 'name="email"' not in body


def test_registering_in_a_language_not_offered_is_refused(client, make_event, mailoutbox):
    event = make_event(languages=["en"])
    response = client.post(f"/it/events/{event.slug}/", {"name": "Lia", "email": "lia@example.org"})
    assert response.status_code == 400 and not Registration.objects.exists() and not mailoutbox


def test_the_list_marks_titles_shown_in_another_language(client, make_event):
    event = make_event(languages=["et"], title="Töötuba")
    body = client.get("/es/events/").content.decode()
    assert f'href="/es/events/{event.slug}/" lang="et">Töötuba [et]</a>' in body
    assert "Eesti" in body


def test_e_mails_are_in_the_registrants_language_with_links_in_it(client, make_event, mailoutbox):
    event = make_event(languages=["en", "bg"], title="Sprint")
    client.post(f"/bg/events/{event.slug}/", {"name": "Иван", "email": "ivan@example.org"})
    [message] = mailoutbox
    assert Registration.objects.get().language == "bg"
    assert "Sprint [bg]" in message.subject and "Sprint [en]" not in message.body
    assert f"/bg/events/{event.slug}/" in message.body and "/bg/events/cancel/" in message.body
    with override("bg"):
        assert gettext("Your place is confirmed.") in message.body
