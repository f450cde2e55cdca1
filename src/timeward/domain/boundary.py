"""Boundary language: the sentence to say or send at each moment of a call, from the phrase
templates — the day before (a reminder that states the time, the length and the terms), at the
start (the end, said early), while waiting for a late client (how long the user still waits),
and for a booking outside working hours or past a monthly budget (``domain.phrases``).

Times are written in the zone the sentence is read in: the client's, when the invitation says
which (its DTSTART's zone), else the user's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from timeward.domain.followup import FollowupBook, letter, meeting_name
from timeward.domain.mail import Draft
from timeward.domain.model import Occurrence
from timeward.domain.phrases import PhraseBook

#: The moments a sentence exists for (``timeward phrase MOMENT``).
MOMENTS = ("before", "start", "waiting", "out-of-hours", "budget")
#: Another appointment that begins within this of a call's end makes the start sentence say so.
DEFAULT_BUFFER = dt.timedelta(minutes=30)


def clock_time(instant: dt.datetime, zone: dt.tzinfo) -> str:
    local = instant.astimezone(zone)
    return f"{local.hour}:{local.minute:02d}"


def _minutes(span: dt.timedelta) -> int:
    return max(1, round(span.total_seconds() / 60))


def start_sentence(book: PhraseBook, start: dt.datetime, end: dt.datetime, following: Occurrence | None,
                   zone: dt.tzinfo, buffer: dt.timedelta = DEFAULT_BUFFER) -> str:
    """What to say as the call begins: the end, and why it holds when another appointment follows
    within ``buffer`` of it; else the length, neutrally."""
    follows = (following is not None and isinstance(following.start, dt.datetime)
               and dt.timedelta(0) <= following.start - end <= buffer)
    if follows:
        return book.render("start_next", until=clock_time(end, zone))
    minutes = _minutes(end - start)
    return book.render("start", minutes, minutes=minutes)


def waiting_sentence(book: PhraseBook, wait_limit_at: dt.datetime, now: dt.datetime, zone: dt.tzinfo) -> str:
    """What to send a client who has not joined: until when the user waits, and what then."""
    left = _minutes(wait_limit_at - now) if wait_limit_at > now else 0
    return book.render("waiting", left, until=clock_time(wait_limit_at, zone), minutes=left)


@dataclass(frozen=True, slots=True)
class Terms:
    """What a client agreed to, for the day-before reminder: the notice a cancellation needs, and
    the fee line (either may be absent)."""

    notice: dt.timedelta | None = None
    fee_line: str = ""


def before_sentences(book: PhraseBook, occurrence: Occurrence, items: Sequence[str], zone: dt.tzinfo,
                     day_name: str, terms: Terms) -> list[str]:
    """The body of the day-before reminder: when and how long, the agenda, and the terms."""
    assert isinstance(occurrence.start, dt.datetime) and isinstance(occurrence.end, dt.datetime)
    minutes = _minutes(occurrence.end - occurrence.start)
    lines = [book.render("before", minutes, day=day_name, time=clock_time(occurrence.start, zone),
                         zone=_zone_name(zone), minutes=minutes)]
    if items:
        lines += ["", book.render("before_agenda"), *(f"- {item}" for item in items)]
    if terms.notice is not None and terms.notice > dt.timedelta(0):
        hours = terms.notice.total_seconds() / 3600
        lines += ["", book.render("before_terms", hours=int(hours) if hours.is_integer() else round(hours, 1))]
        if terms.fee_line:
            lines[-1] += " " + " ".join(terms.fee_line.split())
    return lines


def day_name(phrases: PhraseBook, mail: FollowupBook, day: dt.date) -> str:
    """"Tuesday 24 November 2026", in the phrases' language."""
    names = phrases.templates.get("weekdays")
    weekday = names[day.weekday()] if isinstance(names, list) and len(names) == 7 else ""
    return f"{weekday} {mail.date(day)}".strip()


def before_reminder(occurrence: Occurrence, items: Sequence[str], phrases: PhraseBook, mail: FollowupBook,
                    zone: dt.tzinfo, me: Sequence[str], terms: Terms) -> Draft:
    """The reminder to send the other side ahead of a call: greeting, when and how long, the
    agenda, the terms, sign-off; the time in the invitation's zone (the client's), else ``zone``.
    ``mail`` is of the phrases' language, so the mail is in one language."""
    assert isinstance(occurrence.start, dt.datetime)
    zone = reading_zone(occurrence, zone)
    day = day_name(phrases, mail, occurrence.start.astimezone(zone).date())
    subject = phrases.render("before_subject", meeting=meeting_name(occurrence), day=day)
    return letter(occurrence, mail, me, subject, before_sentences(phrases, occurrence, items, zone, day, terms))


def reading_zone(occurrence: Occurrence, fallback: dt.tzinfo) -> dt.tzinfo:
    """The zone a sentence for the other side is written in: the invitation's, else ``fallback``."""
    if occurrence.zone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return ZoneInfo(occurrence.zone)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return fallback


def _zone_name(zone: dt.tzinfo) -> str:
    return str(getattr(zone, "key", None) or zone)
