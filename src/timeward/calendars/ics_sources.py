"""Reading .ics data straight from files or URLs given by the user (``--ics``).

Only http(s) and webcal (read as https) URLs are fetched, with TLS verified, a timeout and a size
cap; ``file:`` and UNC paths given as URLs are refused. A plain path names a local file.
"""

from __future__ import annotations

import datetime as dt
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path

from timeward import APP_NAME, __version__
from timeward.calendars.errors import CalendarDataError
from timeward.calendars.ics import CalendarRead, read_calendar, start_order
from timeward.calendars.problems import ReadProblem

MAX_FEED_BYTES = 20 * 1024 * 1024
TIMEOUT_SECONDS = 30


class SourceError(Exception):
    """A source could not be read at all; the message names it and says why."""


def display_name(source: str) -> str:
    """A name for messages: the file name, or the URL's host and path without any query (tokens)."""
    parsed = urllib.parse.urlsplit(source)
    if parsed.scheme.lower() in ("http", "https", "webcal"):
        return f"{parsed.hostname or ''}{parsed.path}"
    return Path(source).name or source


def _is_url(source: str) -> bool:
    return "://" in source or source.startswith("\\\\")


def fetch(source: str) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and the charset its server declared, or :class:`SourceError`."""
    if not _is_url(source):
        try:
            return Path(source).expanduser().read_bytes(), None
        except OSError as error:
            raise SourceError(f"{source}: {error.strerror or error}") from error
    parsed = urllib.parse.urlsplit(source)
    scheme = parsed.scheme.lower()
    if scheme == "webcal":
        parsed = parsed._replace(scheme="https")
    elif scheme not in ("http", "https"):
        raise SourceError(f"{display_name(source)}: only https, http and webcal addresses can be subscribed to")
    request = urllib.request.Request(urllib.parse.urlunsplit(parsed),
                                     headers={"User-Agent": f"{APP_NAME}/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            body = response.read(MAX_FEED_BYTES + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise SourceError(f"{display_name(source)}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise SourceError(f"{display_name(source)}: {reason}") from None
    if len(body) > MAX_FEED_BYTES:
        raise SourceError(f"{display_name(source)}: larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
    return body, charset


def read_sources(sources: Iterable[str], window: tuple[dt.datetime, dt.datetime], local_zone: dt.tzinfo,
                 me: Iterable[str] = ()) -> tuple[CalendarRead, list[str]]:
    """All occurrences of ``sources`` and the sources that failed (as one-line reasons)."""
    combined = CalendarRead()
    failures: list[str] = []
    mine = tuple(me)
    for source in sources:
        name = display_name(source)
        try:
            data, charset = fetch(source)
            read = read_calendar(data, window, local_zone, calendar=name, me=mine, charset=charset)
        except SourceError as error:
            failures.append(str(error))
            continue
        except CalendarDataError as error:
            failures.append(f"{name}: {error}")
            continue
        combined.occurrences.extend(read.occurrences)
        combined.problems.extend(read.problems)
    combined.occurrences.sort(key=start_order)
    return combined, failures


__all__ = ["ReadProblem", "SourceError", "display_name", "fetch", "read_sources"]
