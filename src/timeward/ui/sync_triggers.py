"""What starts a sync besides the timer: the network coming back, and a change to a local
calendar file or folder that is one of the sources.

Both only ask the SyncRunner; bursts (a folder being copied, a flapping Wi-Fi) are gathered into
one request after a short pause.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 1500
POLL_MS = 20  # how often a walk in progress is looked at (only while one runs)
logger = logging.getLogger(__name__)


class NetworkWatch(QObject):
    """``back`` when the system says the network is reachable again after it was not. Where no
    reachability backend exists (a container, a CI machine), it stays silent."""

    back = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QNetworkInformation

        self._online = QNetworkInformation.Reachability.Online
        self._was_online: bool | None = None
        self._settle = _settle_timer(self, self.back.emit)
        if QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            info = QNetworkInformation.instance()
            if info is not None:
                self._was_online = info.reachability() == self._online
                info.reachabilityChanged.connect(self.reachability_changed)

    def reachability_changed(self, reachability: object) -> None:
        online = reachability == self._online
        if online and self._was_online is False:
            self._settle.start()
        elif not online:
            self._settle.stop()
        self._was_online = online


class LocalSourceWatch(QObject):
    """``changed`` when a local .ics file or folder source changes (a folder: also a file in it).

    The folders are walked off the UI thread (a calendar folder may hold thousands of files);
    ``watching`` says that the latest walk's paths are watched. The walking thread touches no Qt
    object: it only fills a future, which a timer of this object's own looks at. (A signal emitted
    from a plain thread into an object that is being deleted corrupts memory.)"""

    changed = Signal()
    watching = Signal()

    def __init__(self, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._walk: Future[list[str]] | None = None  # the latest walk; an earlier one is forgotten
        self._announce = False  # a settled change: say ``changed`` once its walk is watched
        self._settle = _settle_timer(self, self._settled)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._look_at_walk)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self.watch(paths)

    def watch(self, paths: list[Path]) -> None:
        """Watch these files and folders (and the folders within the folders) from now on."""
        self._paths = paths
        walk: Future[list[str]] = Future()

        def walk_in_thread() -> None:
            try:
                walk.set_result(watched_paths(paths))
            except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which logs it
                walk.set_exception(error)

        self._walk = walk
        threading.Thread(target=walk_in_thread, name="watch-walk", daemon=True).start()
        self._poll.start()

    def _look_at_walk(self) -> None:
        walk = self._walk
        if walk is None or not walk.done():
            return
        self._walk = None
        self._poll.stop()
        try:
            wanted = walk.result()
        except Exception:  # a bug in the walk: keep what is watched, say so
            logger.exception("walking the local calendar sources failed")
            return
        if self._watcher.files() or self._watcher.directories():
            self._watcher.removePaths(self._watcher.files() + self._watcher.directories())
        if wanted:
            self._watcher.addPaths(wanted)
        self.watching.emit()
        if self._announce:
            self._announce = False
            self.changed.emit()

    def _touched(self, _path: str) -> None:
        self._settle.start()

    def _settled(self) -> None:
        # A file replaced by renaming (as editors save) leaves the watcher; new files join it.
        self._announce = True
        self.watch(self._paths)


def watched_paths(paths: list[Path]) -> list[str]:
    """The files and folders to watch for these sources: a folder with the folders within it
    (hidden ones left out) and the .ics files in them."""
    wanted: list[str] = []
    for path in paths:
        try:
            if path.is_dir():
                folders = [p for p in path.rglob("*") if p.is_dir() and not p.name.startswith(".")]
                wanted += [str(path), *map(str, folders)]
                wanted += [str(p) for p in path.rglob("*.ics") if p.is_file()]
            elif path.exists():
                wanted.append(str(path))
        except OSError:  # unreadable, or gone while walked: the next change walks again
            continue
    return wanted


def _settle_timer(parent: QObject, then: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SETTLE_MS)
    timer.timeout.connect(then)
    return timer


def local_source_paths(sources: tuple) -> list[Path]:
    """The local files and folders among the sources (ICS sources that are not URLs)."""
    return [Path(s.url).expanduser() for s in sources if s.is_local]
