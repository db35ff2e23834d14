from itertools import groupby

from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language

from innospark.compendium.models import CaseText
from innospark.core.models import MissingTranslation
from innospark.diagnostic.models import SkillText
from innospark.toolkit.forms import TechniqueFilterForm
from innospark.toolkit.models import ExerciseText, Technique, TechniqueText
from innospark.toolkit.views.exercises import clock
from innospark.workshops.services import MIN_GROUP


def technique_list(request):
    language = get_language()
    form = TechniqueFilterForm(request.GET or None, language=language)
    everything = TechniqueText.objects.in_language(language)
    texts = sorted(
        form.filter(everything) if form.is_bound else everything, key=lambda t: t.sort_key
    )
    letters = [(letter, list(items)) for letter, items in groupby(texts, key=lambda t: t.initial)]
    context = {
        "form": form,
        "letters": letters,
        "count": len(texts),
        "total": everything.count(),
        "filtered": form.is_bound and any(form.data.get(name) for name in form.fields),
    }
    template = "toolkit/_results.html" if request.htmx else "toolkit/list.html"
    return render(request, template, context)


def _technique_text(slug: str, language: str) -> TechniqueText:
    technique = get_object_or_404(Technique, slug=slug)
    text = TechniqueText.objects.filter(technique=technique, language=language).first()
    if text is None:
        raise MissingTranslation(f"technique {slug} has no text in {language}")
    return text


def _live_url(technique: Technique) -> str | None:
    """Techniques for groups (MIN_GROUP people or more) can be run as a live workshop."""
    if technique.group_max >= MIN_GROUP:
        return reverse("workshops:start", args=[technique.slug])
    return None


def technique_detail(request, slug):
    language = get_language()
    text = _technique_text(slug, language)
    technique = text.technique
    context = {
        "technique": technique,
        "text": text,
        "steps": text.timed_steps(),
        "skills": SkillText.objects.filter(skill__techniques=technique, language=language)
        .select_related("skill")
        .order_by("skill__order"),
        "related": TechniqueText.objects.in_language(language)
        .filter(technique__in=technique.related.all())
        .order_by("sort_key"),
        "cases": CaseText.objects.in_language(language)
        .filter(case__techniques=technique)
        .order_by("case__company"),
        "exercises": ExerciseText.objects.filter(
            exercise__techniques=technique, language=language
        ).select_related("exercise"),
        "live_url": _live_url(technique),
    }
    return render(request, "toolkit/technique.html", context)


def technique_facilitate(request, slug):
    text = _technique_text(slug, get_language())
    steps = [
        {"title": "", "text": step, "seconds": minutes * 60, "clock": clock(minutes * 60)}
        for i, (step, minutes) in enumerate(text.timed_steps(), start=1)
    ]
    return render(
        request,
        "toolkit/facilitate.html",
        {
            "name": text.name,
            "goal": text.purpose,
            "steps": steps,
            "back": text.technique.get_absolute_url(),
            "live_url": _live_url(text.technique),
        },
    )
