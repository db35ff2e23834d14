"""The iCalendar writer, checked by parsing its output with the icalendar package: CRLF line
ends, escaping, folding at 75 octets without splitting a character, UTC times."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from icalendar import Calendar

from innospark.events.ics import CalendarEvent, calendar, escape_text, fold

START = datetime(2031, 3, 4, 9, 30, tzinfo=timezone(timedelta(hours=2)))
TRICKY = 'Commas, semicolons; back\\slashes and\nnew lines\r\nand "quotes"'


def example(**changes) -> CalendarEvent:
    fields = {
        "uid": "abc-123@innospark", "sequence": 0, "start": START,
        "end": START + timedelta(hours=3), "summary": "Ideas, sprints; more",
        "description": TRICKY, "location": "Sofia, Bulgaria", "url": "https://example.org/e?a=1,2",
        "organizer_email": "noreply@example.org", "organizer_name": "INNOSPARK",
        "attendee_email": "ada@example.org", "attendee_name": 'Ada "The Countess", L.',
    }  # fmt: skip
    fields.update(changes)
    return CalendarEvent(**fields)


def parse(text: str):
    return Calendar.from_ical(text.encode("utf-8"))


def test_it_parses_back_to_the_same_values():
    text = calendar(example(), method="REQUEST", stamp=datetime(2031, 1, 1, tzinfo=UTC))
    cal = parse(text)
    assert str(cal["METHOD"]) == "REQUEST"
    [event] = cal.walk("VEVENT")
    assert str(event["UID"]) == "abc-123@innospark" and int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART") == datetime(2031, 3, 4, 7, 30, tzinfo=UTC)
    assert event.decoded("DTEND") == datetime(2031, 3, 4, 10, 30, tzinfo=UTC)
    assert str(event["SUMMARY"]) == "Ideas, sprints; more"
    assert str(event["DESCRIPTION"]) == TRICKY.replace("\r\n", "\n")
    assert str(event["LOCATION"]) == "Sofia, Bulgaria"
    assert str(event["URL"]) == "https://example.org/e?a=1,2"
    assert str(event["ATTENDEE"]) == "mailto:ada@example.org"
    assert "DTSTART:20310304T073000Z\r\n" in text and "DTSTAMP:20310101T000000Z\r\n" in text


def test_every_line_ends_with_crlf_and_has_at_most_75_octets():
    long = "Творчески работилници и иновации в ИКТ, " * 12 + "ő" * 80
    text = calendar(example(description=long, summary=long), method="REQUEST", stamp=START)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert max(len(line.encode("utf-8")) for line in lines) <= 75
    assert sum(line.startswith(" ") for line in lines) > 10
    for line in lines:
        line.encode("utf-8").decode("utf-8")  # no character was split
    [event] = parse(text).walk("VEVENT")
    assert str(event["DESCRIPTION"]) == long and str(event["SUMMARY"]) == long


def test_a_cancel_has_the_same_uid_a_higher_sequence_and_cancelled_status():
    request = parse(calendar(example(), method="REQUEST", stamp=START))
    cancel = parse(calendar(example(sequence=1), method="CANCEL", stamp=START))
    [first], [second] = request.walk("VEVENT"), cancel.walk("VEVENT")
    assert str(cancel["METHOD"]) == "CANCEL" and str(second["STATUS"]) == "CANCELLED"
    assert str(second["UID"]) == str(first["UID"])
    assert int(second["SEQUENCE"]) == int(first["SEQUENCE"]) + 1


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a,b", "a\\,b"),
        ("a;b", "a\\;b"),
        ("a\\b", "a\\\\b"),
        ("a\nb", "a\\nb"),
        ("a\r\nb", "a\\nb"),
    ],
)
def test_text_values_are_escaped(raw, escaped):
    assert escape_text(raw) == escaped


def test_folding_leaves_short_lines_alone_and_splits_long_ones():
    assert fold("A" * 75) == "A" * 75
    assert fold("A" * 76) == "A" * 75 + "\r\n A"


def test_naive_times_and_bad_methods_are_refused():
    with pytest.raises(ValueError):
        calendar(example(start=datetime(2031, 1, 1), end=datetime(2031, 1, 2)), method="REQUEST",
                 stamp=START)  # fmt: skip
    with pytest.raises(ValueError):
        calendar(example(), method="PUBLISH", stamp=START)
