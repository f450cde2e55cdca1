"""may_occur: False only when an object surely has no instance in the window; checked against
what the parser (icalendar + recurring-ical-events) finds, over many windows."""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from timeward.calendars.occurs import may_occur
from timeward.sync.window import read_object

UTC = dt.UTC
BERLIN = ZoneInfo("Europe/Berlin")


def calendar(*lines: str, extra: tuple[str, ...] = ()) -> bytes:
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "BEGIN:VEVENT", "UID:u",
            "DTSTAMP:20260101T000000Z", *lines, "END:VEVENT", *extra, "END:VCALENDAR", ""]
    return "\r\n".join(body).encode()


def day(number: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, number, hour, tzinfo=UTC)


CASES = {
    "weekly on mondays": calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z", "RRULE:FREQ=WEEKLY"),
    "zoned weekly across a DST change": calendar("DTSTART;TZID=Europe/Berlin:20260302T090000",
                                                 "DTEND;TZID=Europe/Berlin:20260302T100000",
                                                 "RRULE:FREQ=WEEKLY;UNTIL=20261231T000000Z"),
    "fortnightly by count": calendar("DTSTART:20260105T090000Z", "DURATION:PT1H",
                                     "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=40"),
    "monday and wednesday": calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z",
                                     "RRULE:FREQ=WEEKLY;BYDAY=MO,WE"),
    "floating daily": calendar("DTSTART:20261101T233000", "DTEND:20261102T003000", "RRULE:FREQ=DAILY;COUNT=20"),
    "all-day monthly": calendar("DTSTART;VALUE=DATE:20260123", "DTEND;VALUE=DATE:20260124", "RRULE:FREQ=MONTHLY"),
    "single": calendar("DTSTART;TZID=Europe/Berlin:20261124T230000", "DTEND;TZID=Europe/Berlin:20261125T003000"),
    "zero length at a window's start": calendar("DTSTART:20261124T000000Z"),
    "moved instance": calendar("DTSTART:20260105T090000Z", "DTEND:20260105T100000Z", "RRULE:FREQ=WEEKLY",
                               extra=("BEGIN:VEVENT", "UID:u", "DTSTAMP:20260101T000000Z",
                                      "RECURRENCE-ID:20261116T090000Z", "DTSTART:20261126T150000Z",
                                      "DTEND:20261126T160000Z", "END:VEVENT")),
    "long event": calendar("DTSTART:20261101T090000Z", "DTEND:20261130T100000Z"),
    "weekday rule skipping DTSTART": calendar("DTSTART:20260104T090000Z", "DTEND:20260104T100000Z",
                                              "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3"),
}


def occurs_by_parsing(data: bytes, start: dt.datetime, end: dt.datetime) -> bool:
    occurrences, _problems = read_object(data, (start, end), BERLIN, (), "Work")
    return bool(occurrences)


@pytest.mark.parametrize("name", sorted(CASES))
def test_never_says_no_where_the_parser_finds_an_instance(name: str) -> None:
    data = CASES[name]
    for first in range(1, 29, 2):
        for hours in (1, 6, 24, 96):
            start = day(first, 7)
            end = start + dt.timedelta(hours=hours)
            if occurs_by_parsing(data, start, end):
                assert may_occur(data, start, end), (name, start, end)


def test_it_rules_out_weekly_instances_on_other_days() -> None:
    mondays = CASES["weekly on mondays"]
    assert may_occur(mondays, day(23), day(24))  # 23 November 2026 is a Monday
    assert not may_occur(mondays, day(24), day(28))
    assert not may_occur(CASES["monday and wednesday"], day(26), day(30))
    assert not may_occur(CASES["fortnightly by count"], day(24), day(30))
    assert may_occur(CASES["zero length at a window's start"], day(24), day(25))


def test_a_moved_instance_counts_where_it_moved_to() -> None:
    moved = CASES["moved instance"]
    assert may_occur(moved, day(26), day(27))  # a Thursday: only the moved one is there


@pytest.mark.parametrize("lines", [
    ("DTSTART:20260105T090000Z", "RDATE:20261126T090000Z"),
    ("DTSTART;TZID=W. Europe Standard Time:20260105T090000", "RRULE:FREQ=WEEKLY"),
    ("DTSTART;TZID=Europe/Berlin:20260105T090000", "RRULE:FREQ=WEEKLY;UNTIL=20261231"),  # UNTIL not in UTC
    ("DTSTART:2026010", "RRULE:FREQ=WEEKLY"),
    ("DTSTART:20260105T090000Z", "RRULE:FREQ=SOMETIMES"),
    ("DTSTART:20260105T090000Z", "RECURRENCE-ID;RANGE=THISANDFUTURE:20260105T090000Z"),
])
def test_what_it_cannot_tell_it_leaves_to_the_parser(lines: tuple[str, ...]) -> None:
    assert may_occur(calendar(*lines), day(24), day(25))


def test_not_an_event_is_left_to_the_parser() -> None:
    todo = b"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nDTSTART:20260105T090000Z\r\nEND:VTODO\r\nEND:VCALENDAR"
    assert may_occur(todo, day(1), day(2))
    assert may_occur(b"garbage", day(1), day(2))


def test_a_generated_working_calendar_loses_no_instance() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from calendar_data import events

    rng = random.Random(5)
    today = dt.date(2026, 11, 23)
    objects = [text.encode() for _name, text in events(today, 300, seed=3)]
    checked = ruled_out = 0
    for _ in range(12):
        start = dt.datetime.combine(today + dt.timedelta(days=rng.randint(-200, 120)), dt.time(), UTC)
        end = start + dt.timedelta(days=rng.choice((1, 4, 16)))
        for data in objects:
            parsed = occurs_by_parsing(data, start, end)
            if not may_occur(data, start, end):
                assert not parsed, (start, end, data[:400])
                ruled_out += 1
            checked += 1
    assert ruled_out > checked / 2  # and it does rule most of them out
