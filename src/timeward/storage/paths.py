"""Where Timeward keeps its files.

platformdirs gives the OS conventions; ``TIMEWARD_HOME=DIR`` puts every folder under DIR (tests,
portable use). Folders are created private to the user (0700) on first use.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from timeward import APP_NAME

LOCAL_CALENDAR = "calendar.ics"
LOCAL_CALENDAR_FOLDER = "calendars"


@dataclass(frozen=True, slots=True)
class AppPaths:
    config: Path
    data: Path
    cache: Path
    log: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        home = os.environ.get("TIMEWARD_HOME")
        if home:
            return cls.from_home(Path(home).expanduser())
        dirs = PlatformDirs(APP_NAME, appauthor=False)
        return cls(Path(dirs.user_config_dir), Path(dirs.user_data_dir),
                   Path(dirs.user_cache_dir), Path(dirs.user_log_dir))

    @classmethod
    def from_home(cls, root: Path) -> AppPaths:
        """Every folder under one root, as ``TIMEWARD_HOME`` asks."""
        return cls(root / "config", root / "data", root / "cache", root / "log")

    def ensure(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return folder

    @property
    def settings_file(self) -> Path:
        return self.config / "config.toml"

    @property
    def runtime(self) -> Path:
        """Lock and socket files (kept with the cache: disposable, per user)."""
        return self.cache

    def local_calendar_files(self) -> list[Path]:
        """The user's own .ics files in the data folder: ``calendar.ics`` and ``calendars/*.ics``."""
        files = [self.data / LOCAL_CALENDAR]
        folder = self.data / LOCAL_CALENDAR_FOLDER
        if folder.is_dir():
            files.extend(sorted(folder.glob("*.ics")))
        return [f for f in files if f.is_file()]
