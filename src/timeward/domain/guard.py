"""The call guard: phases of every call, the alerts they raise, and the user's answers.

Contract:
- ``set_occurrences(occurrences, now)`` gives the guard the calendar; it may be called as often as
  the calendar is re-read. What the user did to a call is kept by occurrence key.
- ``step(now)`` returns the alerts that became due and the calls that became final since the
  last step. Each alert has an identity (occurrence key, kind, and for deadlines the user can move,
  the instant) and fires at most once, however often the calendar is re-read or the clock jumps.
  When several alerts of one call became due together (after a sleep), only the latest is raised
  and the others are marked fired: one catch-up notice, not a burst.
- ``state(now)`` describes every active call; ``next_deadline(now)`` is the next instant at which
  anything changes, so the UI can arm one timer and sleep until then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from timeward.domain.call_record import CallRecord, apply_facts, record_facts
from timeward.domain.calls import is_busy, is_call
from timeward.domain.model import Occurrence
from timeward.domain.phases import FOCUS_ORDER, AlertKind, Phase
from timeward.domain.policy import GuardPolicy

#: An alert raised this long after its time is a catch-up notice (the machine slept, or the app
#: started late), which the UI says in so many words.
LATE_ALERT = dt.timedelta(minutes=2)
#: A next appointment that begins within this of a call's end is "my next call" in what to say.
NEXT_SOON = dt.timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class CallView:
    """A call as the user should see it at ``now``."""

    occurrence: Occurrence
    phase: Phase
    now: dt.datetime
    start: dt.datetime
    end: dt.datetime
    joined_at: dt.datetime | None
    wait_limit_at: dt.datetime
    warning_at: dt.datetime | None
    extension: dt.timedelta
    next_appointment: Occurrence | None

    @property
    def key(self) -> str:
        return self.occurrence.key

    @property
    def remaining(self) -> dt.timedelta:
        """Time to the (extended) end; negative in overrun."""
        return self.end - self.now

    @property
    def until_start(self) -> dt.timedelta:
        return self.start - self.now

    @property
    def next_soon(self) -> Occurrence | None:
        """The next appointment when it begins within NEXT_SOON of this call's (extended) end: only
        then is "before my next call" true to say."""
        nxt = self.next_appointment
        if nxt is None or not isinstance(nxt.start, dt.datetime) or nxt.start - self.end > NEXT_SOON:
            return None
        return nxt

    @property
    def runs_into_next(self) -> Occurrence | None:
        """The next appointment when this call, as extended, now ends after it begins."""
        nxt = self.next_appointment
        if nxt is None or not isinstance(nxt.start, dt.datetime) or self.end <= nxt.start:
            return None
        return nxt

    @property
    def waited(self) -> dt.timedelta:
        return max(self.now - self.start, dt.timedelta(0))

    @property
    def wait_limit(self) -> dt.timedelta:
        return self.wait_limit_at - self.start

    @property
    def wait_limit_reached(self) -> bool:
        return self.phase is Phase.WAITING and self.now >= self.wait_limit_at


@dataclass(frozen=True, slots=True)
class Alert:
    kind: AlertKind
    call: CallView
    due_at: dt.datetime
    identity: str

    @property
    def late(self) -> bool:
        return self.call.now - self.due_at > LATE_ALERT


@dataclass(frozen=True, slots=True)
class CallOutcome:
    """How a call ended: the hook for the meeting log and the follow-up draft."""

    occurrence: Occurrence
    outcome: Phase
    joined_at: dt.datetime | None
    ended_at: dt.datetime | None
    extension: dt.timedelta
    extra_wait: dt.timedelta
    auto_ended: bool


@dataclass(frozen=True, slots=True)
class GuardState:
    now: dt.datetime
    calls: tuple[CallView, ...] = ()  # active calls, most urgent first
    next_call: Occurrence | None = None  # the next call that has not begun

    @property
    def focus(self) -> CallView | None:
        return self.calls[0] if self.calls else None


@dataclass(frozen=True, slots=True)
class StepResult:
    alerts: list[Alert] = field(default_factory=list)
    finished: list[CallOutcome] = field(default_factory=list)


class CallGuard:
    def __init__(self, policy: GuardPolicy | None = None) -> None:
        self.policy = policy or GuardPolicy()
        self._occurrences: list[Occurrence] = []
        self._records: dict[str, CallRecord] = {}
        self._fired: set[str] = set()
        self._pending_facts: dict[str, dict[str, object]] = {}

    # -- calendar -------------------------------------------------------------------------
    def set_policy(self, policy: GuardPolicy) -> None:
        self.policy = policy
        for record in self._records.values():
            record.timings = policy.timings_for(record.occurrence)

    def set_occurrences(self, occurrences: Iterable[Occurrence], now: dt.datetime) -> None:
        """Replace the calendar. A call cancelled in the calendar after it was due becomes CANCELLED."""
        timed = sorted((o for o in occurrences if isinstance(o.start, dt.datetime)), key=lambda o: o.start)
        self._occurrences = [o for o in timed if is_busy(o) or o.key in self._records]
        seen: set[str] = set()
        for occurrence in timed:
            record = self._records.get(occurrence.key)
            if is_call(occurrence):
                seen.add(occurrence.key)
                if record is None:
                    record = CallRecord(occurrence, self.policy.timings_for(occurrence))
                    self._records[occurrence.key] = record
                    if occurrence.key in self._pending_facts:
                        apply_facts(record, self._pending_facts.pop(occurrence.key))
                else:
                    record.occurrence = occurrence
                    record.timings = self.policy.timings_for(occurrence)
            elif record is not None and occurrence.cancelled:
                seen.add(occurrence.key)
                record.occurrence = occurrence
                if record.outcome is None and record.phase(now) is not Phase.IDLE:
                    record.outcome, record.ended_at = Phase.CANCELLED, now
        for key in [k for k, r in self._records.items() if k not in seen]:
            record = self._records[key]
            if record.joined_at is None and record.outcome is None:
                del self._records[key]  # gone from the calendar before anything happened

    def facts(self) -> dict[str, dict[str, object]]:
        """The user's answers, by occurrence key, to keep across restarts."""
        saved = {key: f for key, r in self._records.items() if (f := record_facts(r)) is not None}
        return {**self._pending_facts, **saved}

    def restore_facts(self, facts: dict[str, dict[str, object]]) -> None:
        """Answers saved by :meth:`facts`; those for calls not known yet wait for the calendar."""
        for key, value in facts.items():
            record = self._records.get(key)
            if record is None:
                self._pending_facts[key] = value
            else:
                apply_facts(record, value)

    def records_facts(self) -> list[tuple[Occurrence, dict[str, object] | None]]:
        """Every call the guard follows, with the user's answers about it (None: none yet)."""
        return [(r.occurrence, record_facts(r)) for r in self._records.values()]

    def merge_facts(self, facts: dict[str, dict[str, object]]) -> None:
        """Answers another process recorded (``timeward call …``) while this one runs: they replace
        this guard's, and a call they finished is reported as finished here too."""
        for key, value in facts.items():
            record = self._records.get(key)
            if record is None:
                self._pending_facts[key] = value
                continue
            before = record.outcome, record.reported
            apply_facts(record, value)
            record.reported = before[1] if record.outcome == before[0] else False
            if record.outcome is None:
                record.reported = False

    # -- the user's answers ---------------------------------------------------------------
    def _record(self, key: str) -> CallRecord:
        try:
            return self._records[key]
        except KeyError:
            raise KeyError(f"no call with key {key!r}") from None

    def joined(self, key: str, now: dt.datetime) -> None:
        """The other side joined: the call is live. Any other live call is ended at this moment."""
        record = self._record(key)
        for other in self._records.values():
            if other is not record and other.outcome is None and other.phase(now).live:
                other.outcome, other.ended_at = Phase.ENDED, now
        if record.joined_at is None:
            record.joined_at = max(now, record.start)
        record.outcome, record.ended_at = None, None

    def end_call(self, key: str, now: dt.datetime) -> None:
        record = self._record(key)
        record.outcome, record.ended_at = Phase.ENDED, now

    def extend(self, key: str, minutes: int) -> None:
        """Move the end of the call; the extension is kept for the log."""
        self._record(key).extension += dt.timedelta(minutes=minutes)

    def wait_more(self, key: str, minutes: int = 5) -> None:
        record = self._record(key)
        record.extra_wait += dt.timedelta(minutes=minutes)

    def record_no_show(self, key: str, now: dt.datetime) -> None:
        """The user confirmed that the other side did not come."""
        record = self._record(key)
        if record.joined_at is not None:
            raise ValueError("the other side joined this call; it cannot be a no-show")
        record.outcome, record.ended_at = Phase.NO_SHOW, now

    def undo_no_show(self, key: str) -> None:
        record = self._record(key)
        if record.outcome is Phase.NO_SHOW:
            record.outcome, record.ended_at, record.reported = None, None, False

    # -- time -----------------------------------------------------------------------------
    def _close_finished(self, now: dt.datetime) -> list[CallOutcome]:
        finished = []
        for record in self._records.values():
            if record.outcome is None and record.joined_at is not None and now >= record.auto_end_at:
                record.outcome, record.ended_at, record.auto_ended = Phase.ENDED, record.auto_end_at, True
            if record.outcome is not None and not record.reported:
                record.reported = True
                finished.append(CallOutcome(record.occurrence, record.outcome, record.joined_at,
                                            record.ended_at, record.extension, record.extra_wait,
                                            record.auto_ended))
        return finished

    def step(self, now: dt.datetime) -> StepResult:
        finished = self._close_finished(now)
        alerts: list[Alert] = []
        for record in self._records.values():
            phase = record.phase(now)
            candidates = self._alerts_of(record, phase, now)
            due = [(at, kind, identity) for at, kind, identity, valid in candidates
                   if at <= now and identity not in self._fired and valid]
            self._fired.update(identity for at, _, identity, valid in candidates if at <= now or not valid)
            if due:
                at, kind, identity = max(due)
                alerts.append(Alert(kind, self._view(record, phase, now), at, identity))
        return StepResult(alerts, finished)

    def _alerts_of(self, record: CallRecord, phase: Phase,
                   now: dt.datetime) -> list[tuple[dt.datetime, AlertKind, str, bool]]:
        """(due at, kind, identity, still valid) for each alert this call can raise."""
        key = record.key
        if phase is Phase.IDLE and record.advance_at is not None:
            return [(record.advance_at, AlertKind.ADVANCE, f"{key}|advance", now < record.reminder_at)]
        if phase in (Phase.IDLE, Phase.ENDED, Phase.NO_SHOW, Phase.CANCELLED):
            return []
        if record.joined_at is None:
            at = record.wait_limit_at
            return [(record.reminder_at, AlertKind.REMINDER, f"{key}|reminder", now < record.start),
                    (at, AlertKind.WAIT_LIMIT, f"{key}|wait|{at.isoformat()}", now < record.end)]
        found = []
        if record.warning_at is not None:
            found.append((record.warning_at, AlertKind.WARNING, f"{key}|warning", now < record.end))
        found.append((record.end, AlertKind.TIME_UP, f"{key}|time_up|{record.end.isoformat()}", True))
        return found

    def next_deadline(self, now: dt.datetime) -> dt.datetime | None:
        instants = [t for r in self._records.values() for t in r.deadlines() if t > now]
        return min(instants, default=None)

    # -- views ----------------------------------------------------------------------------
    def _next_after(self, occurrence: Occurrence, now: dt.datetime) -> Occurrence | None:
        for other in self._occurrences:
            if other.key != occurrence.key and other.start >= occurrence.start and other.end > now \
                    and not other.cancelled:
                return other
        return None

    def _view(self, record: CallRecord, phase: Phase, now: dt.datetime) -> CallView:
        return CallView(record.occurrence, phase, now, record.start, record.end, record.joined_at,
                        record.wait_limit_at, record.warning_at, record.extension,
                        self._next_after(record.occurrence, now))

    def view(self, key: str, now: dt.datetime) -> CallView:
        record = self._record(key)
        return self._view(record, record.phase(now), now)

    def state(self, now: dt.datetime) -> GuardState:
        active = []
        for record in self._records.values():
            phase = record.phase(now)
            if phase in FOCUS_ORDER:
                active.append(self._view(record, phase, now))
        active.sort(key=lambda v: (FOCUS_ORDER.index(v.phase), v.start))
        upcoming = (r.occurrence for r in sorted(self._records.values(), key=lambda r: r.start)
                    if r.outcome is None and r.joined_at is None and r.start > now)
        return GuardState(now, tuple(active), next(upcoming, None))

    def outcome(self, key: str) -> CallOutcome | None:
        record = self._records.get(key)
        if record is None or record.outcome is None:
            return None
        return CallOutcome(record.occurrence, record.outcome, record.joined_at, record.ended_at,
                           record.extension, record.extra_wait, record.auto_ended)

    def occurrences_between(self, start: dt.datetime, end: dt.datetime) -> list[Occurrence]:
        """Busy occurrences overlapping [start, end), for menus and listings."""
        return [o for o in self._occurrences if o.start < end and o.end > start]
