"""ChecklistView: a call's agenda in the timer window — tick, add, edit, reorder.

One click on an item's box (or Space on the selected item, or Ctrl+1…Ctrl+9 for the item with
that number) ticks it; double-click or F2 edits it; drag to reorder; the line below adds one.
Every change is emitted at once as a new :class:`Checklist` (the app saves it in the journal).
At the ten-minute warning the open items are highlighted. Item text is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeward.domain.agenda import AgendaItem
from timeward.domain.checklist import Checklist

MAX_LIST_HEIGHT = 220  # then it scrolls: the timer window stays small
HIGHLIGHT = QColor("#ffd27a")  # the open items at the warning: dark text stays readable on it


class ChecklistView(QWidget):
    changed = Signal(object)  # Checklist

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checklist = Checklist()
        self._highlight = False
        self._filling = False
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap when the window's width changes
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.itemChanged.connect(self._item_changed)
        self.list.model().rowsMoved.connect(self._rows_moved)
        self.new_item = QLineEdit()
        self.new_item.setPlaceholderText(self.tr("Add an agenda item…"))
        self.new_item.setMaxLength(300)
        self.new_item.returnPressed.connect(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.new_item)
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.toggle(n - 1))

    def set_checklist(self, checklist: Checklist, highlight: bool = False) -> None:
        """Show ``checklist``; with ``highlight``, the open items stand out (the warning)."""
        self.checklist, self._highlight = checklist, highlight
        self._filling = True
        self.list.clear()
        for number, item in enumerate(checklist.items, 1):
            row = QListWidgetItem(item.text)
            row.setData(Qt.ItemDataRole.UserRole, number - 1)  # its place in the checklist, for reordering
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                         | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
            row.setCheckState(Qt.CheckState.Checked if item.covered else Qt.CheckState.Unchecked)
            row.setToolTip(self.tr("Ctrl+%1 ticks it").replace("%1", str(number)) if number < 10 else "")
            self._style(row, item)
            self.list.addItem(row)
        self._filling = False
        self.list.setVisible(bool(checklist.items))
        self._fit()

    def _fit(self) -> None:
        """As tall as the rows at the list's present width (wrapped rows grow), at most
        MAX_LIST_HEIGHT; beyond that it scrolls, a row at a time, never cut off unseen."""
        self.list.doItemsLayout()
        rows = sum(self.list.visualItemRect(self.list.item(i)).height() or self.list.sizeHintForRow(i)
                   for i in range(self.list.count()))
        self.list.setFixedHeight(min(MAX_LIST_HEIGHT, rows + 2 * self.list.frameWidth() + 4))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def toggle(self, index: int) -> None:
        if 0 <= index < len(self.checklist.items):
            self._emit(self.checklist.toggled(index))

    def _style(self, row: QListWidgetItem, item: AgendaItem) -> None:
        font = QFont(row.font())
        font.setStrikeOut(item.covered)
        font.setBold(self._highlight and not item.covered)
        row.setFont(font)
        if self._highlight and not item.covered:
            row.setBackground(QBrush(HIGHLIGHT))
            row.setForeground(QBrush(QColor("#1d1d1d")))

    def _item_changed(self, row: QListWidgetItem) -> None:
        if self._filling:
            return
        index = self.list.row(row)
        item = self.checklist.items[index]
        covered = row.checkState() == Qt.CheckState.Checked
        if covered != item.covered:
            checklist = self.checklist.toggled(index)
        elif row.text() != item.text:
            checklist = self.checklist.edited(index, row.text())
        else:
            return
        if len(checklist.items) == len(self.checklist.items):  # restyled in place, not rebuilt mid-signal
            self._filling = True
            self._style(row, checklist.items[index])
            row.setText(checklist.items[index].text)
            self._filling = False
            self._emit(checklist, rebuild=False)
        else:
            QTimer.singleShot(0, lambda: self._emit(checklist))

    def _rows_moved(self, *_args: object) -> None:
        order = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        moved = Checklist(tuple(self.checklist.items[i] for i in order))
        QTimer.singleShot(0, lambda: self._emit(moved))  # renumbered after the drop

    def _add(self) -> None:
        text = self.new_item.text()
        self.new_item.clear()
        self._emit(self.checklist.added(text))

    def _emit(self, checklist: Checklist, rebuild: bool = True) -> None:
        if checklist == self.checklist:
            return
        if rebuild:
            self.set_checklist(checklist, self._highlight)
        else:
            self.checklist = checklist
        self.changed.emit(checklist)
