"""Performance tasks of the diagnostic: Alternative Uses (AUT) and Remote Associates (RAT)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from innospark.core.models import TranslatedText


class AutObject(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order"]
        verbose_name = _("alternative-uses object")
        verbose_name_plural = _("alternative-uses objects")

    def __str__(self) -> str:
        return self.slug


class AutObjectText(TranslatedText):
    object = models.ForeignKey(AutObject, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["object", "language"], name="unique_autobject_language")
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"


class RatProblem(models.Model):
    """Three cue words and the one word that joins each of them."""

    key = models.SlugField(_("key"), unique=True)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    cues = models.JSONField(_("cue words"))
    solution = models.CharField(_("solution"), max_length=60)
    accepted = models.JSONField(_("other accepted forms"), default=list, blank=True)
    source = models.CharField(_("source"), max_length=200)
    # Share of people solving it in 30 s: published norms, our estimate, or live answers.
    solve_rate = models.FloatField(_("solve rate"))
    calibrated = models.BooleanField(_("calibrated on answers"), default=False)
    attempts = models.PositiveIntegerField(_("live attempts"), default=0)
    solved = models.PositiveIntegerField(_("live solutions"), default=0)

    class Meta:
        ordering = ["language", "key"]
        verbose_name = _("remote-associates problem")
        verbose_name_plural = _("remote-associates problems")

    def __str__(self) -> str:
        return " / ".join(self.cues)


class TaskResponse(models.Model):
    """A session's answer to one task item (or its skipping), with its score."""

    session = models.ForeignKey(
        "diagnostic.Session", on_delete=models.CASCADE, related_name="task_responses"
    )
    key = models.CharField(max_length=20)  # the item id in the session: aut-1, rat-3, ...
    value = models.JSONField(null=True, blank=True)
    skipped = models.BooleanField(default=False)
    score = models.JSONField(default=dict, blank=True)
    answered_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "key"], name="unique_task_response")
        ]

    def __str__(self) -> str:
        return f"{self.session_id}: {self.key}"


class PooledIdea(models.Model):
    """An AUT idea kept for statistical infrequency: how many others had a similar one."""

    session = models.ForeignKey(
        "diagnostic.Session", on_delete=models.CASCADE, related_name="pooled_ideas"
    )
    language = models.CharField(max_length=2, choices=settings.LANGUAGES)
    object = models.ForeignKey(AutObject, on_delete=models.CASCADE)
    encoder = models.CharField(max_length=10)
    embedding = models.BinaryField()  # int8 unit vector x127

    class Meta:
        indexes = [models.Index(fields=["language", "object", "encoder"])]

    def __str__(self) -> str:
        return f"{self.language}/{self.object_id}"
