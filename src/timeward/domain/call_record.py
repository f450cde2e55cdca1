"""One call's facts (what the user did and when) and the phase they imply at a given instant.

Everything is derived from absolute instants compared with ``now``: nothing counts ticks, so a
suspended machine, a wall-clock jump or a missed tick changes nothing but the ``now`` passed in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeward.domain.model import Occurrence
from timeward.domain.phases import Phase
from timeward.domain.policy import Timings

#: An overrun the user never ends is closed after this long (they surely left the call).
AUTO_END_AFTER = dt.timedelta(hours=1)
ZERO = dt.timedelta(0)


@dataclass(slots=True)
class CallRecord:
    occurrence: Occurrence
    timings: Timings
    joined_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    outcome: Phase | None = None
    auto_ended: bool = False
    extra_wait: dt.timedelta = ZERO
    extension: dt.timedelta = ZERO
    reported: bool = field(default=False)

    @property
    def key(self) -> str:
        return self.occurrence.key

    @property
    def start(self) -> dt.datetime:
        assert isinstance(self.occurrence.start, dt.datetime)
        return self.occurrence.start

    @property
    def end(self) -> dt.datetime:
        """The end, moved by any extension the user asked for."""
        assert isinstance(self.occurrence.end, dt.datetime)
        return self.occurrence.end + self.extension

    @property
    def reminder_at(self) -> dt.datetime:
        return self.start - self.timings.reminder_lead

    @property
    def advance_at(self) -> dt.datetime | None:
        """When the reminder to send the client ahead of the call is due; None when none is wanted."""
        lead = self.timings.advance_lead
        return self.start - lead if lead else None

    @property
    def wait_limit_at(self) -> dt.datetime:
        return self.start + self.timings.wait_limit + self.extra_wait

    @property
    def warning_at(self) -> dt.datetime | None:
        """When the end-of-call warning is due; None when the call is no longer than the lead."""
        at = self.end - self.timings.warning_lead
        return at if at > self.start else None

    @property
    def auto_end_at(self) -> dt.datetime:
        return self.end + AUTO_END_AFTER

    def phase(self, now: dt.datetime) -> Phase:
        if self.outcome is not None:
            return self.outcome
        if self.joined_at is None:
            if now < self.reminder_at:
                return Phase.IDLE
            if now < self.start:
                return Phase.UPCOMING
            return Phase.WAITING if now < self.end else Phase.ENDED
        if now >= self.end:
            return Phase.OVERRUN
        warning_at = self.warning_at
        if warning_at is not None and now >= warning_at:
            return Phase.WRAP_UP
        return Phase.IN_CALL

    def deadlines(self) -> list[dt.datetime]:
        """Every instant at which this call's phase or alerts may change."""
        if self.outcome is not None:
            return []
        if self.joined_at is None:
            found = [self.reminder_at, self.start, self.wait_limit_at, self.end]
            return [self.advance_at, *found] if self.advance_at is not None else found
        found = [self.end, self.auto_end_at]
        if self.warning_at is not None:
            found.append(self.warning_at)
        return found


def _instant(text: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if isinstance(text, str) else None


def record_facts(record: CallRecord) -> dict[str, object] | None:
    """The user's answers about a call as plain JSON-able data, or None when there are none."""
    if record.joined_at is None and record.outcome is None and not record.extension and not record.extra_wait:
        return None
    return {
        "joined_at": record.joined_at.isoformat() if record.joined_at else None,
        "ended_at": record.ended_at.isoformat() if record.ended_at else None,
        "outcome": record.outcome.value if record.outcome else None,
        "auto_ended": record.auto_ended,
        "extension_minutes": record.extension.total_seconds() / 60,
        "extra_wait_minutes": record.extra_wait.total_seconds() / 60,
    }


def apply_facts(record: CallRecord, facts: dict[str, object]) -> None:
    """Restore answers saved by :func:`record_facts` (outcomes restored count as reported)."""
    record.joined_at = _instant(facts.get("joined_at"))
    record.ended_at = _instant(facts.get("ended_at"))
    outcome = facts.get("outcome")
    record.outcome = Phase(outcome) if isinstance(outcome, str) and outcome else None
    record.auto_ended = bool(facts.get("auto_ended"))
    record.extension = dt.timedelta(minutes=float(facts.get("extension_minutes") or 0))  # type: ignore[arg-type]
    record.extra_wait = dt.timedelta(minutes=float(facts.get("extra_wait_minutes") or 0))  # type: ignore[arg-type]
    record.reported = record.outcome is not None
