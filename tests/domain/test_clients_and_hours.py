"""Client profiles (first match wins, by address, domain, calendar or title) and working hours."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import utc
from timeward.domain.clients import NO_CLIENT, ClientProfile, client_name, profile_for
from timeward.domain.model import Occurrence, Person
from timeward.domain.working_hours import OutOfHours, WorkingHours

ME = ("me@me.example",)
SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")


def call(summary: str = "Call", calendar: str = "Work", *people: str, organizer: str = "") -> Occurrence:
    return Occurrence("u", utc(2026, 11, 23, 3), utc(2026, 11, 23, 4), summary, calendar,
                      organizer=Person(organizer) if organizer else None,
                      attendees=tuple(Person(p) for p in ("me@me.example", *people)))


PROFILES = (
    ClientProfile("Ana", match=("ana@acme.example",)),
    ClientProfile("Acme", match=("acme.example",)),
    ClientProfile("Workshops", titles=("workshop*",)),
    ClientProfile("Side projects", calendars=("side",)),
)


@pytest.mark.parametrize(("occurrence", "expected"), [
    (call("Sync", "Work", "ana@acme.example"), "Ana"),  # the address, above its domain
    (call("Sync", "Work", "bo@acme.example"), "Acme"),
    (call("Sync", "Work", "bo@eu.acme.example"), "Acme"),  # a subdomain is the domain's
    (call("Sync", "Work", organizer="bo@acme.example"), "Acme"),  # the organizer counts too
    (call("Workshop: design", "Work", "x@other.example"), "Workshops"),
    (call("Planning", "Side"), "Side projects"),  # calendar names without regard to case
    (call("Planning", "Work", "x@other.example"), "other.example"),  # no profile: the domain
    (call("Focus", "Work"), NO_CLIENT),
])
def test_the_first_matching_profile_names_the_client(occurrence, expected):
    assert client_name(occurrence, PROFILES, ME) == expected


def test_the_order_decides_which_profile_wins():
    occurrence = call("Workshop", "Side", "bo@acme.example")
    assert profile_for(occurrence, PROFILES, ME).name == "Acme"
    assert profile_for(occurrence, PROFILES[::-1], ME).name == "Side projects"


def test_my_own_address_never_matches_a_profile():
    assert profile_for(call("x", "Work"), (ClientProfile("Me", match=("me.example",)),), ME) is None


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=SAIGON)


@pytest.mark.parametrize(("start", "end", "why"), [
    (local(23, 9), local(23, 10), None),  # Monday 9:00–10:00
    (local(23, 16, 30), local(23, 17), None),  # ends as the day does
    (local(23, 8, 30), local(23, 9, 30), OutOfHours.OUTSIDE_HOURS),
    (local(23, 16, 30), local(23, 17, 15), OutOfHours.OUTSIDE_HOURS),
    (local(28, 10), local(28, 11), OutOfHours.NOT_A_WORKING_DAY),  # Saturday
    (local(24, 10), local(24, 11), OutOfHours.DAY_OFF),
    (local(27, 10), local(27, 11), OutOfHours.FOCUS_DAY),  # Fridays are kept for focus
    (local(25, 10), local(25, 11), OutOfHours.FOCUS_DAY),  # and this Wednesday too
])
def test_working_hours_are_read_in_the_users_zone(start, end, why):
    hours = WorkingHours(days_off=frozenset({dt.date(2026, 11, 24)}), focus_weekdays=frozenset({4}),
                         focus_dates=frozenset({dt.date(2026, 11, 25)}))
    assert hours.conflict(start.astimezone(dt.UTC), end.astimezone(dt.UTC), SAIGON) == why


def test_a_call_booked_in_the_clients_morning_is_judged_by_my_clock():
    # 9:00 in New York is 21:00 in Saigon.
    start = dt.datetime(2026, 11, 23, 9, tzinfo=ZoneInfo("America/New_York"))
    assert WorkingHours().conflict(start, start + dt.timedelta(hours=1), SAIGON) is OutOfHours.OUTSIDE_HOURS


def test_runs_of_days_with_the_same_hours():
    short = (dt.time(9), dt.time(13))
    hours = WorkingHours(days=(WorkingHours().days[0],) * 4 + (short, None, None))
    assert [(a, b) for a, b, _h in hours.ranges()] == [(0, 3), (4, 4)]
    assert [(a, b) for a, b, _h in WorkingHours(focus_weekdays=frozenset({2})).ranges()] == [(0, 1), (3, 4)]
