from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from innospark.core.models import TranslatedText
from innospark.core.text import fold


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    ADVANCED = "advanced", _("Advanced")


class Technique(models.Model):
    """A creativity or innovation technique; its texts live in TechniqueText, one per language."""

    slug = models.SlugField(_("slug"), unique=True)
    credit = models.CharField(_("origin and credit"), max_length=300, blank=True)
    source = models.CharField(_("source"), max_length=400, blank=True)
    licence = models.CharField(_("licence"), max_length=300, blank=True)
    group_min = models.PositiveSmallIntegerField(_("smallest group"), default=1)
    group_max = models.PositiveSmallIntegerField(_("largest group"), default=1)
    difficulty = models.CharField(
        _("difficulty"), max_length=10, choices=Difficulty, default=Difficulty.EASY
    )
    online = models.BooleanField(_("works online"), default=True)
    step_minutes = models.JSONField(_("minutes per step"), default=list)
    duration_minutes = models.PositiveIntegerField(_("duration in minutes"), default=0)
    related = models.ManyToManyField("self", symmetrical=False, blank=True, related_name="+")

    class Meta:
        ordering = ["slug"]
        verbose_name = _("technique")
        verbose_name_plural = _("techniques")

    def __str__(self) -> str:
        return self.slug

    def get_absolute_url(self) -> str:
        return reverse("toolkit:technique", args=[self.slug])


class TechniqueTextQuerySet(models.QuerySet):
    def in_language(self, language: str) -> "TechniqueTextQuerySet":
        return self.filter(language=language).select_related("technique")

    def matching(self, query: str) -> "TechniqueTextQuerySet":
        """Every word of the query appears somewhere in the text, accents and case ignored."""
        qs = self
        for word in fold(query).split():
            qs = qs.filter(search_text__contains=word)
        return qs


class TechniqueText(TranslatedText):
    technique = models.ForeignKey(Technique, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=200)
    purpose = models.TextField(_("purpose"))
    when = models.TextField(_("when to use it"), blank=True)
    steps = models.JSONField(_("steps"), default=list)
    example = models.TextField(_("example"), blank=True)
    variations = models.JSONField(_("variations"), default=list)
    tips = models.JSONField(_("tips"), default=list)
    traps = models.JSONField(_("traps"), default=list)
    origin = models.TextField(_("origin"), blank=True)
    sort_key = models.CharField(max_length=200, blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False)

    objects = TechniqueTextQuerySet.as_manager()

    class Meta:
        ordering = ["technique", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["technique", "language"], name="unique_technique_language"
            )
        ]
        verbose_name = _("technique text")
        verbose_name_plural = _("technique texts")

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"

    @property
    def initial(self) -> str:
        """The A to Z letter, accents ignored."""
        return (self.sort_key[:1] or "#").upper()

    def timed_steps(self) -> list[tuple[str, int]]:
        return list(zip(self.steps, self.technique.step_minutes, strict=True))

    def index(self) -> None:
        folded = fold(self.name)
        # "„How might we…?“" files under H, not under the quotation mark.
        self.sort_key = folded[next((i for i, ch in enumerate(folded) if ch.isalnum()), 0) :][:200]
        parts = [self.name, self.purpose, self.when, self.example, self.origin]
        parts += self.steps + self.variations + self.tips + self.traps
        self.search_text = fold(" ".join(parts))


class Exercise(models.Model):
    """An interactive exercise kind. Its behaviour lives in toolkit/exercises/<kind>.py, its
    steps (input type, seconds) here, its texts in ExerciseText."""

    kind = models.SlugField(_("exercise"), unique=True)
    order = models.PositiveSmallIntegerField(default=0)
    skills = models.JSONField(_("skills"), default=list)
    steps = models.JSONField(_("steps"), default=list)
    techniques = models.ManyToManyField(Technique, blank=True, related_name="exercises")

    class Meta:
        ordering = ["order"]
        verbose_name = _("exercise")
        verbose_name_plural = _("exercises")

    def __str__(self) -> str:
        return self.kind

    def get_absolute_url(self) -> str:
        return reverse("toolkit:exercise", args=[self.kind])

    @property
    def duration_minutes(self) -> int:
        return round(sum(step["seconds"] for step in self.steps) / 60)


class ExerciseText(TranslatedText):
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=200)
    goal = models.TextField(_("goal"))
    steps = models.JSONField(_("steps"), default=list)
    stimuli = models.JSONField(_("stimuli"), default=dict)

    class Meta:
        ordering = ["exercise", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["exercise", "language"], name="unique_exercise_language"
            )
        ]
        verbose_name = _("exercise text")
        verbose_name_plural = _("exercise texts")

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"


class ExerciseRunQuerySet(models.QuerySet):
    def completed(self) -> "ExerciseRunQuerySet":
        return self.filter(completed_at__isnull=False)

    def for_user(self, user) -> "ExerciseRunQuerySet":
        return self.filter(user=user)


class ExerciseRun(models.Model):
    """One person's go at an interactive exercise. Inputs are saved step by step in `inputs`
    (step number as text → the value typed), so nothing typed is lost when the page closes."""

    token = models.CharField(max_length=32, unique=True)
    kind = models.SlugField(_("exercise"))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="exercise_runs",
    )
    seed = models.PositiveIntegerField(default=0)
    step = models.PositiveSmallIntegerField(default=0)
    inputs = models.JSONField(default=dict)
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = ExerciseRunQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("exercise run")
        verbose_name_plural = _("exercise runs")

    def __str__(self) -> str:
        return f"{self.kind} ({self.token[:6]})"

    def get_absolute_url(self) -> str:
        if self.completed_at:
            return reverse("toolkit:exercise-summary", args=[self.token])
        return reverse("toolkit:exercise-step", args=[self.token, self.step])

    def value(self, step: int):
        return self.inputs.get(str(step))
