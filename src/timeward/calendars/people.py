"""Organizer and attendees of an event, and whether the user declined it."""

from __future__ import annotations

from collections.abc import Iterable

from icalendar import Event

from timeward.domain.model import Person


def address(value: object) -> str:
    """The lower-cased e-mail address of a CAL-ADDRESS (``MAILTO:`` in any case removed)."""
    text = str(value or "").strip()
    if text[:7].lower() == "mailto:":
        text = text[7:]
    return text.strip().lower()


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _person(value: object) -> Person | None:
    email = address(value)
    if not email:
        return None
    params = getattr(value, "params", {}) or {}
    return Person(email=email, name=str(params.get("CN", "")).strip())


def organizer(event: Event) -> Person | None:
    return _person(event.get("ORGANIZER"))


def attendees(event: Event) -> tuple[Person, ...]:
    people = (_person(v) for v in _as_list(event.get("ATTENDEE")))
    return tuple(p for p in people if p is not None)


def declined_by(event: Event, me: Iterable[str]) -> bool:
    """True when one of the user's addresses has PARTSTAT=DECLINED and the user is not the organizer."""
    mine = {address(m) for m in me}
    if not mine:
        return False
    if address(event.get("ORGANIZER")) in mine:
        return False
    for value in _as_list(event.get("ATTENDEE")):
        params = getattr(value, "params", {}) or {}
        if address(value) in mine and str(params.get("PARTSTAT", "")).upper() == "DECLINED":
            return True
    return False
