from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from innospark.compendium.countries import COUNTRIES
from innospark.core.models import TranslatedText
from innospark.core.text import fold
from innospark.diagnostic.models import CompanySize as Size


class Subsector(models.TextChoices):
    SOFTWARE = "software", _("Software")
    SAAS = "saas", _("Software as a service")
    IT_SERVICES = "it-services", _("IT services")
    TELECOMS = "telecoms", _("Telecommunications")
    FINTECH = "fintech", _("Financial technology")
    PLATFORM = "platform", _("Digital platforms")
    GAMES = "games", _("Games")
    MEDIA = "media", _("Digital media")
    HARDWARE = "hardware", _("Hardware")
    COMMUNITY = "community", _("Tech communities and incubators")


class Case(models.Model):
    """A documented innovation in an ICT company. Facts come from the sources listed with it;
    its texts live in CaseText, one per language."""

    slug = models.SlugField(_("slug"), unique=True)
    company = models.CharField(_("company"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=list(COUNTRIES.items()))
    size = models.CharField(_("size"), max_length=10, choices=Size)
    subsector = models.CharField(_("ICT sub-sector"), max_length=20, choices=Subsector)
    year_from = models.PositiveSmallIntegerField(_("from"))
    year_to = models.PositiveSmallIntegerField(_("to"), null=True, blank=True)  # None: ongoing
    sources = models.JSONField(_("sources"), default=list)
    techniques = models.ManyToManyField(
        "toolkit.Technique", related_name="cases", verbose_name=_("techniques")
    )
    skills = models.ManyToManyField(
        "diagnostic.Skill", related_name="cases", verbose_name=_("skills")
    )

    class Meta:
        ordering = ["company"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def __str__(self) -> str:
        return self.company

    def get_absolute_url(self) -> str:
        return reverse("compendium:case", args=[self.slug])


class CaseTextQuerySet(models.QuerySet):
    def in_language(self, language: str) -> "CaseTextQuerySet":
        return self.filter(language=language).select_related("case")

    def matching(self, query: str) -> "CaseTextQuerySet":
        """Every word of the query appears in the case, accents and case ignored."""
        qs = self
        for word in fold(query).split():
            qs = qs.filter(search_text__contains=word)
        return qs


class CaseText(TranslatedText):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="texts")
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"))
    challenge = models.TextField(_("challenge"))
    practice = models.TextField(_("creative practice"))
    outcome = models.TextField(_("outcome"))
    lessons = models.JSONField(_("lessons"), default=list)
    search_text = models.TextField(blank=True, editable=False)

    objects = CaseTextQuerySet.as_manager()

    class Meta:
        ordering = ["case", "language"]
        constraints = [
            models.UniqueConstraint(fields=["case", "language"], name="unique_case_language")
        ]
        verbose_name = _("case text")
        verbose_name_plural = _("case texts")

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

    def index(self, company: str) -> None:
        parts = [company, self.title, self.summary, self.challenge, self.practice, self.outcome]
        self.search_text = fold(" ".join(parts + list(self.lessons)))
