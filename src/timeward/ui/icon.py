"""The tray icon: minutes left drawn into a square, one look per phase.

Phases differ by colour (Okabe–Ito palette, distinguishable with the common colour-vision
deficiencies) *and* by shape, so colour is never the only cue: upcoming is an outline, waiting a
dashed ring, in-call a solid disc, wrap-up a solid square, overrun a square with a "+" count.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from timeward.assets import FOLDER
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
TRANSPARENT = QColor(0, 0, 0, 0)
#: The app icon (a clock face, the tray's look between calls) ships as PNG files in these sizes,
#: drawn by render_pixmap (scripts/icons.py); loading them is cheaper at start-up than painting.
APP_ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def app_icon_file(size: int) -> Path:
    return FOLDER / "icons" / f"timeward-{size}.png"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(app_icon_file(size)))
    return icon


def render_pixmap(text: str, phase: Phase, size: int = SIZE) -> QPixmap:
    """The icon for one phase with ``text`` drawn in; with no text, a clock face."""
    pixmap = QPixmap(size, size)
    pixmap.fill(TRANSPARENT)
    painter = QPainter(pixmap)
    paint_icon(painter, text, phase, size)
    painter.end()
    return pixmap


def render_svg(size: int = SIZE) -> bytes:
    """The app icon (the clock face) as SVG, for the desktop's scalable icon."""
    from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(size, size))
    generator.setViewBox(QRect(0, 0, size, size))
    generator.setTitle("Timeward")
    painter = QPainter(generator)
    paint_icon(painter, "", Phase.IDLE, size)
    painter.end()
    return bytes(buffer.data().data())


def paint_icon(painter: QPainter, text: str, phase: Phase, size: int) -> None:
    """Draw the icon of ``phase`` (with ``text``, else a clock face) on ``painter``'s device."""
    background, foreground = COLOURS.get(phase, COLOURS[Phase.IDLE])
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(2, 2, size - 4, size - 4)
    fill = QColor(background)
    shape = QPainterPath()
    if phase in (Phase.UPCOMING, Phase.IDLE) and text:
        painter.setPen(QPen(fill, size / 10))
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(box.adjusted(3, 3, -3, -3))
        foreground = background
    elif phase is Phase.WAITING:
        pen = QPen(QColor("#00263d"), size / 16)
        pen.setDashPattern([3, 2])
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawEllipse(box.adjusted(2, 2, -2, -2))
    elif phase in (Phase.WRAP_UP, Phase.OVERRUN):
        shape.addRoundedRect(box, size / 8, size / 8)
    else:
        shape.addEllipse(box)
    painter.fillPath(shape, fill)
    if text:
        _draw_text(painter, box, text, QColor(foreground), size)
    else:
        _draw_hands(painter, box, QColor(foreground), size)


def _draw_text(painter: QPainter, box: QRectF, text: str, colour: QColor, size: int) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont

    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.62 if len(text) <= 2 else 0.44)))
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _draw_hands(painter: QPainter, box: QRectF, colour: QColor, size: int) -> None:
    """A clock face's two hands: the look with no call to count (no font needed, no glyph to miss)."""
    width = size / 11
    centre = box.center()
    tip = box.top() + size * 0.2
    for hand in (QRectF(centre.x() - width / 2, tip - width / 2, width, centre.y() - tip + width),
                 QRectF(centre.x() - width / 2, centre.y() - width / 2, size * 0.2 + width, width)):
        path = QPainterPath()  # one path per hand: their overlap must not cancel out
        path.addRoundedRect(hand, width / 2, width / 2)
        painter.fillPath(path, colour)


def render_icon(text: str, phase: Phase, stale: bool = False) -> QIcon:
    """The tray icon; between calls the shipped app icon, so a start needs no painting or font.
    ``stale`` adds a badge: an amber dot with a dark ring in the top-right corner."""
    if not text and phase is Phase.IDLE and not stale:
        return app_icon()
    idle = not text and phase is Phase.IDLE
    pixmap = app_icon().pixmap(SIZE, SIZE) if idle else render_pixmap(text, phase)
    if stale:
        _draw_badge(pixmap)
    return QIcon(pixmap)


def _draw_badge(pixmap: QPixmap) -> None:
    size = pixmap.width()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1a1200"), size / 16))
    painter.setBrush(QColor("#f0c000"))
    painter.drawEllipse(QRectF(size * 0.58, size * 0.02, size * 0.4, size * 0.4))
    painter.end()
