"""ReportChart: one horizontal bar per client, drawn with QPainter (PySide6-Essentials has no chart
module): the hours held, with the minutes lost to late starts and overruns stacked after them,
and a flagged client's name in the warning colour. Colours are the colour-blind-safe Okabe–Ito set."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

HELD, LATE, OVER = QColor("#0072b2"), QColor("#e69f00"), QColor("#d55e00")
FLAGGED = QColor("#b00020")
BAR_HEIGHT, GAP, PAD = 18, 8, 8


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    held: int  # minutes
    late: int
    over: int
    flagged: bool = False


class ReportChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.legend = (self.tr("Held"), self.tr("Late starts"), self.tr("Overruns"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        line = QFontMetrics(self.font()).height()
        rows = max(len(self.bars), 1)
        return QSize(480, PAD * 2 + rows * (max(BAR_HEIGHT, line) + GAP) + line + GAP)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802  (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = max(BAR_HEIGHT, metrics.height())
        labels = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        label_width = min(labels + 2 * PAD, self.width() // 3)
        widest = max((b.held + b.late + b.over for b in self.bars), default=0) or 1
        widest_hours = self.tr("%1 h").replace("%1", QLocale().toString(9999.9, "f", 1))
        room = max(self.width() - label_width - 2 * PAD - metrics.horizontalAdvance(widest_hours), 10)
        y = PAD
        for bar in self.bars:
            painter.setPen(FLAGGED if bar.flagged else self.palette().windowText().color())
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - PAD)
            painter.drawText(QRectF(PAD, y, label_width - PAD, line), Qt.AlignmentFlag.AlignVCenter, text)
            x = float(PAD + label_width)
            painter.setPen(Qt.PenStyle.NoPen)
            for minutes, colour in ((bar.held, HELD), (bar.late, LATE), (bar.over, OVER)):
                width = room * minutes / widest
                painter.fillRect(QRectF(x, y + (line - BAR_HEIGHT) / 2, width, BAR_HEIGHT), colour)
                x += width
            painter.setPen(self.palette().windowText().color())
            hours = self.tr("%1 h").replace("%1", QLocale().toString(bar.held / 60, "f", 1))
            painter.drawText(QRectF(x + 4, y, self.width() - x, line), Qt.AlignmentFlag.AlignVCenter, hours)
            y += line + GAP
        x = float(PAD)
        for text, colour in zip(self.legend, (HELD, LATE, OVER), strict=True):
            painter.fillRect(QRectF(x, y + (metrics.height() - 10) / 2, 10, 10), colour)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(x + 14, y, metrics.horizontalAdvance(text) + 4, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 14 + metrics.horizontalAdvance(text) + 2 * PAD
        painter.end()
