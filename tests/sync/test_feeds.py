"""ICS subscriptions against a real loopback HTTP server: conditional requests, failures that keep
the cache, Retry-After, refused URLs and masked tokens."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.support.feed_server import FeedServer
from tests.sync.conftest import event
from timeward.calendars.feed import publisher_interval
from timeward.calendars.remote import RemoteFailure, feed_url, mask_url
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
FEED = event("feed-1", NOW + dt.timedelta(hours=1), summary="Standup").encode()


@pytest.fixture
def server():
    httpd = FeedServer((200, {"ETag": '"v1"'}, FEED)).start()
    yield httpd
    httpd.stop()


def sync(cache, server, when=NOW):
    return Syncer(cache, dt.UTC, rng=random.Random(1)).sync_source(Source("feed", "ics", server.url), when)


def titles(cache) -> list[str]:
    return [o.summary for _s, _c, o in cache.occurrences(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=2))]


def test_an_unchanged_feed_costs_one_conditional_request(server, cache):
    assert sync(cache, server).status == "ok"
    assert sync(cache, server).status == "unchanged"
    assert server.requests[-1].get("If-None-Match") == '"v1"'
    assert len(server.requests) == 2
    assert titles(cache) == ["Standup"]


@pytest.mark.parametrize("answer", [
    (200, {"Content-Type": "text/html"}, b"<html><body>Please log in</body></html>"),
    (200, {}, b""),
    (200, {}, FEED[: len(FEED) // 2]),
    (500, {}, b"oops"),
], ids=["html-login-page", "empty", "cut-off", "server-error"])
def test_a_bad_answer_keeps_the_cache(server, cache, answer):
    sync(cache, server)
    server.answer = answer
    report = sync(cache, server, NOW + dt.timedelta(minutes=10))
    assert report.status == "error" and report.message
    assert titles(cache) == ["Standup"]


def test_retry_after_is_honoured(server, cache):
    server.answer = (429, {"Retry-After": "300"}, b"")
    report = sync(cache, server)
    assert report.status == "error"
    retry_at = cache.source_state("feed").retry_at
    assert retry_at is not None and retry_at >= NOW + dt.timedelta(seconds=300)
    assert sync(cache, server, NOW + dt.timedelta(seconds=200)).status == "waiting"
    assert len(server.requests) == 1


def test_urls_that_are_refused_and_webcal():
    assert feed_url("webcal://example.com/cal.ics") == "https://example.com/cal.ics"
    for bad in ("file:///etc/passwd", r"\\host\share\cal.ics", "ftp://example.com/x.ics"):
        with pytest.raises(RemoteFailure) as failure:
            feed_url(bad)
        assert failure.value.kind == "refused"


def test_tokens_are_masked_in_what_is_shown():
    shown = mask_url("https://user:pw@calendar.google.com/calendar/ical/abc%40x/private-0123456789abcdef0123456789/basic.ics"
                     "?token=s3cr3t&lang=en")
    assert "s3cr3t" not in shown and "pw" not in shown and "0123456789abcdef" not in shown
    assert "calendar.google.com" in shown and "lang=en" in shown


def test_the_publishers_refresh_interval_is_read():
    body = b"BEGIN:VCALENDAR\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\nEND:VCALENDAR\r\n"
    assert publisher_interval(body) == 3600
    assert publisher_interval(b"BEGIN:VCALENDAR\r\nX-PUBLISHED-TTL:P1D\r\n") == 86400
    assert publisher_interval(b"BEGIN:VCALENDAR\r\nREFRESH-INTERVAL;VALUE=DURATION:-P1D\r\n") is None
    assert publisher_interval(b"BEGIN:VCALENDAR\r\nX-PUBLISHED-TTL:P1W2DT3H\r\n") == ((9 * 24) + 3) * 3600


def test_scheduled_syncs_never_poll_sooner_than_the_publisher_asks(server, cache):
    hourly = FEED.replace(b"PRODID:-//test//EN\r\n", b"PRODID:-//test//EN\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n")
    server.answer = (200, {"ETag": '"v1"'}, hourly)
    assert sync(cache, server).status == "ok"
    feed = Source("feed", "ics", server.url)

    def scheduled(minutes: int):
        return Syncer(cache, dt.UTC, rng=random.Random(1)).sync_source(feed, NOW + dt.timedelta(minutes=minutes))

    later = Syncer(cache, dt.UTC, rng=random.Random(1))
    waiting = scheduled(10)
    assert waiting.status == "waiting" and "publisher" in waiting.message and len(server.requests) == 1
    assert later.sync_source(feed, NOW + dt.timedelta(minutes=10), force=True).status == "unchanged"  # "Sync now"
    assert len(server.requests) == 2  # a manual refresh is not held back
    assert scheduled(30).status == "waiting"  # an unchanged answer keeps the publisher's interval
    assert scheduled(75).status == "unchanged" and len(server.requests) == 3


def test_when_the_network_comes_back_failed_sources_are_retried_but_publishers_still_wait(server, cache):
    server.answer = (503, {}, b"")
    assert sync(cache, server).status == "error"
    feed = Source("feed", "ics", server.url)
    later = NOW + dt.timedelta(seconds=30)
    assert Syncer(cache, dt.UTC, rng=random.Random(1)).sync([feed], later).sources[0].status == "waiting"
    server.answer = (200, {"ETag": '"v1"'}, FEED.replace(b"PRODID:-//test//EN\r\n",
                                                        b"PRODID:-//test//EN\r\nX-PUBLISHED-TTL:PT1H\r\n"))
    back = Syncer(cache, dt.UTC, rng=random.Random(1)).sync([feed], later, retry_failed=True)
    assert back.sources[0].status == "ok" and titles(cache) == ["Standup"]
    again = Syncer(cache, dt.UTC, rng=random.Random(1)).sync([feed], later + dt.timedelta(minutes=5), retry_failed=True)
    assert again.sources[0].status == "waiting"  # held back by the publisher's interval, not by a failure
    assert len(server.requests) == 2


def test_a_folder_of_ics_files_is_one_source_read_file_by_file(tmp_path, cache):
    folder = tmp_path / "calendars"
    (folder / "team").mkdir(parents=True)
    (folder / "a.ics").write_text(event("a", NOW + dt.timedelta(hours=1), summary="Alpha"))
    (folder / "team" / "b.ics").write_text(event("b", NOW + dt.timedelta(hours=2), summary="Beta"))
    (folder / ".hidden.ics").write_text(event("h", NOW + dt.timedelta(hours=3), summary="Hidden"))
    (folder / "notes.txt").write_text("not a calendar")
    source = Source("folder", "ics", str(folder), name="calendars")

    def run(minutes: int = 0):
        return Syncer(cache, dt.UTC, rng=random.Random(1)).sync_source(source, NOW + dt.timedelta(minutes=minutes))

    first = run()
    assert (first.status, first.changed) == ("ok", 2) and sorted(titles(cache)) == ["Alpha", "Beta"]
    assert run(1).status == "unchanged"

    (folder / "a.ics").write_text(event("a", NOW + dt.timedelta(hours=1), summary="Alpha moved"))
    (folder / "team" / "b.ics").unlink()
    (folder / "c.ics").write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n")
    changed = run(2)
    assert (changed.changed, changed.deleted) == (1, 1)
    assert any(p.startswith("c.ics: ") for p in changed.problems)  # the broken file is named; the rest synced
    assert titles(cache) == ["Alpha moved"]


def test_a_periodic_sync_asks_a_feed_only_once_per_its_interval(server, cache):
    source = Source("feed", "ics", server.url, interval_minutes=30)
    syncer = Syncer(cache, dt.UTC, rng=random.Random(1))
    assert syncer.sync_source(source, NOW).status == "ok"
    for minutes in (5, 10, 29):  # the tray's timer ticks at the shortest interval of all sources
        report = syncer.sync([source], NOW + dt.timedelta(minutes=minutes), due_only=True).sources[0]
        assert (report.status, report.requests) == ("unchanged", 0)
    assert len(server.requests) == 1
    assert syncer.sync([source], NOW + dt.timedelta(minutes=12), force=True).sources[0].requests == 1  # "Sync now"
    assert syncer.sync([source], NOW + dt.timedelta(minutes=42), due_only=True).sources[0].requests == 1
    assert len(server.requests) == 3


def test_a_failed_feed_is_tried_again_after_its_backoff_not_its_interval(server, cache):
    source = Source("feed", "ics", server.url, interval_minutes=60)
    syncer = Syncer(cache, dt.UTC, rng=random.Random(1))
    syncer.sync_source(source, NOW)
    server.answer = (503, {}, b"")
    assert syncer.sync([source], NOW + dt.timedelta(hours=1), due_only=True).sources[0].status == "error"
    server.answer = (200, {"ETag": '"v2"'}, FEED)
    again = syncer.sync([source], NOW + dt.timedelta(hours=1, minutes=5), due_only=True).sources[0]
    assert again.status == "ok"  # the backoff (2 minutes at most ±20 %) has passed; the hour has not


def test_a_local_file_is_read_no_further_than_a_feed_may_be(tmp_path, cache, monkeypatch):
    from timeward.calendars import feed

    monkeypatch.setattr(feed, "MAX_FEED_BYTES", 1000)
    big = tmp_path / "big.ics"
    big.write_bytes(FEED[:-len(b"END:VCALENDAR\r\n")] + b"X-FILL:" + b"x" * 2000 + b"\r\nEND:VCALENDAR\r\n")
    report = Syncer(cache, dt.UTC).sync_source(Source("big", "ics", str(big)), NOW)
    assert report.status == "error" and "larger than" in report.message
