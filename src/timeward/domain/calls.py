"""What counts as a call (DESIGN: the call lifecycle).

A call is an occurrence in a guarded calendar that is not all-day, not cancelled, not declined by
the user, not marked free (TRANSP:TRANSPARENT), longer than zero and at most 8 hours long.
"""

from __future__ import annotations

import datetime as dt

from timeward.domain.model import Occurrence

MAX_CALL_LENGTH = dt.timedelta(hours=8)


def is_call(occurrence: Occurrence) -> bool:
    if not occurrence.guarded or not is_busy(occurrence):
        return False
    return dt.timedelta(0) < occurrence.duration <= MAX_CALL_LENGTH


def is_busy(occurrence: Occurrence) -> bool:
    """A timed appointment that occupies the user (a candidate for "your next appointment")."""
    return not (occurrence.all_day or occurrence.cancelled or occurrence.declined or occurrence.transparent)
