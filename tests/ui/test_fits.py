"""Every window and card fits its text in every language: no button or one-line label is
narrower than what it shows (Thai and Vietnamese run longer than English)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QTabWidget, QWidget

from tests.conftest import utc
from tests.ui.conftest import make_call
from timeward.domain.guard import Alert, CallGuard
from timeward.domain.phases import AlertKind
from timeward.storage.settings import Settings
from timeward.storage.templates import load_phrases
from timeward.ui.i18n import install_translators

LANGUAGES = ["en", "vi", "th", "id"]
T0 = utc(2026, 11, 23, 10)


def clipped(root: QWidget) -> list[str]:
    """The texts of the visible buttons and one-line labels of ``root`` that do not fit."""
    root.show()
    root.layout() and root.layout().activate()
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.text() if hasattr(widget, "text") else True:
            continue
        metrics = widget.fontMetrics()
        text = widget.text().replace("&", "")
        if isinstance(widget, QLabel) and not widget.wordWrap():
            need, room = metrics.horizontalAdvance(text), widget.contentsRect().width()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            need, room = metrics.horizontalAdvance(text) + 8, widget.width()
        elif isinstance(widget, QCheckBox):
            need, room = metrics.horizontalAdvance(text), widget.width() - 16
        else:
            continue
        if need > room:
            found.append(f"{type(widget).__name__} {text!r}: {need} > {room}")
    return found


@pytest.fixture(params=LANGUAGES)
def language(request, qapp):
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_settings_and_the_profile_editor_fit(qtbot, language):
    from timeward.ui.client_dialog import ClientDialog
    from timeward.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        problems += clipped(dialog)
    editor = ClientDialog(None, set())
    qtbot.addWidget(editor)
    assert problems + clipped(editor) == []


def test_the_report_fits(qtbot, language):
    from timeward.ui.report_window import ReportWindow

    window = ReportWindow(None, Settings, lambda _s: True, lambda: load_phrases(language)[0], lambda: T0, dt.UTC)
    qtbot.addWidget(window)
    problems = clipped(window)
    window.tabs.setCurrentIndex(1)
    assert problems + clipped(window) == []


def test_the_timer_and_the_cards_fit(qtbot, language, make_ticker, clock):
    from timeward.ui import alerts
    from timeward.ui.timer_window import TimerWindow

    call = make_call(start=T0)
    guard = CallGuard()
    guard.set_occurrences([call, make_call("b", start=T0 + dt.timedelta(hours=1))], T0)
    timer = TimerWindow()
    qtbot.addWidget(timer)
    problems = []
    for moment, joined in ((T0 - dt.timedelta(minutes=1), False), (T0 + dt.timedelta(minutes=3), False),
                           (T0 + dt.timedelta(minutes=52), True), (T0 + dt.timedelta(minutes=64), True)):
        if joined and guard.view(call.key, moment).joined_at is None:
            guard.joined(call.key, T0)
        timer.show_state(guard.state(moment))
        problems += clipped(timer)
    view = guard.view(call.key, T0 + dt.timedelta(minutes=52))
    # The longest service name of the join-link table on the reminder's Join button.
    linked = make_call("c", start=T0, join_url="https://us.bbcollab.com/guest/abc123")
    guard.set_occurrences([linked], T0)
    linked_view = guard.view(linked.key, T0 - dt.timedelta(minutes=1))
    book = load_phrases(language)[0]
    cards = [alerts.warning_card(Alert(AlertKind.WARNING, view, view.now, "w"), book, None),
             alerts.reminder_card(Alert(AlertKind.REMINDER, view, view.now, "r"), "We have 60 minutes today."),
             alerts.reminder_card(Alert(AlertKind.REMINDER, linked_view, linked_view.now, "j"), "We have 60 minutes."),
             alerts.wait_limit_card(Alert(AlertKind.WAIT_LIMIT, view, view.now, "l"))]
    assert "Blackboard Collaborate" in cards[2].buttons["join"].text()
    for card in cards:
        qtbot.addWidget(card)
        problems += clipped(card)
    assert problems == []
