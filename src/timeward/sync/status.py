"""How each configured source and its calendars stand: what ``calendars list`` prints and the sync
window shows, and the sync health the tray carries (fresh, or stale after three missed intervals).

Reads the configuration and the cache only: no network, no calendar stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from timeward.calendars.remote import mask_url
from timeward.storage import settings
from timeward.storage.cache import FILE_NAME, Cache, CacheError, SourceState
from timeward.storage.paths import AppPaths
from timeward.storage.sources import DEFAULT_INTERVAL_MINUTES, Source

#: The data is stale when no source has synced well for this many sync intervals.
STALE_AFTER_INTERVALS = 3
DEFAULT_INTERVAL = dt.timedelta(minutes=DEFAULT_INTERVAL_MINUTES)


def describe(sources: Iterable[Source], cache: Cache | None) -> list[dict[str, Any]]:
    """One JSON-ready row per source, with its calendars (the `calendars list --json` contract);
    without a cache (nothing synced yet) every source is new and has no calendars."""
    rows: list[dict[str, Any]] = []
    for source in sources:
        state = cache.source_state(source.id) if cache is not None else SourceState(source.id)
        rows.append({
            "id": source.id, "kind": source.kind, "name": source.label, "url": mask_url(source.url),
            "user": source.user or None, "interval_minutes": source.interval_minutes,
            "status": state.status, "error": state.error or None,
            "synced_at": state.synced_at.isoformat() if state.synced_at else None,
            "retry_at": state.retry_at.isoformat() if state.retry_at else None,
            "calendars": [{"href": c.href, "name": c.name, "colour": c.colour or None, "status": c.status,
                           "error": c.error or None, "guarded": source.guards(c.href)}
                          for c in (cache.calendars(source.id) if cache is not None else [])],
        })
    return rows


def read_rows(paths: AppPaths) -> tuple[list[dict[str, Any]], str]:
    """(the configured sources described from the cache, a problem reading them or "")."""
    sources = settings.load(paths.settings_file).sources  # what of the file cannot be used, the app says
    if not (paths.cache / FILE_NAME).exists():
        return describe(sources, None), ""
    try:
        with Cache.open_for_reading(paths.cache) as cache:
            return describe(sources, cache), cache.notice
    except CacheError as error:
        return [], str(error)


def last_good_sync(rows: list[dict[str, Any]]) -> dt.datetime | None:
    """The oldest of the sources' last good syncs: the data is only as fresh as that."""
    times = [row["synced_at"] for row in rows]
    if not times or None in times:
        return None
    return min(dt.datetime.fromisoformat(t) for t in times)


def is_stale(rows: list[dict[str, Any]], now: dt.datetime, interval: dt.timedelta = DEFAULT_INTERVAL) -> bool:
    """True when some source has had no good sync for STALE_AFTER_INTERVALS of its intervals
    (``interval`` where a row names none)."""
    for row in rows:
        if row["synced_at"] is None:
            return True
        minutes = row.get("interval_minutes")
        grace = (dt.timedelta(minutes=minutes) if minutes else interval) * STALE_AFTER_INTERVALS
        due = dt.datetime.fromisoformat(row["synced_at"])
        if row.get("status") == "ok" and row.get("retry_at"):  # a feed whose publisher asks for rarer refreshes
            due = max(due, dt.datetime.fromisoformat(row["retry_at"]))
        if now - due > grace:
            return True
    return False


def problems(rows: list[dict[str, Any]]) -> list[str]:
    """Each failing source's and calendar's error, named."""
    found = [f"{row['name']}: {row['error']}" for row in rows if row["error"]]
    for row in rows:
        found.extend(f"{row['name']} / {c['name']}: {c['error']}" for c in row["calendars"] if c["error"])
    return found
