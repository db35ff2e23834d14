"""A live workshop: a facilitator runs a toolkit technique with a room; participants join from
their phones by a short code, without an account, and send ideas and votes.

Everything lives in the database, so any number of server processes can serve one workshop.
Screens poll small fragments and get a 204 while the version number they hold is current:
``version`` changes with anything the facilitator's idea wall shows (ideas, joins, votes, and
every change of ``stage_version``), ``stage_version`` only with what participants see (step,
timer, idea collection, phase), so 50 phones do not re-render on every idea someone sends."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innospark.toolkit.models import Technique

IDEA_MAX_CHARS = 280
NAME_MAX_CHARS = 40
QUESTION_MAX_CHARS = 200
MAX_VOTES = 10


class Phase(models.TextChoices):
    STEPS = "steps", _("Steps")
    VOTING = "voting", _("Voting")
    CLOSED = "closed", _("Closed")


class WorkshopQuerySet(models.QuerySet):
    def live(self) -> "WorkshopQuerySet":
        return self.filter(expires_at__gt=timezone.now()).exclude(phase=Phase.CLOSED)

    def ended_before(self, cutoff) -> "WorkshopQuerySet":
        """Workshops that were closed, or whose code expired, before ``cutoff``."""
        return self.filter(Q(expires_at__lt=cutoff) | Q(closed_at__lt=cutoff))

    def for_facilitator(self, user) -> "WorkshopQuerySet":
        return self.filter(facilitator=user)


class Workshop(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Unique among unexpired workshops: an expired workshop gives its code up (set to null)
    # when a new one is created, so the 31**6 codes are never used up.
    code = models.CharField(_("code"), max_length=6, unique=True, null=True, blank=True)
    technique = models.ForeignKey(Technique, on_delete=models.PROTECT, related_name="workshops")
    facilitator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workshops"
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    question = models.CharField(_("question"), max_length=QUESTION_MAX_CHARS, blank=True)
    step = models.PositiveSmallIntegerField(default=0)
    # The timer of the current step: running until timer_ends_at, or paused with timer_left
    # seconds to go (exactly one of the two is set); timer_total for the warning threshold.
    timer_ends_at = models.DateTimeField(null=True, blank=True)
    timer_left = models.PositiveIntegerField(null=True, blank=True)
    timer_total = models.PositiveIntegerField(default=0)
    # The step whose ideas are being collected, or null when collection is closed.
    collecting_step = models.PositiveSmallIntegerField(null=True, blank=True)
    phase = models.CharField(max_length=10, choices=Phase, default=Phase.STEPS)
    votes_per_participant = models.PositiveSmallIntegerField(_("votes per participant"), default=3)
    version = models.PositiveIntegerField(default=1)
    stage_version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = WorkshopQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("live workshop")
        verbose_name_plural = _("live workshops")

    def __str__(self) -> str:
        return f"{self.technique.slug} {self.code or '-'} ({self.created_at:%Y-%m-%d})"

    def get_absolute_url(self) -> str:
        return reverse("workshops:run", args=[self.pk])

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_live(self) -> bool:
        return not self.is_expired and self.phase != Phase.CLOSED

    @property
    def step_count(self) -> int:
        return len(self.technique.step_minutes)

    def seconds_left(self) -> float:
        if self.timer_ends_at is not None:
            return max(0.0, (self.timer_ends_at - timezone.now()).total_seconds())
        return float(self.timer_left or 0)

    @property
    def timer_running(self) -> bool:
        return self.timer_ends_at is not None

    @property
    def collecting(self) -> bool:
        return self.phase == Phase.STEPS and self.collecting_step == self.step

    @property
    def deleted_after(self):
        """When purge_unfinished deletes it with its ideas and votes (WORKSHOP_RETENTION_DAYS
        after it ended)."""
        ended = min(filter(None, (self.closed_at, self.expires_at)))
        return ended + timedelta(days=settings.WORKSHOP_RETENTION_DAYS)

    @staticmethod
    def default_expiry():
        return timezone.now() + timedelta(hours=settings.WORKSHOP_HOURS)


def bump(workshop_id, *, stage: bool = False, **changes) -> None:
    """Save ``changes`` and move the version(s) on, in one UPDATE, so screens see the change."""
    if stage:
        changes["stage_version"] = F("stage_version") + 1
    Workshop.objects.filter(pk=workshop_id).update(version=F("version") + 1, **changes)


class Participant(models.Model):
    """Someone in the room, known only by a token kept in their browser's session."""

    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="participants")
    name = models.CharField(_("name"), max_length=NAME_MAX_CHARS, blank=True)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    token_hash = models.CharField(max_length=64, unique=True)
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["joined_at"]

    def __str__(self) -> str:
        return self.name or f"participant {self.pk}"


class Idea(models.Model):
    workshop = models.ForeignKey(Workshop, on_delete=models.CASCADE, related_name="ideas")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="ideas")
    step = models.PositiveSmallIntegerField()
    text = models.CharField(_("idea"), max_length=IDEA_MAX_CHARS)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    # float32 sentence embedding (scoring.ideas.ENCODER), computed once when the idea arrives.
    embedding = models.BinaryField()
    # Its group of similar ideas within its step (1-based), fixed when voting opens, so the
    # phones list similar ideas together without each of them clustering the ideas again.
    group = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["workshop", "step"])]

    def __str__(self) -> str:
        return self.text[:60]


class Vote(models.Model):
    """One dot. The idea belongs to the voter's workshop and the number of dots stays within
    the workshop's allowance: services.vote_add checks both with the voter's row locked."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="votes")
    idea = models.ForeignKey(Idea, on_delete=models.CASCADE, related_name="votes")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "idea"], name="one_vote_per_idea")
        ]

    def __str__(self) -> str:
        return f"{self.participant} → {self.idea}"
