"""One running Timeward per user: a second launch asks the first to show its timer window.

A QLockFile (with stale-lock detection, so a crash never blocks the next start) decides who runs;
only its holder removes a leftover socket and listens, with access for this user only.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MESSAGE = b"show\n"


def server_name() -> str:
    return f"timeward-{getpass.getuser()}"


class SingleInstance(QObject):
    show_requested = Signal()

    def __init__(self, runtime: Path, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        runtime.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.name = name or server_name()
        self._lock = QLockFile(str(runtime / "timeward.lock"))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process is the one instance (and now listens for others)."""
        if not self._lock.tryLock(100):
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(100):
                return False
        QLocalServer.removeServer(self.name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.name)
        return True

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.waitForReadyRead(500)
            if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
                self.show_requested.emit()
            socket.disconnectFromServer()

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask the running instance to show itself; False when it could not be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(MESSAGE)
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
