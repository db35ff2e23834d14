from django import forms
from django.utils.translation import gettext_lazy as _

from innospark.workshops.models import MAX_VOTES, NAME_MAX_CHARS, QUESTION_MAX_CHARS


class StartForm(forms.Form):
    question = forms.CharField(
        label=_("The question for the room (optional)"),
        help_text=_("Shown on every screen, e.g. “How could patients reschedule without calling?”"),
        max_length=QUESTION_MAX_CHARS,
        required=False,
    )
    votes = forms.IntegerField(
        label=_("Votes per participant"),
        help_text=_("Dot voting: each participant gives one vote to each of this many ideas."),
        min_value=1,
        max_value=MAX_VOTES,
        initial=3,
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Workshop code"),
        help_text=_("Six letters and digits, shown on the facilitator's screen."),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class NameForm(forms.Form):
    name = forms.CharField(
        label=_("Your name (optional)"),
        help_text=_("Shown beside your ideas. Leave it empty to take part anonymously."),
        max_length=NAME_MAX_CHARS,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
