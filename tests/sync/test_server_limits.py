"""Servers that will not send a whole calendar in one answer (Radicale's occurrence limit per
REPORT answers 400; others say 403 number-of-matches-within-limits or 507): the calendar is synced
whole in smaller requests, and a refusal that cannot be worked around is that calendar's error."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.support.radicale import start_radicale
from tests.sync.conftest import PASSWORD, USER, event
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
LIMIT = 30  # VEVENTs in one REPORT answer, where Radicale's default is 10,000


@pytest.fixture
def limited(tmp_path):
    server = start_radicale(tmp_path, extra=f"[reporting]\nmax_expand_occurrence = {LIMIT}\n")
    yield server
    server.stop()


def test_a_calendar_larger_than_the_servers_answer_limit_is_synced_whole(limited, cache):
    limited.calendar("big", "Big")
    for number in range(LIMIT * 2):
        limited.put("big", f"e{number}.ics", event(f"e{number}", NOW + dt.timedelta(hours=1 + number % 40),
                                                   summary=f"Call {number}"))
    source = Source("big", "caldav", limited.url, user=USER)
    syncer = Syncer(cache, dt.UTC, (), lambda _s: PASSWORD, rng=random.Random(1))
    first = syncer.sync_source(source, NOW)
    assert first.status == "ok" and first.changed == LIMIT * 2, first
    found = {o.uid for _s, _c, o in cache.occurrences(NOW, NOW + dt.timedelta(days=2))}
    assert len(found) == LIMIT * 2

    for number in range(LIMIT + 5):  # more changes than one sync-collection answer may carry
        limited.http("PUT", f"/{USER}/big/e{number}.ics", event(f"e{number}", NOW + dt.timedelta(hours=2),
                                                               summary=f"Moved {number}"))
    changed = syncer.sync_source(source, NOW)
    assert changed.status == "ok" and changed.changed == LIMIT + 5, changed
    moved = {o.summary for _s, _c, o in cache.occurrences(NOW, NOW + dt.timedelta(days=2))}
    assert {f"Moved {n}" for n in range(LIMIT + 5)} <= moved


def test_a_refused_request_is_the_calendars_error_never_unchanged(radicale, cache, monkeypatch):
    from timeward.calendars import caldav_source

    radicale.calendar("work", "Work")
    radicale.http("PUT", f"/{USER}/work/a.ics", event("a", NOW + dt.timedelta(hours=1)))
    monkeypatch.setattr(caldav_source, "TOO_MUCH", ())  # a 400 that nothing can work around
    monkeypatch.setattr(caldav_source.CalDAVAccount, "everything",
                        lambda self, href: caldav_source._raise_for_status(400, f"{self.label}{href}"))
    report = Syncer(cache, dt.UTC, (), lambda _s: PASSWORD).sync([Source("w", "caldav", radicale.url, user=USER)],
                                                                  NOW)
    assert report.sources[0].status == "error" and not report.ok
    assert "refused the request (400)" in report.sources[0].message
    assert cache.calendars("w")[0].status == "error"
