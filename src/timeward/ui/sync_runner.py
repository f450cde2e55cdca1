"""SyncRunner: the tray's periodic sync, run as ``timeward sync --scheduled --json`` in a child
process, so that the network, the calendar stack and their memory never enter the tray process.

It syncs once at start, every ``interval`` after, and when asked (resume, "Sync now"); one
sync runs at a time. When a sync ends it emits ``finished(report)`` with the parsed JSON report
(or a one-line error), and the tray re-reads the cache.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

DEFAULT_INTERVAL_MS = 5 * 60 * 1000


class SyncRunner(QObject):
    started = Signal()
    finished = Signal(object)  # dict: the `sync --json` report, or {"ok": False, "error": "..."}

    def __init__(self, interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._again = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.sync_now(scheduled=True))
        self.last_report: dict | None = None

    @property
    def running(self) -> bool:
        return self._process is not None

    def start(self) -> None:
        self._timer.start()
        self.sync_now(scheduled=True)

    def sync_now(self, scheduled: bool = False) -> None:
        if self._process is not None:
            self._again = True
            return
        process = QProcess(self)
        args = ["-m", "timeward", "sync", "--json"] + (["--scheduled"] if scheduled else [])
        process.finished.connect(lambda code, _status: self._finished(process, code))
        self._process = process
        self.started.emit()
        process.start(sys.executable, args)

    def _finished(self, process: QProcess, code: int) -> None:
        self._process = None
        output = bytes(process.readAllStandardOutput().data())
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        try:
            report = json.loads(output)
        except ValueError:
            report = {"ok": False, "error": errors.splitlines()[-1] if errors else f"the sync stopped ({code})"}
        self.last_report = report
        self.finished.emit(report)
        if self._again:
            self._again = False
            self.sync_now()

    def stop(self) -> None:
        self._timer.stop()
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.kill()
            process.waitForFinished(1000)
