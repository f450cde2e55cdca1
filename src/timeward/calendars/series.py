"""Grouping events into series by UID, with each broken event isolated.

A series is one UID's master plus its overrides, so one broken event never sinks the rest of the
calendar. An event whose time properties cannot be read is skipped with a reason. Duplicate UIDs
(RFC 5545 §3.8.4.7 is violated in the wild): copies that differ in SEQUENCE are versions of one
event and the highest wins; copies with the same SEQUENCE are different events and all are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import cast

from icalendar import Event
from icalendar.prop import vDDDTypes

from timeward.calendars.problems import ReadProblem

_TIME_PROPERTIES = {"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID"}


@dataclass(slots=True)
class Series:
    uid: str
    master: Event | None
    overrides: list[Event] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def components(self) -> list[Event]:
        return ([self.master] if self.master is not None else []) + self.overrides


def summary_of(event: Event) -> str:
    return str(event.get("SUMMARY", "")).strip()


def _sequence(event: Event) -> int:
    try:
        return int(event.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        return 0


def _uid(event: Event) -> str:
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    digest = hashlib.sha1(event.to_ical(), usedforsecurity=False).hexdigest()[:16]
    return f"no-uid-{digest}"


def _check(event: Event) -> str | None:
    """Why the event cannot be used, or None."""
    for name, message in event.errors:
        if name in _TIME_PROPERTIES:
            return f"{name} cannot be read ({message})"
    if "DTSTART" not in event:
        return "it has no start time (DTSTART)"
    try:
        start, end = event.start, event.end
    except Exception as error:  # icalendar raises several kinds for broken times
        return f"its times cannot be read ({error})"
    if type(start) is not type(end) and "DTEND" in event:
        return "its start and end are of different kinds (a date and a date-time)"
    try:
        ends_early = end < start
    except TypeError:
        return "its start and end cannot be compared (one has a time zone, the other none)"
    if ends_early:
        return "it ends before it starts"
    return None


def group_series(
    events: Iterable[Event], report: Callable[[ReadProblem], None], calendar: str = ""
) -> list[Series]:
    """Usable series of ``events``; every skipped event and duplicate is reported."""
    by_uid: dict[str, list[Event]] = {}
    for event in events:
        uid = _uid(event)
        reason = _check(event)
        if reason:
            report(ReadProblem(calendar, uid, summary_of(event), reason))
            continue
        by_uid.setdefault(uid, []).append(event)
    series: list[Series] = []
    for uid, group in by_uid.items():
        series.extend(_split(uid, group, report, calendar))
    return series


def _split(uid: str, group: list[Event], report: Callable[[ReadProblem], None], calendar: str) -> list[Series]:
    masters = [e for e in group if "RECURRENCE-ID" not in e]
    overrides = _latest_overrides([e for e in group if "RECURRENCE-ID" in e])
    notes = [
        f"ignored a line that cannot be read: {message}"
        for event in group
        for name, message in event.errors
        if name not in _TIME_PROPERTIES
    ]
    if len(masters) <= 1:
        return [Series(uid, masters[0] if masters else None, overrides, notes)]
    top = max(_sequence(m) for m in masters)
    kept = [m for m in masters if _sequence(m) == top]
    if len(kept) < len(masters):
        reason = f"{len(masters)} copies share this UID; the one with the highest SEQUENCE ({top}) is used"
        report(ReadProblem(calendar, uid, summary_of(kept[0]), reason, skipped=False))
    if len(kept) > 1:
        reason = f"{len(kept)} different events share this UID; all of them are kept"
        report(ReadProblem(calendar, uid, summary_of(kept[0]), reason, skipped=False))
    return [Series(uid, m, overrides if i == 0 else [], list(notes)) for i, m in enumerate(kept)]


def _latest_overrides(overrides: list[Event]) -> list[Event]:
    """One override per RECURRENCE-ID: the one with the highest SEQUENCE."""
    best: dict[str, Event] = {}
    for event in overrides:
        slot = cast("vDDDTypes", event["RECURRENCE-ID"]).to_ical().decode()
        if slot not in best or _sequence(event) >= _sequence(best[slot]):
            best[slot] = event
    return list(best.values())
