"""Access in one place: outsiders get a 404 (they cannot learn a campaign exists), viewers
may only read (403 on any change), managers and owners run campaigns, owners invite."""

from django.core.exceptions import PermissionDenied
from django.http import Http404

from innospark.organisations.models import Campaign, Membership, Organisation, Role

WRITE = {Role.OWNER, Role.MANAGER}


def membership_for(user, slug: str) -> Membership:
    if not user.is_authenticated:
        raise Http404
    membership = (
        Membership.objects.select_related("organisation")
        .filter(user=user, organisation__slug=slug)
        .first()
    )
    if membership is None:
        raise Http404
    return membership


def get_organisation_for_user(
    user, slug: str, *, write: bool = False, owner: bool = False
) -> tuple[Organisation, Membership]:
    membership = membership_for(user, slug)
    if owner and membership.role != Role.OWNER:
        raise PermissionDenied
    if write and membership.role not in WRITE:
        raise PermissionDenied
    return membership.organisation, membership


def get_campaign_for_user(
    user, slug: str, campaign_id: int, *, write: bool = False
) -> tuple[Campaign, Membership]:
    organisation, membership = get_organisation_for_user(user, slug, write=write)
    campaign = Campaign.objects.filter(organisation=organisation, pk=campaign_id).first()
    if campaign is None:
        raise Http404
    return campaign, membership
