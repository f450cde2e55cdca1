"""Follow-up drafts after a call, and the polite note after a no-show.

A follow-up says what it will cover, covers it (what was settled, then each remaining item with a
proposed next step), and ends by repeating the essentials; one meeting per mail. Its subject names
the meeting and its date in full words, so the client can find it later. It goes to the attendees
who are not the user, else to the organizer: addresses come only from ORGANIZER/ATTENDEE, never
from description text, and only valid ones.

The words come from a per-language template (:class:`FollowupBook`), which the user may override.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeward.domain.checklist import Checklist
from timeward.domain.mail import Draft, valid_address
from timeward.domain.model import Occurrence, Person
from timeward.domain.phrases import TemplateProblem, check_templates

if TYPE_CHECKING:
    from timeward.domain.guard import CallOutcome

#: The keys of a follow-up template file and the placeholders each may use.
REQUIRED: dict[str, set[str]] = {
    "date": {"day", "month", "year"},
    "subject": {"meeting", "date"},
    "greeting": {"names"},
    "greeting_anonymous": set(),
    "opening": {"meeting", "date"},
    "opening_earlier": {"meeting", "date"},
    "settled_heading": set(),
    "remaining_heading": set(),
    "next_steps": set(),
    "closing": {"settled", "remaining"},
    "closing_all_settled": {"settled"},
    "closing_nothing_settled": {"remaining"},
    "closing_no_agenda": set(),
    "signoff": set(),
    "and": set(),
    "no_show_subject": {"meeting", "date"},
    "no_show_body": {"minutes", "meeting", "time", "date"},
    "policy": {"policy"},
    "cancelled_subject": {"meeting", "date"},
    "cancelled_body": {"meeting", "time", "date"},
}
#: At most this many agenda items go into a draft; the rest are counted.
MAX_DRAFT_ITEMS = 20


@dataclass(frozen=True, slots=True)
class FollowupBook:
    language: str
    templates: Mapping[str, str]
    months: tuple[str, ...]
    year_offset: int = 0  # Thai dates count years from the Buddhist era (+543)

    def text(self, key: str, **values: object) -> str:
        return string.Template(self.templates[key]).safe_substitute({k: str(v) for k, v in values.items()})

    def counted(self, key: str, count: int, **values: object) -> str:
        """``key``'s text for ``count`` of something: its ``.one`` form for one, where the language
        has one ("1 minute", not "1 minutes")."""
        one = f"{key}.one"
        return self.text(one if count == 1 and one in self.templates else key, **values)

    def date(self, day: dt.date) -> str:
        """A date in full words: "14 October 2026", "14 tháng 10 năm 2026"."""
        return self.text("date", day=day.day, month=self.months[day.month - 1], year=day.year + self.year_offset)

    def joined(self, parts: list[str]) -> str:
        """"A, B and C" in this language."""
        if len(parts) <= 1:
            return "".join(parts)
        return ", ".join(parts[:-1]) + self.templates["and"] + parts[-1]


def followup_book(language: str, data: Mapping[str, object]) -> FollowupBook:
    """A :class:`FollowupBook` from a template file's data, or :class:`TemplateProblem`."""
    templates = {k: v for k, v in data.items() if k not in ("months", "year_offset")}
    check_templates(templates, REQUIRED, "template")
    months = data.get("months")
    if not (isinstance(months, list) and len(months) == 12 and all(isinstance(m, str) and m for m in months)):
        raise TemplateProblem("'months' must list the twelve month names")
    offset = data.get("year_offset", 0)
    if not isinstance(offset, int) or isinstance(offset, bool):
        raise TemplateProblem("'year_offset' must be a whole number")
    return FollowupBook(language, templates, tuple(months), offset)  # type: ignore[arg-type]


def recipients(occurrence: Occurrence, me: Iterable[str]) -> tuple[Person, ...]:
    """The attendees who are not the user, else the organizer; valid addresses only, each once."""
    mine = {m.strip().lower() for m in me}
    others = [p for p in occurrence.attendees if p.email not in mine]
    if not others and occurrence.organizer is not None and occurrence.organizer.email not in mine:
        others = [occurrence.organizer]
    seen: dict[str, Person] = {}
    for person in others:
        if valid_address(person.email) and person.email not in seen:
            seen[person.email] = person
    return tuple(seen.values())


def _first_name(person: Person) -> str:
    name = " ".join(person.name.split())
    return name.split(" ")[0] if name and "@" not in name else ""


def _local_day(occurrence: Occurrence, zone: dt.tzinfo) -> dt.date:
    start = occurrence.start
    return start.astimezone(zone).date() if isinstance(start, dt.datetime) else start


def _items(items: Iterable[str]) -> list[str]:
    listed = list(items)
    shown = listed[:MAX_DRAFT_ITEMS]
    if len(listed) > MAX_DRAFT_ITEMS:
        shown.append(f"(+{len(listed) - MAX_DRAFT_ITEMS})")
    return shown


def followup_draft(occurrence: Occurrence, checklist: Checklist, book: FollowupBook, zone: dt.tzinfo,
                   me: Iterable[str] = (), today: dt.date | None = None) -> Draft:
    """The follow-up mail for ``occurrence``, given what of its agenda was covered. ``today`` (the
    user's) tells a call of today ("thank you for your time today") from an earlier one."""
    settled = _items(item.text for item in checklist.covered)
    remaining = _items(item.text for item in checklist.uncovered)
    earlier = today is not None and _local_day(occurrence, zone) < today

    def body(meeting: str, date: str) -> list[str]:
        lines = [book.text("opening_earlier" if earlier else "opening", meeting=meeting, date=date), ""]
        if settled:
            lines += [book.text("settled_heading"), *(f"- {item}" for item in settled), ""]
        if remaining:  # the next step is said once for the list, as a person writes it
            lines += [book.text("remaining_heading"), *(f"- {item}" for item in remaining),
                      book.counted("next_steps", len(remaining)), ""]
        if settled and remaining:
            closing = book.text("closing", settled=book.joined(settled), remaining=book.joined(remaining))
        elif settled:
            closing = book.text("closing_all_settled", settled=book.joined(settled))
        elif remaining:
            closing = book.text("closing_nothing_settled", remaining=book.joined(remaining))
        else:
            closing = book.text("closing_no_agenda")
        return [*lines, closing]

    return _mail(occurrence, book, zone, me, "subject", body)


def no_show_note(occurrence: Occurrence, waited: dt.timedelta, book: FollowupBook, zone: dt.tzinfo,
                 me: Iterable[str] = (), policy: str = "") -> Draft:
    """The polite note after waiting in vain: how long, an offer to find another time, and the
    user's late-cancellation policy line when one is set."""
    start = occurrence.start
    time = start.astimezone(zone).strftime("%H:%M") if isinstance(start, dt.datetime) else ""

    def body(meeting: str, date: str) -> list[str]:
        minutes = max(1, int(waited.total_seconds() // 60))
        lines = [book.counted("no_show_body", minutes, minutes=minutes, meeting=meeting, time=time, date=date)]
        if policy.strip():
            lines += ["", book.text("policy", policy=" ".join(policy.split()))]
        return lines

    return _mail(occurrence, book, zone, me, "no_show_subject", body)


def late_cancellation_note(occurrence: Occurrence, book: FollowupBook, zone: dt.tzinfo, me: Iterable[str] = (),
                           fee_line: str = "") -> Draft:
    """The note after a call was cancelled with less notice than the client's terms ask: it
    acknowledges the cancellation and, where the user set one, restates the fee line."""
    start = occurrence.start
    time = start.astimezone(zone).strftime("%H:%M") if isinstance(start, dt.datetime) else ""

    def body(meeting: str, date: str) -> list[str]:
        lines = [book.text("cancelled_body", meeting=meeting, time=time, date=date)]
        if fee_line.strip():
            lines += ["", book.text("policy", policy=" ".join(fee_line.split()))]
        return lines

    return _mail(occurrence, book, zone, me, "cancelled_subject", body)


def _mail(occurrence: Occurrence, book: FollowupBook, zone: dt.tzinfo, me: Iterable[str], subject: str,
          body: Callable[[str, str], list[str]]) -> Draft:
    """A mail to the other side of a call: greeting, ``body(meeting, date)``, sign-off."""
    meeting = meeting_name(occurrence)
    date = book.date(_local_day(occurrence, zone))
    return letter(occurrence, book, me, book.text(subject, meeting=meeting, date=date), body(meeting, date))


def meeting_name(occurrence: Occurrence) -> str:
    """The call's title as a mail names it: on one line, "—" when it has none."""
    return " ".join(occurrence.summary.split()) or "—"


def letter(occurrence: Occurrence, book: FollowupBook, me: Iterable[str], subject: str, lines: list[str]) -> Draft:
    """A mail to the other side of a call: greeting by first names, ``lines``, sign-off."""
    people = recipients(occurrence, me)
    names = [n for n in (_first_name(p) for p in people) if n]
    greeting = book.text("greeting", names=book.joined(names)) if names else book.text("greeting_anonymous")
    body = [greeting, "", *lines, "", book.text("signoff")]
    return Draft(tuple(p.email for p in people), subject, "\n".join(body), tuple(p.name for p in people))


__all__ = ["REQUIRED", "FollowupBook", "TemplateProblem", "followup_book", "followup_draft",
           "late_cancellation_note", "letter", "meeting_name", "no_show_note", "recipients"]


def draft_for(outcome: CallOutcome, checklist: Checklist, me: Iterable[str],
              now: dt.datetime) -> tuple[str, dt.timedelta | None] | None:
    """Which draft a call that ended is worth: ``("followup", None)``, or after a no-show
    ``("no_show", how long the user waited)``; None for a call that is not over, and for time
    with oneself (nobody to write to and nothing left open)."""
    from timeward.domain.phases import Phase

    if outcome.outcome not in (Phase.ENDED, Phase.NO_SHOW):
        return None
    occurrence = outcome.occurrence
    if not recipients(occurrence, me) and not checklist.items:
        return None
    if outcome.outcome is Phase.NO_SHOW:
        start = occurrence.starts_at(dt.UTC)
        return "no_show", max((outcome.ended_at or now) - start, dt.timedelta(0))
    return "followup", None
