"""The time an iCalendar object can occupy, read from its raw text without parsing it.

A sync stores thousands of objects, most of them far from today; parsing and expanding each one
costs about a millisecond and more. This module looks only at the lines that bound
an object in time (DTSTART, DTEND, DURATION, RECURRENCE-ID, RRULE) and returns a span that is sure
to contain every occurrence, widened by two days for time zones. Anything it cannot bound simply
(RDATE, open-ended or filtered rules, unreadable values) makes that side unbounded, so the object
is parsed: the answer may be too wide, never too narrow. It is a filter, not a parser: what an
object means is always read by icalendar.
"""

from __future__ import annotations

import datetime as dt
import re

from timeward.calendars.decode import unfold
from timeward.calendars.durations import split_duration

Bound = tuple[dt.datetime | None, dt.datetime | None]  # None: unbounded on that side

SLACK = dt.timedelta(days=2)  # any zone offset, and a day of rounding
#: A timing line: its name, and the rest after it. Matched after a newline rather than at ``^`` in
#: multi-line mode, which lets the regex engine jump from line to line (twice as fast).
_LINE = re.compile(rb"\n(BEGIN|END|DTSTART|DTEND|DURATION|RECURRENCE-ID|RRULE|RDATE)([;:][^\r\n]*)")
_DATE = re.compile(rb":(\d{4})(\d{2})(\d{2})")
_PERIOD = {b"DAILY": dt.timedelta(days=1), b"WEEKLY": dt.timedelta(weeks=1), b"MONTHLY": dt.timedelta(days=31),
           b"YEARLY": dt.timedelta(days=366)}
#: Rule parts after which COUNT × INTERVAL periods no longer bounds the series.
_FILTERS = (b"BYMONTH=", b"BYYEARDAY=", b"BYWEEKNO=", b"BYSETPOS=", b"BYMONTHDAY=")
UNBOUNDED: Bound = (None, None)


def object_span(data: bytes) -> Bound:
    """(first, last): every occurrence of the object lies within; None where it cannot be told.

    Dates are taken at midnight UTC of the date written, whatever the zone; SLACK covers the rest.
    Times beyond what dates can hold (year 1 or 9999, a DURATION of millennia) leave the object
    unbounded: the parser then reads it and isolates it as it does any broken event."""
    try:
        return _span(data)
    except OverflowError:
        return UNBOUNDED


def _span(data: bytes) -> Bound:
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    unbounded_end = False
    depth_ignored = 0  # inside VTIMEZONE or VALARM, whose DTSTART is not the event's
    start = end = rule = None
    duration = dt.timedelta(0)
    for name, value in timing_lines(data):
        if name == b"BEGIN":
            if value[1:].strip() in (b"VTIMEZONE", b"VALARM") or depth_ignored:
                depth_ignored += 1
            else:
                start = end = rule = None
                duration = dt.timedelta(0)
            continue
        if depth_ignored:
            if name == b"END":
                depth_ignored -= 1
            continue
        if name == b"END":
            if start is None:
                continue
            stop = end or start + duration
            tail = _rule_end(rule, start, stop - start) if rule else stop
            if tail is None:
                unbounded_end = True
            else:
                last = tail if last is None else max(last, tail)
            first = start if first is None else min(first, start)
            continue
        if name == b"RDATE":
            return UNBOUNDED
        if name == b"RRULE":
            rule = value[1:]
            continue
        if name == b"DURATION":
            length = duration_of(value)
            if length is None:
                return UNBOUNDED
            duration = length
            continue
        moment = _date(value)
        if moment is None:
            return UNBOUNDED
        if name == b"DTSTART":
            start = moment
        elif name == b"DTEND":
            end = moment
        else:  # RECURRENCE-ID: the moved occurrence's original time also bounds the series
            first = moment if first is None else min(first, moment)
    if first is None:
        return UNBOUNDED
    return first - SLACK, (None if unbounded_end or last is None else last + SLACK)


def overlaps(span: Bound, start: dt.datetime, end: dt.datetime) -> bool:
    first, last = span
    return (first is None or first < end) and (last is None or last > start)


def _date(value: bytes) -> dt.datetime | None:
    found = _DATE.search(value)
    if not found:
        return None
    try:
        return dt.datetime(int(found[1]), int(found[2]), int(found[3]), tzinfo=dt.UTC)
    except ValueError:
        return None


def timing_lines(data: bytes) -> list[tuple[bytes, bytes]]:
    """(name, rest of the line) of each line that bounds an object in time, and of BEGIN and END."""
    return _LINE.findall(b"\n" + unfold(data))


def duration_of(value: bytes) -> dt.timedelta | None:
    """A DURATION line's value (after its name) as the longest time it can last (a day may have
    25 hours: the two-day slack covers that); a negative one is none, an unreadable one None."""
    text = value.split(b":")[-1].strip()
    if text.startswith(b"-"):
        return dt.timedelta(0)
    parts = split_duration(text.decode("ascii", "replace"))
    if parts is None:
        return None
    days, exact = parts
    try:
        return dt.timedelta(days=days) + exact
    except OverflowError:  # longer than a timedelta holds: no length that bounds anything
        return None


def _rule_end(rule: bytes, start: dt.datetime, length: dt.timedelta) -> dt.datetime | None:
    """The latest end of a simple rule's occurrences, or None for a rule without a plain bound."""
    parts = dict(part.split(b"=", 1) for part in rule.upper().split(b";") if b"=" in part)
    if b"UNTIL" in parts:
        until = _date(b":" + parts[b"UNTIL"])
        return None if until is None else until + dt.timedelta(days=1) + length
    freq = parts.get(b"FREQ", b"")
    filtered = any(f in rule.upper() for f in _FILTERS) or (b"BYDAY" in parts and freq != b"WEEKLY")
    if b"COUNT" not in parts or filtered:
        return None
    period = _PERIOD.get(freq)
    try:
        count, interval = int(parts[b"COUNT"]), int(parts.get(b"INTERVAL", b"1"))
    except ValueError:
        return None
    if period is None or count < 1 or interval < 1 or count * interval > 100_000:
        return None
    return start + period * count * interval + dt.timedelta(days=1) + length
