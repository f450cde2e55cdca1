"""CallLog: the tray's side of the meeting log. Every answer and every call that begins is
written at once, through the same writer as ``timeward call``; what that command writes is read
back as soon as its stamp appears in the runtime folder.

Where the journal cannot be written (a full disk, a read-only folder), the guard keeps the facts
in memory and the next write that succeeds writes them all: each write saves every call the guard
follows, not just the one that changed.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject

from timeward.domain.clock import Clock
from timeward.domain.guard import CallGuard, GuardState
from timeward.storage import live_state
from timeward.storage.settings import Settings
from timeward.system_zone import local_zone
from timeward.ui.call_agenda import CallAgenda

if TYPE_CHECKING:
    from timeward.storage.meeting_log import MeetingLog

logger = logging.getLogger(__name__)


class CallLog(QObject):
    def __init__(self, guard: CallGuard, agenda: CallAgenda, clock: Clock, runtime: Path,
                 settings: Callable[[], Settings], enabled: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guard, self._agenda, self._clock, self._runtime = guard, agenda, clock, runtime
        self._settings, self._enabled = settings, enabled
        self._logged: set[str] = set()  # calls whose beginning is written
        self._stamp = live_state.stamp(runtime)
        self.unsaved = ""  # why the last write failed ("" when it did not)
        self.on_outside_change: Callable[[], object] = lambda: None
        self._watcher: QFileSystemWatcher | None = None

    def _log(self) -> MeetingLog | None:
        journal = self._agenda.journal
        if journal is None:
            return None
        from timeward.storage.meeting_log import MeetingLog

        return MeetingLog(journal)

    def _live_facts(self) -> dict[str, dict] | None:
        """What the log knows of the calls under way (None when it cannot be read)."""
        from timeward.storage.journal import JournalError

        log = self._log()
        if log is None:
            return None
        try:
            return log.live_facts(self._clock.now())
        except JournalError as error:
            logger.warning("the log's calls under way cannot be read: %s", error)
            return None

    def restore(self) -> None:
        """Give the guard what the log knows of the calls under way (at start)."""
        facts = self._live_facts()
        if facts is not None:
            self.guard.restore_facts(facts)

    def watch(self) -> None:
        """Read the facts again whenever ``timeward call`` announces a change."""
        self._runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._watcher = QFileSystemWatcher([str(self._runtime)], self)
        self._watcher.directoryChanged.connect(lambda _path: self._check_stamp())

    def _check_stamp(self) -> None:
        current = live_state.stamp(self._runtime)
        if current == self._stamp:
            return
        self._stamp = current
        facts = self._live_facts()
        if facts is not None:
            self.guard.merge_facts(facts)
            self.on_outside_change()

    def save(self) -> bool:
        """Write every call the guard follows that has begun or has an answer."""
        if not self._enabled():
            return True
        from timeward.storage.journal import JournalError
        from timeward.storage.meeting_log import LogRules

        log = self._log()
        if log is None:
            self.unsaved = "the journal cannot be opened"
            return False
        now = self._clock.now()
        try:
            log.save_guard(self.guard, now, LogRules(self._settings(), local_zone()))
        except JournalError as error:
            if not self.unsaved:
                logger.warning("the meeting log cannot be written, the calls are kept in memory: %s", error)
            self.unsaved = str(error)
            return False
        self.unsaved = ""
        return True

    def state_changed(self, state: GuardState) -> None:
        """A call that has just begun gets its entry at once (and a write that failed is tried again)."""
        begun = {view.key for view in state.calls if view.start <= state.now}
        if (begun - self._logged or self.unsaved) and self.save():
            self._logged |= begun

    def backup(self, folder: Path, today: dt.date) -> None:
        """Today's copy of the journal, if it was not made yet (the last seven are kept)."""
        journal = self._agenda.journal
        if journal is None or not self._enabled():
            return
        from timeward.storage.journal import JournalError
        from timeward.storage.journal_backup import daily_backup

        try:
            daily_backup(journal, folder, today)
        except JournalError as error:
            logger.warning("the journal's daily copy could not be made: %s", error)
