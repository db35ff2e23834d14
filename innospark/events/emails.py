"""E-mails to registrants, in the language they registered in: a confirmed place (with a
calendar invitation), a place on the waitlist, a place from the waitlist (with an invitation),
a new time or place (an updated invitation for people with a place), a cancellation
(withdrawing the invitation: same UID, higher SEQUENCE), and the feedback link.

Links point at settings.SITE_URL, since a promotion is sent while serving someone else."""

import logging
from email.mime.text import MIMEText
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from innospark.events import ics
from innospark.events.models import Event, EventText, Registration, Status
from innospark.events.presentation import schedule

logger = logging.getLogger(__name__)

CALENDAR_METHOD = {
    "confirmed": "REQUEST",
    "promoted": "REQUEST",
    "changed": "REQUEST",  # an updated invitation: same UID, next SEQUENCE
    "cancelled": "CANCEL",
}


def absolute(name: str, *args) -> str:
    return settings.SITE_URL.rstrip("/") + reverse(name, args=args)


def _subject(kind: str, title: str) -> str:
    subjects = {
        "confirmed": _("Your place at “%(title)s” is confirmed"),
        "waitlisted": _("You are on the waitlist for “%(title)s”"),
        "promoted": _("A place has opened up for you at “%(title)s”"),
        "cancelled": _("Your registration for “%(title)s” is cancelled"),
        "changed": _("“%(title)s” has a new time or place"),
        "feedback": _("How was “%(title)s”? Two minutes of feedback"),
    }
    return subjects[kind] % {"title": title}


def where(event: Event, *, with_link: bool) -> str:
    """The venue, and the online link for people with a place (others read just "online")."""
    parts = []
    if event.venue:
        parts.append(f"{event.venue}, {event.get_country_display()}")
    if event.online_url:
        parts.append(event.online_url if with_link else _("online"))
    return " · ".join(parts)


def calendar_for(registration: Registration, text: EventText, *, method: str) -> str:
    event = registration.event
    organiser_name, organiser_email = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return ics.calendar(
        ics.CalendarEvent(
            uid=registration.calendar_uid,
            sequence=registration.calendar_sequence,
            start=event.starts_at,
            end=event.ends_at,
            summary=text.title,
            description=text.description,
            location=where(event, with_link=True),
            url=absolute("events:detail", event.slug),
            organizer_email=organiser_email,
            organizer_name=organiser_name,
            attendee_email=registration.email,
            attendee_name=registration.name,
        ),
        method=method,
        stamp=timezone.now(),
    )


def calendar_part(content: str, method: str) -> MIMEText:
    part = MIMEText(content, "calendar", "utf-8")  # base64, so the CRLF line ends survive
    part.set_param("method", method)
    part.add_header("Content-Disposition", "attachment", filename="event.ics")
    return part


def _deliver(message: EmailMessage) -> None:
    try:
        message.send()
    except OSError:  # the registration stands; the log tells the administrator
        logger.exception("could not send the event e-mail to %s", message.to)


def send(
    registration: Registration, kind: str, *, token: str = "", with_calendar: bool = True
) -> None:
    """``kind`` is confirmed, waitlisted, promoted, changed or cancelled; ``token`` is the cancel
    link's. Only people with a place get the online link."""
    event = registration.event
    method = CALENDAR_METHOD.get(kind) if with_calendar else None
    with translation.override(registration.language):
        text = event.texts.get(language=registration.language)
        context = {
            "registration": registration,
            "event": event,
            "text": text,
            "calendar": method is not None,
            "schedule": schedule(event),
            "where": where(event, with_link=registration.status == Status.CONFIRMED),
            "event_url": absolute("events:detail", event.slug),
            "cancel_url": absolute("events:cancel", token) if token else "",
        }
        message = EmailMessage(
            _subject(kind, text.title),
            render_to_string(f"events/email/{kind}.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [registration.email],
        )
        if method:
            message.attach(calendar_part(calendar_for(registration, text, method=method), method))
    _deliver(message)


def send_feedback_link(registration: Registration, token: str) -> None:
    event = registration.event
    with translation.override(registration.language):
        text = event.texts.get(language=registration.language)
        context = {
            "registration": registration,
            "text": text,
            "feedback_url": absolute("events:feedback", token),
        }
        message = EmailMessage(
            _subject("feedback", text.title),
            render_to_string("events/email/feedback.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [registration.email],
        )
    _deliver(message)
