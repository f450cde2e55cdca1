"""Expanding one series into occurrences within a window, with RFC-correct instants.

recurring-ical-events does the recurrence set (RRULE, RDATE, EXDATE, overrides, THISANDFUTURE);
this module then fixes what it gets wrong for a call timer: end instants (exact versus nominal
durations, the spring-forward gap), naive times (floating or unknown TZID), the identity of
instances shifted by THISANDFUTURE, and series that repeat so often they would stall the app.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

import recurring_ical_events
from icalendar import Calendar, Component, Event
from icalendar.prop import vDDDTypes

from timeward.calendars import durations
from timeward.calendars.series import Series

UTC = dt.UTC
DATE_SLACK = dt.timedelta(hours=14)  # the widest UTC offset: where a floating date can begin or end
_PER_DAY = {"SECONDLY": 86400, "MINUTELY": 1440, "HOURLY": 24, "DAILY": 1, "WEEKLY": 1 / 7,
            "MONTHLY": 1 / 28, "YEARLY": 1 / 365}
_BY_PARTS = ("BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYMONTH")


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep a hostile or absurd calendar from stalling the app."""

    instances_per_series: int = 2000
    instances_per_calendar: int = 50000


class TooManyInstances(Exception):
    """A series would produce more instances in the window than :class:`Limits` allows."""


@dataclass(frozen=True, slots=True)
class Instance:
    """One expanded instance: its source component and resolved times."""

    source: Event
    component: Event
    start: dt.datetime | dt.date
    end: dt.datetime | dt.date
    recurrence_id: dt.datetime | dt.date | None
    floating: bool
    notes: tuple[str, ...]


def estimated_instances(master: Event | None, window: dt.timedelta) -> float:
    """A cheap upper estimate of how many instances the RRULE makes within ``window``."""
    if master is None or "RRULE" not in master:
        return 0
    total = 0.0
    for rule in master.rrules:
        freq = str((rule.get("FREQ") or ["DAILY"])[0]).upper()
        interval = max(1, int((rule.get("INTERVAL") or [1])[0]))
        per_day = _PER_DAY.get(freq, 1) / interval
        for part in _BY_PARTS:
            if rule.get(part):
                per_day *= max(1, len(rule[part])) if part in ("BYSECOND", "BYMINUTE", "BYHOUR") else 1
        estimate = per_day * max(window.total_seconds() / 86400, 1)
        count = (rule.get("COUNT") or [None])[0]
        until = (rule.get("UNTIL") or [None])[0]
        start = _value(master, "DTSTART") if "DTSTART" in master else None
        if count is not None:
            estimate = min(estimate, int(count))
        elif isinstance(until, dt.date) and isinstance(start, dt.date):
            days = (_as_date(until) - _as_date(start)).days + 1
            estimate = min(estimate, per_day * max(days, 1))
        total += estimate
    return total


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _utc_naive_key(value: dt.datetime | dt.date) -> dt.datetime | dt.date:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


class SeriesExpander:
    """Expands series of one calendar in one window, resolving naive times in ``local_zone``."""

    def __init__(self, window: tuple[dt.datetime, dt.datetime], local_zone: dt.tzinfo,
                 x_wr_timezone: str | None = None, limits: Limits | None = None) -> None:
        self.window = window
        self.local_zone = local_zone
        self.x_wr_timezone = x_wr_timezone
        self.limits = limits or Limits()

    def expand(self, series: Series) -> Iterator[Instance]:
        if estimated_instances(series.master, self.window[1] - self.window[0]) > self.limits.instances_per_series:
            raise TooManyInstances(
                f"it repeats too often (more than {self.limits.instances_per_series} times in the window)"
            )
        if series.master is not None:
            series.notes.extend(self._normalise_until(series.master))
        recurring = series.master is not None and ("RRULE" in series.master or "RDATE" in series.master)
        recurring = recurring or bool(series.overrides)
        if not recurring and not self.x_wr_timezone and series.master is not None and "DTSTART" in series.master:
            # A single event is its own one instance: no recurrence set to work out.
            instance = self._instance(series, series.master, False, {}, {})
            if self._meets_window(instance):
                yield instance
            return
        calendar = Calendar()
        if self.x_wr_timezone:
            calendar.add("X-WR-TIMEZONE", self.x_wr_timezone)
        for component in series.components:
            calendar.add_component(component)
        overrides: dict[object, Event] = {_utc_naive_key(_value(o, "RECURRENCE-ID")): o for o in series.overrides}
        components = recurring_ical_events.of(calendar).between(*self.window)
        if len(components) > self.limits.instances_per_series:
            raise TooManyInstances(f"it has {len(components)} instances in the window")
        seen: dict[object, Event] = {}
        for component in sorted(components, key=lambda c: _sort_key(_value(c, "DTSTART"))):
            yield self._instance(series, component, recurring, overrides, seen)

    def _instance(self, series: Series, component: Event, recurring: bool,
                  overrides: dict[object, Event], seen: dict[object, Event]) -> Instance:
        raw_rid = _value(component, "RECURRENCE-ID") if "RECURRENCE-ID" in component else None
        source = overrides.get(_utc_naive_key(raw_rid)) if raw_rid is not None else None
        if source is None:
            source = series.master if series.master is not None else component
        notes = list(series.notes)
        start, floating = self._resolve(_value(component, "DTSTART"), _prop(source, "DTSTART"), notes)
        periods = self._periods(series.master) if source is series.master else {}
        end = periods.get(start) or self._end(source, start)
        rid: dt.datetime | dt.date | None = None
        if recurring and raw_rid is not None:
            rid_value, _ = self._resolve(raw_rid, _prop(source, "DTSTART"), [])
            key = _utc_naive_key(raw_rid)
            if key in seen and source is not series.master:
                # A THISANDFUTURE override shifts later instances; each keeps its own original slot.
                shift = self._resolve(_value(source, "DTSTART"), _prop(source, "DTSTART"), [])[0]
                rid = start - (shift - rid_value)
            else:
                rid = rid_value
            seen[key] = source
        return Instance(source, component, start, end, rid, floating, tuple(dict.fromkeys(notes)))

    def _meets_window(self, instance: Instance) -> bool:
        """Whether a single event's span meets the window; dates are given the widest zone range,
        as recurring-ical-events would place them in the window's zone (callers filter exactly)."""
        def instant(value: dt.datetime | dt.date, slack: dt.timedelta) -> dt.datetime:
            if isinstance(value, dt.datetime):
                return value
            return dt.datetime.combine(value, dt.time(), UTC) + slack

        start, end = instant(instance.start, -DATE_SLACK), instant(instance.end, DATE_SLACK)
        low, high = self.window
        return start < high and (end > low or (end == start and start >= low))

    def _periods(self, master: Event | None) -> dict[object, dt.datetime]:
        """Start -> end of each RDATE given as a PERIOD (it has its own length)."""
        if master is None or "RDATE" not in master:
            return {}
        found: dict[object, dt.datetime] = {}
        for prop in master["RDATE"] if isinstance(master["RDATE"], list) else [master["RDATE"]]:
            for value in getattr(prop, "dts", []):
                period = value.dt
                if isinstance(period, tuple) and isinstance(period[0], dt.datetime):
                    begin, _ = self._resolve(period[0], prop, [])
                    finish = period[1] if isinstance(period[1], dt.datetime) else period[0] + period[1]
                    found[begin] = self._resolve(finish, prop, [])[0]  # type: ignore[assignment]
        return found

    def _normalise_until(self, master: Event) -> list[str]:
        """Make UNTIL comparable with an aware DTSTART (RFC 5545 §3.3.10 wants UTC there).

        A DATE UNTIL is read as the end of that day, a floating one in DTSTART's zone; both are
        common in the wild, and dateutil would otherwise refuse or cut the series short.
        """
        start = _value(master, "DTSTART")
        if "RRULE" not in master or not isinstance(start, dt.datetime):
            return []
        notes = []
        zone = start.tzinfo or self.local_zone
        for rule in master.rrules:
            until = (rule.get("UNTIL") or [None])[0]
            if isinstance(until, dt.datetime) and until.tzinfo is not None:
                continue
            if isinstance(until, dt.datetime):
                fixed = until.replace(tzinfo=zone)
                notes.append("the repeat rule's UNTIL has no time zone; it was read in the event's zone")
            elif isinstance(until, dt.date):
                fixed = dt.datetime.combine(until, dt.time(23, 59, 59), zone)
                notes.append("the repeat rule's UNTIL is a date; it was read as the end of that day")
            else:
                continue
            rule["UNTIL"] = [fixed.astimezone(UTC) if start.tzinfo else fixed.replace(tzinfo=None)]
        return notes

    def _resolve(self, value: dt.datetime | dt.date, prop: object,
                 notes: list[str]) -> tuple[dt.datetime | dt.date, bool]:
        """UTC for date-times (naive ones resolved); dates unchanged."""
        if not isinstance(value, dt.datetime):
            return value, False
        if value.tzinfo is not None:
            return value.astimezone(UTC), False
        tzid = (getattr(prop, "params", None) or {}).get("TZID")
        if tzid:
            notes.append(f"unknown time zone {tzid!r}: its times are read as UTC")
            return value.replace(tzinfo=UTC), False
        return value.replace(tzinfo=self.local_zone).astimezone(UTC), True

    def _end(self, source: Event, start: dt.datetime | dt.date) -> dt.datetime | dt.date:
        if not isinstance(start, dt.datetime):
            return start + dt.timedelta(days=_all_day_length(source))
        raw = str(source.get(durations.RAW_DURATION, "")) if "DURATION" in source else ""
        parts = durations.split_duration(raw) if raw else None
        if parts is not None:
            days, exact = parts
            wall = start.astimezone(self._zone_of(source))
            return max(durations.end_after(wall, days, exact), start)
        if "DTEND" in source:
            begin, _ = self._resolve(_value(source, "DTSTART"), _prop(source, "DTSTART"), [])
            finish, _ = self._resolve(_value(source, "DTEND"), _prop(source, "DTEND"), [])
            if isinstance(begin, dt.datetime) and isinstance(finish, dt.datetime):
                return start + max(finish - begin, dt.timedelta(0))
        return start

    def _zone_of(self, source: Event) -> dt.tzinfo:
        value = _value(source, "DTSTART")
        if isinstance(value, dt.datetime) and value.tzinfo is not None:
            return value.tzinfo
        return self.local_zone


def _all_day_length(source: Event) -> int:
    begin = _value(source, "DTSTART")
    if "DTEND" in source and isinstance(_value(source, "DTEND"), dt.date):
        days = (_value(source, "DTEND") - begin).days if not isinstance(begin, dt.datetime) else 1
        return max(days, 1)
    raw = str(source.get(durations.RAW_DURATION, "")) if "DURATION" in source else ""
    parts = durations.split_duration(raw) if raw else None
    return max(parts[0], 1) if parts else 1


def _prop(component: Component, name: str) -> vDDDTypes:
    """A date or date-time property the component is known to have (its series was checked)."""
    return cast("vDDDTypes", component[name])


def _value(component: Component, name: str) -> dt.datetime | dt.date:
    """The date or date-time of such a property."""
    return cast("dt.datetime | dt.date", _prop(component, name).dt)


def _sort_key(value: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return dt.datetime(value.year, value.month, value.day, tzinfo=UTC)
