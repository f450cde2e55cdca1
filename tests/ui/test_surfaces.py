"""The tray menu, the timer window, the cards and the wait-limit flow (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import HOSTILE, MIN, T0, make_call
from timeward.domain.phases import Phase
from timeward.ui import presenter
from timeward.ui.controller import CallController
from timeward.ui.icon import render_pixmap
from timeward.ui.timer_window import TimerWindow
from timeward.ui.tray import TrayIcon


def build(qtbot, make_ticker, guard, phrases, confirm=lambda *_: True, occurrences=None):
    ticker = make_ticker()
    tray = TrayIcon()
    timer = TimerWindow()
    qtbot.addWidget(timer)
    saved: list[dict] = []
    controller = CallController(guard, ticker, tray, lambda: timer, lambda: phrases, saved.append, confirm)
    controller.set_occurrences(occurrences or [make_call(), make_call("b", start=T0 + 60 * MIN)])
    return controller, tray, timer, saved


def menu_texts(tray: TrayIcon) -> list[str]:
    return [a.text() for a in tray.menu.actions() if not a.isSeparator() and a.isVisible()]


def test_tray_menu_follows_the_call(qtbot, make_ticker, guard, clock, phrases):
    controller, tray, _, saved = build(qtbot, make_ticker, guard, phrases)
    clock.jump(T0 + 2 * MIN)
    controller.ticker.tick()
    texts = menu_texts(tray)
    assert texts[0].strip("\u2068\u2069") == "Call a"
    assert texts[1].startswith("Waiting for them to join · waiting 2:00 / 10:00")
    assert "They joined" in texts and "End call" not in texts
    assert any("Call b" in t for t in texts)
    assert texts[-6:] == ["Open timer", "Follow up on a recent call…", "Meeting log and report…", "Calendars…",
                          "Settings…", "Quit"]
    next(a for a in tray.menu.actions() if a.text() == "They joined").trigger()
    assert "End call" in menu_texts(tray)
    assert saved and saved[-1][make_call().key]["joined_at"]


def test_between_calls_no_window_is_built(qtbot, make_ticker, guard, clock, phrases):
    built: list[TimerWindow] = []
    controller = CallController(guard, make_ticker(), TrayIcon(), lambda: built.append(TimerWindow()) or built[-1],
                                lambda: phrases, lambda _: None)
    controller.set_occurrences([make_call(start=T0 + 180 * MIN)])
    controller.ticker.tick()
    assert built == [] and controller.cards == {}
    controller.show_timer()
    qtbot.addWidget(built[0])
    assert len(built) == 1 and controller.timer is built[0]


def test_timer_window_in_each_phase(qtbot, make_ticker, guard, clock, phrases):
    controller, _, timer, _ = build(qtbot, make_ticker, guard, phrases)
    key = make_call().key
    expected = [(T0 - MIN, Phase.UPCOMING, "1:00"), (T0 + 3 * MIN, Phase.WAITING, "3:00")]
    for moment, phase, figure in expected:
        clock.jump(moment)
        controller.show_timer()
        assert timer.phase_label.text() == presenter.phase_name(phase)
        assert timer.time_label.text() == figure
    controller.joined(key)
    for moment, phase, figure in [(T0 + 20 * MIN, Phase.IN_CALL, "40:00"), (T0 + 51 * MIN, Phase.WRAP_UP, "9:00"),
                                  (T0 + 62 * MIN, Phase.OVERRUN, "+2:00")]:
        clock.jump(moment)
        controller.ticker.tick()
        assert timer.phase_label.text() == presenter.phase_name(phase)
        assert timer.time_label.text() == figure
    assert timer.end_button.isVisible() and not timer.joined_button.isVisible()


def test_warning_card_says_the_phrase_and_extends(qtbot, make_ticker, guard, clock, phrases):
    controller, _, _, saved = build(qtbot, make_ticker, guard, phrases)
    key = make_call().key
    clock.jump(T0)
    controller.joined(key)
    clock.jump(T0 + 50 * MIN)
    controller.ticker.tick()
    card = controller.cards[f"{key}|warning"]
    text = " ".join(label.text() for label in card.line_labels)
    assert "We have about 10 minutes left before my next call. Shall we focus on Budget projection?" in text
    assert "Next: \u2068Call b\u2069 at" in text
    assert set(card.buttons) == {"wrap_up", "extend_5", "extend_10", "extend_15", "dismiss"}
    assert card.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    card.buttons["extend_10"].click()
    assert guard.view(key, clock.now()).end == T0 + 70 * MIN
    assert saved[-1][key]["extension_minutes"] == 10


def test_wait_limit_question_no_show_confirmed_then_undone(qtbot, make_ticker, guard, clock, phrases):
    answers = iter([False, True])
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases, confirm=lambda *_: next(answers))
    key = make_call().key
    clock.jump(T0 + 10 * MIN)
    controller.ticker.tick()
    card = controller.cards[f"{key}|wait_limit"]
    assert card.title_label.text() == "They have not joined after 10 minutes"
    card.buttons["no_show"].click()  # the user says "keep waiting" in the confirmation
    assert guard.view(key, clock.now()).phase is Phase.WAITING
    with qtbot.waitSignal(controller.call_finished, timeout=100) as blocker:
        controller.cards[f"{key}|wait_limit"].buttons["no_show"].click()
    assert guard.view(key, clock.now()).phase is Phase.NO_SHOW
    assert blocker.args[0].outcome is Phase.NO_SHOW
    controller.cards[f"{key}|no_show_done"].buttons["undo"].click()
    assert guard.view(key, clock.now()).phase is Phase.WAITING


def test_wait_five_more_minutes(qtbot, make_ticker, guard, clock, phrases):
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases)
    key = make_call().key
    clock.jump(T0 + 10 * MIN)
    controller.ticker.tick()
    controller.cards[f"{key}|wait_limit"].buttons["wait_more"].click()
    assert guard.view(key, clock.now()).wait_limit_at == T0 + 15 * MIN


def test_calendar_text_is_inert_everywhere(qtbot, make_ticker, guard, clock, phrases):
    hostile = make_call(summary=HOSTILE, description=f"- {HOSTILE}")
    controller, tray, timer, _ = build(qtbot, make_ticker, guard, phrases, occurrences=[hostile])
    clock.jump(T0)
    controller.joined(hostile.key)
    clock.jump(T0 + 50 * MIN)
    controller.ticker.tick()
    controller.show_timer()
    card = controller.cards[f"{hostile.key}|warning"]
    labels = timer.findChildren(QLabel) + card.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert "<b>Bold</b>" in timer.title_label.text()
    assert timer.title_label.text().startswith("\u2068") and timer.title_label.text().endswith("\u2069")
    assert timer.title_label.sizeHint().height() < 200  # no font-size or image blow-up
    tip = tray.icon.toolTip()
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tip and "<b>" not in tip
    assert "<b>" not in menu_texts(tray)[0] or menu_texts(tray)[0].count("\u2068") == 1


def test_icon_differs_by_phase_and_is_readable_small(qtbot):
    images = {phase: render_pixmap("9", phase).toImage() for phase in
              (Phase.WAITING, Phase.IN_CALL, Phase.WRAP_UP, Phase.OVERRUN)}
    centres = {phase: image.pixelColor(6, 32).name() for phase, image in images.items()}
    assert len(set(centres.values())) == 4
    small = render_pixmap("42", Phase.IN_CALL).scaled(16, 16).toImage()
    assert small.width() == 16


def _channel_differences(first, second, tolerance: int) -> int:
    """How many pixels of two same-sized ARGB32 images differ by more than ``tolerance`` in a channel."""
    width, height = first.width(), first.height()
    a, b = bytes(first.constBits())[: width * height * 4], bytes(second.constBits())[: width * height * 4]
    return sum(any(abs(a[i + c] - b[i + c]) > tolerance for c in range(4)) for i in range(0, len(a), 4))


def test_channel_differences_allow_rounding_but_not_a_change(qapp):
    from PySide6.QtGui import QColor, QImage

    base = QImage(8, 8, QImage.Format.Format_ARGB32)
    base.fill(QColor(100, 100, 100))
    rounded, changed = base.copy(), base.copy()
    rounded.setPixelColor(1, 1, QColor(101, 99, 100))
    changed.setPixelColor(1, 1, QColor(160, 100, 100))
    assert _channel_differences(base, rounded, tolerance=3) == 0
    assert _channel_differences(base, changed, tolerance=3) == 1


def test_shipped_app_icons_match_the_drawing_code(qapp):
    from PySide6.QtGui import QImage

    from timeward.ui.icon import APP_ICON_SIZES, app_icon, app_icon_file

    for size in APP_ICON_SIZES:
        drawn = render_pixmap("", Phase.IDLE, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        shipped = QImage(str(app_icon_file(size))).convertToFormat(QImage.Format.Format_ARGB32)
        assert shipped.size() == drawn.size()
        # Qt's raster engine rounds antialiased edges differently from one CPU to another (by one or two
        # levels in a channel): a stale icon differs by far more than that, or in many more pixels.
        off = _channel_differences(shipped, drawn, tolerance=3)
        assert off <= size * size // 100, f"{app_icon_file(size).name} is out of date: run `make icons`"
    assert sorted(s.width() for s in app_icon().availableSizes()) == list(APP_ICON_SIZES)


def test_a_card_keeps_clear_of_the_timer_window(qtbot):
    from PySide6.QtCore import QRect

    from timeward.ui.alert_card import AlertCard

    card = AlertCard("Time to wrap up", ["Call a"], [("ok", "OK")])
    qtbot.addWidget(card)
    card.place_near_tray()
    default = QRect(card.pos(), card.size())
    timer = QRect(default.left() - 40, default.top() - 100, 300, 180)  # where a user left the timer
    card.place_near_tray(avoid=timer)
    placed = QRect(card.pos(), card.size())
    assert not placed.intersects(timer)
    assert card.screen().availableGeometry().contains(placed)


def test_card_buttons_are_never_clipped(qtbot):
    from timeward.ui.alert_card import AlertCard

    actions = [("joined", "They joined"), ("no_show", "Cancel and record a no-show"),
               ("wait", "Chờ thêm 5 phút nữa rồi hỏi lại tôi")]  # a long translation
    card = AlertCard("They have not joined after 10 minutes", ["Call a"], actions)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    for button in card.buttons.values():
        assert button.width() >= button.sizeHint().width(), button.text()


def test_cards_of_calls_at_the_same_time_come_one_at_a_time(qtbot, make_ticker, guard, clock, phrases):
    calls = [make_call("a"), make_call("b"), make_call("c")]  # a triple booking: three wait limits at once
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases, occurrences=calls)
    clock.jump(T0 + 11 * MIN)
    controller.ticker.tick()
    names = [f"{call.key}|wait_limit" for call in calls]
    assert list(controller.cards) == names[:1] and controller.cards[names[0]].isVisible()
    assert list(controller._waiting) == names[1:]  # built only when their turn comes
    controller.cards[names[0]].buttons["joined"].click()
    assert list(controller.cards) == names[1:2] and controller.cards[names[1]].isVisible()
    controller.joined(calls[1].key)  # answered elsewhere (the tray menu): its card goes, the next comes
    assert list(controller.cards) == names[2:] and not controller._waiting
    controller.joined(calls[2].key)
    assert controller.cards == {}
