"""Event lengths as RFC 5545 means them: days and weeks are nominal, hours and seconds exact.

icalendar turns ``PT24H`` and ``P1D`` into the same ``timedelta``, and recurring-ical-events adds
both as wall-clock time, so an event across a DST change would end an hour off. The raw DURATION
text is therefore kept (see :func:`keep_raw_durations`) and applied here.
"""

from __future__ import annotations

import datetime as dt
import re

RAW_DURATION = "X-TIMEWARD-RAW-DURATION"
_DURATION_LINE = re.compile(r"^(DURATION(?:;[^:\r\n]*)?:)([^\r\n]*)\r\n", re.IGNORECASE | re.MULTILINE)
_DURATION = re.compile(
    r"^(?P<sign>[+-])?P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
    r"(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?)?$"
)


def keep_raw_durations(text: str) -> str:
    """Add, after each DURATION line, a private property holding its original text."""
    return _DURATION_LINE.sub(lambda m: f"{m.group(0)}{RAW_DURATION}:{m.group(2).strip()}\r\n", text)


def split_duration(raw: str) -> tuple[int, dt.timedelta] | None:
    """``(nominal days, exact time)`` of a DURATION value, or None when it is not one."""
    match = _DURATION.match(raw.strip().upper())
    if not match or raw.strip().upper() in {"P", "PT", "+P", "-P"}:
        return None
    parts = {k: int(v or 0) for k, v in match.groupdict().items() if k != "sign"}
    days = parts["w"] * 7 + parts["d"]
    try:
        exact = dt.timedelta(hours=parts["h"], minutes=parts["m"], seconds=parts["s"])
    except OverflowError:  # longer than any date can be apart: not a length
        return None
    if match.group("sign") == "-":
        return -days, -exact
    return days, exact


def end_after(start: dt.datetime, days: int, exact: dt.timedelta) -> dt.datetime:
    """``start`` plus nominal days (same wall-clock time) plus exact time, in UTC."""
    wall = start + dt.timedelta(days=days)  # aware + timedelta keeps the wall-clock time
    return wall.astimezone(dt.UTC) + exact
