"""What a sync reports, per source and in all: made by the sync, printed by ``sync --json``, and
read back by the tray from its sync child's output (``SyncReport.from_json``), so that every
reader works on the same typed values rather than on a dictionary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class SyncStatus(StrEnum):
    """How one source's sync went."""

    OK = "ok"  # something changed and was stored
    UNCHANGED = "unchanged"
    ERROR = "error"  # it failed; the cache keeps what it had
    AUTH = "auth"  # the password was not accepted (or none is stored): paused until the user acts
    WAITING = "waiting"  # backing off after a failure, or the publisher asks for no refresh yet
    REFUSED = "refused"  # an address or certificate Timeward will not use


#: The statuses that are not failures.
FINE = frozenset({SyncStatus.OK, SyncStatus.UNCHANGED, SyncStatus.WAITING})


@dataclass(slots=True)
class SourceReport:
    source: str
    label: str
    status: SyncStatus
    message: str = ""
    changed: int = 0
    deleted: int = 0
    requests: int = 0
    problems: list[str] = field(default_factory=list)
    not_before: dt.datetime | None = None  # a feed's publisher asks for no refresh before then
    fingerprint: str = ""  # of a refused certificate the user may choose to trust

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "label": self.label, "status": str(self.status), "message": self.message,
                "changed": self.changed, "deleted": self.deleted, "requests": self.requests,
                "problems": self.problems}

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> SourceReport:
        """A source's report as ``as_json`` wrote it; an unknown status reads as an error."""
        try:
            status = SyncStatus(str(row.get("status")))
        except ValueError:
            status = SyncStatus.ERROR
        return cls(str(row.get("source", "")), str(row.get("label", "")), status, str(row.get("message") or ""),
                   int(row.get("changed") or 0), int(row.get("deleted") or 0), int(row.get("requests") or 0),
                   [str(problem) for problem in row.get("problems") or []])


@dataclass(slots=True)
class SyncReport:
    sources: list[SourceReport] = field(default_factory=list)
    error: str = ""  # the sync as a whole did not run to its end (the tray's child stopped, say)
    #: Calls the sync booked outside working hours or past a budget, to tell once (BookingNotice's JSON).
    notices: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.error and all(r.status in FINE for r in self.sources)

    @property
    def failed(self) -> list[SourceReport]:
        return [r for r in self.sources if r.status not in FINE]

    def as_json(self) -> dict[str, object]:
        return {"ok": self.ok, "sources": [r.as_json() for r in self.sources], "notices": self.notices}

    @classmethod
    def from_json(cls, data: object, error: str = "") -> SyncReport:
        """The report ``sync --json`` printed; anything else is a report of ``error``."""
        if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
            return cls(error=error or "the sync gave no report")
        try:
            notices = [n for n in data.get("notices") or [] if isinstance(n, dict)]
            return cls([SourceReport.from_json(row) for row in data["sources"]], str(data.get("error") or ""), notices)
        except (TypeError, ValueError, AttributeError):
            return cls(error=error or "the sync's report could not be read")
