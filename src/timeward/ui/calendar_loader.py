"""CalendarLoader: gets the occurrences the guard watches, without blocking or bloating the tray.

The demo calendar is generated in process. The synced cache and the user's local .ics files are
read by a child process (``timeward agenda --json``), so the tray never imports the calendar stack
and never waits on parsing; a change to the files, or a finished sync, triggers a re-read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from timeward.domain.clock import Clock
from timeward.domain.model import Occurrence
from timeward.ui.child_command import ChildCommand

WINDOW_BEFORE = dt.timedelta(hours=10)
WINDOW_AFTER = dt.timedelta(days=2)


class CalendarLoader(QObject):
    loaded = Signal(list)  # list[Occurrence]
    failed = Signal(str)

    def __init__(self, files: list[Path], watch: list[Path], demo: bool, clock: Clock, synced: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.files = files
        self.synced = synced  # calendars are synced into the cache
        self.demo = demo
        self.demo_language = "en"  # the demo calendar's texts follow the app's language
        self._stopped = False
        self._command = ChildCommand(self)
        self._command.done.connect(self._finished)
        self._watcher = QFileSystemWatcher(self)
        existing = [str(p) for p in [*files, *watch] if p.exists()]
        if existing:
            self._watcher.addPaths(existing)
        self._watcher.fileChanged.connect(lambda _: self.load(self.clock.now()))
        self._watcher.directoryChanged.connect(lambda _: self.load(self.clock.now()))

    @property
    def uses_demo(self) -> bool:
        return self.demo or not (self.files or self.synced)

    def load(self, now: dt.datetime) -> None:
        if self._stopped:  # at quit: a read asked for before it (the first one, a timer's) is dropped
            return
        if self.uses_demo:
            from timeward.domain.demo import demo_occurrences

            self.loaded.emit(demo_occurrences(now, self.demo_language))
            return
        self._command.run(self._agenda_args)

    def _agenda_args(self) -> list[str]:
        # `agenda` reads the synced cache and the local files, the same way the command line does.
        now = self.clock.now()
        return ["agenda", "--json", "--all",
                "--from", (now - WINDOW_BEFORE).isoformat(), "--to", (now + WINDOW_AFTER).isoformat()]

    def stop(self) -> None:
        """Ends a read still running (at quit): its answer is no longer wanted, nor any later one."""
        self._stopped = True
        self._command.stop()

    def _finished(self, code: int, output: bytes, error: str) -> None:
        import json

        from timeward.domain.occurrence_json import from_json

        try:
            occurrences: list[Occurrence] = [from_json(item) for item in json.loads(output or b"[]")]
        except (ValueError, KeyError, TypeError) as problem:
            self.failed.emit(f"the calendar could not be read: {problem}")
        else:
            self.loaded.emit(occurrences)
            if code != 0 and error:
                self.failed.emit(error)
