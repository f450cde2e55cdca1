"""Occurrences to and from the JSON objects of ``timeward agenda --json`` (a public contract).

Instants are written in ``zone`` with their UTC offset; all-day occurrences carry dates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeward.domain.agenda import parse_agenda
from timeward.domain.calls import is_call
from timeward.domain.model import Occurrence, Person, Status


def _when(value: dt.datetime | dt.date | None, zone: dt.tzinfo) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.astimezone(zone).isoformat()
    return value.isoformat()


def _parse_when(text: str | None) -> dt.datetime | dt.date | None:
    if text is None:
        return None
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text).astimezone(dt.UTC)


def _person(person: Person | None) -> dict[str, str] | None:
    return None if person is None else {"email": person.email, "name": person.name}


def to_json(occurrence: Occurrence, zone: dt.tzinfo) -> dict[str, Any]:
    return {
        "uid": occurrence.uid,
        "recurrence_id": _when(occurrence.recurrence_id, zone),
        "calendar": occurrence.calendar,
        "summary": occurrence.summary,
        "start": _when(occurrence.start, zone),
        "end": _when(occurrence.end, zone),
        "all_day": occurrence.all_day,
        "status": occurrence.status.value or None,
        "declined": occurrence.declined,
        "is_call": is_call(occurrence),
        "join_url": occurrence.join_url,
        "agenda": list(parse_agenda(occurrence.description)),
        "transparent": occurrence.transparent,
        "floating": occurrence.floating,
        "location": occurrence.location,
        "description": occurrence.description,
        "organizer": _person(occurrence.organizer),
        "attendees": [_person(p) for p in occurrence.attendees],
        "notes": list(occurrence.notes),
        "guarded": occurrence.guarded,
        "zone": occurrence.zone or None,
    }


def from_json(data: dict[str, Any]) -> Occurrence:
    start, end = _parse_when(data["start"]), _parse_when(data["end"])
    assert start is not None and end is not None
    organizer = data.get("organizer")
    return Occurrence(
        uid=data["uid"],
        start=start,
        end=end,
        summary=data.get("summary", ""),
        calendar=data.get("calendar", ""),
        recurrence_id=_parse_when(data.get("recurrence_id")),
        all_day=bool(data.get("all_day")),
        status=Status(data.get("status") or ""),
        transparent=bool(data.get("transparent")),
        declined=bool(data.get("declined")),
        join_url=data.get("join_url"),
        description=data.get("description", ""),
        location=data.get("location", ""),
        organizer=Person(**organizer) if organizer else None,
        attendees=tuple(Person(**p) for p in data.get("attendees", [])),
        floating=bool(data.get("floating")),
        notes=tuple(data.get("notes", [])),
        guarded=bool(data.get("guarded", True)),
        zone=str(data.get("zone") or ""),
    )
