"""Whether a raw iCalendar object can have an occurrence in a window, told without icalendar.

``span.object_span`` bounds an object from its first to its last occurrence, which for a series
that runs across today says "maybe" for any window. Most weekly series have no instance on a
given few days, though, and parsing one costs about a millisecond. ``may_occur`` reads the
timing lines of each VEVENT (DTSTART, DTEND or DURATION, RRULE, RECURRENCE-ID) and lets
dateutil's rrule, the rule engine recurring-ical-events itself uses, say whether an instance
falls in the window.

Like ``span`` it is a filter, never a parser: it answers False only when it is sure. Whatever it
cannot read simply (RDATE, a zone that is not an IANA name, a rule dateutil refuses, a moved
range of instances) makes it answer True, and the object is parsed. EXDATE and EXRULE only
remove instances, so they are ignored. Times given in a named zone are taken with a margin of
three hours (gaps and folds around daylight-saving changes), floating times and dates with the
widest UTC offsets.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeward.calendars.span import duration_of, timing_lines

_MOMENT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
ZONED_SLACK = dt.timedelta(hours=3)
FLOATING_SLACK = dt.timedelta(hours=14)
_IGNORED = (b"VTIMEZONE", b"VALARM", b"VAVAILABILITY")


def may_occur(data: bytes, start: dt.datetime, end: dt.datetime) -> bool:
    """False only when no VEVENT of ``data`` can have an instance overlapping [start, end) (UTC).
    Times beyond what dates hold (year 9999, a DURATION of millennia) answer "maybe"."""
    events = _events(data)
    if events is None:
        return True
    try:
        return any(_event_may_occur(event, start, end) for event in events)
    except OverflowError:
        return True


def _events(data: bytes) -> list[dict[bytes, bytes]] | None:
    """The timing lines of each VEVENT (name → text after the name), None when unsure."""
    events: list[dict[bytes, bytes]] = []
    current: dict[bytes, bytes] | None = None
    ignored = 0
    for name, value in timing_lines(data):
        kind = value[1:].strip()
        if name == b"BEGIN":
            if ignored or kind in _IGNORED:
                ignored += 1
            elif kind == b"VEVENT":
                current = {}
            continue
        if ignored:
            ignored -= name == b"END"
            continue
        if name == b"END":
            if current is not None and kind == b"VEVENT":
                events.append(current)
                current = None
            continue
        if current is not None:
            if name in current:
                return None  # two DTSTARTs, two RRULEs: leave it to the parser
            current[name] = value
    return events if events else None


def _event_may_occur(event: dict[bytes, bytes], start: dt.datetime, end: dt.datetime) -> bool:
    if b"RDATE" in event or b"DTSTART" not in event:
        return True
    begin = _moment(event[b"DTSTART"])
    if begin is None:
        return True
    length = _length(event, begin)
    if length is None:
        return True
    recurrence = event.get(b"RECURRENCE-ID", b"")
    if b"RANGE=" in recurrence.upper():
        return True  # moves this and all later instances
    slack = FLOATING_SLACK if begin.tzinfo is None else dt.timedelta(0) if begin.tzinfo is dt.UTC else ZONED_SLACK
    low, high = start - length - slack, end + slack
    if begin.tzinfo is None:  # wall-clock times: compared as written
        low, high = low.replace(tzinfo=None), high.replace(tzinfo=None)
    if low <= begin < high:
        return True  # the first instance (DTSTART is one even when the rule would skip it)
    rule = event.get(b"RRULE")
    if rule is None or recurrence:
        return False
    return _rule_hits(rule[1:].decode("ascii", "replace"), begin, low, high)


def _rule_hits(rule: str, begin: dt.datetime, low: dt.datetime, high: dt.datetime) -> bool:
    from dateutil.rrule import rrulestr

    try:
        recurrence = rrulestr(rule, dtstart=begin, ignoretz=begin.tzinfo is None)
        until = recurrence._until  # noqa: SLF001 - a wall-clock UNTIL may be up to a day off
        if begin.tzinfo is None and until is not None:
            recurrence = recurrence.replace(until=until + dt.timedelta(days=1))
        following = recurrence.after(low, inc=True)
    except (ValueError, TypeError, OverflowError):
        return True  # recurring-ical-events works around what dateutil refuses
    return following is not None and following < high


def _moment(value: bytes) -> dt.datetime | None:
    """DTSTART as an aware datetime (UTC or its IANA zone) or a naive one (floating time or date)."""
    params, _, text = value.decode("ascii", "replace").rpartition(":")
    found = _MOMENT.match(text.strip())
    if not found:
        return None
    year, month, day, hour, minute, second, utc = found.groups()
    try:
        moment = dt.datetime(int(year), int(month), int(day),  # noqa: DTZ001 - wall clock; the zone follows
                             int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:
        return None
    if utc:
        return moment.replace(tzinfo=dt.UTC)
    zone = next((p[5:] for p in params.split(";") if p.upper().startswith("TZID=")), None)
    if zone is None or hour is None:
        return moment
    try:
        return moment.replace(tzinfo=ZoneInfo(zone.strip('"')))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _length(event: dict[bytes, bytes], begin: dt.datetime) -> dt.timedelta | None:
    """How long each instance lasts: DTEND − DTSTART, DURATION, or the RFC's default."""
    if b"DTEND" in event:
        finish = _moment(event[b"DTEND"])
        if finish is None or (finish.tzinfo is None) != (begin.tzinfo is None):
            return None
        return max(finish - begin, dt.timedelta(0))
    if b"DURATION" in event:
        return duration_of(event[b"DURATION"])
    is_date = b"VALUE=DATE:" in event[b"DTSTART"].upper() or len(event[b"DTSTART"].rpartition(b":")[2].strip()) == 8
    return dt.timedelta(days=1) if is_date else dt.timedelta(0)
