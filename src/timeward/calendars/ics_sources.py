"""Reading .ics data straight from files or URLs given by the user (``--ics``).

Only http(s) and webcal (read as https) URLs are fetched, with TLS verified, a timeout and a size
cap; ``file:`` and UNC paths given as URLs are refused. A plain path names a local file.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from collections.abc import Iterable
from pathlib import Path

from timeward.calendars.errors import CalendarDataError
from timeward.calendars.feed import MAX_FEED_BYTES
from timeward.calendars.ics import CalendarRead, read_calendar
from timeward.calendars.problems import ReadProblem
from timeward.domain.model import start_order


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
    """The bytes of ``source`` and the charset its server declared, or :class:`SourceError`. A URL
    is fetched as a subscription is (one HTTP path: deadline, size cap, no downgrading redirect);
    a file is read up to the same size (``/dev/zero`` is no calendar)."""
    if not _is_url(source):
        try:
            with Path(source).expanduser().open("rb") as file:
                body = file.read(MAX_FEED_BYTES + 1)
        except OSError as error:
            raise SourceError(f"{source}: {error.strerror or error}") from error
        if len(body) > MAX_FEED_BYTES:
            raise SourceError(f"{display_name(source)}: larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
        return body, None
    from timeward.calendars.feed import fetch_feed
    from timeward.calendars.remote import RemoteFailure

    try:
        answer = fetch_feed(source)
    except RemoteFailure as failure:
        raise SourceError(str(failure)) from None
    except ValueError as error:  # an address that cannot be read (http://[::1)
        raise SourceError(f"{display_name(source)}: not a valid address ({error})") from None
    return answer.body, answer.charset


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
    combined.occurrences.sort(key=start_order(local_zone))
    return combined, failures


__all__ = ["ReadProblem", "SourceError", "display_name", "fetch", "read_sources"]
