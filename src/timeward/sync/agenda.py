"""The synced sources' occurrences for a window, as the agenda, the status and the tray read them.

The cache holds the occurrences of a window around today (timeward.sync.window), so a window inside
it is read without parsing anything. A window that reaches further ahead widens the cached one
once (later reads are cheap again); one that cannot be cached (the past, far years) is answered
by expanding, in memory, only the stored objects that can occur there. Occurrences of
calendars the user did not tick are returned unguarded; floating times read in another zone are
moved to the viewer's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from timeward.domain.model import Occurrence
from timeward.storage.cache import FILE_NAME, Cache
from timeward.storage.paths import AppPaths
from timeward.storage.sources import Source
from timeward.sync.window import ExpansionWindow


def read_window(paths: AppPaths, sources: Iterable[Source], window: tuple[dt.datetime, dt.datetime],
                zone: dt.tzinfo, me: Iterable[str] = (), uid: str | None = None) -> tuple[list[Occurrence], list[str]]:
    """(occurrences overlapping ``window``, problems) of the configured ``sources``. CacheError when
    the cache cannot be read at all."""
    by_id = {s.id: s for s in sources}
    if not by_id or not (paths.cache / FILE_NAME).exists():
        return [], []
    with Cache.open_for_reading(paths.cache) as cache:
        told = [cache.notice] if cache.notice else []
        if not cache.read_only and not cache.covers(*window) and cache.covers(window[0], window[0]):
            ExpansionWindow(cache, zone, tuple(me)).widen(window[1], margin=True)
        cached = cache.covers(*window)
        if cached:
            rows = [row for row in cache.occurrences(*window) if uid is None or row[2].uid == uid]
            problems: list[str] = []
        else:
            rows, problems = _expand_beyond(cache, window, zone, me, uid)
        read_in = cache.expansion_zone()
        problems = told + problems

    @functools.cache
    def guarded(source: str, calendar: str) -> bool | None:
        """Whether the user guards this calendar; None when its source is no longer configured."""
        return by_id[source].guards(calendar) if source in by_id else None

    occurrences = []
    for source, calendar, occurrence in rows:
        guards = guarded(source, calendar)
        if guards is not None:  # unticked calendars are not guarded
            occurrences.append(occurrence if guards else dataclasses.replace(occurrence, guarded=False))
    if read_in and read_in != str(zone):
        old = _zone_named(read_in)
        occurrences = [o.moved_to_zone(old, zone) for o in occurrences] if old else occurrences
    # The cache gives occurrences at fixed times that overlap the window exactly; the rest are checked here.
    return [o for o in occurrences if (cached and not (o.all_day or o.floating)) or overlaps(o, window, zone)], problems


def _expand_beyond(cache: Cache, window: tuple[dt.datetime, dt.datetime], zone: dt.tzinfo,
                   me: Iterable[str], uid: str | None = None) -> tuple[list[tuple[str, str, Occurrence]], list[str]]:
    """Occurrences of a window outside the cached expansion, read from the stored objects (with
    ``uid``, only the objects whose text names it are parsed)."""
    objects = cache.objects_between(*window)
    if uid is not None:
        wanted = f"UID:{uid}".encode()
        objects = [row for row in objects if wanted in row[3]]
    items, problems = ExpansionWindow(cache, zone, tuple(me)).expand(objects, window)
    return [(source, calendar, o) for source, calendar, _href, found in items for o in found
            if uid is None or o.uid == uid], problems


def _zone_named(name: str) -> dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def overlaps(occurrence: Occurrence, window: tuple[dt.datetime, dt.datetime], zone: dt.tzinfo) -> bool:
    start, end = occurrence.start, occurrence.end
    if not isinstance(start, dt.datetime):  # all-day: from the zone's midnight
        start = dt.datetime.combine(start, dt.time(), zone)
    if not isinstance(end, dt.datetime):
        end = dt.datetime.combine(end, dt.time(), zone)
    return start < window[1] and end > window[0]
