"""The contract every calendar source adapter keeps, run against each of them: calendars held in
memory (with and without data in their change list), a local folder of .ics files, a feed on a
loopback server, a local .ics file and a real Radicale. A new adapter is proven by adding it to
ADAPTERS."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.sync.conftest import PASSWORD, USER, event
from timeward.calendars.memory import MemoryCalendars
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
SOON = NOW + dt.timedelta(hours=2)
BROKEN = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:broken\r\n"
          "DTSTAMP:20260101T000000Z\r\nDTSTART:not-a-date\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@dataclass
class Adapter:
    """One adapter under test: the configured source, how the sync opens it, and how another
    client changes it."""

    source: Source
    open_source: Callable[[Source], object] | None
    put: Callable[[str, str], None]
    delete: Callable[[str], None]
    stores_broken_objects: bool = True  # a server may refuse an object it cannot read itself
    one_object: bool = False  # a feed or a file: every event in one object, replaced whole


def memory(with_data: bool) -> Callable[..., Adapter]:
    def make(_request, _tmp_path) -> Adapter:
        calendars = MemoryCalendars(with_data=with_data)
        calendars.add_calendar("/cal/", "Work")
        return Adapter(Source("mem", "caldav", "https://memory.invalid/", name="Memory"), lambda _s: calendars,
                       lambda href, text: calendars.put("/cal/", f"/cal/{href}", text),
                       lambda href: calendars.delete("/cal/", f"/cal/{href}"))
    return make


def folder(_request, tmp_path: Path) -> Adapter:
    root = tmp_path / "calendars"
    root.mkdir()
    stamp = [1_700_000_000_000_000_000]

    def put(href: str, text: str) -> None:
        path = root / href
        path.write_text(text)
        stamp[0] += 10**9  # a later modification time, as a second edit would have on any file system
        os.utime(path, ns=(stamp[0], stamp[0]))

    return Adapter(Source("folder", "ics", str(root), name="Folder"), None, put, lambda href: (root / href).unlink())


class OneCalendarText:
    """The events put so far, as the text of one calendar (a feed's, a file's)."""

    def __init__(self) -> None:
        self.events: dict[str, str] = {}

    def put(self, href: str, text: str) -> None:
        self.events[href] = text.split("BEGIN:VEVENT", 1)[1].rsplit("END:VEVENT", 1)[0]

    def delete(self, href: str) -> None:
        del self.events[href]

    def text(self) -> bytes:
        body = "".join(f"BEGIN:VEVENT{event}END:VEVENT\r\n" for event in self.events.values())
        return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n{body}END:VCALENDAR\r\n".encode()


def feed(request, _tmp_path) -> Adapter:
    from tests.support.feed_server import FeedServer

    calendar, version = OneCalendarText(), [0]
    server = FeedServer((200, {"ETag": '"0"'}, calendar.text())).start()
    request.addfinalizer(server.stop)

    def publish(change: Callable[[], None]) -> None:
        change()
        version[0] += 1
        server.answer = (200, {"ETag": f'"{version[0]}"', "Content-Type": "text/calendar"}, calendar.text())

    return Adapter(Source("feed", "ics", server.url, name="Feed"), None,
                   lambda href, text: publish(lambda: calendar.put(href, text)),
                   lambda href: publish(lambda: calendar.delete(href)), one_object=True)


def local_file(_request, tmp_path: Path) -> Adapter:
    calendar, path, stamp = OneCalendarText(), tmp_path / "team.ics", [1_700_000_000_000_000_000]

    def write(change: Callable[[], None]) -> None:
        change()
        path.write_bytes(calendar.text())
        stamp[0] += 10**9
        os.utime(path, ns=(stamp[0], stamp[0]))

    return Adapter(Source("file", "ics", str(path), name="Team"), None,
                   lambda href, text: write(lambda: calendar.put(href, text)),
                   lambda href: write(lambda: calendar.delete(href)), one_object=True)


def radicale(request, _tmp_path) -> Adapter:
    server = request.getfixturevalue("radicale")
    server.calendar("work", "Work")
    return Adapter(Source("work", "caldav", server.url, user=USER, name="Work"), None,
                   lambda href, text: server.http("PUT", f"/{USER}/work/{href}", text),
                   lambda href: server.http("DELETE", f"/{USER}/work/{href}"), stores_broken_objects=False)


ADAPTERS = {"memory": memory(True), "memory-without-data": memory(False), "folder": folder, "feed": feed,
            "file": local_file, "radicale": radicale}


@pytest.fixture(params=list(ADAPTERS))
def adapter(request, tmp_path) -> Adapter:
    return ADAPTERS[request.param](request, tmp_path)


def sync(cache, adapter: Adapter, minutes: int = 0):
    syncer = Syncer(cache, dt.UTC, (), lambda _s: PASSWORD, rng=random.Random(1), open_source=adapter.open_source)
    return syncer.sync_source(adapter.source, NOW + dt.timedelta(minutes=minutes))


def summaries(cache) -> list[str]:
    return sorted(o.summary for _s, _c, o in cache.occurrences(NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=3)))


def test_a_first_sync_stores_every_object(adapter, cache):
    adapter.put("a.ics", event("a", SOON, summary="Kickoff"))
    adapter.put("b.ics", event("b", SOON + dt.timedelta(days=1), summary="Review"))
    report = sync(cache, adapter)
    assert (report.status, report.changed, report.problems) == ("ok", 1 if adapter.one_object else 2, [])
    assert summaries(cache) == ["Kickoff", "Review"]
    assert [c.status for c in cache.calendars(adapter.source.id)] == ["ok"]


def test_nothing_changed_changes_nothing(adapter, cache):
    adapter.put("a.ics", event("a", SOON, summary="Kickoff"))
    sync(cache, adapter)
    sync(cache, adapter, 5)  # a server's ctag is learnt here
    generation = cache.generation()
    again = sync(cache, adapter, 10)
    assert (again.status, again.changed, again.deleted) == ("unchanged", 0, 0)
    assert cache.generation() == generation  # nothing was written: readers have nothing to re-read
    assert summaries(cache) == ["Kickoff"]


def test_a_changed_object_replaces_its_occurrences(adapter, cache):
    adapter.put("a.ics", event("a", SOON, summary="Kickoff"))
    adapter.put("b.ics", event("b", SOON, summary="Review"))
    sync(cache, adapter)
    sync(cache, adapter, 5)
    adapter.put("a.ics", event("a", SOON + dt.timedelta(hours=1), summary="Kickoff moved"))
    changed = sync(cache, adapter, 10)
    assert (changed.status, changed.changed, changed.deleted) == ("ok", 1, 0)
    assert summaries(cache) == ["Kickoff moved", "Review"]


def test_a_removed_object_takes_its_occurrences_with_it(adapter, cache):
    adapter.put("a.ics", event("a", SOON, summary="Kickoff"))
    adapter.put("b.ics", event("b", SOON, summary="Review"))
    sync(cache, adapter)
    adapter.delete("a.ics")
    removed = sync(cache, adapter, 5)
    assert (removed.status, removed.deleted) == ("ok", 0 if adapter.one_object else 1)  # a feed is replaced whole
    assert summaries(cache) == ["Review"]


def test_a_broken_object_is_named_and_the_others_are_stored(adapter, cache):
    if not adapter.stores_broken_objects:
        pytest.skip("this server refuses an object it cannot read")
    adapter.put("a.ics", event("a", SOON, summary="Kickoff"))
    adapter.put("broken.ics", BROKEN)
    report = sync(cache, adapter)
    assert report.status == "ok" and summaries(cache) == ["Kickoff"]
    assert any("broken" in problem for problem in report.problems)
