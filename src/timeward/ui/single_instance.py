"""One running Timeward per user: a second launch asks the first to show its timer window.

A QLockFile (with stale-lock detection, so a crash never blocks the next start) decides who runs.
A second launch leaves a request file next to the lock; the holder watches that folder, removes
the file and shows itself. The folder is private to the user (0700), so only the user can ask.
Only QtCore is needed (no network module to load at start), and no socket is left behind by a crash.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QLockFile, QObject, Signal

LOCK = "timeward.lock"
REQUEST = "show-timer.request"


class SingleInstance(QObject):
    show_requested = Signal()

    def __init__(self, runtime: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.folder = runtime
        self._request = runtime / REQUEST
        self._lock = QLockFile(str(runtime / LOCK))
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True when this process is the one instance (and now listens for others)."""
        if not self._lock.tryLock(100):
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(100):
                return False
        self._request.unlink(missing_ok=True)  # left by a launch that gave up waiting
        self._watcher = QFileSystemWatcher([str(self.folder)], self)
        self._watcher.directoryChanged.connect(self._on_folder_changed)
        return True

    def _on_folder_changed(self, _folder: str) -> None:
        if self._request.exists():
            self._request.unlink(missing_ok=True)
            self.show_requested.emit()

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask the running instance to show itself; False when it did not answer in time."""
        self._request.touch(mode=0o600)
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if not self._request.exists():
                return True
            time.sleep(0.01)
        self._request.unlink(missing_ok=True)
        return False

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.removePath(str(self.folder))
        self._lock.unlock()
