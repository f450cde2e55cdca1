"""An overall deadline for a request: a server that sends its answer one byte every few seconds
never trips a per-read timeout, so without one a sync (and ``agenda --ics URL``, ``calendars add``)
would hang for good.

The deadline is a real-time interval timer (SIGALRM), which interrupts a blocking read wherever
it is. It works in the main thread of a process, which is where every command runs its requests
(the tray syncs through a ``timeward sync`` child); elsewhere, and where the platform has no such
timer (Windows), only the per-read timeouts hold. ``DeadlinePassed`` is a BaseException, so that
no library's ``except Exception`` swallows it on the way up to the caller's translation.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

#: One request's answer, from the first byte sent to the last byte read.
REQUEST_SECONDS = 60.0
#: A first sync's single answer may carry a whole calendar (5,000 events: about 6 MB).
LARGE_ANSWER_SECONDS = 300.0


class DeadlinePassed(BaseException):  # noqa: N818 - a signal, like KeyboardInterrupt
    """The answer did not arrive whole within its deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no whole answer within {seconds:.0f} s")
        self.seconds = seconds


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise DeadlinePassed in the block once ``seconds`` have passed. Nested deadlines keep the
    earlier one: an inner block never extends its outer block's time."""
    if not _can_interrupt():
        yield
        return
    left, _interval = signal.getitimer(signal.ITIMER_REAL)
    if left and left <= seconds:  # an outer deadline comes first and stays armed
        yield
        return

    def passed(_signum: int, _frame: object) -> None:
        raise DeadlinePassed(seconds)

    previous = signal.signal(signal.SIGALRM, passed)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if left:  # an outer deadline that was further off: armed again with what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(left - (time.monotonic() - started), 0.001))
