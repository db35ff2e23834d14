from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslatedText(models.Model):
    """One row of translated content per language; subclasses add the unique constraint."""

    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)

    class Meta:
        abstract = True


class MissingTranslation(LookupError):
    """Content lacks a language: we say so rather than fall back to English."""
