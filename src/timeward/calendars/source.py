"""What a calendar source must do to be synced: the protocol every adapter implements.

A source holds one or more calendars (collections of objects, each an iCalendar object with an
ETag). The sync asks it for its calendars, for every object of a calendar on the first sync, then
for what changed since the state it kept (a sync token, and the ETags the cache holds), and
downloads what a change list named without its data. A failure is a ``RemoteFailure`` of a known
kind (``calendars/remote.py``): the sync decides what it means (backoff, a paused account, one
calendar marked). Adapters: ``caldav_source.CalDAVAccount`` (CalDAV accounts), ``feed.FeedSource`` (a
subscription or a local .ics file: one object), ``folder.LocalFolder`` (a folder of .ics files as
one calendar) and ``memory.MemoryCalendars`` (in memory, for tests).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

Downloaded = tuple[str, str | None, bytes]  # href, etag, data
#: The one calendar of a feed, a file or a folder in the cache (and a feed's one object in it).
ONE_CALENDAR = "feed"


@dataclass(frozen=True, slots=True)
class RemoteCalendar:
    href: str
    name: str
    colour: str = ""
    has_events: bool = True


@dataclass(slots=True)
class Changes:
    """What differs between the source and the cache for one calendar."""

    changed: list[Downloaded] = field(default_factory=list)  # href, etag, data (sent along)
    wanted: list[tuple[str, str | None]] = field(default_factory=list)  # href, etag: to download
    deleted: list[str] = field(default_factory=list)
    sync_token: str | None = None
    full_listing: bool = False  # every object was listed (first sync, or no usable token)
    token_reset: bool = False  # a token was answered with a full listing (a server that resets tokens)
    requests: int = 0
    problems: list[str] = field(default_factory=list)  # objects that could not be read (kept as they were)
    refresh_seconds: int | None = None  # the publisher asks for no refresh sooner (a feed's REFRESH-INTERVAL)
    #: The server's change list alone answers "nothing changed" as cheaply as its ctag would, and
    #: brings a change (or names it, for one download) in the same round: later syncs ask it first.
    change_list_first: bool = False


class CalendarSource(Protocol):
    """A source the sync can read: used as a context manager, one sync at a time."""

    #: Requests made so far (0 for a source on this machine).
    requests: int
    #: Whether a problem names the object (a file) rather than the calendar it is in.
    problems_by_object: bool
    #: Whether every failure is the whole source's (a feed, a folder: one calendar), never one
    #: calendar's among others (an account's calendar that is gone or forbidden).
    single_calendar: bool

    def __enter__(self) -> CalendarSource: ...

    def __exit__(self, *_exc: object) -> None: ...

    def calendars(self) -> list[RemoteCalendar]:
        """The source's calendars that can hold events."""
        ...

    def everything(self, href: str) -> Changes:
        """A first sync of calendar ``href``: every object with its data (or to download), and
        the state to ask for changes from, read before the objects so no change is missed."""
        ...

    def ctag(self, href: str) -> str | None:
        """A tag that changes whenever calendar ``href`` does, or None where there is none."""
        ...

    def changes(self, href: str, sync_token: str | None, known: dict[str, str | None]) -> Changes:
        """What changed in calendar ``href`` since ``sync_token``, against the ``known`` ETags."""
        ...

    def download(self, href: str, wanted: list[tuple[str, str | None]]) -> Iterator[list[Downloaded]]:
        """The ``wanted`` objects, in batches (one that vanished meanwhile is left out)."""
        ...


class OneCalendar(ABC):
    """What a source with one calendar whose changes arrive with their data (a feed, a folder)
    shares: no requests of its own to list it, no tag, nothing to download. A subclass gives
    ``label`` and ``changes``; ``requests`` counts what it asked."""

    problems_by_object = False
    single_calendar = True
    href = ONE_CALENDAR
    label = ""
    requests = 0

    def __enter__(self) -> OneCalendar:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None  # nothing held open between requests

    def calendars(self) -> list[RemoteCalendar]:
        return [RemoteCalendar(self.href, self.label)]

    def everything(self, href: str) -> Changes:
        return self.changes(href, None, {})

    def ctag(self, href: str) -> str | None:
        return None  # asking for the changes costs what a tag would

    @abstractmethod
    def changes(self, href: str, sync_token: str | None, known: dict[str, str | None]) -> Changes:
        """What changed since ``sync_token``, against the ``known`` ETags (its data comes along)."""

    def download(self, href: str, wanted: list[tuple[str, str | None]]) -> Iterator[list[Downloaded]]:
        return iter(())  # every change arrives with its data
