"""One bad thing never stops the rest: an event whose times overflow, an object that breaks the
reader, and a source whose sync fails in an unforeseen way each fail alone."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import CALENDARS
from timeward.calendars.span import UNBOUNDED, object_span
from timeward.cli import main as cli
from timeward.storage.cache import Cache
from timeward.storage.sources import Source
from timeward.sync.reading import read_data
from timeward.sync.syncer import Syncer

UTC = dt.UTC
BEYOND = CALENDARS / "case61_times_beyond_what_dates_hold.ics"
NOW = dt.datetime(2026, 12, 1, 8, tzinfo=UTC)


def test_times_beyond_what_dates_hold_leave_the_span_open():
    assert object_span(BEYOND.read_bytes()) == UNBOUNDED
    reading = read_data(BEYOND.read_bytes(), (NOW, NOW + dt.timedelta(days=3)), UTC, (), "x")
    assert [o.uid for o in reading.occurrences] == ["good"]
    assert any("huge" in p for p in reading.problems)


def test_an_object_that_breaks_the_reader_is_skipped_with_a_problem(monkeypatch):
    import timeward.sync.reading as sync

    def broken(*_args, **_kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(sync, "read_object", broken)
    reading = read_data(BEYOND.read_bytes(), (NOW, NOW + dt.timedelta(days=3)), UTC, (), "x")
    assert reading.occurrences is None and "RecursionError" in reading.problems[0]


def test_each_source_fails_alone(tmp_path, monkeypatch):
    good = tmp_path / "good.ics"
    good.write_bytes((CALENDARS / "case21_duplicate_uids.ics").read_bytes())
    sources = [Source("beyond", "ics", str(BEYOND)), Source("buggy", "ics", str(good)),
               Source("good", "ics", str(good))]
    real = Syncer._sync_calendars

    def buggy(self, source, *args):
        if source.id == "buggy":
            raise KeyError("a bug of ours")
        return real(self, source, *args)

    monkeypatch.setattr(Syncer, "_sync_calendars", buggy)
    with Cache.open(tmp_path / "cache") as cache:
        report = Syncer(cache, UTC).sync(sources, NOW)
        assert [r.status for r in report.sources] == ["ok", "error", "ok"]
        assert "KeyError" in report.sources[1].message
        assert any("huge" in p for p in report.sources[0].problems)
        assert cache.calendar("good", "feed").status == "ok"


@pytest.mark.parametrize("args", [["status", "--at", "9999-12-31T23:00Z"], ["agenda", "--from", "0001-01-01"]])
def test_moments_beyond_the_years_a_window_can_reach_are_bad_usage(capsys, monkeypatch, args):
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    with pytest.raises(SystemExit) as usage:
        cli.main(args)
    assert usage.value.code == 2 and "outside the years" in capsys.readouterr().err
