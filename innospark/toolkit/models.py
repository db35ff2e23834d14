from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from innospark.core.models import TranslatedText


class Technique(models.Model):
    """A creativity or innovation technique; its texts live in TechniqueText, one per language."""

    slug = models.SlugField(_("slug"), unique=True)
    credit = models.CharField(_("origin and credit"), max_length=300, blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("technique")
        verbose_name_plural = _("techniques")

    def __str__(self) -> str:
        return self.slug

    def get_absolute_url(self) -> str:
        return reverse("toolkit:technique", args=[self.slug])


class TechniqueText(TranslatedText):
    technique = models.ForeignKey(Technique, on_delete=models.CASCADE, related_name="texts")
    name = models.CharField(_("name"), max_length=200)
    purpose = models.TextField(_("purpose"))
    steps = models.JSONField(_("steps"), default=list)

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
