"""What each entry of the tray menu does in the running app (not only that it is there): the
app is built as where a tray exists, on the demo calendar."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon

from timeward.storage.paths import AppPaths
from timeward.ui.app import TimewardApp


@pytest.fixture
def app(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    paths = AppPaths.from_environment()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text('[guard]\nwait_limit_minutes = "ten"\n')
    running = TimewardApp(qapp, paths, demo=True)
    yield running
    running.ticker.stop()
    running.loader.stop()
    for window in [running.recent_calls, running.sync_window, running.controller.timer, *running.drafts]:
        if window is not None:
            window.close()
    running.agenda.close()
    if running.tray is not None:
        running.tray.icon.hide()


def entry(app: TimewardApp, text: str):
    app.tray.menu.aboutToShow.emit()  # the menu is filled as it opens
    return next(a for a in app.tray.menu.actions() if a.text().startswith(text) and a.isVisible())


def test_follow_up_on_a_recent_call_lists_the_calls_that_ended(app):
    assert app.tray is not None
    entry(app, "Follow up on a recent call").trigger()
    assert app.recent_calls is not None and app.recent_calls.isVisible()
    assert app.recent_calls.calls.count() == 3  # the demo's three ended calls of the week


def test_calendars_opens_the_calendars_window(app):
    entry(app, "Calendars").trigger()
    assert app.sync_window is not None and app.sync_window.isVisible()


def test_the_settings_notice_shows_each_value_that_could_not_be_used(app, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()) or 0)
    entry(app, "1 setting").trigger()
    assert len(shown) == 1 and "wait_limit_minutes" in shown[0]


def test_settings_opens_the_settings_dialog_with_the_current_values(app, monkeypatch):
    from timeward.ui.settings_dialog import SettingsDialog

    opened: list[SettingsDialog] = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    entry(app, "Settings").trigger()
    [dialog] = opened
    assert dialog.wait_limit.value() == 10  # "ten" could not be used: the default stands, as the app uses it
