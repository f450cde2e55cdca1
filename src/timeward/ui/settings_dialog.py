"""SettingsDialog: the guard's timings, the user's own addresses and the language."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from timeward.domain.policy import Timings
from timeward.storage.settings import LANGUAGES, Settings


def _minutes_box(value: dt.timedelta, maximum: int = 120) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setValue(int(value.total_seconds() // 60))
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Timeward settings"))
        self._settings = settings
        timings = settings.policy.defaults
        self.warning_lead = _minutes_box(timings.warning_lead)
        self.wait_limit = _minutes_box(timings.wait_limit)
        self.reminder_lead = _minutes_box(timings.reminder_lead)
        for box in (self.warning_lead, self.wait_limit, self.reminder_lead):
            box.setSuffix(self.tr(" min"))
        self.me = QLineEdit(", ".join(settings.policy.me))
        self.me.setPlaceholderText(self.tr("you@example.com, you@company.example"))
        self.language = QComboBox()
        names = {"auto": self.tr("System language"), "en": "English", "vi": "Tiếng Việt", "th": "ไทย",
                 "id": "Bahasa Indonesia"}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(settings.language))
        form = QFormLayout(self)
        form.addRow(self.tr("Warn before the end"), self.warning_lead)
        form.addRow(self.tr("Wait for late guests"), self.wait_limit)
        form.addRow(self.tr("Remind before the start"), self.reminder_lead)
        form.addRow(self.tr("My e-mail addresses"), self.me)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_settings(self) -> Settings:
        minutes = dt.timedelta(minutes=1)
        timings = Timings(reminder_lead=self.reminder_lead.value() * minutes,
                          wait_limit=self.wait_limit.value() * minutes,
                          warning_lead=self.warning_lead.value() * minutes)
        me = tuple(a.strip().lower() for a in self.me.text().replace(";", ",").split(",") if "@" in a)
        policy = replace(self._settings.policy, defaults=timings, me=me)
        return replace(self._settings, policy=policy, language=self.language.currentData())
