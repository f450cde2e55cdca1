"""The journal: what the user did and wrote that no server can give back — each call's agenda
checklist (edits and covered items) and the mail drafts not yet sent or dismissed.

SQLite in the data folder, WAL, ``synchronous = FULL``: every change is on disk when the call
returns, so a crash or a restart loses nothing. Unlike the cache it is never dropped or rebuilt:
its schema only moves forward through numbered migrations, and a journal from a newer Timeward
is refused untouched. A damaged journal (not a database, bad pages, emptied) is copied aside as
it is, what can be read of it is read back into a new one, and ``notice`` tells the user; a row
that cannot be read is a JournalError, never a crash. The meeting log's rows live here too
(``storage.meeting_log`` reads and writes them).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from timeward.domain import reasons
from timeward.domain.agenda import AgendaItem
from timeward.domain.checklist import Checklist
from timeward.domain.mail import Draft
from timeward.storage.sqlite_file import SQLiteFile, aside_name, check_pages, connect, failures_as, is_damage

FILE_NAME = "journal.sqlite3"
#: The daily copies: a folder beside the journal, ``journal-<date>.sqlite3`` each.
BACKUPS, BACKUP_PREFIX = "backups", "journal-"
#: Each step takes the journal from version n to n + 1; steps are never edited, only added.
MIGRATIONS = (
    """
    CREATE TABLE checklists (
        call TEXT PRIMARY KEY,          -- the occurrence's key: UID and slot
        items TEXT NOT NULL,            -- JSON: [{"text": ..., "covered": bool}, ...]
        updated_at TEXT NOT NULL
    );
    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        call TEXT NOT NULL,
        kind TEXT NOT NULL,             -- followup | no_show
        meeting TEXT NOT NULL,          -- the call's title, for lists of drafts
        starts TEXT NOT NULL,           -- the call's start (ISO 8601)
        recipients TEXT NOT NULL,       -- JSON: [[address, name], ...]
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'waiting',  -- waiting | sent | dismissed
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX one_waiting_draft ON drafts (call, kind) WHERE state = 'waiting';
    """,
    """
    CREATE TABLE log (
        call TEXT PRIMARY KEY,          -- the occurrence's key: UID and slot
        uid TEXT NOT NULL,
        recurrence_id TEXT,             -- the slot of a recurring event's instance (ISO 8601), else NULL
        summary TEXT NOT NULL,
        client TEXT NOT NULL,
        calendar TEXT NOT NULL,
        scheduled_start TEXT NOT NULL,  -- instants: UTC, ISO 8601 to the second
        scheduled_end TEXT NOT NULL,
        agenda TEXT NOT NULL,           -- JSON: the agenda items the event carried
        joined_at TEXT,
        ended_at TEXT,
        outcome TEXT,                   -- held | no_show | cancelled | late_cancellation, NULL: none yet
        auto_ended INTEGER NOT NULL DEFAULT 0,
        extension_minutes REAL NOT NULL DEFAULT 0,
        extra_wait_minutes REAL NOT NULL DEFAULT 0,
        notice_minutes REAL,            -- how long before the start a cancellation came
        out_of_hours TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX log_by_start ON log (scheduled_start);
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        call TEXT NOT NULL,
        field TEXT NOT NULL,            -- joined_at | ended_at | outcome | note
        value TEXT,
        at TEXT NOT NULL
    );
    CREATE INDEX corrections_by_call ON corrections (call);
    CREATE TABLE told (                 -- what the user was told once about a call
        what TEXT NOT NULL,             -- out_of_hours | over_budget
        call TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (what, call)
    );
    """,
)


class JournalError(Exception):
    """The journal cannot be read or written; the message names the file and the reason."""


@dataclass(frozen=True, slots=True)
class StoredDraft:
    id: int
    call: str
    kind: str
    meeting: str
    starts: str
    draft: Draft


#: What is read back from a damaged journal, table by table.
TABLES = ("checklists", "drafts", "log", "corrections", "told")


class Journal(SQLiteFile):
    failure = JournalError
    notice = ""  # once, for the user: the damaged journal this one was read back from

    @classmethod
    def open(cls, folder: Path) -> Journal:
        """Open (creating or migrating as needed) the journal in ``folder``; a damaged one is kept
        aside and read back into a new one (``notice`` says so)."""
        path = folder / FILE_NAME
        if path.exists() and path.stat().st_size == 0:  # a journal always has its header: it was emptied
            return cls._recovered(path, "it was empty")
        try:
            return cls._open(path)
        except JournalError as error:
            if not is_damage(error.__cause__):
                raise
            return cls._recovered(path, str(error.__cause__))

    @classmethod
    def open_for_reading(cls, folder: Path) -> Journal | None:
        """The journal opened to read only, as it is (no migration, no repair: that is the writers'
        part), for readers such as ``timeward status``; None when there is none or it cannot be
        read in the current format."""
        path = folder / FILE_NAME
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        except sqlite3.DatabaseError:
            return None
        try:
            if db.execute("PRAGMA user_version").fetchone()[0] != len(MIGRATIONS):
                db.close()
                return None
        except sqlite3.DatabaseError:
            db.close()
            return None
        return cls(db, path)

    @classmethod
    def _open(cls, path: Path) -> Journal:
        with failures_as(path, JournalError):
            journal = cls(connect(path, synchronous="FULL"), path)
            try:
                check_pages(journal._db)
                journal._migrate()
            except BaseException:
                journal.close()
                raise
        return journal

    @classmethod
    def _recovered(cls, path: Path, why: str) -> Journal:
        """Keep the damaged file (and its WAL) aside byte for byte, read back what can be read into
        a new journal, and put that in its place."""
        import shutil

        aside = aside_name(path, "damaged")
        with failures_as(path, JournalError):
            shutil.copy2(path, aside)
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, aside.with_name(aside.name + "-wal"))
            fresh = path.with_name(path.name + ".new")
            for leftover in (fresh, fresh.with_name(fresh.name + "-wal"), fresh.with_name(fresh.name + "-shm")):
                leftover.unlink(missing_ok=True)
            counts = _read_back(path, fresh)  # the file in its place, with its WAL (the copy is for the user)
            backup = newest_backup(path.parent)
            restored = _read_back(backup, fresh) if backup is not None else {}  # what the damage took
            os.replace(fresh, path)
            for extra in ("-wal", "-shm"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
        journal = cls._open(path)
        read = ", ".join(f"{n} {table}" for table, n in counts.items() if n) or reasons.NOTHING
        journal.notice = reasons.say(reasons.JOURNAL_READ_BACK, path=path, error=why, aside=aside.name, read=read)
        more = ", ".join(f"{n} {table}" for table, n in restored.items() if n)
        if backup is not None and more:
            journal.notice = reasons.say(reasons.JOURNAL_AND_COPY, notice=journal.notice, more=more, copy=backup.name)
        return journal

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise JournalError(f"{self.path}: written by a newer Timeward (version {version}); it is left untouched")
        for number, script in enumerate(MIGRATIONS[version:], version + 1):
            with self.transaction() as db:
                for statement in script.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")

    def backup_into(self, target: sqlite3.Connection) -> None:
        """A consistent copy of the whole journal into ``target`` (SQLite's online backup)."""
        self._db.backup(target)

    def rows(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        """The rows a read-only query gives (for the modules that own a table of the journal)."""
        return self._db.execute(sql, parameters).fetchall()

    # -- checklists ----------------------------------------------------------------------------
    def checklist(self, call: str) -> Checklist | None:
        """The saved checklist of a call, or None when the user has not touched it yet."""
        row = self._db.execute("SELECT items FROM checklists WHERE call = ?", (call,)).fetchone()
        if row is None:
            return None
        try:
            return Checklist(tuple(AgendaItem(str(i["text"]), bool(i["covered"])) for i in json.loads(row[0])))
        except (ValueError, TypeError, KeyError) as error:
            raise JournalError(f"{self.path}: the saved agenda of {call} cannot be read ({error!r})") from None

    def save_checklist(self, call: str, checklist: Checklist, at: dt.datetime) -> None:
        items = json.dumps([{"text": i.text, "covered": i.covered} for i in checklist.items], ensure_ascii=False)
        with self.transaction() as db:
            db.execute("INSERT INTO checklists (call, items, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (call) DO UPDATE SET items = excluded.items, updated_at = excluded.updated_at",
                       (call, items, at.isoformat()))

    # -- drafts --------------------------------------------------------------------------------
    def save_draft(self, call: str, kind: str, meeting: str, starts: str, draft: Draft, at: dt.datetime) -> int:
        """Keep ``draft`` as the waiting one of its kind for this call (replacing an older waiting
        one); its id."""
        recipients = json.dumps([[a, n] for a, n in zip(draft.to, draft.names or ("",) * len(draft.to),
                                                          strict=False)], ensure_ascii=False)
        with self.transaction() as db:
            row = db.execute("SELECT id FROM drafts WHERE call = ? AND kind = ? AND state = 'waiting'",
                             (call, kind)).fetchone()
            if row is not None:
                db.execute("UPDATE drafts SET meeting = ?, starts = ?, recipients = ?, subject = ?, body = ?, "
                           "updated_at = ? WHERE id = ?",
                           (meeting, starts, recipients, draft.subject, draft.body, at.isoformat(), row[0]))
                return int(row[0])
            cursor = db.execute(
                "INSERT INTO drafts (call, kind, meeting, starts, recipients, subject, body, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (call, kind, meeting, starts, recipients, draft.subject, draft.body, at.isoformat(), at.isoformat()))
            return int(cursor.lastrowid or 0)

    def waiting_drafts(self) -> list[StoredDraft]:
        """The drafts neither sent nor dismissed, newest call first."""
        rows = self._db.execute("SELECT id, call, kind, meeting, starts, recipients, subject, body FROM drafts "
                                "WHERE state = 'waiting' ORDER BY starts DESC, id DESC")
        return [_stored(row) for row in rows]

    def waiting_draft(self, call: str, kind: str) -> StoredDraft | None:
        row = self._db.execute("SELECT id, call, kind, meeting, starts, recipients, subject, body FROM drafts "
                               "WHERE state = 'waiting' AND call = ? AND kind = ?", (call, kind)).fetchone()
        return _stored(row) if row else None

    def waiting_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM drafts WHERE state = 'waiting'").fetchone()[0])

    def discard_draft(self, call: str, kind: str) -> bool:
        """Delete the waiting draft of this kind for the call (one written by mistake: a no-show that
        was undone); False when there was none."""
        with self.transaction() as db:
            return db.execute("DELETE FROM drafts WHERE call = ? AND kind = ? AND state = 'waiting'",
                              (call, kind)).rowcount > 0

    def finish_draft(self, draft_id: int, state: str, at: dt.datetime) -> None:
        """The draft was sent (handed to the mail app, saved, copied) or dismissed."""
        if state not in ("sent", "dismissed"):
            raise ValueError(f"a draft ends as sent or dismissed, not {state!r}")
        with self.transaction() as db:
            db.execute("UPDATE drafts SET state = ?, updated_at = ? WHERE id = ?", (state, at.isoformat(), draft_id))


def _stored(row: tuple) -> StoredDraft:
    try:  # recipients that cannot be read are left for the user to fill in: the mail itself is kept
        pairs = [(str(a), str(n)) for a, n in json.loads(row[5])]
    except (ValueError, TypeError):
        pairs = []
    draft = Draft(tuple(a for a, _n in pairs), str(row[6]), str(row[7]), tuple(n for _a, n in pairs))
    return StoredDraft(int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), draft)


def newest_backup(folder: Path) -> Path | None:
    """The newest daily copy of the journal in ``folder`` (see ``storage.journal_backup``)."""
    copies = sorted((folder / BACKUPS).glob(f"{BACKUP_PREFIX}*.sqlite3"))
    return copies[-1] if copies else None


def _read_back(damaged: Path, fresh: Path) -> dict[str, int]:
    """Copy every row that can still be read from ``damaged`` into the journal at ``fresh``
    (new, or holding what was read before: a row already there stays): a table at once where it
    reads whole, else row by row, skipping the rows that do not."""
    counts = dict.fromkeys(TABLES, 0)
    target = connect(fresh, synchronous="FULL")
    try:
        Journal(target, fresh)._migrate()
        try:
            source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
        except sqlite3.DatabaseError:
            return counts
        try:
            for table in TABLES:
                counts[table] = _copy_table(source, target, table)
        finally:
            source.close()
    finally:
        target.close()
    return counts


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str) -> int:
    columns = [r[1] for r in target.execute(f"PRAGMA table_info({table})")]
    try:
        if source.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone() is None:
            return 0  # a journal of an older version: the table came later
    except sqlite3.DatabaseError:
        pass  # the schema itself is damaged: read what can be read, row by row
    wanted = ", ".join(columns)
    try:
        rows = source.execute(f"SELECT {wanted} FROM {table}").fetchall()
    except sqlite3.DatabaseError:
        rows = _rows_one_by_one(source, table, wanted)
    marks = ", ".join("?" * len(columns))
    copied = 0
    for row in rows:
        try:  # a row already there (read from the damaged file, before its copy) stays as it is
            copied += target.execute(f"INSERT OR IGNORE INTO {table} ({wanted}) VALUES ({marks})", row).rowcount
        except sqlite3.DatabaseError:  # a row that breaks a rule (two waiting drafts of a call)
            continue
    return copied


def _rows_one_by_one(source: sqlite3.Connection, table: str, wanted: str, misses: int = 2000) -> list[tuple]:
    rows, rowid, missed = [], 0, 0
    while missed < misses:
        rowid += 1
        try:
            row = source.execute(f"SELECT {wanted} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None:
            missed += 1
        else:
            rows.append(row)
            missed = 0
    return rows
