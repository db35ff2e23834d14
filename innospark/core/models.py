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


class Throttle(models.Model):
    """Failed attempts at guessing a secret (resume code, join code, password, API key) from one
    client in one fixed time window. The client is stored as a hash, never as an address."""

    scope = models.CharField(max_length=20)
    client = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    failures = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "client", "window_start"], name="unique_throttle_window"
            )
        ]

    def __str__(self) -> str:
        return (
            f"{self.scope} {self.client[:8]}… {self.window_start:%Y-%m-%d %H:%M}: {self.failures}"
        )
