"""The settings as the headless commands read and write them: each problem of ``config.toml`` is
one line on stderr (once per command), and a rewrite says where a copy of a broken file was kept."""

from __future__ import annotations

import sys

from timeward.storage import settings
from timeward.storage.paths import AppPaths


class ConfigFailed(Exception):
    """The settings file cannot be written (exit code 1); it was left as it was."""


_told: set[str] = set()  # the problems already printed by this process


def load(paths: AppPaths) -> settings.Settings:
    """The settings; what in the file could not be used is named on stderr, the rest still counts."""
    loaded = settings.load(paths.settings_file)
    for problem in loaded.problems:
        if problem not in _told:
            _told.add(problem)
            print(f"timeward: {problem}", file=sys.stderr)
    return loaded


def save(paths: AppPaths, changed: settings.Settings) -> None:
    try:
        kept = settings.save(paths.settings_file, changed)
    except settings.SettingsError as error:
        raise ConfigFailed(str(error)) from None
    if kept is not None:
        print(f"timeward: {paths.settings_file.name} had problems; the file as it was is kept as {kept}",
              file=sys.stderr)
