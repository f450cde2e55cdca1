"""GuardTicker: one timer armed for the next change; jumps emit resumed."""

from __future__ import annotations

from tests.ui.conftest import MIN, T0, make_call
from timeward.domain.phases import AlertKind
from timeward.ui.ticker import SAFETY_WAKE


def test_sleeps_until_the_reminder_between_calls(qtbot, make_ticker, guard, clock):
    clock.jump(T0 - 8 * MIN)
    guard.set_occurrences([make_call()], clock.now())
    ticker = make_ticker()
    ticker.tick()
    assert not ticker.fast
    assert ticker.armed_ms == 6 * 60 * 1000  # straight to the reminder, no ticks in between
    clock.jump(T0 - 40 * MIN)
    ticker.tick()
    assert ticker.armed_ms == SAFETY_WAKE.total_seconds() * 1000  # a far reminder: the safety wake first


def test_without_calls_only_the_safety_wake_is_armed(qtbot, make_ticker, guard, clock):
    ticker = make_ticker()
    ticker.tick()
    assert ticker.armed_ms == SAFETY_WAKE.total_seconds() * 1000


def test_ticks_every_second_during_a_call_and_emits_alerts(qtbot, make_ticker, guard, clock):
    call = make_call()
    guard.set_occurrences([call], clock.now())
    ticker = make_ticker()
    clock.advance(minutes=28)
    with qtbot.waitSignal(ticker.alerts_due, timeout=100) as blocker:
        ticker.tick()
    assert [a.kind for a in blocker.args[0]] == [AlertKind.REMINDER]
    assert ticker.fast and ticker.armed_ms <= 1000


def test_wall_clock_jump_emits_resumed(qtbot, make_ticker, guard, clock):
    ticker = make_ticker()
    ticker.tick()
    clock.sleep(minutes=30)
    with qtbot.waitSignal(ticker.resumed, timeout=100):
        ticker.tick()


def test_real_timer_drives_the_tick(qtbot, make_ticker, guard, clock):
    guard.set_occurrences([make_call(start=T0)], clock.now())
    clock.jump(T0 + MIN)
    ticker = make_ticker()
    ticker.tick()
    before = ticker.ticks
    qtbot.waitUntil(lambda: ticker.ticks > before, timeout=2000)


def test_a_time_zone_change_is_noticed_once(qtbot, make_ticker, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    ticker = make_ticker()
    ticker.tick()
    with qtbot.assertNotEmitted(ticker.zone_changed):
        ticker.tick()
    monkeypatch.setenv("TZ", "Asia/Bangkok")  # the user flew to a client
    with qtbot.waitSignal(ticker.zone_changed, timeout=100):
        ticker.tick()
    with qtbot.assertNotEmitted(ticker.zone_changed):
        ticker.tick()


def test_a_zone_change_whose_reload_ticks_at_once_is_told_once(make_ticker, monkeypatch):
    """The demo calendar reloads synchronously on a zone change, and the reload ticks again."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    ticker = make_ticker()
    ticker.tick()
    told = []
    ticker.zone_changed.connect(lambda: (told.append(1), ticker.tick()))
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    ticker.tick()
    assert told == [1]
