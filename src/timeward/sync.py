"""One sync of the user's sources into the cache: the one use case that fetches calendars.

Each source is synced on its own: a failure of one never stops the others and never removes
what the cache holds (cases 25–31). A failure that may pass (timeouts, 5xx, 429) backs off with
jitter, honouring Retry-After (case 30); a rejected password pauses the source until the user
gives it again, with no retry loop (case 26). One broken event is skipped and reported by UID.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from timeward.calendars.errors import CalendarDataError
from timeward.calendars.feed import FeedAnswer
from timeward.calendars.ics import read_calendar
from timeward.calendars.remote import RemoteFailure, mask_url
from timeward.storage.cache import Cache, SourceState, StoredObject
from timeward.storage.sources import Source

logger = logging.getLogger(__name__)
#: Occurrences are expanded into the cache for this window around today; it moves once a day.
WINDOW_BEFORE = dt.timedelta(days=31)
WINDOW_AFTER = dt.timedelta(days=400)
MAX_BACKOFF = dt.timedelta(hours=6)
FEED_HREF = "feed"


@dataclass(slots=True)
class SourceReport:
    source: str
    label: str
    status: str  # ok | unchanged | error | auth | waiting | refused
    message: str = ""
    changed: int = 0
    deleted: int = 0
    requests: int = 0
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"source": self.source, "label": self.label, "status": self.status, "message": self.message,
                "changed": self.changed, "deleted": self.deleted, "requests": self.requests,
                "problems": self.problems}


@dataclass(slots=True)
class SyncReport:
    sources: list[SourceReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(r.status in ("ok", "unchanged", "waiting") for r in self.sources)


def expansion_window(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    day = now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return day - WINDOW_BEFORE, day + WINDOW_AFTER


def backoff(failures: int, retry_after: float | None, rng: random.Random) -> dt.timedelta:
    """2, 4, 8… minutes with ±20 % jitter, at most MAX_BACKOFF, never shorter than Retry-After."""
    wait = min(dt.timedelta(minutes=2 ** min(failures, 10)), MAX_BACKOFF) * rng.uniform(0.8, 1.2)
    if retry_after:
        wait = max(wait, dt.timedelta(seconds=retry_after))
    return wait


class Syncer:
    """Syncs sources into one cache, reading events in ``zone`` for ``me``."""

    def __init__(self, cache: Cache, zone: dt.tzinfo, me: Iterable[str] = (),
                 password_for: Callable[[Source], str | None] = lambda _s: None,
                 rng: random.Random | None = None) -> None:
        self.cache = cache
        self.zone = zone
        self.me = tuple(me)
        self.password_for = password_for
        self.rng = rng or random.Random()

    # -- the window ----------------------------------------------------------------------------
    def ensure_window(self, now: dt.datetime) -> None:
        """Re-expand every cached object when the day moved on or the zone changed."""
        window = expansion_window(now)
        if self.cache.expansion_window() == window and self.cache.expansion_zone() == str(self.zone):
            return
        names = {(c.source, c.href): c.name for c in self.cache.calendars()}
        updates = []
        for source, calendar, href, data in self.cache.all_objects():
            occurrences, _problems = self._read(data, window, names.get((source, calendar), ""))
            if occurrences is not None:
                updates.append((source, calendar, href, occurrences))
        self.cache.replace_occurrences(updates)  # one transaction, not one per object
        self.cache.set_expansion_window(window, str(self.zone))

    def _read(self, data: bytes, window: tuple[dt.datetime, dt.datetime], calendar: str,
              charset: str | None = None) -> tuple[list | None, list[str]]:
        try:
            read = read_calendar(data, window, self.zone, calendar=calendar, me=self.me, charset=charset)
        except CalendarDataError as error:
            return None, [str(error)]
        return read.occurrences, [str(p) for p in read.problems]

    # -- syncing -------------------------------------------------------------------------------
    def sync(self, sources: Iterable[Source], now: dt.datetime, force: bool = False) -> SyncReport:
        self.ensure_window(now)
        report = SyncReport()
        for source in sources:
            report.sources.append(self.sync_source(source, now, force))
        return report

    def sync_source(self, source: Source, now: dt.datetime, force: bool = False) -> SourceReport:
        state = self.cache.source_state(source.id)
        label = source.name or mask_url(source.url)
        if not force and state.status == "auth":
            return SourceReport(source.id, label, "auth", state.error or "the password was not accepted")
        if not force and state.retry_at is not None and state.retry_at > now:
            return SourceReport(source.id, label, "waiting",
                                f"{state.error} (next try at {state.retry_at.astimezone(self.zone):%H:%M})")
        try:
            if source.kind == "caldav":
                report = self._sync_caldav(source, label, now)
            else:
                report = self._sync_feed(source, label, now)
        except RemoteFailure as failure:
            return self._failed(source, label, state, failure, now)
        self.cache.save_source_state(SourceState(source.id, "ok", "", now, now))
        return report

    def _failed(self, source: Source, label: str, state: SourceState, failure: RemoteFailure,
                now: dt.datetime) -> SourceReport:
        failures = state.failures + 1
        if failure.kind == "auth":
            status, retry_at = "auth", None
        elif failure.retryable:
            status, retry_at = "error", now + backoff(failures, failure.retry_after, self.rng)
        else:
            status, retry_at = ("refused" if failure.kind == "refused" else "error"), None
        message = str(failure)
        logger.warning("sync of %s failed: %s", source.id, message)
        self.cache.save_source_state(SourceState(source.id, "auth" if status == "auth" else "error", message, now,
                                                 state.synced_at, failures, retry_at))
        return SourceReport(source.id, label, status, message)

    def _sync_caldav(self, source: Source, label: str, now: dt.datetime) -> SourceReport:
        from timeward.calendars.caldav_source import Account, CalDAVAccount

        password = self.password_for(source)
        if password is None:
            raise RemoteFailure("auth", f"{label}: no password is stored for this account")
        report = SourceReport(source.id, label, "unchanged")
        window = expansion_window(now)
        account = Account(source.url, source.user, password, source.auth, source.ca_file)
        with CalDAVAccount(account) as remote:
            calendars = remote.calendars()
            for calendar in calendars:
                self.cache.save_calendar_info(source.id, calendar.href, calendar.name, calendar.colour)
                state = self.cache.calendar(source.id, calendar.href)
                known = self.cache.object_etags(source.id, calendar.href)
                try:
                    changes = remote.changes(calendar.href, state.sync_token if state else None, known)
                except RemoteFailure as failure:
                    if failure.kind in ("auth",) or failure.retryable:
                        raise
                    self.cache.mark_calendar(source.id, calendar.href, "gone" if failure.kind == "gone" else "error",
                                             str(failure), now)
                    report.problems.append(str(failure))
                    continue
                stored = []
                for href, etag, data in changes.changed:
                    occurrences, problems = self._read(data, window, calendar.name)
                    report.problems.extend(f"{calendar.name}: {p}" for p in problems)
                    if occurrences is not None:
                        stored.append(StoredObject(href, etag, data, tuple(occurrences)))
                self.cache.apply_changes(source.id, calendar.href, stored, changes.deleted, now,
                                         sync_token=changes.sync_token)
                report.changed += len(stored)
                report.deleted += len(changes.deleted)
            self.cache.forget_calendars(source.id, [c.href for c in calendars])
            report.requests = remote.requests
        if report.changed or report.deleted:
            report.status = "ok"
        return report

    def _sync_feed(self, source: Source, label: str, now: dt.datetime) -> SourceReport:
        from timeward.calendars.feed import fetch_feed

        state = self.cache.calendar(source.id, FEED_HREF)
        if "://" in source.url or source.url.startswith("\\\\"):
            answer = fetch_feed(source.url, state.etag if state else None, state.last_modified if state else None)
        else:
            answer = read_file_feed(source.url, state.etag if state else None)
        report = SourceReport(source.id, label, "unchanged", requests=1)
        if not answer.changed:
            self.cache.touch_calendar(source.id, FEED_HREF, now)
            return report
        name = source.name or mask_url(source.url)
        occurrences, problems = self._read(answer.body, expansion_window(now), name, answer.charset)
        if occurrences is None:
            raise RemoteFailure("data", f"{label}: {problems[0] if problems else 'not a calendar'}")
        report.problems.extend(problems)
        self.cache.save_calendar_info(source.id, FEED_HREF, name, "")
        self.cache.apply_changes(source.id, FEED_HREF, [StoredObject(FEED_HREF, answer.etag, answer.body,
                                                                      tuple(occurrences))], [], now,
                                 etag=answer.etag, last_modified=answer.last_modified, replace_all=True)
        report.status, report.changed = "ok", 1
        return report


def read_file_feed(path: str, validator: str | None) -> FeedAnswer:
    """A local .ics file as a feed: unchanged while its size and modification time are."""
    from pathlib import Path

    file = Path(path)
    try:
        stat = file.stat()
        seen = f"{stat.st_mtime_ns}-{stat.st_size}"
        if seen == validator:
            return FeedAnswer(changed=False, etag=validator)
        return FeedAnswer(True, file.read_bytes(), etag=seen)
    except OSError as error:
        raise RemoteFailure("gone", f"{file.name}: {error.strerror or error}") from None
