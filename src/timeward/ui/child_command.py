"""ChildCommand: runs ``timeward ARGS`` in a child process, one run at a time, for the tray.

A request while a run is going is kept and served once after it (with the arguments of the latest
request), so bursts of file changes or resumes cost one extra run at most. ``done`` carries the
exit code, the standard output and the command's error: its last line that starts with
"timeward: " (the lines after it guide a terminal user), else the last line of standard error.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Signal

from timeward.launch import timeward_command


class ChildCommand(QObject):
    done = Signal(int, object, str)  # exit code, stdout bytes, the error line ("" when none)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._pending: tuple[Callable[[], list[str]], bytes] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None

    def run(self, args: Callable[[], list[str]], stdin: bytes = b"") -> None:
        """Start ``timeward`` with ``args()`` now, or once the current run has ended; ``stdin``
        (a password, never an argument) is written to its standard input."""
        if self._process is not None:
            self._pending = (args, stdin)
            return
        process = QProcess(self)
        process.finished.connect(lambda code, _status: self._finished(process, code))
        self._process = process
        program, *arguments = timeward_command(*args())
        process.start(program, arguments)
        if stdin:
            process.write(stdin)
        process.closeWriteChannel()

    def _finished(self, process: QProcess, code: int) -> None:
        self._process = None
        output = bytes(process.readAllStandardOutput().data())
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        self.done.emit(code, output, error_line(errors))
        pending, self._pending = self._pending, None
        if pending is not None:
            self.run(*pending)

    def stop(self) -> None:
        """End a run still going (at quit): its answer is no longer wanted."""
        self._pending = None
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.kill()
            process.waitForFinished(1000)


def error_line(errors: str) -> str:
    """The line of a command's standard error that says what failed ("" when none)."""
    lines = errors.splitlines()
    return next((line for line in reversed(lines) if line.startswith("timeward: ")), lines[-1] if lines else "")
