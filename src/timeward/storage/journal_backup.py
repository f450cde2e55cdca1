"""A daily copy of the journal (what no server can give back), made with SQLite's backup API so
that it is a consistent database even while the tray writes; the last KEEP copies are kept."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from timeward.storage.journal import BACKUP_PREFIX as PREFIX
from timeward.storage.journal import BACKUPS, Journal, JournalError

KEEP = 7


def backup_folder(data: Path) -> Path:
    """Where the daily copies are kept: beside the journal, where a damaged one looks for them."""
    return data / BACKUPS


def daily_backup(journal: Journal, folder: Path, today: dt.date) -> Path | None:
    """Today's copy in ``folder`` (``journal-2026-12-01.sqlite3``), unless it exists; the path of
    a new copy, else None. Older copies beyond the last KEEP are removed."""
    target = folder / f"{PREFIX}{today.isoformat()}.sqlite3"
    if target.exists():
        return None
    partial = target.with_name(target.name + ".partial")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        copy = sqlite3.connect(partial)
        try:
            journal.backup_into(copy)
        finally:
            copy.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except (OSError, sqlite3.DatabaseError) as error:
        partial.unlink(missing_ok=True)
        raise JournalError(f"{target}: {getattr(error, 'strerror', None) or error}") from error
    for old in sorted(folder.glob(f"{PREFIX}*.sqlite3"))[:-KEEP]:
        old.unlink(missing_ok=True)
    return target
