"""Who may see what. The facilitator's screens belong to the account that started the workshop
(everyone else gets a 404); a participant is the browser holding a participant token, kept in
its session (only the token's hash is in the database)."""

from django.http import Http404

from innospark.workshops.models import Participant, Workshop
from innospark.workshops.services import participant_for_token

BROWSER_KEY = "workshop_participants"


def remember(request, workshop: Workshop, token: str) -> None:
    known = request.session.get(BROWSER_KEY, {})
    known[str(workshop.pk)] = token
    request.session[BROWSER_KEY] = known


def token_for(request, workshop_id) -> str | None:
    return request.session.get(BROWSER_KEY, {}).get(str(workshop_id))


def participant_for_request(request, workshop: Workshop) -> Participant | None:
    return participant_for_token(workshop, token_for(request, workshop.pk))


def get_workshop_for_facilitator(user, workshop_id) -> Workshop:
    if not user.is_authenticated:
        raise Http404
    workshop = (
        Workshop.objects.select_related("technique")
        .filter(pk=workshop_id, facilitator=user)
        .first()
    )
    if workshop is None:
        raise Http404
    return workshop
