"""TimerWindow: a small always-on-top timer that shows the focused call large.

Movable by dragging anywhere, it remembers its place. It stands in for the tray where no system
tray exists. Calendar text is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from timeward.domain.checklist import Checklist
from timeward.domain.guard import GuardState
from timeward.domain.model import Occurrence
from timeward.domain.phases import Phase
from timeward.ui import presenter
from timeward.ui.checklist_view import ChecklistView
from timeward.ui.icon import COLOURS
from timeward.ui.plain import inert


def countdown_font() -> QFont:
    """A fixed-pitch face for the countdown in every locale: the family name alone is matched by
    the locale's fonts first (under Thai it fell to a proportional one, and the window grew as the
    digits changed), so the style hint and the fixed pitch ask for it outright."""
    font = QFont("monospace", 30, QFont.Weight.Bold)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setFixedPitch(True)
    return font


def plain_label(text: str = "", point_size: int | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if point_size or bold:
        font = label.font()
        if point_size:
            font.setPointSize(point_size)
        font.setBold(bold)
        label.setFont(font)
    return label


#: Below the timer's first place, room for an alert card and the platform's balloons.
CARD_ROOM = 360


class TimerWindow(QWidget):
    joined_clicked = Signal(str)
    end_clicked = Signal(str)
    checklist_changed = Signal(str, object)  # call key, Checklist

    def __init__(self, ui_state: QSettings | None = None, parent: QWidget | None = None,
                 checklist_for: Callable[[Occurrence], Checklist] | None = None) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.FramelessWindowHint
        super().__init__(parent, flags)
        self.setWindowTitle(self.tr("Timeward timer"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._ui_state = ui_state
        self._drag_from: QPoint | None = None
        self._key: str | None = None
        self.phase_label = plain_label(bold=True)
        self.title_label = plain_label()
        self.time_label = plain_label(point_size=30, bold=True)
        self.time_label.setWordWrap(False)
        self.time_label.setFont(countdown_font())
        self.detail_label = plain_label()
        self.next_label = plain_label()
        self.sentence_label = plain_label()  # what to say or send now, with a button that copies it
        self.sentence_label.setObjectName("sentence")
        self.copy_sentence_button = QPushButton(self.tr("Copy"))
        self.copy_sentence_button.clicked.connect(self._copy_sentence)
        self.sentence_row = QWidget()
        sentence_row = QHBoxLayout(self.sentence_row)
        sentence_row.setContentsMargins(0, 0, 0, 0)
        sentence_row.addWidget(self.sentence_label, 1)
        sentence_row.addWidget(self.copy_sentence_button, 0, Qt.AlignmentFlag.AlignTop)
        self.sentence_row.hide()
        self._sentence = ""
        self.hours_label = plain_label()  # the call is outside the user's working hours
        self.hours_label.setObjectName("hours")
        self.hours_label.hide()
        self.demo_label = plain_label()  # the calls shown are the demo calendar's
        self.demo_label.setObjectName("demo")
        self.demo_label.hide()
        self.notice_label = plain_label()  # something wrong with the app's own files, in a warning colour
        self.notice_label.setObjectName("notice")
        self.notice_label.hide()
        self._checklist_for = checklist_for or (lambda o: Checklist.from_description(o.description))
        self._agenda_shown: tuple[str, bool] | None = None  # (call key, highlighted)
        self.agenda = ChecklistView()
        self.agenda.changed.connect(lambda checklist: self._key and self.checklist_changed.emit(self._key, checklist))
        self.joined_button = QPushButton(self.tr("They joined"))
        self.end_button = QPushButton(self.tr("End call"))
        self.hide_button = QPushButton(self.tr("Hide"))
        self.joined_button.clicked.connect(lambda: self._key and self.joined_clicked.emit(self._key))
        self.end_button.clicked.connect(lambda: self._key and self.end_clicked.emit(self._key))
        self.hide_button.clicked.connect(self.hide)
        self.menu_button = QPushButton(self.tr("Menu"))  # where no tray exists: the tray menu's other lines
        self.menu_button.hide()
        buttons = QHBoxLayout()
        for button in (self.joined_button, self.end_button, self.menu_button, self.hide_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.demo_label, self.notice_label, self.phase_label, self.title_label, self.time_label,
                       self.detail_label, self.next_label, self.sentence_row, self.hours_label, self.agenda):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(300)
        self.setMaximumWidth(420)
        self._restore_position()

    def set_menu(self, menu: QMenu) -> None:
        """Offer ``menu`` from a button (drafts, calendars, settings, quit): where no system tray
        exists, the window is the only way to reach them."""
        self.menu_button.setMenu(menu)
        self.menu_button.show()

    def set_demo(self, text: str) -> None:
        """A line that says the calls shown are the demo calendar's ("" when they are the user's)."""
        self.demo_label.setText(text)
        self.demo_label.setVisible(bool(text))
        self._grow()

    def set_notice(self, text: str) -> None:
        """A line at the top that says something is wrong with the app's own files ("" for none)."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        self._grow()

    def set_sentence(self, text: str) -> None:
        """The sentence to say or send now ("" for none), shown in quotes with *Copy* beside it."""
        if text == self._sentence:
            return
        self._sentence = text
        self.sentence_label.setText(f"“{text}”" if text else "")
        self.sentence_row.setVisible(bool(text))
        self._grow()

    def _copy_sentence(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self._sentence)

    def set_hours_line(self, text: str) -> None:
        """A line that says the call is outside the user's working hours ("" when it is not)."""
        if text == self.hours_label.text() and self.hours_label.isVisible() == bool(text):
            return
        self.hours_label.setText(text)
        self.hours_label.setVisible(bool(text))
        self._grow()

    def _grow(self) -> None:
        """Take the height the content needs now (a line came or went): nothing is squeezed under
        the buttons, and the window shrinks back when the line goes."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def show_state(self, state: GuardState) -> None:
        view = state.focus
        if view is None:
            self._key = None
            self._paint(Phase.IDLE)
            self.phase_label.setText(presenter.phase_name(Phase.IDLE))
            nxt = state.next_call
            self.title_label.setText(self.tr("Next call: %1").replace("%1", inert(nxt.summary)) if nxt else "")
            self.time_label.setText("—")
            self.detail_label.setText(presenter.local_time(nxt.start) if nxt else "")  # type: ignore[arg-type]
            self.next_label.setText("")
            self.joined_button.hide()
            self.end_button.hide()
            self.agenda.hide()
            self._agenda_shown = None
            return
        self._key = view.key
        self._paint(view.phase)
        self.phase_label.setText(presenter.phase_name(view.phase))
        self.title_label.setText(inert(view.occurrence.summary))
        self.time_label.setText(presenter.big_time(view))
        self.detail_label.setText(presenter.detail_line(view))
        clash = presenter.runs_into_line(view)
        self.next_label.setText(clash or presenter.next_line(view) or "")
        self.next_label.setVisible(bool(self.next_label.text()))  # no empty gap above the agenda
        self.next_label.setProperty("clash", bool(clash))
        self.next_label.setStyleSheet("font-weight: bold;" if clash else "")
        self.joined_button.setVisible(view.phase in (Phase.UPCOMING, Phase.WAITING))
        self.end_button.setVisible(view.phase.live)
        shown = (view.key, view.phase in (Phase.WRAP_UP, Phase.OVERRUN))
        if shown != self._agenda_shown:  # a new call, or the warning: not on every tick
            self._agenda_shown = shown
            self.agenda.set_checklist(self._checklist_for(view.occurrence), highlight=shown[1])
            self.agenda.show()
            self._grow()
        self.agenda.show()

    def _paint(self, phase: Phase) -> None:
        background, foreground = {
            Phase.WAITING: ("#d9eefa", "#00263d"),
            Phase.WRAP_UP: ("#fff0cc", "#3d2a00"),
            Phase.OVERRUN: ("#d55e00", "#ffffff"),
        }.get(phase, ("#fbfbfb", "#1d1d1d"))
        accent = COLOURS.get(phase, COLOURS[Phase.IDLE])[0]
        self.setStyleSheet(
            f"TimerWindow {{ background: {background}; border: 3px solid {accent}; border-radius: 8px; }}"
            f" QLabel {{ color: {foreground}; }}"
            " QLabel#notice { color: #3d2a00; background: #ffe08a; border-radius: 4px; padding: 3px; }"
            " QLabel#demo { color: #1d1d1d; background: #e4e7eb; border-radius: 4px; padding: 3px; }"
            " QLabel#hours { color: #1d1d1d; background: #f3dce9; border-radius: 4px; padding: 3px; }"
        )

    # -- moving and remembering the place --------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.globalPosition().toPoint() - self.frameGeometry().topLeft()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            self.move(event.globalPosition().toPoint() - self._drag_from)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_from = None
        self._save_position()

    def _save_position(self) -> None:
        if self._ui_state is not None:
            self._ui_state.setValue("timer_window/pos", self.pos())
            self._ui_state.sync()

    def _restore_position(self) -> None:
        if self._ui_state is None:
            return
        pos = self._ui_state.value("timer_window/pos")
        if isinstance(pos, QPoint):
            self.move(pos)
        else:
            self.place_near_tray(None)

    def place_near_tray(self, tray_geometry: QRect | None) -> None:
        """Where the cards come, in the tray's corner (bottom-right, or top-right with the tray at
        the top), above the room the cards and the platform's balloons take."""
        screen = self.screen().availableGeometry()
        self.adjustSize()
        x = screen.right() - self.width() - 16
        at_top = tray_geometry is not None and tray_geometry.isValid() and tray_geometry.top() < screen.center().y()
        y = screen.top() + 16 if at_top else screen.bottom() - self.height() - CARD_ROOM
        self.move(x, max(screen.top(), y))
