"""Clocks: the only source of "now" for the domain.

The domain never reads time itself; it is given a :class:`Clock`. ``now()`` is the aware UTC wall
time, ``monotonic()`` seconds that never jump. Comparing how far each moved between two readings
reveals a suspend/resume or a wall-clock change.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Aware UTC wall time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (it may stop while the machine sleeps)."""


class SystemClock:
    """The real clock."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that tests move by hand.

    ``advance`` moves both clocks (time passing while awake); ``sleep`` moves only the wall clock
    (a suspended machine); ``jump`` sets the wall clock (NTP or a manual change).
    """

    def __init__(self, start: dt.datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")
        self._now = start.astimezone(dt.UTC)
        self._mono = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: dt.timedelta | None = None, **kwargs: float) -> dt.datetime:
        step = delta if delta is not None else dt.timedelta(**kwargs)
        self._now += step
        self._mono += step.total_seconds()
        return self._now

    def sleep(self, delta: dt.timedelta | None = None, **kwargs: float) -> dt.datetime:
        self._now += delta if delta is not None else dt.timedelta(**kwargs)
        return self._now

    def jump(self, to: dt.datetime) -> dt.datetime:
        self._now = to.astimezone(dt.UTC)
        return self._now
