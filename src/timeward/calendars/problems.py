"""Problems found while reading a calendar, in words a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """One event (or the calendar itself, when ``uid`` is empty) that was skipped or flagged."""

    calendar: str
    uid: str
    summary: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        where = f"calendar {self.calendar!r}" if self.calendar else "calendar"
        if self.uid:
            title = f" ({self.summary})" if self.summary else ""
            where += f", event {self.uid!r}{title}"
        verb = "skipped" if self.skipped else "warning"
        return f"{where}: {verb}: {self.reason}"
