"""The sync window and the add dialogs against a real Radicale, and the tray's sync health."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.sync.conftest import PASSWORD, USER, event
from timeward.storage import settings
from timeward.storage.paths import AppPaths
from timeward.sync.report import SourceReport, SyncReport, SyncStatus
from timeward.sync.status import is_stale
from timeward.ui.source_dialogs import AccountDialog, SubscriptionDialog
from timeward.ui.sync_runner import SyncRunner
from timeward.ui.sync_window import SyncWindow

ROOT = Path(__file__).resolve().parents[2]
NOW = dt.datetime.now(dt.UTC)


@pytest.fixture
def child_keyring(tmp_path, monkeypatch):
    """Child processes (`timeward calendars add`, `sync`) keep passwords in a test file."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.TestFileKeyring")
    monkeypatch.setenv("TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))


def window(qtbot) -> SyncWindow:
    runner = SyncRunner()
    shown = SyncWindow(AppPaths.from_environment(), lambda: runner, lambda: NOW)
    runner.started.connect(shown.sync_started)
    runner.finished.connect(shown.sync_finished)
    qtbot.addWidget(shown)
    shown.runner = runner
    return shown


def account_dialog(qtbot, radicale) -> AccountDialog:
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(radicale.url)
    dialog.user.setText(USER)
    return dialog


def checked(qtbot, dialog: AccountDialog, password: str) -> str:
    """What *Test connection* says with ``password``."""
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.command.done, timeout=20000):
        dialog.test_button.click()
    return dialog.message.text()


def test_add_account_tests_the_connection_then_adds_syncs_and_lists_it(qtbot, radicale, child_keyring):
    radicale.calendar("work", "Work", "#0072b2")
    radicale.calendar("home", "<b>Home</b>")
    radicale.put("work", "a.ics", event("a", NOW + dt.timedelta(hours=1)))
    dialog = account_dialog(qtbot, radicale)
    assert "not accepted" in checked(qtbot, dialog, "wrong")
    assert "2 calendar(s) found" in checked(qtbot, dialog, PASSWORD)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert not settings.load(AppPaths.from_environment().settings_file).sources  # a test adds nothing
    with qtbot.waitSignal(dialog.command.done, timeout=20000):
        dialog.add_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    [source] = settings.load(AppPaths.from_environment().settings_file).sources
    assert PASSWORD not in AppPaths.from_environment().settings_file.read_text()

    shown = window(qtbot)
    with qtbot.waitSignal(shown.runner.finished, timeout=30000):
        shown.sync_now()
    assert shown.progress.isHidden() and shown.sync_button.isEnabled()
    top = shown.tree.topLevelItem(0)
    assert top.text(1) == "synced just now"
    names = sorted(top.child(i).text(0) for i in range(top.childCount()))
    assert names == ["<b>Home</b>", "Work"]  # shown as written, never as markup
    work = next(top.child(i) for i in range(top.childCount()) if top.child(i).text(0) == "Work")
    assert work.checkState(0) == Qt.CheckState.Checked
    with qtbot.waitSignal(shown.changed):
        work.setCheckState(0, Qt.CheckState.Unchecked)
    [source] = settings.load(AppPaths.from_environment().settings_file).sources
    assert source.unguarded == (f"/{USER}/work/",)


def test_a_subscription_is_added_and_a_source_removed(qtbot, tmp_path, monkeypatch, child_keyring):
    feed = tmp_path / "team.ics"
    feed.write_text(event("t", NOW + dt.timedelta(hours=3)))
    dialog = SubscriptionDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(str(feed))
    dialog.name.setText("Team")
    with qtbot.waitSignal(dialog.command.done, timeout=20000):
        dialog.add_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    shown = window(qtbot)
    assert shown.tree.topLevelItem(0).text(0) == "Team · subscription"
    shown.tree.setCurrentItem(shown.tree.topLevelItem(0))
    assert shown.remove_button.isEnabled()
    monkeypatch.setattr("timeward.ui.sync_window.QMessageBox.exec",  # the user answers "Remove"
                        lambda box: next(b for b in box.buttons() if b.text() == "Remove").click())
    with qtbot.waitSignal(shown.changed, timeout=20000):
        shown.remove_selected()
    assert shown.tree.topLevelItemCount() == 0
    assert shown.summary.text().startswith("Demo calendar: the tray shows made-up calls until you add yours")


def test_the_summary_keeps_saying_syncing_and_then_what_failed_whatever_is_selected(qtbot, tmp_path,
                                                                                     child_keyring):
    feed = tmp_path / "team.ics"
    feed.write_text(event("t", NOW + dt.timedelta(hours=3)))
    dialog = SubscriptionDialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(str(feed))
    with qtbot.waitSignal(dialog.command.done, timeout=20000):
        dialog.add_button.click()
    shown = window(qtbot)
    shown.sync_started()
    shown.tree.setCurrentItem(shown.tree.topLevelItem(0))  # a source without an error
    assert shown.summary.text() == "Syncing…" and shown.progress.isVisible() is shown.isVisible()
    shown.sync_finished(SyncReport([SourceReport("team", "Team", SyncStatus.ERROR, "the file is gone")]))
    shown.tree.setCurrentItem(None)
    shown.tree.setCurrentItem(shown.tree.topLevelItem(0))
    assert shown.summary.text() == "Team: the file is gone"
    shown.sync_started()
    shown.sync_finished(SyncReport([SourceReport("team", "Team", SyncStatus.OK)]))
    assert shown.summary.text() == "Ticked calendars are guarded: Timeward times their calls."


def test_stale_means_no_good_sync_for_three_intervals():
    five = dt.timedelta(minutes=5)
    fresh = [{"synced_at": (NOW - dt.timedelta(minutes=14)).isoformat()}]
    old = [{"synced_at": (NOW - dt.timedelta(minutes=16)).isoformat()}]
    assert not is_stale(fresh, NOW, five) and is_stale(old, NOW, five)
    assert is_stale([{"synced_at": None}], NOW, five) and not is_stale([], NOW, five)
    hourly_feed = [{**old[0], "status": "ok", "retry_at": (NOW + dt.timedelta(minutes=40)).isoformat()}]
    assert not is_stale(hourly_feed, NOW, five)  # its publisher asked for hourly refreshes
    half_hourly = [{**old[0], "interval_minutes": 30}]
    assert not is_stale(half_hourly, NOW, five)  # its own interval counts, not the shortest


def test_the_periodic_sync_runs_at_the_shortest_interval_of_the_network_sources(qtbot):
    from timeward.storage.sources import Source, sync_interval_minutes
    from timeward.ui.sync_runner import SyncRunner

    sources = [Source("a", "caldav", "https://dav.example.com", interval_minutes=30),
               Source("b", "ics", "https://example.com/feed.ics", interval_minutes=15),
               Source("c", "ics", "/home/me/calendar.ics", interval_minutes=1)]  # a local file follows its changes
    assert sync_interval_minutes(sources) == 15
    assert sync_interval_minutes(sources[2:]) == 5
    runner = SyncRunner()
    runner.set_interval(sync_interval_minutes(sources))
    assert runner.interval == dt.timedelta(minutes=15)


def test_the_tray_shows_sync_health_and_a_stale_badge(qtbot):
    from timeward.ui.tray import TrayIcon

    tray = TrayIcon()
    before = tray.icon.icon().pixmap(32, 32).toImage()
    tray.set_sync_health("synced 3 min ago", stale=False)
    assert tray.sync_line.text().strip("\u2068\u2069") == "synced 3 min ago" and tray.sync_line.isVisible()
    tray.set_sync_health("Work: the server did not answer in time", stale=True)
    assert tray.stale and tray.icon.icon().pixmap(32, 32).toImage() != before
    tray.set_sync_health("synced just now", stale=False)
    assert tray.icon.icon().pixmap(32, 32).toImage() == before


def test_without_a_keyring_the_password_is_kept_for_the_session_only(qtbot, radicale, monkeypatch):
    """Case 39: the keyring fails in the children; the user keeps the password for this session."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    radicale.calendar("work", "Work")
    radicale.put("work", "a.ics", event("a", NOW + dt.timedelta(hours=1), summary="Client call"))
    asked: list[str] = []
    dialog = AccountDialog(ask_session_only=lambda _parent, reason: asked.append(reason) or True)
    qtbot.addWidget(dialog)
    kept: list[tuple[str, str]] = []
    dialog.session_password.connect(lambda source, password: kept.append((source, password)))
    dialog.url.setText(radicale.url)
    dialog.user.setText(USER)
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=40000):
        dialog.add_button.click()
    assert asked and "no keyring" in asked[0]
    [source] = settings.load(AppPaths.from_environment().settings_file).sources
    assert kept == [(source.id, PASSWORD)]
    files = [p for p in Path(os.environ["TIMEWARD_HOME"]).rglob("*") if p.is_file()]
    assert files and not any(PASSWORD.encode() in p.read_bytes() for p in files)  # in none of Timeward's files

    runner = SyncRunner()
    with qtbot.waitSignal(runner.finished, timeout=30000) as without:
        runner.sync_now()
    assert without.args[0].sources[0].status == "auth"  # no password: the account waits
    runner.session_passwords[source.id] = PASSWORD
    with qtbot.waitSignal(runner.finished, timeout=30000) as synced:
        runner.sync_now()
    assert synced.args[0].sources[0].status == "ok" and synced.args[0].sources[0].changed == 1


def test_a_self_signed_server_is_trusted_only_on_the_users_word(qtbot, tmp_path, child_keyring):
    """Case 36: the dialog shows the fingerprint and offers to trust it; the user confirms it."""
    from tests.support.certificates import self_signed
    from tests.support.radicale import start_radicale

    cert, key, fingerprint = self_signed(tmp_path)
    server = start_radicale(tmp_path, tls=(cert, key))
    try:
        server.calendar("work", "Work")
        dialog = AccountDialog()
        qtbot.addWidget(dialog)
        confirmed: list[str] = []
        dialog.confirm_trust = lambda _parent, shown: confirmed.append(shown) or True
        dialog.url.setText(server.url)
        dialog.user.setText(USER)
        dialog.password.setText(PASSWORD)
        with qtbot.waitSignal(dialog.command.done, timeout=20000):
            dialog.test_button.click()
        assert "self-signed certificate" in dialog.message.text() and dialog.trust_button.isVisibleTo(dialog)
        assert "--trust-certificate" not in dialog.message.text()  # the button is the way here
        dialog.trust_button.click()
        assert confirmed and confirmed[0].replace(":", "") == fingerprint and dialog.trust_button.isHidden()
        with qtbot.waitSignal(dialog.command.done, timeout=20000):
            dialog.test_button.click()
        assert "1 calendar(s) found" in dialog.message.text()
        with qtbot.waitSignal(dialog.accepted, timeout=20000):
            dialog.add_button.click()
        [source] = settings.load(AppPaths.from_environment().settings_file).sources
        assert source.pinned_sha256 == fingerprint
    finally:
        server.stop()


def test_a_changed_self_signed_certificate_is_trusted_from_the_sync_window(qtbot, tmp_path, child_keyring):
    """Case 36 after the server's certificate was renewed: the failed source offers "Trust
    certificate…", the user confirms the fingerprint, and the source syncs again."""
    import subprocess
    import sys

    from tests.support.certificates import self_signed
    from tests.support.radicale import start_radicale
    from timeward.calendars.certificates import shown

    def timeward(*args: str) -> int:  # as the window's own commands run: a child with the file keyring
        return subprocess.run([sys.executable, "-m", "timeward", *args], input=PASSWORD + "\n", text=True,
                              capture_output=True, timeout=60).returncode

    cert, key, old = self_signed(tmp_path)
    server = start_radicale(tmp_path, tls=(cert, key))
    server.calendar("work", "Work")
    assert timeward("calendars", "add", "caldav", server.url, "--user", USER, "--password-stdin",
                    "--trust-certificate", old) == 0
    server.stop()
    renewed = tmp_path / "renewed"
    renewed.mkdir()
    cert, key, new = self_signed(renewed, "renewed")
    server = start_radicale(tmp_path, tls=(cert, key), port=int(server.url.rstrip("/").rsplit(":", 1)[1]))
    try:
        assert timeward("sync") == 1  # refused: not the certificate trusted before
        shown_window = window(qtbot)
        top = shown_window.tree.topLevelItem(0)
        assert shown_window.trust_button.isHidden()
        shown_window.tree.setCurrentItem(top.child(0))  # a calendar of the failed source will do
        assert shown_window.trust_button.isVisibleTo(shown_window)
        assert "not the certificate you trusted" in shown_window.summary.text()  # whole, where the row elides it
        assert "trust it only if you know it is your server's" in shown_window.summary.text()
        confirmed: list[str] = []
        shown_window.confirm_trust = lambda _parent, fingerprint: confirmed.append(fingerprint) or True
        with qtbot.waitSignal(shown_window.runner.finished, timeout=30000):
            shown_window.trust_button.click()
        assert confirmed == [shown(new)]
        [source] = settings.load(AppPaths.from_environment().settings_file).sources
        assert source.pinned_sha256 == new
        top = shown_window.tree.topLevelItem(0)
        assert top.text(1) == "synced just now" and shown_window.trust_button.isHidden()
    finally:
        server.stop()


def test_the_account_check_speaks_vietnamese_though_the_command_writes_english(qtbot, qapp, radicale, child_keyring):
    from timeward.ui.i18n import install_translators

    radicale.calendar("work", "Work")
    translators = install_translators(qapp, "vi")
    try:
        dialog = account_dialog(qtbot, radicale)
        assert checked(qtbot, dialog, "wrong").endswith(": tên người dùng hoặc mật khẩu không được chấp nhận")
        assert f"bằng tài khoản {USER}: tìm thấy 1 lịch" in checked(qtbot, dialog, PASSWORD)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
