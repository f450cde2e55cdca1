"""Benchmark: the agenda read from the cache, for each kind of source that is not a CalDAV account
(that one is in bench/sync.py): a single-file feed and a folder of .ics files, 5,000 events each.

For each: one sync, then the default window (now → +7 days) read as ``timeward agenda`` reads it,
first once (it widens the cached window), then again and again with ``now`` a few seconds later
each time, as successive calls see it; and a 90-day window. The peer is the same read served
straight from the cache's index (``Cache.occurrences`` for a window it covers): a read that parses
again shows as a ratio far above 1.
Run: ``make bench-agenda`` (COUNT shortens it).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("COUNT", "5000"))
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from calendar_data import events  # noqa: E402
from timeward.storage.cache import Cache  # noqa: E402
from timeward.storage.paths import AppPaths  # noqa: E402
from timeward.storage.sources import Source  # noqa: E402
from timeward.sync.agenda import read_window  # noqa: E402
from timeward.sync.syncer import Syncer  # noqa: E402

UTC = dt.UTC


def feed_text(items: list[tuple[str, str]]) -> str:
    bodies = []
    for _name, text in items:
        bodies.append(text.split("PRODID:", 1)[1].split("\n", 1)[1].rsplit("END:VCALENDAR", 1)[0])
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + "".join(bodies) + "END:VCALENDAR\r\n"


def milliseconds(action) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


def measure(kind: str, source: Source, paths: AppPaths, now: dt.datetime) -> None:
    with Cache.open(paths.cache) as cache:
        Syncer(cache, UTC).sync([source], now)
    week = dt.timedelta(days=7)
    first = milliseconds(lambda: read_window(paths, [source], (now, now + week), UTC))
    later = [milliseconds(lambda s=s: read_window(paths, [source], (now + s, now + s + week), UTC))
             for s in (dt.timedelta(seconds=5 * n) for n in range(1, 21))]
    with Cache.open(paths.cache) as cache:
        index = [milliseconds(lambda: cache.occurrences(now, now + week)) for _ in range(20)]
    ninety = [milliseconds(lambda: read_window(paths, [source], (now, now + dt.timedelta(days=90)), UTC))
              for _ in range(5)]
    found = len(read_window(paths, [source], (now, now + dt.timedelta(days=90)), UTC)[0])
    moved, peer = statistics.median(later), statistics.median(index)
    print(f"{kind}: the default window read again a few seconds later: {moved:.1f} ms (target < 50 ms) vs the "
          f"cache's index {peer:.1f} ms → ratio {moved / peer:.1f}; the first read, which widens: {first:.0f} ms; "
          f"90 days ({found} occurrences): {statistics.median(ninety):.1f} ms (the second and later reads)")


def main() -> None:
    today = dt.datetime.now(UTC).date()
    now = dt.datetime.now(UTC).replace(microsecond=0)
    items = list(events(today, COUNT))
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "folder"
        folder.mkdir()
        for name, text in items:
            (folder / name).write_text(text)
        feed = Path(work) / "feed.ics"
        feed.write_text(feed_text(items))
        for kind, source in (("single-file feed", Source("feed", "ics", str(feed))),
                             ("folder of .ics files", Source("folder", "ics", str(folder)))):
            os.environ["TIMEWARD_HOME"] = str(Path(work) / kind.replace(" ", "-"))
            measure(kind, source, AppPaths.from_environment(), now)


if __name__ == "__main__":
    main()
