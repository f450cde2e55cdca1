"""Atomic file replacement: a crash leaves either the old file or the new one, never a torn one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o600, make_folders: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over ``path``.
    Whatever fails, no temporary file is left behind. ``make_folders``: create missing folders
    (private ones); else a missing folder is a FileNotFoundError."""
    import tempfile  # only when writing: the tray starts without it

    if make_folders:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    elif not path.parent.is_dir():
        raise FileNotFoundError(2, "no such folder", str(path.parent))
    handle = tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp")  # noqa: SIM115
    try:
        with handle:  # closing flushes the buffer: on a full disk that is where it fails
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, mode)
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
