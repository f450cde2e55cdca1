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
import urllib.error
import urllib.request
from dataclasses import dataclass

from timeward import APP_NAME, __version__
from timeward.calendars import deadline as deadlines
from timeward.calendars.remote import RemoteFailure, describe_network_error, feed_url, mask_url

TIMEOUT_SECONDS = 30
MAX_FEED_BYTES = 20 * 1024 * 1024
_TTL = re.compile(rb"^(?:REFRESH-INTERVAL[^:\r\n]*|X-PUBLISHED-TTL[^:\r\n]*):\s*(-?P[0-9WDTHMS]+)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class FeedAnswer:
    changed: bool
    body: bytes = b""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    min_interval_seconds: int | None = None  # the publisher's REFRESH-INTERVAL / X-PUBLISHED-TTL


class _NoDowngrade(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201 - urllib's signature
        if req.full_url.lower().startswith("https:") and newurl.lower().startswith("http:"):
            raise RemoteFailure("refused", f"{mask_url(req.full_url)}: redirected from https to plain http; refused")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


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
    ``pinned`` is the SHA-256 fingerprint of the one certificate the user chose to trust."""
    address = feed_url(url)
    shown = mask_url(address)
    headers = {"User-Agent": f"{APP_NAME}/{__version__}", "Accept": "text/calendar, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    handlers: list[urllib.request.BaseHandler] = [_NoDowngrade()]
    if pinned:
        from timeward.calendars.certificates import PinnedHTTPSHandler

        handlers.append(PinnedHTTPSHandler(pinned))
    opener = urllib.request.build_opener(*handlers)
    try:
        request = urllib.request.Request(address, headers=headers)
        with (deadlines.deadline(deadlines.LARGE_ANSWER_SECONDS),
              opener.open(request, timeout=timeout or TIMEOUT_SECONDS) as response):
            body = response.read(MAX_FEED_BYTES + 1)
            charset = response.headers.get_content_charset()
            answer_etag = response.headers.get("ETag")
            answer_modified = response.headers.get("Last-Modified")
    except deadlines.DeadlinePassed as passed:
        raise RemoteFailure("timeout", f"{shown}: the server sent no whole answer within {passed.seconds:.0f} s") \
            from None
    except urllib.error.HTTPError as error:
        error.close()
        if error.code == 304:
            return FeedAnswer(changed=False, etag=etag, last_modified=last_modified)
        raise _http_failure(shown, error.code, error.reason, error.headers.get("Retry-After")) from None
    except RemoteFailure:
        raise
    except urllib.error.URLError as error:
        cause = error.reason if isinstance(error.reason, BaseException) else error
        raise describe_network_error(shown, cause, address) from None
    except OSError as error:  # a timeout or a reset while reading the body
        raise describe_network_error(shown, error, address) from None
    if len(body) > MAX_FEED_BYTES:
        raise RemoteFailure("data", f"{shown}: larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
    return FeedAnswer(True, body, charset, answer_etag, answer_modified, publisher_interval(body))


def _http_failure(shown: str, code: int, reason: str, retry_after: str | None) -> RemoteFailure:
    if code in (429, 503):
        wait = _retry_after(retry_after)
        return RemoteFailure("rate", f"{shown}: the server asks to wait ({code})", retry_after=wait)
    if code >= 500:
        return RemoteFailure("server", f"{shown}: the server failed ({code} {reason})")
    if code == 401:
        return RemoteFailure("auth", f"{shown}: the feed asks for a password; use its secret address instead")
    if code == 403:
        return RemoteFailure("forbidden", f"{shown}: access denied (403)")
    if code in (404, 410):
        return RemoteFailure("gone", f"{shown}: the feed is no longer there ({code})")
    return RemoteFailure("data", f"{shown}: the server answered {code} {reason}")
