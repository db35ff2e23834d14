from django.db import models
from django.utils.translation import gettext_lazy as _

COUNTRIES = ["UK", "BG", "IT", "ES", "EE", "HU", "EU"]


class Indicator(models.Model):
    """One published series. Names and units shown to people come from the catalogue
    (translated); the row keeps what the import needs to say where a value came from."""

    code = models.CharField(_("code"), max_length=120, unique=True)
    group = models.CharField(_("group"), max_length=40)
    order = models.PositiveIntegerField(default=0)
    source = models.CharField(_("source"), max_length=300)
    dataset = models.CharField(_("dataset"), max_length=300)
    licence = models.CharField(_("licence"), max_length=100)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return self.code


class Value(models.Model):
    """One published figure: ``value`` is None where the source has none (":" or empty),
    which charts show as a gap, never as zero. ``raw`` is the string as published."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    country = models.CharField(_("country"), max_length=2)
    year = models.PositiveSmallIntegerField(_("year"))
    value = models.FloatField(_("value"), null=True)
    flag = models.CharField(_("flag"), max_length=10, blank=True)
    raw = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["indicator", "country", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "country", "year"], name="unique_indicator_country_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.country} {self.year}: {self.raw}"
