from django import forms
from django.utils.translation import gettext_lazy as _

from innospark.diagnostic.models import SkillText
from innospark.toolkit.models import Difficulty, TechniqueTextQuerySet

GROUPS = {
    # filter value: (smallest, largest) number of people the technique must be able to handle
    "alone": (1, 1),
    "small": (2, 8),
    "large": (9, 10_000),
}
DURATIONS = {
    # filter value: (shortest, longest) total minutes
    "15": (0, 15),
    "45": (16, 45),
    "120": (46, 120),
    "long": (121, 1_000_000),
}


class TechniqueFilterForm(forms.Form):
    """The A to Z filters. Every field is optional; a bad value is reported, not ignored."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    skill = forms.ChoiceField(label=_("Skill it trains"), required=False)
    group = forms.ChoiceField(
        label=_("Group size"),
        required=False,
        choices=[
            ("", _("Any")),
            ("alone", _("Alone")),
            ("small", _("Small group (2–8)")),
            ("large", _("Large group (9 or more)")),
        ],
    )
    duration = forms.ChoiceField(
        label=_("Duration"),
        required=False,
        choices=[
            ("", _("Any")),
            ("15", _("Up to 15 minutes")),
            ("45", _("16 to 45 minutes")),
            ("120", _("46 minutes to 2 hours")),
            ("long", _("More than 2 hours")),
        ],
    )
    difficulty = forms.ChoiceField(
        label=_("Difficulty"), required=False, choices=[("", _("Any")), *Difficulty.choices]
    )
    online = forms.ChoiceField(
        label=_("Works online"),
        required=False,
        choices=[("", _("Any")), ("yes", _("Yes")), ("no", _("No"))],
    )

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        skills = (
            SkillText.objects.filter(language=language)
            .select_related("skill")
            .order_by("skill__order")
        )
        self.fields["skill"].choices = [("", _("Any"))] + [(s.skill.key, s.name) for s in skills]

    def filter(self, texts: TechniqueTextQuerySet) -> TechniqueTextQuerySet:
        self.is_valid()  # a refused field is reported; the valid ones still apply
        return filter_techniques(texts, **{k: v for k, v in self.cleaned_data.items() if v})


def filter_techniques(
    texts: TechniqueTextQuerySet,
    *,
    q: str = "",
    skill: str = "",
    group: str = "",
    duration: str = "",
    difficulty: str = "",
    online: str = "",
) -> TechniqueTextQuerySet:
    """Shared by the A to Z page and the JSON API."""
    if q:
        texts = texts.matching(q)
    if skill:
        texts = texts.filter(technique__skills__key=skill)
    if group:
        low, high = GROUPS[group]
        texts = texts.filter(technique__group_min__lte=high, technique__group_max__gte=low)
    if duration:
        low, high = DURATIONS[duration]
        texts = texts.filter(
            technique__duration_minutes__gte=low, technique__duration_minutes__lte=high
        )
    if difficulty:
        texts = texts.filter(technique__difficulty=difficulty)
    if online:
        texts = texts.filter(technique__online=online == "yes")
    return texts
