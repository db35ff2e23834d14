"""Time zones: IANA names only, checked against the zoneinfo database, and wall-clock times
that really exist in the zone (not inside a daylight-saving gap)."""

from datetime import UTC, datetime
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Offered as suggestions in the form; any IANA name is accepted.
SUGGESTED = [
    "Europe/London",
    "Europe/Sofia",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Tallinn",
    "Europe/Budapest",
    "Europe/Brussels",
    "Europe/Berlin",
    "Europe/Paris",
    "Europe/Lisbon",
    "Europe/Athens",
    "Europe/Helsinki",
    "UTC",
]


@cache
def _known() -> frozenset[str]:
    return frozenset(available_timezones())


def validate_time_zone(name: str) -> None:
    if name not in _known():
        raise ValidationError(
            _("“%(name)s” is not a time zone name. Use an IANA name such as Europe/Sofia."),
            params={"name": name},
            code="time_zone",
        )


def localise(naive: datetime, name: str) -> datetime:
    """The UTC moment of a wall-clock time in a zone; refuses times skipped by a clock change."""
    zone = ZoneInfo(name)
    aware = naive.replace(tzinfo=zone)
    if aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise ValidationError(
            _("%(time)s does not exist in %(zone)s: the clocks change then."),
            params={"time": naive.strftime("%Y-%m-%d %H:%M"), "zone": name},
            code="nonexistent_time",
        )
    return aware.astimezone(UTC)
