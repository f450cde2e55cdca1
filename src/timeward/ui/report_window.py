"""ReportWindow ("Meeting log and report…"): each client's figures over a chosen period as a sortable
table and a bar chart, the boundary phrase for a client the report flags, a profile made in one
click for a client that has none, and the meeting log itself, where an entry is corrected or
annotated (kept as a correction). Both export to CSV.

It reads the journal the tray has open; every text from a calendar is shown as plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from timeward.domain.clients import NO_CLIENT, ClientProfile
from timeward.domain.meeting_log import LogEntry, Outcome, whole_minutes
from timeward.domain.phrases import PhraseBook, duration_text, flag_phrase
from timeward.domain.report import ClientFigures, build_report, reach
from timeward.storage.journal import Journal, JournalError
from timeward.storage.meeting_log import MeetingLog, entries_csv, entry_json
from timeward.storage.settings import Settings
from timeward.ui import presenter
from timeward.ui.notify import tell
from timeward.ui.plain import inert
from timeward.ui.reason_text import translated
from timeward.ui.report_chart import Bar, ReportChart

PERIODS = ("month", "30", "90", "year")


def _number_item(value: float | int | None, text: str | None = None) -> QTableWidgetItem:
    """A cell that sorts by its number, not its text."""
    item = QTableWidgetItem()
    if value is not None:
        item.setData(Qt.ItemDataRole.DisplayRole, value if text is None else text)
        item.setData(Qt.ItemDataRole.UserRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _chosen(table: QTableWidget) -> object:
    """What the chosen row's first cell stands for (its UserRole data), or None."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    item = table.item(rows[0].row(), 0) if rows else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


#: What a cell sorts by when its text does not (a date as the language writes it).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _NumberSorted(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if isinstance(mine, int | float) and isinstance(theirs, int | float):
            return mine < theirs
        return super().__lt__(other)


class ReportWindow(QWidget):
    def __init__(self, journal: Journal | None, settings: Callable[[], Settings],
                 save_settings: Callable[[Settings], bool], phrases: Callable[[], PhraseBook],
                 now: Callable[[], dt.datetime], zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting log and report"))
        self.resize(900, 620)
        self._journal, self._settings, self._save_settings = journal, settings, save_settings
        self._phrases, self._now, self._zone = phrases, now, zone
        self.figures: list[ClientFigures] = []
        self.entries: list[LogEntry] = []
        self.period = QComboBox()
        for code, text in zip(PERIODS, (self.tr("This month"), self.tr("Last 30 days"), self.tr("Last 90 days"),
                                        self.tr("This year")), strict=True):
            self.period.addItem(text, code)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(presenter.edit_format())
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start_edit.dateChanged.connect(lambda _d: self.refresh())
        self.end_edit.dateChanged.connect(lambda _d: self.refresh())
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Period")), self.period, QLabel(self.tr("from")), self.start_edit,
                       QLabel(self.tr("to")), self.end_edit):
            top.addWidget(widget)
        top.addStretch()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._report_tab(), self.tr("Report"))
        self.tabs.addTab(self._log_tab(), self.tr("Meeting log"))
        close = QDialogButtonBox()  # Qt ships no translations of its own buttons for vi, th or id
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self._period_chosen()

    # -- building --------------------------------------------------------------------------
    def _report_tab(self) -> QWidget:
        tab = QWidget()
        headers = [self.tr("Client"), self.tr("Calls"), self.tr("Hours"), self.tr("Late arrivals"),
                   self.tr("Average lateness (min)"), self.tr("Overruns"), self.tr("Overrun (min)"),
                   self.tr("No-shows"), self.tr("Late cancellations"), self.tr("Cancellations"),
                   self.tr("Out of hours"), self.tr("Follow-ups sent"), self.tr("Budget used"), self.tr("Worth")]
        self.table = self._table(headers)
        self.table.itemSelectionChanged.connect(self._client_chosen)
        self.chart = ReportChart()
        self.flag_label = QLabel()
        self.flag_label.setTextFormat(Qt.TextFormat.PlainText)
        self.flag_label.setWordWrap(True)
        self.flag_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._phrase = ""
        self.copy_button = QPushButton(self.tr("Copy the message"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self._phrase))
        self.profile_button = QPushButton(self.tr("Make a client profile"))
        self.profile_button.clicked.connect(self.make_profile)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(lambda: self.export(self._report_rows()))
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.profile_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.chart)
        layout.addWidget(self.flag_label)
        layout.addLayout(buttons)
        return tab

    def _log_tab(self) -> QWidget:
        tab = QWidget()
        headers = [self.tr("Scheduled"), self.tr("Client"), self.tr("Call"), self.tr("Outcome"), self.tr("Late (min)"),
                   self.tr("Overrun (min)"), self.tr("Out of hours"), self.tr("Follow-up"), self.tr("Note")]
        self.log_table = self._table(headers)
        self.note_button = QPushButton(self.tr("Add a note…"))
        self.note_button.clicked.connect(self.add_note)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(self.correct)
        self.call_profile_button = QPushButton(self.tr("Make a client profile"))
        self.call_profile_button.clicked.connect(self.make_profile_from_call)
        export = QPushButton(self.tr("Export CSV…"))
        export.clicked.connect(lambda: self.export([entry_json(e, self._zone) for e in self.entries]))
        buttons = QHBoxLayout()
        for button in (self.note_button, self.correct_button, self.call_profile_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(export)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.log_table)
        layout.addLayout(buttons)
        self.log_table.itemSelectionChanged.connect(self._entry_chosen)
        return tab

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        # Unsorted until the user picks a column: the report comes busiest client first, the log by time.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    # -- the period ------------------------------------------------------------------------
    def _period_chosen(self) -> None:
        today = self._now().astimezone(self._zone).date()
        code = self.period.currentData()
        if code == "month":
            start = today.replace(day=1)
        elif code == "year":
            start = today.replace(month=1, day=1)
        else:
            start = today - dt.timedelta(days=int(code) - 1)
        for edit, day in ((self.start_edit, start), (self.end_edit, today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.refresh()

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """The period as instants: from the first day's midnight to the day after the last."""
        first, last = self.start_edit.date(), self.end_edit.date()
        start = dt.datetime(first.year(), first.month(), first.day(), tzinfo=self._zone)
        end = dt.datetime(last.year(), last.month(), last.day(), tzinfo=self._zone) + dt.timedelta(days=1)
        return start.astimezone(dt.UTC), max(end, start + dt.timedelta(days=1)).astimezone(dt.UTC)

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        start, end = self.bounds()
        if self._journal is None:
            self.message.setText(self.tr("The meeting log cannot be read: the journal could not be opened."))
            self.figures, self.entries = [], []
        else:
            try:
                reached = MeetingLog(self._journal).entries(reach(start, end, self._zone), end)
            except JournalError as error:
                self.message.setText(translated(str(error)))
                reached = []
            self.entries = [e for e in reached if start <= e.scheduled_start < end]
            self.figures = build_report(reached, start, end, self._settings().policy.clients, self._zone)
            self.message.setText("" if self.entries else self.tr("Nothing was logged in this period."))
        self.message.setVisible(bool(self.message.text()))
        self._fill_report()
        self._fill_log()

    def _fill_report(self) -> None:
        table = self.table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.figures))
        for row, f in enumerate(self.figures):
            name = QTableWidgetItem(inert(f.client, 60) + (" ⚑" if f.flagged else ""))
            name.setData(Qt.ItemDataRole.UserRole, f.client)
            budget = (f"{duration_text(dt.timedelta(minutes=f.budget_used_minutes or 0))} / "
                      f"{duration_text(dt.timedelta(minutes=f.budget_minutes))}") if f.budget_minutes else ""
            cells = [name, _number_item(f.calls), _number_item(round(f.minutes / 60, 1)), _number_item(f.late_arrivals),
                     _number_item(round(f.average_lateness, 1)), _number_item(f.overruns),
                     _number_item(f.overrun_minutes), _number_item(f.no_shows), _number_item(f.late_cancellations),
                     _number_item(f.cancellations), _number_item(f.out_of_hours), _number_item(f.followups_sent),
                     _number_item(f.budget_used_minutes, budget) if budget else QTableWidgetItem(""),
                     _number_item(f.worth, f"{f.worth:.2f}") if f.worth is not None else QTableWidgetItem("")]
            for column, cell in enumerate(cells):
                sortable = _NumberSorted(cell) if column else cell
                table.setItem(row, column, sortable)
        table.setSortingEnabled(True)
        self.chart.set_bars([Bar(inert(f.client, 40), f.minutes, f.lateness_minutes, f.overrun_minutes, f.flagged)
                             for f in self.figures])
        self._client_chosen()

    def _fill_log(self) -> None:
        table = self.log_table
        table.setSortingEnabled(False)
        table.setRowCount(len(self.entries))
        outcomes = {Outcome.HELD: self.tr("held"), Outcome.NO_SHOW: self.tr("no-show"),
                    Outcome.CANCELLED: self.tr("cancelled"), Outcome.LATE_CANCELLATION: self.tr("late cancellation"),
                    Outcome.MISSED: self.tr("nobody answered")}
        for row, entry in enumerate(self.entries):
            shown = entry.corrected()
            when = entry.scheduled_start.astimezone(self._zone)
            start = _NumberSorted(f"{presenter.local_day(when.date(), year=True)} {when:%H:%M}")
            start.setData(Qt.ItemDataRole.UserRole, entry.key)
            start.setData(SORT_ROLE, when.timestamp())  # the day as written sorts by the instant
            outcome = outcomes[shown.outcome] + (self.tr(" (corrected)") if entry.corrections else "")
            cells = [start, QTableWidgetItem(inert(entry.client, 40)), QTableWidgetItem(inert(entry.summary, 60)),
                     QTableWidgetItem(outcome), _number_item(whole_minutes(shown.lateness)),
                     _number_item(whole_minutes(shown.overrun)),
                     QTableWidgetItem(self.tr("yes") if entry.out_of_hours else ""),
                     QTableWidgetItem(entry.followup.value if entry.followup.value != "none" else ""),
                     QTableWidgetItem(inert(entry.note, 80))]
            for column, cell in enumerate(cells):
                table.setItem(row, column, _NumberSorted(cell) if column in (4, 5) else cell)
        table.setSortingEnabled(True)
        self._entry_chosen()

    # -- the chosen client -----------------------------------------------------------------
    def chosen_client(self) -> ClientFigures | None:
        name = _chosen(self.table)
        return next((f for f in self.figures if f.client == name), None)

    def _client_chosen(self) -> None:
        chosen = self.chosen_client()
        settings = self._settings()
        profile = next((p for p in settings.policy.clients if chosen and p.name == chosen.client), None)
        self._phrase = ""
        if chosen is not None and chosen.flagged:
            wait = settings.policy.defaults.wait_limit
            if profile is not None and profile.wait_limit is not None:
                wait = profile.wait_limit
            self._phrase = flag_phrase(self._phrases(), chosen.flag, wait, settings.notice_for(profile),
                                       settings.fee_line_for(profile))
            why = self.tr("%1 was late three times or more in the last 30 days.")
            if chosen.flag == "late_cancellations":
                why = self.tr("%1 cancelled late twice or more in the last 30 days.")
            self.flag_label.setText(why.replace("%1", inert(chosen.client, 60)) + "\n“" + self._phrase + "”")
        else:
            self.flag_label.setText("")
        self.flag_label.setVisible(bool(self._phrase))
        self.copy_button.setVisible(bool(self._phrase))
        self.profile_button.setEnabled(chosen is not None and profile is None and chosen.client != NO_CLIENT)

    def make_profile(self) -> None:
        """A profile for the chosen client, named and matched by its domain: one click, edited later
        in Settings."""
        chosen = self.chosen_client()
        if chosen is not None:
            self._add_profile(chosen.client)

    def make_profile_from_call(self) -> None:
        """The same, for the client of the call chosen in the log."""
        entry = self.chosen_entry()
        if entry is not None and self._without_profile(entry.client):
            self._add_profile(entry.client)

    def _without_profile(self, client: str) -> bool:
        return client != NO_CLIENT and all(p.name != client for p in self._settings().policy.clients)

    def _entry_chosen(self) -> None:
        entry = self.chosen_entry()
        self.call_profile_button.setEnabled(entry is not None and self._without_profile(entry.client))

    def _add_profile(self, client: str) -> None:
        settings = self._settings()
        profile = ClientProfile(client, (client.lower(),))
        changed = replace(settings, policy=replace(settings.policy, clients=(*settings.policy.clients, profile)))
        if self._save_settings(changed):
            self.message.setText(self.tr("A profile for %1 was added; edit it in Settings.").replace(
                "%1", inert(client, 60)))
            self.message.show()
            self._client_chosen()
            self._entry_chosen()

    # -- the log ---------------------------------------------------------------------------
    def chosen_entry(self) -> LogEntry | None:
        key = _chosen(self.log_table)
        return next((e for e in self.entries if e.key == key), None)

    def add_note(self, text: str | None = None) -> None:
        entry = self.chosen_entry()
        if entry is None or self._journal is None:
            return
        if not text:
            asked = QInputDialog(self)
            asked.setWindowTitle(self.tr("Add a note"))
            asked.setLabelText(inert(entry.summary, 60))
            asked.setOkButtonText(self.tr("Save"))  # Qt's own OK and Cancel have no vi, th or id
            asked.setCancelButtonText(self.tr("Cancel"))
            if asked.exec() != QDialog.DialogCode.Accepted or not asked.textValue().strip():
                return
            text = asked.textValue()
        self._write(lambda log: log.add_note(entry.key, " ".join(text.split()), self._now()))

    def correct(self, field: str | None = None, value: str | None = None) -> None:
        """Correct the chosen entry (``field`` and ``value`` given: without asking)."""
        entry = self.chosen_entry()
        if entry is None or self._journal is None:
            return
        if field is None:
            dialog = CorrectionDialog(entry, self._zone, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            field, value = dialog.correction()
        chosen_field = field
        self._write(lambda log: log.correct(entry.key, chosen_field, value, self._now()))

    def _write(self, change: Callable[[MeetingLog], None]) -> None:
        assert self._journal is not None
        try:
            change(MeetingLog(self._journal))
        except JournalError as error:
            tell(self, self.tr("The log could not be changed"), translated(str(error)))
            return
        self.refresh()

    # -- export ----------------------------------------------------------------------------
    def _report_rows(self) -> list[dict[str, object]]:
        return [f.as_json() for f in self.figures]

    def export(self, rows: list[dict[str, object]], path: str | None = None) -> bool:
        """Write ``rows`` as CSV to ``path`` (asked for when not given)."""
        if path is None:
            path, _kind = QFileDialog.getSaveFileName(self, self.tr("Export CSV"), str(Path.home() / "timeward.csv"),
                                                      self.tr("CSV files (*.csv)"))
            if not path:
                return False
        try:
            Path(path).write_text(entries_csv(rows), encoding="utf-8")
        except OSError as error:
            tell(self, self.tr("The file could not be written"), f"{path}: {error.strerror or error}")
            return False
        return True


class CorrectionDialog(QDialog):
    """What to correct in an entry: when they joined, when it ended, or how it went."""

    def __init__(self, entry: LogEntry, zone: dt.tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the log"))
        shown = entry.corrected()
        self.field = QComboBox()
        self.field.addItem(self.tr("They joined at"), "joined_at")
        self.field.addItem(self.tr("The call ended at"), "ended_at")
        self.field.addItem(self.tr("How it went"), "outcome")
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat(presenter.edit_format(time=True))
        local = (shown.joined_at or entry.scheduled_start).astimezone(zone)
        self.when.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        self._zone = zone
        self.outcome = QComboBox()
        for outcome, text in ((Outcome.HELD, self.tr("held")), (Outcome.NO_SHOW, self.tr("no-show")),
                              (Outcome.CANCELLED, self.tr("cancelled")),
                              (Outcome.LATE_CANCELLATION, self.tr("late cancellation"))):
            self.outcome.addItem(text, outcome.value)
        self.field.currentIndexChanged.connect(self._field_chosen)
        form = QFormLayout(self)
        title = QLabel(inert(entry.summary, 80))
        title.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(title)
        form.addRow(self.tr("Correct"), self.field)
        form.addRow(self.tr("Time"), self.when)
        form.addRow(self.tr("Outcome"), self.outcome)
        note = QLabel(self.tr("What was recorded is kept beside the correction."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._field_chosen()

    def _field_chosen(self) -> None:
        timed = self.field.currentData() != "outcome"
        self.when.setEnabled(timed)
        self.outcome.setEnabled(not timed)

    def correction(self) -> tuple[str, str]:
        field = str(self.field.currentData())
        if field == "outcome":
            return field, str(self.outcome.currentData())
        chosen = self.when.dateTime()
        date, time = chosen.date(), chosen.time()
        local = dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=self._zone)
        return field, local.isoformat()
