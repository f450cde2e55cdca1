"""How the cache stores occurrences so that a window of thousands is read in a few milliseconds.

An occurrence row keeps only what differs between the instances of a series: its start, end and
recurrence id, as UTC seconds (an INTEGER) or, for all-day ones, an ISO date (TEXT). Everything
else (summary, people, description, flags) is the row's *details*: one JSON text per distinct
set of them per object, shared by every instance that has it. A reader decodes each details
text once and builds the occurrences from it positionally, which is what makes a 90-day read
cheap (a weekly series of fifty instances is one JSON decode, not fifty).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import fields
from typing import Any

from timeward.domain.model import Occurrence, Person, Status

#: The Occurrence fields that every row carries itself; the rest are the shared details.
OWN_FIELDS = ("start", "end", "recurrence_id")
DETAIL_FIELDS = tuple(f.name for f in fields(Occurrence) if f.name not in OWN_FIELDS)
#: Occurrences are built positionally (it is the cheapest way), so the field order is checked here.
assert [f.name for f in fields(Occurrence)][:6] == ["uid", "start", "end", "summary", "calendar", "recurrence_id"]
Instant = int | str | None


def instant_value(value: dt.datetime | dt.date | None) -> Instant:
    """UTC seconds for a time, an ISO date for a day, None for no value."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return int(value.timestamp())
    return value.isoformat()


def details_text(occurrence: Occurrence) -> str:
    """The shared part of an occurrence as compact JSON (people as [email, name] pairs)."""
    values: list[Any] = []
    for name in DETAIL_FIELDS:
        value = getattr(occurrence, name)
        if name == "organizer":
            value = None if value is None else [value.email, value.name]
        elif name == "attendees":
            value = [[p.email, p.name] for p in value]
        elif name == "status":
            value = value.value
        values.append(value)
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


_ORGANIZER, _ATTENDEES, _STATUS, _NOTES = (DETAIL_FIELDS.index(name)
                                          for name in ("organizer", "attendees", "status", "notes"))


def details_from(text: str) -> list[Any]:
    """The values of DETAIL_FIELDS, in that order, from the shared part stored as ``text``."""
    values = json.loads(text)
    organizer = values[_ORGANIZER]
    values[_ORGANIZER] = None if organizer is None else Person(*organizer)
    values[_ATTENDEES] = tuple(Person(*p) for p in values[_ATTENDEES])
    values[_STATUS] = Status(values[_STATUS])
    values[_NOTES] = tuple(values[_NOTES])
    return values


def rows_for(occurrences: Iterable[Occurrence]) -> tuple[list[str], list[tuple[int, Instant, Instant, Instant]]]:
    """(distinct details texts, (details index, start, end, recurrence id) per occurrence)."""
    texts: dict[str, int] = {}
    rows = []
    for occurrence in occurrences:
        index = texts.setdefault(details_text(occurrence), len(texts))
        rows.append((index, instant_value(occurrence.start), instant_value(occurrence.end),
                     instant_value(occurrence.recurrence_id)))
    return list(texts), rows


class OccurrenceBuilder:
    """Builds occurrences from rows, decoding each details text once.

    ``details`` maps a details id to (source, calendar, text); ``build`` gives (source,
    calendar, occurrence) for a row.
    """

    def __init__(self, details: dict[int, tuple[str, str, str]]) -> None:
        self._details = details
        self._decoded: dict[int, tuple[str, str, list[Any]]] = {}

    def build(self, details_id: int, start: Instant, end: Instant,
              recurrence: Instant) -> tuple[str, str, Occurrence]:
        known = self._decoded.get(details_id)
        if known is None:
            source, calendar, text = self._details[details_id]
            known = self._decoded[details_id] = (source, calendar, details_from(text))
        source, calendar, (uid, summary, name, *rest) = known
        moment, day = dt.datetime.fromtimestamp, dt.date.fromisoformat
        return source, calendar, Occurrence(
            uid, moment(start, dt.UTC) if start.__class__ is int else day(start),  # type: ignore[arg-type]
            moment(end, dt.UTC) if end.__class__ is int else day(end),  # type: ignore[arg-type]
            summary, name,
            None if recurrence is None else moment(recurrence, dt.UTC) if recurrence.__class__ is int
            else day(recurrence),  # type: ignore[arg-type]
            *rest)
