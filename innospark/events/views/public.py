"""What visitors see: the list with filters, an event page with its registration form, and the
pages behind the personal links in e-mails (cancel a registration, give feedback)."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from innospark.core import ratelimit
from innospark.events import services
from innospark.events.access import can_organise, events_for_organiser
from innospark.events.feedback import feedback_request_for, feedback_submit
from innospark.events.forms import EventFilterForm, FeedbackForm, RegistrationForm
from innospark.events.models import Event, EventText, FeedbackResponse, Status
from innospark.events.presentation import card, language_names, local_time, schedule

REGISTRATION_SCOPE = "event-registration"


def event_list(request):
    language = get_language()
    form = EventFilterForm(request.GET or None)
    everything = Event.objects.published().with_counts().prefetch_related("texts")
    events = form.filter(everything) if form.is_bound else everything
    now = timezone.now()
    upcoming = [card(event, language) for event in events.upcoming(now)]
    past = [card(event, language) for event in events.past(now)]
    context = {
        "form": form,
        "upcoming": upcoming,
        "past": past,
        "count": len(upcoming) + len(past),
        "filtered": form.filtered,
        "can_organise": can_organise(request.user),
    }
    template = "events/_results.html" if request.htmx else "events/list.html"
    return render(request, template, context)


def _links(event: Event) -> list[dict]:
    """The event page in each language it is offered in."""
    links = []
    for code, name in event.offered_languages():
        with translation.override(code):
            links.append({"code": code, "name": name, "url": event.get_absolute_url()})
    return links


def _position(registration) -> int:
    return (
        registration.event.registrations.waitlist()
        .filter(created_at__lte=registration.created_at)
        .exclude(created_at=registration.created_at, pk__gt=registration.pk)
        .count()
    )


def _register(request, event: Event, form: RegistrationForm) -> bool:
    """Each registration sends an e-mail to an address the visitor typed, so every one counts
    towards the per-client limit (not only failures, as for secrets)."""
    client = ratelimit.client_id(request)
    ratelimit.check(REGISTRATION_SCOPE, client)
    try:
        registration = services.registration_create(
            event=event, language=get_language(), **form.cleaned_data
        )
    except services.EventError as exc:
        form.add_error(None, str(exc))
        return False
    ratelimit.record_failure(REGISTRATION_SCOPE, client)
    if registration.status == Status.CONFIRMED:
        messages.success(
            request,
            _(
                "You have a place. We have sent a confirmation to %(email)s, with a calendar "
                "file and a link to cancel."
            )
            % {"email": registration.email},
        )
    else:
        messages.success(
            request,
            _(
                "The event is full: you are number %(position)s on the waitlist. We have sent "
                "the details to %(email)s and will e-mail you if a place opens up."
            )
            % {"position": _position(registration), "email": registration.email},
        )
    return True


def event_detail(request, slug):
    event = get_object_or_404(Event.objects.with_counts(), slug=slug)
    organiser = events_for_organiser(request.user).filter(pk=event.pk).exists()
    if not event.published and not organiser:
        raise Http404
    language = get_language()
    text = EventText.objects.filter(event=event, language=language).first()
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        if text is None:
            form.add_error(None, _("This event is not offered in this language."))
        elif form.is_valid() and _register(request, event, form):
            return redirect(event)
        status = 400
    places_left = max(0, event.capacity - event.confirmed_count)
    context = {
        "event": event,
        "text": text,
        "language_name": dict(settings.LANGUAGES)[language],
        "links": _links(event),
        "languages": language_names(event.languages),
        "schedule": schedule(event),
        "deadline": local_time(event.registration_deadline, event.time_zone),
        "places_left": places_left,
        "full": places_left == 0,
        "open": event.registration_open(),
        "ended": event.has_ended(),
        "closed_message": services.closed_message(event, timezone.now()),
        "form": form,
        "organiser": organiser,
    }
    return render(request, "events/detail.html", context, status=status)


def _text_for(event: Event, *languages: str) -> EventText | None:
    texts = {text.language: text for text in event.texts.all()}
    return next((texts[code] for code in languages if code in texts), None)


def cancel(request, token):
    """GET shows what will be cancelled (mail scanners open links); POST cancels."""
    try:
        registration = services.registration_for_token(token)
    except services.UnknownToken as exc:
        return render(request, "events/cancel.html", {"error": str(exc)}, status=404)
    error, done, status = "", False, 200
    if request.method == "POST":
        try:
            registration = services.registration_cancel(token=token)
        except services.EventError as exc:
            error, status = str(exc), 400
        else:
            done = True
    event = registration.event
    context = {
        "registration": registration,
        "event": event,
        "text": _text_for(event, get_language(), registration.language),
        "schedule": schedule(event),
        "error": error,
        "done": done,
        "cancelled": registration.status == Status.CANCELLED,
    }
    return render(request, "events/cancel.html", context, status=status)


def feedback(request, token):
    try:
        feedback_request = feedback_request_for(token)
    except services.UnknownToken as exc:
        return render(request, "events/feedback.html", {"error": str(exc)}, status=404)
    event = feedback_request.registration.event
    answered = FeedbackResponse.objects.filter(request=feedback_request).exists()
    form = FeedbackForm(request.POST if request.method == "POST" and not answered else None)
    status = 200
    if request.method == "POST" and answered:
        status = 400
    elif request.method == "POST":
        if form.is_valid():
            data = dict(form.cleaned_data)
            comment = data.pop("comment")
            try:
                feedback_submit(token=token, answers=data, comment=comment)
            except services.EventError as exc:
                form.add_error(None, str(exc))
            else:
                return redirect(reverse("events:feedback", args=[token]))
        status = 400
    context = {
        "event": event,
        "text": _text_for(event, get_language(), feedback_request.registration.language),
        "form": form,
        "answered": answered,
        "error": _("You have already answered. Thank you!") if status == 400 and answered else "",
    }
    return render(request, "events/feedback.html", context, status=status)
