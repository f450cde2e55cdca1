"""One sync of the user's sources into the cache: the one use case that fetches calendars.

Each source is synced on its own: a failure of one never stops the others and never removes
what the cache holds. A failure that may pass (timeouts, 5xx, 429) backs off with
jitter, honouring Retry-After; a rejected password pauses the source until the user
gives it again, with no retry loop. One broken event is skipped and reported by UID.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import random
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from timeward.calendars.folder import LocalFolder
from timeward.calendars.remote import FailureKind, RemoteFailure, mask_url
from timeward.calendars.source import ONE_CALENDAR
from timeward.domain import reasons
from timeward.storage.cache import Cache, CacheError, CalendarStatus, SourceState, SourceStatus, StoredObject
from timeward.storage.sources import Source
from timeward.sync.helper import ReadingHelper
from timeward.sync.reading import Reading, read_data
from timeward.sync.report import SourceReport, SyncReport, SyncStatus
from timeward.sync.window import ExpansionWindow

if TYPE_CHECKING:
    from timeward.calendars.source import CalendarSource, Downloaded, RemoteCalendar

logger = logging.getLogger(__name__)
MAX_BACKOFF = dt.timedelta(hours=6)
#: An account's list of calendars is read again this often (and on request); between, a sync
#: asks each known calendar for its changes only: one request when nothing changed.
LIST_EVERY = dt.timedelta(hours=1)
#: Kept as a CalDAV calendar's ctag where its server has none: no sync asks for one again until
#: the hourly deep sync.
NO_CTAG = "-"
#: Kept as the ctag where the server's change list (sync-collection) is asked first and alone: where
#: it answers "nothing changed" as cheaply as a ctag (chosen at the first sync, ``Changes.
#: change_list_first``), and where it sends no object data, so that a change must be downloaded
#: after it (Xandikos): asking for the ctag first would make one change cost three requests.
NO_CHANGE_DATA = "-no-data"
#: How much earlier than its interval a source is synced: the ticks of the tray's timer drift by seconds.
DUE_EARLY = dt.timedelta(seconds=30)


def backoff(failures: int, retry_after: float | None, rng: random.Random) -> dt.timedelta:
    """2, 4, 8… minutes with ±20 % jitter, at most MAX_BACKOFF, never shorter than Retry-After."""
    wait = min(dt.timedelta(minutes=2 ** min(failures, 10)), MAX_BACKOFF) * rng.uniform(0.8, 1.2)
    if retry_after:
        wait = max(wait, dt.timedelta(seconds=retry_after))
    return wait


class Syncer:
    """Syncs sources into one cache, reading events in ``zone`` for ``me``.

    ``open_source`` gives the adapter that reads a configured source (a ``CalendarSource``): by
    default its CalDAV account, subscription, local file or folder (``default_source``). Tests give
    it an in-memory source. ``before_write`` is called before a calendar's changes are written (a
    sync that changes nothing never calls it)."""

    def __init__(self, cache: Cache, zone: dt.tzinfo, me: Iterable[str] = (),
                 password_for: Callable[[Source], str | None] = lambda _s: None,
                 rng: random.Random | None = None,
                 open_source: Callable[[Source], CalendarSource] | None = None,
                 before_write: Callable[[], None] = lambda: None) -> None:
        self.cache = cache
        self.before_write = before_write  # called before a calendar's changes are written
        self.zone = zone
        self.me = tuple(me)
        self.password_for = password_for
        self.rng = rng or random.Random()
        self.window = ExpansionWindow(cache, zone, self.me)  # the days the cache holds occurrences for
        self.open_source = open_source or functools.partial(
            default_source, password_for=password_for,
            stored=lambda source: cache.object_data(source.id, ONE_CALENDAR, ONE_CALENDAR))

    # -- the window ---------------------------------------------------------------------------
    def ensure_window(self, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        """The cache's expansion window, moved on to today (the new day expanded; a new zone re-expands it)."""
        return self.window.for_sync(now)

    def _read(self, window: tuple[dt.datetime, dt.datetime], calendar: str,
              items: Sequence[tuple[str, str | None, bytes]], report: SourceReport,
              by_file: bool = False, helper: ReadingHelper | None = None) -> Iterator[StoredObject]:
        """The objects of ``items`` (href, etag, data) to store, each one's problems added to
        ``report`` under the calendar's name (``by_file``: the file's, its href). They are read
        as the caller takes them, so it can write each while the rest are read; a ``helper``
        process reads a share of them meanwhile."""
        read = functools.partial(read_data, window=window, zone=self.zone, me=self.me, calendar=calendar)
        if helper is None:
            readings: Iterable[tuple[Downloaded, Reading]] = ((item, read(item[2])) for item in items)
        else:
            readings = helper.read(items, (window, self.zone, self.me, calendar), read)
        return _kept(readings, report, None if by_file else calendar)

    # -- syncing -------------------------------------------------------------------------------
    def sync(self, sources: Iterable[Source], now: dt.datetime, force: bool = False,
             relist: bool = False, retry_failed: bool = False, due_only: bool = False) -> SyncReport:
        """Sync every source; ``force`` ignores backoff and paused states (a manual sync),
        ``relist`` reads each account's list of calendars even when it was read recently,
        ``retry_failed`` tries sources backing off after a failure now (the network came back),
        ``due_only`` (the tray's periodic sync) leaves out those whose interval has not passed."""
        report = SyncReport()
        for source in sources:
            try:
                report.sources.append(self.sync_source(source, now, force, relist, retry_failed, due_only))
            except CacheError:  # the cache, not the source: no other source could be written either
                raise
            except Exception as error:  # a fault of ours or of one source's data: that source's error only
                logger.debug("sync of %s failed", source.id, exc_info=True)  # the traceback for a developer
                label = shown_name(source)
                report.sources.append(SourceReport(source.id, label, SyncStatus.ERROR,
                                                   f"{label}: could not be synced ({type(error).__name__}: {error})"))
        return report

    def sync_source(self, source: Source, now: dt.datetime, force: bool = False,
                    relist: bool = False, retry_failed: bool = False, due_only: bool = False) -> SourceReport:
        state = self.cache.source_state(source.id)
        label = shown_name(source)
        if not force and state.status is SourceStatus.AUTH:
            return SourceReport(source.id, label, SyncStatus.AUTH, state.error or "the password was not accepted")
        backing_off = state.retry_at is not None and state.retry_at > now
        retrying = retry_failed and state.status is SourceStatus.ERROR
        if not force and backing_off and not retrying:
            assert state.retry_at is not None
            at = f"{state.retry_at.astimezone(self.zone):%H:%M}"
            reason = state.error or "the publisher asks for no refresh before then"
            return SourceReport(source.id, label, SyncStatus.WAITING, f"{reason} (next try at {at})")
        if due_only and not force and not retrying and not is_due(source, state, now):
            return SourceReport(source.id, label, SyncStatus.UNCHANGED, requests=0)
        try:
            listed_at = state.listed_at
            remote = self.open_source(source)
            relist = relist or listed_at is None or not listed_at <= now < listed_at + LIST_EVERY
            listed_at = now if relist else listed_at
            report = self._sync_calendars(source, remote, label, now, relist)
        except RemoteFailure as failure:
            return self._failed(source, label, state, failure, now)
        self.cache.save_source_state(SourceState(source.id, SourceStatus.OK, "", now, now, retry_at=report.not_before,
                                                 listed_at=listed_at))
        return report

    def _failed(self, source: Source, label: str, state: SourceState, failure: RemoteFailure,
                now: dt.datetime) -> SourceReport:
        failures = state.failures + 1
        retry_at: dt.datetime | None = None
        if failure.kind is FailureKind.AUTH:
            status = SyncStatus.AUTH
        elif failure.retryable:
            status, retry_at = SyncStatus.ERROR, now + backoff(failures, failure.retry_after, self.rng)
        else:
            status = SyncStatus.REFUSED if failure.kind is FailureKind.REFUSED else SyncStatus.ERROR
        message = str(failure)
        logger.warning("sync of %s failed: %s", source.id, message)
        kept = SourceStatus.AUTH if status is SyncStatus.AUTH else SourceStatus.ERROR
        self.cache.save_source_state(SourceState(source.id, kept, message, now, state.synced_at, failures, retry_at,
                                                 state.listed_at))
        return SourceReport(source.id, label, status, message, fingerprint=failure.fingerprint)

    def _sync_calendars(self, source: Source, opened: CalendarSource, label: str, now: dt.datetime,
                        relist: bool) -> SourceReport:
        """Each calendar of a source (an account's, or a folder's one) into the cache."""
        from timeward.calendars.source import RemoteCalendar

        report = SourceReport(source.id, label, SyncStatus.UNCHANGED)
        window = self.ensure_window(now)
        known = [c for c in self.cache.calendars(source.id) if c.status is not CalendarStatus.GONE]
        # A first sync's objects are read in two processes: the helper starts now, to be ready
        # when the answer comes (a calendar that appears later in the list is read here alone).
        # Not for a source of one calendar: a folder's files are read faster than a helper starts,
        # and a feed is one object.
        first = not opened.single_calendar and (not known or any(c.synced_at is None for c in known))
        with opened as remote, (ReadingHelper.start() if first else ReadingHelper(None)) as helper:
            cached = [RemoteCalendar(c.href, c.name, c.colour) for c in known]
            # A local source's one calendar costs nothing to list, and a folder that is gone then
            # fails the source, as an account that is gone does.
            listed = relist or not cached or source.is_local
            calendars = remote.calendars() if listed else cached
            for calendar in calendars:
                if listed:
                    self.cache.save_calendar_info(source.id, calendar.href, calendar.name, calendar.colour)
                self._sync_calendar(remote, source, calendar, window, now, report, deep=listed, helper=helper)
            if listed:
                self.cache.forget_calendars(source.id, [c.href for c in calendars])
            report.requests = remote.requests
        if (report.changed or report.deleted) and report.status != SyncStatus.ERROR:
            report.status = SyncStatus.OK
        return report

    def _sync_calendar(self, remote: CalendarSource, source: Source, calendar: RemoteCalendar,
                       window: tuple[dt.datetime, dt.datetime], now: dt.datetime, report: SourceReport,
                       deep: bool = False, helper: ReadingHelper | None = None) -> None:
        """One calendar's changes into the cache in one transaction; its own failures (gone,
        forbidden, bad data) are recorded on it, the account's (auth, network) are raised.

        An unchanged collection tag (ctag) ends the sync after one request. It is read before
        the changes are asked for, so a change made in between is only asked for twice. A
        ``deep`` sync (hourly, with the calendar list) asks for the changes anyway, so that a
        server whose ctag fails to change cannot hide them for longer."""
        state = self.cache.calendar(source.id, calendar.href)
        stored: list[StoredObject] = []
        ctag = state.etag if state else None
        try:
            if state is None or state.synced_at is None:  # a first sync: every object in one query
                loading = threading.Thread(target=_load_parser, name="load-parser", daemon=True)
                loading.start()
                changes = remote.everything(calendar.href)
                loading.join()
                ctag = NO_CHANGE_DATA if changes.change_list_first else None
            else:
                if ctag != NO_CHANGE_DATA and (deep or ctag != NO_CTAG):
                    ctag = remote.ctag(calendar.href) or NO_CTAG
                    if not deep and ctag != NO_CTAG and ctag == state.etag:
                        self.cache.touch_calendar(source.id, calendar.href, now)
                        return
                changes = remote.changes(calendar.href, state.sync_token,
                                         self.cache.object_etags(source.id, calendar.href))
            if changes.wanted and not changes.full_listing:  # a change list without the data: no ctag again
                ctag = NO_CHANGE_DATA
            report.problems.extend(changes.problems)
            if changes.refresh_seconds:  # REFRESH-INTERVAL / X-PUBLISHED-TTL: scheduled syncs never poll sooner
                report.not_before = now + dt.timedelta(seconds=changes.refresh_seconds)
            if state is not None and state.synced_at is not None and not (
                    changes.changed or changes.wanted or changes.deleted) and (changes.sync_token, ctag) == (
                    state.sync_token, state.etag):
                self.cache.touch_calendar(source.id, calendar.href, now)  # nothing to write
                return
            by_object = remote.problems_by_object
            if changes.wanted:  # each batch is read while the next one downloads
                for batch in itertools.chain([changes.changed], remote.download(calendar.href, changes.wanted)):
                    stored.extend(self._read(window, calendar.name, batch, report, by_file=by_object))
        except RemoteFailure as failure:
            if remote.single_calendar or failure.kind in (FailureKind.AUTH, FailureKind.TLS) or failure.retryable:
                raise  # the whole source fails
            gone = failure.kind is FailureKind.GONE
            self.cache.mark_calendar(source.id, calendar.href, CalendarStatus.GONE if gone else CalendarStatus.ERROR,
                                     str(failure), now)
            report.problems.append(str(failure))
            if not gone:  # a refused or unusable answer is a failure, never "unchanged"
                report.status, report.message = SyncStatus.ERROR, str(failure)
            return
        # What came with the answer (all of a first sync) is read while it is written.
        arrived = self._read(window, calendar.name, () if changes.wanted else changes.changed, report,
                             by_file=by_object, helper=helper if changes.full_listing else None)
        self.before_write()
        report.changed += self.cache.apply_changes(source.id, calendar.href, itertools.chain(stored, arrived),
                                                   changes.deleted, now, sync_token=changes.sync_token, etag=ctag,
                                                   window=window)
        report.deleted += len(changes.deleted)


def is_due(source: Source, state: SourceState, now: dt.datetime) -> bool:
    """Whether a periodic sync should sync ``source`` now: a network source once per its
    ``interval_minutes`` (a little early rather than a whole tick late: the tray's timer runs at the
    shortest interval of all), a local one always (reading it costs a look at its files), and one
    that failed as soon as its backoff has passed."""
    if source.is_local or state.attempted_at is None or state.status is SourceStatus.ERROR:
        return True
    return now >= state.attempted_at + dt.timedelta(minutes=source.interval_minutes) - DUE_EARLY


def default_source(source: Source, password_for: Callable[[Source], str | None],
                   stored: Callable[[Source], bytes | None] = lambda _s: None) -> CalendarSource:
    """The adapter for ``source``: its CalDAV account (with the password ``password_for`` gives),
    a local folder, or a subscription or single file (``stored`` gives the copy the cache holds)."""
    from pathlib import Path

    if source.kind == "caldav":
        from timeward.calendars.caldav_source import Account, CalDAVAccount

        password = password_for(source)
        if password is None:
            raise RemoteFailure("auth", reasons.about(shown_name(source), reasons.NO_PASSWORD_STORED))
        return CalDAVAccount(Account(source.url, source.user, password, source.auth, source.pinned_sha256,
                                     discover=False))
    if source.is_local and Path(source.url).expanduser().is_dir():
        return LocalFolder(source.url, shown_name(source))
    from timeward.calendars.feed import FeedSource

    return FeedSource(source.url, shown_name(source), source.pinned_sha256, local=source.is_local,
                      stored=lambda: stored(source))


def shown_name(source: Source) -> str:
    """The source as reports name it: its name, else its address with any secret token masked."""
    return source.name or mask_url(source.url)


def _kept(read: Iterable[tuple[tuple[str, str | None, bytes], Reading]], report: SourceReport,
          calendar: str | None) -> Iterator[StoredObject]:
    """The objects read (``((href, etag, data), reading)``) that are calendars; every problem goes
    to ``report``, named by ``calendar`` (None: by the object's href)."""
    for (href, etag, data), (span, occurrences, problems) in read:
        report.problems.extend(f"{href if calendar is None else calendar}: {problem}" for problem in problems)
        if occurrences is not None:
            yield StoredObject(href, etag, data, occurrences, span)


def _load_parser() -> None:
    """Import the calendar parser while the server prepares a first sync's answer (the process
    would otherwise wait for the one and then for the other)."""
    import dateutil.rrule  # noqa: F401

    import timeward.calendars.ics  # noqa: F401
