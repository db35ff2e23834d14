"""European countries a case can come from, by the ISO code its sources use (UK for the
United Kingdom, as Eurostat does). The six partner countries come first."""

from django.utils.translation import gettext_lazy as _

PARTNERS = ["UK", "BG", "IT", "ES", "EE", "HU"]

COUNTRIES = {
    "UK": _("United Kingdom"),
    "BG": _("Bulgaria"),
    "IT": _("Italy"),
    "ES": _("Spain"),
    "EE": _("Estonia"),
    "HU": _("Hungary"),
    "AT": _("Austria"),
    "BE": _("Belgium"),
    "CH": _("Switzerland"),
    "CZ": _("Czechia"),
    "DE": _("Germany"),
    "DK": _("Denmark"),
    "FI": _("Finland"),
    "FR": _("France"),
    "GR": _("Greece"),
    "HR": _("Croatia"),
    "IE": _("Ireland"),
    "LT": _("Lithuania"),
    "LV": _("Latvia"),
    "NL": _("Netherlands"),
    "NO": _("Norway"),
    "PL": _("Poland"),
    "PT": _("Portugal"),
    "RO": _("Romania"),
    "SE": _("Sweden"),
    "SI": _("Slovenia"),
    "SK": _("Slovakia"),
}
