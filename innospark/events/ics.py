"""A small iCalendar (RFC 5545) writer for one event, as an iTIP (RFC 5546) REQUEST or CANCEL.

Pure Python, no Django: CRLF line ends, TEXT values escaped (backslash, semicolon, comma and
newlines), content lines folded at 75 octets without splitting a UTF-8 character, all times in
UTC. Calendar programs match a CANCEL to the earlier REQUEST by UID and take it because its
SEQUENCE is higher.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

LIMIT = 75  # octets per content line, line break excluded (RFC 5545, 3.1)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    organizer_email: str = ""
    organizer_name: str = ""
    attendee_email: str = ""
    attendee_name: str = ""


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\n", "\\n")


def quote_param(value: str) -> str:
    """A parameter value in double quotes; DQUOTE and control characters cannot appear in one."""
    cleaned = "".join(ch for ch in value if ch != '"' and (ch == "\t" or ord(ch) >= 32))
    return f'"{cleaned}"'


def utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("iCalendar times must be timezone-aware")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets; each continuation starts with a
    space, which counts towards its 75."""
    pieces: list[str] = []
    current, size, limit = [], 0, LIMIT
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [" "], 1, LIMIT
        current.append(ch)
        size += width
    pieces.append("".join(current))
    return "\r\n".join(pieces)


def calendar(event: CalendarEvent, *, method: str, stamp: datetime) -> str:
    """The whole VCALENDAR text. ``method`` is REQUEST (invite or update) or CANCEL."""
    if method not in ("REQUEST", "CANCEL"):
        raise ValueError(f"unsupported iTIP method: {method}")
    if event.end <= event.start:
        raise ValueError("an event must end after it starts")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//INNOSPARK//Events//EN",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.uid)}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(event.start)}",
        f"DTEND:{utc(event.end)}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.url:
        lines.append(f"URL:{event.url}")
    if event.organizer_email:
        name = f";CN={quote_param(event.organizer_name)}" if event.organizer_name else ""
        lines.append(f"ORGANIZER{name}:mailto:{event.organizer_email}")
    if event.attendee_email:
        name = f";CN={quote_param(event.attendee_name)}" if event.attendee_name else ""
        lines.append(
            f"ATTENDEE{name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE"
            f":mailto:{event.attendee_email}"
        )
    lines += [
        "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)
