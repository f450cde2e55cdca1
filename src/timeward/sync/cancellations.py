"""Cancellations seen by a sync: the guarded calls ahead that a sync took away.

The calls of the days ahead are read from the cache before the sync and again after it. A call
that became CANCELLED, or vanished from a calendar that synced well, is a cancellation, logged
once with the notice it gave (late when less than its client's notice period). A single event
whose UID is still there moved, and an instance of a series that is still there elsewhere moved:
neither is a cancellation. A calendar that failed, is gone from the server (404) or was dropped
from the account's list never counts as a cancellation of its events: its calls are not compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from timeward.domain.calls import is_call
from timeward.domain.model import Occurrence
from timeward.storage.cache import Cache, CalendarStatus
from timeward.storage.sources import Source

#: How far ahead cancellations are watched for (a week covers every usual notice period; a
#: longer one set in a profile widens it).
HORIZON = dt.timedelta(days=7)

Identity = tuple[str, str | None]  # (UID, the instance's slot): a moved single event keeps it


def identity(occurrence: Occurrence) -> Identity:
    slot = occurrence.recurrence_id
    return occurrence.uid, slot.isoformat() if slot is not None else None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The guarded calls ahead, by (source, calendar href), each by its identity."""

    calls: dict[tuple[str, str], dict[Identity, Occurrence]]


def upcoming_calls(cache: Cache, sources: Iterable[Source], now: dt.datetime, horizon: dt.timedelta) -> Snapshot:
    by_id = {s.id: s for s in sources}
    found: dict[tuple[str, str], dict[Identity, Occurrence]] = {}
    for source, calendar, occurrence in cache.occurrences(now, now + horizon):
        configured = by_id.get(source)
        if configured is None or not configured.guards(calendar) or not isinstance(occurrence.start, dt.datetime):
            continue
        if occurrence.start > now and (is_call(occurrence) or occurrence.cancelled):
            found.setdefault((source, calendar), {})[identity(occurrence)] = occurrence
    return Snapshot(found)


def cancelled_calls(before: Snapshot, after: Snapshot, cache: Cache, now: dt.datetime,
                    horizon: dt.timedelta) -> list[Occurrence]:
    """The calls of ``before`` that ``after`` no longer holds as calls, in calendars that synced well."""
    healthy = {(c.source, c.href) for c in cache.calendars() if c.status is CalendarStatus.OK}
    cancelled, missing = [], []
    for calendar, calls in before.calls.items():
        if calendar not in healthy:
            continue
        now_there = after.calls.get(calendar, {})
        for ident, occurrence in calls.items():
            if not is_call(occurrence):
                continue  # it was cancelled already before this sync
            kept = now_there.get(ident)
            if kept is None:
                missing.append((calendar, ident, occurrence))
            elif kept.cancelled:
                cancelled.append(occurrence)
    if missing:
        cancelled.extend(_really_gone(missing, cache, now, horizon))
    return cancelled


def _really_gone(missing: list[tuple[tuple[str, str], Identity, Occurrence]], cache: Cache, now: dt.datetime,
                 horizon: dt.timedelta) -> list[Occurrence]:
    """Of the calls no longer in the days ahead, those not moved: a single event whose UID is still
    in its calendar, or an instance still there beyond the horizon, moved."""
    uids = {ident[0] for _c, ident, _o in missing}
    still: set[tuple[tuple[str, str], str]] = set()  # (calendar, UID) of single events still there
    instances: set[tuple[tuple[str, str], Identity]] = set()
    for source, href, occurrence in cache.occurrences(now - dt.timedelta(days=1), now + horizon + _YEAR):
        if occurrence.uid in uids and not occurrence.cancelled:
            still.add(((source, href), occurrence.uid))
            instances.add(((source, href), identity(occurrence)))
    gone = []
    for calendar, ident, occurrence in missing:
        moved = (calendar, ident) in instances if ident[1] is not None else (calendar, ident[0]) in still
        if not moved:
            gone.append(occurrence)
    return gone


_YEAR = dt.timedelta(days=366)
