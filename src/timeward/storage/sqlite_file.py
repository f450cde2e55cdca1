"""What the cache and the journal share: a private SQLite file in WAL mode, and transactions
that are written whole or not at all, with SQLite's errors named by file."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import gc
import os
import sqlite3
import types
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, ClassVar, Self

BUSY_TIMEOUT_MS = 5000


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while many objects without cycles are built (it would
    otherwise walk every live object several times, which after a big parse costs more than
    the building)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def connect(path: Path, synchronous: str = "NORMAL") -> sqlite3.Connection:
    """``path`` opened (created owner-only in an owner-only folder), in WAL mode with a busy
    timeout, so one process reads while another writes. Raises sqlite3 or OS errors."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
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


def is_damage(error: BaseException | None) -> bool:
    """Is this SQLite's word that the file is damaged (not a database, or malformed pages)?"""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    return isinstance(error, sqlite3.DatabaseError) and code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def check_pages(db: sqlite3.Connection) -> None:
    """SQLite's quick check of every page; a damaged one raises the error SQLite gives for damage
    (SQLITE_CORRUPT), so that ``is_damage`` tells it like any other."""
    row = db.execute("PRAGMA quick_check(1)").fetchone()
    if row is not None and row[0] != "ok":
        error = sqlite3.DatabaseError(f"database disk image is malformed: {row[0]}")
        error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
        raise error


def aside_name(path: Path, why: str, now: dt.datetime | None = None) -> Path:
    """A free name beside ``path`` for a copy kept aside: ``cache.sqlite.damaged-20261201T0712``."""
    stamp = f"{now or dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S}"
    candidate, number = path.with_name(f"{path.name}.{why}-{stamp}"), 2
    while candidate.exists():
        candidate, number = path.with_name(f"{path.name}.{why}-{stamp}-{number}"), number + 1
    return candidate


def is_read_only_refusal(error: BaseException | None) -> bool:
    """Did the file system refuse to let the file be opened for writing: mounted read-only (case
    45), a folder the user may not write, a full disk (no room for the -wal and -shm files)? A
    lock held by another process is not such a refusal: it passes."""
    if isinstance(error, OSError):
        return error.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT)
    if isinstance(error, sqlite3.Error):
        return getattr(error, "sqlite_errorcode", 0) & 0xFF in (
            sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN,
            sqlite3.SQLITE_PERM)
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
def transaction(db: sqlite3.Connection, convert: Callable[[sqlite3.DatabaseError], Exception]
                ) -> Iterator[sqlite3.Connection]:
    """One atomic change: all of it is written, or (on any error) none of it. SQLite's errors
    come out as what ``convert`` makes of them."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.DatabaseError as error:
        raise convert(error) from error
    try:
        yield db
    except BaseException as error:
        if db.in_transaction:  # SQLite has already rolled back after some errors (a full disk)
            with contextlib.suppress(sqlite3.DatabaseError):  # a damaged file: the error below says so
                db.execute("ROLLBACK")
        if isinstance(error, sqlite3.DatabaseError):
            raise convert(error) from error
        raise
    try:
        db.execute("COMMIT")
    except sqlite3.DatabaseError as error:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise convert(error) from error


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def run(self: SQLiteFile, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as error:
            raise self._failure(error) from error

    return run


class SQLiteFile:
    """One connection to one of these files, closed at the end of a ``with`` block. Every public
    method's SQLite errors come out as the class's ``failure`` naming the file (``_failure``,
    which a subclass extends for a damaged file). Not shared between threads."""

    failure: ClassVar[type[Exception]] = sqlite3.DatabaseError

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if not name.startswith("_") and isinstance(value, types.FunctionType):
                setattr(cls, name, _guarded(value))

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    def _failure(self, error: sqlite3.DatabaseError) -> Exception:
        return self.failure(f"{self.path}: {error}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One atomic change: all of it is written, or (on any error) none of it."""
        return transaction(self._db, self._failure)
