from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innospark.compendium.countries import COUNTRIES
from innospark.core.models import TranslatedText
from innospark.events.zones import validate_time_zone


class Kind(models.TextChoices):
    WORKSHOP = "workshop", _("Workshop")
    NATIONAL = "national-event", _("National event")
    CONFERENCE = "conference", _("Conference")


class EventQuerySet(models.QuerySet):
    def published(self) -> "EventQuerySet":
        return self.filter(published=True)

    def upcoming(self, now=None) -> "EventQuerySet":
        """Events that have not ended yet (those under way included), soonest first."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None) -> "EventQuerySet":
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    def offered_in(self, language: str) -> "EventQuerySet":
        # One EventText per language offered, so this is "language is in event.languages",
        # and it works on SQLite, which cannot look inside JSON lists.
        return self.filter(texts__language=language)

    def with_counts(self) -> "EventQuerySet":
        return self.annotate(
            confirmed_count=Count(
                "registrations", filter=Q(registrations__status="confirmed"), distinct=True
            ),
            waitlist_count=Count(
                "registrations", filter=Q(registrations__status="waitlisted"), distinct=True
            ),
        )


class Event(models.Model):
    """A workshop, national event or conference. Times are stored in UTC and shown in the
    event's own time zone; its title and description live in EventText, one per language."""

    slug = models.SlugField(_("slug"), unique=True, max_length=80)
    kind = models.CharField(_("type"), max_length=20, choices=Kind)
    country = models.CharField(
        _("country"), max_length=2, blank=True, choices=list(COUNTRIES.items())
    )  # blank: online only
    languages = models.JSONField(_("languages offered"), default=list)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    capacity = models.PositiveIntegerField(_("places"), validators=[MinValueValidator(1)])
    registration_deadline = models.DateTimeField(_("registration deadline"))
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        verbose_name=_("organiser"),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("organisation"),
    )
    published = models.BooleanField(_("published"), default=False)
    is_example = models.BooleanField(_("example event (demo data)"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return self.slug

    def get_absolute_url(self) -> str:
        return reverse("events:detail", args=[self.slug])

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def has_ended(self, now=None) -> bool:
        return self.ends_at < (now or timezone.now())

    def has_started(self, now=None) -> bool:
        return self.starts_at <= (now or timezone.now())

    def registration_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.published and now <= self.registration_deadline and now < self.starts_at

    @property
    def registrations_deleted_after(self):
        """When purge_unfinished deletes the registrations (EVENT_RETENTION_DAYS after the end)."""
        return self.ends_at + timedelta(days=settings.EVENT_RETENTION_DAYS)

    def offered_languages(self) -> list[tuple[str, str]]:
        return [(code, name) for code, name in settings.LANGUAGES if code in self.languages]


class EventText(TranslatedText):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))

    class Meta:
        ordering = ["event", "language"]
        constraints = [
            models.UniqueConstraint(fields=["event", "language"], name="unique_event_language")
        ]
        verbose_name = _("event text")
        verbose_name_plural = _("event texts")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"


class Status(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waitlist")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE = [Status.CONFIRMED, Status.WAITLISTED]


class RegistrationQuerySet(models.QuerySet):
    def expired(self, cutoff) -> "RegistrationQuerySet":
        """Registrations for events that ended before ``cutoff`` (kept until then)."""
        return self.filter(event__ends_at__lt=cutoff)

    def active(self) -> "RegistrationQuerySet":
        return self.filter(status__in=ACTIVE)

    def confirmed(self) -> "RegistrationQuerySet":
        return self.filter(status=Status.CONFIRMED).order_by("created_at", "pk")

    def waitlist(self) -> "RegistrationQuerySet":
        """People waiting for a place, first come first served."""
        return self.filter(status=Status.WAITLISTED).order_by("created_at", "pk")

    def with_email(self, email: str) -> "RegistrationQuerySet":
        return self.filter(email__iexact=email.strip())


class Registration(models.Model):
    """A person's place (or place in the queue) at an event. The cancel link's token is stored
    only as a hash. The calendar UID and sequence tie the cancellation to the invitation."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_token_hash = models.CharField(max_length=64, unique=True)
    calendar_uid = models.CharField(max_length=100, unique=True)
    calendar_sequence = models.PositiveIntegerField(default=0)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=Q(status__in=ACTIVE),
                name="unique_active_registration",
            )
        ]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")

    def __str__(self) -> str:
        return f"{self.name} ({self.status}) at {self.event}"


SCALE = [MinValueValidator(1), MaxValueValidator(5)]

# The feedback form: each question is answered on a 1-5 scale (5 is best).
QUESTIONS = [
    ("useful", _("How useful was the event for your work?")),
    ("content", _("How good was the content?")),
    ("organisation", _("How well was the event organised?")),
    ("recommend", _("How likely are you to recommend it to a colleague?")),
]


class FeedbackRequest(models.Model):
    """The personal feedback link sent to one confirmed attendee after the event. When the
    registrations are deleted (purge_unfinished, EVENT_RETENTION_DAYS), the request and its
    answer stay with the event, no longer tied to anyone, so the organisers keep the summary."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="feedback_requests")
    registration = models.OneToOneField(
        Registration,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback_request",
    )
    token_hash = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"feedback request to {self.registration}"


class FeedbackResponse(models.Model):
    request = models.OneToOneField(
        FeedbackRequest, on_delete=models.CASCADE, related_name="response"
    )
    useful = models.PositiveSmallIntegerField(validators=SCALE)
    content = models.PositiveSmallIntegerField(validators=SCALE)
    organisation = models.PositiveSmallIntegerField(validators=SCALE)
    recommend = models.PositiveSmallIntegerField(validators=SCALE)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(**{f"{key}__gte": 1, f"{key}__lte": 5}), name=f"feedback_{key}_1_5"
            )
            for key, _label in QUESTIONS
        ]

    def __str__(self) -> str:
        return f"feedback from {self.request.registration}"
