from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _


class SignupForm(UserCreationForm):
    email = forms.EmailField(label=_("E-mail (optional)"), required=False)

    class Meta(UserCreationForm.Meta):
        fields = ("username", "email")


class DeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that my account and all my test results will be deleted for good."),
        error_messages={"required": _("Tick the box to confirm the deletion.")},
    )
