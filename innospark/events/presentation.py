"""What event pages and e-mails show: times in the event's own time zone with the zone's name,
and each event's text in the reader's language, or a clear note of the languages it has."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import date_format

from innospark.events.models import Event, EventText


def local_time(moment: datetime, zone: str) -> str:
    """E.g. "12 May 2026, 14:00 (Europe/Sofia)", the date written as the page's language does."""
    local = moment.astimezone(ZoneInfo(zone))
    return f"{date_format(local, 'DATE_FORMAT')}, {local:%H:%M} ({zone})"


def schedule(event: Event) -> str:
    """Start and end in the event's zone, the date once when both fall on the same day."""
    zone = event.zone
    start, end = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
    if start.date() == end.date():
        return f"{date_format(start, 'DATE_FORMAT')}, {start:%H:%M}–{end:%H:%M} ({event.time_zone})"
    return (
        f"{date_format(start, 'DATE_FORMAT')}, {start:%H:%M} – "
        f"{date_format(end, 'DATE_FORMAT')}, {end:%H:%M} ({event.time_zone})"
    )


def language_names(codes: list[str]) -> str:
    names = dict(settings.LANGUAGES)
    return ", ".join(names[code] for code in settings.LANGUAGE_CODES if code in codes)


def card(event: Event, language: str) -> dict:
    """One event in a list. ``texts`` must be prefetched. When the event is not offered in the
    page's language, its title is shown in the first language it has, marked with that
    language, and the page says which languages it is in."""
    texts = {text.language: text for text in event.texts.all()}
    text: EventText | None = texts.get(language)
    shown_in = language
    if text is None and texts:
        shown_in = next(code for code in settings.LANGUAGE_CODES if code in texts)
        text = texts[shown_in]
    return {
        "event": event,
        "text": text,
        "offered": language in texts,
        "shown_in": shown_in,
        "languages": language_names(event.languages),
        "schedule": schedule(event),
        "places_left": max(0, event.capacity - event.confirmed_count),
        "open": event.registration_open(),
    }
