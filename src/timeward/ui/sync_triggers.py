"""What starts a sync besides the timer: the network coming back, and a change to a local
calendar file or folder that is one of the sources.

Both only ask the SyncRunner; bursts (a folder being copied, a flapping Wi-Fi) are gathered into
one request after a short pause.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 1500


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
    ``watching`` says that the latest walk's paths are watched."""

    changed = Signal()
    watching = Signal()
    _walked = Signal(int, list)  # walk number, the paths it found (emitted from the walking thread)

    def __init__(self, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._walks = 0
        self._announce = False  # a settled change: say ``changed`` once its walk is watched
        self._settle = _settle_timer(self, self._settled)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self._walked.connect(self._watch_walked)
        self.watch(paths)

    def watch(self, paths: list[Path]) -> None:
        """Watch these files and folders (and the folders within the folders) from now on."""
        self._paths = paths
        self._walks += 1
        walk = self._walks

        def walk_and_say() -> None:
            found = watched_paths(paths)
            with contextlib.suppress(RuntimeError):  # the watch was deleted meanwhile
                self._walked.emit(walk, found)

        threading.Thread(target=walk_and_say, name="watch-walk", daemon=True).start()

    def _watch_walked(self, walk: int, wanted: list[str]) -> None:
        if walk != self._walks:
            return  # a later walk is on its way
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
