"""The helper process that reads a share of a first sync's objects: the same result as reading
them here, whatever the helper does (dies, cannot start, cannot be sent the zone), and no helper
outliving the sync that started it."""

from __future__ import annotations

import datetime as dt
import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.sync.conftest import event
from timeward.sync import helper as helper_module
from timeward.sync.helper import ReadingHelper
from timeward.sync.reading import read_data

START = dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC)
WINDOW = (START - dt.timedelta(days=1), START + dt.timedelta(days=3))
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
CONTEXT = (WINDOW, ZONE, ("me@example.com",), "Work")


def items(count: int = 120, broken: bool = True) -> list[tuple[str, str, bytes]]:
    """Objects of every kind a sync meets: in the window, far from it, recurring, broken."""
    found = []
    for number in range(count):
        start = START + dt.timedelta(hours=number % 90, days=(number % 7) * (-30 if number % 2 else 1))
        extra = "RRULE:FREQ=WEEKLY;COUNT=20\r\n" if number % 3 == 0 else ""
        text = event(f"e{number}", start, summary=f"Call {number}", extra=extra)
        if broken and number % 17 == 0:
            text = text.replace("DTSTART:", "DTSTART:not-a-date")  # one event that cannot be read
        found.append((f"e{number}.ics", f'"{number}"', text.encode()))
    return found


def read_here(data: bytes):
    return read_data(data, *CONTEXT)


def by_href(readings) -> dict[str, object]:
    return {item[0]: reading for item, reading in readings}


@pytest.fixture(autouse=True)
def small_batches(monkeypatch):
    """Helpers for the tests' small batches (a sync uses one only from MIN_OBJECTS on)."""
    monkeypatch.setattr(helper_module, "MIN_OBJECTS", 10)
    monkeypatch.setattr(helper_module, "CHUNKS", 12)


def test_the_helper_reads_a_share_and_the_result_is_the_same_as_reading_alone():
    objects = items()
    alone = by_href((item, read_here(item[2])) for item in objects)
    with ReadingHelper.start() as helper:
        shared = by_href(helper.read(objects, CONTEXT, read_here))
        assert helper.pid is not None
        again = by_href(helper.read(objects, CONTEXT, read_here))  # one helper serves every calendar
    assert shared == alone == again
    assert any(reading.problems for reading in alone.values())  # the broken ones came back as problems


def test_a_helper_that_dies_midway_leaves_nothing_unread():
    answer_once = ("import sys; from timeward.sync import helper as h\n"
                   "message = h._receive(sys.stdin.buffer)\n"
                   "context, datas = message\n"
                   "from timeward.sync.reading import read_data\n"
                   "h._send(sys.stdout.buffer, [read_data(d, *context) for d in datas])\n"
                   "sys.exit(3)\n")
    objects = items()
    with ReadingHelper.start([sys.executable, "-c", answer_once]) as helper:
        shared = by_href(helper.read(objects, CONTEXT, read_here))
    assert shared == by_href((item, read_here(item[2])) for item in objects)


@pytest.mark.parametrize("command", [["/nonexistent/python"], [sys.executable, "-c", "import sys; sys.exit(1)"],
                                     [sys.executable, "-c", "print('not a message')"]])
def test_a_helper_that_cannot_start_or_speaks_nonsense_changes_nothing(command):
    objects = items(40)
    with ReadingHelper.start(command) as helper:
        shared = by_href(helper.read(objects, CONTEXT, read_here))
    assert shared == by_href((item, read_here(item[2])) for item in objects)


def test_a_zone_that_cannot_be_sent_is_read_here(tmp_path):
    zone_file = Path("/usr/share/zoneinfo/Asia/Bangkok")
    if not zone_file.exists():
        pytest.skip("no system zone files")
    with zone_file.open("rb") as handle:
        local = ZoneInfo.from_file(handle, key="localtime")  # as the system zone is read without a name
    context = (WINDOW, local, (), "Work")
    objects = items(30)
    with ReadingHelper.start() as helper:
        shared = by_href(helper.read(objects, context, functools.partial(read_data, window=WINDOW, zone=local,
                                                                         me=(), calendar="Work")))
    assert len(shared) == 30 and all(reading.occurrences is not None or reading.problems
                                     for reading in shared.values())


def test_a_read_stopped_early_ends_the_helper():
    with ReadingHelper.start() as helper:
        process_id = helper.pid
        readings = helper.read(items(), CONTEXT, read_here)
        next(readings)
        readings.close()  # the sync failed while writing: the rest is never read
        assert helper.pid is None
        assert not _alive(process_id)


def test_the_helper_is_out_of_reach_of_ctrl_c():
    with ReadingHelper.start() as helper:
        assert os.getsid(helper.pid) != os.getsid(0)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads process states from /proc")
def test_no_helper_outlives_a_killed_sync():
    parent = ("import sys, time\nfrom timeward.sync.helper import ReadingHelper\n"
              "helper = ReadingHelper.start()\nprint(helper.pid, flush=True)\ntime.sleep(60)\n")
    process = subprocess.Popen([sys.executable, "-c", parent], stdout=subprocess.PIPE, text=True)
    helper_id = int(process.stdout.readline())
    assert _alive(helper_id)
    process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    deadline = time.monotonic() + 20  # a bound, not a measurement: it exits as soon as its input closes
    while _alive(helper_id) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _alive(helper_id)


def _alive(process_id: int | None) -> bool:
    """Whether the process runs (a zombie waiting to be reaped has ended)."""
    if process_id is None:
        return False
    try:
        state = Path(f"/proc/{process_id}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def test_a_first_sync_with_the_helper_stores_what_a_sync_alone_stores(radicale, tmp_path, monkeypatch):
    from tests.sync.conftest import PASSWORD, USER
    from timeward.storage.cache import Cache
    from timeward.storage.sources import Source
    from timeward.sync.syncer import Syncer

    folder = radicale.calendar("work", "Work", "#0072b2")
    for href, _etag, data in items(60, broken=False):
        (folder / href).write_bytes(data)
    shared_chunks = []
    answers = helper_module._finished

    def counted(*args, **kwargs):
        for found in answers(*args, **kwargs):
            shared_chunks.append(found)
            yield found

    def synced(name: str, helped: bool) -> tuple[list[object], list[str]]:
        monkeypatch.setattr(helper_module, "MIN_OBJECTS", 10 if helped else 10**9)
        with Cache.open(tmp_path / name) as cache:
            report = Syncer(cache, ZONE, (), lambda _s: PASSWORD).sync_source(
                Source("work", "caldav", radicale.url, user=USER, name="Work"), START)
            assert report.changed == 60
            return sorted(map(repr, cache.occurrences(*WINDOW))), sorted(report.problems)

    monkeypatch.setattr(helper_module, "_finished", counted)
    alone = synced("alone", helped=False)
    assert not shared_chunks
    assert synced("helped", helped=True) == alone
    assert shared_chunks  # the helper did read a share
