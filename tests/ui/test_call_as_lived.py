"""The call as the user lives it: what is said before a next call, an extension that runs into
the next call, a no-show undone, the start reminder that waits, a link with no browser, the demo."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices, QGuiApplication

from tests.ui.conftest import MIN, T0, make_call
from tests.ui.test_surfaces import build
from timeward.domain.phases import Phase


def warning_text(controller, key: str) -> str:
    return " ".join(label.text() for label in controller.cards[f"{key}|warning"].line_labels)


def test_my_next_call_only_when_it_follows_soon(qtbot, make_ticker, guard, clock, phrases):
    tomorrow = make_call("b", start=T0 + 24 * 60 * MIN)
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases, occurrences=[make_call(), tomorrow])
    key = make_call().key
    clock.jump(T0)
    controller.joined(key)
    clock.jump(T0 + 50 * MIN)
    controller.ticker.tick()
    text = warning_text(controller, key)
    assert "before my next call" not in text and "We have about 10 minutes left. Shall we focus on" in text


def test_an_extension_into_the_next_call_says_so_on_a_card_and_in_the_timer(qtbot, make_ticker, guard, clock,
                                                                             phrases):
    controller, _, timer, _ = build(qtbot, make_ticker, guard, phrases)  # "Call b" right after, at 11:00
    key = make_call().key
    clock.jump(T0)
    controller.joined(key)
    clock.jump(T0 + 50 * MIN)
    controller.ticker.tick()
    controller.cards[f"{key}|warning"].buttons["extend_5"].click()
    card = controller.cards[f"{key}|runs_into_next"]
    assert card.title_label.text().startswith("This runs into \u2068Call b\u2069 at ")
    controller.show_timer()
    assert timer.next_label.text().startswith("This runs into")


def test_undo_of_a_no_show_undoes_all_of_it(qtbot, make_ticker, guard, clock, phrases):
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases)
    key = make_call().key
    undone: list[str] = []
    controller.no_show_undone.connect(undone.append)
    clock.jump(T0 + 10 * MIN)
    controller.ticker.tick()
    controller.cards[f"{key}|wait_limit"].buttons["no_show"].click()
    controller.offer_draft(make_call(), "no_show", lambda: None)  # as the app does when the call is finished
    controller.cards[f"{key}|no_show_done"].buttons["undo"].click()
    assert guard.view(key, clock.now()).phase is Phase.WAITING
    assert undone == [key]  # the app removes the note from the journal (tested with the app)
    assert f"{key}|draft_no_show" not in controller.cards and f"{key}|draft_no_show" not in controller._waiting
    assert f"{key}|wait_limit" in controller.cards  # the question is back


def test_the_start_reminder_is_a_card_that_waits_and_snoozes(qtbot, make_ticker, guard, clock, phrases,
                                                              monkeypatch):
    from timeward.ui import controller as controller_module

    monkeypatch.setattr(controller_module, "SNOOZE_MS", 10)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    call = make_call(join_url="https://meet.example/abc")
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases, occurrences=[call])
    clock.jump(T0 - 2 * MIN)
    controller.ticker.tick()
    card = controller.cards[f"{call.key}|reminder"]
    assert list(card.buttons) == ["join", "copy", "snooze", "dismiss"]
    assert card.line_labels[-1].text() == "“We have 60 minutes today; let's make the most of them.”"
    card.buttons["copy"].click()  # the sentence that sets the end, for the meeting chat: the card stays
    assert QGuiApplication.clipboard().text() == "We have 60 minutes today; let's make the most of them."
    assert controller.cards[f"{call.key}|reminder"] is card
    card.buttons["snooze"].click()
    assert f"{call.key}|reminder" not in controller.cards
    qtbot.waitUntil(lambda: f"{call.key}|reminder" in controller.cards, timeout=2000)
    controller.cards[f"{call.key}|reminder"].buttons["join"].click()
    assert opened == ["https://meet.example/abc"]


def test_a_link_no_browser_opens_is_shown_to_copy(qtbot, make_ticker, guard, clock, phrases, monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    controller, _, _, _ = build(qtbot, make_ticker, guard, phrases)
    controller.join("https://meet.example/abc")
    dialog = controller._link_dialog
    assert dialog is not None and dialog.isVisible() and dialog.link.text() == "https://meet.example/abc"
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "https://meet.example/abc"
    dialog.close()


def test_qt_warnings_never_carry_what_a_url_holds(caplog):
    from timeward.ui.app import _qt_message

    _qt_message(None, None, "This plugin does not support openUrl() for 'mailto:a@b.example?body=Dear%20Anna'.")
    _qt_message(None, None, "cannot open 'https://meet.example/j/123?pwd=s3cret'")
    assert "Dear" not in caplog.text and "s3cret" not in caplog.text and "mailto:…" in caplog.text
    assert "https://meet.example/j/123…" in caplog.text


def test_the_demo_calendar_says_it_is_one(qtbot, qapp):
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        assert app.controller.timer.demo_label.text() == "Demo calendar — add yours in Calendars…"
        assert not app.controller.timer.demo_label.isHidden()
    finally:
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()


def test_the_tray_tooltip_says_demo(qtbot):
    from timeward.ui.tray import NOTHING_YET, TrayIcon

    tray = TrayIcon()
    tray.demo = True
    tray.show_state(NOTHING_YET)
    assert "Demo calendar — add yours in Calendars…" in tray.icon.toolTip()



def test_the_app_removes_the_note_of_an_undone_no_show(qtbot, qapp):
    import datetime as dt

    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        call = make_call(start=app.clock.now() - 15 * MIN)
        assert app.draft_flow.write(call, "no_show", dt.timedelta(minutes=10))
        assert app.agenda.waiting_count() == 1
        app.draft_flow.no_show_undone(call.key)
        assert app.agenda.waiting_count() == 0
    finally:
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()
        app.agenda.close()


def test_time_up_notifies_only_when_the_user_wants_notifications(qtbot, make_ticker, guard, clock, phrases,
                                                                 monkeypatch):
    from timeward.ui import controller as controller_module
    from timeward.ui.controller import CallController
    from timeward.ui.timer_window import TimerWindow
    from timeward.ui.tray import TrayIcon

    shown = []
    monkeypatch.setattr(controller_module, "show_notification", lambda _icon, title, _text: shown.append(title))
    wanted = [False]
    timer = TimerWindow()
    qtbot.addWidget(timer)
    controller = CallController(guard, make_ticker(), TrayIcon(), lambda: timer, lambda: phrases, lambda _f: None,
                                notifications=lambda: wanted[0])
    controller.set_occurrences([make_call()])
    key = make_call().key
    clock.jump(T0)
    controller.joined(key)
    clock.jump(T0 + 61 * MIN)
    controller.ticker.tick()
    assert shown == []  # turned off in Settings
    wanted[0] = True
    controller.answer(key, "extend_5")
    clock.jump(T0 + 66 * MIN)
    controller.ticker.tick()
    assert shown == ["Scheduled time is up"]
