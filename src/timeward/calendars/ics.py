"""iCalendar data to occurrences within a window.

The entry point is :func:`read_calendar`. It never raises for a broken *event*: each one is
skipped or flagged with a :class:`ReadProblem` naming the calendar, UID and reason, and the
others are still read. It raises :class:`CalendarDataError` only when the data as a whole is not
a calendar (empty, cut off, an HTML page), so that callers keep what they had.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import Calendar, Event

from timeward.calendars import people
from timeward.calendars.decode import decode_calendar
from timeward.calendars.durations import keep_raw_durations
from timeward.calendars.errors import CalendarDataError
from timeward.calendars.expand import Instance, Limits, SeriesExpander, TooManyInstances
from timeward.calendars.joinlinks import CONFERENCE_PROPERTIES, find_join_url
from timeward.calendars.problems import ReadProblem
from timeward.calendars.series import group_series, summary_of
from timeward.domain.model import Occurrence, Status, start_order

#: Longest text kept from a calendar: enough for any real agenda, bounded for hostile input.
MAX_SUMMARY = 2000
MAX_DESCRIPTION = 100_000


@dataclass(slots=True)
class CalendarRead:
    """What was read: occurrences sorted by start, and the problems met on the way."""

    occurrences: list[Occurrence] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    encoding: str = "utf-8"


def read_calendar(
    data: bytes,
    window: tuple[dt.datetime, dt.datetime],
    local_zone: dt.tzinfo,
    *,
    calendar: str = "",
    me: Iterable[str] = (),
    charset: str | None = None,
    limits: Limits | None = None,
) -> CalendarRead:
    """Occurrences of ``data`` that overlap ``window`` (aware datetimes)."""
    limits = limits or Limits()
    decoded = decode_calendar(data, charset)
    result = CalendarRead(encoding=decoded.encoding)
    result.problems.extend(ReadProblem(calendar, "", "", note, skipped=False) for note in decoded.notes)
    try:
        parsed = Calendar.from_ical(keep_raw_durations(without_known_timezones(decoded.text)))
    except Exception as error:  # icalendar raises ValueError and others for unreadable data
        raise CalendarDataError(f"the calendar cannot be read: {error}") from error
    x_wr = str(parsed.get("X-WR-TIMEZONE", "")).strip() or None
    cancel_all = str(parsed.get("METHOD", "")).strip().upper() == "CANCEL"
    expander = SeriesExpander(window, local_zone, x_wr, limits)
    mine = tuple(me)
    events = cast("list[Event]", parsed.walk("VEVENT"))
    for series in group_series(events, result.problems.append, calendar):
        if len(result.occurrences) >= limits.instances_per_calendar:
            reason = f"more than {limits.instances_per_calendar} occurrences in the window; the rest are left out"
            result.problems.append(ReadProblem(calendar, "", "", reason))
            break
        head = series.master or series.overrides[0]
        try:
            instances = list(expander.expand(series))
        except TooManyInstances as error:
            result.problems.append(ReadProblem(calendar, series.uid, summary_of(head), str(error)))
            continue
        except Exception as error:  # a library failure on one series must not sink the calendar
            reason = f"its repetition cannot be worked out ({type(error).__name__}: {error})"
            result.problems.append(ReadProblem(calendar, series.uid, summary_of(head), reason))
            continue
        result.occurrences.extend(
            _occurrence(series.uid, i, calendar, mine, cancel_all) for i in instances
        )
    result.occurrences.sort(key=start_order(local_zone))
    return result


_VTIMEZONE = re.compile(r"BEGIN:VTIMEZONE\r?\n(?:(?!END:VTIMEZONE).)*?^TZID:([^\r\n]+)\r?\n.*?END:VTIMEZONE\r?\n",
                        re.DOTALL | re.MULTILINE)


@functools.lru_cache(maxsize=256)
def _is_known_zone(name: str) -> bool:
    try:
        ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def without_known_timezones(text: str) -> str:
    """The text without VTIMEZONE definitions of IANA zones: icalendar resolves those TZIDs from
    zoneinfo whatever the definition says, so parsing them is wasted (a third of a typical
    object's lines). Definitions of other names (Outlook's, custom ones) are kept."""
    if "BEGIN:VTIMEZONE" not in text:
        return text
    return _VTIMEZONE.sub(lambda found: "" if _is_known_zone(found[1]) else found[0], text)


def _text(event: Event, name: str, limit: int) -> str:
    value = event.get(name)
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "").strip()[:limit]


def _description(plain: str, alternative: str) -> str:
    """The description as text: HTML (Google sends it in DESCRIPTION, Outlook in X-ALT-DESC) turned
    into lines; Outlook's HTML is preferred when it has a list its plain text may have flattened."""
    from timeward.calendars.html_text import html_to_text, looks_like_html

    if alternative and ("<li" in alternative.lower() or not plain) and looks_like_html(alternative):
        return html_to_text(alternative)[:MAX_DESCRIPTION]
    if looks_like_html(plain):
        return html_to_text(plain)[:MAX_DESCRIPTION]
    return plain


def _occurrence(uid: str, instance: Instance, calendar: str, me: tuple[str, ...], cancel_all: bool) -> Occurrence:
    event = instance.component
    status_text = str(event.get("STATUS", "")).strip().upper()
    status = Status(status_text) if status_text in Status.__members__ else Status.NONE
    if cancel_all:
        status = Status.CANCELLED
    conference = [
        str(v) for name in CONFERENCE_PROPERTIES
        for v in (event.get(name) if isinstance(event.get(name), list) else [event.get(name)]) if v
    ]
    raw_description = _text(event, "DESCRIPTION", MAX_DESCRIPTION)
    location = _text(event, "LOCATION", MAX_SUMMARY)
    return Occurrence(
        uid=uid,
        start=instance.start,
        end=instance.end,
        summary=_text(event, "SUMMARY", MAX_SUMMARY),
        calendar=calendar,
        recurrence_id=instance.recurrence_id,
        all_day=not isinstance(instance.start, dt.datetime),
        status=status,
        transparent=str(event.get("TRANSP", "")).strip().upper() == "TRANSPARENT",
        declined=people.declined_by(event, me),
        join_url=find_join_url(conference, _text(event, "URL", MAX_SUMMARY), location, raw_description),
        description=_description(raw_description, _text(event, "X-ALT-DESC", MAX_DESCRIPTION)),
        location=location,
        organizer=people.organizer(event),
        attendees=people.attendees(event),
        floating=instance.floating,
        notes=instance.notes,
        zone=_start_zone(event),
    )


def _start_zone(event: object) -> str:
    """The IANA zone of the event's DTSTART (the organizer's, as a rule), "" for floating times,
    dates and zones that are not IANA ones."""
    value = getattr(event.get("DTSTART"), "dt", None)  # type: ignore[attr-defined]
    key = getattr(getattr(value, "tzinfo", None), "key", None)
    return key if isinstance(key, str) and "/" in key and len(key) < 64 else ""
