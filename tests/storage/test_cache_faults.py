"""The cache under faults: a writer killed mid-transaction, a full disk, a
read-only file system, a lock held by another process, an interrupted rebuild; and its file modes."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from timeward.domain.model import Occurrence
from timeward.storage import cache as cache_module
from timeward.storage import sqlite_file
from timeward.storage.cache import Cache, CacheError, StoredObject

AT = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
WEEK = (AT - dt.timedelta(days=1), AT + dt.timedelta(days=7))


def stored(href: str, summary: str) -> StoredObject:
    occurrence = Occurrence(uid=href, start=AT + dt.timedelta(hours=1), end=AT + dt.timedelta(hours=2),
                            summary=summary)
    return StoredObject(href, '"1"', b"BEGIN:VCALENDAR", (occurrence,))


def summaries(cache: Cache) -> list[str]:
    return sorted(o.summary for _s, _c, o in cache.occurrences(*WEEK))


@pytest.fixture
def filled(tmp_path):
    with Cache.open(tmp_path) as cache:
        cache.apply_changes("s", "/c/", [stored("a", "Kept")], [], AT)
    return tmp_path


def test_a_writer_killed_mid_transaction_leaves_the_last_sync_whole(filled):
    writer = textwrap.dedent(f"""
        import os, sys, datetime as dt
        sys.path[:0] = {sys.path!r}
        from timeward.storage.cache import Cache
        cache = Cache.open(__import__("pathlib").Path({str(filled)!r}))
        with cache.transaction() as db:
            db.execute("DELETE FROM occurrences")
            db.execute("DELETE FROM details")
            os.kill(os.getpid(), 9)  # the power goes in the middle of a sync's write
    """)
    killed = subprocess.run([sys.executable, "-c", writer], capture_output=True)
    assert killed.returncode == -9
    with Cache.open(filled) as cache:
        assert cache._db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert summaries(cache) == ["Kept"]


def test_a_full_disk_fails_the_write_clearly_and_keeps_the_data(filled):
    with Cache.open(filled) as cache:
        pages = cache._db.execute("PRAGMA page_count").fetchone()[0]
        cache._db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page, as on a full disk
        big = [StoredObject(f"n{i}", None, b"x" * 4000, ()) for i in range(50)]
        with pytest.raises(CacheError, match="full"):
            cache.apply_changes("s", "/c/", big, ["a"], AT)
        assert summaries(cache) == ["Kept"]


def test_objects_written_while_they_are_read_are_all_undone_when_the_reading_fails(filled):
    def read_then_fail():
        yield stored("b", "New")
        yield stored("c", "Also new")
        raise RuntimeError("the reader broke")

    with Cache.open(filled) as cache:
        with pytest.raises(RuntimeError, match="reader broke"):
            cache.apply_changes("s", "/c/", read_then_fail(), ["a"], AT)
        assert summaries(cache) == ["Kept"]
        cache.apply_changes("s", "/c/", iter([stored("b", "New")]), [], AT)
        assert summaries(cache) == ["Kept", "New"]


def test_a_lock_held_by_another_process_gives_a_clear_error(filled, monkeypatch):
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(filled / cache_module.FILE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # a backup tool, say
    try:
        with Cache.open(filled) as cache, pytest.raises(CacheError, match="locked"):
            cache.apply_changes("s", "/c/", [stored("b", "New")], [], AT)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with Cache.open(filled) as cache:
        assert summaries(cache) == ["Kept"]


def test_an_interrupted_rebuild_leaves_the_old_cache_usable(filled, monkeypatch):
    with Cache.open(filled) as cache:
        cache._db.execute(f"PRAGMA user_version = {cache_module.SCHEMA_VERSION - 1}")  # as an older version left it
    monkeypatch.setattr(cache_module, "_SCHEMA", cache_module._SCHEMA + ";CREATE TABLE broken (")  # fails halfway
    with pytest.raises(CacheError):
        Cache.open(filled)
    monkeypatch.undo()
    raw = sqlite3.connect(filled / cache_module.FILE_NAME)
    assert raw.execute("SELECT COUNT(*) FROM objects").fetchone() == (1,)  # rolled back: nothing dropped
    raw.close()
    with Cache.open(filled) as cache:  # and the next start rebuilds it
        assert cache._db.execute("PRAGMA user_version").fetchone()[0] == cache_module.SCHEMA_VERSION


def test_the_cache_is_private_to_the_user(tmp_path):
    folder = tmp_path / "cache"
    with Cache.open(folder) as cache:
        cache.apply_changes("s", "/c/", [stored("a", "Kept")], [], AT)
        files = [p for p in folder.iterdir() if p.name.startswith(cache_module.FILE_NAME)]
        assert {p.name for p in files} >= {"cache.sqlite", "cache.sqlite-wal"}
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_sync_that_cannot_write_the_cache_says_so_in_one_line(tmp_path, monkeypatch, capsys):
    from timeward.cli import main as cli
    from timeward.storage.paths import AppPaths

    calendar = tmp_path / "team.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n")
    assert cli.main(["calendars", "add", "ics", str(calendar)]) == 0
    monkeypatch.setattr(sqlite_file, "BUSY_TIMEOUT_MS", 200)
    path = AppPaths.from_environment().cache / cache_module.FILE_NAME
    Cache.open(path.parent).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        capsys.readouterr()
        assert cli.main(["sync"]) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    error = capsys.readouterr().err
    assert error.startswith("timeward: ") and "locked" in error and "Traceback" not in error


def _read_only_mount() -> list[str]:
    """A command prefix that runs its command with the folder given first mounted read-only, in a
    private mount namespace (a real read-only file system even for root, who ignores file modes)."""
    user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    script = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" "$0" && exec "$@"'
    return ["unshare", *user, "--mount", "sh", "-c", script]


def _event(uid: str, summary: str, day: dt.date) -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{summary}\r\n"
            f"DTSTART:{day:%Y%m%d}T100000Z\r\nDTEND:{day:%Y%m%d}T110000Z\r\nEND:VEVENT\r\n")


def _home_for_mounts(prefix: list[str], probe: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dt.date]:
    """(a TIMEWARD_HOME, tomorrow) once ``prefix`` is shown to work here (else the test is skipped)."""
    probe.mkdir(exist_ok=True)
    tried = subprocess.run([*prefix, "true"], capture_output=True)
    if tried.returncode != 0:
        pytest.skip(f"no private mount namespace here: {tried.stderr.decode(errors='replace').strip()}")
    home = probe.parent / "home"
    monkeypatch.setenv("TIMEWARD_HOME", str(home))
    return home, dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)


def test_a_read_only_data_folder_fails_the_sync_clearly_and_still_shows_the_agenda(tmp_path, monkeypatch):
    """Case 45: the folder the cache lives in is on a read-only file system."""
    home, tomorrow = _home_for_mounts([*_read_only_mount(), str(tmp_path)], tmp_path / "probe", monkeypatch)
    calendar = tmp_path / "team.ics"
    frame = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{}END:VCALENDAR\r\n"
    calendar.write_text(frame.format(_event("kept", "Kept call", tomorrow)), newline="")

    def timeward(*args: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, sys.executable, "-m", "timeward", *args], capture_output=True, text=True,
                              env={**os.environ})

    assert timeward("calendars", "add", "ics", str(calendar)).returncode == 0
    assert timeward("sync").returncode == 0
    calendar.write_text(frame.format(_event("kept", "Kept call", tomorrow) + _event("new", "New call", tomorrow)),
                        newline="")
    read_only = (*_read_only_mount(), str(home))
    window = ("--all", "--from", f"{tomorrow - dt.timedelta(days=1)}", "--to", f"{tomorrow + dt.timedelta(days=2)}")

    sync = timeward("sync", prefix=read_only)
    assert sync.returncode == 1
    assert sync.stderr.startswith("timeward: ") and "Read-only file system" in sync.stderr
    assert "Traceback" not in sync.stderr and sync.stderr.count("\n") == 1
    agenda = timeward("agenda", "--json", *window, prefix=read_only)
    assert agenda.returncode == 0, agenda.stderr
    assert [call["summary"] for call in json.loads(agenda.stdout)] == ["Kept call"]
    listed = timeward("calendars", "list", "--json", prefix=read_only)
    assert listed.returncode == 0 and json.loads(listed.stdout)[0]["status"], listed.stderr

    assert timeward("sync").returncode == 0  # writable again: nothing was lost, the change arrives
    agenda = timeward("agenda", "--json", *window)
    assert sorted(call["summary"] for call in json.loads(agenda.stdout)) == ["Kept call", "New call"]


def _full_disk(home) -> list[str]:
    """A command prefix that runs its command with ``home`` copied onto a small file system that is
    then filled to the last byte (a private mount namespace; root for the mount)."""
    user = [] if os.geteuid() == 0 else ["--user", "--map-root-user"]
    script = ('cp -a "$0" "$0.copy" && mount -t tmpfs -o size=2m tmpfs "$0" && cp -a "$0.copy/." "$0" '
              '&& (dd if=/dev/zero of="$0/fill" bs=4k 2>/dev/null; true) && exec "$@"')
    return ["unshare", *user, "--mount", "sh", "-c", script, str(home)]


def test_a_full_disk_still_shows_the_agenda_and_fails_writes_in_one_line(tmp_path, monkeypatch):
    home, tomorrow = _home_for_mounts(_full_disk(tmp_path / "probe"), tmp_path / "probe", monkeypatch)
    calendar = tmp_path / "team.ics"
    calendar.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{_event('kept', 'Kept', tomorrow)}"
                        "END:VCALENDAR\r\n", newline="")
    other = tmp_path / "other.ics"
    other.write_bytes(calendar.read_bytes())

    def timeward(*args: str, full: bool = True) -> subprocess.CompletedProcess[str]:
        prefix = _full_disk(home) if full else []
        return subprocess.run([*prefix, sys.executable, "-m", "timeward", *args], capture_output=True, text=True)

    assert timeward("calendars", "add", "ics", str(calendar), full=False).returncode == 0
    assert timeward("sync", full=False).returncode == 0
    window = ("--from", f"{tomorrow}", "--to", f"{tomorrow + dt.timedelta(days=1)}")
    agenda = timeward("agenda", *window)
    assert agenda.returncode == 0 and "Kept" in agenda.stdout, agenda.stderr
    status = timeward("status", "--at", f"{tomorrow}T10:05:00Z")
    assert status.returncode == 0 and "Kept" in status.stdout, status.stderr
    for args in (("calendars", "add", "ics", str(other)), ("calendars", "remove", "team-ics")):
        done = timeward(*args)
        assert done.returncode == 1 and done.stderr.count("\n") == 1 and "No space left" in done.stderr, done.stderr
    # what each of those runs left on the full disk: nothing beside the files it had
    listing = timeward("calendars", "list")
    assert listing.returncode == 0 and "team-ics" in listing.stdout


def test_a_write_that_fails_at_any_step_leaves_no_temporary_file(tmp_path, monkeypatch):
    from timeward.storage import atomic

    target = tmp_path / "config.toml"
    target.write_text("kept")
    for step in ("fsync", "replace"):
        def fail(*_args, step=step):
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patch:
            patch.setattr(atomic.os, step, fail)
            with pytest.raises(OSError, match="No space"):
                atomic.write_atomic(target, b"new")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"] and target.read_text() == "kept"
