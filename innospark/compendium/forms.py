from django import forms
from django.utils.translation import gettext_lazy as _

from innospark.compendium.countries import COUNTRIES
from innospark.compendium.models import Case, CaseTextQuerySet, Size, Subsector
from innospark.diagnostic.models import SkillText
from innospark.toolkit.models import TechniqueText

ANY = ("", _("Any"))


class CaseFilterForm(forms.Form):
    """The compendium's filters; every field is optional and a bad value is reported."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    country = forms.ChoiceField(label=_("Country"), required=False)
    technique = forms.ChoiceField(label=_("Technique"), required=False)
    skill = forms.ChoiceField(label=_("Skill"), required=False)
    size = forms.ChoiceField(label=_("Company size"), required=False, choices=[ANY, *Size.choices])
    subsector = forms.ChoiceField(
        label=_("ICT sub-sector"), required=False, choices=[ANY, *Subsector.choices]
    )

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        used = set(Case.objects.values_list("country", flat=True))
        self.fields["country"].choices = [ANY] + [
            (code, name) for code, name in COUNTRIES.items() if code in used
        ]
        techniques = TechniqueText.objects.in_language(language).filter(
            technique__cases__isnull=False
        )
        self.fields["technique"].choices = [ANY] + sorted(
            {(t.technique.slug, t.name) for t in techniques}, key=lambda choice: choice[1]
        )
        skills = (
            SkillText.objects.filter(language=language, skill__cases__isnull=False)
            .select_related("skill")
            .order_by("skill__order")
            .distinct()
        )
        self.fields["skill"].choices = [ANY] + [(s.skill.key, s.name) for s in skills]

    def filter(self, texts: CaseTextQuerySet) -> CaseTextQuerySet:
        self.is_valid()  # a refused field is reported; the valid ones still apply
        return filter_cases(texts, **{k: v for k, v in self.cleaned_data.items() if v})


def filter_cases(
    texts: CaseTextQuerySet,
    *,
    q: str = "",
    country: str = "",
    technique: str = "",
    skill: str = "",
    size: str = "",
    subsector: str = "",
) -> CaseTextQuerySet:
    """Shared by the compendium page and the JSON API."""
    if q:
        texts = texts.matching(q)
    if country:
        texts = texts.filter(case__country=country)
    if technique:
        texts = texts.filter(case__techniques__slug=technique)
    if skill:
        texts = texts.filter(case__skills__key=skill)
    if size:
        texts = texts.filter(case__size=size)
    if subsector:
        texts = texts.filter(case__subsector=subsector)
    return texts.distinct()
