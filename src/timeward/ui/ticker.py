"""GuardTicker: the one place that reads the clock for the guard, with one QTimer.

After each ``tick()`` the timer is armed for the next instant anything can change: every second
while a call is active (the countdown shows seconds), else the guard's next deadline. Between
calls nothing ticks, except a safety wake-up at most every ``SAFETY_WAKE`` that notices a
wall-clock change no signal reported. A wall-clock step that the monotonic clock did not see
(suspend/resume, NTP, a manual change) emits ``resumed`` and re-plans at once. A change of the
system's time zone (travel) emits ``zone_changed``: floating events move, and times are shown anew.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from timeward.domain.clock import Clock
from timeward.domain.guard import CallGuard, GuardState

SAFETY_WAKE = dt.timedelta(minutes=10)
JUMP_THRESHOLD = dt.timedelta(seconds=90)


class GuardTicker(QObject):
    state_changed = Signal(object)  # GuardState
    alerts_due = Signal(list)  # list[Alert]
    calls_finished = Signal(list)  # list[CallOutcome]
    resumed = Signal()
    zone_changed = Signal()

    def __init__(self, guard: CallGuard, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.clock = clock
        self.ticks = 0
        self.fast = False  # ticking every second (a call is active)
        self._timer = QTimer(self)  # Qt's default coarse timer: the OS may batch its wake-ups
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.tick)
        self._last: tuple[dt.datetime, float] | None = None
        self._zone: tuple[str, dt.timedelta | None] | None = None

    @property
    def armed_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    def tick(self) -> GuardState:
        """Bring the guard up to now, emit what changed, and arm the timer for the next change."""
        self.ticks += 1
        now, mono = self.clock.now(), self.clock.monotonic()
        if self._last is not None:
            wall_step = now - self._last[0]
            mono_step = dt.timedelta(seconds=mono - self._last[1])
            if abs(wall_step - mono_step) > JUMP_THRESHOLD:
                self.resumed.emit()
        self._last = (now, mono)
        self._notice_zone(now)
        result = self.guard.step(now)
        if result.finished:
            self.calls_finished.emit(result.finished)
        if result.alerts:
            self.alerts_due.emit(result.alerts)
        state = self.guard.state(now)
        self.state_changed.emit(state)
        self._arm(now, state)
        return state

    def _notice_zone(self, now: dt.datetime) -> None:
        from timeward.system_zone import local_zone  # first needed after the tray is up

        zone = local_zone()
        seen = (str(zone), zone.utcoffset(now.replace(tzinfo=None)))
        before, self._zone = self._zone, seen  # first: a reload the signal sets off may tick again at once
        if before is not None and seen != before:
            self.zone_changed.emit()

    def _arm(self, now: dt.datetime, state: GuardState) -> None:
        self.fast = bool(state.calls)
        if self.fast:
            delay = dt.timedelta(seconds=1) - dt.timedelta(microseconds=now.microsecond)
        else:
            deadline = self.guard.next_deadline(now)
            delay = min(deadline - now, SAFETY_WAKE) if deadline else SAFETY_WAKE
        self._timer.start(max(int(delay.total_seconds() * 1000), 10))

    def stop(self) -> None:
        self._timer.stop()
