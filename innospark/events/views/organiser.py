"""Organiser pages: publish and edit events, the attendee list with its CSV export, sending the
feedback form after the event, and the feedback aggregate. Access rules: events/access.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from innospark.events import services
from innospark.events.access import can_organise, events_for_organiser, get_event_for_organiser
from innospark.events.exports import attendees_csv as render_csv
from innospark.events.feedback import feedback_send as send_feedback_forms
from innospark.events.feedback import feedback_summary
from innospark.events.forms import EventForm
from innospark.events.models import Event, Status
from innospark.events.presentation import card, schedule
from innospark.events.zones import SUGGESTED


def _not_organiser(request):
    return render(request, "events/not_organiser.html", status=403)


@login_required
def manage(request):
    if not can_organise(request.user):
        return _not_organiser(request)
    language = get_language()
    events = (
        events_for_organiser(request.user)
        .with_counts()
        .prefetch_related("texts")
        .order_by("-starts_at", "-pk")
    )
    return render(request, "events/manage.html", {"cards": [card(e, language) for e in events]})


def _edit_page(request, form, event=None):
    return render(
        request,
        "events/form.html",
        {"form": form, "event": event, "zones": SUGGESTED},
        status=400 if form.errors else 200,
    )


def _saved(request, event):
    if event.published:
        messages.success(request, _("The event is saved and published."))
    else:
        messages.success(request, _("The event is saved as a draft: visitors cannot see it yet."))
    return redirect("events:attendees", event.slug)


@login_required
def event_new(request):
    if not can_organise(request.user):
        return _not_organiser(request)
    form = EventForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(organiser=request.user, details=form.details())
        except services.EventError as exc:
            form.add_error(None, str(exc))
        else:
            return _saved(request, event)
    return _edit_page(request, form)


def event_edit(request, slug):
    event = get_event_for_organiser(request.user, slug)
    form = EventForm(
        request.POST if request.method == "POST" else None,
        user=request.user,
        initial=EventForm.initial_for(event),
    )
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_update(event=event, user=request.user, details=form.details())
        except services.EventError as exc:
            form.add_error(None, str(exc))
        else:
            return _saved(request, event)
    return _edit_page(request, form, event)


def attendees(request, slug):
    event = get_event_for_organiser(request.user, slug)
    registrations = event.registrations
    summary = feedback_summary(event)
    context = {
        "event": event,
        "card": card(
            Event.objects.with_counts().prefetch_related("texts").get(pk=event.pk), get_language()
        ),
        "schedule": schedule(event),
        "confirmed": registrations.confirmed(),
        "waitlist": registrations.waitlist(),
        "cancelled": registrations.filter(status=Status.CANCELLED).count(),
        "ended": event.has_ended(),
        "summary": summary,
        "feedback_sent": summary["invited"],
    }
    return render(request, "events/attendees.html", context)


def attendees_csv(request, slug):
    event = get_event_for_organiser(request.user, slug)
    response = HttpResponse(render_csv(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="attendees-{event.slug}.csv"'
    return response


@require_POST
def feedback_send(request, slug):
    event = get_event_for_organiser(request.user, slug)
    try:
        count = send_feedback_forms(event=event)
    except services.EventError as exc:
        messages.error(request, str(exc))
    else:
        if count:
            messages.success(
                request,
                ngettext(
                    "The feedback form was sent to %(count)s attendee.",
                    "The feedback form was sent to %(count)s attendees.",
                    count,
                )
                % {"count": count},
            )
        else:
            messages.error(
                request, _("Every confirmed attendee has had the feedback form already.")
            )
    return redirect("events:attendees", event.slug)
