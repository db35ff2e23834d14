from django.contrib import admin

from innospark.compendium.models import Case, CaseText


class CaseTextInline(admin.StackedInline):
    model = CaseText
    extra = 0
    exclude = ["search_text"]


@admin.register(Case)
class CaseAdmin(admin.ModelAdmin):
    list_display = ["company", "country", "size", "subsector", "year_from"]
    list_filter = ["country", "size", "subsector"]
    search_fields = ["company", "slug"]
    inlines = [CaseTextInline]
