"""ICS subscriptions (webcal/https feeds): one conditional GET per sync.

The validators of the last answer (ETag, Last-Modified) go with the request, so an unchanged feed
costs one small 304. Redirects are followed, but never from https down to http. A body that is
not a calendar (an HTML login page, nothing, a cut-off file) is a failure that keeps the cache.
``REFRESH-INTERVAL`` / ``X-PUBLISHED-TTL`` are read so that the feed is never polled
more often than its publisher asks.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeward import APP_NAME, __version__
from timeward.calendars import deadline as deadlines
from timeward.calendars.decode import check_complete, decode_text
from timeward.calendars.errors import CalendarDataError
from timeward.calendars.remote import RemoteFailure, describe_network_error, feed_url, mask_url, read_capped
from timeward.calendars.source import ONE_CALENDAR, Changes, OneCalendar
from timeward.domain import reasons

TIMEOUT_SECONDS = 30
MAX_FEED_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 10
_TTL = re.compile(rb"^(?:REFRESH-INTERVAL[^:\r\n]*|X-PUBLISHED-TTL[^:\r\n]*):\s*(-?P[0-9WDTHMS]+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FeedAnswer:
    changed: bool
    body: bytes = b""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    min_interval_seconds: int | None = None  # the publisher's REFRESH-INTERVAL / X-PUBLISHED-TTL


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    parsed = email.utils.parsedate_to_datetime(value)
    return max(0.0, parsed.timestamp() - time.time()) if parsed else None


def publisher_interval(body: bytes) -> int | None:
    """The feed's own minimum refresh interval in seconds, when it states one."""
    from timeward.calendars.span import duration_of

    match = _TTL.search(body[:65536])
    length = duration_of(match.group(1)) if match else None  # a negative one is no interval
    if not length:
        return None
    return int(length.total_seconds()) or None


def fetch_feed(url: str, etag: str | None = None, last_modified: str | None = None,
               timeout: float | None = None, pinned: str = "") -> FeedAnswer:
    """The feed if it changed since the validators given, else ``FeedAnswer(changed=False)``.
    ``pinned`` is the SHA-256 fingerprint of the one certificate the user chose to trust. The
    request goes through niquests, the HTTP stack the CalDAV accounts use, with the same pin check."""
    import niquests

    from timeward.calendars.certificates import niquests_verify

    address = feed_url(url)
    shown = mask_url(address)
    headers = {"User-Agent": f"{APP_NAME}/{__version__}", "Accept": "text/calendar, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with deadlines.deadline(deadlines.LARGE_ANSWER_SECONDS), niquests.Session() as session:
            response = _follow(session, address, shown, headers, timeout or TIMEOUT_SECONDS, niquests_verify(pinned))
            try:
                if response.status_code == 304:
                    return FeedAnswer(changed=False, etag=etag, last_modified=last_modified)
                if response.status_code >= 400:
                    raise _http_failure(shown, response.status_code, response.reason or "",
                                        response.headers.get("Retry-After"))
                body = read_capped(response.iter_content(1 << 16), MAX_FEED_BYTES)
            finally:
                response.close()
    except deadlines.DeadlinePassed as passed:
        raise RemoteFailure("timeout", reasons.about(shown, reasons.NO_WHOLE_ANSWER, seconds=round(passed.seconds))) \
            from None
    except RemoteFailure:
        raise
    except Exception as error:  # noqa: BLE001 - the HTTP stack's own errors, sorted by describe_network_error
        raise describe_network_error(shown, error, address) from None
    if len(body) > MAX_FEED_BYTES:
        raise RemoteFailure("data", reasons.about(shown, reasons.TOO_LARGE, size=MAX_FEED_BYTES // 2**20))
    return FeedAnswer(True, body, _charset(response.headers.get("Content-Type")), response.headers.get("ETag"),
                      response.headers.get("Last-Modified"), publisher_interval(body))


def _follow(session: Any, address: str, shown: str, headers: dict[str, str], timeout: float,
            verify: str | bool) -> Any:
    """The answer at ``address`` after its redirects (at most MAX_REDIRECTS), refusing one from
    https down to plain http; the body is not read yet."""
    from urllib.parse import urljoin

    for _hop in range(MAX_REDIRECTS + 1):
        response = session.get(address, headers=headers, timeout=timeout, verify=verify, allow_redirects=False,
                               stream=True)
        location = response.headers.get("Location")
        if response.status_code not in (301, 302, 303, 307, 308) or not location:
            return response
        response.close()
        following = urljoin(address, location)
        if address.lower().startswith("https:") and following.lower().startswith("http:"):
            raise RemoteFailure("refused", reasons.about(shown, reasons.FEED_TO_HTTP))
        address = following
    raise RemoteFailure("data", reasons.about(shown, reasons.TOO_MANY_REDIRECTS, count=MAX_REDIRECTS))


def _charset(content_type: str | None) -> str | None:
    """The charset a Content-Type header declares, or None."""
    from email.message import Message

    if not content_type:
        return None
    message = Message()
    message["Content-Type"] = content_type
    return message.get_content_charset()


def _http_failure(shown: str, code: int, reason: str, retry_after: str | None) -> RemoteFailure:
    if code in (429, 503):
        wait = _retry_after(retry_after)
        return RemoteFailure("rate", reasons.about(shown, reasons.ASKS_TO_WAIT, status=code), retry_after=wait)
    if code >= 500:
        return RemoteFailure("server", reasons.about(shown, reasons.SERVER_FAILED, status=f"{code} {reason}".strip()))
    if code == 401:
        return RemoteFailure("auth", reasons.about(shown, reasons.FEED_PASSWORD))
    if code == 403:
        return RemoteFailure("forbidden", reasons.about(shown, reasons.PERMISSION_DENIED))
    if code in (404, 410):
        return RemoteFailure("gone", reasons.about(shown, reasons.FEED_GONE, status=code))
    return RemoteFailure("data", reasons.about(shown, reasons.ANSWERED, status=f"{code} {reason}".strip()))


class FeedSource(OneCalendar):
    """A subscription (``url``) or a local .ics file as a source (``calendars.source.CalendarSource``)
    with one calendar of one object, the whole feed. Its ETag (or, for a file, its size and
    modification time) and Last-Modified, kept as the calendar's sync token, make the next fetch
    conditional. ``stored`` gives the copy the cache holds, whose refresh interval still counts
    when the publisher answers "not modified"."""

    def __init__(self, url: str, label: str, pinned: str = "", local: bool = False,
                 stored: Callable[[], bytes | None] = lambda: None) -> None:
        self.url = url
        self.label = label
        self.pinned = pinned
        self.local = local
        self.stored = stored
        self.requests = 0

    def changes(self, href: str, sync_token: str | None, known: dict[str, str | None]) -> Changes:
        self.requests += 1
        etag = known.get(ONE_CALENDAR)
        answer = read_file_feed(self.url, etag) if self.local else fetch_feed(self.url, etag, sync_token,
                                                                               pinned=self.pinned)
        if not answer.changed:
            data = self.stored()
            return Changes(sync_token=sync_token, refresh_seconds=publisher_interval(data) if data else None)
        body = _as_utf8(answer.body, answer.charset)
        try:
            check_complete(body)
        except CalendarDataError as error:  # an HTML login page, nothing, a cut-off file: the cache stays
            raise RemoteFailure("data", f"{self.label}: {error}") from None
        return Changes(changed=[(ONE_CALENDAR, answer.etag, body)], sync_token=answer.last_modified, full_listing=True,
                       refresh_seconds=answer.min_interval_seconds)


def _as_utf8(body: bytes, charset: str | None) -> bytes:
    """The body in UTF-8 where the answer declared another charset that reads it (the cache keeps
    objects without their answer's headers); else as it came (read later as UTF-8 or cp1252)."""
    if not charset or charset.lower().replace("-", "") == "utf8":
        return body
    text, encoding = decode_text(body, charset)
    return text.encode("utf-8") if encoding == charset.lower() else body


def read_file_feed(path: str, validator: str | None) -> FeedAnswer:
    """A local .ics file as a feed: unchanged while its size and modification time are; read no
    further than a subscription's body may be (``/dev/zero`` is no calendar)."""
    from pathlib import Path

    file = Path(path).expanduser()
    try:
        stat = file.stat()
        seen = f"{stat.st_mtime_ns}-{stat.st_size}"
        if seen == validator:
            return FeedAnswer(changed=False, etag=validator)
        with file.open("rb") as opened:
            body = opened.read(MAX_FEED_BYTES + 1)
    except OSError as error:
        raise RemoteFailure("gone", f"{file.name}: {error.strerror or error}") from None
    if len(body) > MAX_FEED_BYTES:
        raise RemoteFailure("data", reasons.about(file.name, reasons.TOO_LARGE, size=MAX_FEED_BYTES // 2**20))
    return FeedAnswer(True, body, etag=seen)
