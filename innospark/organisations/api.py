"""Campaign API for HR tools, with a per-organisation key in the X-API-Key header. Another
organisation's key gets 404 on every campaign route, as an unknown campaign would."""

from django.conf import settings
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.security import APIKeyHeader

from innospark.core import ratelimit
from innospark.diagnostic.api import ERRORS
from innospark.diagnostic.services import DiagnosticError
from innospark.organisations import services
from innospark.organisations.models import Campaign
from innospark.organisations.report import team_report


class OrganisationKey(APIKeyHeader):
    param_name = "X-API-Key"

    def authenticate(self, request, key):
        if not key:
            return None
        client = ratelimit.client_id(request)
        ratelimit.check("api-key", client)
        try:
            api_key = services.api_key_lookup(key)
        except services.OrganisationError as exc:
            raise DiagnosticError.with_status(401, str(exc)) from exc
        if api_key is None:
            ratelimit.record_failure("api-key", client)
            return None
        return api_key.organisation


router = Router(tags=["campaigns"], auth=OrganisationKey())


class CampaignIn(Schema):
    name: str
    languages: list[str]
    min_group: int | None = None


class CampaignOut(Schema):
    id: int
    join_code: str


class SummaryOut(Schema):
    completed: int
    aggregate: dict | None
    reason: str


@router.post("", response={201: CampaignOut, **ERRORS})
def create(request, payload: CampaignIn):
    try:
        campaign = services.campaign_create(
            organisation=request.auth,
            name=payload.name,
            languages=payload.languages,
            min_group=payload.min_group,
        )
    except services.OrganisationError as exc:
        raise DiagnosticError.with_status(422, str(exc)) from exc
    return Status(201, {"id": campaign.pk, "join_code": campaign.join_code})


@router.get("/{campaign_id}/summary", response={200: SummaryOut, **ERRORS})
def summary(request, campaign_id: int, language: str = "en"):
    campaign = Campaign.objects.filter(pk=campaign_id, organisation=request.auth).first()
    if campaign is None:
        raise DiagnosticError.with_status(404, _("There is no such campaign."))
    if language not in settings.LANGUAGE_CODES:
        language = "en"
    return team_report(campaign, language)
