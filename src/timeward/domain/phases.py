"""Phases of a call and the alerts it raises."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    IDLE = "idle"  # nothing to guard right now
    UPCOMING = "upcoming"
    WAITING = "waiting"
    IN_CALL = "in_call"
    WRAP_UP = "wrap_up"
    OVERRUN = "overrun"
    ENDED = "ended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    @property
    def final(self) -> bool:
        return self in (Phase.ENDED, Phase.NO_SHOW, Phase.CANCELLED)

    @property
    def live(self) -> bool:
        """The user is on the call (the other side joined)."""
        return self in (Phase.IN_CALL, Phase.WRAP_UP, Phase.OVERRUN)


#: Which active call the tray shows first: the most urgent phase, then the earliest start.
FOCUS_ORDER = (Phase.OVERRUN, Phase.WRAP_UP, Phase.IN_CALL, Phase.WAITING, Phase.UPCOMING)


class AlertKind(StrEnum):
    REMINDER = "reminder"  # the call starts soon
    WAIT_LIMIT = "wait_limit"  # the other side has not joined within the wait limit
    WARNING = "warning"  # the ten-minute warning before the scheduled end
    TIME_UP = "time_up"  # the scheduled (or extended) end has come
    ADVANCE = "advance"  # the reminder to send the client ahead of the call (the day before, say) is due
