"""Syncing a real Radicale into the cache: first sync, no-change re-sync, changes, deletions,
failures that keep the cache."""

from __future__ import annotations

import datetime as dt
import random

from tests.sync.conftest import PASSWORD, USER, event
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SOON = NOW + dt.timedelta(hours=2)


def account(radicale) -> Source:
    return Source("work", "caldav", radicale.url, user=USER, name="Work")


def syncer(cache, password=PASSWORD) -> Syncer:
    return Syncer(cache, dt.UTC, (), lambda _s: password, rng=random.Random(1))


def summaries(cache) -> list[str]:
    return sorted(o.summary for _s, _c, o in cache.occurrences(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=30)))


def test_first_sync_then_no_change_then_one_change(radicale, cache):
    radicale.calendar("work", "Work calendar", "#0072b2")
    radicale.http("PUT", f"/{USER}/work/a.ics", event("a", SOON, summary="Kickoff"))
    radicale.http("PUT", f"/{USER}/work/b.ics", event("b", SOON + dt.timedelta(days=1), summary="Review"))
    first = syncer(cache).sync_source(account(radicale), NOW)
    assert first.status == "ok" and first.changed == 2
    assert summaries(cache) == ["Kickoff", "Review"]
    [calendar] = cache.calendars("work")
    assert (calendar.name, calendar.colour, calendar.status) == ("Work calendar", "#0072b2", "ok")
    assert calendar.sync_token

    learning = syncer(cache).sync_source(account(radicale), NOW)
    assert learning.status == "unchanged" and learning.requests == 2  # the ctag, then the sync-collection REPORT
    assert cache.calendars("work")[0].etag  # the ctag, kept for the next sync
    again = syncer(cache).sync_source(account(radicale), NOW)
    assert again.status == "unchanged" and again.changed == 0
    assert again.requests == 1  # the ctag alone, credentials sent with it (no 401 round trip)

    radicale.http("PUT", f"/{USER}/work/b.ics", event("b", SOON + dt.timedelta(days=1), summary="Review moved"))
    radicale.http("DELETE", f"/{USER}/work/a.ics")
    changed = syncer(cache).sync_source(account(radicale), NOW)
    assert (changed.changed, changed.deleted) == (1, 1)
    assert changed.requests == 2  # the ctag, then the REPORT that carries the changed object
    assert summaries(cache) == ["Review moved"]
    assert syncer(cache).sync_source(account(radicale), NOW).requests == 1


def test_a_ctag_that_fails_to_change_hides_a_change_only_until_the_hourly_deep_sync(radicale, cache):
    radicale.calendar("work")
    radicale.put("work", "a.ics", event("a", SOON, summary="Before"))
    for _ in range(2):  # the first sync, then one that learns the ctag
        syncer(cache).sync_source(account(radicale), NOW)
    stale = cache.calendars("work")[0].etag
    radicale.put("work", "a.ics", event("a", SOON, summary="After"))
    with cache.transaction() as db:  # a server whose ctag did not change with its member
        db.execute("UPDATE calendars SET etag = ?", (_current_ctag(radicale),))
    assert stale != _current_ctag(radicale)
    missed = syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(minutes=5))
    assert missed.status == "unchanged" and summaries(cache) == ["Before"]
    deep = syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(minutes=70))  # the hourly list
    assert deep.status == "ok" and summaries(cache) == ["After"]


def _current_ctag(radicale) -> str:
    from timeward.calendars.caldav_source import Account, CalDAVAccount

    with CalDAVAccount(Account(radicale.url, USER, PASSWORD, discover=False)) as remote:
        return remote.ctag(f"/{USER}/work/")


def test_a_broken_event_is_skipped_and_named(tmp_path, cache):
    good = event("good", SOON)
    broken = event("bad-uid", SOON).replace(f"DTSTART:{SOON:%Y%m%dT%H%M%SZ}\r\n", "DTSTART:not-a-date\r\n")
    body = good.replace("END:VCALENDAR\r\n", "") + broken[broken.index("BEGIN:VEVENT"):]
    feed = tmp_path / "mixed.ics"
    feed.write_text(body)
    report = syncer(cache).sync_source(Source("file", "ics", str(feed), name="Mixed"), NOW)
    assert report.status == "ok"
    assert summaries(cache) == ["good"]
    assert any("bad-uid" in p for p in report.problems)
    assert syncer(cache).sync_source(Source("file", "ics", str(feed)), NOW).status == "unchanged"


def test_a_wrong_password_pauses_the_account_and_keeps_the_cache(radicale, cache):
    radicale.calendar("work")
    radicale.put("work", "a.ics", event("a", SOON))
    syncer(cache).sync_source(account(radicale), NOW)
    report = syncer(cache, "wrong").sync_source(account(radicale), NOW)
    assert report.status == "auth" and "not accepted" in report.message
    assert summaries(cache) == ["a"]
    paused = syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(minutes=5))  # a periodic sync
    assert paused.status == "auth"  # no retry loop until the user acts
    assert syncer(cache).sync_source(account(radicale), NOW, force=True).status in ("ok", "unchanged")


def test_a_server_that_is_down_backs_off_and_keeps_the_cache(radicale, cache):
    radicale.calendar("work")
    radicale.put("work", "a.ics", event("a", SOON))
    syncer(cache).sync_source(account(radicale), NOW)
    radicale.stop()
    report = syncer(cache).sync_source(account(radicale), NOW)
    assert report.status == "error"
    assert summaries(cache) == ["a"]
    state = cache.source_state("work")
    assert state.retry_at is not None and state.retry_at > NOW
    assert syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(seconds=30)).status == "waiting"


def test_a_calendar_removed_on_the_server_is_marked_gone_not_emptied(radicale, cache):
    import shutil

    radicale.calendar("work")
    radicale.calendar("old")
    radicale.put("old", "x.ics", event("x", SOON))
    syncer(cache).sync_source(account(radicale), NOW)
    shutil.rmtree(radicale.root / "collection-root" / USER / "old")
    syncer(cache).sync_source(account(radicale), NOW)
    old = cache.calendar("work", f"/{USER}/old/")
    assert old is not None and old.status == "gone"
    assert summaries(cache) == ["x"]


def test_the_calendar_list_is_read_again_hourly_or_when_asked(radicale, cache):
    radicale.calendar("work")
    syncer(cache).sync_source(account(radicale), NOW)
    radicale.calendar("new", "New one")
    radicale.put("new", "n.ics", event("n", SOON))
    soon = syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(minutes=5))
    # only the known calendar asked: its ctag (learnt on this first re-sync) and its changes
    assert soon.requests == 2 and cache.calendar("work", f"/{USER}/new/") is None
    asked = syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(minutes=6), relist=True)
    assert asked.changed == 1 and cache.calendar("work", f"/{USER}/new/").name == "New one"
    radicale.calendar("later")
    syncer(cache).sync_source(account(radicale), NOW + dt.timedelta(minutes=67))
    assert cache.calendar("work", f"/{USER}/later/") is not None


def test_far_events_are_stored_unexpanded_and_expanded_when_asked(radicale, cache, tmp_path, monkeypatch):
    from timeward.storage.paths import AppPaths
    from timeward.sync.agenda import read_window

    far = NOW + dt.timedelta(days=300)
    radicale.calendar("work")
    radicale.put("work", "near.ics", event("near", SOON))
    radicale.put("work", "far.ics", event("far", far))
    weekly = event("weekly", NOW - dt.timedelta(days=400), extra="RRULE:FREQ=WEEKLY\r\n")
    radicale.put("work", "weekly.ics", weekly)
    report = syncer(cache).sync_source(account(radicale), NOW)
    assert report.changed == 3 and report.requests <= 8  # the calendar list, then one query for everything
    stored = {o.uid for _s, _c, o in cache.occurrences(NOW - dt.timedelta(days=40), NOW + dt.timedelta(days=400))}
    assert stored == {"near", "weekly"}  # the far one is kept raw, not expanded

    monkeypatch.setenv("TIMEWARD_HOME", str(tmp_path))
    window = (far - dt.timedelta(days=1), far + dt.timedelta(days=1))
    found, problems = read_window(AppPaths.from_environment(), [account(radicale)], window, dt.UTC)
    assert sorted(o.uid for o in found) == ["far", "weekly"] and not problems


def test_a_read_further_ahead_widens_the_cached_window_once(radicale, cache, tmp_path, monkeypatch):
    from timeward.storage.paths import AppPaths
    from timeward.sync.agenda import read_window

    radicale.calendar("work")
    radicale.put("work", "weekly.ics", event("weekly", NOW - dt.timedelta(days=7), extra="RRULE:FREQ=WEEKLY\r\n"))
    radicale.put("work", "later.ics", event("later", NOW + dt.timedelta(days=60)))
    syncer(cache).sync_source(account(radicale), NOW)
    short = cache.expansion_window()
    assert short[1] < NOW + dt.timedelta(days=30)  # a sync expands a few days only

    monkeypatch.setenv("TIMEWARD_HOME", str(tmp_path))
    window = (NOW, NOW + dt.timedelta(days=90))
    found, _ = read_window(AppPaths.from_environment(), [account(radicale)], window, dt.UTC)
    widened = cache.expansion_window()  # to a day past the next midnight: a read a little later is covered too
    assert widened[0] == short[0] and window[1] < widened[1] <= window[1] + dt.timedelta(days=2)
    assert {o.uid for o in found} == {"weekly", "later"} and len(found) >= 13
    cached = {o.uid for _s, _c, o in cache.occurrences(*window)}
    assert cached == {"weekly", "later"}  # the next read needs no parsing
