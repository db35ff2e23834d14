"""The attendee list as CSV: confirmed people first, then the waitlist in its order."""

import csv
import io

from innospark.events.models import Event

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str) -> str:
    """Text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    return "'" + value if value.startswith(FORMULA_START) else value


def attendees_csv(event: Event) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "email", "language", "status", "registered_at"])
    for queryset in (event.registrations.confirmed(), event.registrations.waitlist()):
        for registration in queryset:
            writer.writerow([
                _cell(registration.name), _cell(registration.email), registration.language,
                registration.status, registration.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            ])  # fmt: skip
    return out.getvalue()
