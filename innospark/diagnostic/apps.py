from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosticConfig(AppConfig):
    name = "innospark.diagnostic"
    label = "diagnostic"
    verbose_name = _("Self-diagnostic test")
