"""Errors raised by calendar adapters."""

from __future__ import annotations


class CalendarDataError(Exception):
    """The data as a whole is not a usable calendar (empty, cut off, or not iCalendar at all).

    A failed fetch must never be mistaken for an empty calendar, so callers keep what they had.
    """
