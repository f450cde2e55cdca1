"""CallAgenda: each call's checklist for the tray — from the journal when the user has touched
it, else from the event's description — and the waiting drafts, saved at once in the journal.

The journal is opened on first use; if it cannot be used, edits are kept in memory for this
session and the reason is logged (the calls are still guarded).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from timeward.domain.checklist import Checklist
from timeward.domain.model import Occurrence

if TYPE_CHECKING:
    from timeward.storage.journal import Journal

logger = logging.getLogger(__name__)


class CallAgenda:
    def __init__(self, data_folder: Path) -> None:
        self._folder = data_folder
        self._journal: Journal | None = None
        self._failed = False
        self._checklists: dict[str, Checklist] = {}

    @property
    def journal(self) -> Journal | None:
        if self._journal is None and not self._failed:
            from timeward.storage.journal import Journal, JournalError

            try:
                self._journal = Journal.open(self._folder)
                if self._journal.notice:
                    logger.warning("%s", self._journal.notice)
            except JournalError as error:
                self._failed = True
                logger.warning("the journal cannot be used, edits are kept for this session only: %s", error)
        return self._journal

    @property
    def notice(self) -> str:
        """What the user must know of the journal: it was damaged and read back ("" when not)."""
        return self._journal.notice if self._journal is not None else ""

    def checklist(self, occurrence: Occurrence) -> Checklist:
        from timeward.storage.journal import JournalError

        key = occurrence.key
        if key not in self._checklists:
            try:
                saved = self.journal.checklist(key) if self.journal is not None else None
            except JournalError as error:
                logger.warning("%s; the agenda is read from the event", error)
                saved = None
            self._checklists[key] = saved if saved is not None else Checklist.from_description(occurrence.description)
        return self._checklists[key]

    def save(self, key: str, checklist: Checklist, now: dt.datetime) -> None:
        from timeward.storage.journal import JournalError

        self._checklists[key] = checklist
        if self.journal is not None:
            try:
                self.journal.save_checklist(key, checklist, now)
            except JournalError as error:
                logger.warning("the checklist could not be saved: %s", error)

    def waiting_count(self) -> int:
        return self.journal.waiting_count() if self.journal is not None else 0

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
