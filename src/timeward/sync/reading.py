"""One calendar object's data read for the cache: the span its occurrences can lie in, and its
occurrences in the window (parsed and expanded only when it can occur there).

Both the sync and its helper process read objects with ``read_data``; it never raises, so one
object that cannot be read is reported and skipped, and the others are read.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from timeward.calendars.occurs import may_occur
from timeward.calendars.span import object_span, overlaps
from timeward.storage.cache import StoredObject
from timeward.sync.window import read_object

if TYPE_CHECKING:
    from timeward.domain.model import Occurrence


class Reading(NamedTuple):
    """What one object's data holds: the span its occurrences can lie in, those in the window
    (None when it is not a calendar at all), and the problems found reading it."""

    span: tuple[dt.datetime | None, dt.datetime | None]
    occurrences: tuple[Occurrence, ...] | None
    problems: list[str]


def read_data(data: bytes, window: tuple[dt.datetime, dt.datetime], zone: dt.tzinfo, me: tuple[str, ...],
              calendar: str, charset: str | None = None) -> Reading:
    """An object's data, parsed and expanded only when it can occur in ``window``. One that
    cannot be read for any reason is skipped with a problem, never ends the sync."""
    try:
        span = object_span(data)
        if not overlaps(span, *window) or not may_occur(data, *window):
            return Reading(span, (), [])
        occurrences, problems = read_object(data, window, zone, me, calendar, charset)
    except Exception as error:  # noqa: BLE001 - one object's fault is reported, the others are read
        return Reading((None, None), None, [f"an event was skipped: it cannot be read ({type(error).__name__}: "
                                            f"{error})"])
    return Reading(span, None if occurrences is None else tuple(occurrences), problems)


def stored_object(href: str, etag: str | None, data: bytes, window: tuple[dt.datetime, dt.datetime],
                  zone: dt.tzinfo, me: tuple[str, ...], calendar: str,
                  charset: str | None = None) -> tuple[StoredObject | None, list[str]]:
    """An object to store (None when it is not a calendar at all), and the problems found reading it."""
    span, occurrences, problems = read_data(data, window, zone, me, calendar, charset)
    return (None if occurrences is None else StoredObject(href, etag, data, occurrences, span)), problems
