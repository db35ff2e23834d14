from django.contrib import admin

from innospark.toolkit.models import Exercise, ExerciseText, Technique, TechniqueText


class TechniqueTextInline(admin.StackedInline):
    model = TechniqueText
    extra = 0


@admin.register(Technique)
class TechniqueAdmin(admin.ModelAdmin):
    list_display = ["slug", "credit"]
    search_fields = ["slug", "texts__name"]
    inlines = [TechniqueTextInline]
    list_filter = ["difficulty", "online"]


class ExerciseTextInline(admin.StackedInline):
    model = ExerciseText
    extra = 0


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ["kind", "order"]
    inlines = [ExerciseTextInline]
