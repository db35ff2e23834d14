from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    MANAGER = "manager", _("Manager")
    VIEWER = "viewer", _("Viewer")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", args=[self.slug])


class Membership(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=10, choices=Role)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="unique_member")
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) in {self.organisation}"


class Invitation(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail"))
    role = models.CharField(_("role"), max_length=10, choices=Role)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation}"


class CampaignQuerySet(models.QuerySet):
    def for_organisation(self, organisation: Organisation) -> "CampaignQuerySet":
        return self.filter(organisation=organisation)


class Campaign(models.Model):
    """A round of the diagnostic for a team or a training cohort. Respondents join with the
    code; the organisation sees aggregates only, from ``min_group`` respondents up."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="campaigns"
    )
    name = models.CharField(_("name"), max_length=200)
    languages = models.JSONField(_("languages offered"), default=list)
    closes_on = models.DateField(_("closing date"), null=True, blank=True)
    join_code = models.CharField(_("join code"), max_length=12, unique=True)
    min_group = models.PositiveSmallIntegerField(_("minimum group size"), default=5)
    previous = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, verbose_name=_("earlier campaign")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:campaign", args=[self.organisation.slug, self.pk])

    @property
    def is_open(self) -> bool:
        return self.closes_on is None or self.closes_on >= timezone.localdate()


def api_key_expiry():
    return timezone.now() + timedelta(days=settings.API_KEY_DAYS)


class ApiKey(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="api_keys"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=8)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=api_key_expiry)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"
