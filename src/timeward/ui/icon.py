"""The tray icon: minutes left drawn into a square, one look per phase.

Phases differ by colour (Okabe–Ito palette, distinguishable with the common colour-vision
deficiencies) *and* by shape, so colour is never the only cue: upcoming is an outline, waiting a
dashed ring, in-call a solid disc, wrap-up a solid square, overrun a square with a "+" count.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from timeward.domain.phases import Phase

SIZE = 64
COLOURS = {
    Phase.IDLE: ("#5f6b7a", "#ffffff"),
    Phase.UPCOMING: ("#0072b2", "#ffffff"),
    Phase.WAITING: ("#56b4e9", "#00263d"),
    Phase.IN_CALL: ("#009e73", "#ffffff"),
    Phase.WRAP_UP: ("#e69f00", "#1a1200"),
    Phase.OVERRUN: ("#d55e00", "#ffffff"),
}


def render_pixmap(text: str, phase: Phase, size: int = SIZE) -> QPixmap:
    background, foreground = COLOURS.get(phase, COLOURS[Phase.IDLE])
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2, 2, size - 4, size - 4)
    fill = QColor(background)
    if phase in (Phase.UPCOMING, Phase.IDLE) and text:
        painter.setPen(QPen(fill, size / 10))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(box.adjusted(3, 3, -3, -3))
        foreground = background
    elif phase is Phase.WAITING:
        pen = QPen(QColor("#00263d"), size / 16, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
    elif phase in (Phase.WRAP_UP, Phase.OVERRUN):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, size / 8, size / 8)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(box)
    if not text:
        text = "⏱"
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.62 if len(text) <= 2 else 0.44)))
    painter.setFont(font)
    painter.setPen(QColor(foreground))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def render_icon(text: str, phase: Phase) -> QIcon:
    return QIcon(render_pixmap(text, phase))
