"""The sync's own rules, against calendars held in memory so each runs in milliseconds: backoff
after a failure that may pass, the pause after a rejected password, a refused sync token, a
change list without data, a calendar that vanishes, and a failure of one calendar alone."""

from __future__ import annotations

import datetime as dt
import random

from tests.sync.conftest import event
from timeward.calendars.memory import MemoryCalendars
from timeward.calendars.remote import RemoteFailure
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
SOON = NOW + dt.timedelta(hours=2)
SOURCE = Source("mem", "caldav", "https://memory.invalid/", name="Memory")


def server(with_data: bool = True) -> MemoryCalendars:
    calendars = MemoryCalendars(with_data=with_data)
    calendars.put("/cal/", "/cal/a.ics", event("a", SOON, summary="Kickoff"))
    return calendars


def syncer(cache, calendars: MemoryCalendars) -> Syncer:
    return Syncer(cache, dt.UTC, (), rng=random.Random(1), open_source=lambda _s: calendars)


def summaries(cache) -> list[str]:
    return sorted(o.summary for _s, _c, o in cache.occurrences(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=3)))


def test_a_failure_that_may_pass_backs_off_longer_each_time_and_keeps_the_cache(cache):
    calendars = server()
    sync = syncer(cache, calendars)
    sync.sync_source(SOURCE, NOW)
    calendars.fail(RemoteFailure("server", "the server failed (503)"), times=3)
    waits, when = [], NOW
    for _ in range(3):
        failed = sync.sync_source(SOURCE, when)
        assert failed.status == "error"
        retry_at = cache.source_state("mem").retry_at
        waits.append(retry_at - when)
        assert sync.sync_source(SOURCE, when + dt.timedelta(seconds=30)).status == "waiting"  # not yet
        when = retry_at
    assert waits[0] < waits[1] < waits[2]  # 2, 4, 8 minutes, each ±20 %
    assert summaries(cache) == ["Kickoff"]
    assert sync.sync_source(SOURCE, when).status in ("ok", "unchanged")  # the server is back


def test_a_rejected_password_pauses_the_source_until_the_user_acts(cache):
    calendars = server()
    sync = syncer(cache, calendars)
    sync.sync_source(SOURCE, NOW)
    calendars.fail(RemoteFailure("auth", "the user name or password was not accepted"))
    assert sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=5)).status == "auth"
    asked = calendars.requests
    for minutes in (10, 60, 600):  # no retry loop: the server is not asked again
        assert sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=minutes)).status == "auth"
    assert calendars.requests == asked
    assert sync.sync_source(SOURCE, NOW + dt.timedelta(hours=11), force=True).status in ("ok", "unchanged")
    assert summaries(cache) == ["Kickoff"]


def test_a_refused_token_lists_everything_and_downloads_only_what_changed(cache):
    calendars = server()
    calendars.put("/cal/", "/cal/b.ics", event("b", SOON, summary="Review"))
    sync = syncer(cache, calendars)
    sync.sync_source(SOURCE, NOW)
    calendars.put("/cal/", "/cal/b.ics", event("b", SOON, summary="Review moved"))
    calendars.expired_tokens = True
    report = sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=5))
    assert (report.changed, report.deleted) == (1, 0)  # a.ics kept its ETag: not read again
    assert summaries(cache) == ["Kickoff", "Review moved"]


def test_a_change_list_without_data_costs_one_download_more(cache):
    calendars = server(with_data=False)
    sync = syncer(cache, calendars)
    sync.sync_source(SOURCE, NOW)
    sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=5))
    calendars.put("/cal/", "/cal/a.ics", event("a", SOON, summary="Kickoff moved"))
    for minutes, summary in ((10, "Kickoff moved"), (15, "Kickoff again")):
        before = calendars.requests
        report = sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=minutes))
        assert report.changed == 1 and summaries(cache) == [summary]
        calendars.put("/cal/", "/cal/a.ics", event("a", SOON, summary="Kickoff again"))
        costs = calendars.requests - before
        assert costs <= 3
    assert costs == 2  # learnt: the change list and the download, no ctag


def test_a_calendar_that_vanishes_is_marked_gone_and_its_events_kept(cache):
    calendars = server()
    calendars.put("/other/", "/other/x.ics", event("x", SOON, summary="Other"))
    sync = syncer(cache, calendars)
    sync.sync_source(SOURCE, NOW)
    calendars.remove_calendar("/other/")
    report = sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=5))
    assert report.status == "unchanged" and report.problems  # a 404 is not a failure of the account
    assert {c.href: c.status for c in cache.calendars("mem")}["/other/"] == "gone"
    assert summaries(cache) == ["Kickoff", "Other"]


def test_one_calendar_that_fails_leaves_the_others_synced(cache):
    calendars = server()
    calendars.put("/other/", "/other/x.ics", event("x", SOON, summary="Other"))
    sync = syncer(cache, calendars)
    report = sync.sync_source(SOURCE, NOW)
    assert report.changed == 2
    calendars.put("/cal/", "/cal/a.ics", event("a", SOON, summary="Kickoff moved"))
    calendars.put("/other/", "/other/x.ics", event("x", SOON, summary="Other moved"))
    calendars.fail(RemoteFailure("forbidden", "/cal/: permission denied"))  # the first calendar's request
    report = sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=5))
    assert report.status == "error" and "permission denied" in report.message
    assert summaries(cache) == ["Kickoff", "Other moved"]


def test_the_report_reads_back_what_sync_json_printed():
    """The tray reads its sync child's report into the same typed values the sync made."""
    from timeward.sync.report import SourceReport, SyncReport, SyncStatus

    made = SyncReport([SourceReport("a", "Work", SyncStatus.OK, changed=2, requests=1, problems=["x: skipped"]),
                       SourceReport("b", "Team", SyncStatus.AUTH, "the password was not accepted")])
    import json

    read = SyncReport.from_json(json.loads(json.dumps(made.as_json())))
    assert [(r.source, r.status, r.changed, r.problems) for r in read.sources] == [
        ("a", SyncStatus.OK, 2, ["x: skipped"]), ("b", SyncStatus.AUTH, 0, [])]
    assert not read.ok and [r.label for r in read.failed] == ["Team"]
    assert SyncReport.from_json({"sources": [{"status": "strange"}]}).sources[0].status is SyncStatus.ERROR
    broken = SyncReport.from_json(["not", "a", "report"], "the sync stopped (1)")
    assert (broken.ok, broken.error) == (False, "the sync stopped (1)")


def test_a_server_whose_change_list_comes_first_is_asked_it_alone(cache):
    calendars = MemoryCalendars(with_data=True, change_list_first=True)
    calendars.put("/cal/", "/cal/a.ics", event("a", SOON, summary="Kickoff"))
    sync = syncer(cache, calendars)
    sync.sync_source(SOURCE, NOW)
    before = calendars.requests
    assert sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=5)).status == "unchanged"
    assert calendars.requests - before == 1  # the change list, no ctag
    calendars.put("/cal/", "/cal/a.ics", event("a", SOON, summary="Kickoff moved"))
    before = calendars.requests
    assert sync.sync_source(SOURCE, NOW + dt.timedelta(minutes=10)).changed == 1
    assert calendars.requests - before == 1 and summaries(cache) == ["Kickoff moved"]  # the data came with it


def test_the_first_sync_tells_from_the_token_which_to_ask_first():
    from timeward.calendars.caldav_source import NO_TOKEN, change_list_first

    assert not change_list_first("http://radicale.org/ns/sync/3f2a")  # its ctag is the cheaper question
    assert change_list_first("ae4423fea231573dd53ab2567fdc26cd3f98a7ca")  # Xandikos
    assert change_list_first("http://sabre.io/ns/sync/42")  # Nextcloud, Baïkal
    assert not change_list_first(NO_TOKEN) and not change_list_first("") and not change_list_first("fake-1")
