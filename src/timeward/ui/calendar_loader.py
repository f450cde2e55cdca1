"""CalendarLoader: gets the occurrences the guard watches, without blocking or bloating the tray.

The demo calendar is generated in process. The synced cache and the user's local .ics files are
read by a child process (``timeward agenda --json``), so the tray never imports the calendar stack
and never waits on parsing; a change to the files, or a finished sync, triggers a re-read.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QProcess, Signal

from timeward.domain.clock import Clock
from timeward.domain.model import Occurrence

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
        self._process: QProcess | None = None
        self._pending = False
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
        if self.uses_demo:
            from timeward.domain.demo import demo_occurrences

            self.loaded.emit(demo_occurrences(now))
            return
        if self._process is not None:
            self._pending = True
            return
        process = QProcess(self)
        # `agenda` reads the synced cache and the local files, the same way the command line does.
        args = ["-m", "timeward", "agenda", "--json", "--all",
                "--from", (now - WINDOW_BEFORE).isoformat(), "--to", (now + WINDOW_AFTER).isoformat()]
        process.finished.connect(lambda code, _status: self._finished(process, code))
        self._process = process
        process.start(sys.executable, args)

    def stop(self) -> None:
        """Ends a read still running (at quit): its answer is no longer wanted."""
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.kill()
            process.waitForFinished(1000)

    def _finished(self, process: QProcess, code: int) -> None:
        import json

        from timeward.domain.occurrence_json import from_json

        self._process = None
        output = bytes(process.readAllStandardOutput().data())
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        try:
            occurrences: list[Occurrence] = [from_json(item) for item in json.loads(output or b"[]")]
        except (ValueError, KeyError, TypeError) as error:
            self.failed.emit(f"the calendar could not be read: {error}")
        else:
            self.loaded.emit(occurrences)
            if code != 0 and errors:
                self.failed.emit(errors.splitlines()[-1])
        if self._pending:
            self._pending = False
            self.load(self.clock.now())
