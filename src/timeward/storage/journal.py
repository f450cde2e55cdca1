"""The journal: what the user did and wrote that no server can give back — each call's agenda
checklist (edits and covered items) and the mail drafts not yet sent or dismissed.

SQLite in the data folder, WAL, ``synchronous = FULL``: every change is on disk when the call
returns, so a crash or a restart loses nothing. Unlike the cache it is never dropped or rebuilt:
its schema only moves forward through numbered migrations, and a journal from a newer Timeward
is refused untouched. The meeting log joins it later.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from timeward.domain.agenda import AgendaItem
from timeward.domain.checklist import Checklist
from timeward.domain.mail import Draft
from timeward.storage.sqlite_file import SQLiteFile, connect, failures_as

FILE_NAME = "journal.sqlite3"
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


class Journal(SQLiteFile):
    failure = JournalError

    @classmethod
    def open(cls, folder: Path) -> Journal:
        """Open (creating or migrating as needed) the journal in ``folder``."""
        path = folder / FILE_NAME
        with failures_as(path, JournalError):
            journal = cls(connect(path, synchronous="FULL"), path)
            journal._migrate()
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

    # -- checklists ----------------------------------------------------------------------------
    def checklist(self, call: str) -> Checklist | None:
        """The saved checklist of a call, or None when the user has not touched it yet."""
        row = self._db.execute("SELECT items FROM checklists WHERE call = ?", (call,)).fetchone()
        if row is None:
            return None
        return Checklist(tuple(AgendaItem(str(i["text"]), bool(i["covered"])) for i in json.loads(row[0])))

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

    def finish_draft(self, draft_id: int, state: str, at: dt.datetime) -> None:
        """The draft was sent (handed to the mail app, saved, copied) or dismissed."""
        if state not in ("sent", "dismissed"):
            raise ValueError(f"a draft ends as sent or dismissed, not {state!r}")
        with self.transaction() as db:
            db.execute("UPDATE drafts SET state = ?, updated_at = ? WHERE id = ?", (state, at.isoformat(), draft_id))


def _stored(row: tuple) -> StoredDraft:
    pairs = json.loads(row[5])
    draft = Draft(tuple(a for a, _n in pairs), row[6], row[7], tuple(n for _a, n in pairs))
    return StoredDraft(int(row[0]), row[1], row[2], row[3], row[4], draft)
