"""The journal keeps checklists and unsent drafts across restarts and crashes, and only migrates
forward."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from timeward.domain.agenda import AgendaItem
from timeward.domain.checklist import Checklist
from timeward.domain.mail import Draft
from timeward.storage.journal import FILE_NAME, MIGRATIONS, Journal, JournalError

AT = dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)
DRAFT = Draft(("anna@client.example",), "Follow-up: Gala — 14 October 2026", "Hello Anna,\n\n- Venue", ("Anna",))


def test_checklists_and_drafts_survive_a_restart(tmp_path):
    with Journal.open(tmp_path) as journal:
        assert journal.checklist("gala|2026-10-14T02:00:00+00:00") is None
        journal.save_checklist("gala|2026-10-14T02:00:00+00:00",
                               Checklist((AgendaItem("Ngân sách", True), AgendaItem("งบประมาณ"))), AT)
        first = journal.save_draft("gala|x", "followup", "Gala", "2026-10-14T02:00:00+00:00", DRAFT, AT)
        again = journal.save_draft("gala|x", "followup", "Gala", "2026-10-14T02:00:00+00:00",
                                   DRAFT.edited("anna@client.example", "Edited", "Body"), AT)
        assert first == again and journal.waiting_count() == 1  # one waiting draft per call and kind
    with Journal.open(tmp_path) as journal:
        checklist = journal.checklist("gala|2026-10-14T02:00:00+00:00")
        assert checklist == Checklist((AgendaItem("Ngân sách", True), AgendaItem("งบประมาณ")))
        [stored] = journal.waiting_drafts()
        assert (stored.meeting, stored.draft.subject, stored.draft.names) == ("Gala", "Edited", ("Anna",))
        journal.finish_draft(stored.id, "sent", AT)
        assert journal.waiting_count() == 0 and journal.waiting_drafts() == []
        journal.save_draft("gala|x", "followup", "Gala", "2026-10-14", DRAFT, AT)  # a new one after sending
        assert journal.waiting_count() == 1


def test_a_killed_writer_loses_nothing_written_before(tmp_path):
    """A process killed right after saving: the next start finds the draft (synchronous FULL)."""
    script = (
        "import datetime as dt, os, sys\n"
        "from timeward.storage.journal import Journal\n"
        "from timeward.domain.mail import Draft\n"
        f"journal = Journal.open(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "journal.save_draft('c', 'no_show', 'Call', '2026-11-23', Draft(('a@b.example',), 'S', 'B'), "
        "dt.datetime.now(dt.UTC))\n"
        "os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 9
    with Journal.open(tmp_path) as journal:
        assert [d.kind for d in journal.waiting_drafts()] == ["no_show"]


def test_a_journal_from_a_newer_version_is_left_untouched(tmp_path):
    with Journal.open(tmp_path):
        pass
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(JournalError, match="newer Timeward"):
        Journal.open(tmp_path)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'drafts'").fetchone()[0] == 1
    db.close()


def test_only_sent_or_dismissed_end_a_draft(tmp_path):
    with Journal.open(tmp_path) as journal, pytest.raises(ValueError, match="sent or dismissed"):
        journal.finish_draft(1, "lost", AT)
