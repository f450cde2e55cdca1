"""Composition root: builds the tray app from its parts and runs it.

Nothing here decides anything: it reads the folders and settings, builds the guard, the ticker,
the tray (or the timer window where no tray exists) and the calendar loader, and wires them.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from timeward import APP_ID, APP_NAME, __version__
from timeward.domain.clock import Clock, SystemClock
from timeward.domain.guard import CallGuard
from timeward.storage import live_state, settings
from timeward.storage.paths import LOCAL_CALENDAR_FOLDER, AppPaths
from timeward.ui.calendar_loader import CalendarLoader
from timeward.ui.controller import CallController
from timeward.ui.i18n import install_translators
from timeward.ui.single_instance import SingleInstance
from timeward.ui.ticker import GuardTicker
from timeward.ui.tray import TrayIcon

if TYPE_CHECKING:
    from timeward.domain.phrases import PhraseBook
    from timeward.ui.sync_runner import SyncRunner
    from timeward.ui.timer_window import TimerWindow

logger = logging.getLogger(__name__)
#: Calendars are re-read this often even when no file changed (the window moves with the day).
RELOAD_MS = 30 * 60 * 1000


class TimewardApp:
    """The running app: owns every long-lived object."""

    def __init__(self, app: QApplication, paths: AppPaths, demo: bool, clock: Clock | None = None) -> None:
        self.app = app
        self.paths = paths
        self.clock = clock or SystemClock()
        self.instance: SingleInstance | None = None
        try:
            self.settings = settings.load(paths.settings_file)
            settings_problem = None
        except settings.SettingsError as error:
            self.settings, settings_problem = settings.Settings(), str(error)
        install_translators(app, self.settings.language)
        self._phrase_book: PhraseBook | None = None
        self.guard = CallGuard(self.settings.policy)
        self.guard.restore_facts(live_state.load_facts(paths.runtime))
        self.ticker = GuardTicker(self.guard, self.clock)
        self.tray = TrayIcon() if QSystemTrayIcon.isSystemTrayAvailable() else None
        self.controller = CallController(self.guard, self.ticker, self.tray, self._make_timer, self._phrases,
                                         lambda facts: live_state.save_facts(paths.runtime, facts))
        files = paths.local_calendar_files()
        synced = bool(self.settings.sources)
        self.loader = CalendarLoader(files, [paths.data, paths.data / LOCAL_CALENDAR_FOLDER],
                                     demo or self.settings.demo, self.clock, synced)
        self.syncer: SyncRunner | None = None
        if synced and not (demo or self.settings.demo):
            from timeward.ui.sync_runner import SyncRunner

            self.syncer = SyncRunner()
            self.syncer.finished.connect(lambda _report: self.loader.load(self.clock.now()))
            self.ticker.resumed.connect(self.syncer.sync_now)
        self.loader.loaded.connect(self.controller.set_occurrences)
        self.loader.failed.connect(lambda message: logger.warning("calendar: %s", message))
        self.ticker.resumed.connect(lambda: self.loader.load(self.clock.now()))
        self.ticker.zone_changed.connect(lambda: self.loader.load(self.clock.now()))
        self._reload = QTimer()
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(lambda: self.loader.load(self.clock.now()))
        if self.tray is not None:
            self.tray.settings_requested.connect(self.open_settings)
            self.tray.quit_requested.connect(app.quit)
            self.tray.icon.show()
        else:
            self.controller.show_timer()  # no system tray: the timer window stands in for it
        if settings_problem:
            logger.warning("%s", settings_problem)
        # The tray is up first (with the app icon); the calendars follow once the event loop runs.
        QTimer.singleShot(0, lambda: self.loader.load(self.clock.now()))
        if not self.loader.uses_demo:
            self._reload.start()
        if self.syncer is not None:
            QTimer.singleShot(0, self.syncer.start)

    def _phrases(self) -> PhraseBook:
        """The phrase book, read when first needed (a warning card) and again after a language change."""
        if self._phrase_book is None:
            from timeward.storage.templates import load_phrases

            language = self.settings.language if self.settings.language != "auto" else "en"
            self._phrase_book, problem = load_phrases(language, self.paths.config)
            if problem:
                logger.warning("%s", problem)
        return self._phrase_book

    def _make_timer(self) -> TimerWindow:
        from timeward.ui.timer_window import TimerWindow

        ui_state = QSettings(str(self.paths.config / "window-state.ini"), QSettings.Format.IniFormat)
        return TimerWindow(ui_state)

    def open_settings(self) -> None:
        from timeward.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings)
        if dialog.exec():
            self.settings = dialog.result_settings()
            settings.save(self.paths.settings_file, self.settings)
            self._phrase_book = None
            self.guard.set_policy(self.settings.policy)
            self.ticker.tick()


def create_application() -> QApplication:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    return app


def launch(app: QApplication, paths: AppPaths, demo: bool, clock: Clock | None = None) -> TimewardApp | int:
    """The running app, or an exit code when another instance runs (it was asked to show itself)."""
    instance = SingleInstance(paths.ensure(paths.runtime))
    if not instance.acquire():
        if instance.notify_running():
            return 0
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, APP_NAME, QApplication.translate(
            "App", "Timeward seems to be running already, but it does not answer. Close it and try again."))
        return 1
    timeward = TimewardApp(app, paths, demo, clock)
    timeward.instance = instance  # held for the app's lifetime: the lock lives as long as it does
    instance.show_requested.connect(timeward.controller.show_timer)
    app.aboutToQuit.connect(instance.release)
    app.aboutToQuit.connect(timeward.ticker.stop)
    app.aboutToQuit.connect(timeward.loader.stop)
    if timeward.syncer is not None:
        app.aboutToQuit.connect(timeward.syncer.stop)
    return timeward


def run_app(demo: bool = False) -> int:
    app = create_application()
    launched = launch(app, AppPaths.from_environment(), demo)
    return launched if isinstance(launched, int) else app.exec()
