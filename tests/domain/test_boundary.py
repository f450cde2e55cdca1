"""The sentence for each moment of a call: which one, with which numbers."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import utc
from timeward.domain.boundary import Terms, before_reminder, start_sentence, waiting_sentence
from timeward.domain.clients import ClientProfile
from timeward.domain.clock import FakeClock
from timeward.domain.guard import CallGuard
from timeward.domain.model import Occurrence, Person
from timeward.domain.phases import AlertKind
from timeward.domain.phrases import out_of_hours_reply, over_budget_reply
from timeward.domain.policy import GuardPolicy
from timeward.domain.working_hours import WorkingHours
from timeward.storage.templates import load_followup, load_phrases

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")
MIN = dt.timedelta(minutes=1)
T0 = utc(2026, 11, 23, 3)  # 10:00 in Saigon
BOOK = load_phrases("en")[0]


def call(uid: str = "c", start: dt.datetime = T0, minutes: int = 30, **more) -> Occurrence:
    return Occurrence(uid, start, start + minutes * MIN, f"Call {uid}", "Work", **more)


@pytest.mark.parametrize(("gap", "expected"), [
    (0, "We have until 10:30 today — I have another appointment right after."),
    (30, "We have until 10:30 today — I have another appointment right after."),  # within the buffer
    (31, "We have 30 minutes today; let's make the most of them."),
    (None, "We have 30 minutes today; let's make the most of them."),
])
def test_the_start_sentence_names_the_end_when_something_follows(gap, expected):
    following = call("next", T0 + (30 + gap) * MIN) if gap is not None else None
    assert start_sentence(BOOK, T0, T0 + 30 * MIN, following, SAIGON) == expected


def test_the_start_sentence_follows_the_buffer_and_the_zone():
    following = call("next", T0 + 45 * MIN)
    assert "another appointment" in start_sentence(BOOK, T0, T0 + 30 * MIN, following, SAIGON, 15 * MIN)
    assert "10:30" not in start_sentence(BOOK, T0, T0 + 30 * MIN, following, SAIGON, 10 * MIN)
    assert "until 3:30" in start_sentence(BOOK, T0, T0 + 30 * MIN, call("n", T0 + 30 * MIN), dt.UTC)


def test_the_waiting_sentence_says_until_when_from_the_wait_limit_on_the_fake_clock():
    clock = FakeClock(T0)
    policy = GuardPolicy(clients=(ClientProfile("Acme", ("acme.example",), wait_limit=5 * MIN),))
    guard = CallGuard(policy)
    late = call("late", organizer=Person("ana@acme.example"))
    guard.set_occurrences([late], clock.now())
    clock.advance(2 * MIN)
    view = guard.view(late.key, clock.now())
    assert waiting_sentence(BOOK, view.wait_limit_at, clock.now(), SAIGON) == (
        "I'm in the call and can wait until 10:05; after that, let's find another time.")
    guard.wait_more(late.key, 5)  # "wait 5 more minutes" moves it
    assert "until 10:10" in waiting_sentence(BOOK, guard.view(late.key, clock.now()).wait_limit_at, clock.now(),
                                             SAIGON)


def test_the_reminder_ahead_states_time_length_agenda_and_terms():
    occurrence = call("acme", minutes=45, organizer=Person("ana@acme.example", "Ana Lee"))
    draft = before_reminder(occurrence, ["Budget", "Scope"], BOOK, load_followup("en")[0], SAIGON, ["me@me.example"],
                            Terms(dt.timedelta(hours=24), "Late cancellations are charged $50."))
    assert draft.to == ("ana@acme.example",) and draft.subject == "Reminder: Call acme — Monday 23 November 2026"
    assert draft.body.splitlines() == [
        "Hello Ana,", "",
        "A quick reminder of our call on Monday 23 November 2026 at 10:00 (Asia/Ho_Chi_Minh). "
        "We have 45 minutes planned.", "",
        "What I would like us to cover:", "- Budget", "- Scope", "",
        "If you need to move or cancel it, please let me know at least 24 hours ahead. "
        "Late cancellations are charged $50.", "",
        "Best regards,"]
    bare = before_reminder(occurrence, [], BOOK, load_followup("en")[0], SAIGON, [], Terms())
    assert "cover" not in bare.body and "cancel" not in bare.body


def test_the_replies_for_hours_and_budget():
    hours = WorkingHours(days=((dt.time(9), dt.time(17)),) * 4 + ((dt.time(9), dt.time(13)), None, None))
    assert out_of_hours_reply(BOOK, hours.ranges()) == (
        "I'm available for calls Monday to Thursday, 9:00 to 17:00; Friday, 9:00 to 13:00. "
        "Could we find a time within those hours?")
    assert over_budget_reply(BOOK, dt.timedelta(hours=6, minutes=20), dt.timedelta(hours=6)).startswith(
        "We have used 6 h 20 min of the 6 h we planned")


def test_the_reminder_ahead_is_due_once_at_its_lead_and_only_where_asked_for():
    policy = GuardPolicy(clients=(ClientProfile("Acme", ("acme.example",), advance_lead=dt.timedelta(hours=24)),))
    guard = CallGuard(policy)
    acme, other = call("acme", organizer=Person("ana@acme.example")), call("other", T0 + 60 * MIN)
    guard.set_occurrences([acme, other], T0 - dt.timedelta(days=2))
    assert guard.next_deadline(T0 - dt.timedelta(days=2)) == T0 - dt.timedelta(hours=24)
    due = guard.step(T0 - dt.timedelta(hours=24) + MIN).alerts
    assert [(a.kind, a.call.key) for a in due] == [(AlertKind.ADVANCE, acme.key)]
    assert guard.step(T0 - dt.timedelta(hours=23)).alerts == []  # once
    late = CallGuard(policy)  # an app started after the call's reminder lead: too late to send one
    late.set_occurrences([acme], T0 - MIN)
    assert all(a.kind is not AlertKind.ADVANCE for a in late.step(T0 - MIN).alerts)


def test_the_reminder_ahead_gives_the_time_in_the_invitations_zone():
    occurrence = call("ny", zone="America/New_York", organizer=Person("bo@globex.example", "Bo"))
    draft = before_reminder(occurrence, [], BOOK, load_followup("en")[0], SAIGON, [], Terms())
    assert "on Sunday 22 November 2026 at 22:00 (America/New_York)" in draft.body  # 10:00 in Saigon
    unknown = call("x", zone="Nowhere/Atlantis", organizer=Person("bo@globex.example"))
    assert "(Asia/Ho_Chi_Minh)" in before_reminder(unknown, [], BOOK, load_followup("en")[0], SAIGON, [], Terms()).body


@pytest.mark.parametrize(("language", "start", "waiting"), [
    ("vi", "Hôm nay mình có 30 phút", "có thể chờ đến 10:10"),
    ("th", "วันนี้เรามีเวลา 30 นาที", "รอได้ถึง 10:10 น."),
    ("id", "Kita punya waktu 30 menit hari ini", "menunggu sampai pukul 10:10"),
])
def test_each_language_has_its_own_sentences(language, start, waiting):
    book, problem = load_phrases(language)
    assert problem is None and book.language == language  # not English in its place
    assert start_sentence(book, T0, T0 + 30 * MIN, None, SAIGON).startswith(start)
    assert waiting in waiting_sentence(book, T0 + 10 * MIN, T0, SAIGON)
    english = load_phrases("en")[0].templates
    same = {k for k, v in book.templates.items() if isinstance(v, str) and v == english.get(k)}
    assert same <= {"hours_joiner"}  # "; " may well be the same
