"""The call lifecycle, driven by a fake clock (no Qt, no sleeping)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc
from timeward.domain.clients import ClientProfile
from timeward.domain.clock import FakeClock
from timeward.domain.guard import CallGuard
from timeward.domain.model import Occurrence, Person, Status
from timeward.domain.phases import AlertKind, Phase
from timeward.domain.policy import GuardPolicy

MIN = dt.timedelta(minutes=1)
T0 = utc(2026, 11, 23, 10)


def call(uid="a", start=T0, minutes=60, **kwargs) -> Occurrence:
    return Occurrence(uid=uid, start=start, end=start + minutes * MIN, summary=uid.upper(), **kwargs)


def guard_with(*occurrences: Occurrence, now=T0 - 30 * MIN, policy=None) -> CallGuard:
    guard = CallGuard(policy)
    guard.set_occurrences(occurrences, now)
    return guard


def kinds(guard: CallGuard, now: dt.datetime) -> list[AlertKind]:
    return [a.kind for a in guard.step(now).alerts]


def test_phases_through_a_whole_call():
    guard = guard_with(call())
    key = call().key
    assert guard.state(T0 - 5 * MIN).focus is None
    assert guard.state(T0 - 2 * MIN).focus.phase is Phase.UPCOMING
    assert guard.state(T0 + 3 * MIN).focus.phase is Phase.WAITING
    assert guard.state(T0 + 3 * MIN).focus.waited == 3 * MIN
    guard.joined(key, T0 + 4 * MIN)
    assert guard.state(T0 + 20 * MIN).focus.phase is Phase.IN_CALL
    assert guard.state(T0 + 50 * MIN).focus.phase is Phase.WRAP_UP
    view = guard.state(T0 + 65 * MIN).focus
    assert view.phase is Phase.OVERRUN and view.remaining == -5 * MIN
    guard.end_call(key, T0 + 66 * MIN)
    assert guard.state(T0 + 66 * MIN).focus is None
    [outcome] = guard.step(T0 + 66 * MIN).finished
    assert outcome.outcome is Phase.ENDED and outcome.joined_at == T0 + 4 * MIN


def test_each_alert_fires_once_even_when_the_calendar_is_reread():
    occurrence = call()
    guard = guard_with(occurrence)
    assert kinds(guard, T0 - 2 * MIN) == [AlertKind.REMINDER]
    guard.set_occurrences([call()], T0 - MIN)  # re-read: equal occurrence, same key
    assert kinds(guard, T0 - MIN) == []
    guard.joined(occurrence.key, T0)
    assert kinds(guard, T0 + 50 * MIN) == [AlertKind.WARNING]
    guard.set_occurrences([call()], T0 + 51 * MIN)
    assert kinds(guard, T0 + 51 * MIN) == []
    assert kinds(guard, T0 + 60 * MIN) == [AlertKind.TIME_UP]
    assert kinds(guard, T0 + 61 * MIN) == []


def test_wait_limit_asks_and_wait_more_asks_again_later():
    occurrence = call()
    guard = guard_with(occurrence)
    assert kinds(guard, T0 + 9 * MIN) == []
    [alert] = guard.step(T0 + 10 * MIN).alerts
    assert alert.kind is AlertKind.WAIT_LIMIT and alert.call.wait_limit_reached
    guard.wait_more(occurrence.key, 5)
    assert kinds(guard, T0 + 14 * MIN) == []
    assert kinds(guard, T0 + 15 * MIN) == [AlertKind.WAIT_LIMIT]


def test_no_show_needs_confirmation_and_can_be_undone():
    occurrence = call()
    guard = guard_with(occurrence)
    guard.step(T0 + 10 * MIN)
    guard.record_no_show(occurrence.key, T0 + 11 * MIN)
    assert guard.step(T0 + 11 * MIN).finished[0].outcome is Phase.NO_SHOW
    assert guard.state(T0 + 11 * MIN).focus is None
    guard.undo_no_show(occurrence.key)
    assert guard.state(T0 + 12 * MIN).focus.phase is Phase.WAITING
    guard.joined(occurrence.key, T0 + 12 * MIN)
    with pytest.raises(ValueError, match="joined"):
        guard.record_no_show(occurrence.key, T0 + 13 * MIN)


def test_extension_moves_the_end_and_time_up_fires_for_the_new_end():
    occurrence = call()
    guard = guard_with(occurrence)
    guard.joined(occurrence.key, T0)
    assert kinds(guard, T0 + 50 * MIN) == [AlertKind.WARNING]
    guard.extend(occurrence.key, 15)
    assert guard.state(T0 + 52 * MIN).focus.phase is Phase.IN_CALL
    assert kinds(guard, T0 + 65 * MIN) == []  # the warning does not repeat
    assert kinds(guard, T0 + 75 * MIN) == [AlertKind.TIME_UP]
    guard.end_call(occurrence.key, T0 + 76 * MIN)
    assert guard.step(T0 + 76 * MIN).finished[0].extension == 15 * MIN


def test_back_to_back_warning_names_the_next_appointment():
    first, second = call("a"), call("b", start=T0 + 60 * MIN, minutes=30)
    guard = guard_with(first, second)
    guard.joined(first.key, T0)
    [alert] = guard.step(T0 + 50 * MIN).alerts
    assert alert.call.next_appointment == second


def test_overlapping_calls_focus_the_live_one_and_joining_the_next_ends_the_first():
    first, second = call("a"), call("b", start=T0 + 45 * MIN, minutes=30)
    guard = guard_with(first, second)
    guard.joined(first.key, T0)
    state = guard.state(T0 + 50 * MIN)
    assert [v.occurrence.uid for v in state.calls] == ["a", "b"]
    assert state.calls[0].next_appointment == second
    guard.joined(second.key, T0 + 52 * MIN)
    assert guard.outcome(first.key).ended_at == T0 + 52 * MIN
    assert guard.state(T0 + 53 * MIN).focus.occurrence == second


def test_sleep_through_warning_and_end_gives_one_catch_up_notice():
    clock = FakeClock(T0)
    occurrence = call()
    guard = guard_with(occurrence)
    guard.joined(occurrence.key, clock.now())
    guard.step(clock.advance(minutes=20))
    clock.sleep(minutes=45)  # asleep through the warning (T0+50) and the end (T0+60)
    alerts = guard.step(clock.now()).alerts
    assert [a.kind for a in alerts] == [AlertKind.TIME_UP]
    assert alerts[0].late
    view = guard.state(clock.now()).focus
    assert view.phase is Phase.OVERRUN and view.remaining == -5 * MIN  # true time, not ticks


def test_wall_clock_jumps_do_not_duplicate_or_miss_warnings():
    occurrence = call()
    guard = guard_with(occurrence)
    guard.joined(occurrence.key, T0)
    assert kinds(guard, T0 + 50 * MIN) == [AlertKind.WARNING]
    assert kinds(guard, T0 + 30 * MIN) == []  # jumped back
    assert guard.state(T0 + 30 * MIN).focus.phase is Phase.IN_CALL
    assert kinds(guard, T0 + 51 * MIN) == []  # forward again: no duplicate
    assert kinds(guard, T0 + 62 * MIN) == [AlertKind.TIME_UP]


def test_call_across_a_dst_change_lasts_its_real_length():
    # 25 Oct 2026 01:30–03:30 Berlin spans the fall-back hour: three real hours.
    start = utc(2026, 10, 24, 23, 30)
    occurrence = Occurrence("dst", start, utc(2026, 10, 25, 2, 30))
    guard = guard_with(occurrence, now=start)
    guard.joined(occurrence.key, start)
    assert guard.state(start + 169 * MIN).focus.phase is Phase.IN_CALL
    assert guard.state(start + 170 * MIN).focus.phase is Phase.WRAP_UP
    assert guard.state(start + 180 * MIN).focus.phase is Phase.OVERRUN


def test_short_call_gets_no_warning_and_zero_length_is_not_a_call():
    short = call("short", minutes=8)
    zero = call("zero", minutes=0)
    guard = guard_with(short, zero)
    guard.joined(short.key, T0)
    assert kinds(guard, T0 + 7 * MIN) == []
    assert kinds(guard, T0 + 8 * MIN) == [AlertKind.TIME_UP]
    with pytest.raises(KeyError):
        guard.joined(zero.key, T0)


def test_cancelled_in_the_calendar_becomes_cancelled_and_keeps_its_facts():
    occurrence = call()
    guard = guard_with(occurrence)
    guard.step(T0 + MIN)
    from dataclasses import replace

    guard.set_occurrences([replace(occurrence, status=Status.CANCELLED)], T0 + 2 * MIN)
    assert guard.outcome(occurrence.key).outcome is Phase.CANCELLED
    assert guard.state(T0 + 2 * MIN).focus is None
    assert kinds(guard, T0 + 10 * MIN) == []  # no wait limit for a cancelled call


def test_per_client_overrides_by_address_then_domain():
    acme = call("acme", attendees=(Person("me@me.example"), Person("dana@acme.example")))
    other = call("other", start=T0 + 2 * 60 * MIN, organizer=Person("x@other.example"))
    policy = GuardPolicy(clients=(ClientProfile("Acme", ("acme.example",), wait_limit=5 * MIN),
                                  ClientProfile("X", ("x@other.example",), warning_lead=5 * MIN)),
                         me=("me@me.example",))
    guard = guard_with(acme, other, policy=policy)
    assert kinds(guard, T0 + 5 * MIN) == [AlertKind.WAIT_LIMIT]
    guard.joined(other.key, other.start)
    assert guard.view(other.key, other.start + 54 * MIN).phase is Phase.IN_CALL
    assert guard.view(other.key, other.start + 55 * MIN).phase is Phase.WRAP_UP


def test_forgotten_overrun_is_closed_after_an_hour():
    occurrence = call()
    guard = guard_with(occurrence)
    guard.joined(occurrence.key, T0)
    [outcome] = guard.step(T0 + 2 * 60 * MIN + MIN).finished
    assert outcome.auto_ended and outcome.ended_at == T0 + 2 * 60 * MIN


def test_next_deadline_is_the_next_phase_change_and_none_without_calls():
    occurrence = call()
    guard = guard_with(occurrence)
    assert guard.next_deadline(T0 - 30 * MIN) == T0 - 2 * MIN
    assert guard.next_deadline(T0 - MIN) == T0
    assert guard.next_deadline(T0 + MIN) == T0 + 10 * MIN
    guard.joined(occurrence.key, T0 + MIN)
    assert guard.next_deadline(T0 + 2 * MIN) == T0 + 50 * MIN
    assert CallGuard().next_deadline(T0) is None


def test_facts_survive_a_restart():
    occurrence = call()
    guard = guard_with(occurrence)
    guard.joined(occurrence.key, T0 + 3 * MIN)
    guard.extend(occurrence.key, 10)
    restarted = CallGuard()
    restarted.restore_facts(guard.facts())
    restarted.set_occurrences([occurrence], T0 + 20 * MIN)
    view = restarted.state(T0 + 20 * MIN).focus
    assert view.phase is Phase.IN_CALL and view.joined_at == T0 + 3 * MIN and view.end == T0 + 70 * MIN


def test_fake_clock_sleep_and_jump():
    clock = FakeClock(T0)
    mono = clock.monotonic()
    clock.sleep(minutes=30)
    assert clock.now() == T0 + 30 * MIN and clock.monotonic() == mono
    clock.jump(T0)
    assert clock.now() == T0
    with pytest.raises(ValueError, match="aware"):
        FakeClock(dt.datetime(2026, 1, 1))  # noqa: DTZ001
