"""The meeting log's entries: what happened on each guarded call, as evidence for a dispute.

An entry keeps what was recorded at the moment it happened (the other side joined, the call
ended, a no-show, a cancellation with the notice it gave) and, apart from it, the user's
corrections: the value shown is the latest correction of a field, and the recorded one stays
beside it. Every figure is derived from instants (UTC), never from ticks counted, so a machine
that slept or a clock that jumped during a call changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

ZERO = dt.timedelta(0)
#: The fields a correction may change.
CORRECTABLE = ("joined_at", "ended_at", "outcome")


class Outcome(StrEnum):
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    LATE_CANCELLATION = "late_cancellation"
    MISSED = "missed"  # nobody acted: the call passed with no answer at all


class Followup(StrEnum):
    NONE = "none"
    WAITING = "waiting"
    SENT = "sent"
    DISMISSED = "dismissed"


@dataclass(frozen=True, slots=True)
class Correction:
    field: str  # one of CORRECTABLE, or "note"
    value: str | None  # ISO 8601 instant, an Outcome value, or the note; None clears an instant
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class LogEntry:
    key: str  # the occurrence's key: UID and slot
    uid: str
    recurrence_id: str | None
    summary: str
    client: str
    scheduled_start: dt.datetime
    scheduled_end: dt.datetime
    calendar: str = ""
    joined_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    recorded: Outcome | None = None  # the outcome recorded, None while nothing is
    extension: dt.timedelta = ZERO
    extra_wait: dt.timedelta = ZERO
    notice: dt.timedelta | None = None  # how long before its start a cancellation came
    out_of_hours: str = ""  # why it was booked outside working hours (an OutOfHours value), or ""
    note: str = ""
    covered: tuple[str, ...] = ()
    open: tuple[str, ...] = ()
    followup: Followup = Followup.NONE
    corrections: tuple[Correction, ...] = field(default=())

    def corrected(self) -> LogEntry:
        """The entry as the user corrected it: each field's latest correction applied in order."""
        entry = self
        for correction in self.corrections:
            if correction.field in ("joined_at", "ended_at"):
                value = dt.datetime.fromisoformat(correction.value) if correction.value else None
                entry = replace(entry, joined_at=value) if correction.field == "joined_at" \
                    else replace(entry, ended_at=value)
            elif correction.field == "outcome" and correction.value:
                entry = replace(entry, recorded=Outcome(correction.value))
                if correction.value in (Outcome.NO_SHOW, Outcome.MISSED):
                    entry = replace(entry, joined_at=None)
        return entry

    @property
    def outcome(self) -> Outcome:
        if self.recorded is not None:
            return self.recorded
        return Outcome.HELD if self.joined_at is not None else Outcome.MISSED

    @property
    def end_due(self) -> dt.datetime:
        """The end the call was due at, moved by the extensions given."""
        return self.scheduled_end + self.extension

    @property
    def lateness(self) -> dt.timedelta:
        """From the scheduled start to "they joined" (zero when on time, or not held)."""
        if self.outcome is not Outcome.HELD or self.joined_at is None:
            return ZERO
        return max(self.joined_at - self.scheduled_start, ZERO)

    @property
    def overrun(self) -> dt.timedelta:
        """From the (extended) scheduled end to the end of the call."""
        if self.outcome is not Outcome.HELD or self.ended_at is None:
            return ZERO
        return max(self.ended_at - self.end_due, ZERO)

    @property
    def held_for(self) -> dt.timedelta:
        """How long the call really went on: from its start (or the join, when later) to its end
        (the due end while it has none)."""
        if self.outcome is not Outcome.HELD:
            return ZERO
        began = max(self.joined_at or self.scheduled_start, self.scheduled_start)
        return max((self.ended_at or self.end_due) - began, ZERO)

    @property
    def late_arrival(self) -> bool:
        return whole_minutes(self.lateness) > 0

    @property
    def overran(self) -> bool:
        return whole_minutes(self.overrun) > 0


def whole_minutes(span: dt.timedelta) -> int:
    return int(span.total_seconds() // 60)


def cancellation_outcome(notice: dt.timedelta, required: dt.timedelta) -> Outcome:
    """A cancellation that came less than ``required`` before the start is a late one."""
    return Outcome.LATE_CANCELLATION if notice < required else Outcome.CANCELLED
