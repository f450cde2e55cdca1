"""A folder of .ics files as one calendar source (``calendars.source.CalendarSource``).

Each file (in subfolders too, hidden ones left out) is an object named by its path relative to
the folder; its ETag is its size and modification time, so a sync reads again only the files
that changed, and a removed file's events go. One file that cannot be read is named in the
sync's problems and left out of the changes: its last good copy stays in the cache.
"""

from __future__ import annotations

from pathlib import Path

from timeward.calendars.remote import RemoteFailure
from timeward.calendars.source import Changes, OneCalendar, RemoteCalendar


def folder_files(folder: str) -> dict[str, str]:
    """The .ics files in ``folder`` and its subfolders (hidden ones left out), by path relative to
    it, each with a validator that changes when the file does (size and modification time)."""
    root = Path(folder).expanduser()
    try:
        if not root.is_dir():
            raise FileNotFoundError(2, "no such folder", str(root))
        found = {}
        for file in sorted(root.rglob("*.ics")):
            relative = file.relative_to(root)
            if any(part.startswith(".") for part in relative.parts) or not file.is_file():
                continue
            stat = file.stat()
            found[relative.as_posix()] = f"{stat.st_mtime_ns}-{stat.st_size}"
        return found
    except OSError as error:
        raise RemoteFailure("gone", f"{root.name}: {error.strerror or error}") from None


class LocalFolder(OneCalendar):
    """The folder at ``path``, named ``label``, as a source with one calendar."""

    problems_by_object = True

    def __init__(self, path: str, label: str) -> None:
        self.path = path
        self.label = label

    def calendars(self) -> list[RemoteCalendar]:
        folder_files(self.path)  # a folder that is gone fails the source, as a server that is gone would
        return super().calendars()

    def changes(self, href: str, sync_token: str | None, known: dict[str, str | None]) -> Changes:
        files = folder_files(self.path)
        root = Path(self.path).expanduser()
        changes = Changes(full_listing=True)
        for name, validator in files.items():
            if known.get(name) == validator:
                continue
            try:
                changes.changed.append((name, validator, (root / name).read_bytes()))
            except OSError as error:
                changes.problems.append(f"{name}: {error.strerror or error}")
        changes.deleted = sorted(set(known) - set(files))
        return changes
