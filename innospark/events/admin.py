from django.contrib import admin

from innospark.events.models import Event, EventText, Registration


class EventTextInline(admin.StackedInline):
    model = EventText
    extra = 0


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ["slug", "kind", "country", "starts_at", "capacity", "published", "is_example"]
    list_filter = ["kind", "country", "published", "is_example"]
    search_fields = ["slug", "texts__title"]
    inlines = [EventTextInline]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "event", "status", "language", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["name", "email", "event__slug"]
    readonly_fields = ["cancel_token_hash", "calendar_uid", "calendar_sequence"]
