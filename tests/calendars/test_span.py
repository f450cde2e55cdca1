"""The cheap time span of a raw object: never narrower than its occurrences, and unbounded
whenever a simple bound cannot be told."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from timeward.calendars.ics import read_calendar, without_known_timezones
from timeward.calendars.span import object_span, overlaps


def calendar(*lines: str, timezone: str = "") -> bytes:
    body = "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", *([timezone] if timezone else []),
                        "BEGIN:VEVENT", "UID:u", "DTSTAMP:20260101T000000Z", *lines, "END:VEVENT", "END:VCALENDAR", ""])
    return body.encode()


BERLIN_VTIMEZONE = "\r\n".join(["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:STANDARD",
                                "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                "END:STANDARD", "END:VTIMEZONE"])

CASES = {
    "single": calendar("DTSTART;TZID=Europe/Berlin:20260310T230000", "DTEND;TZID=Europe/Berlin:20260311T003000"),
    "all-day": calendar("DTSTART;VALUE=DATE:20260310", "DTEND;VALUE=DATE:20260312"),
    "duration": calendar("DTSTART:20260310T100000Z", "DURATION:P2DT3H"),
    "weekly count": calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z", "RRULE:FREQ=WEEKLY;COUNT=10"),
    "weekly byday count": calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z",
                                   "RRULE:FREQ=WEEKLY;BYDAY=MO,FR;COUNT=7"),
    "until": calendar("DTSTART;TZID=Europe/Berlin:20260105T090000", "DTEND;TZID=Europe/Berlin:20260105T100000",
                      "RRULE:FREQ=DAILY;UNTIL=20260120T080000Z", timezone=BERLIN_VTIMEZONE),
    "folded rule": calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z",
                            "RRULE:FREQ=MONTHLY;INTERV\r\n AL=2;COUNT=4"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_occurrence_lies_within_the_span(name):
    data = CASES[name]
    first, last = object_span(data)
    wide = (dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    occurrences = read_calendar(data, wide, ZoneInfo("Asia/Bangkok")).occurrences
    assert occurrences
    for occurrence in occurrences:
        start = occurrence.start if isinstance(occurrence.start, dt.datetime) else \
            dt.datetime.combine(occurrence.start, dt.time(), dt.UTC)
        end = occurrence.end if isinstance(occurrence.end, dt.datetime) else \
            dt.datetime.combine(occurrence.end, dt.time(), dt.UTC)
        assert first is not None and first <= start - dt.timedelta(hours=14)
        assert last is None or end + dt.timedelta(hours=14) <= last


@pytest.mark.parametrize("rule", ["RRULE:FREQ=WEEKLY", "RRULE:FREQ=DAILY;BYDAY=MO;COUNT=3",
                                  "RRULE:FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR;COUNT=3", "RDATE:20300101T000000Z"])
def test_what_cannot_be_bounded_simply_is_unbounded(rule):
    data = calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z", rule)
    assert object_span(data)[1] is None or rule.startswith("RDATE")
    assert overlaps(object_span(data), dt.datetime(2029, 1, 1, tzinfo=dt.UTC), dt.datetime(2029, 2, 1, tzinfo=dt.UTC))


def test_a_far_event_does_not_meet_a_window_of_today():
    span = object_span(CASES["single"])
    assert not overlaps(span, dt.datetime(2026, 11, 1, tzinfo=dt.UTC), dt.datetime(2027, 2, 1, tzinfo=dt.UTC))
    assert overlaps(span, dt.datetime(2026, 3, 11, tzinfo=dt.UTC), dt.datetime(2026, 3, 12, tzinfo=dt.UTC))


def test_a_timezone_definition_does_not_bound_the_event():
    # The VTIMEZONE's DTSTART (1970) must not be read as the event's.
    assert object_span(CASES["until"])[0] > dt.datetime(2025, 12, 1, tzinfo=dt.UTC)


def test_garbage_is_unbounded():
    assert object_span(b"not a calendar") == (None, None)
    assert object_span(calendar("DTSTART:garbage")) == (None, None)


def test_iana_timezone_definitions_are_dropped_and_others_kept():
    text = CASES["until"].decode()
    assert "BEGIN:VTIMEZONE" not in without_known_timezones(text)
    custom = text.replace("Europe/Berlin", "W. Europe Standard Time")
    assert without_known_timezones(custom) == custom


@pytest.mark.parametrize(("value", "length"), [
    (b":PT1H30M", dt.timedelta(hours=1, minutes=30)),
    (b";X-PARAM=1:P1W2D", dt.timedelta(days=9)),
    (b":pt45m", dt.timedelta(minutes=45)),
    (b":-PT1H", dt.timedelta(0)),  # a negative length bounds nothing beyond the start
    (b":P", None),
    (b":PT99999999999999999999H", None),  # longer than any two dates are apart
    (b":soon", None),
])
def test_the_span_reads_durations_as_the_event_reader_does(value, length):
    """One reading of DURATION for the span and for the events' ends (durations.split_duration)."""
    from timeward.calendars.span import duration_of

    assert duration_of(value) == length


def test_one_unfolding_for_the_span_and_the_decoder():
    from timeward.calendars.decode import decode_calendar, unfold

    folded = "BEGIN:VCALENDAR\r\nSUMMARY:Tiếng\r\n  Việt\n\tcall\r\nEND:VCALENDAR\r\n".encode()
    assert unfold(folded) == "BEGIN:VCALENDAR\r\nSUMMARY:Tiếng Việtcall\r\nEND:VCALENDAR\r\n".encode()
    assert "SUMMARY:Tiếng Việtcall" in decode_calendar(folded).text
