"""Working hours, days off and focus days: when the user takes calls, in the user's own zone.

A call is out of hours when any part of it falls outside its day's hours (read in the user's
zone, so a client abroad booking "9:00 their time" is judged by the user's clock), on a day off,
or on a focus day (a weekday, or a date, kept free of calls). A call that runs past midnight is
judged by the day it begins on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NINE_TO_FIVE = (dt.time(9), dt.time(17))


class OutOfHours(StrEnum):
    """Why a call is outside the user's hours."""

    NOT_A_WORKING_DAY = "not_a_working_day"
    OUTSIDE_HOURS = "outside_hours"
    DAY_OFF = "day_off"
    FOCUS_DAY = "focus_day"


def _nine_to_five() -> tuple[tuple[dt.time, dt.time] | None, ...]:
    return (NINE_TO_FIVE,) * 5 + (None, None)


@dataclass(frozen=True, slots=True)
class WorkingHours:
    #: Monday first: each weekday's (from, to), or None when it is not a working day.
    days: tuple[tuple[dt.time, dt.time] | None, ...] = field(default_factory=_nine_to_five)
    days_off: frozenset[dt.date] = frozenset()
    focus_weekdays: frozenset[int] = frozenset()  # 0 is Monday
    focus_dates: frozenset[dt.date] = frozenset()

    def conflict(self, start: dt.datetime, end: dt.datetime, zone: dt.tzinfo) -> OutOfHours | None:
        """Why the call from ``start`` to ``end`` is out of hours, or None when it is within them."""
        local_start, local_end = start.astimezone(zone), end.astimezone(zone)
        day = local_start.date()
        if day in self.days_off:
            return OutOfHours.DAY_OFF
        if day in self.focus_dates or day.weekday() in self.focus_weekdays:
            return OutOfHours.FOCUS_DAY
        hours = self.days[day.weekday()]
        if hours is None:
            return OutOfHours.NOT_A_WORKING_DAY
        opens = dt.datetime.combine(day, hours[0], local_start.tzinfo)
        closes = dt.datetime.combine(day, hours[1], local_start.tzinfo)
        if local_start < opens or local_end > closes:
            return OutOfHours.OUTSIDE_HOURS
        return None

    def ranges(self) -> list[tuple[int, int, tuple[dt.time, dt.time]]]:
        """Runs of consecutive weekdays with the same hours, as (first weekday, last weekday,
        hours): Monday to Friday 9:00–17:00 is one run, for the sentence that states them."""
        runs: list[tuple[int, int, tuple[dt.time, dt.time]]] = []
        for weekday, hours in enumerate(self.days):
            if hours is None or weekday in self.focus_weekdays:
                continue
            if runs and runs[-1][1] == weekday - 1 and runs[-1][2] == hours:
                runs[-1] = (runs[-1][0], weekday, hours)
            else:
                runs.append((weekday, weekday, hours))
        return runs
