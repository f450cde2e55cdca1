"""AlertCard: an alert that stays until acted on (the end-of-call warning, the wait-limit question).

It sits above other windows near the tray without taking focus: a call is exactly when the user
is typing or sharing a screen. Buttons carry the answers; each emits ``answered(action)``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from timeward.ui.taskbar import keep_out_of_taskbar
from timeward.ui.timer_window import plain_label

#: Space left free next to the tray for the platform's own notification balloons.
BALLOON_ROOM = 120
CARD_WIDTH = 400


def _columns(widths: list[int], room: int, spacing: int) -> int:
    """Up to three buttons a row, fewer when their texts (longer in some languages) would not fit."""
    columns = max(1, min(3, len(widths)))
    widest = max(widths, default=0)
    while columns > 1 and widest * columns + spacing * (columns - 1) > room:
        columns -= 1
    return columns


class AlertCard(QWidget):
    answered = Signal(str)  # the action name

    def __init__(self, title: str, lines: list[str], actions: Sequence[tuple[str, str]],
                 accent: str = "#e69f00", parent: QWidget | None = None, stays: Sequence[str] = ()) -> None:
        """``stays``: the actions that leave the card open (*Copy* the sentence, and still *Join*)."""
        flags = (Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint | Qt.WindowType.FramelessWindowHint
                 | Qt.WindowType.WindowDoesNotAcceptFocus)
        super().__init__(parent, flags)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setObjectName("AlertCard")
        self.stays = frozenset(stays)
        self.setStyleSheet(f"#AlertCard {{ background: #ffffff; border: 3px solid {accent}; border-radius: 8px; }}"
                           " QLabel { color: #1d1d1d; }")
        self.title_label = plain_label(title, point_size=13, bold=True)
        self.line_labels: list[QLabel] = [plain_label(line) for line in lines if line]
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        for label in self.line_labels:
            layout.addWidget(label)
        self.buttons: dict[str, QPushButton] = {}
        for action, text in actions:
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, a=action: self._answer(a))
            self.buttons[action] = button
        grid = QGridLayout()
        margins = layout.contentsMargins()
        columns = _columns([b.sizeHint().width() for b in self.buttons.values()],
                           CARD_WIDTH - margins.left() - margins.right(), grid.spacing())
        for index, button in enumerate(self.buttons.values()):
            grid.addWidget(button, index // columns, index % columns)
        layout.addLayout(grid)
        self.setFixedWidth(CARD_WIDTH)
        keep_out_of_taskbar(self)  # a card is not a window to switch to

    def _answer(self, action: str) -> None:
        self.answered.emit(action)
        if action not in self.stays:
            self.close()

    def place_near_tray(self, tray_geometry: QRect | None = None, avoid: QRect | None = None) -> None:
        """Bottom-right of the screen (top-right when the tray is at the top), clear of ``avoid``
        (the timer window) when there is room below, above or beside it."""
        self.adjustSize()
        screen = self.screen().availableGeometry()
        x = screen.right() - self.width() - 16
        y = screen.bottom() - self.height() - BALLOON_ROOM
        if tray_geometry is not None and tray_geometry.isValid() and tray_geometry.top() < screen.center().y():
            y = screen.top() + 16
        place = QRect(x, y, self.width(), self.height())
        if avoid is not None and place.intersects(avoid):
            gap = 12
            candidates = [place.translated(0, avoid.bottom() + gap - place.top()),
                          place.translated(0, avoid.top() - gap - place.bottom()),
                          place.translated(avoid.left() - gap - place.right(), 0)]
            place = next((c for c in candidates if screen.contains(c) and not c.intersects(avoid)), place)
        self.move(place.topLeft())
