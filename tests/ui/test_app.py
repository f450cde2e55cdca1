"""Single instance (case 43), no tray (case 48), and the app on the demo calendar."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QSystemTrayIcon

from timeward.domain.phases import Phase
from timeward.storage.paths import AppPaths
from timeward.ui.app import TimewardApp
from timeward.ui.single_instance import SingleInstance


def test_second_launch_asks_the_first_to_show(qtbot, tmp_path):
    name = f"timeward-test-{os.getpid()}"
    first = SingleInstance(tmp_path, name)
    assert first.acquire()
    second = SingleInstance(tmp_path, name)
    assert not second.acquire()
    with qtbot.waitSignal(first.show_requested, timeout=3000):
        assert second.notify_running()
    first.release()


def test_stale_lock_after_a_crash_does_not_block_the_start(qtbot, tmp_path):
    (tmp_path / "timeward.lock").write_text("999999\nprogram\nhost\n")  # a dead process's lock
    instance = SingleInstance(tmp_path, f"timeward-stale-{os.getpid()}")
    assert instance.acquire()
    instance.release()


def test_without_a_tray_the_timer_window_stands_in(qtbot, qapp):
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        assert app.tray is None
        assert app.timer.isVisible()
        assert app.timer.phase_label.text() == "Waiting for them to join"
        assert app.guard.state(app.clock.now()).focus.phase is Phase.WAITING
    finally:
        app.ticker.stop()
        app.timer.close()
