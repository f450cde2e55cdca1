"""The meeting log in the journal: written from the guard, never rewritten by a cancellation,
kept across a killed writer, a version-1 journal, a lock, and a damaged cache beside it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import utc
from timeward.domain.clients import ClientProfile
from timeward.domain.guard import CallGuard
from timeward.domain.model import Occurrence, Person
from timeward.domain.policy import GuardPolicy
from timeward.storage.journal import FILE_NAME, MIGRATIONS, Journal, JournalError
from timeward.storage.journal_backup import KEEP, backup_folder, daily_backup
from timeward.storage.meeting_log import LogRules, MeetingLog
from timeward.storage.settings import Settings

MIN = dt.timedelta(minutes=1)
T0 = utc(2026, 11, 23, 3)  # 10:00 in Saigon
POLICY = GuardPolicy(clients=(ClientProfile("Acme", ("acme.example",)),), me=("me@me.example",))
RULES = LogRules(Settings(policy=POLICY), dt.UTC)


def call(uid: str = "c", start: dt.datetime = T0, minutes: int = 60) -> Occurrence:
    return Occurrence(uid, start, start + minutes * MIN, f"Call {uid}", "Work", description="- Budget\n- Scope",
                      organizer=Person("ana@acme.example"))


def guard_with(*calls: Occurrence, at: dt.datetime = T0) -> CallGuard:
    guard = CallGuard(POLICY)
    guard.set_occurrences(calls, at)
    return guard


def test_a_call_gets_its_entry_when_it_begins_and_its_facts_as_they_happen(tmp_path):
    first, later = call("a"), call("b", T0 + 3 * 60 * MIN)
    guard = guard_with(first, later)
    with Journal.open(tmp_path) as journal:
        log = MeetingLog(journal)
        assert log.save_guard(guard, T0 - MIN, RULES) == 0  # nothing has begun
        log.save_guard(guard, T0 + MIN, RULES)
        [entry] = log.entries()
        assert (entry.uid, entry.client, entry.outcome.value) == ("a", "Acme", "missed")
        assert entry.open == ("Budget", "Scope")
        guard.joined(first.key, T0 + 4 * MIN)
        guard.extend(first.key, 10)
        guard.end_call(first.key, T0 + 75 * MIN)
        log.save_guard(guard, T0 + 75 * MIN, RULES)
        [entry] = log.entries()
        assert (entry.outcome.value, entry.lateness, entry.overrun) == ("held", 4 * MIN, 5 * MIN)


def test_facts_restored_and_a_no_show_taken_back(tmp_path):
    occurrence = call()
    guard = guard_with(occurrence)
    with Journal.open(tmp_path) as journal:
        log = MeetingLog(journal)
        guard.record_no_show(occurrence.key, T0 + 10 * MIN)
        log.save_guard(guard, T0 + 10 * MIN, RULES)
        assert log.entries()[0].outcome.value == "no_show"
        restarted = CallGuard(POLICY)
        restarted.restore_facts(log.live_facts(T0 + 11 * MIN))
        restarted.set_occurrences([occurrence], T0 + 11 * MIN)
        assert restarted.view(occurrence.key, T0 + 11 * MIN).phase.value == "no_show"
        guard.undo_no_show(occurrence.key)
        log.save_guard(guard, T0 + 12 * MIN, RULES)
        assert log.entries()[0].outcome.value == "missed"


def test_a_cancellation_never_rewrites_an_entry_that_has_an_outcome(tmp_path):
    held, ahead = call("a"), call("b", T0 + 26 * 60 * MIN)
    guard = guard_with(held)
    with Journal.open(tmp_path) as journal:
        log = MeetingLog(journal)
        guard.joined(held.key, T0)
        guard.end_call(held.key, T0 + 60 * MIN)
        log.save_guard(guard, T0 + 60 * MIN, RULES)
        assert log.record_cancellation(held, T0 + 61 * MIN, RULES) is None  # last week's call stays held
        assert log.record_cancellation(ahead, T0 + 2 * 60 * MIN, RULES).value == "cancelled"  # 24 h: enough
        assert log.record_cancellation(ahead, T0 + 3 * 60 * MIN, RULES) is None  # once
        outcomes = {e.uid: (e.outcome.value, e.notice) for e in log.entries()}
        assert outcomes == {"a": ("held", None), "b": ("cancelled", 24 * 60 * MIN)}


def test_corrections_and_notes_are_rows_of_their_own(tmp_path):
    occurrence = call()
    guard = guard_with(occurrence)
    guard.joined(occurrence.key, T0 + 9 * MIN)
    with Journal.open(tmp_path) as journal:
        log = MeetingLog(journal)
        log.save_guard(guard, T0 + 9 * MIN, RULES)
        log.correct(occurrence.key, "joined_at", (T0 + 2 * MIN).isoformat(), T0 + 70 * MIN)
        log.add_note(occurrence.key, "Joined by phone first", T0 + 71 * MIN)
        with pytest.raises(ValueError, match="can be corrected"):
            log.correct(occurrence.key, "summary", "x", T0)
        with pytest.raises(KeyError):
            log.add_note("nope", "x", T0)
        [entry] = log.entries()
        assert entry.joined_at == T0 + 9 * MIN and entry.corrected().joined_at == T0 + 2 * MIN
        assert entry.note == "Joined by phone first"
        log.save_guard(guard, T0 + 80 * MIN, RULES)  # the guard writing again leaves the correction be
        assert log.entries()[0].corrected().joined_at == T0 + 2 * MIN


def test_a_writer_killed_mid_transaction_loses_nothing_committed(tmp_path):
    with Journal.open(tmp_path) as journal:
        guard = guard_with(call())
        MeetingLog(journal).save_guard(guard, T0 + MIN, RULES)
    script = (
        "import os, sqlite3, sys\n"
        f"db = sqlite3.connect({str(tmp_path / FILE_NAME)!r}, isolation_level=None)\n"
        "db.execute('BEGIN IMMEDIATE')\n"
        "db.execute(\"UPDATE log SET outcome = 'no_show'\")\n"
        "db.execute(\"INSERT INTO corrections (call, field, value, at) VALUES ('x', 'note', 'half', 'now')\")\n"
        "os._exit(9)\n"
    )
    assert subprocess.run([sys.executable, "-c", script], check=False).returncode == 9
    with Journal.open(tmp_path) as journal:
        assert not journal.notice
        [entry] = MeetingLog(journal).entries()
        assert entry.outcome.value == "missed" and not entry.corrections


def test_a_version_1_journal_keeps_its_drafts_and_gains_the_log(tmp_path):
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.executescript(MIGRATIONS[0])
    db.execute("INSERT INTO checklists VALUES ('c', '[]', '2026-11-01')")
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with Journal.open(tmp_path) as journal:
        assert journal.rows("SELECT call FROM checklists") == [("c",)]
        assert MeetingLog(journal).entries() == []
        assert journal.rows("PRAGMA user_version") == [(len(MIGRATIONS),)]


def test_a_migration_cut_short_is_undone_and_done_again(tmp_path, monkeypatch):
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    broken = (*MIGRATIONS[:1], MIGRATIONS[1] + "\nTHIS IS NOT SQL;")
    monkeypatch.setattr("timeward.storage.journal.MIGRATIONS", broken)
    with pytest.raises(JournalError):
        Journal.open(tmp_path)
    monkeypatch.undo()
    check = sqlite3.connect(tmp_path / FILE_NAME)
    assert check.execute("PRAGMA user_version").fetchone() == (1,)  # the old schema, whole and usable
    assert check.execute("SELECT name FROM sqlite_master WHERE name = 'log'").fetchone() is None
    check.close()
    with Journal.open(tmp_path) as journal:
        assert MeetingLog(journal).entries() == []


def test_a_locked_journal_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr("timeward.storage.sqlite_file.BUSY_TIMEOUT_MS", 100)
    with Journal.open(tmp_path) as journal:
        holder = sqlite3.connect(tmp_path / FILE_NAME, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            with pytest.raises(JournalError, match="locked"):
                MeetingLog(journal).save_guard(guard_with(call()), T0 + MIN, RULES)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        MeetingLog(journal).save_guard(guard_with(call()), T0 + MIN, RULES)  # and it works once free
        assert len(MeetingLog(journal).entries()) == 1


def test_a_damaged_journal_reads_back_its_log_and_what_the_damage_took_from_its_daily_copy(tmp_path):
    with Journal.open(tmp_path) as journal:
        guard = guard_with(*(call(f"c{n}", T0 + n * 60 * MIN) for n in range(50)), at=T0 + 60 * 60 * MIN)
        MeetingLog(journal).save_guard(guard, T0 + 40 * 60 * MIN, RULES)  # 41 calls had begun
        daily_backup(journal, backup_folder(tmp_path), dt.date(2026, 11, 24))
        MeetingLog(journal).save_guard(guard, T0 + 60 * 60 * MIN, RULES)  # and then all 50
        journal._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = tmp_path / FILE_NAME
    data = bytearray(path.read_bytes())
    data[:16] = b"not a database!!"  # nothing can be read from it now
    path.write_bytes(bytes(data))
    with Journal.open(tmp_path) as journal:
        assert "was damaged" in journal.notice and "41 log more came from the daily copy" in journal.notice
        assert len(MeetingLog(journal).entries()) == 41


def test_a_damaged_cache_beside_it_leaves_the_log_alone(tmp_path):
    from timeward.storage.cache import Cache

    with Journal.open(tmp_path) as journal:
        MeetingLog(journal).save_guard(guard_with(call()), T0 + MIN, RULES)
    with Cache.open(tmp_path):
        pass
    (tmp_path / "cache.sqlite").write_bytes(b"\0" * 4096)
    with Cache.open(tmp_path) as cache:
        assert cache.notice
    with Journal.open(tmp_path) as journal:
        assert not journal.notice and len(MeetingLog(journal).entries()) == 1


def test_a_daily_copy_and_only_the_last_seven(tmp_path):
    folder = tmp_path / "backups"
    with Journal.open(tmp_path) as journal:
        MeetingLog(journal).save_guard(guard_with(call()), T0 + MIN, RULES)
        for day in range(1, 11):
            assert daily_backup(journal, folder, dt.date(2026, 11, day)) is not None
        assert daily_backup(journal, folder, dt.date(2026, 11, 10)) is None  # once a day
    copies = sorted(p.name for p in folder.iterdir())
    assert len(copies) == KEEP and copies[0] == "journal-2026-11-04.sqlite3"
    copy = sqlite3.connect(folder / copies[-1])
    assert copy.execute("SELECT uid FROM log").fetchall() == [("c",)]
    copy.close()
