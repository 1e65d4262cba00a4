"""Chart of a standardisation function over the data's histogram (QPainter, no QtCharts).

Shows how raw indicator values (x, the indicator's unit) become 0-1
suitability (y): grey bars are the distribution of the districts' values, the
blue line is ``transform_curve`` of the criterion's standardisation and direction.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from smartzone.app.drawing import render
from smartzone.app.drawing.error_words import error_text


class TransformChart(QWidget):
    """Histogram of raw values with the transform curve on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.data = np.array([])
        self.curve: tuple[np.ndarray, np.ndarray] | None = None
        self.title = ""
        self.message = ""

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 170)

    def set_data(self, data: Any, standardization: Any, direction: str, title: str = "") -> None:
        """Plot ``data`` (raw values) and the transform of ``standardization``/``direction``."""
        arr = np.asarray(data, dtype=float)
        self.data = arr[np.isfinite(arr)]
        self.title = title
        self.message = ""
        self.curve = None
        try:
            from smartzone.scoring.standardize import transform_curve

            self.curve = transform_curve(standardization, direction, self.data)
        except Exception as exc:  # invalid parameters: say so in the chart
            self.message = error_text(exc)
        self.update()

    def clear(self) -> None:
        self.data, self.curve, self.title, self.message = np.array([]), None, "", ""
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            self._paint(p)
        finally:
            p.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.fillRect(self.rect(), QColor("white"))
        font = render.map_font(8)
        p.setFont(font)
        left, right, top, bottom = 34, 10, 20 if self.title else 8, 22
        plot = QRectF(left, top, max(self.width() - left - right, 10), max(self.height() - top - bottom, 10))
        p.setPen(QColor(40, 40, 40))
        if self.title:
            p.drawText(QPointF(left, 14), self.title)
        p.setPen(QPen(QColor(200, 200, 200), 1))
        p.drawRect(plot)
        if self.data.size == 0 and (self.curve is None or self.curve[0].size == 0):
            p.setPen(QColor(120, 120, 120))
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.message or self.tr("No data"))
            return
        if self.curve is not None and self.curve[0].size:
            x_lo, x_hi = float(self.curve[0].min()), float(self.curve[0].max())
        else:
            x_lo, x_hi = float(self.data.min()), float(self.data.max())
        if x_hi <= x_lo:
            x_hi = x_lo + 1.0

        def sx(x: float) -> float:
            return plot.left() + (x - x_lo) / (x_hi - x_lo) * plot.width()

        def sy(y: float) -> float:
            return plot.bottom() - y * plot.height()

        # histogram (scaled to the plot height)
        if self.data.size:
            counts, edges = np.histogram(self.data, bins=min(30, max(5, int(np.sqrt(self.data.size)))),
                                         range=(x_lo, x_hi))
            peak = counts.max() or 1
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(180, 186, 194))
            for c, a, b in zip(counts.tolist(), edges[:-1].tolist(), edges[1:].tolist(), strict=True):
                if c:
                    h = c / peak * plot.height() * 0.9
                    p.drawRect(QRectF(sx(a) + 0.5, plot.bottom() - h, max(sx(b) - sx(a) - 1, 1), h))
        # curve
        if self.curve is not None and self.curve[0].size:
            xs, ys = self.curve
            path = QPainterPath()
            first = True
            for x, y in zip(xs.tolist(), ys.tolist(), strict=True):
                if not np.isfinite(y):
                    first = True
                    continue
                pt = QPointF(sx(x), sy(y))
                if first:
                    path.moveTo(pt)
                    first = False
                else:
                    path.lineTo(pt)
            p.setPen(QPen(QColor("#1f78b4"), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        # axes labels
        p.setPen(QColor(80, 80, 80))
        p.drawText(QPointF(4, plot.top() + 8), "1.0")
        p.drawText(QPointF(4, plot.bottom()), "0.0")
        p.drawText(QPointF(plot.left(), plot.bottom() + 14), _fmt(x_lo))
        hi_text = _fmt(x_hi)
        p.drawText(QPointF(plot.right() - p.fontMetrics().horizontalAdvance(hi_text), plot.bottom() + 14), hi_text)
        if self.message:
            p.setPen(QColor("#b2182b"))
            p.drawText(plot.adjusted(4, 4, -4, -4), Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                       self.message)


def _fmt(v: float) -> str:
    a = abs(v)
    if a >= 1000:
        return f"{v:,.0f}"
    if a >= 1:
        return f"{v:.1f}"
    return f"{v:.3g}"
