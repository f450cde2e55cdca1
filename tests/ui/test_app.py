"""Single instance, no tray, and the app on the demo calendar."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from PySide6.QtWidgets import QSystemTrayIcon

from timeward.domain.phases import Phase
from timeward.storage.paths import AppPaths
from timeward.ui.app import TimewardApp
from timeward.ui.single_instance import REQUEST, SingleInstance


def test_second_launch_asks_the_first_to_show(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        assert second.notify_running()
    assert not (tmp_path / REQUEST).exists()
    first.release()
    assert second.acquire()  # the first has quit: the next launch runs
    second.release()


def test_a_hung_first_instance_is_reported_not_waited_on(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.show_requested.connect(lambda: None)
    first._watcher.blockSignals(True)  # the running instance does not answer
    second = SingleInstance(tmp_path)
    assert not second.acquire()
    assert not second.notify_running(timeout_ms=200)
    assert not (tmp_path / REQUEST).exists()  # no request is left for a later start to misread
    first.release()


def test_stale_lock_after_a_crash_does_not_block_the_start(qtbot, tmp_path):
    (tmp_path / "timeward.lock").write_text("999999\nprogram\nhost\n")  # a dead process's lock
    instance = SingleInstance(tmp_path)
    assert instance.acquire()
    instance.release()


def test_without_a_tray_the_timer_window_stands_in(qtbot, qapp):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        assert app.tray is None
        assert app.controller.timer.isVisible()
        qtbot.waitUntil(lambda: app.controller.timer.phase_label.text() == "Waiting for them to join")
        assert app.guard.state(app.clock.now()).focus.phase is Phase.WAITING
    finally:
        app.ticker.stop()
        app.controller.timer.close()


def test_a_second_timeward_process_hands_over_to_the_first():
    """Two real launches: the second asks the first to show its timer and exits 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    lock = AppPaths.from_environment().runtime / "timeward.lock"
    with subprocess.Popen([sys.executable, "-m", "timeward", "--demo"], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as first:
        try:
            deadline = time.monotonic() + 30
            while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            second = subprocess.run([sys.executable, "-m", "timeward"], env=env, capture_output=True, text=True,
                                    timeout=30)
            assert second.returncode == 0, second.stderr
            assert first.poll() is None  # the first keeps running
        finally:
            first.terminate()


def test_the_tray_syncs_its_sources_and_guards_their_calls(qtbot, qapp, tmp_path):
    """With a source configured, the app syncs it in a child process and guards its calls (no demo)."""
    import datetime as dt

    from tests.sync.conftest import event
    from timeward.storage import settings
    from timeward.storage.sources import Source

    start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(minutes=1)
    feed = tmp_path / "client.ics"
    feed.write_text(event("synced-call", start, summary="Synced client call"))
    paths = AppPaths.from_environment()
    settings.save(paths.settings_file, settings.Settings(sources=(Source("team", "ics", str(feed)),)))
    app = TimewardApp(qapp, paths, demo=False)
    try:
        assert not app.loader.uses_demo and app.syncer is not None
        qtbot.waitUntil(lambda: any(o.summary == "Synced client call"
                                    for o in app.guard.occurrences_between(start - dt.timedelta(hours=1),
                                                                           start + dt.timedelta(hours=1))),
                        timeout=30000)
        assert app.syncer.last_report.ok
        assert app.network is None  # the network is watched only once a sync has failed
        # the file source changes: the tray syncs again by itself
        app.local_sources._settle.setInterval(10)
        with qtbot.waitSignal(app.syncer.finished, timeout=30000):
            feed.write_text(event("synced-call", start, summary="Moved client call"))
        feed.unlink()
        with qtbot.waitSignal(app.syncer.finished, timeout=30000) as failed:
            app.syncer.sync_now()
        assert failed.args[0].sources[0].status == "error" and app.network is not None
    finally:
        app.syncer.stop()
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()


def test_a_bad_setting_shows_a_notice_and_keeps_the_calendars(qtbot, qapp):
    paths = AppPaths.from_environment()
    paths.config.mkdir(parents=True)
    paths.settings_file.write_text("language = 'xx'\n[[sources]]\nid = 'mine'\nkind = 'ics'\nurl = '/nowhere.ics'\n",
                                   encoding="utf-8")
    app = TimewardApp(qapp, paths, demo=False)
    try:
        assert [s.id for s in app.settings.sources] == ["mine"] and not app.loader.uses_demo
        assert app.controller.timer.notice_label.text() == "1 setting in config.toml could not be used…"
        paths.settings_file.write_text("this is not toml", encoding="utf-8")
        app._sources_changed()
        assert "could not be read" in app.controller.timer.notice_label.text()
        paths.settings_file.write_text("language = 'en'\n", encoding="utf-8")
        app._sources_changed()
        assert app.controller.timer.notice_label.isHidden()
    finally:
        qtbot.wait(1)  # the sync the app set off at start begins, and is stopped below
        if app.syncer is not None:
            app.syncer.stop()
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()


def test_the_tray_menu_carries_the_settings_notice(qtbot):
    from timeward.ui.tray import TrayIcon

    tray = TrayIcon()
    tray.set_notice("2 settings in config.toml could not be used…")
    line = next(a for a in tray.menu.actions() if a.text().startswith("2 settings"))
    assert line.isVisible() and line.isEnabled()  # what it opens: tests/ui/test_tray_menu.py
    tray.set_notice("")
    assert not line.isVisible()


def test_a_damaged_journal_is_read_back_and_the_app_says_so(qtbot, qapp):
    paths = AppPaths.from_environment()
    paths.data.mkdir(parents=True)
    (paths.data / "journal.sqlite3").write_bytes(b"not a database at all" * 100)
    app = TimewardApp(qapp, paths, demo=True)
    try:
        assert app.agenda.journal is not None and "was damaged" in app.agenda.notice
        app.update_drafts()
        assert app.controller.timer.notice_label.text().startswith("The journal was damaged")
        assert list(paths.data.glob("journal.sqlite3.damaged-*"))
    finally:
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()


def test_a_second_start_at_login_leaves_the_running_tray_alone(qapp, tmp_path, monkeypatch):
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import launch

    paths = AppPaths.from_environment()
    first = SingleInstance(paths.ensure(paths.runtime))
    assert first.acquire()
    try:
        assert launch(qapp, paths, demo=True, background=True) == 0
        assert not (paths.runtime / REQUEST).exists() and not list(paths.runtime.glob(f"{REQUEST}*"))
    finally:
        first.release()


def test_at_login_the_tray_is_waited_for_before_the_timer_window_stands_in(qapp, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    from timeward.ui.app import wait_for_tray

    answers = iter([False, False, True])
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: next(answers)))
    paused: list[int] = []
    assert wait_for_tray(5, pause=lambda: paused.append(1)) and len(paused) == 2
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert not wait_for_tray(2, pause=lambda: paused.append(1)) and len(paused) == 4
