"""SettingsDialog: every rule in one place — the call's timings and the user's addresses and
language; working hours, days off and focus days; the cancellation notice and fee line; the client
profiles, in the order that decides which matches first. Each field is checked as it is typed and
says what is wrong beside it; Save waits until everything can be used. The app applies the
result at once (no restart)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from timeward.domain.clients import ClientProfile
from timeward.domain.policy import Timings
from timeward.domain.working_hours import WorkingHours
from timeward.storage.settings import LANGUAGES, Settings
from timeward.ui.client_dialog import ClientDialog, Optional, problem_label, save_or_cancel, words
from timeward.ui.plain import inert


def _minutes_box(value: dt.timedelta, maximum: int = 120) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setValue(int(value.total_seconds() // 60))
    return box


def _hours_box(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, maximum)
    box.setValue(24)
    box.setSuffix(QCoreApplication.translate("SettingsDialog", " h before"))
    return box


def _time_edit(value: dt.time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeward settings"))
        self._settings = settings
        self.profiles: list[ClientProfile] = list(settings.policy.clients)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._calls_tab(settings), self.tr("Calls"))
        self.tabs.addTab(self._hours_tab(settings.hours), self.tr("Working hours"))
        self.tabs.addTab(self._cancellations_tab(settings), self.tr("Cancellations"))
        self.tabs.addTab(self._clients_tab(), self.tr("Clients"))
        buttons, self.save_button = save_or_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._check()

    # -- tabs ------------------------------------------------------------------------------
    def _calls_tab(self, settings: Settings) -> QWidget:
        tab = QWidget()
        timings = settings.policy.defaults
        self.warning_lead = _minutes_box(timings.warning_lead)
        self.wait_limit = _minutes_box(timings.wait_limit)
        self.reminder_lead = _minutes_box(timings.reminder_lead)
        for box in (self.warning_lead, self.wait_limit, self.reminder_lead):
            box.setSuffix(self.tr(" min"))
        advance = timings.advance_lead
        self.advance = Optional(_hours_box(24 * 14), None if advance is None else advance.total_seconds() / 3600,
                                self.tr("On"))
        self.buffer = _minutes_box(settings.buffer, 240)
        self.buffer.setSuffix(self.tr(" min"))
        self.me = QLineEdit(", ".join(settings.policy.me))
        self.me.setPlaceholderText(self.tr("you@example.com, you@company.example"))
        self.me.textChanged.connect(self._check)
        self.me_problem = problem_label()
        self.language = QComboBox()
        names = {"auto": self.tr("System language"), "en": "English", "vi": "Tiếng Việt", "th": "ไทย",
                 "id": "Bahasa Indonesia"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        form = QFormLayout(tab)
        form.addRow(self.tr("Warn before the end"), self.warning_lead)
        form.addRow(self.tr("Wait for late guests"), self.wait_limit)
        form.addRow(self.tr("Remind before the start"), self.reminder_lead)
        form.addRow(self.tr("Reminder to send the client ahead"), self.advance)
        form.addRow(self.tr("Time I keep between calls"), self.buffer)
        form.addRow(self.tr("My e-mail addresses"), self.me)
        form.addRow(self.me_problem)
        form.addRow(self.tr("Language"), self.language)
        self.notifications = QCheckBox(self.tr("A desktop notification when a call's time is up"))
        self.notifications.setChecked(settings.notifications)
        form.addRow(self.tr("Notifications"), self.notifications)
        self.start_at_login = QCheckBox(self.tr("Start Timeward when I log in"))
        self.start_at_login.setChecked(settings.start_at_login)
        form.addRow(self.tr("At login"), self.start_at_login)
        return tab

    def _hours_tab(self, hours: WorkingHours) -> QWidget:
        tab = QWidget()
        grid = QGridLayout()
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"), self.tr("Friday"),
                 self.tr("Saturday"), self.tr("Sunday")]
        self.day_boxes: list[tuple[QCheckBox, QTimeEdit, QTimeEdit, QCheckBox]] = []
        grid.addWidget(QLabel(self.tr("From")), 0, 1)
        grid.addWidget(QLabel(self.tr("To")), 0, 2)
        for weekday, name in enumerate(names):
            span = hours.days[weekday]
            works = QCheckBox(name)
            works.setChecked(span is not None)
            shown = span or (dt.time(9), dt.time(17))
            opens, closes = _time_edit(shown[0]), _time_edit(shown[1])
            focus = QCheckBox(self.tr("Focus day"))
            focus.setChecked(weekday in hours.focus_weekdays)
            for widget in (works, focus):
                widget.toggled.connect(self._check)
            for time_edit in (opens, closes):
                time_edit.timeChanged.connect(self._check)
            row = weekday + 1
            grid.addWidget(works, row, 0)
            grid.addWidget(opens, row, 1)
            grid.addWidget(closes, row, 2)
            grid.addWidget(focus, row, 3)
            self.day_boxes.append((works, opens, closes, focus))
        self.days_off = QLineEdit(", ".join(sorted(d.isoformat() for d in hours.days_off)))
        self.days_off.setPlaceholderText("2026-12-24, 2026-12-31")
        self.focus_dates = QLineEdit(", ".join(sorted(d.isoformat() for d in hours.focus_dates)))
        self.focus_dates.setPlaceholderText("2026-12-30")
        for edit in (self.days_off, self.focus_dates):
            edit.textChanged.connect(self._check)
        self.hours_problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("Days off"), self.days_off)
        form.addRow(self.tr("Focus dates (no calls)"), self.focus_dates)
        layout = QVBoxLayout(tab)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.hours_problem)
        layout.addStretch()
        return tab

    def _cancellations_tab(self, settings: Settings) -> QWidget:
        tab = QWidget()
        self.notice = QSpinBox()
        self.notice.setRange(0, 24 * 30)
        self.notice.setSuffix(self.tr(" h"))
        self.notice.setValue(int(settings.notice.total_seconds() // 3600))
        self.fee_line = QLineEdit(settings.late_cancellation_policy)
        self.fee_line.setPlaceholderText(self.tr("A session cancelled with less than 24 hours' notice is charged $50."))
        explained = QLabel(self.tr("A call cancelled with less notice than this is logged as a late cancellation, and "
                                   "the note drafted for it ends with the fee line. A client profile can set its own."))
        explained.setWordWrap(True)
        form = QFormLayout(tab)
        form.addRow(self.tr("Notice required"), self.notice)
        form.addRow(self.tr("Fee line"), self.fee_line)
        form.addRow(explained)
        return tab

    def _clients_tab(self) -> QWidget:
        tab = QWidget()
        self.client_list = QListWidget()
        explained = QLabel(self.tr("A call belongs to the first profile that matches it, from the top."))
        explained.setWordWrap(True)
        self.client_buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout()
        for name, text, slot in (("add", self.tr("Add…"), self.add_profile), ("edit", self.tr("Edit…"),
                                                                               self.edit_profile),
                                 ("remove", self.tr("Remove"), self.remove_profile),
                                 ("up", self.tr("Move up"), lambda: self.move_profile(-1)),
                                 ("down", self.tr("Move down"), lambda: self.move_profile(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.client_buttons[name] = button
            column.addWidget(button)
        column.addStretch()
        self.client_list.currentRowChanged.connect(lambda _row: self._client_buttons())
        self.client_list.itemDoubleClicked.connect(lambda _item: self.edit_profile())
        row = QHBoxLayout()
        row.addWidget(self.client_list)
        row.addLayout(column)
        layout = QVBoxLayout(tab)
        layout.addWidget(explained)
        layout.addLayout(row)
        self._fill_clients()
        return tab

    # -- client profiles -------------------------------------------------------------------
    def _fill_clients(self, current: int = -1) -> None:
        self.client_list.clear()
        for profile in self.profiles:
            recognised = ", ".join([*profile.match, *profile.calendars, *profile.titles])
            item = QListWidgetItem(f"{inert(profile.name, 40)} — {inert(recognised, 80)}")
            self.client_list.addItem(item)
        self.client_list.setCurrentRow(current)
        self._client_buttons()

    def _client_buttons(self) -> None:
        row = self.client_list.currentRow()
        chosen = 0 <= row < len(self.profiles)
        self.client_buttons["edit"].setEnabled(chosen)
        self.client_buttons["remove"].setEnabled(chosen)
        self.client_buttons["up"].setEnabled(chosen and row > 0)
        self.client_buttons["down"].setEnabled(chosen and row < len(self.profiles) - 1)

    def _edited(self, profile: ClientProfile | None) -> ClientProfile | None:
        taken = {p.name for p in self.profiles if p is not profile}
        dialog = ClientDialog(profile, taken, self)
        return dialog.result_profile() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_profile(self) -> None:
        profile = self._edited(None)
        if profile is not None:
            self.profiles.append(profile)
            self._fill_clients(len(self.profiles) - 1)

    def edit_profile(self) -> None:
        row = self.client_list.currentRow()
        if not 0 <= row < len(self.profiles):
            return
        profile = self._edited(self.profiles[row])
        if profile is not None:
            self.profiles[row] = profile
            self._fill_clients(row)

    def remove_profile(self) -> None:
        row = self.client_list.currentRow()
        if 0 <= row < len(self.profiles):
            del self.profiles[row]
            self._fill_clients(min(row, len(self.profiles) - 1))

    def move_profile(self, by: int) -> None:
        row = self.client_list.currentRow()
        target = row + by
        if 0 <= row < len(self.profiles) and 0 <= target < len(self.profiles):
            self.profiles[row], self.profiles[target] = self.profiles[target], self.profiles[row]
            self._fill_clients(target)

    # -- checking --------------------------------------------------------------------------
    def _dates(self, edit: QLineEdit) -> tuple[set[dt.date], list[str]]:
        found, bad = set(), []
        for word in words(edit.text()):
            try:
                found.add(dt.date.fromisoformat(word))
            except ValueError:
                bad.append(word)
        return found, bad

    def _check(self) -> None:
        me_bad = [a for a in words(self.me.text()) if a.count("@") != 1 or " " in a]
        self.me_problem.setText(self.tr("Not an e-mail address: %1").replace("%1", ", ".join(me_bad)) if me_bad else "")
        self.me_problem.setVisible(bool(me_bad))
        problems = []
        for works, opens, closes, _focus in self.day_boxes:
            if works.isChecked() and opens.time() >= closes.time():
                problems.append(self.tr("%1: the day must end after it begins.").replace("%1", works.text()))
            opens.setEnabled(works.isChecked())
            closes.setEnabled(works.isChecked())
        for edit in (self.days_off, self.focus_dates):
            _found, bad = self._dates(edit)
            if bad:
                problems.append(self.tr("Not a date like 2026-12-24: %1").replace("%1", ", ".join(bad)))
        self.hours_problem.setText("\n".join(problems))
        self.hours_problem.setVisible(bool(problems))
        self.save_button.setEnabled(not (me_bad or problems))

    # -- the result ------------------------------------------------------------------------
    def result_settings(self) -> Settings:
        minutes = dt.timedelta(minutes=1)
        ahead = self.advance.value()
        timings = Timings(reminder_lead=self.reminder_lead.value() * minutes,
                          wait_limit=self.wait_limit.value() * minutes,
                          warning_lead=self.warning_lead.value() * minutes,
                          advance_lead=dt.timedelta(hours=ahead) if ahead else None)
        me = tuple(a.lower() for a in words(self.me.text()) if "@" in a)
        policy = replace(self._settings.policy, defaults=timings, me=me, clients=tuple(self.profiles))
        days = []
        for works, opens, closes, _focus in self.day_boxes:
            days.append((dt.time(opens.time().hour(), opens.time().minute()),
                         dt.time(closes.time().hour(), closes.time().minute())) if works.isChecked() else None)
        hours = WorkingHours(tuple(days), frozenset(self._dates(self.days_off)[0]),
                             frozenset(i for i, (_w, _o, _c, focus) in enumerate(self.day_boxes) if focus.isChecked()),
                             frozenset(self._dates(self.focus_dates)[0]))
        return replace(self._settings, policy=policy, language=self.language.currentData(), hours=hours,
                       notice=dt.timedelta(hours=self.notice.value()), notifications=self.notifications.isChecked(),
                       buffer=self.buffer.value() * minutes, start_at_login=self.start_at_login.isChecked(),
                       late_cancellation_policy=" ".join(self.fee_line.text().split()))
