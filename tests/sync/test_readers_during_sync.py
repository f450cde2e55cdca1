"""Readers that widen the cached window while a sync writes, and a sync that writes while a reader
widens: whoever is interrupted, the cache never claims days for which it lacks occurrences.

The interleavings are made exactly (a reader runs at a chosen step of the other side, on its own
connection), so the tests do not depend on timing."""

from __future__ import annotations

import datetime as dt

import timeward.sync.window as expansion
from tests.storage.test_window_moves import weekly
from timeward.calendars.folder import LocalFolder
from timeward.storage.cache import Cache
from timeward.storage.paths import AppPaths
from timeward.storage.sources import Source
from timeward.sync.agenda import read_window
from timeward.sync.syncer import Syncer

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 23, 10, tzinfo=UTC)
NINETY_DAYS = (NOW, NOW + dt.timedelta(days=90))


def folder_source(tmp_path, count: int) -> Source:
    folder = tmp_path / "calendars"
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"w{number}.ics").write_bytes(weekly(f"w{number}", "20261102T090000Z"))
    return Source("folder", "ics", str(folder))


def weekly_count(paths: AppPaths, source: Source) -> int:
    found, problems = read_window(paths, [source], NINETY_DAYS, UTC)
    assert not problems
    return len(found)


def test_a_reader_that_widens_the_window_during_a_sync_loses_nothing(tmp_path, monkeypatch):
    paths = AppPaths.from_environment()
    source = folder_source(tmp_path, 3)
    real, widened = LocalFolder.changes, []

    def reader_comes_in(self, *args, **kwargs):
        if not widened:  # `timeward agenda` for 90 days, after the sync took its window, before it writes
            with Cache.open(paths.cache) as other:
                widened.append(expansion.ExpansionWindow(other, UTC, ()).widen(NINETY_DAYS[1]))
        return real(self, *args, **kwargs)

    with Cache.open(paths.cache) as cache:
        Syncer(cache, UTC).sync([folder_source(tmp_path, 0)], NOW - dt.timedelta(minutes=5))  # the window exists
        monkeypatch.setattr(LocalFolder, "changes", reader_comes_in)
        Syncer(cache, UTC).sync([source], NOW)
        monkeypatch.setattr(LocalFolder, "changes", real)
    assert widened == [True]
    assert weekly_count(paths, source) == 3 * 12  # 12 Mondays begin in these 90 days, for each of the 3 series
    source = folder_source(tmp_path, 4)  # a later sync brings one more: the window still holds
    with Cache.open(paths.cache) as cache:
        Syncer(cache, UTC).sync([source], NOW + dt.timedelta(minutes=5))
    assert weekly_count(paths, source) == 4 * 12


def test_a_sync_that_writes_while_a_reader_widens_wins(tmp_path, monkeypatch):
    paths = AppPaths.from_environment()
    source = folder_source(tmp_path, 2)
    with Cache.open(paths.cache) as cache:
        Syncer(cache, UTC).sync([source], NOW)
    real, synced = expansion.ExpansionWindow.occurring, []

    def sync_comes_in(self, start, end):
        found = real(self, start, end)  # the reader has read the objects it will expand
        if not synced:
            synced.append(True)
            with Cache.open(paths.cache) as other:
                Syncer(other, UTC).sync([folder_source(tmp_path, 3)], NOW + dt.timedelta(minutes=5))
        return found

    monkeypatch.setattr(expansion.ExpansionWindow, "occurring", sync_comes_in)
    with Cache.open(paths.cache) as cache:
        assert not expansion.ExpansionWindow(cache, UTC, ()).widen(NINETY_DAYS[1])  # it stores nothing
    monkeypatch.setattr(expansion.ExpansionWindow, "occurring", real)
    assert synced and weekly_count(paths, folder_source(tmp_path, 3)) == 3 * 12


def test_many_reader_processes_against_a_running_sync_leave_a_whole_cache(tmp_path):
    """Real processes: `timeward agenda` for 90 days again and again while a first sync of a
    folder runs; afterwards the cache answers what the files hold."""
    import os
    import subprocess
    import sys

    source = folder_source(tmp_path, 600)
    paths = AppPaths.from_environment()
    from timeward.storage import settings

    settings.save(paths.settings_file, settings.Settings(sources=(source,)))
    env = {**os.environ, "TZ": "UTC"}
    agenda = [sys.executable, "-m", "timeward", "agenda", "--from", "2026-11-23", "--to", "2027-02-21", "--json"]
    with subprocess.Popen([sys.executable, "-m", "timeward", "sync"], env=env, stdout=subprocess.DEVNULL) as syncing:
        readers = 0
        while syncing.poll() is None and readers < 20:
            subprocess.run(agenda, env=env, capture_output=True, timeout=120, check=False)
            readers += 1
        assert syncing.wait(timeout=300) == 0
    done = subprocess.run(agenda, env=env, capture_output=True, timeout=120, check=True)
    import json

    assert len(json.loads(done.stdout)) == 600 * 13  # 13 Mondays from 23 November to 21 February
