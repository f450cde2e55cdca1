"""SyncRunner: the tray's periodic sync, run as ``timeward sync --scheduled --json`` in a child
process, so that the network, the calendar stack and their memory never enter the tray process.

It syncs once at start, every ``interval`` after, and when asked (resume, "Sync now"); one
sync runs at a time. When a sync ends it emits ``finished(report)`` with the parsed JSON report
(or a one-line error), and the tray re-reads the cache.
"""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from timeward.sync.report import SyncReport
from timeward.ui.child_command import ChildCommand

DEFAULT_INTERVAL_MS = 5 * 60 * 1000


class SyncRunner(QObject):
    started = Signal()
    finished = Signal(object)  # SyncReport: the `sync --json` report read back, or one with the error

    def __init__(self, interval_ms: int = DEFAULT_INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = ChildCommand(self)
        self._command.done.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(lambda: self.sync_now(scheduled=True))
        self.last_report: SyncReport | None = None
        #: Passwords the user chose to keep for this session only (no keyring works here): held in
        #: memory, handed to each sync on its standard input, gone when the app quits.
        self.session_passwords: dict[str, str] = {}

    @property
    def interval(self) -> dt.timedelta:
        return dt.timedelta(milliseconds=self._timer.interval())

    def set_interval(self, minutes: int) -> None:
        """Run the periodic sync every so many ``minutes`` from now on (the sources changed)."""
        milliseconds = minutes * 60 * 1000
        if milliseconds != self._timer.interval():
            self._timer.setInterval(milliseconds)  # an active timer starts its new interval over

    @property
    def running(self) -> bool:
        return self._command.running

    def start(self) -> None:
        self._timer.start()
        self.sync_now(scheduled=True)

    def sync_now(self, scheduled: bool = False, relist: bool = False, network_back: bool = False) -> None:
        """A sync now (or right after the running one); a manual one ignores backoff, and with
        ``relist`` reads the accounts' lists of calendars again ("Sync now" in the window). When
        the network came back, a scheduled sync also retries the sources backing off after a failure."""
        args = ["sync", "--json"] + (["--scheduled"] if scheduled or network_back else [])
        args += (["--relist"] if relist else []) + (["--network-back"] if network_back else [])
        stdin = b""
        if self.session_passwords:
            args.append("--passwords-stdin")
            stdin = json.dumps(self.session_passwords).encode()
        self._command.run(lambda: args, stdin)
        self.started.emit()

    def _finished(self, code: int, output: bytes, error: str) -> None:
        stopped = error or QCoreApplication.translate("SyncRunner", "the sync stopped (%1)").replace("%1", str(code))
        try:
            report = SyncReport.from_json(json.loads(output), stopped)
        except ValueError:
            report = SyncReport(error=stopped)
        self.last_report = report
        self.finished.emit(report)

    def stop(self) -> None:
        self._timer.stop()
        self._command.stop()
