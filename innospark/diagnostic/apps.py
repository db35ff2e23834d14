from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiagnosticConfig(AppConfig):
    name = "innospark.diagnostic"
    label = "diagnostic"
    verbose_name = _("Self-diagnostic test")

    def ready(self):
        # The performance-task models live in their own module; import it so Django registers them.
        from innospark.diagnostic import task_models  # noqa: F401
