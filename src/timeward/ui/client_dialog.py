"""ClientDialog: one client profile edited field by field — its name, what recognises its calls,
its own timings (or the general ones), notice period and fee line, mail language, rate and
monthly budget. A field that cannot be used says so beside it and Save waits until it can."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from timeward.domain.clients import ClientProfile

MINUTE = dt.timedelta(minutes=1)
LANGUAGE_NAMES = {"": "", "en": "English", "vi": "Tiếng Việt", "th": "ไทย", "id": "Bahasa Indonesia"}


def words(text: str) -> tuple[str, ...]:
    """A comma-separated list as its parts."""
    return tuple(part.strip() for part in text.replace(";", ",").split(",") if part.strip())


class Optional(QWidget):
    """A number that may be left to the general setting: a tick, and the box it enables."""

    def __init__(self, box: QSpinBox | QDoubleSpinBox, value: float | None, label: str) -> None:
        super().__init__()
        self.box = box
        self.own = QCheckBox(label)
        self.own.setChecked(value is not None)
        if value is not None:
            box.setValue(int(value) if isinstance(box, QSpinBox) else float(value))  # type: ignore[arg-type]
        box.setEnabled(value is not None)
        self.own.toggled.connect(box.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.own)
        row.addWidget(box)
        row.addStretch()

    def value(self) -> float | None:
        return self.box.value() if self.own.isChecked() else None


def problem_label() -> QLabel:
    """Where a field says what in it cannot be used: plain text, in the error colour, hidden until then."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def save_or_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """*Save* and *Cancel* for ``dialog``, and the *Save* button (disabled while a field is wrong)."""
    buttons = QDialogButtonBox()
    save = QPushButton(QCoreApplication.translate("SettingsDialog", "Save"))
    buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QCoreApplication.translate("SettingsDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


def _spin(maximum: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSuffix(suffix)
    return box


class ClientDialog(QDialog):
    def __init__(self, profile: ClientProfile | None, taken: set[str], parent: QWidget | None = None) -> None:
        """``taken``: the names of the other profiles (a name is used once)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Client profile"))
        self._taken = {t.casefold() for t in taken}
        p = profile or ClientProfile("")
        self.name = QLineEdit(p.name)
        self.match = QLineEdit(", ".join(p.match))
        self.match.setPlaceholderText(self.tr("ana@client.example, client.example"))
        self.calendars = QLineEdit(", ".join(p.calendars))
        self.titles = QLineEdit(", ".join(p.titles))
        self.titles.setPlaceholderText(self.tr("Acme *, *workshop*"))
        minutes = self.tr(" min")
        self.wait_limit = Optional(_spin(240, minutes), _minutes(p.wait_limit), self.tr("Own"))
        self.warning_lead = Optional(_spin(120, minutes), _minutes(p.warning_lead), self.tr("Own"))
        self.reminder_lead = Optional(_spin(120, minutes), _minutes(p.reminder_lead), self.tr("Own"))
        self.notice = Optional(_spin(24 * 30, self.tr(" h")), _hours(p.notice), self.tr("Own"))
        self.advance = Optional(_spin(24 * 14, self.tr(" h before")), _hours(p.advance_lead), self.tr("Own"))
        self.fee_line = QLineEdit(p.fee_line)
        self.fee_line.setPlaceholderText(self.tr("A session cancelled with less than 24 hours' notice is charged $50."))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name or self.tr("The app's language"), code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(p.language if p.language in LANGUAGE_NAMES else ""))
        rate = QDoubleSpinBox()
        rate.setRange(0, 10**6)
        rate.setDecimals(2)
        self.rate = Optional(rate, p.hourly_rate, self.tr("Per hour"))
        budget = QDoubleSpinBox()
        budget.setRange(0, 24 * 31)
        budget.setDecimals(1)
        budget.setSuffix(self.tr(" h"))
        self.budget = Optional(budget, _hours(p.monthly_budget), self.tr("A month"))
        self.templates = QLineEdit(p.templates)
        self.templates.setPlaceholderText(self.tr("acme (its mails in templates/clients/acme/)"))
        self.templates.textChanged.connect(self._check)
        self.problem = problem_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Addresses and domains"), self.match)
        form.addRow(self.tr("Calendars"), self.calendars)
        form.addRow(self.tr("Title patterns"), self.titles)
        form.addRow(self.tr("Wait for late guests"), self.wait_limit)
        form.addRow(self.tr("Warn before the end"), self.warning_lead)
        form.addRow(self.tr("Remind before the start"), self.reminder_lead)
        form.addRow(self.tr("Reminder to send ahead"), self.advance)
        form.addRow(self.tr("Cancellation notice"), self.notice)
        form.addRow(self.tr("Fee line"), self.fee_line)
        form.addRow(self.tr("Language of mails"), self.language)
        form.addRow(self.tr("Own templates"), self.templates)
        form.addRow(self.tr("Rate"), self.rate)
        form.addRow(self.tr("Budget"), self.budget)
        form.addRow(self.problem)
        buttons, self.save_button = save_or_cancel(self)
        form.addRow(buttons)
        for edit in (self.name, self.match, self.calendars, self.titles):
            edit.textChanged.connect(self._check)
        self._check()

    def problems(self) -> list[str]:
        found = []
        name = self.name.text().strip()
        if not name:
            found.append(self.tr("Give the client a name."))
        elif name.casefold() in self._taken:
            found.append(self.tr("Another profile has this name."))
        if not (words(self.match.text()) or words(self.calendars.text()) or words(self.titles.text())):
            found.append(self.tr("Say how its calls are recognised: an address, a domain, a calendar or a title."))
        bad = [w for w in words(self.match.text()) if " " in w or w.count("@") > 1 or w.startswith("@")]
        if bad:
            found.append(self.tr("Not an address or a domain: %1").replace("%1", ", ".join(bad)))
        folder = self.templates.text().strip()
        if folder and not all(c.isascii() and (c.isalnum() or c in "-_") for c in folder):
            found.append(self.tr("A template folder is a plain name: letters, digits, - and _."))
        return found

    def _check(self) -> None:
        found = self.problems()
        self.problem.setText("\n".join(found))
        self.problem.setVisible(bool(found))
        self.save_button.setEnabled(not found)

    def result_profile(self) -> ClientProfile:
        def minutes(field: Optional) -> dt.timedelta | None:
            value = field.value()
            return None if value is None else value * MINUTE

        def hours(field: Optional) -> dt.timedelta | None:
            value = field.value()
            return None if value is None else dt.timedelta(hours=value)

        return ClientProfile(
            self.name.text().strip(), tuple(m.lower() for m in words(self.match.text())), words(self.calendars.text()),
            words(self.titles.text()), reminder_lead=minutes(self.reminder_lead), wait_limit=minutes(self.wait_limit),
            warning_lead=minutes(self.warning_lead), advance_lead=hours(self.advance) or None,
            notice=hours(self.notice),
            fee_line=" ".join(self.fee_line.text().split()), language=str(self.language.currentData()),
            hourly_rate=self.rate.value(), monthly_budget=hours(self.budget), templates=self.templates.text().strip())


def _minutes(value: dt.timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds() // 60)


def _hours(value: dt.timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / 3600
