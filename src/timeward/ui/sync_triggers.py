"""What starts a sync besides the timer: the network coming back, and a change to a local
calendar file or folder that is one of the sources.

Both only ask the SyncRunner; bursts (a folder being copied, a flapping Wi-Fi) are gathered into
one request after a short pause.
"""

from __future__ import annotations

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
    """``changed`` when a local .ics file or folder source changes (a folder: also a file in it)."""

    changed = Signal()

    def __init__(self, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._settle = _settle_timer(self, self._settled)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._touched)
        self._watcher.directoryChanged.connect(self._touched)
        self.watch(paths)

    def watch(self, paths: list[Path]) -> None:
        """Watch these files and folders (and the folders within the folders) from now on."""
        self._paths = paths
        if self._watcher.files() or self._watcher.directories():
            self._watcher.removePaths(self._watcher.files() + self._watcher.directories())
        wanted: list[str] = []
        for path in paths:
            if path.is_dir():
                wanted += [str(path), *(str(p) for p in path.rglob("*") if p.is_dir() and not p.name.startswith("."))]
                wanted += [str(p) for p in path.rglob("*.ics") if p.is_file()]
            elif path.exists():
                wanted.append(str(path))
        if wanted:
            self._watcher.addPaths(wanted)

    def _touched(self, _path: str) -> None:
        self._settle.start()

    def _settled(self) -> None:
        # A file replaced by renaming (as editors save) leaves the watcher; new files join it.
        self.watch(self._paths)
        self.changed.emit()


def _settle_timer(parent: QObject, then: object) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(SETTLE_MS)
    timer.timeout.connect(then)
    return timer


def local_source_paths(sources: tuple) -> list[Path]:
    """The local files and folders among the sources (ICS sources that are not URLs)."""
    return [Path(s.url).expanduser() for s in sources if s.is_local]
