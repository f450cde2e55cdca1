"""The word between processes that a call's facts changed: ``timeward call …`` writes the facts
to the journal and then this stamp in the runtime folder; the tray watches the folder and reads
the facts again. A rename (not a write in place) makes a folder watcher see it on every OS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeward.storage.atomic import write_atomic

STAMP = "calls-changed"


def announce(folder: Path, now: dt.datetime) -> None:
    write_atomic(folder / STAMP, now.isoformat().encode("ascii"))


def stamp(folder: Path) -> str:
    """The last announcement ("" when there was none or it cannot be read)."""
    try:
        return (folder / STAMP).read_text(encoding="ascii")
    except (OSError, ValueError):
        return ""
