from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from innospark.accounts.forms import SignupForm
from innospark.organisations.models import Campaign, Role


class OrganisationSignupForm(SignupForm):
    organisation = forms.CharField(label=_("Organisation name"), max_length=200)


class OrganisationForm(forms.Form):
    name = forms.CharField(label=_("Organisation name"), max_length=200)


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class CampaignForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    languages = forms.MultipleChoiceField(
        label=_("Languages offered"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )
    closes_on = forms.DateField(
        label=_("Closing date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    min_group = forms.IntegerField(
        label=_("Minimum number of respondents before the report appears"),
        min_value=3,
        max_value=100,
        initial=settings.CAMPAIGN_MIN_GROUP,
    )
    previous = forms.ModelChoiceField(
        label=_("Compare with an earlier campaign (optional)"),
        queryset=Campaign.objects.none(),
        required=False,
    )

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["previous"].queryset = Campaign.objects.for_organisation(organisation)


class ApiKeyForm(forms.Form):
    name = forms.CharField(label=_("Name of the key"), max_length=100)


class JoinForm(forms.Form):
    code = forms.CharField(label=_("Join code"), max_length=20)
