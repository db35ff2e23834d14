from django import forms
from django.utils.translation import gettext_lazy as _

from innospark.diagnostic.models import CompanySize, Country, Role, Sector
from innospark.diagnostic.task_services import MAX_IDEAS

LIKERT = [
    (1, _("Strongly disagree")),
    (2, _("Disagree")),
    (3, _("Neither agree nor disagree")),
    (4, _("Agree")),
    (5, _("Strongly agree")),
]


def _optional(choices):
    return [("", _("Prefer not to say"))] + list(choices)


class StartForm(forms.Form):
    role = forms.ChoiceField(label=_("Your role"), choices=_optional(Role.choices), required=False)
    company_size = forms.ChoiceField(
        label=_("Size of your organisation"), choices=_optional(CompanySize.choices), required=False
    )
    country = forms.ChoiceField(
        label=_("Country where you work"), choices=_optional(Country.choices), required=False
    )
    sector = forms.ChoiceField(
        label=_("ICT sub-sector"), choices=_optional(Sector.choices), required=False
    )


class PageForm(forms.Form):
    """One radio group per statement on the page; every statement needs an answer."""

    def __init__(self, *args, items, texts: dict[int, str], **kwargs):
        super().__init__(*args, **kwargs)
        for item in items:
            self.fields[item.key] = forms.TypedChoiceField(
                label=texts[item.pk],
                choices=LIKERT,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Choose an answer for this statement."),
                    "invalid_choice": _("Choose one of the five answers."),
                },
            )


class ResumeForm(forms.Form):
    code = forms.CharField(
        label=_("Resume code"),
        max_length=40,
        help_text=_(
            "The 12-character code shown while you took the test, for example 7K2M-QX4D-9ZPT."
        ),
        error_messages={"required": _("Enter your resume code.")},
    )


def at_most_ideas(value: str) -> None:
    if len(value.splitlines()) > MAX_IDEAS:
        raise forms.ValidationError(
            _("Write at most %(count)d ideas, one per line.") % {"count": MAX_IDEAS}
        )


class TaskPageForm(forms.Form):
    """The tasks of one page: a text area of ideas per AUT object, a word per RAT problem."""

    def __init__(self, *args, prompts: list[dict], **kwargs):
        super().__init__(*args, **kwargs)
        for prompt in prompts:
            if prompt["kind"] == "aut":
                field = forms.CharField(
                    label=prompt["text"],
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "true"}),
                    validators=[at_most_ideas],
                )
            else:
                field = forms.CharField(
                    label=" · ".join(prompt["cues"]),
                    required=False,
                    max_length=60,
                    widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "none"}),
                    error_messages={"max_length": _("Write one word.")},
                )
            self.fields[prompt["key"]] = field

    def answers(self, prompts: list[dict]) -> list[tuple[str, object]]:
        kinds = {p["key"]: p["kind"] for p in prompts}
        return [
            (key, value.splitlines() if kinds[key] == "aut" else value)
            for key, value in self.cleaned_data.items()
        ]
