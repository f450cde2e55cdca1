"""The settings window: every rule in one place, checked field by field, and the profile editor."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog

from timeward.domain.clients import ClientProfile
from timeward.domain.policy import GuardPolicy
from timeward.storage.settings import Settings
from timeward.ui.client_dialog import ClientDialog
from timeward.ui.settings_dialog import SettingsDialog

ACME = ClientProfile("Acme", ("acme.example",), notice=dt.timedelta(hours=48), monthly_budget=dt.timedelta(hours=6))
GLOBEX = ClientProfile("Globex", titles=("Globex *",))


def dialog_for(qtbot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(policy=GuardPolicy(clients=(ACME, GLOBEX))))
    qtbot.addWidget(dialog)
    return dialog


def test_hours_days_off_and_focus_days_come_out_as_set(qtbot):
    dialog = dialog_for(qtbot)
    saturday, opens, closes, _focus = dialog.day_boxes[5]
    saturday.setChecked(True)
    opens.setTime(QTime(10, 0))
    closes.setTime(QTime(12, 30))
    dialog.day_boxes[4][3].setChecked(True)  # Fridays for focus
    dialog.days_off.setText("2026-12-24, 2026-12-31")
    dialog.notice.setValue(36)
    dialog.fee_line.setText("  Late   cancellations are charged $50. ")
    result = dialog.result_settings()
    assert result.hours.days[5] == (dt.time(10), dt.time(12, 30)) and result.hours.days[6] is None
    assert result.hours.focus_weekdays == {4}
    assert result.hours.days_off == {dt.date(2026, 12, 24), dt.date(2026, 12, 31)}
    assert result.notice == dt.timedelta(hours=36)
    assert result.late_cancellation_policy == "Late cancellations are charged $50."


def test_a_field_that_cannot_be_used_says_so_and_save_waits(qtbot):
    dialog = dialog_for(qtbot)
    dialog.days_off.setText("2026-12-24, someday")
    assert "Not a date like 2026-12-24: someday" in dialog.hours_problem.text()
    assert not dialog.save_button.isEnabled()
    dialog.days_off.setText("2026-12-24")
    monday, opens, closes, _focus = dialog.day_boxes[0]
    closes.setTime(QTime(8, 0))
    assert "Monday: the day must end after it begins." in dialog.hours_problem.text()
    assert not dialog.save_button.isEnabled()
    closes.setTime(QTime(17, 0))
    dialog.me.setText("me@example.com, not an address")
    assert "Not an e-mail address: not an address" in dialog.me_problem.text()
    dialog.me.setText("me@example.com")
    assert dialog.save_button.isEnabled()


def test_profiles_are_added_edited_ordered_and_removed(qtbot, monkeypatch):
    dialog = dialog_for(qtbot)
    dialog.client_list.setCurrentRow(1)
    dialog.client_buttons["up"].click()
    assert [p.name for p in dialog.profiles] == ["Globex", "Acme"]  # Globex now matches first
    new = ClientProfile("Initech", ("initech.example",))
    monkeypatch.setattr(SettingsDialog, "_edited", lambda self, profile: new if profile is None else
                        ClientProfile("Acme Corp", profile.match))
    dialog.client_buttons["add"].click()
    dialog.client_list.setCurrentRow(1)
    dialog.client_buttons["edit"].click()
    dialog.client_list.setCurrentRow(0)
    dialog.client_buttons["remove"].click()
    assert [p.name for p in dialog.result_settings().policy.clients] == ["Acme Corp", "Initech"]
    assert not dialog.client_buttons["up"].isEnabled()  # the top one stays on top


def test_the_profile_editor_checks_and_builds_the_profile(qtbot):
    editor = ClientDialog(ACME, taken={"Globex"})
    qtbot.addWidget(editor)
    assert editor.save_button.isEnabled() and editor.notice.value() == 48 and editor.budget.value() == 6
    editor.name.setText("globex")
    assert "Another profile has this name." in editor.problem.text() and not editor.save_button.isEnabled()
    editor.name.setText("Acme")
    editor.match.setText("")
    assert "Say how its calls are recognised" in editor.problem.text()
    editor.match.setText("Ana@Acme.example, acme.example")
    editor.wait_limit.own.setChecked(True)
    editor.wait_limit.box.setValue(5)
    editor.rate.own.setChecked(True)
    editor.rate.box.setValue(90)
    editor.language.setCurrentIndex(editor.language.findData("vi"))
    editor.templates.setText("../acme")
    assert "plain name" in editor.problem.text() and not editor.save_button.isEnabled()
    editor.templates.setText("acme")
    profile = editor.result_profile()
    assert profile.templates == "acme"
    assert profile.match == ("ana@acme.example", "acme.example") and profile.wait_limit == dt.timedelta(minutes=5)
    assert (profile.hourly_rate, profile.language, profile.notice) == (90, "vi", dt.timedelta(hours=48))
    assert editor.result() != QDialog.DialogCode.Accepted  # nothing was saved by building it


def test_saved_settings_apply_without_a_restart(qtbot, qapp):
    from dataclasses import replace

    from timeward.storage import settings as settings_file
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        changed = replace(app.settings, policy=replace(app.settings.policy, clients=(ACME,)),
                          notice=dt.timedelta(hours=12))
        assert app.apply_settings(changed)
        assert app.guard.policy.clients == (ACME,) and app.settings.notice == dt.timedelta(hours=12)
        assert settings_file.load(app.paths.settings_file).policy.clients == (ACME,)
    finally:
        app.loader.stop()
        app.ticker.stop()


def test_the_reminder_ahead_and_the_buffer_are_set_here(qtbot):
    dialog = dialog_for(qtbot)
    assert not dialog.advance.own.isChecked() and dialog.result_settings().policy.defaults.advance_lead is None
    dialog.advance.own.setChecked(True)
    dialog.advance.box.setValue(48)
    dialog.buffer.setValue(15)
    result = dialog.result_settings()
    assert result.policy.defaults.advance_lead == dt.timedelta(hours=48)
    assert result.buffer == dt.timedelta(minutes=15)
    editor = ClientDialog(ClientProfile("Acme", ("acme.example",), advance_lead=dt.timedelta(hours=24)), set())
    qtbot.addWidget(editor)
    assert editor.advance.own.isChecked() and editor.result_profile().advance_lead == dt.timedelta(hours=24)


def test_start_at_login_is_a_setting_that_writes_the_login_entry(qtbot, qapp, tmp_path, monkeypatch):
    from dataclasses import replace

    from timeward import APP_ID
    from timeward.storage import settings as settings_file
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp
    from timeward.ui.settings_dialog import SettingsDialog

    entry = tmp_path / "xdg" / "autostart" / f"{APP_ID}.desktop"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    dialog = SettingsDialog(settings_file.Settings())
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isChecked()
    dialog.start_at_login.setChecked(True)
    assert dialog.result_settings().start_at_login
    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        assert app.apply_settings(replace(app.settings, start_at_login=True))
        assert "--background" in entry.read_text(encoding="utf-8")
        assert settings_file.load(app.paths.settings_file).start_at_login
        assert app.apply_settings(replace(app.settings, start_at_login=False))
        assert not entry.exists() and not settings_file.load(app.paths.settings_file).start_at_login
        (tmp_path / "xdg" / "autostart").rmdir()
        (tmp_path / "xdg" / "autostart").write_text("a file where the folder should be")
        told: list[str] = []
        monkeypatch.setattr("timeward.ui.notify.tell", lambda _parent, _title, text, **_kw: told.append(text))
        assert app.apply_settings(replace(app.settings, start_at_login=True))  # the rest is saved
        assert told and "login" in told[0] and not app.settings.start_at_login  # the user is told
    finally:
        app.loader.stop()
        app.ticker.stop()
