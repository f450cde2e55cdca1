"""The phrases the user says or sends, filled from per-language templates (``string.Template``).

Templates are content, not interface chrome: one file per language, which the user may override.
A key may have a ``.one`` variant used when the count is 1 (languages without plural forms
simply leave it out).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Mapping
from dataclasses import dataclass

#: Keys every phrase book must have, with the placeholders each may use.
REQUIRED = {
    "warning_topic_next": {"minutes", "topic", "next_title", "next_time"},
    "warning_topic": {"minutes", "topic"},
    "warning_next": {"minutes", "next_title", "next_time"},
    "warning": {"minutes"},
    "hours_days": {"first", "last", "opens", "closes"},
    "hours_day": {"day", "opens", "closes"},
    "hours_joiner": set(),
    "out_of_hours": {"hours"},
    "over_budget": {"used", "budget"},
    "flag_late_arrivals": {"wait_limit"},
    "flag_late_cancellations": {"notice", "fee"},
    "start_next": {"until"},
    "start": {"minutes"},
    "waiting": {"until", "minutes"},
    "before_subject": {"meeting", "day"},
    "before": {"day", "time", "zone", "minutes"},
    "before_agenda": set(),
    "before_terms": {"hours"},
}


class TemplateProblem(ValueError):
    """A template file is unusable; the message says which key and why."""


@dataclass(frozen=True, slots=True)
class PhraseBook:
    language: str
    templates: Mapping[str, str]

    def render(self, key: str, count: int | None = None, **values: object) -> str:
        text = self.templates.get(f"{key}.one") if count == 1 else None
        text = text or self.templates[key]
        return string.Template(text).safe_substitute({k: str(v) for k, v in values.items()})


def validate(language: str, templates: Mapping[str, str]) -> PhraseBook:
    """A :class:`PhraseBook`, or :class:`TemplateProblem` naming what is wrong."""
    check_templates(templates, REQUIRED, "phrase")
    return PhraseBook(language, dict(templates))


def check_templates(templates: Mapping[str, object], required: Mapping[str, set[str]], what: str) -> None:
    """:class:`TemplateProblem` when a required key is missing, a value is not text, or a
    placeholder is broken or unknown (``$$`` is a literal dollar)."""
    for key in required:
        if key not in templates:
            raise TemplateProblem(f"the {what} {key!r} is missing")
    for key, text in templates.items():
        base = key.removesuffix(".one")
        if base not in required and key in _NOT_TEMPLATES:
            continue
        if not isinstance(text, str):
            raise TemplateProblem(f"the {what} {key!r} is not text")
        allowed = required.get(base)
        try:
            names = set(string.Template(text).get_identifiers())
        except ValueError as error:
            raise TemplateProblem(f"the {what} {key!r} has a broken placeholder: {error}") from error
        if not string.Template(text).is_valid():
            raise TemplateProblem(f"the {what} {key!r} has a broken placeholder ('$' must be '$$')")
        if allowed is not None and not names <= allowed:
            unknown = ", ".join(sorted(names - allowed))
            raise TemplateProblem(f"the {what} {key!r} uses unknown placeholders: {unknown}")


#: Keys of a template file that hold data rather than text to fill (the names of the months).
_NOT_TEMPLATES = frozenset({"months", "weekdays"})


def hours_text(book: PhraseBook, runs: list[tuple[int, int, tuple[dt.time, dt.time]]]) -> str:
    """Working hours as a sentence states them: "Monday to Friday, 9:00 to 17:00"."""
    days = book.templates.get("weekdays")
    names = list(days) if isinstance(days, list) and len(days) == 7 else [str(n) for n in range(1, 8)]

    def time(value: dt.time) -> str:
        return f"{value.hour}:{value.minute:02d}"

    parts = [book.render("hours_day", day=names[first], opens=time(hours[0]), closes=time(hours[1]))
             if first == last else
             book.render("hours_days", first=names[first], last=names[last], opens=time(hours[0]),
                         closes=time(hours[1]))
             for first, last, hours in runs]
    return book.templates.get("hours_joiner", "; ").join(parts)


def out_of_hours_reply(book: PhraseBook, runs: list[tuple[int, int, tuple[dt.time, dt.time]]]) -> str:
    """The polite reply to a call booked outside the user's hours."""
    return book.render("out_of_hours", hours=hours_text(book, runs))


def over_budget_reply(book: PhraseBook, used: dt.timedelta, budget: dt.timedelta) -> str:
    """The polite reply to a call that would take a client past its monthly budget."""
    return book.render("over_budget", used=duration_text(used), budget=duration_text(budget))


def flag_phrase(book: PhraseBook, flag: str, wait_limit: dt.timedelta, notice: dt.timedelta, fee: str = "") -> str:
    """What to send a client the report flags: for late arrivals, or for late cancellations."""
    if flag == "late_cancellations":
        return book.render("flag_late_cancellations", notice=_number(notice.total_seconds() / 3600),
                           fee=" ".join(fee.split())).strip()
    return book.render("flag_late_arrivals", wait_limit=int(wait_limit.total_seconds() // 60))


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 1)


def duration_text(span: dt.timedelta) -> str:
    """"4 h 20 min", "6 h", "45 min"."""
    minutes = max(0, int(span.total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def warning_phrase(book: PhraseBook, minutes: int, topic: str | None,
                   next_title: str | None, next_time: str | None) -> str:
    """The sentence to say at the end-of-call warning."""
    minutes = max(minutes, 1)
    if topic and next_title:
        return book.render("warning_topic_next", minutes, minutes=minutes, topic=topic,
                           next_title=next_title, next_time=next_time or "")
    if topic:
        return book.render("warning_topic", minutes, minutes=minutes, topic=topic)
    if next_title:
        return book.render("warning_next", minutes, minutes=minutes, next_title=next_title,
                           next_time=next_time or "")
    return book.render("warning", minutes, minutes=minutes)
