"""The sync on a second real server, Xandikos, whose change list carries no object data: one
change still costs two requests (the first one too), and nothing changed one."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tests.support.xandikos import CALENDAR, start_xandikos
from tests.sync.conftest import event
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


@pytest.fixture
def xandikos(tmp_path):
    server = start_xandikos(tmp_path)
    yield server
    server.stop()


def test_one_change_costs_two_requests_on_xandikos_too(xandikos, cache):
    xandikos.http("PUT", f"{CALENDAR}a.ics", event("a", NOW + dt.timedelta(hours=2), summary="Kickoff"))
    source = Source("x", "caldav", xandikos.url + "user/calendars/", user="anyone")
    syncer = Syncer(cache, dt.UTC, (), lambda _s: "unused", rng=random.Random(1))
    assert syncer.sync_source(source, NOW, relist=True).changed == 1
    settled = syncer.sync_source(source, NOW)
    assert (settled.status, settled.requests) == ("unchanged", 1)  # the change list alone
    costs = []
    for number in range(3):
        xandikos.http("PUT", f"{CALENDAR}a.ics", event("a", NOW + dt.timedelta(hours=2), summary=f"Moved {number}"))
        changed = syncer.sync_source(source, NOW)
        assert (changed.status, changed.changed) == ("ok", 1), changed
        costs.append(changed.requests)
    # Xandikos's token is no Radicale's: its change list is asked first and alone from the first
    # sync on, so every change costs the list and the download, the first one too.
    assert costs == [2, 2, 2]
    again = syncer.sync_source(source, NOW)
    assert (again.status, again.requests) == ("unchanged", 1)
    assert {o.summary for _s, _c, o in cache.occurrences(NOW, NOW + dt.timedelta(days=1))} == {"Moved 2"}
