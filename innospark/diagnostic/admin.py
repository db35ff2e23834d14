from django.contrib import admin

from innospark.diagnostic.models import Item, ItemText, Session, Skill, SkillTechnique, SkillText


class SkillTextInline(admin.StackedInline):
    model = SkillText
    extra = 0


class SkillTechniqueInline(admin.TabularInline):
    model = SkillTechnique
    extra = 0


class ItemTextInline(admin.TabularInline):
    model = ItemText
    extra = 0


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["key", "group", "order"]
    inlines = [SkillTextInline, SkillTechniqueInline]


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ["key", "skill", "position", "reverse", "ipip_item"]
    list_filter = ["skill", "reverse"]
    inlines = [ItemTextInline]


@admin.register(Session)
class SessionAdmin(admin.ModelAdmin):
    """Read-only overview: answers stay private, so only the session's context is listed."""

    list_display = ["id", "language", "role", "country", "created_at", "finished_at", "is_demo"]
    list_filter = ["language", "role", "country", "is_demo"]
    readonly_fields = [f.name for f in Session._meta.fields]

    def has_add_permission(self, request):
        return False
