"""Writes for events: publishing and editing an event with its texts, registering (a place or
the waitlist), cancelling (which promotes the waitlist in order). Every write that depends on
how many places are taken locks the event row first, so two people cannot take the last place.
E-mails go out after the transaction has committed."""

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from innospark.compendium.countries import COUNTRIES
from innospark.events import emails
from innospark.events.access import may_publish_for
from innospark.events.models import Event, EventText, Kind, Registration, Status
from innospark.events.presentation import local_time
from innospark.events.zones import validate_time_zone
from innospark.organisations.models import Organisation

# What a calendar entry holds besides the texts: a change sends everyone registered an update.
CALENDAR_FIELDS = ("starts_at", "ends_at", "time_zone", "venue", "online_url", "country")

# Paths under /events/ that an event slug must not take.
RESERVED_SLUGS = {"new", "manage", "cancel", "feedback"}


class EventError(ValueError):
    """Refused input; the message is for the user, in their language."""


class UnknownToken(EventError):
    pass


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@dataclass
class EventDetails:
    kind: str
    languages: list[str]
    texts: dict[str, tuple[str, str]]  # language -> (title, description)
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    capacity: int
    registration_deadline: datetime
    country: str = ""
    venue: str = ""
    online_url: str = ""
    organisation: Organisation | None = None
    published: bool = False
    is_example: bool = False


def _validate(details: EventDetails) -> None:
    languages = list(dict.fromkeys(details.languages))
    if not languages or any(code not in settings.LANGUAGE_CODES for code in languages):
        raise EventError(
            _("Choose languages among: %(choices)s.")
            % {"choices": ", ".join(settings.LANGUAGE_CODES)}
        )
    names = dict(settings.LANGUAGES)
    for code in languages:
        title, description = (part.strip() for part in details.texts.get(code, ("", "")))
        if not title or not description:
            raise EventError(
                _("Give the title and description in %(language)s, or untick that language.")
                % {"language": names[code]}
            )
    if details.kind not in Kind.values:
        raise EventError(_("Choose the type of event."))
    if details.country and details.country not in COUNTRIES:
        raise EventError(_("Choose a country from the list."))
    if not details.venue.strip() and not details.online_url.strip():
        raise EventError(_("Give a venue, an online link, or both."))
    if details.venue.strip() and not details.country:
        raise EventError(_("Choose the country of the venue."))
    if details.online_url:
        try:
            URLValidator(schemes=["https", "http"])(details.online_url)
        except ValidationError as exc:
            raise EventError(_("The online link must be a web address (https://…).")) from exc
    try:
        validate_time_zone(details.time_zone)
    except ValidationError as exc:
        raise EventError(exc.messages[0]) from exc
    if details.ends_at <= details.starts_at:
        raise EventError(_("The event must end after it starts."))
    if details.registration_deadline > details.starts_at:
        raise EventError(_("The registration deadline cannot be after the start."))
    if details.capacity < 1:
        raise EventError(_("An event needs at least one place."))


def _unique_slug(details: EventDetails) -> str:
    first = "en" if "en" in details.languages else details.languages[0]
    base = slugify(details.texts[first][0])[:60].strip("-") or "event"
    base = f"{base}-{details.starts_at:%Y-%m-%d}"
    slug, n = base, 1
    while slug in RESERVED_SLUGS or Event.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def _save_texts(event: Event, details: EventDetails) -> None:
    event.texts.exclude(language__in=event.languages).delete()
    for code in event.languages:
        title, description = details.texts[code]
        EventText.objects.update_or_create(
            event=event,
            language=code,
            defaults={"title": title.strip(), "description": description.strip()},
        )


def _apply(event: Event, details: EventDetails) -> None:
    for name in (
        "kind", "starts_at", "ends_at", "time_zone", "capacity", "registration_deadline",
        "country", "organisation", "published",
    ):  # fmt: skip
        setattr(event, name, getattr(details, name))
    event.languages = [code for code in settings.LANGUAGE_CODES if code in details.languages]
    event.venue = details.venue.strip()
    event.online_url = details.online_url.strip()


def event_create(*, organiser, details: EventDetails) -> Event:
    _validate(details)
    if organiser is not None and not may_publish_for(organiser, details.organisation):
        raise EventError(_("You can publish events only for organisations you manage."))
    with transaction.atomic():
        event = Event(
            slug=_unique_slug(details), organiser=organiser, is_example=details.is_example
        )
        _apply(event, details)
        event.save()
        _save_texts(event, details)
    return event


def event_update(*, event: Event, user, details: EventDetails) -> Event:
    """Edit an event. More places move people up from the waitlist; fewer places than people
    already confirmed, or dropping a language someone registered in, is refused."""
    _validate(details)
    if not may_publish_for(user, details.organisation):
        raise EventError(_("You can publish events only for organisations you manage."))
    with transaction.atomic():
        locked = Event.objects.select_for_update().get(pk=event.pk)
        confirmed = locked.registrations.confirmed().count()
        if details.capacity < confirmed:
            raise EventError(
                _("%(count)s people already have a place: the event needs at least as many.")
                % {"count": confirmed}
            )
        used = set(locked.registrations.active().values_list("language", flat=True))
        dropped = sorted(used - set(details.languages))
        if dropped:
            names = dict(settings.LANGUAGES)
            raise EventError(
                _("People registered in %(languages)s: keep offering it.")
                % {"languages": ", ".join(names[code] for code in dropped)}
            )
        before = _calendar_entry(locked)
        _apply(locked, details)
        locked.save()
        _save_texts(locked, details)
        promoted = _fill_places(locked)
        moved = before != _calendar_entry(locked)
        told = _reissue(locked, skip={r.pk for r, _token in promoted}) if moved else []
    _send_promotions(promoted)
    for registration, token in told:
        emails.send(
            registration, "changed", token=token,
            with_calendar=registration.status == Status.CONFIRMED,
        )  # fmt: skip
    event.refresh_from_db()
    return event


def _new_cancel_link(registration: Registration) -> str:
    """A new cancel token for the registration (unsaved; only its hash is kept), which makes
    the one in earlier e-mails invalid. Returns the token for the e-mail's link."""
    token = secrets.token_urlsafe(24)
    registration.cancel_token_hash = digest(token)
    return token


def _calendar_entry(event: Event) -> list:
    """What the calendar entry holds besides the texts, to the minute (the edit form's
    precision, so saving the form unchanged changes nothing)."""
    values = [getattr(event, name) for name in CALENDAR_FIELDS]
    return [
        value.replace(second=0, microsecond=0) if isinstance(value, datetime) else value
        for value in values
    ]


def _reissue(event: Event, *, skip: set[int]) -> list[tuple[Registration, str]]:
    """After a change of time or place, everyone registered is told: people with a place get
    an updated invitation (same UID, next SEQUENCE). Each gets a new cancel link, since only
    its hash is kept. Call with the event row locked; nothing once the event has ended."""
    if event.has_ended():
        return []
    told = []
    for registration in event.registrations.active().exclude(pk__in=skip):
        token = _new_cancel_link(registration)
        if registration.status == Status.CONFIRMED:
            registration.calendar_sequence += 1
        registration.save(update_fields=["cancel_token_hash", "calendar_sequence"])
        told.append((registration, token))
    return told


def _fill_places(event: Event) -> list[tuple[Registration, str]]:
    """Move people up from the waitlist, first come first served, while places are free.
    Each gets a new cancel link (the e-mail about the place carries it). Call with the event
    row locked."""
    if event.has_started():
        return []
    free = event.capacity - event.registrations.confirmed().count()
    promoted = []
    for registration in event.registrations.waitlist()[: max(0, free)]:
        token = _new_cancel_link(registration)
        registration.status = Status.CONFIRMED
        registration.promoted_at = timezone.now()
        registration.save(update_fields=["status", "promoted_at", "cancel_token_hash"])
        promoted.append((registration, token))
    return promoted


def _send_promotions(promoted: list[tuple[Registration, str]]) -> None:
    for registration, token in promoted:
        emails.send(registration, "promoted", token=token)


def closed_message(event: Event, now: datetime) -> str | None:
    if not event.published:
        return _("This event is not open for registration.")
    if event.has_started(now):
        return _("This event has already started, so registration is closed.")
    if now > event.registration_deadline:
        return _("Registration closed on %(deadline)s.") % {
            "deadline": local_time(event.registration_deadline, event.time_zone)
        }
    return None


def registration_create(*, event: Event, name: str, email: str, language: str) -> Registration:
    """A place if one is free, otherwise a place on the waitlist."""
    name, email = " ".join(name.split()), email.strip()
    if not name:
        raise EventError(_("Enter your name."))
    try:
        validate_email(email)
    except ValidationError as exc:
        raise EventError(_("Enter a valid e-mail address.")) from exc
    if language not in event.languages:
        raise EventError(_("This event is not offered in this language."))
    token = secrets.token_urlsafe(24)
    try:
        with transaction.atomic():
            locked = Event.objects.select_for_update().get(pk=event.pk)
            closed = closed_message(locked, timezone.now())
            if closed:
                raise EventError(closed)
            if locked.registrations.active().with_email(email).exists():
                raise EventError(_("This e-mail address is already registered for this event."))
            full = locked.registrations.confirmed().count() >= locked.capacity
            registration = Registration.objects.create(
                event=locked, name=name, email=email, language=language,
                status=Status.WAITLISTED if full else Status.CONFIRMED,
                cancel_token_hash=digest(token), calendar_uid=f"{uuid.uuid4()}@innospark",
            )  # fmt: skip
    except IntegrityError as exc:  # the same address at the same instant
        raise EventError(_("This e-mail address is already registered for this event.")) from exc
    emails.send(registration, "confirmed" if not full else "waitlisted", token=token)
    return registration


def registration_for_token(token: str) -> Registration:
    registration = (
        Registration.objects.select_related("event").filter(cancel_token_hash=digest(token)).first()
    )
    if registration is None:
        raise UnknownToken(
            _(
                "This link is not valid. If we have e-mailed you about this event since, use the "
                "link in the latest e-mail."
            )
        )
    return registration


def registration_cancel(*, token: str) -> Registration:
    """Cancel by the link in the e-mail; a freed place goes to the first person waiting."""
    found = registration_for_token(token)
    with transaction.atomic():
        event = Event.objects.select_for_update().get(pk=found.event_id)
        registration = Registration.objects.select_for_update().get(pk=found.pk)
        if registration.status == Status.CANCELLED:
            raise EventError(_("This registration is already cancelled."))
        if event.has_started():
            raise EventError(_("This event has already started, so it can no longer be cancelled."))
        had_place = registration.status == Status.CONFIRMED
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        if had_place:  # the calendar entry sent with the place is withdrawn
            registration.calendar_sequence += 1
        registration.save(update_fields=["status", "cancelled_at", "calendar_sequence"])
        promoted = _fill_places(event) if had_place else []
    emails.send(registration, "cancelled", with_calendar=had_place)
    _send_promotions(promoted)
    return registration
