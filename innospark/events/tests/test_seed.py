"""The example events a fresh install shows: labelled as examples, upcoming and past, of every
type, in several countries and languages, one nearly full; added once."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from innospark.events.models import Event, EventText, Kind

pytestmark = pytest.mark.django_db


def test_seed_events_adds_labelled_examples_once(client, capsys):
    call_command("seed_events", "--if-empty")
    call_command("seed_events", "--if-empty")
    out = capsys.readouterr().out
    assert "createsuperuser" in out and "no example events added" in out
    events = Event.objects.with_counts()
    assert events.count() == 6 and all(e.is_example and e.published for e in events)
    now = timezone.now()
    assert events.filter(ends_at__lt=now).exists() and events.filter(starts_at__gt=now).exists()
    assert set(events.values_list("kind", flat=True)) == set(Kind.values)
    assert len(set(events.values_list("country", flat=True))) >= 4
    assert set(EventText.objects.values_list("language", flat=True)) == set(settings.LANGUAGE_CODES)
    assert any(e.confirmed_count == e.capacity - 1 for e in events)  # one nearly full
    for event in events:
        assert event.texts.count() == len(event.languages)
    body = client.get("/en/events/").content.decode()
    assert body.count("Example event") == 6
    page = client.get(events.first().get_absolute_url()).content.decode()
    assert "It is not a real INNOSPARK event" in page
