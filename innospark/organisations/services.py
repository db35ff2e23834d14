"""Writes for organisations: creating one with its owner, inviting and accepting members,
campaigns with their join codes, API keys (stored hashed, shown once), and joining."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from innospark.organisations.models import (
    ApiKey,
    Campaign,
    Invitation,
    Membership,
    Organisation,
    Role,
)

# No 0/O, 1/I/L: codes are read aloud and typed from paper. 30 symbols, 8 characters:
# 30**8 = 6.6e11 codes.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


class OrganisationError(ValueError):
    pass


class UnknownCampaign(OrganisationError):
    """No campaign has this join code (counts towards the "join" rate limit)."""


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def organisation_create(*, name: str, owner) -> Organisation:
    name = " ".join(name.split())
    if not name:
        raise OrganisationError(_("Give the organisation a name."))
    base = slugify(name)[:40] or "organisation"
    with transaction.atomic():
        if Organisation.objects.filter(name__iexact=name).exists():
            raise OrganisationError(_("An organisation with this name already exists."))
        slug, n = base, 1
        while Organisation.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        organisation = Organisation.objects.create(name=name, slug=slug)
        if owner is not None:
            Membership.objects.create(organisation=organisation, user=owner, role=Role.OWNER)
    return organisation


def invitation_send(*, organisation: Organisation, email: str, role: str, request) -> Invitation:
    token = secrets.token_urlsafe(24)
    invitation = Invitation.objects.create(
        organisation=organisation, email=email, role=role, token_hash=digest(token)
    )
    link = request.build_absolute_uri(reverse("organisations:accept", args=[token]))
    send_mail(
        _("You are invited to %(name)s on INNOSPARK") % {"name": organisation.name},
        _("Open this link to join %(name)s as %(role)s: %(link)s")
        % {"name": organisation.name, "role": Role(role).label, "link": link},
        settings.DEFAULT_FROM_EMAIL,
        [email],
    )
    return invitation


def invitation_accept(*, token: str, user) -> Membership:
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update()
            .filter(token_hash=digest(token), accepted_at__isnull=True)
            .first()
        )
        if invitation is None:
            raise OrganisationError(_("This invitation is not valid or has already been used."))
        if invitation.created_at < timezone.now() - timedelta(days=settings.INVITATION_DAYS):
            raise OrganisationError(
                _("This invitation has expired: invitations last %(days)s days. Ask for a new one.")
                % {"days": settings.INVITATION_DAYS}
            )
        membership, created = Membership.objects.get_or_create(
            organisation=invitation.organisation, user=user, defaults={"role": invitation.role}
        )
        invitation.accepted_at = timezone.now()
        invitation.save(update_fields=["accepted_at"])
    return membership


def campaign_create(
    *,
    organisation: Organisation,
    name: str,
    languages: list[str],
    closes_on=None,
    min_group: int | None = None,
    previous: Campaign | None = None,
) -> Campaign:
    name = " ".join(name.split())
    if not name:
        raise OrganisationError(_("Give the campaign a name."))
    unknown = [code for code in languages if code not in settings.LANGUAGE_CODES]
    if not languages or unknown:
        raise OrganisationError(
            _("Choose languages among: %(choices)s.")
            % {"choices": ", ".join(settings.LANGUAGE_CODES)}
        )
    group = settings.CAMPAIGN_MIN_GROUP if min_group is None else min_group
    if group < 3:
        raise OrganisationError(_("The minimum group size cannot be below 3."))
    if previous is not None and previous.organisation_id != organisation.pk:
        raise OrganisationError(_("The earlier campaign must belong to the same organisation."))
    for _attempt in range(10):
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        try:
            with transaction.atomic():
                return Campaign.objects.create(
                    organisation=organisation, name=name, languages=list(dict.fromkeys(languages)),
                    closes_on=closes_on, join_code=code, min_group=group, previous=previous,
                )  # fmt: skip
        except IntegrityError:
            continue
    raise RuntimeError("could not create a unique join code")


@dataclass
class NewKey:
    api_key: ApiKey
    secret: str


def api_key_create(*, organisation: Organisation, name: str = "") -> NewKey:
    secret = "isk_" + secrets.token_urlsafe(32)
    key = ApiKey.objects.create(
        organisation=organisation,
        name=name or _("API key"),
        prefix=secret[4:12],
        key_hash=digest(secret),
    )
    return NewKey(key, secret)


def api_key_lookup(secret: str) -> ApiKey | None:
    """The key with this secret, or None; an expired key raises OrganisationError."""
    key = ApiKey.objects.select_related("organisation").filter(key_hash=digest(secret)).first()
    if key is None:
        return None
    if key.expires_at <= timezone.now():
        raise OrganisationError(
            _("This API key expired on %(date)s. Ask an owner of the organisation for a new one.")
            % {"date": key.expires_at.date().isoformat()}
        )
    ApiKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())
    return key


def campaign_for_code(code: str) -> Campaign:
    campaign = Campaign.objects.filter(join_code=normalise_code(code)).first()
    if campaign is None:
        raise UnknownCampaign(_("There is no campaign with this code. Check it and try again."))
    if not campaign.is_open:
        raise OrganisationError(_("This campaign has closed."))
    return campaign
