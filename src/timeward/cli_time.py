"""Reading the date and time arguments of the command line (``--from``, ``--to``, ``--at``)."""

from __future__ import annotations

import argparse
import datetime as dt


def parse_when(text: str, zone: dt.tzinfo) -> dt.datetime:
    """A date (local midnight) or an ISO 8601 date-time (``Z``/offset, or local when it has none)."""
    value = text.strip()
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
