from django import forms
from django.utils.translation import gettext_lazy as _

from innospark.insights.catalogue import GROUPS, spec_for
from innospark.insights.models import COUNTRIES, Indicator
from innospark.insights.presentation import NAMES


class ExplorerForm(forms.Form):
    indicator = forms.ChoiceField(label=_("Indicator"))
    countries = forms.MultipleChoiceField(
        label=_("Countries"), widget=forms.CheckboxSelectMultiple, required=False
    )
    start = forms.IntegerField(label=_("From"), min_value=1990, max_value=2030, required=False)
    end = forms.IntegerField(label=_("To"), min_value=1990, max_value=2030, required=False)
    chart = forms.ChoiceField(
        label=_("Chart"),
        choices=[("line", _("Line chart (years)")), ("bar", _("Bar chart (one year)"))],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        groups: dict[str, list] = {}
        for indicator in Indicator.objects.all():
            groups.setdefault(indicator.group, []).append(
                (indicator.code, str(spec_for(indicator.code).name))
            )
        self.fields["indicator"].choices = [
            (str(GROUPS[group]), choices) for group, choices in groups.items()
        ]
        self.fields["countries"].choices = [(c, NAMES[c]) for c in COUNTRIES]

    def clean(self):
        data = super().clean()
        data["countries"] = data.get("countries") or list(COUNTRIES)
        data["start"] = data.get("start") or 2010
        data["end"] = data.get("end") or 2024
        data["chart"] = data.get("chart") or "line"
        if data["start"] > data["end"]:
            raise forms.ValidationError(_("“From” must not be after “To”."))
        return data
