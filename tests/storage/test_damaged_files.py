"""Damaged SQLite files: the cache (derived) is set aside and rebuilt from the sources, said once;
the journal (the user's) is kept aside, what can be read is read back, and nothing is overwritten."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tests.sync.conftest import event
from timeward.cli import main as cli
from timeward.storage import settings
from timeward.storage.cache import FILE_NAME, Cache
from timeward.storage.paths import AppPaths
from timeward.storage.sources import Source

START = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=3)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def synced(tmp_path, capsys) -> AppPaths:
    """A feed of 300 calls, synced into the cache."""
    feed = tmp_path / "feed.ics"
    events = "".join(event(f"e{n}", START + dt.timedelta(hours=n), summary=f"Call {n}").split("BEGIN:VEVENT", 1)[1]
                     .rsplit("END:VCALENDAR", 1)[0].join(["BEGIN:VEVENT", ""]) for n in range(300))
    feed.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{events}END:VCALENDAR\r\n")
    paths = AppPaths.from_environment()
    settings.save(paths.settings_file, settings.Settings(sources=(Source("feed", "ics", str(feed)),)))
    assert run(capsys, "sync")[0] == 0
    return paths


def damage(path, how: str) -> None:
    size = path.stat().st_size
    with path.open("r+b") as file:
        if how == "random":
            file.write(os.urandom(size))
        elif how == "truncated":
            file.truncate(size // 3)
        elif how == "header":
            file.write(b"\0" * 100)
        elif how == "middle":  # every page but the first: the schema reads, the data does not
            file.seek(4096)
            file.write(b"\xa5" * (size - 4096))
        elif how == "pages":  # two pages in the middle
            file.seek(size // 2 // 4096 * 4096)
            file.write(b"\xa5" * 8192)


def cache_file(paths: AppPaths):
    with Cache.open(paths.cache) as cache:  # fold the WAL in, so that the damage hits real pages
        cache._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return paths.cache / FILE_NAME


@pytest.mark.parametrize("how", ["random", "truncated", "header", "middle"])
def test_a_damaged_cache_is_set_aside_rebuilt_and_said_once(synced, capsys, how):
    damage(cache_file(synced), how)
    window = ["--from", START.isoformat(), "--to", (START + dt.timedelta(days=2)).isoformat()]
    code, out, err = run(capsys, "agenda", *window)
    assert "Traceback" not in err and "was damaged" in err and err.count("was damaged") == 1
    assert code in (0, 1)
    assert list(synced.cache.glob(f"{FILE_NAME}.damaged-*"))  # kept aside, not deleted
    code, out, err = run(capsys, "sync")
    assert code == 0 and "was damaged" not in err  # said once
    code, out, err = run(capsys, "agenda", *window)
    assert code == 0 and "Call 0" in out and "Call 47" in out and not err


def test_a_sync_checks_every_page_first(synced, capsys):
    damage(cache_file(synced), "middle")
    code, _out, err = run(capsys, "sync")
    assert code == 0 and err.count("was damaged") == 1
    assert run(capsys, "agenda", "--from", START.isoformat(), "--to",
               (START + dt.timedelta(hours=2)).isoformat())[1].count("Call") == 2


def filled_journal(folder):
    from timeward.domain.agenda import AgendaItem
    from timeward.domain.checklist import Checklist
    from timeward.domain.mail import Draft
    from timeward.storage.journal import Journal

    at = dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)
    with Journal.open(folder) as journal:
        for n in range(200):
            journal.save_draft(f"call-{n}", "followup", f"Call {n}", "2026-11-23T10:00:00+00:00",
                               Draft((f"c{n}@client.example",), f"Follow-up {n}", "Body " * 40), at)
        journal.save_checklist("call-1", Checklist((AgendaItem("Budget"),)), at)
        journal._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from timeward.storage.journal import FILE_NAME as JOURNAL

    return folder / JOURNAL


@pytest.mark.parametrize("how", ["emptied", "header", "middle", "pages", "random"])
def test_a_damaged_journal_is_kept_aside_and_read_back(tmp_path, how):
    from timeward.storage.journal import Journal

    path = filled_journal(tmp_path)
    original = path.read_bytes()
    if how == "emptied":
        path.write_bytes(b"")
        original = b""
    else:
        damage(path, how)
        original = path.read_bytes()
    with Journal.open(tmp_path) as journal:
        assert "was damaged" in journal.notice
        kept = list(tmp_path.glob("journal.sqlite3.damaged-*"))
        assert len([k for k in kept if not k.name.endswith("-wal")]) == 1
        assert next(k for k in kept if not k.name.endswith("-wal")).read_bytes() == original  # as it was
        count = journal.waiting_count()
        if how == "pages":
            assert 0 < count < 200  # what could be read is read back
        journal.save_draft("new", "followup", "New", "2026-11-24T10:00:00+00:00",
                           journal.waiting_drafts()[0].draft if count else __import__(
                               "timeward.domain.mail", fromlist=["Draft"]).Draft(("a@b.c",), "s", "b"),
                           dt.datetime(2026, 11, 24, tzinfo=dt.UTC))
    with Journal.open(tmp_path) as journal:  # the new journal works, and is not damaged
        assert not journal.notice and journal.waiting_count() == count + 1


def test_a_row_that_cannot_be_read_is_a_journal_error_and_the_followup_goes_on(tmp_path, capsys):
    from timeward.storage.journal import Journal, JournalError

    with Journal.open(tmp_path) as journal:
        journal._db.execute("INSERT INTO checklists VALUES ('k', '{not json', 'x')")
        journal._db.execute("INSERT INTO drafts (call, kind, meeting, starts, recipients, subject, body, created_at,"
                            " updated_at) VALUES ('c', 'followup', 'M', 's', 'oops', 'Subject', 'Body', 'x', 'x')")
        with pytest.raises(JournalError, match="cannot be read"):
            journal.checklist("k")
        [waiting] = journal.waiting_drafts()  # the mail is kept, the bad recipients left for the user
        assert waiting.draft.subject == "Subject" and waiting.draft.to == ()
