"""Composition root: builds the tray app from its parts and runs it.

It reads the folders and settings, builds the guard, the ticker, the tray (or the timer window
where no tray exists), the calendar loader and the drafts (``ui/draft_flow.py``), wires them,
and opens the windows the menu asks for. The rules live in the domain and in those parts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from timeward import APP_ID, APP_NAME, __version__
from timeward.domain.clock import Clock, SystemClock
from timeward.domain.guard import CallGuard
from timeward.storage import settings
from timeward.storage.paths import LOCAL_CALENDAR_FOLDER, AppPaths
from timeward.storage.sources import sync_interval_minutes
from timeward.ui.calendar_loader import CalendarLoader
from timeward.ui.call_agenda import CallAgenda
from timeward.ui.call_log import CallLog
from timeward.ui.controller import CallController
from timeward.ui.draft_flow import DraftFlow
from timeward.ui.i18n import install_translators
from timeward.ui.join_links import use_own_services
from timeward.ui.plain import inert
from timeward.ui.reason_text import translated
from timeward.ui.single_instance import SingleInstance
from timeward.ui.ticker import GuardTicker
from timeward.ui.tray import TrayIcon, demo_text

if TYPE_CHECKING:
    from timeward.domain.model import Occurrence
    from timeward.domain.phrases import PhraseBook
    from timeward.sync.report import SyncReport
    from timeward.ui.draft_dialog import DraftDialog
    from timeward.ui.recent_calls import RecentCallsDialog
    from timeward.ui.report_window import ReportWindow
    from timeward.ui.sync_runner import SyncRunner
    from timeward.ui.sync_triggers import NetworkWatch
    from timeward.ui.sync_window import SyncWindow
    from timeward.ui.timer_window import TimerWindow

logger = logging.getLogger(__name__)
#: How long a tray started at login waits for the panel's tray before its timer window stands in.
TRAY_WAIT_SECONDS = 60
#: Calendars are re-read this often even when no file changed (the window moves with the day).
RELOAD_MS = 30 * 60 * 1000


class TimewardApp:
    """The running app: owns every long-lived object."""

    def __init__(self, app: QApplication, paths: AppPaths, demo: bool, clock: Clock | None = None) -> None:
        self.app = app
        self.paths = paths
        self.clock = clock or SystemClock()
        self.instance: SingleInstance | None = None
        self.settings = settings.load(paths.settings_file)
        use_own_services(lambda: self.settings.meeting_services)
        self.translators = install_translators(app, self.settings.language)
        self._phrase_book: PhraseBook | None = None
        self._client_phrases: dict[tuple[str, str], PhraseBook] = {}
        self.demo = demo or self.settings.demo
        self._build_guard()
        self._build_calendars()
        self._show_tray()
        for problem in self.settings.problems:
            logger.warning("%s", problem)
        self._show_settings_notice()
        if self.settings.start_at_login:
            self._refresh_login_entry()
        # The tray is up first (with the app icon); the log's calls under way, then the calendars,
        # follow once the event loop runs.
        QTimer.singleShot(0, self._open_log)
        QTimer.singleShot(0, lambda: self.loader.load(self.clock.now()))
        if not self.loader.uses_demo:
            self._reload.start()
        if self.syncer is not None:
            QTimer.singleShot(0, self.syncer.start)
            self._reload.timeout.connect(self.update_sync_health)

    def _build_guard(self) -> None:
        """The guard with the facts of the calls under way, its ticker, the tray, the controller
        that answers cards, and the drafts that follow calls."""
        paths = self.paths
        self.guard = CallGuard(self.settings.policy)
        self.agenda = CallAgenda(paths.data)
        # The demo's calls are not the user's: they are guarded, but never logged.
        self.call_log = CallLog(self.guard, self.agenda, self.clock, paths.runtime, lambda: self.settings,
                                lambda: not self.loader.uses_demo)
        self.ticker = GuardTicker(self.guard, self.clock)
        self.tray = TrayIcon() if QSystemTrayIcon.isSystemTrayAvailable() else None
        self.controller = CallController(self.guard, self.ticker, self.tray, self._make_timer, self._phrases,
                                         lambda _facts: self.call_log.save(), checklists=self.agenda.checklist,
                                         out_of_hours=self._out_of_hours,
                                         notifications=lambda: self.settings.notifications,
                                         phrases_for=self._phrases_for, buffer=lambda: self.settings.buffer)
        self.ticker.state_changed.connect(self.call_log.state_changed)
        self.ticker.calls_finished.connect(lambda _outcomes: self.call_log.save())
        self.call_log.on_outside_change = self.ticker.tick
        self.draft_flow = DraftFlow(self.agenda, paths, self.clock, self.controller, self.tray, lambda: self.settings,
                                    lambda: self.me, self._show_settings_notice, present, self._phrases_for)
        self.controller.advance_due = self.draft_flow.remind_ahead
        self.controller.call_finished.connect(self.draft_flow.call_finished)
        self.controller.no_show_undone.connect(self.draft_flow.no_show_undone)
        self.recent_calls: RecentCallsDialog | None = None
        self.report_window: ReportWindow | None = None

    def _out_of_hours(self, occurrence: Occurrence) -> bool:
        """The rule the log marks its entries by (the demo's calls are not the user's)."""
        from timeward.storage.meeting_log import LogRules
        from timeward.system_zone import local_zone

        return not self.loader.uses_demo and bool(LogRules(self.settings, local_zone()).out_of_hours(occurrence))

    def _open_log(self) -> None:
        """The answers the log holds for calls under way, its watch for ``timeward call``, and
        today's copy of the journal (none of it on the demo calendar, whose calls are not logged)."""
        if self.loader.uses_demo:
            return
        from timeward.storage.journal_backup import backup_folder
        from timeward.system_zone import local_zone

        self.call_log.restore()
        self.call_log.watch()
        self.call_log.backup(backup_folder(self.paths.data), self.clock.now().astimezone(local_zone()).date())

    def _build_calendars(self) -> None:
        """The calendar loader (local files, the synced cache, or the demo), re-read on resume, on a
        change of zone and every RELOAD_MS; the periodic sync where sources are configured."""
        paths = self.paths
        synced = bool(self.settings.sources)
        self.loader = CalendarLoader(paths.local_calendar_files(), [paths.data, paths.data / LOCAL_CALENDAR_FOLDER],
                                     self.demo, self.clock, synced)
        self.loader.demo_language = self.settings.mail_language
        self.syncer: SyncRunner | None = None
        self.network: NetworkWatch | None = None  # a NetworkWatch, once a sync has failed
        self.sync_window: SyncWindow | None = None
        if synced and not self.demo:
            self.ensure_syncer()
        self.loader.loaded.connect(self.controller.set_occurrences)
        self.loader.failed.connect(lambda message: logger.warning("calendar: %s", message))
        self.ticker.resumed.connect(lambda: self.loader.load(self.clock.now()))
        self.ticker.zone_changed.connect(lambda: self.loader.load(self.clock.now()))
        self._reload = QTimer()
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(lambda: self.loader.load(self.clock.now()))

    def _show_tray(self) -> None:
        """The tray icon with its menu wired, or the timer window where no tray exists."""
        if self.tray is None:
            self.controller.show_timer()  # no system tray: the timer window stands in for it
            return
        self.tray.settings_requested.connect(self.open_settings)
        self.tray.calendars_requested.connect(self.open_calendars)
        self.tray.drafts_requested.connect(self.open_draft)
        self.tray.recent_calls_requested.connect(self.open_recent_calls)
        self.tray.report_requested.connect(self.open_report)
        self.tray.notice_requested.connect(self.show_settings_problems)
        self.update_drafts()
        self.tray.menu.aboutToShow.connect(self.update_sync_health)
        self.tray.quit_requested.connect(self.app.quit)
        self.tray.icon.show()

    def _refresh_login_entry(self) -> None:
        from timeward.launch import tray_command
        from timeward.storage import autostart

        try:
            autostart.refresh(tray_command())
        except OSError as error:
            logger.warning("%s", error)

    def set_start_at_login(self, on: bool) -> bool:
        """Write or remove the login entry; False (and the user told why) when it cannot be."""
        from timeward.launch import tray_command
        from timeward.storage import autostart
        from timeward.ui.notify import tell

        try:
            autostart.set_start_at_login(on, tray_command())
        except OSError as error:
            tell(None, APP_NAME, QApplication.translate("App", "Timeward could not change what starts at login: %1")
                 .replace("%1", inert(str(error), 300)))
            return False
        return True

    def _network_back(self) -> None:
        if self.syncer is not None:
            self.syncer.sync_now(network_back=True)

    def ensure_syncer(self) -> SyncRunner:
        """The periodic sync, started when the first source exists (from the start or the window)."""
        if self.syncer is None:
            from timeward.ui.sync_runner import SyncRunner
            from timeward.ui.sync_triggers import LocalSourceWatch, local_source_paths

            self.syncer = SyncRunner()
            self.syncer.set_interval(sync_interval_minutes(self.settings.sources))
            self.syncer.finished.connect(self._synced)
            self.ticker.resumed.connect(self.syncer.sync_now)
            self.app.aboutToQuit.connect(self.syncer.stop)
            self.local_sources = LocalSourceWatch(local_source_paths(self.settings.sources), self.syncer)
            self.local_sources.changed.connect(lambda: self.syncer.sync_now(scheduled=True))
        return self.syncer

    def _synced(self, report: SyncReport) -> None:
        from timeward.sync.report import SyncStatus

        if self.network is None and any(r.status is SyncStatus.ERROR for r in report.sources):
            # Only while a source waits after a failure does the network's return matter; QtNetwork
            # is loaded then, not before (it would cost the tray several MiB for nothing).
            from timeward.ui.sync_triggers import NetworkWatch

            self.network = NetworkWatch(self.syncer)
            self.network.back.connect(self._network_back)
        self.loader.synced = True
        self.loader.load(self.clock.now())
        if report.notices and not self.loader.uses_demo:
            self._tell_bookings(report.notices)
        self.update_sync_health()
        forget_module_sources()  # the first sync and its alerts imported more modules

    def _tell_bookings(self, rows: list[dict]) -> None:
        """A card for calls the sync booked outside working hours or past a budget, with the reply
        to copy in the app's language."""
        from timeward.domain.phrases import out_of_hours_reply, over_budget_reply
        from timeward.sync.booking_watch import BookingNotice

        try:
            notices = [BookingNotice.from_json(row) for row in rows]
        except (KeyError, TypeError, ValueError) as error:
            logger.warning("the sync's notices could not be read: %s", error)
            return

        def reply(chosen: list[BookingNotice]) -> str:
            book, first = self._phrases(), chosen[0]
            if first.kind == "out_of_hours":
                return out_of_hours_reply(book, self.settings.hours.ranges())
            return over_budget_reply(book, dt.timedelta(minutes=first.used), dt.timedelta(minutes=first.budget))

        self.controller.tell_bookings(notices, reply)

    def update_sync_health(self) -> None:
        """The tray's "synced 3 min ago" line (or the error) and its stale badge, from the cache."""
        if self.tray is None or self.syncer is None:
            return
        from timeward.sync.status import is_stale, last_good_sync, problems
        from timeward.ui.sync_window import ago

        rows = self._source_rows()
        now = self.clock.now()
        failing = problems(rows)
        text = translated(failing[0]) if failing else ago(last_good_sync(rows), now)
        if self.syncer.running:
            text = QApplication.translate("App", "Syncing…")
        self.tray.set_sync_health(text, is_stale(rows, now, self.syncer.interval))

    def _source_rows(self) -> list[dict]:
        """The sources as the sync window shows them; none before the first sync made a cache."""
        from timeward.storage.cache import FILE_NAME
        from timeward.sync.status import read_rows

        return read_rows(self.paths)[0] if (self.paths.cache / FILE_NAME).exists() else []

    def open_calendars(self) -> None:
        """The sync window: accounts, subscriptions, their calendars and how their syncs went."""
        if self.sync_window is None:
            from timeward.ui.sync_window import SyncWindow

            self.sync_window = SyncWindow(self.paths, self.ensure_syncer, self.clock.now)
            self.sync_window.changed.connect(self._sources_changed)
            runner = self.ensure_syncer()
            runner.started.connect(self.sync_window.sync_started)
            runner.finished.connect(self.sync_window.sync_finished)
            if runner.running:
                self.sync_window.sync_started()
        self.sync_window.refresh()
        present(self.sync_window)

    def _sources_changed(self) -> None:
        self.settings = settings.load(self.paths.settings_file)
        self.loader.synced = bool(self.settings.sources)
        self._show_settings_notice()  # a new notice, and the demo label gone once a calendar is there
        self.loader.load(self.clock.now())
        if self.syncer is not None:
            from timeward.ui.sync_triggers import local_source_paths

            self.local_sources.watch(local_source_paths(self.settings.sources))
            self.syncer.set_interval(sync_interval_minutes(self.settings.sources))
        if self.settings.sources and not self.demo and not self._reload.isActive():
            self._reload.start()

    def _phrases(self) -> PhraseBook:
        """The phrase book, read when first needed (a warning card) and again after a language change."""
        if self._phrase_book is None:
            from timeward.storage.templates import load_phrases

            # "auto" follows the system's language, as the mails do (English where it has no phrases).
            self._phrase_book, problem = load_phrases(self.settings.mail_language, self.paths.config)
            if problem:
                logger.warning("%s", problem)
        return self._phrase_book

    def _phrases_for(self, occurrence: Occurrence) -> PhraseBook:
        """The phrases to say or send to the call's client: in its profile's language, from its own
        templates where it has them (read once, until the settings change)."""
        from timeward.storage.templates import load_phrases

        profile = self.settings.policy.profile_for(occurrence)
        wanted = (self.settings.mail_language_for(profile), profile.templates if profile else "")
        if wanted not in self._client_phrases:
            self._client_phrases[wanted], problem = load_phrases(wanted[0], self.paths.config, wanted[1])
            if problem:
                logger.warning("%s", problem)
        return self._client_phrases[wanted]

    def settings_notice(self) -> str:
        """One line on what of the app's own files could not be used (config.toml, a damaged journal
        read back), for the tray menu and the timer window."""
        if self.agenda.notice:
            return QApplication.translate("App", "The journal was damaged: what could be read was kept…")
        if self.settings.unreadable:
            return QApplication.translate("App", "config.toml could not be read: the defaults are used…")
        if self.settings.problems:
            from timeward.ui.plurals import plurals

            return plurals().settings_not_used(len(self.settings.problems))
        return ""

    def _show_settings_notice(self) -> None:
        if self.tray is not None:
            self.tray.set_notice(self.settings_notice())
            self.tray.demo = self.loader.uses_demo
        if self.controller.has_timer:
            self._label_timer(self.controller.timer)

    def _label_timer(self, timer: TimerWindow) -> None:
        """The timer window's notice line and demo line, as they stand now."""
        timer.set_notice(self.settings_notice())
        timer.set_demo(demo_text() if self.loader.uses_demo else "")

    def show_settings_problems(self) -> None:
        """What the notice stands for, line by line: the file is the user's, so it is never rewritten
        without keeping a copy, and this says so."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, self.settings_notice().rstrip("…"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        lines = [self.agenda.notice] if self.agenda.notice else []
        shown = [inert(translated(problem), 300) for problem in [*lines, *self.settings.problems]]
        box.setInformativeText("\n".join(shown) + "\n\n" + (
            QApplication.translate("App", "Everything else in the file is used. Nothing in it is overwritten: "
                                          "before Timeward saves settings, it keeps a copy of the file as it is.")))
        box.exec()

    def _reload_settings(self) -> None:
        self.settings = settings.load(self.paths.settings_file)
        self.loader.demo_language = self.settings.mail_language
        self._show_settings_notice()

    def save_settings(self, changed: settings.Settings) -> bool:
        """Write ``changed`` to config.toml; False (and the user told why) when it cannot be written.
        A file that had problems is first kept aside, and the user is told where."""
        from timeward.ui.notify import tell

        if changed.start_at_login != self.settings.start_at_login and not self.set_start_at_login(
                changed.start_at_login):
            changed = dataclasses.replace(changed, start_at_login=self.settings.start_at_login)
        try:
            kept = settings.save(self.paths.settings_file, changed)
        except settings.SettingsError as error:
            tell(None, APP_NAME, QApplication.translate(
                "App", "The settings could not be saved: %1").replace("%1", inert(str(error), 300)))
            return False
        if kept is not None:
            tell(None, APP_NAME, QApplication.translate(
                "App", "config.toml had settings that could not be used; the file as it was is kept as %1"
            ).replace("%1", str(kept)), warning=False)
        self._reload_settings()
        return True

    def _make_timer(self) -> TimerWindow:
        from timeward.ui.timer_window import TimerWindow

        ui_state = QSettings(str(self.paths.config / "window-state.ini"), QSettings.Format.IniFormat)
        timer = TimerWindow(ui_state, checklist_for=self.agenda.checklist)
        self._label_timer(timer)
        timer.checklist_changed.connect(lambda key, checklist: self.agenda.save(key, checklist, self.clock.now()))
        if self.tray is None:
            timer.set_menu(self._window_menu(timer))  # it stands in for the tray: it stays in the taskbar
        else:
            from timeward.ui.taskbar import keep_out_of_taskbar

            keep_out_of_taskbar(timer)  # the tray icon opens it
        return timer

    def _window_menu(self, parent: QWidget) -> QMenu:
        """What the tray menu offers besides the call, for the timer window where no tray exists."""
        menu = QMenu(parent)
        self.draft_flow.menu_action = menu.addAction("")
        self.draft_flow.menu_action.triggered.connect(lambda: self.open_draft())
        menu.addAction(QCoreApplication.translate("TrayIcon", "Follow up on a recent call…"), self.open_recent_calls)
        menu.addAction(QCoreApplication.translate("TrayIcon", "Meeting log and report…"), self.open_report)
        menu.addAction(QCoreApplication.translate("TrayIcon", "Calendars…"), self.open_calendars)
        menu.addAction(QCoreApplication.translate("TrayIcon", "Settings…"), self.open_settings)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("TrayIcon", "Quit"), self.app.quit)
        menu.aboutToShow.connect(self.update_drafts)
        return menu

    # -- follow-up drafts (ui/draft_flow.py) -------------------------------------------------
    @property
    def me(self) -> tuple[str, ...]:
        """The user's own addresses, never written to (in the demo, the demo calendar's "You")."""
        if self.settings.policy.me or not self.loader.uses_demo:
            return self.settings.policy.me
        from timeward.domain.demo import ME

        return (ME.email,)

    def open_recent_calls(self) -> None:
        """The calls of the last seven days, to draft a follow-up for one of them."""
        from timeward.system_zone import local_zone
        from timeward.ui.recent_calls import RecentCallsDialog

        if self.recent_calls is None:
            from timeward.domain.demo import demo_recent_calls

            language = self.settings.mail_language
            dialog = RecentCallsDialog(self.clock.now, local_zone(),
                                       demo=(lambda now: demo_recent_calls(now, language)) if self.loader.uses_demo
                                       else None)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.chosen.connect(self.follow_up)
            dialog.destroyed.connect(lambda: setattr(self, "recent_calls", None))
            self.recent_calls = dialog
        present(self.recent_calls)

    def follow_up(self, occurrence: Occurrence) -> None:
        self.draft_flow.follow_up(occurrence)

    def update_drafts(self) -> None:
        self.draft_flow.update()

    def open_draft(self, call: str | None = None, kind: str | None = None) -> None:
        self.draft_flow.open(call, kind)

    @property
    def drafts(self) -> list[DraftDialog]:
        """The draft dialogs open now."""
        return self.draft_flow.dialogs

    def open_settings(self) -> None:
        from timeward.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, changed: settings.Settings) -> bool:
        """Save ``changed`` and use it at once: no restart."""
        if not self.save_settings(changed):
            return False
        self._phrase_book = None
        self._client_phrases.clear()
        self.guard.set_policy(self.settings.policy)
        self.ticker.tick()
        return True

    def open_report(self) -> None:
        """The meeting log and the per-client report."""
        from timeward.system_zone import local_zone
        from timeward.ui.report_window import ReportWindow

        if self.report_window is None:
            self.report_window = ReportWindow(self.agenda.journal, lambda: self.settings, self.apply_settings,
                                              self._phrases, self.clock.now, local_zone())
        else:
            self.report_window.refresh()
        present(self.report_window)


#: A URL's query and anything after "mailto:": Qt's own warnings quote the URLs it could not open,
#: and a mailto: URL carries the whole mail.
_URL_CONTENT = re.compile(r"(mailto:)[^\s']*|(https?://[^\s'?#]*)[?#][^\s']*")


def _qt_message(_kind: object, _context: object, message: str) -> None:
    """Qt's warnings go to the log with what a URL carries left out (never log mail content)."""
    logger.warning("Qt: %s", _URL_CONTENT.sub(lambda m: (m[1] or m[2]) + "…", message))


def create_application() -> QApplication:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    qInstallMessageHandler(_qt_message)
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    return app


def present(window: QWidget) -> None:
    """Show ``window`` in front, with the focus (also when it was open behind others); the first
    time centred on its screen, as dialogs are (the Calendars window came up in a corner)."""
    if not window.isVisible() and not window.property("placed"):
        window.adjustSize()
        frame = window.frameGeometry()
        frame.moveCenter(window.screen().availableGeometry().center())
        window.move(frame.topLeft())
        window.setProperty("placed", True)
    window.show()
    window.raise_()
    window.activateWindow()


def forget_module_sources() -> None:
    """Drop the source lines PySide6 read in: its import hook reads the source of every module
    imported after it (looking for ``__feature__`` imports) and Python's line cache keeps them,
    several megabytes the tray never uses (a traceback reads them again if it needs them)."""
    import linecache

    linecache.clearcache()


def launch(app: QApplication, paths: AppPaths, demo: bool, clock: Clock | None = None,
           background: bool = False) -> TimewardApp | int:
    """The running app, or an exit code when another instance runs (it was asked to show itself,
    unless this one was started in the ``background``, as at login)."""
    instance = SingleInstance(paths.ensure(paths.runtime))
    if not instance.acquire():
        if background:
            return 0
        if instance.notify_running():
            return 0
        from timeward.ui.notify import tell

        tell(None, APP_NAME, QApplication.translate(
            "App", "Timeward seems to be running already, but it does not answer. Close it and try again."))
        return 1
    if background:
        wait_for_tray()
    timeward = TimewardApp(app, paths, demo, clock)
    timeward.instance = instance  # held for the app's lifetime: the lock lives as long as it does
    instance.show_requested.connect(timeward.controller.show_timer)
    app.aboutToQuit.connect(instance.release)
    app.aboutToQuit.connect(timeward.ticker.stop)
    app.aboutToQuit.connect(timeward.loader.stop)
    forget_module_sources()
    return timeward


def wait_for_tray(seconds: int = TRAY_WAIT_SECONDS, pause: Callable[[], None] | None = None) -> bool:
    """At login the panel that hosts the tray may start after Timeward: wait for it (the timer
    window stands in only where none comes), answering events meanwhile (``pause``: a second).
    True when it came."""
    for _second in range(seconds):
        if QSystemTrayIcon.isSystemTrayAvailable():
            return True
        (pause or _pause_a_second)()
    return QSystemTrayIcon.isSystemTrayAvailable()


def _pause_a_second() -> None:
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    QTimer.singleShot(1000, loop.quit)
    loop.exec()


def run_app(demo: bool = False, background: bool = False) -> int:
    app = create_application()
    launched = launch(app, AppPaths.from_environment(), demo, background=background)
    return launched if isinstance(launched, int) else app.exec()
