from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "innospark.core"
    label = "core"
