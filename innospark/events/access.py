"""Who organises events, in one place. Staff users organise any event; owners and managers of
an organisation organise that organisation's events. Outsiders get a 404 on organiser pages
(they cannot learn that an unpublished event exists); an organisation's viewers get a 403."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from innospark.events.models import Event
from innospark.organisations.access import WRITE
from innospark.organisations.models import Membership, Organisation


def managed_organisations(user) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    if user.is_staff:
        return Organisation.objects.all()
    return Organisation.objects.filter(members__user=user, members__role__in=WRITE)


def can_organise(user) -> bool:
    return user.is_authenticated and (user.is_staff or managed_organisations(user).exists())


def may_publish_for(user, organisation: Organisation | None) -> bool:
    """Staff may publish for any organisation or none; managers only for their own."""
    if not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    return (
        organisation is not None and managed_organisations(user).filter(pk=organisation.pk).exists()
    )


def events_for_organiser(user) -> QuerySet[Event]:
    if not user.is_authenticated:
        return Event.objects.none()
    if user.is_staff:
        return Event.objects.all()
    return Event.objects.filter(organisation__in=managed_organisations(user))


def get_event_for_organiser(user, slug: str) -> Event:
    event = Event.objects.select_related("organisation").filter(slug=slug).first()
    if event is None or not user.is_authenticated:
        raise Http404
    if user.is_staff:
        return event
    role = (
        Membership.objects.filter(user=user, organisation_id=event.organisation_id)
        .values_list("role", flat=True)
        .first()
        if event.organisation_id
        else None
    )
    if role is None:
        raise Http404
    if role not in WRITE:
        raise PermissionDenied
    return event
