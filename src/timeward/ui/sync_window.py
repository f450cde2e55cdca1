"""SyncWindow: the user's calendar accounts and subscriptions, how their syncs went, and the
actions on them ("Sync now", "Add account…", "Add subscription…", "Remove").

Each source lists its calendars with a "guard calls in this calendar" checkbox and its colour;
statuses and errors are the sync's own words, shown as plain text. It reads the configuration
and the cache (no network); syncs, additions and removals run in child processes, and a busy bar
shows while a sync runs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeward.storage import settings
from timeward.storage.paths import AppPaths
from timeward.sync.report import SyncReport
from timeward.ui.child_command import ChildCommand
from timeward.ui.plain import inert
from timeward.ui.reason_text import translated
from timeward.ui.sync_runner import SyncRunner

ROLE = Qt.ItemDataRole.UserRole
ERROR_ROLE = Qt.ItemDataRole.UserRole + 1  # a source row's last error, whole (the column elides it)


def _confirm_trust(parent: QWidget, fingerprint: str) -> bool:
    from timeward.ui.source_dialogs import confirm_trust

    return confirm_trust(parent, fingerprint)


def ago(moment: dt.datetime | None, now: dt.datetime) -> str:
    """"synced 3 min ago" in words a user reads at a glance."""
    if moment is None:
        return QCoreApplication.translate("QWidget", "never synced")
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return QCoreApplication.translate("QWidget", "synced just now")
    from timeward.ui.plurals import plurals

    if minutes < 60:
        return plurals().synced_minutes_ago(minutes)
    hours, days = divmod(minutes, 60)[0], divmod(minutes, 24 * 60)[0]
    return plurals().synced_hours_ago(hours) if minutes < 48 * 60 else plurals().synced_days_ago(days)


def _swatch(colour: str | None) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if colour and QColor.isValidColorName(colour) else QColor("#9aa3ad"))
    return QIcon(pixmap)


def source_status_text(row: dict[str, Any], now: dt.datetime) -> str:
    synced = dt.datetime.fromisoformat(row["synced_at"]) if row["synced_at"] else None
    if row["status"] == "auth":
        return QCoreApplication.translate("QWidget", "password needed: ") + translated(row["error"] or "")
    if row["error"]:
        return f"{ago(synced, now)} · {translated(row['error'])}"
    return ago(synced, now)


class SyncWindow(QWidget):
    changed = Signal()  # sources were added, removed or (un)guarded: the tray re-reads its calendar

    def __init__(self, paths: AppPaths, syncer: Callable[[], SyncRunner], now: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths, self._syncer, self._now = paths, syncer, now
        self.setWindowTitle(self.tr("Calendars — Timeward"))
        self.resize(640, 420)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Calendar"), self.tr("Status")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 260)
        self.tree.header().setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setWordWrap(True)
        self.tree.itemChanged.connect(self._guard_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: a sync reports no steps
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.account_button = QPushButton(self.tr("Add account…"))
        self.subscription_button = QPushButton(self.tr("Add subscription…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.trust_button = QPushButton(self.tr("Trust certificate…"))
        self.trust_button.setToolTip(self.tr("Trust the certificate this server shows now, by its fingerprint"))
        self.trust_button.hide()
        self.sync_button.clicked.connect(self.sync_now)
        self.account_button.clicked.connect(self.add_account)
        self.subscription_button.clicked.connect(self.add_subscription)
        self.remove_button.clicked.connect(self.remove_selected)
        self.trust_button.clicked.connect(self.trust_selected)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.account_button, self.subscription_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._command = ChildCommand(self)  # `calendars remove` or `calendars trust`
        self._command.done.connect(self._command_done)
        self._sync_after_command = False
        self._hint = ""  # what the summary says when no failed source is selected
        self._syncing = False
        self._sync_failure = ""  # what the last sync's failures were, until the next sync
        self.confirm_trust: Callable[[QWidget, str], bool] = _confirm_trust
        self._filling = False
        self.refresh()

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        from timeward.sync.status import read_rows
        from timeward.ui.source_dialogs import offered_fingerprint

        rows, problem = read_rows(self.paths)
        now = self._now()
        current = self.tree.currentItem()
        selected = current.data(0, ROLE) if current is not None else None
        self._filling = True
        self.tree.clear()
        for row in rows:
            kind = self.tr("account") if row["kind"] == "caldav" else self.tr("subscription")
            top = QTreeWidgetItem([f"{row['name']} · {kind}", source_status_text(row, now)])
            top.setData(0, ROLE, ("source", row["id"]))
            top.setToolTip(0, " ".join(filter(None, [row["url"], row.get("user")])))
            top.setToolTip(1, top.text(1))
            top.setData(1, ROLE, offered_fingerprint(row["error"] or ""))  # a self-signed certificate's
            top.setData(1, ERROR_ROLE, row["error"] or "")
            self.tree.addTopLevelItem(top)
            for calendar in row["calendars"]:
                status = {"gone": self.tr("no longer on the server; its events are kept"),
                          "error": translated(calendar["error"] or "") or self.tr("failed")}.get(
                    calendar["status"], self.tr("ok"))
                child = QTreeWidgetItem([calendar["name"] or calendar["href"], status])
                child.setIcon(0, _swatch(calendar["colour"]))
                child.setData(0, ROLE, ("calendar", row["id"], calendar["href"]))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if calendar["guarded"] else Qt.CheckState.Unchecked)
                child.setToolTip(0, self.tr("Guard calls in this calendar"))
                top.addChild(child)
            top.setExpanded(True)
            if selected == ("source", row["id"]):
                self.tree.setCurrentItem(top)
        self._filling = False
        if problem:
            self._hint = translated(problem)
        elif not rows:
            self._hint = self.tr("Demo calendar: the tray shows made-up calls until you add yours. Add a CalDAV "
                                 "account (Nextcloud, Fastmail, iCloud, Radicale…) or subscribe to a published "
                                 "calendar (Google, Outlook).")
        else:
            self._hint = self.tr("Ticked calendars are guarded: Timeward times their calls.")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.remove_button.setEnabled(item is not None and item.data(0, ROLE)[0] == "source")
        source = self._selected_source()
        self.trust_button.setVisible(bool(source is not None and source.data(1, ROLE)))
        error = source.data(1, ERROR_ROLE) if source is not None else ""
        whole = f"{source.text(0)}: {error}" if source is not None and error else self._general_line()
        self.summary.setText(whole)  # the whole of it

    def _general_line(self) -> str:
        if self._syncing:
            return self.tr("Syncing…")
        return self._sync_failure or self._hint

    def _selected_source(self) -> QTreeWidgetItem | None:
        """The selected source's row (also when one of its calendars is selected)."""
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return item

    # -- actions -------------------------------------------------------------------------------
    def sync_now(self) -> None:
        runner = self._syncer()
        runner.sync_now(relist=True)

    def sync_started(self) -> None:
        self.progress.show()
        self.sync_button.setEnabled(False)
        self._syncing, self._sync_failure = True, ""
        self._update_buttons()

    def sync_finished(self, report: SyncReport) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self._syncing = False
        self._sync_failure = translated(report.error or "\n".join(f"{s.label}: {s.message}" for s in report.failed))
        self.refresh()

    def add_account(self) -> None:
        from timeward.ui.source_dialogs import AccountDialog

        dialog = AccountDialog(self)
        dialog.session_password.connect(lambda source, password: self._syncer().session_passwords.update(
            {source: password}))
        self._after_dialog(dialog)

    def add_subscription(self) -> None:
        from timeward.ui.source_dialogs import SubscriptionDialog

        self._after_dialog(SubscriptionDialog(self))

    def _after_dialog(self, dialog) -> None:
        if dialog.exec():
            self.refresh()
            self.changed.emit()
            self.sync_now()

    def remove_selected(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, ROLE)[0] != "source":
            return
        source_id = item.data(0, ROLE)[1]
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Remove calendar"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Remove “%1” and its cached events? Your meeting log keeps its entries.")
                    .replace("%1", item.text(0)))
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is remove:
            self._command.run(lambda: ["calendars", "remove", source_id])

    def trust_selected(self) -> None:
        """After a server's self-signed certificate changed, the user trusts the new one on
        its fingerprint (`calendars trust` checks the server shows it), then it syncs again."""
        source = self._selected_source()
        fingerprint = source.data(1, ROLE) if source is not None else ""
        if source is None or not fingerprint or not self.confirm_trust(self, fingerprint):
            return
        source_id = source.data(0, ROLE)[1]
        self._sync_after_command = True
        self.summary.setText(self.tr("Checking the certificate…"))
        self._command.run(lambda: ["calendars", "trust", source_id, fingerprint])

    def _command_done(self, code: int, _output: bytes, error: str) -> None:
        sync_after, self._sync_after_command = self._sync_after_command and code == 0, False
        if code != 0:
            self.summary.setText(error.removeprefix("timeward: "))
        self.refresh()
        self.changed.emit()
        if sync_after:
            self.sync_now()

    def _guard_changed(self, item: QTreeWidgetItem, column: int) -> None:
        data = item.data(0, ROLE)
        if self._filling or column != 0 or not data or data[0] != "calendar":
            return
        _, source_id, href = data
        guarded = item.checkState(0) == Qt.CheckState.Checked
        config = settings.load(self.paths.settings_file)
        source = next((s for s in config.sources if s.id == source_id), None)
        if source is not None:  # else removed meanwhile
            unguarded = [h for h in source.unguarded if h != href] + ([] if guarded else [href])
            try:
                settings.save(self.paths.settings_file,
                              config.with_source(dataclasses.replace(source, unguarded=tuple(unguarded))))
            except settings.SettingsError as error:

                from timeward.ui.notify import tell

                tell(self, self.windowTitle(), inert(str(error), 300))
                self.refresh()
                return
        self.changed.emit()

