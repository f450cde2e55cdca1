"""The per-client report: each client's figures over a period, from the meeting log's entries.

Minutes are whole minutes. A call counts when it was held; lateness runs from the scheduled start
to "they joined", overrun from the (extended) scheduled end to the call's end. A client is flagged
when, in the 30 days up to the period's end, three calls began late or two were cancelled late:
the pattern a freelancer should name to the client, politely, before it sets in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from timeward.domain.clients import ClientProfile
from timeward.domain.meeting_log import Followup, LogEntry, Outcome, whole_minutes

FLAG_WINDOW = dt.timedelta(days=30)
FLAG_LATE_ARRIVALS = 3
FLAG_LATE_CANCELLATIONS = 2


@dataclass(slots=True)
class ClientFigures:
    client: str
    calls: int = 0
    minutes: int = 0
    late_arrivals: int = 0
    lateness_minutes: int = 0
    overruns: int = 0
    overrun_minutes: int = 0
    no_shows: int = 0
    late_cancellations: int = 0
    cancellations: int = 0
    out_of_hours: int = 0
    followups_sent: int = 0
    budget_minutes: int | None = None  # the profile's monthly budget
    budget_used_minutes: int | None = None  # of it, used in the month the period ends in
    rate: float | None = None  # the profile's hourly rate
    flag: str = ""  # "late_arrivals" or "late_cancellations" when flagged

    @property
    def flagged(self) -> bool:
        return bool(self.flag)

    @property
    def average_lateness(self) -> float:
        return self.lateness_minutes / self.late_arrivals if self.late_arrivals else 0.0

    @property
    def worth(self) -> float | None:
        """What the hours held are worth at the profile's rate."""
        return None if self.rate is None else round(self.minutes / 60 * self.rate, 2)

    def as_json(self) -> dict[str, object]:
        return {"client": self.client, "calls": self.calls, "minutes": self.minutes,
                "late_arrivals": self.late_arrivals, "lateness_minutes": self.lateness_minutes,
                "overruns": self.overruns, "overrun_minutes": self.overrun_minutes, "no_shows": self.no_shows,
                "late_cancellations": self.late_cancellations, "cancellations": self.cancellations,
                "out_of_hours": self.out_of_hours, "followups_sent": self.followups_sent,
                "budget_minutes": self.budget_minutes, "budget_used_minutes": self.budget_used_minutes,
                "worth": self.worth, "flagged": self.flagged, "flag": self.flag or None}


def _add(figures: ClientFigures, entry: LogEntry) -> None:
    outcome = entry.outcome
    if outcome is Outcome.HELD:
        figures.calls += 1
        figures.minutes += whole_minutes(entry.held_for)
        if entry.late_arrival:
            figures.late_arrivals += 1
            figures.lateness_minutes += whole_minutes(entry.lateness)
        if entry.overran:
            figures.overruns += 1
            figures.overrun_minutes += whole_minutes(entry.overrun)
    elif outcome is Outcome.NO_SHOW:
        figures.no_shows += 1
    elif outcome is Outcome.LATE_CANCELLATION:
        figures.late_cancellations += 1
    elif outcome is Outcome.CANCELLED:
        figures.cancellations += 1
    if entry.out_of_hours:
        figures.out_of_hours += 1
    if entry.followup is Followup.SENT:
        figures.followups_sent += 1


def flag_of(entries: Iterable[LogEntry]) -> str:
    """"late_arrivals" or "late_cancellations" when these entries (one client's last 30 days) show
    the pattern, else ""."""
    late = cancelled = 0
    for entry in entries:
        late += entry.outcome is Outcome.HELD and entry.late_arrival
        cancelled += entry.outcome is Outcome.LATE_CANCELLATION
    if cancelled >= FLAG_LATE_CANCELLATIONS:
        return "late_cancellations"
    return "late_arrivals" if late >= FLAG_LATE_ARRIVALS else ""


def month_of(instant: dt.datetime, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The calendar month (in ``zone``) that holds ``instant``, as UTC instants [start, end)."""
    local = instant.astimezone(zone)
    first = dt.datetime(local.year, local.month, 1, tzinfo=zone)
    following = dt.datetime(local.year + local.month // 12, local.month % 12 + 1, 1, tzinfo=zone)
    return first.astimezone(dt.UTC), following.astimezone(dt.UTC)


def reach(start: dt.datetime, end: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """How far back a report of [start, end) reads the log: the period, the 30 days that decide
    the flag, and the month of ``end`` that the budget counts."""
    return min(start, end - FLAG_WINDOW, _month_ending(end, zone)[0])


def _month_ending(end: dt.datetime, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The month the period [.., end) ends in (``end`` itself is outside it)."""
    return month_of(end - dt.timedelta(microseconds=1), zone)


def build_report(entries: Iterable[LogEntry], start: dt.datetime, end: dt.datetime,
                 profiles: Iterable[ClientProfile], zone: dt.tzinfo) -> list[ClientFigures]:
    """One row per client with entries in [start, end), busiest first. ``entries`` may reach
    further back (the 30 days before ``end`` decide the flag; the month of ``end``, the budget)."""
    by_name: Mapping[str, ClientProfile] = {p.name: p for p in profiles}
    rows: dict[str, ClientFigures] = {}
    recent: dict[str, list[LogEntry]] = {}
    month_start, month_end = _month_ending(end, zone)
    used: dict[str, int] = {}
    for entry in entries:
        entry = entry.corrected()
        when = entry.scheduled_start
        if start <= when < end:
            _add(rows.setdefault(entry.client, ClientFigures(entry.client)), entry)
        if end - FLAG_WINDOW <= when < end:
            recent.setdefault(entry.client, []).append(entry)
        if month_start <= when < month_end:
            used[entry.client] = used.get(entry.client, 0) + whole_minutes(entry.held_for)
    for name, figures in rows.items():
        figures.flag = flag_of(recent.get(name, ()))
        profile = by_name.get(name)
        if profile is not None:
            figures.rate = profile.hourly_rate
            if profile.monthly_budget is not None:
                figures.budget_minutes = whole_minutes(profile.monthly_budget)
                figures.budget_used_minutes = used.get(name, 0)
    return sorted(rows.values(), key=lambda f: (-f.minutes, -f.calls, f.client.casefold()))


def budget_used(profile: ClientProfile, entries: Iterable[LogEntry], at: dt.datetime,
                zone: dt.tzinfo) -> dt.timedelta:
    """The time the log holds for the profile's client in the month of ``at`` (as corrected)."""
    first, following = month_of(at, zone)
    return sum((e.corrected().held_for for e in entries
                if e.client == profile.name and first <= e.scheduled_start < following), dt.timedelta(0))


def budget_left(profile: ClientProfile, entries: Iterable[LogEntry], at: dt.datetime,
                zone: dt.tzinfo) -> dt.timedelta | None:
    """What is left of the profile's budget in the month of ``at`` (negative when over), or None
    when it has no budget."""
    if profile.monthly_budget is None:
        return None
    return profile.monthly_budget - budget_used(profile, entries, at, zone)
