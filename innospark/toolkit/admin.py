from django.contrib import admin

from innospark.toolkit.models import Technique, TechniqueText


class TechniqueTextInline(admin.StackedInline):
    model = TechniqueText
    extra = 0


@admin.register(Technique)
class TechniqueAdmin(admin.ModelAdmin):
    list_display = ["slug", "credit"]
    search_fields = ["slug", "texts__name"]
    inlines = [TechniqueTextInline]
