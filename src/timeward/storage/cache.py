"""The event cache: what the last syncs brought, in SQLite (``cache.sqlite`` in the cache folder).

It is derived data, rebuildable from the servers: a database of another schema version is
dropped and rebuilt, never migrated. It keeps, per source and calendar, the raw
calendar objects with their ETags (so a sync downloads only what changed), the sync state
(token, feed validators, status and error, times of the last attempt and the last success),
and the occurrences expanded from the objects for a window around today, so that reading a
window needs no parsing. WAL mode and a busy timeout let the tray read while a sync writes;
every sync of a calendar is one transaction, so a failed sync leaves the previous
data whole.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from timeward.domain import reasons
from timeward.domain.model import Occurrence
from timeward.storage.occurrence_rows import OccurrenceBuilder, rows_for
from timeward.storage.sqlite_file import (
    SQLiteFile,
    aside_name,
    check_pages,
    connect,
    connect_unchanging,
    failures_as,
    is_damage,
    is_read_only_refusal,
    no_cycle_collection,
)

SCHEMA_VERSION = 4  # 4: descriptions in HTML are stored as text
FILE_NAME = "cache.sqlite"
#: Occurrences are stored by their UTC span; all-day and floating ones are placed in the widest
#: zone range, so a window query widens by this much and then filters exactly.
ZONE_SLACK = dt.timedelta(hours=14)

_SCHEMA = """
CREATE TABLE calendars (
    source TEXT NOT NULL, href TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', colour TEXT NOT NULL DEFAULT '',
    sync_token TEXT, etag TEXT, last_modified TEXT,
    status TEXT NOT NULL DEFAULT 'new', error TEXT NOT NULL DEFAULT '',
    attempted_at TEXT, synced_at TEXT,
    PRIMARY KEY (source, href)
);
CREATE TABLE sources (
    source TEXT PRIMARY KEY, status TEXT NOT NULL DEFAULT 'new', error TEXT NOT NULL DEFAULT '',
    attempted_at TEXT, synced_at TEXT, failures INTEGER NOT NULL DEFAULT 0, retry_at TEXT, listed_at TEXT
);
CREATE TABLE objects (
    source TEXT NOT NULL, calendar TEXT NOT NULL, href TEXT NOT NULL, etag TEXT, data BLOB NOT NULL,
    first INTEGER, last INTEGER,  -- UTC seconds that bound every occurrence, NULL for unbounded
    PRIMARY KEY (source, calendar, href)
);
CREATE TABLE occurrences (
    source TEXT NOT NULL, calendar TEXT NOT NULL, href TEXT NOT NULL,
    start INTEGER NOT NULL, stop INTEGER NOT NULL,  -- UTC seconds, widened for dates and floating times
    begins, ends, recurrence,  -- UTC seconds, or an ISO date for all-day occurrences (occurrence_rows)
    details INTEGER NOT NULL
);
CREATE INDEX occurrences_by_start ON occurrences (start, stop, begins, ends, recurrence, details);  -- covers a read
CREATE INDEX occurrences_by_object ON occurrences (source, calendar, href);
CREATE TABLE details (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL, calendar TEXT NOT NULL, href TEXT NOT NULL, shared TEXT NOT NULL
);
CREATE INDEX details_by_object ON details (source, calendar, href);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class CacheError(Exception):
    """The cache cannot be opened or written; the message says where and why."""


class CalendarStatus(StrEnum):
    """How a calendar's last sync went."""

    NEW = "new"
    OK = "ok"
    ERROR = "error"  # its last sync failed; what it held is kept
    GONE = "gone"  # no longer on the server; what it held is kept, readable


class SourceStatus(StrEnum):
    """How a source's last sync went."""

    NEW = "new"
    OK = "ok"
    ERROR = "error"
    AUTH = "auth"  # its password was not accepted: paused until the user gives one


@dataclass(frozen=True, slots=True)
class CalendarState:
    """One calendar's sync state as the cache keeps it."""

    source: str
    href: str
    name: str = ""
    colour: str = ""
    sync_token: str | None = None
    etag: str | None = None  # a feed's HTTP ETag; a CalDAV calendar's collection tag (ctag)
    last_modified: str | None = None
    status: CalendarStatus = CalendarStatus.NEW
    error: str = ""
    attempted_at: dt.datetime | None = None
    synced_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class SourceState:
    source: str
    status: SourceStatus = SourceStatus.NEW
    error: str = ""
    attempted_at: dt.datetime | None = None
    synced_at: dt.datetime | None = None
    failures: int = 0
    retry_at: dt.datetime | None = None
    listed_at: dt.datetime | None = None  # when the account's list of calendars was last read


@dataclass(frozen=True, slots=True)
class StoredObject:
    """A calendar object as synced: its raw data, the span its occurrences lie in, and those of
    them in the expansion window (none when the span misses the window)."""

    href: str
    etag: str | None
    data: bytes
    occurrences: tuple[Occurrence, ...]
    span: tuple[dt.datetime | None, dt.datetime | None] = (None, None)


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def _parse_time(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)


def _seconds(value: dt.datetime | None) -> int | None:
    return None if value is None else int(value.timestamp())


def _span(occurrence: Occurrence) -> tuple[int, int]:
    """The UTC seconds an occurrence may cover, wide enough for dates and floating times."""
    def instant(value: dt.datetime | dt.date, slack: dt.timedelta) -> int:
        if isinstance(value, dt.datetime):
            moment = value + slack if occurrence.floating else value
        else:
            moment = dt.datetime.combine(value, dt.time(), dt.UTC) + slack
        return int(moment.timestamp())

    return instant(occurrence.start, -ZONE_SLACK), instant(occurrence.end, ZONE_SLACK)


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except OSError:
        return None


def _set_aside(path: Path) -> Path | None:
    """Move a damaged cache out of the way (its -wal and -shm are dropped: they belong to it)."""
    aside = aside_name(path, "damaged")
    try:
        path.rename(aside)
    except OSError:
        return None
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    return aside


def _damaged(path: Path, error: BaseException | None, aside: Path | None) -> str:
    if aside is None:
        return reasons.say(reasons.CACHE_DAMAGED, path=path, error=error)
    return reasons.say(reasons.CACHE_SET_ASIDE, path=path, error=error, aside=aside.name)


class Cache(SQLiteFile):
    """One connection to the cache database. Not shared between threads."""

    failure = CacheError

    def __init__(self, connection: sqlite3.Connection, path: Path, read_only: bool = False) -> None:
        super().__init__(connection, path)
        self.read_only = read_only  # opened as found on a read-only file system: writes fail
        self.notice = ""  # once, for the user: the damaged file this one replaced
        self._inode = _inode(path)

    @classmethod
    def open(cls, folder: Path) -> Cache:
        """Open (creating or rebuilding as needed) the cache in ``folder``. A damaged file is set
        aside and a new one made (it is derived data: the next sync fills it); ``notice`` says so."""
        path = folder / FILE_NAME
        try:
            return cls._open(path)
        except CacheError as error:
            if not is_damage(error.__cause__):
                raise
            damage = error.__cause__
        aside = _set_aside(path)
        cache = cls._open(path)
        cache.notice = _damaged(path, damage, aside)
        return cache

    @classmethod
    def _open(cls, path: Path) -> Cache:
        with failures_as(path, CacheError):
            cache = cls(connect(path), path)
            cache._ensure_schema()
        return cache

    def _failure(self, error: sqlite3.DatabaseError) -> Exception:
        """A damaged file found while in use is set aside at once (unless another process did so
        already), so that the next command starts on a new one."""
        if not is_damage(error) or self.read_only:
            return super()._failure(error)
        aside = _set_aside(self.path) if _inode(self.path) == self._inode else None
        return CacheError(_damaged(self.path, error, aside))

    def check(self) -> None:
        """SQLite's quick check of every page (what a sync does first): a damaged file is set aside."""
        check_pages(self._db)

    @classmethod
    def open_for_reading(cls, folder: Path) -> Cache:
        """The cache for its readers (agenda, status, the tray). On a read-only file system it is
        opened as it is: what it holds is still shown, and only writes fail, clearly."""
        try:
            return cls.open(folder)
        except CacheError as error:
            if not is_read_only_refusal(error.__cause__):
                raise
        path = folder / FILE_NAME
        with failures_as(path, CacheError):
            cache = cls(connect_unchanging(path), path, read_only=True)
            if cache._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                cache.close()
                raise CacheError(f"{path}: the file system is read-only, and this cache is from another version")
        return cache

    def _ensure_schema(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        with self.transaction():  # derived data: another version is dropped and rebuilt
            tables = [r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                self._db.execute(f'DROP TABLE IF EXISTS "{table}"')
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # -- state ---------------------------------------------------------------------------------
    def calendars(self, source: str | None = None) -> list[CalendarState]:
        query = "SELECT * FROM calendars" + (" WHERE source = ?" if source else "") + " ORDER BY source, name, href"
        rows = self._db.execute(query, (source,) if source else ()).fetchall()
        return [CalendarState(r[0], r[1], r[2], r[3], r[4], r[5], r[6], _status(CalendarStatus, r[7]), r[8],
                              _parse_time(r[9]), _parse_time(r[10])) for r in rows]

    def calendar(self, source: str, href: str) -> CalendarState | None:
        return next((c for c in self.calendars(source) if c.href == href), None)

    def source_state(self, source: str) -> SourceState:
        row = self._db.execute("SELECT * FROM sources WHERE source = ?", (source,)).fetchone()
        if row is None:
            return SourceState(source)
        return SourceState(row[0], _status(SourceStatus, row[1]), row[2], _parse_time(row[3]), _parse_time(row[4]),
                           row[5], _parse_time(row[6]), _parse_time(row[7]))

    def save_source_state(self, state: SourceState) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (state.source, state.status, state.error, _time(state.attempted_at), _time(state.synced_at),
                        state.failures, _time(state.retry_at), _time(state.listed_at)))

    def save_calendar_info(self, source: str, href: str, name: str, colour: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO calendars (source, href, name, colour) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (source, href) DO UPDATE SET name = excluded.name, colour = excluded.colour",
                       (source, href, name, colour))

    def mark_calendar(self, source: str, href: str, status: CalendarStatus, error: str, at: dt.datetime) -> None:
        """Record a failed or vanished calendar; its objects and occurrences are kept."""
        with self.transaction() as db:
            db.execute("INSERT INTO calendars (source, href) VALUES (?, ?) ON CONFLICT DO NOTHING", (source, href))
            db.execute("UPDATE calendars SET status = ?, error = ?, attempted_at = ? WHERE source = ? AND href = ?",
                       (status, error, _time(at), source, href))

    def object_etags(self, source: str, calendar: str) -> dict[str, str | None]:
        rows = self._db.execute("SELECT href, etag FROM objects WHERE source = ? AND calendar = ?",
                                (source, calendar))
        return dict(rows.fetchall())

    def object_data(self, source: str, calendar: str, href: str) -> bytes | None:
        row = self._db.execute("SELECT data FROM objects WHERE source = ? AND calendar = ? AND href = ?",
                               (source, calendar, href)).fetchone()
        return row[0] if row else None

    # -- writing a sync ------------------------------------------------------------------------
    def apply_changes(self, source: str, calendar: str, changed: Iterable[StoredObject], deleted: Iterable[str],
                      at: dt.datetime, sync_token: str | None = None, etag: str | None = None,
                      last_modified: str | None = None, replace_all: bool = False,
                      window: tuple[dt.datetime, dt.datetime] | None = None) -> int:
        """Write one calendar's sync in one transaction: new and changed objects with their
        occurrences, removals, and the state that lets the next sync ask only for changes.
        ``changed`` is taken as it comes, so a sync can write objects while it reads the rest;
        if it fails midway, nothing of this sync is written. Returns how many objects were.

        ``window`` is the one the objects' occurrences were read for. Where a reader moved the
        cache's window meanwhile, the window is narrowed to what both cover, in the same
        transaction: the cache never claims days for which the new objects have no occurrences."""
        with self.transaction() as db:
            if window is not None:
                self._narrow_window(db, window)
            empty = replace_all or db.execute("SELECT 1 FROM objects WHERE source = ? AND calendar = ? LIMIT 1",
                                              (source, calendar)).fetchone() is None
            if replace_all:
                db.execute("DELETE FROM objects WHERE source = ? AND calendar = ?", (source, calendar))
                self._forget_occurrences(db, source, calendar)
            for href in deleted:
                db.execute("DELETE FROM objects WHERE source = ? AND calendar = ? AND href = ?",
                           (source, calendar, href))
                self._forget_occurrences(db, source, calendar, href)
            expanded: list[StoredObject] = []  # whose occurrences are written (or replaced) next
            written = 0

            def rows() -> Iterator[tuple[object, ...]]:
                nonlocal written
                for item in changed:  # taken as they come: a sync's objects may still be being read
                    written += 1
                    if item.occurrences or not empty:
                        expanded.append(item)
                    yield source, calendar, item.href, item.etag, item.data, *map(_seconds, item.span)

            db.executemany("INSERT OR REPLACE INTO objects VALUES (?, ?, ?, ?, ?, ?, ?)", rows())
            for item in expanded:
                self._write_occurrences(db, source, calendar, item.href, item.occurrences, fresh=empty)
            db.execute("INSERT INTO calendars (source, href) VALUES (?, ?) ON CONFLICT DO NOTHING", (source, calendar))
            db.execute("UPDATE calendars SET sync_token = ?, etag = ?, last_modified = ?, status = 'ok', error = '', "
                       "attempted_at = ?, synced_at = ? WHERE source = ? AND href = ?",
                       (sync_token, etag, last_modified, _time(at), _time(at), source, calendar))
            self._bump(db)
        return written

    def touch_calendar(self, source: str, calendar: str, at: dt.datetime) -> None:
        """A sync that found nothing new: the calendar is fresh as of ``at``."""
        with self.transaction() as db:
            db.execute("UPDATE calendars SET status = 'ok', error = '', attempted_at = ?, synced_at = ? "
                       "WHERE source = ? AND href = ?", (_time(at), _time(at), source, calendar))

    @staticmethod
    def _forget_occurrences(db: sqlite3.Connection, source: str, calendar: str, href: str | None = None) -> None:
        """Remove the occurrences of one object, or with ``href`` None of a whole calendar."""
        where = "source = ? AND calendar = ?" + (" AND href = ?" if href is not None else "")
        keys = (source, calendar) if href is None else (source, calendar, href)
        db.execute(f"DELETE FROM occurrences WHERE {where}", keys)
        db.execute(f"DELETE FROM details WHERE {where}", keys)

    @classmethod
    def _write_occurrences(cls, db: sqlite3.Connection, source: str, calendar: str, href: str,
                           occurrences: Iterable[Occurrence], fresh: bool = False) -> None:
        """Replace one object's occurrences (``fresh``: it has none yet)."""
        if not fresh:
            cls._forget_occurrences(db, source, calendar, href)
        occurrences = tuple(occurrences)
        if not occurrences:
            return
        texts, rows = rows_for(occurrences)
        ids = [db.execute("INSERT INTO details (source, calendar, href, shared) VALUES (?, ?, ?, ?)",
                          (source, calendar, href, text)).lastrowid for text in texts]
        db.executemany("INSERT INTO occurrences VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(source, calendar, href, *_span(o), begins, ends, recurrence, ids[index])
                        for o, (index, begins, ends, recurrence) in zip(occurrences, rows, strict=True)])

    def remove_source(self, source: str) -> None:
        with self.transaction() as db:
            for table in ("objects", "occurrences", "details", "calendars", "sources"):
                db.execute(f"DELETE FROM {table} WHERE source = ?", (source,))
            self._bump(db)

    def forget_calendars(self, source: str, keep: Iterable[str]) -> None:
        """Mark calendars no longer on the server as gone; their data stays readable."""
        kept = set(keep)
        for calendar in self.calendars(source):
            if calendar.href not in kept and calendar.status is not CalendarStatus.GONE:
                with self.transaction() as db:
                    db.execute("UPDATE calendars SET status = 'gone', error = ? WHERE source = ? AND href = ?",
                               ("the calendar is no longer on the server", source, calendar.href))

    # -- the expansion window ------------------------------------------------------------------
    def expansion_window(self) -> tuple[dt.datetime, dt.datetime] | None:
        return self._window(self._db)

    @staticmethod
    def _window(db: sqlite3.Connection) -> tuple[dt.datetime, dt.datetime] | None:
        row = db.execute("SELECT value FROM meta WHERE key = 'window'").fetchone()
        if row is None:
            return None
        start, end = row[0].split("/")
        return dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)

    def generation(self) -> int:
        """A number that every write of objects or occurrences raises. Whoever expands objects
        outside a transaction reads it first, and stores what it expanded only if it is unchanged
        (``store_expansion``): otherwise objects written meanwhile would lack occurrences."""
        return self._generation_in(self._db)

    @staticmethod
    def _bump(db: sqlite3.Connection) -> None:
        db.execute("INSERT INTO meta VALUES ('generation', '1') "
                   "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")

    @classmethod
    def _narrow_window(cls, db: sqlite3.Connection, read_for: tuple[dt.datetime, dt.datetime]) -> None:
        """Inside a write: the stored window becomes the part it shares with ``read_for`` (none
        when they do not meet: the next sync then expands the whole window again)."""
        stored = cls._window(db)
        if stored is None or stored == read_for:
            return
        start, end = max(stored[0], read_for[0]), min(stored[1], read_for[1])
        if start < end:
            cls._save_window(db, start, end)
        else:
            db.execute("DELETE FROM meta WHERE key = 'window'")

    @staticmethod
    def _save_window(db: sqlite3.Connection, start: dt.datetime, end: dt.datetime) -> None:
        """Record [start, end) as the window the stored occurrences answer (read by ``expansion_window``)."""
        db.execute("INSERT OR REPLACE INTO meta VALUES ('window', ?)", (f"{_time(start)}/{_time(end)}",))

    def expansion_zone(self) -> str | None:
        """The zone floating times were read in (they move when the viewer's zone changes)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'zone'").fetchone()
        return row[0] if row else None

    def covers(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether the stored occurrences answer [start, end) completely."""
        window = self.expansion_window()
        return window is not None and window[0] <= start and end <= window[1]

    def objects_between(self, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str, str, bytes]]:
        """(source, calendar, href, data) of every stored object whose span meets [start, end)."""
        rows = self._db.execute("SELECT source, calendar, href, data FROM objects "
                                "WHERE (first IS NULL OR first < ?) AND (last IS NULL OR last > ?)",
                                (_seconds(end), _seconds(start)))
        return rows.fetchall()

    def store_expansion(self, items: Iterable[tuple[str, str, str, Iterable[Occurrence]]],
                        window: tuple[dt.datetime, dt.datetime], zone: str, replace_all: bool,
                        generation: int | None = None) -> bool:
        """Occurrences for a (new or wider) window in one transaction: ``items`` are
        (source, calendar, href, occurrences) and replace those objects' occurrences; with
        ``replace_all`` every other object's occurrences go too. With ``generation`` (read before
        the objects were), nothing is stored if another write came in between: False."""
        with self.transaction() as db:
            if generation is not None and self._generation_in(db) != generation:
                return False
            self._bump(db)
            if replace_all:
                db.execute("DELETE FROM occurrences")
                db.execute("DELETE FROM details")
            for source, calendar, href, occurrences in items:
                self._write_occurrences(db, source, calendar, href, occurrences)
            self._save_window(db, *window)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('zone', ?)", (zone,))
        return True

    @staticmethod
    def _generation_in(db: sqlite3.Connection) -> int:
        row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def drop_before(self, start: dt.datetime) -> None:
        """Move the window's start on to ``start``: occurrences that end before it go."""
        window = self.expansion_window()
        if window is None or start <= window[0]:
            return
        with self.transaction() as db:
            db.execute("DELETE FROM occurrences WHERE stop <= ?", (_seconds(start),))
            db.execute("DELETE FROM details WHERE id NOT IN (SELECT details FROM occurrences)")
            self._save_window(db, start, window[1])
            self._bump(db)

    # -- reading -------------------------------------------------------------------------------
    def occurrences(self, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str, Occurrence]]:
        """(source, calendar href, occurrence) for every stored occurrence that overlaps [start,
        end): exactly for occurrences at fixed times; for all-day and floating ones (their
        instants depend on the viewer's zone) every one that may, and the caller filters those."""
        bounds = {"high": int((end + ZONE_SLACK).timestamp()), "low": int((start - ZONE_SLACK).timestamp()),
                  "end": int(end.timestamp()), "start": int(start.timestamp())}
        # A row at fixed times has start = begins (no slack): it is tested against the window itself.
        where = "start < :high AND stop > :low AND (start IS NOT begins OR (start < :end AND stop > :start))"
        self._db.execute("BEGIN")  # one snapshot for both reads: a sync may write in between
        try:
            rows = self._db.execute(f"SELECT details, begins, ends, recurrence FROM occurrences WHERE {where}",
                                    bounds).fetchall()
            wanted = json.dumps(list({row[0] for row in rows}))
            details = {row[0]: row[1:] for row in self._db.execute(
                "SELECT id, source, calendar, shared FROM details WHERE id IN (SELECT value FROM json_each(?))",
                (wanted,))}
        finally:
            self._db.execute("COMMIT")
        build = OccurrenceBuilder(details).build
        with no_cycle_collection():  # thousands of new acyclic objects: nothing for it to find
            return [build(*row) for row in rows]


Status = TypeVar("Status", CalendarStatus, SourceStatus)


def _status(kind: type[Status], value: str) -> Status:
    """A stored status; one this version does not know (a file written by another) reads as an error."""
    try:
        return kind(value)
    except ValueError:
        return kind.ERROR
