"""The values the domain works on: people and calendar occurrences.

Every instant is an aware datetime in UTC; all-day occurrences carry dates. Conversion to the
viewer's zone happens only when something is shown or printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import StrEnum

UTC = dt.UTC


class Status(StrEnum):
    """STATUS of an event (RFC 5545 §3.8.1.11); empty when the calendar gives none."""

    NONE = ""
    TENTATIVE = "TENTATIVE"
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"


@dataclass(frozen=True, slots=True)
class Person:
    """An organizer or attendee: a lower-cased e-mail address and a display name."""

    email: str
    name: str = ""

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]


@dataclass(slots=True)
class Occurrence:
    """One instance of a calendar event, as read from a calendar.

    ``start``/``end`` are aware UTC datetimes, or dates when ``all_day``. ``recurrence_id`` is the
    original slot of an instance of a recurring series (UTC), None for a single event.
    ``floating`` marks times that were given without a zone and read in the viewer's zone.
    ``notes`` carries problems found while reading that did not stop the event from being used.
    ``guarded`` is the user's choice for its calendar: only guarded occurrences can be calls.

    It is a value: never changed in place (``dataclasses.replace`` makes a changed copy). It is not
    declared frozen only because a frozen dataclass takes ten times as long to build, and a
    90-day agenda builds thousands of them from the cache.
    """

    uid: str
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    summary: str = ""
    calendar: str = ""
    recurrence_id: dt.datetime | dt.date | None = None
    all_day: bool = False
    status: Status = Status.NONE
    transparent: bool = False
    declined: bool = False
    join_url: str | None = None
    description: str = ""
    location: str = ""
    organizer: Person | None = None
    attendees: tuple[Person, ...] = ()
    floating: bool = False
    notes: tuple[str, ...] = field(default=())
    guarded: bool = True  # False when the user unticked "guard calls in this calendar"
    zone: str = ""  # the IANA zone the invitation gives its start in (the client's), "" when none

    @property
    def key(self) -> str:
        """Identity of this occurrence: UID plus recurrence id (or start for a single event)."""
        slot = self.recurrence_id if self.recurrence_id is not None else self.start
        return f"{self.uid}|{slot.isoformat()}"

    @property
    def duration(self) -> dt.timedelta:
        start, end = self.start, self.end
        if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
            return end - start
        return _date(end) - _date(start)  # all-day: whole days

    def starts_at(self, zone: dt.tzinfo) -> dt.datetime:
        """The start as an instant (UTC); an all-day occurrence begins at midnight in ``zone``,
        the viewer's, as it is shown there."""
        start = self.start
        if not isinstance(start, dt.datetime):
            start = dt.datetime.combine(start, dt.time(), zone)
        return start.astimezone(UTC)

    @property
    def cancelled(self) -> bool:
        return self.status is Status.CANCELLED

    def moved_to_zone(self, old: dt.tzinfo, new: dt.tzinfo) -> Occurrence:
        """Keep a floating occurrence's wall-clock times when the viewer's zone changes."""
        if not self.floating or self.all_day:
            return self

        def rezone(instant: dt.datetime) -> dt.datetime:
            wall = instant.astimezone(old).replace(tzinfo=None)
            return wall.replace(tzinfo=new).astimezone(UTC)

        assert isinstance(self.start, dt.datetime) and isinstance(self.end, dt.datetime)
        return replace(self, start=rezone(self.start), end=rezone(self.end))


def start_order(zone: dt.tzinfo) -> Callable[[Occurrence], tuple[dt.datetime, str]]:
    """The one order of occurrences everywhere: by start instant (all-day ones at midnight in
    ``zone``), then by identity, so that equal starts always come out the same way."""

    def order(occurrence: Occurrence) -> tuple[dt.datetime, str]:
        return occurrence.starts_at(zone), occurrence.key

    return order


def _date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value
