"""TrayIcon: the system-tray icon, its tooltip and its menu, rendered from a GuardState.

The menu: the current call and its phase, "They joined", "End call", the rest of today's calls
with their join links, "Open timer", "Calendars…" with the sync's health under it, "Settings…",
"Quit". Menu items are user intents, emitted
as signals; this class decides nothing about calls.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from timeward.domain.guard import GuardState
from timeward.domain.model import Occurrence
from timeward.domain.phases import Phase
from timeward.ui import presenter
from timeward.ui.icon import render_icon
from timeward.ui.join_links import join_call_text, join_link
from timeward.ui.plain import inert, tooltip

#: The look before the first calendar read: no call known (the time in it is never shown).
NOTHING_YET = GuardState(dt.datetime.fromtimestamp(0, dt.UTC))


class TrayIcon(QObject):
    joined_requested = Signal(str)
    end_requested = Signal(str)
    open_timer_requested = Signal()
    settings_requested = Signal()
    calendars_requested = Signal()
    quit_requested = Signal()
    link_requested = Signal(str)
    drafts_requested = Signal()
    recent_calls_requested = Signal()
    report_requested = Signal()
    notice_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self._look: tuple[str, Phase, bool] | None = None
        self._menu_shape: tuple[object, ...] | None = None
        self.header = QAction(self.menu)
        self.header.setEnabled(False)
        self.today: list[Occurrence] = []
        self.sync_text = ""  # "synced 3 min ago" or the sync's error; "" without synced sources
        self.stale = False
        self.sync_line: QAction | None = None
        self.drafts_line: QAction | None = None
        self.drafts_waiting = 0
        self.demo = False  # the calls shown are the demo calendar's, made up
        self.notice_text = ""  # what the user must know of the app itself (a settings file it could not use)
        self.notice_line: QAction | None = None
        self.show_state(NOTHING_YET)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_timer_requested.emit()

    def set_today(self, occurrences: list[Occurrence]) -> None:
        self.today = occurrences
        self._menu_shape = None

    def show_state(self, state: GuardState) -> None:
        view = state.focus
        phase = view.phase if view else Phase.IDLE
        look = (presenter.icon_text(view), phase, self.stale)
        if look != self._look:
            self._look = look
            self.icon.setIcon(render_icon(*look))
        text = presenter.tooltip_text(state)
        self.icon.setToolTip(tooltip(f"{demo_text()}\n{text}" if self.demo else text))
        shape = (view.key if view else None, phase, tuple(o.key for o in self.today))
        if shape != self._menu_shape:
            self._menu_shape = shape
            self._rebuild(state)
        if view is not None:
            self.header.setText(f"{presenter.phase_name(view.phase)} · {presenter.detail_line(view)}")

    def _add(self, text: str, slot, enabled: bool = True) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        return action

    def _rebuild(self, state: GuardState) -> None:
        self.menu.clear()
        self.header = QAction(self.menu)
        self.header.setEnabled(False)
        view = state.focus
        if view is not None:
            title = self.menu.addAction(inert(view.occurrence.summary, 60))
            title.setEnabled(False)
            self.menu.addAction(self.header)
            key = view.key
            if view.phase in (Phase.UPCOMING, Phase.WAITING):
                self._add(self.tr("They joined"), lambda: self.joined_requested.emit(key))
            if view.phase.live:
                self._add(self.tr("End call"), lambda: self.end_requested.emit(key))
            if (url := join_link(view.occurrence)) is not None:
                self._add(join_call_text(url), lambda: self.link_requested.emit(url))
        else:
            self.header.setText(presenter.phase_name(Phase.IDLE))
            self.menu.addAction(self.header)
        self.menu.addSeparator()
        later = [o for o in self.today if view is None or o.key != view.key]
        heading = self.menu.addAction(self.tr("Today") if later else self.tr("No more calls today"))
        heading.setEnabled(False)
        for occurrence in later:
            self._add_occurrence(occurrence)
        self.menu.addSeparator()
        self._add(self.tr("Open timer"), self.open_timer_requested.emit)
        self.drafts_line = self._add(drafts_text(self.drafts_waiting), self.drafts_requested.emit)
        self.drafts_line.setVisible(self.drafts_waiting > 0)
        self._add(self.tr("Follow up on a recent call…"), self.recent_calls_requested.emit)
        self._add(self.tr("Meeting log and report…"), self.report_requested.emit)
        self._add(self.tr("Calendars…"), self.calendars_requested.emit)
        self.sync_line = self.menu.addAction(self.sync_text)
        self.sync_line.setEnabled(False)
        self.sync_line.setVisible(bool(self.sync_text))
        self._add(self.tr("Settings…"), self.settings_requested.emit)
        self.notice_line = self._add(self.notice_text, self.notice_requested.emit)
        self.notice_line.setVisible(bool(self.notice_text))
        self._add(self.tr("Quit"), self.quit_requested.emit)


    def set_drafts_waiting(self, count: int) -> None:
        """How many mail drafts wait to be sent or dismissed (a menu line opens them)."""
        self.drafts_waiting = count
        if self.drafts_line is not None:
            self.drafts_line.setText(drafts_text(self.drafts_waiting))
            self.drafts_line.setVisible(count > 0)

    def set_notice(self, text: str) -> None:
        """A menu line that says something is wrong with the app's own files ("" for none); it
        opens the details."""
        self.notice_text = text
        if self.notice_line is not None:
            self.notice_line.setText(text)
            self.notice_line.setVisible(bool(text))

    def set_sync_health(self, text: str, stale: bool) -> None:
        """The sync line of the menu, and the stale badge on the icon (no good sync for three
        intervals: the guard may be working on an old calendar)."""
        self.sync_text = inert(text, 80)
        if self.sync_line is not None:
            self.sync_line.setText(self.sync_text)
            self.sync_line.setVisible(bool(self.sync_text))
        if stale != self.stale:
            self.stale = stale
            if self._look is not None:
                self._look = (*self._look[:2], stale)
                self.icon.setIcon(render_icon(*self._look))

    def _add_occurrence(self, occurrence: Occurrence) -> None:
        assert isinstance(occurrence.start, dt.datetime)
        text = f"{presenter.local_time(occurrence.start)}  {inert(occurrence.summary, 50)}"
        if (url := join_link(occurrence)) is not None:
            self._add(text, lambda: self.link_requested.emit(url))
        else:
            self._add(text, lambda: None, enabled=False)


def drafts_text(waiting: int) -> str:
    """The menu line that opens the waiting drafts."""
    return QCoreApplication.translate("TrayIcon", "Follow-up drafts waiting: %1…").replace("%1", str(waiting))


def demo_text() -> str:
    """What says that the calls shown are made up: the tray's tooltip and the timer window."""
    return QCoreApplication.translate("TrayIcon", "Demo calendar — add yours in Calendars…")
