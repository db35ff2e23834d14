import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from innospark.core.models import TranslatedText


class Group(models.TextChoices):
    GENERAL = "general", _("General skills")
    SOFT = "soft", _("Soft skills")
    PROBLEM_SOLVING = "problem-solving", _("Problem-solving skills")


class Role(models.TextChoices):
    EMPLOYEE = "employee", _("ICT employee")
    TEAM_LEAD = "team-lead", _("Team lead")
    EMPLOYER = "employer", _("Employer or manager")


class CompanySize(models.TextChoices):
    MICRO = "micro", _("Micro (1 to 9 people)")
    SMALL = "small", _("Small (10 to 49 people)")
    MEDIUM = "medium", _("Medium-sized (50 to 249 people)")
    LARGE = "large", _("Large (250 people or more)")


class Country(models.TextChoices):
    UK = "UK", _("United Kingdom")
    BG = "BG", _("Bulgaria")
    IT = "IT", _("Italy")
    ES = "ES", _("Spain")
    EE = "EE", _("Estonia")
    HU = "HU", _("Hungary")
    OTHER = "OTHER", _("Another country")


class Sector(models.TextChoices):
    SOFTWARE = "software", _("Software development and publishing")
    IT_SERVICES = "it-services", _("IT services and consulting")
    TELECOMS = "telecoms", _("Telecommunications")
    HARDWARE = "hardware", _("Hardware and electronics")
    DIGITAL_MEDIA = "digital-media", _("Digital media, web and games")
    DATA = "data", _("Data processing, hosting and cloud")
    OTHER = "other", _("Another ICT activity")


class Skill(models.Model):
    key = models.SlugField(_("key"), unique=True)
    group = models.CharField(_("group"), max_length=20, choices=Group.choices)
    order = models.PositiveSmallIntegerField(_("order"), unique=True)
    techniques = models.ManyToManyField(
        "toolkit.Technique",
        through="SkillTechnique",
        related_name="skills",
        verbose_name=_("techniques"),
    )

    class Meta:
        ordering = ["order"]
        verbose_name = _("skill")
        verbose_name_plural = _("skills")

    def __str__(self) -> str:
        return self.key


class SkillText(TranslatedText):
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=120)
    definition = models.TextField(_("definition"))
    basis = models.TextField(_("basis in the literature"), blank=True)
    low = models.TextField(_("interpretation of a low score"))
    medium = models.TextField(_("interpretation of a medium score"))
    high = models.TextField(_("interpretation of a high score"))

    class Meta:
        ordering = ["skill", "language"]
        constraints = [
            models.UniqueConstraint(fields=["skill", "language"], name="unique_skill_language")
        ]
        verbose_name = _("skill text")
        verbose_name_plural = _("skill texts")

    def __str__(self) -> str:
        return f"{self.name} ({self.language})"

    def interpretation(self, level: str) -> str:
        return {"low": self.low, "medium": self.medium, "high": self.high}[level]


class SkillTechnique(models.Model):
    """The skill-to-technique map of the development plan, kept in content."""

    skill = models.ForeignKey(Skill, on_delete=models.CASCADE)
    technique = models.ForeignKey("toolkit.Technique", on_delete=models.CASCADE)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["skill", "order"]
        constraints = [
            models.UniqueConstraint(fields=["skill", "technique"], name="unique_skill_technique")
        ]

    def __str__(self) -> str:
        return f"{self.skill_id} → {self.technique_id}"


class ItemKind(models.TextChoices):
    LIKERT = "likert", _("Five-point statement")


class Item(models.Model):
    key = models.SlugField(_("key"), unique=True)
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="items")
    kind = models.CharField(
        _("type"), max_length=20, choices=ItemKind.choices, default=ItemKind.LIKERT
    )
    reverse = models.BooleanField(_("reverse-keyed"), default=False)
    position = models.PositiveSmallIntegerField(_("position in the test"), unique=True)
    ipip_item = models.CharField(
        _("adapted from IPIP item"),
        max_length=300,
        blank=True,
        help_text=_("Empty for our own wording."),
    )

    class Meta:
        ordering = ["position"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self) -> str:
        return self.key


class ItemText(TranslatedText):
    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="texts")
    text = models.TextField(_("text"))

    class Meta:
        ordering = ["item", "language"]
        constraints = [
            models.UniqueConstraint(fields=["item", "language"], name="unique_item_language")
        ]
        verbose_name = _("statement text")
        verbose_name_plural = _("statement texts")

    def __str__(self) -> str:
        return f"{self.item.key} ({self.language})"


class SessionQuerySet(models.QuerySet):
    def completed(self) -> "SessionQuerySet":
        return self.filter(finished_at__isnull=False)

    def for_norms(self) -> "SessionQuerySet":
        """Completed sessions that percentiles compare against (demo data only if DEMO_DATA)."""
        qs = self.completed()
        if not settings.DEMO_DATA:
            qs = qs.filter(is_demo=False)
        return qs

    def for_user(self, user) -> "SessionQuerySet":
        return self.filter(user=user) if user.is_authenticated else self.none()

    def with_live_resume_code(self) -> "SessionQuerySet":
        cutoff = timezone.now() - timedelta(days=settings.RESUME_CODE_DAYS)
        return self.filter(resume_issued_at__gte=cutoff)


class Session(models.Model):
    """One attempt at the diagnostic, anonymous unless claimed by an account."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    resume_hash = models.CharField(max_length=64, unique=True, editable=False)
    # Tokens expire after API_TOKEN_HOURS, resume codes after RESUME_CODE_DAYS (settings).
    token_issued_at = models.DateTimeField(default=timezone.now, editable=False)
    resume_issued_at = models.DateTimeField(default=timezone.now, editable=False)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, blank=True)
    company_size = models.CharField(
        _("company size"), max_length=20, choices=CompanySize.choices, blank=True
    )
    country = models.CharField(_("country"), max_length=5, choices=Country.choices, blank=True)
    sector = models.CharField(
        _("ICT sub-sector"), max_length=20, choices=Sector.choices, blank=True
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="diagnostic_sessions",
    )
    is_demo = models.BooleanField(_("simulated demo data"), default=False)
    # Set when the respondent joined an organisation's campaign; still anonymous.
    campaign = models.ForeignKey(
        "organisations.Campaign",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sessions",
    )
    # The performance tasks drawn for this session: [{"key", "kind", "ref", "page"}]
    tasks = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["finished_at", "is_demo"])]
        verbose_name = _("diagnostic session")
        verbose_name_plural = _("diagnostic sessions")

    def __str__(self) -> str:
        return str(self.id)

    def get_absolute_url(self) -> str:
        return reverse("diagnostic:result", args=[self.id])

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def has_live_token(self) -> bool:
        return self.token_issued_at >= timezone.now() - timedelta(hours=settings.API_TOKEN_HOURS)


class Answer(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="answers")
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="answers")
    value = models.PositiveSmallIntegerField()
    answered_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "item"], name="unique_answer_per_item"),
            models.CheckConstraint(
                condition=models.Q(value__gte=1, value__lte=5), name="answer_value_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.session_id}: {self.item_id} = {self.value}"


class ScoreKind(models.TextChoices):
    SKILL = "skill", _("skill")
    GROUP = "group", _("group")


class ScoreQuerySet(models.QuerySet):
    def for_norms(self) -> "ScoreQuerySet":
        return self.filter(session__in=Session.objects.for_norms())


class Score(models.Model):
    """A finished session's score on one skill or group, stored so norms are one query away."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="scores")
    kind = models.CharField(max_length=10, choices=ScoreKind.choices)
    key = models.SlugField()
    score = models.FloatField()
    answered = models.PositiveSmallIntegerField()
    items = models.PositiveSmallIntegerField()

    objects = ScoreQuerySet.as_manager()

    class Meta:
        ordering = ["session", "kind", "key"]
        constraints = [
            models.UniqueConstraint(fields=["session", "kind", "key"], name="unique_score_per_key")
        ]
        indexes = [models.Index(fields=["kind", "key", "score"])]

    def __str__(self) -> str:
        return f"{self.session_id}: {self.kind} {self.key} = {self.score}"
