"""Sync tokens the server no longer knows, truncated listings, and empty tokens."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from tests.sync.conftest import PASSWORD, USER, event
from timeward.calendars.remote import RemoteFailure
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SOON = NOW + dt.timedelta(hours=2)


def sync(cache, source: Source):
    return Syncer(cache, dt.UTC, (), lambda _s: PASSWORD, rng=random.Random(1)).sync_source(source, NOW)


def summaries(cache) -> list[str]:
    return sorted(o.summary for _s, _c, o in cache.occurrences(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=30)))


def test_an_expired_token_means_a_full_resync_and_a_new_real_token(radicale, cache):
    radicale.calendar("work", "Work")
    radicale.http("PUT", f"/{USER}/work/a.ics", event("a", SOON, summary="Kickoff"))
    radicale.http("PUT", f"/{USER}/work/b.ics", event("b", SOON, summary="Review"))
    source = Source("work", "caldav", radicale.url, user=USER, name="Work")
    assert sync(cache, source).changed == 2
    [calendar] = cache.calendars("work")
    with cache.transaction() as db:  # a token the server never issued (or has forgotten)
        db.execute("UPDATE calendars SET sync_token = ?", ("http://radicale.org/ns/sync/" + "0" * 64,))
    radicale.http("PUT", f"/{USER}/work/b.ics", event("b", SOON, summary="Review moved"))
    radicale.http("DELETE", f"/{USER}/work/a.ics")
    report = sync(cache, source)
    assert report.status == "ok" and (report.changed, report.deleted) == (1, 1)
    assert summaries(cache) == ["Review moved"]
    [calendar] = cache.calendars("work")
    assert calendar.sync_token and not calendar.sync_token.startswith(("fake-", "http://radicale.org/ns/sync/000"))
    again = sync(cache, source)
    assert again.status == "unchanged" and again.requests == 1  # back to one request per sync


def _multistatus(*responses: str, token: str = "") -> bytes:
    tail = f"<d:sync-token>{token}</d:sync-token>" if token else ""
    return ('<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
            + "".join(responses) + tail + "</d:multistatus>").encode()


def _member(href: str, etag: str, data: str = "") -> str:
    body = f"<c:calendar-data>{data}</c:calendar-data>" if data else ""
    return (f"<d:response><d:href>{href}</d:href><d:propstat><d:prop><d:getetag>{etag}</d:getetag>{body}"
            "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>")


def test_a_truncated_listing_is_followed_with_the_returned_token_until_it_is_complete():
    """RFC 6578 §3.6: a 507 for the collection means "more to come": ask again with the new token."""
    from tests.support.fake_dav import FakeServer
    from timeward.calendars.caldav_source import Account, CalDAVAccount

    objects = {"/cal/a.ics": event("a", SOON, summary="Page one"), "/cal/b.ics": event("b", SOON, summary="Page two")}
    tokens_seen: list[str] = []

    def answer(method: str, path: str, body: bytes):
        text = body.decode()
        if method == "REPORT" and "sync-collection" in text:
            token = re.search(r"sync-token>([^<]*)<", text)[1]
            tokens_seen.append(token)
            if token == "t0":
                truncated = ("<d:response><d:href>/cal/</d:href>"
                             "<d:status>HTTP/1.1 507 Insufficient Storage</d:status></d:response>")
                return 207, {"Content-Type": "application/xml"}, _multistatus(
                    _member("/cal/a.ics", '"ea"'), truncated, token="t1")
            return 207, {"Content-Type": "application/xml"}, _multistatus(_member("/cal/b.ics", '"eb"'), token="t2")
        if method == "REPORT" and "calendar-multiget" in text:
            wanted = [h for h in objects if h in text]
            return 207, {"Content-Type": "application/xml"}, _multistatus(
                *(_member(h, f'"e{h[5]}"', objects[h]) for h in wanted))
        return 404, {}, b""

    server = FakeServer(answer).start()
    try:
        account = Account(f"http://127.0.0.1:{server.port}/cal/", "ann", PASSWORD, discover=False)
        with CalDAVAccount(account) as remote:
            changes = remote.changes("/cal/", "t0", {})
            assert tokens_seen == ["t0", "t1"] and changes.sync_token == "t2"
            assert sorted(h for h, _e in changes.wanted) == ["/cal/a.ics", "/cal/b.ics"]
            downloaded = [item for batch in remote.download("/cal/", changes.wanted) for item in batch]
        assert sorted(h for h, _e, _d in downloaded) == ["/cal/a.ics", "/cal/b.ics"]
    finally:
        server.stop()


def test_a_server_without_sync_tokens_or_ctag_is_synced_by_etag_and_never_emptied(cache):
    """No sync token and no ctag: each sync lists the members' ETags in one PROPFIND and downloads
    only what changed. An unchanged calendar keeps every event: caldav answers its own "fake-" token
    with an empty list when nothing changed, which a full listing must not take for deletions."""
    from tests.support.fake_dav import FakeServer
    from timeward.calendars.caldav_source import NO_TOKEN
    from timeward.storage.cache import SourceState

    objects = {"/cal/a.ics": ('"a1"', event("a", SOON, summary="Kickoff")),
               "/cal/b.ics": ('"b1"', event("b", SOON, summary="Review"))}

    def answer(method: str, _path: str, body: bytes):
        text = body.decode()
        if method == "PROPFIND" and "getetag" in text:
            return 207, {"Content-Type": "application/xml"}, _multistatus(
                *(_member(h, etag) for h, (etag, _data) in objects.items()))
        if method == "PROPFIND":  # the calendar's own sync-token or ctag: not kept by this server
            return 207, {"Content-Type": "application/xml"}, _multistatus(
                "<d:response><d:href>/cal/</d:href><d:propstat><d:prop><d:sync-token/></d:prop>"
                "<d:status>HTTP/1.1 404 Not Found</d:status></d:propstat></d:response>")
        if method == "REPORT" and ("calendar-query" in text or "calendar-multiget" in text):
            wanted = [h for h in objects if "calendar-query" in text or h in text]
            return 207, {"Content-Type": "application/xml"}, _multistatus(
                *(_member(h, objects[h][0], objects[h][1]) for h in wanted))
        return 501, {}, b""

    server = FakeServer(answer).start()
    try:
        source = Source("acct", "caldav", f"http://127.0.0.1:{server.port}/cal/", user="ann", name="Acct")
        cache.save_calendar_info("acct", "/cal/", "Cal", "")  # listed already, as `calendars add` does
        cache.save_source_state(SourceState("acct", listed_at=NOW))
        first = sync(cache, source)
        assert first.changed == 2 and cache.calendars("acct")[0].sync_token == NO_TOKEN
        learning = sync(cache, source)
        assert learning.status == "unchanged" and learning.requests == 2  # no ctag (noted), then the ETags
        again = sync(cache, source)
        assert again.status == "unchanged" and again.requests == 1  # the ETags alone
        assert summaries(cache) == ["Kickoff", "Review"]
        objects["/cal/b.ics"] = ('"b2"', event("b", SOON, summary="Review moved"))
        del objects["/cal/a.ics"]
        changed = sync(cache, source)
        assert (changed.changed, changed.deleted, changed.requests) == (1, 1, 2)  # the ETags, one multiget
        assert summaries(cache) == ["Review moved"]
        assert not any("sync-collection" in s.path for s in server.seen)
    finally:
        server.stop()


def test_a_first_sync_waits_longer_for_a_server_that_reads_everything_before_answering(monkeypatch):
    """A large calendar on a cold server: its first answer may begin later than an ordinary
    request's timeout allows; only a first sync's answers are given that time."""
    import time

    from tests.support.fake_dav import FakeServer
    from timeward.calendars import caldav_source
    from timeward.calendars.caldav_source import Account, CalDAVAccount

    monkeypatch.setattr(caldav_source, "TIMEOUT_SECONDS", 0.3)
    monkeypatch.setattr(caldav_source, "FIRST_ANSWER_SECONDS", 5)

    def answer(method: str, _path: str, body: bytes):
        time.sleep(0.8)  # the server reads every event before it says anything
        text = body.decode()
        if method == "PROPFIND":
            return 207, {"Content-Type": "application/xml"}, _multistatus(
                "<d:response><d:href>/cal/</d:href><d:propstat><d:prop><d:sync-token>t1</d:sync-token></d:prop>"
                "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>")
        if method == "REPORT" and "calendar-query" in text:
            member = _member("/cal/a.ics", '"ea"', event("a", SOON))
            return 207, {"Content-Type": "application/xml"}, _multistatus(member)
        return 207, {"Content-Type": "application/xml"}, _multistatus(token="t1")

    server = FakeServer(answer).start()
    try:
        account = Account(f"http://127.0.0.1:{server.port}/cal/", "ann", PASSWORD, discover=False)
        with CalDAVAccount(account) as remote:
            first = remote.everything("/cal/")
            assert first.sync_token == "t1" and [h for h, _e, _d in first.changed] == ["/cal/a.ics"]
            with pytest.raises(RemoteFailure) as later:  # an ordinary request keeps its timeout
                remote.changes("/cal/", "t1", {"/cal/a.ics": '"ea"'})
            assert later.value.kind == "timeout"
    finally:
        server.stop()
