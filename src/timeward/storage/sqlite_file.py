"""What the cache and the journal share: a private SQLite file in WAL mode, and transactions
that are written whole or not at all, with SQLite's errors named by file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_MS = 5000


def connect(path: Path, synchronous: str = "NORMAL") -> sqlite3.Connection:
    """``path`` opened (created owner-only in an owner-only folder), in WAL mode with a busy
    timeout, so one process reads while another writes. Raises sqlite3 or OS errors."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.touch(mode=0o600, exist_ok=True)
    path.chmod(0o600)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"PRAGMA synchronous = {synchronous}")
    return connection


@contextmanager
def failures_as(path: Path, failure: type[Exception]) -> Iterator[None]:
    """SQLite's and the file system's errors inside the block come out as ``failure`` naming the file."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        raise failure(f"{path}: {error}") from error
    except OSError as error:
        raise failure(f"{path}: {error.strerror or error}") from error


@contextmanager
def transaction(db: sqlite3.Connection, path: Path, failure: type[Exception]) -> Iterator[sqlite3.Connection]:
    """One atomic change: all of it is written, or (on any error) none of it. SQLite's errors
    come out as ``failure`` naming the file."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        raise failure(f"{path}: {error}") from error
    try:
        yield db
    except BaseException as error:
        if db.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            db.execute("ROLLBACK")
        if isinstance(error, sqlite3.DatabaseError):
            raise failure(f"{path}: {error}") from error
        raise
    try:
        db.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        db.execute("ROLLBACK")
        raise failure(f"{path}: {error}") from error
