"""Reading the date and time arguments of the command line (``--from``, ``--to``, ``--at``)."""

from __future__ import annotations

import argparse
import datetime as dt

#: The years a command may name: windows around them (a status reads two days on) stay within
#: what dates can hold in any zone.
YEARS = (1000, 9000)


def parse_when(text: str, zone: dt.tzinfo) -> dt.datetime:
    """A date (local midnight) or an ISO 8601 date-time (``Z``/offset, or local when it has none)."""
    value = text.strip()
    try:
        moment = _parsed(value, zone)
    except OverflowError:
        moment = None
    if moment is not None and not YEARS[0] <= moment.year <= YEARS[1]:
        moment = None
    if moment is None:
        raise argparse.ArgumentTypeError(f"{text!r} is outside the years {YEARS[0]} to {YEARS[1]}")
    return moment


def _parsed(value: str, zone: dt.tzinfo) -> dt.datetime:
    text = value
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC)
        moment = dt.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (2026-11-23) or a date-time (2026-11-23T14:30, with Z or an offset)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(dt.UTC)
