"""Stored calendar objects expanded into the cache's occurrences, for the cache's window.

The cache holds occurrences for one window. A sync keeps it from yesterday to three days ahead
(UTC days: what the tray and the status read; parsing more would slow every first sync). A read
that reaches further ahead widens it once (``ExpansionWindow.widen``), so later reads of that
range need no parsing. Each new day moves the window on: the past day's occurrences are dropped and only the
objects with an instance on the new day are expanded. Only a change of zone (floating times
move) or of the clock backwards re-expands the whole window.

An object is expanded for a range only when its span meets the range (``span.object_span``) and
one of its instances can fall there (``occurs.may_occur``): most objects are never parsed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from timeward.calendars.errors import CalendarDataError
from timeward.calendars.occurs import may_occur
from timeward.domain.model import Occurrence
from timeward.storage.cache import Cache

#: The window a sync keeps: from the start of yesterday (UTC) to the end of the third day ahead.
WINDOW_BEFORE = dt.timedelta(days=1)
WINDOW_AFTER = dt.timedelta(days=3)
#: How far ahead a read may widen the cached window; anything further is expanded in memory.
WIDEST_AHEAD = dt.timedelta(days=400)
#: How far past the next midnight (UTC) a read widens the window beyond what it asked for.
WIDEN_MARGIN = dt.timedelta(days=1)
Window = tuple[dt.datetime, dt.datetime]


def _next_midnight(moment: dt.datetime) -> dt.datetime:
    day = moment.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day if day == moment else day + dt.timedelta(days=1)


def sync_window(now: dt.datetime) -> Window:
    day = now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day - WINDOW_BEFORE, day + WINDOW_AFTER


def read_object(data: bytes, window: Window, zone: dt.tzinfo, me: tuple[str, ...], calendar: str,
                charset: str | None = None) -> tuple[list[Occurrence] | None, list[str]]:
    """(occurrences in ``window``, problems); None when the data is not a calendar at all."""
    from timeward.calendars.ics import read_calendar  # icalendar: only when something must be read

    try:
        read = read_calendar(data, window, zone, calendar=calendar, me=me, charset=charset)
    except CalendarDataError as error:
        return None, [str(error)]
    return read.occurrences, [str(p) for p in read.problems]


class ExpansionWindow:
    """The one owner of the window: which days the cache holds occurrences for, in which zone,
    and the occurrences it expands for them. Each change of the window is stored together with
    its occurrences in one write, and only if no other write came in between (the cache's
    generation, read before the objects are): the cache never claims days it lacks occurrences
    for. A sync's own writes narrow the window in their transaction where a reader moved it
    meanwhile (``Cache.apply_changes``)."""

    def __init__(self, cache: Cache, zone: dt.tzinfo, me: tuple[str, ...]) -> None:
        self.cache = cache
        self.zone = zone
        self.me = me

    def expand(self, objects: Iterable[tuple[str, str, str, bytes]],
               window: Window) -> tuple[list[tuple[str, str, str, list[Occurrence]]], list[str]]:
        """((source, calendar, href, occurrences in ``window``) of each readable stored object, problems)."""
        names = {(c.source, c.href): c.name for c in self.cache.calendars()}
        items, problems = [], []
        for source, calendar, href, data in objects:
            occurrences, found = read_object(data, window, self.zone, self.me, names.get((source, calendar), ""))
            problems.extend(found)
            if occurrences is not None:
                items.append((source, calendar, href, occurrences))
        return items, problems

    def occurring(self, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str, str, bytes]]:
        """The stored objects that can have an instance in [start, end)."""
        return [row for row in self.cache.objects_between(start, end) if may_occur(row[3], start, end)]

    def for_sync(self, now: dt.datetime) -> Window:
        """The window moved on to today's: the past dropped, the new days expanded (a new zone,
        or a clock set back, expands it all again)."""
        cache, fresh = self.cache, sync_window(now)
        for _attempt in range(3):  # another process may write in between: expand again
            generation = cache.generation()  # before anything is read (see Cache.generation)
            current = cache.expansion_window()
            if current is None or cache.expansion_zone() != str(self.zone) or not current[0] <= fresh[0] < current[1]:
                items, _problems = self.expand(self.occurring(*fresh), fresh)
                if cache.store_expansion(items, fresh, str(self.zone), replace_all=True, generation=generation):
                    return fresh
                continue
            if fresh[0] > current[0]:
                cache.drop_before(fresh[0])
            self.widen(fresh[1])
            break
        return cache.expansion_window() or fresh

    def widen(self, end: dt.datetime, margin: bool = False) -> bool:
        """Widen the cached window forward to ``end`` (``margin``: a reader's, a little further); False
        when that is not possible (no window yet, another zone, or further than WIDEST_AHEAD)."""
        cache = self.cache
        generation = cache.generation()  # before anything is read (see Cache.generation)
        current = cache.expansion_window()
        if current is None or cache.expansion_zone() != str(self.zone) or end > current[0] + WIDEST_AHEAD:
            return False
        if end <= current[1]:
            return True
        if margin:
            # A reader's window is widened a day beyond the next midnight: a read a few seconds later
            # (the default window ends "7 days from now") is then served from the cache, not by parsing
            # again (a single-file feed is one object: each widening parses all of it).
            end = min(_next_midnight(end) + WIDEN_MARGIN, current[0] + WIDEST_AHEAD)
        wider = (current[0], end)
        # The objects that can occur in the new part get all their occurrences again, for the whole window.
        items, _problems = self.expand(self.occurring(current[1], end), wider)
        # A sync that wrote meanwhile wins: this window is then not cached, and the reader expands in memory.
        return cache.store_expansion(items, wider, str(self.zone), replace_all=False, generation=generation)
