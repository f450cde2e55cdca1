"""Calendars held in memory, as a source (``calendars.source.CalendarSource``): the adapter the
contract tests and the sync's own tests use to run in milliseconds, without a server.

It behaves as a CalDAV server with sync tokens: every change raises a version, a token names a
version, and the changes since a token are the objects written or removed after it. ``with_data``
chooses a change list that carries the objects' data (as Radicale's) or only names them (as
Xandikos's), and ``change_list_first`` what a first sync's token would tell; ``fail`` makes the
next requests fail as a server or network would, and ``requests`` counts what a sync asked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from timeward.calendars.remote import RemoteFailure
from timeward.calendars.source import Changes, Downloaded, RemoteCalendar
from timeward.domain import reasons


@dataclass
class _Calendar:
    name: str
    objects: dict[str, tuple[str, bytes, int]] = field(default_factory=dict)  # href: etag, data, version
    removed: dict[str, int] = field(default_factory=dict)  # href: version it was removed at


class MemoryCalendars:
    """A source whose calendars live in this process; edit them with ``put`` and ``delete``."""

    problems_by_object = False
    single_calendar = False

    def __init__(self, with_data: bool = True, ctags: bool = True, change_list_first: bool = False) -> None:
        self.with_data = with_data
        self.ctags = ctags
        self.change_list_first = change_list_first  # as a real server's first sync tells by its token
        self.version = 0
        self.requests = 0
        self.failures: list[RemoteFailure] = []  # raised by the next requests, one each
        self._calendars: dict[str, _Calendar] = {}
        self.expired_tokens = False  # every token is refused (as a server that forgot them)

    # -- the source's side, as another client changes it -------------------------------------
    def add_calendar(self, href: str, name: str = "") -> None:
        self._calendars.setdefault(href, _Calendar(name or href.strip("/")))

    def remove_calendar(self, href: str) -> None:
        self._calendars.pop(href, None)

    def put(self, calendar: str, href: str, data: str | bytes) -> None:
        self.add_calendar(calendar)
        self.version += 1
        body = data.encode() if isinstance(data, str) else data
        self._calendars[calendar].objects[href] = (f'"{self.version}"', body, self.version)
        self._calendars[calendar].removed.pop(href, None)

    def delete(self, calendar: str, href: str) -> None:
        self.version += 1
        if self._calendars[calendar].objects.pop(href, None) is not None:
            self._calendars[calendar].removed[href] = self.version

    def fail(self, failure: RemoteFailure, times: int = 1) -> None:
        self.failures.extend([failure] * times)

    # -- the protocol ------------------------------------------------------------------------
    def __enter__(self) -> MemoryCalendars:
        return self

    def __exit__(self, *_exc: object) -> None:
        pass

    def _request(self, href: str | None = None) -> _Calendar | None:
        self.requests += 1
        if self.failures:
            raise self.failures.pop(0)
        if href is None:
            return None
        if href not in self._calendars:
            raise RemoteFailure("gone", reasons.about(href, reasons.NOT_FOUND))
        return self._calendars[href]

    def calendars(self) -> list[RemoteCalendar]:
        self._request()
        return [RemoteCalendar(href, calendar.name) for href, calendar in self._calendars.items()]

    def everything(self, href: str) -> Changes:
        calendar = self._request(href)
        assert calendar is not None
        return Changes(changed=[(h, etag, data) for h, (etag, data, _v) in calendar.objects.items()],
                       sync_token=str(self.version), full_listing=True, requests=1,
                       change_list_first=self.change_list_first)

    def ctag(self, href: str) -> str | None:
        calendar = self._request(href)
        assert calendar is not None
        if not self.ctags:
            return None
        return str(max([0, *(v for *_r, v in calendar.objects.values()), *calendar.removed.values()]))

    def changes(self, href: str, sync_token: str | None, known: dict[str, str | None]) -> Changes:
        calendar = self._request(href)
        assert calendar is not None
        if not sync_token or self.expired_tokens or not sync_token.isdigit():
            listed = Changes(sync_token=str(self.version), full_listing=True, requests=1, token_reset=bool(sync_token))
            for h, (etag, data, _v) in calendar.objects.items():
                if known.get(h) != etag:
                    listed.changed.append((h, etag, data))
            listed.deleted = sorted(set(known) - set(calendar.objects))
            return listed
        since = int(sync_token)
        changes = Changes(sync_token=str(self.version), requests=1)
        for h, (etag, data, version) in calendar.objects.items():
            if version > since:
                if self.with_data:
                    changes.changed.append((h, etag, data))
                else:
                    changes.wanted.append((h, etag))
        changes.deleted = sorted(h for h, version in calendar.removed.items() if version > since and h in known)
        return changes

    def download(self, href: str, wanted: list[tuple[str, str | None]]) -> Iterator[list[Downloaded]]:
        calendar = self._request(href)
        assert calendar is not None
        yield [(h, calendar.objects[h][0], calendar.objects[h][1]) for h, _etag in wanted if h in calendar.objects]
