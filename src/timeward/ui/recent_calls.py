"""RecentCallsDialog: the calls of the last seven days that have ended, to draft a follow-up for one.

The calls are read by a child process (``timeward agenda --json`` over the past week), as the tray
reads its calendar, so opening the list never parses calendars in the tray. Only guarded calls the
user attended are listed (not cancelled, not declined, not all-day), newest first. Choosing one
emits ``chosen`` with its occurrence; titles are shown as inert plain text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeward.domain.calls import is_call
from timeward.domain.model import Occurrence
from timeward.ui import presenter
from timeward.ui.child_command import ChildCommand
from timeward.ui.plain import inert
from timeward.ui.reason_text import translated

LOOK_BACK = dt.timedelta(days=7)


def ended_calls(occurrences: list[Occurrence], now: dt.datetime) -> list[Occurrence]:
    """The guarded calls among ``occurrences`` that ended in the last LOOK_BACK, newest first."""
    since = now - LOOK_BACK
    found = [o for o in occurrences if is_call(o) and isinstance(o.end, dt.datetime) and since <= o.end <= now]
    return sorted(found, key=lambda o: o.start, reverse=True)


def agenda_args(now: dt.datetime) -> list[str]:
    """The ``timeward`` arguments that list the past week's occurrences as JSON."""
    return ["agenda", "--json", "--from", (now - LOOK_BACK).isoformat(), "--to", now.isoformat()]


class RecentCallsDialog(QDialog):
    chosen = Signal(object)  # Occurrence

    def __init__(self, now: Callable[[], dt.datetime], zone: dt.tzinfo,
                 demo: Callable[[dt.datetime], list[Occurrence]] | None = None, parent: QWidget | None = None) -> None:
        """``demo`` gives the occurrences in process (the demo calendar); otherwise they come from
        ``timeward agenda`` in a child process."""
        super().__init__(parent)
        self._now, self._zone = now, zone
        self.setWindowTitle(self.tr("Follow up on a recent call"))
        self.setMinimumSize(480, 360)
        self.message = QLabel(self.tr("Reading the last seven days…"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.calls = QListWidget()
        self.calls.itemActivated.connect(lambda _item: self.draft())
        buttons = QDialogButtonBox()
        self.draft_button = buttons.addButton(self.tr("Draft follow-up"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.calls.currentRowChanged.connect(lambda row: self.draft_button.setEnabled(row >= 0))
        self.draft_button.setEnabled(False)
        self.draft_button.setDefault(True)
        self.draft_button.clicked.connect(self.draft)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole).clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.calls, 1)
        layout.addWidget(buttons)
        self._command: ChildCommand | None = None
        if demo is not None:
            self.show_calls(demo(now()))
        else:
            self._command = ChildCommand(self)
            self._command.done.connect(self._read)
            self._command.run(lambda: agenda_args(self._now()))

    def _read(self, code: int, output: bytes, error: str) -> None:
        if code != 0:
            reason = translated(error) or str(code)
            self.message.setText(self.tr("The calendar could not be read: %1").replace("%1", reason))
            return
        from timeward.domain.occurrence_json import from_json

        try:
            occurrences = [from_json(item) for item in json.loads(output)]
        except (ValueError, KeyError, TypeError) as problem:
            self.message.setText(self.tr("The calendar could not be read: %1").replace("%1", str(problem)))
            return
        self.show_calls(occurrences)

    def show_calls(self, occurrences: list[Occurrence]) -> None:
        """List the ended calls among ``occurrences``."""
        self.calls.clear()
        found = ended_calls(occurrences, self._now())
        for occurrence in found:
            start = occurrence.start.astimezone(self._zone)  # type: ignore[union-attr]
            end = occurrence.end.astimezone(self._zone)  # type: ignore[union-attr]
            item = QListWidgetItem(f"{presenter.local_day(start.date())} · {start:%H:%M}–{end:%H:%M}   "
                                   f"{inert(occurrence.summary, 70)}")
            item.setData(Qt.ItemDataRole.UserRole, occurrence)
            self.calls.addItem(item)
        if found:
            self.message.setText(self.tr("Calls that ended in the last seven days:"))
            self.calls.setCurrentRow(0)
        else:
            self.message.setText(self.tr("No call ended in the last seven days."))

    def draft(self) -> None:
        item = self.calls.currentItem()
        if item is None:
            return
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def done(self, result: int) -> None:
        if self._command is not None:
            self._command.stop()
        super().done(result)
