from datetime import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from innospark.compendium.countries import COUNTRIES
from innospark.events.access import managed_organisations
from innospark.events.models import QUESTIONS, Event, Kind
from innospark.events.services import EventDetails
from innospark.events.zones import localise, validate_time_zone
from innospark.organisations.models import Organisation

ANY = ("", _("Any"))
ONLINE = "online"


class EventFilterForm(forms.Form):
    """The list's filters; every field is optional, and a bad value is reported while the valid
    ones still apply."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Type"), required=False, choices=[ANY, *Kind.choices])
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[ANY, *settings.LANGUAGES]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        used = set(Event.objects.published().values_list("country", flat=True))
        self.fields["country"].choices = [
            ANY,
            (ONLINE, _("Online")),
            *[(code, name) for code, name in COUNTRIES.items() if code in used],
        ]

    def filter(self, events):
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if value}
        if data.get("country") == ONLINE:
            events = events.exclude(online_url="")
        elif data.get("country"):
            events = events.filter(country=data["country"])
        if data.get("kind"):
            events = events.filter(kind=data["kind"])
        if data.get("language"):
            events = events.offered_in(data["language"])
        return events

    @property
    def filtered(self) -> bool:
        return self.is_bound and any(self.data.get(name) for name in self.fields)


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)


class LocalDateTimeField(forms.Field):
    """A wall-clock date and time with no zone; the form applies the event's time zone."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
    default_error_messages = {"invalid": _("Enter a date and a time.")}
    formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        for fmt in self.formats:
            try:
                return datetime.strptime(str(value).strip(), fmt)
            except ValueError:
                continue
        raise ValidationError(self.error_messages["invalid"], code="invalid")


TIMES = ["starts_at", "ends_at", "registration_deadline"]


class EventForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=Kind.choices)
    languages = forms.MultipleChoiceField(
        label=_("Languages offered"),
        choices=settings.LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Give the title and description in each language you tick."),
    )
    starts_at = LocalDateTimeField(label=_("Starts"))
    ends_at = LocalDateTimeField(label=_("Ends"))
    time_zone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        validators=[validate_time_zone],
        help_text=_("The times above are in this zone, e.g. Europe/Sofia."),
        widget=forms.TextInput(attrs={"list": "time-zones", "autocomplete": "off"}),
    )
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=[("", _("None (online only)")), *COUNTRIES.items()],
    )
    venue = forms.CharField(label=_("Venue and address"), max_length=300, required=False)
    online_url = forms.URLField(
        label=_("Online link"), required=False, assume_scheme="https", max_length=200
    )
    capacity = forms.IntegerField(label=_("Places"), min_value=1, max_value=100000)
    registration_deadline = LocalDateTimeField(label=_("Registration deadline"))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), required=False
    )
    published = forms.BooleanField(
        label=_("Published: visitors can see the event and register"), required=False
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = managed_organisations(user)
        if not user.is_staff:
            self.fields["organisation"].required = True
        for code in settings.LANGUAGE_CODES:
            self.fields[f"title_{code}"] = forms.CharField(
                label=_("Title"), max_length=200, required=False
            )
            self.fields[f"description_{code}"] = forms.CharField(
                label=_("Description"), widget=forms.Textarea(attrs={"rows": 5}), required=False
            )

    def language_blocks(self) -> list[dict]:
        return [
            {"code": code, "name": name, "title": self[f"title_{code}"],
             "description": self[f"description_{code}"]}
            for code, name in settings.LANGUAGES
        ]  # fmt: skip

    def clean(self):
        data = super().clean()
        for code in data.get("languages") or []:
            for part in ("title", "description"):
                if not (data.get(f"{part}_{code}") or "").strip():
                    self.add_error(f"{part}_{code}", _("Required for a language you ticked."))
        zone = data.get("time_zone")
        if zone and "time_zone" not in self.errors:
            for name in TIMES:
                if data.get(name) is not None:
                    try:
                        data[name] = localise(data[name], zone)
                    except ValidationError as exc:
                        self.add_error(name, exc)
        return data

    def details(self) -> EventDetails:
        data = self.cleaned_data
        return EventDetails(
            kind=data["kind"],
            languages=data["languages"],
            texts={code: (data[f"title_{code}"], data[f"description_{code}"])
                   for code in data["languages"]},
            starts_at=data["starts_at"], ends_at=data["ends_at"], time_zone=data["time_zone"],
            capacity=data["capacity"], registration_deadline=data["registration_deadline"],
            country=data["country"], venue=data["venue"], online_url=data["online_url"],
            organisation=data["organisation"], published=data["published"],
        )  # fmt: skip

    @staticmethod
    def initial_for(event: Event) -> dict:
        zone = event.zone
        initial = {
            "kind": event.kind, "languages": event.languages, "time_zone": event.time_zone,
            "country": event.country, "venue": event.venue, "online_url": event.online_url,
            "capacity": event.capacity, "organisation": event.organisation_id,
            "published": event.published,
        }  # fmt: skip
        for name in TIMES:
            initial[name] = getattr(event, name).astimezone(zone).replace(tzinfo=None)
        for text in event.texts.all():
            initial[f"title_{text.language}"] = text.title
            initial[f"description_{text.language}"] = text.description
        return initial


class FeedbackForm(forms.Form):
    comment = forms.CharField(
        label=_("Anything else you would like to tell the organisers? (optional)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in QUESTIONS:
            self.fields[key] = forms.TypedChoiceField(
                label=label,
                coerce=int,
                choices=[(str(score), str(score)) for score in range(1, 6)],
                widget=forms.RadioSelect,
            )
        self.order_fields([key for key, _label in QUESTIONS] + ["comment"])

    def questions(self):
        return [self[key] for key, _label in QUESTIONS]
