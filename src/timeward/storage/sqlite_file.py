"""What the cache and the journal share: a private SQLite file in WAL mode, and transactions
that are written whole or not at all, with SQLite's errors named by file."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import ClassVar, Self

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


def connect_unchanging(path: Path) -> sqlite3.Connection:
    """``path`` opened to read only, as a file nobody changes (a read-only file system): SQLite
    then needs neither a lock nor its -shm file, which it could not create there."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)


def is_read_only_refusal(error: BaseException | None) -> bool:
    """Did the file system refuse a write because it is mounted read-only (case 45)?"""
    if isinstance(error, OSError):
        return error.errno == errno.EROFS
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY
    return False


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


class SQLiteFile:
    """One connection to one of these files, closed at the end of a ``with`` block; its failures
    come out as the class's ``failure``. Not shared between threads."""

    failure: ClassVar[type[Exception]] = sqlite3.DatabaseError

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One atomic change: all of it is written, or (on any error) none of it."""
        return transaction(self._db, self.path, self.failure)
