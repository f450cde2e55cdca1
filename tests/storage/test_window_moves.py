"""The cache's expansion window moves on by the day: the past is dropped and only objects with an
instance on the new day are parsed; a change of zone re-expands everything."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

import timeward.sync.window as expansion
from timeward.storage.cache import Cache
from timeward.sync.reading import stored_object

UTC = dt.UTC


def weekly(uid: str, first: str) -> bytes:
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
            f"DTSTAMP:20260101T000000Z\r\nDTSTART:{first}\r\nDURATION:PT1H\r\nSUMMARY:{uid}\r\n"
            "RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()


SINGLE = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:thursday\r\n"
          b"DTSTAMP:20260101T000000Z\r\nDTSTART:20261126T090000Z\r\nDURATION:PT1H\r\nSUMMARY:thursday\r\n"
          b"END:VEVENT\r\nEND:VCALENDAR\r\n")
OBJECTS = {"mondays.ics": weekly("mondays", "20261102T090000Z"),  # 2 November 2026 is a Monday
           "fridays.ics": weekly("fridays", "20261106T090000Z"), "thursday.ics": SINGLE}


def at(day: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, 10, tzinfo=UTC)


@pytest.fixture
def parsed(monkeypatch) -> list[str]:
    """The UIDs the window's moves parse, in order."""
    seen: list[str] = []
    real = expansion.read_object

    def counting(data: bytes, *args, **kwargs):
        seen.append(data.split(b"UID:")[1].split(b"\r\n")[0].decode())
        return real(data, *args, **kwargs)

    monkeypatch.setattr(expansion, "read_object", counting)
    return seen


def uids(cache: Cache, window: tuple[dt.datetime, dt.datetime]) -> list[tuple[str, int]]:
    return sorted((o.uid, o.start.day) for _s, _c, o in cache.occurrences(*window))


def test_each_new_day_parses_only_what_happens_on_it(tmp_path, parsed):
    with Cache.open(tmp_path) as cache:
        window = expansion.ExpansionWindow(cache, UTC, ()).for_sync(at(23))  # Monday: 22 to 26 November
        assert window == (dt.datetime(2026, 11, 22, tzinfo=UTC), dt.datetime(2026, 11, 26, tzinfo=UTC))
        stored = [stored_object(href, None, data, window, UTC, (), "Work")[0] for href, data in OBJECTS.items()]
        cache.apply_changes("s", "/c/", stored, [], at(23))
        assert uids(cache, window) == [("mondays", 23)]

        window = expansion.ExpansionWindow(cache, UTC, ()).for_sync(at(24))  # the 26th comes in
        assert parsed == ["thursday"]
        assert uids(cache, window) == [("mondays", 23), ("thursday", 26)]

        window = expansion.ExpansionWindow(cache, UTC, ()).for_sync(at(25))  # the 27th comes in, the 23rd goes
        assert parsed == ["thursday", "fridays"]
        assert window[0] == dt.datetime(2026, 11, 24, tzinfo=UTC)
        assert uids(cache, window) == [("fridays", 27), ("thursday", 26)]
        assert uids(cache, (at(22), at(24))) == []  # dropped from the cache, not only filtered
        assert cache._db.execute("SELECT COUNT(*) FROM details").fetchone()[0] == 2

        expansion.ExpansionWindow(cache, UTC, ()).for_sync(at(25))  # the same day again: nothing to do
        assert parsed == ["thursday", "fridays"]


def test_a_new_zone_or_a_clock_set_back_expands_the_window_again(tmp_path, parsed):
    with Cache.open(tmp_path) as cache:
        window = expansion.ExpansionWindow(cache, UTC, ()).for_sync(at(26))
        stored = [stored_object(href, None, data, window, UTC, (), "Work")[0] for href, data in OBJECTS.items()]
        cache.apply_changes("s", "/c/", stored, [], at(26))
        expansion.ExpansionWindow(cache, ZoneInfo("Asia/Bangkok"), ()).for_sync(at(26))
        assert sorted(parsed) == ["fridays", "thursday"]
        expansion.ExpansionWindow(cache, ZoneInfo("Asia/Bangkok"), ()).for_sync(at(20))
        assert cache.expansion_window()[0] == dt.datetime(2026, 11, 19, tzinfo=UTC)


def test_a_read_that_reaches_a_few_seconds_further_is_served_from_the_cache(tmp_path, parsed):
    """The default agenda window ends "7 days from now": each call ends a few seconds later, which
    must not parse again (a single-file feed is one object: all of it would be)."""
    with Cache.open(tmp_path) as cache:
        window = expansion.ExpansionWindow(cache, UTC, ()).for_sync(at(23))
        stored = [stored_object(href, None, data, window, UTC, (), "Work")[0] for href, data in OBJECTS.items()]
        cache.apply_changes("s", "/c/", stored, [], at(23), window=window)
        end = at(23) + dt.timedelta(days=7)
        assert expansion.ExpansionWindow(cache, UTC, ()).widen(end, margin=True)
        parsed.clear()
        for seconds in (5, 60, 3600):
            assert expansion.ExpansionWindow(cache, UTC, ()).widen(end + dt.timedelta(seconds=seconds), margin=True)
            assert cache.covers(at(23), end + dt.timedelta(seconds=seconds))
        assert parsed == []
