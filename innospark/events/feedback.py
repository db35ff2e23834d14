"""The feedback form after an event: a personal link to each confirmed attendee, one answer per
attendee, and the aggregate the organisers see (no names attached)."""

import secrets
from statistics import mean

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from innospark.events import emails
from innospark.events.models import (
    QUESTIONS,
    Event,
    FeedbackRequest,
    FeedbackResponse,
    Registration,
)
from innospark.events.services import EventError, UnknownToken, digest


def feedback_send(*, event: Event) -> int:
    """E-mail the form to every confirmed attendee who has not had it yet; returns how many."""
    if not event.has_ended():
        raise EventError(_("The feedback form can be sent once the event has ended."))
    sent: list[tuple[Registration, str]] = []
    with transaction.atomic():
        locked = Event.objects.select_for_update().get(pk=event.pk)
        for registration in locked.registrations.confirmed().filter(feedback_request__isnull=True):
            token = secrets.token_urlsafe(24)
            FeedbackRequest.objects.create(
                event=locked, registration=registration, token_hash=digest(token)
            )
            sent.append((registration, token))
    for registration, token in sent:
        emails.send_feedback_link(registration, token)
    return len(sent)


def feedback_request_for(token: str) -> FeedbackRequest:
    # A request whose registration was deleted (EVENT_RETENTION_DAYS) has no valid link.
    request = (
        FeedbackRequest.objects.select_related("registration__event")
        .filter(token_hash=digest(token), registration__isnull=False)
        .first()
    )
    if request is None:
        raise UnknownToken(_("This feedback link is not valid."))
    return request


def feedback_submit(*, token: str, answers: dict[str, int], comment: str = "") -> FeedbackResponse:
    keys = [key for key, _label in QUESTIONS]
    if set(answers) != set(keys) or any(
        not isinstance(answers[key], int) or not 1 <= answers[key] <= 5 for key in keys
    ):
        raise EventError(_("Answer every question with a number from 1 to 5."))
    with transaction.atomic():
        request = feedback_request_for(token)
        request = FeedbackRequest.objects.select_for_update().get(pk=request.pk)
        if FeedbackResponse.objects.filter(request=request).exists():
            raise EventError(_("You have already answered. Thank you!"))
        return FeedbackResponse.objects.create(
            request=request,
            comment=comment.strip()[:2000],
            created_at=timezone.now(),
            **{key: answers[key] for key in keys},
        )


def feedback_summary(event: Event) -> dict:
    """Responses count, and per question the mean and how many gave each score; comments."""
    responses = list(FeedbackResponse.objects.filter(request__event=event).order_by("created_at"))
    invited = FeedbackRequest.objects.filter(event=event).count()
    questions = []
    for key, label in QUESTIONS:
        values = [getattr(response, key) for response in responses]
        counts = [values.count(score) for score in range(1, 6)]
        questions.append({
            "key": key,
            "label": label,
            "mean": round(mean(values), 1) if values else None,
            "distribution": [
                {"score": score, "count": count,
                 "percent": round(100 * count / len(values)) if values else 0}
                for score, count in zip(range(1, 6), counts, strict=True)
            ],
        })  # fmt: skip
    return {
        "invited": invited,
        "responses": len(responses),
        "questions": questions,
        "comments": [response.comment for response in responses if response.comment],
    }
