"""Identify panel: click a district on the map, read why it scored what it scored.

Shows the district's name and code, its score and rank (or why it was
excluded), and per criterion (named with its unit and the year of its data):
the raw indicator value, the standardised
value (0-1), the weight and the points it contributes to the 0-100 score
(:func:`smartzone.app.core.identify.identify`).
"""
from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.identify import Identification, identify
from smartzone.app.core.labels import reason_words
from smartzone.app.drawing import i18n
from smartzone.app.drawing.i18n import fill

if TYPE_CHECKING:
    from smartzone.app.gui.widgets.session import AppSession


def format_number(value: float, decimals: int = 2) -> str:
    """A number in the UI language's format ("–" for missing)."""
    if value is None or not math.isfinite(value):
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def format_raw(value: float) -> str:
    """A raw indicator value: whole numbers (population, counts) without decimals ("143,114",
    not "143,114.00"), others with two."""
    if value is not None and math.isfinite(value) and float(value).is_integer():
        return format_number(value, 0)
    return format_number(value, 2)


class IdentifyPanel(QWidget):
    """The clicked district explained (see the module docstring)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.code: str | None = None
        self.current: Identification | None = None
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.table, 1)
        self.retranslate()
        session.result_changed.connect(lambda _r: self.show_district(self.code))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Criterion"), self.tr("Raw value"), self.tr("Standardised (0-1)"),
            self.tr("Weight"), self.tr("Points"),
        ])
        # Size the columns to their headers too: an empty table kept its default widths, which cut
        # "Criterion" and "Standardised (0-1)" in the narrow dock.
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.show_district(self.code)

    def show_selection(self, codes: list[str]) -> None:
        self.show_district(codes[0] if codes else None)

    def show_district(self, code: str | None) -> None:
        """Explain district ``code`` (None: a hint to click the map)."""
        self.code = code
        s = self.session
        if code is None or s.geometry is None or code not in s.geometry.index:
            self.current = None
            self.header.setText(self.tr("Click a district on the map to see its values."))
            self.table.setRowCount(0)
            return
        prepared = s.scoring.prepared if getattr(s, "scoring", None) is not None else None
        ident = identify(code, name=s.geometry.names[s.geometry.index[code]], matrix=s.matrix, result=s.result,
                         prepared=prepared, labels=s.indicator_labels())
        self.current = ident
        lines = [f"<b>{html.escape(ident.name)}</b> <span style='color:#666'>({html.escape(ident.code)})</span>"]
        if ident.excluded:
            reason = reason_words(ident.excluded, s.indicator_labels(), "ko" if i18n.is_korean() else "en")
            lines.append(fill(self.tr("Excluded: %1"), html.escape(reason)))
        elif math.isfinite(ident.score):
            lines.append(fill(self.tr("Score %1 · rank %2 of %3"),
                format_number(ident.score, 1), str(int(ident.rank)) if math.isfinite(ident.rank) else "–", str(ident.ranked)))
        else:
            lines.append(self.tr("No score"))
        self.header.setText("<br>".join(lines))
        self.table.setRowCount(len(ident.rows))
        from smartzone.app.core.labels import indicator_caption, indicator_year

        level = str(getattr(s.project, "level", ""))
        language = "ko" if i18n.is_korean() else "en"
        for r, row in enumerate(ident.rows):
            # the unit and the year of the data beside the raw value (issue 11 §7)
            year = indicator_year(row.indicator, level)
            cells = [indicator_caption(row.indicator, row.label, level, language), format_raw(row.raw), format_number(row.standardized, 3),
                     format_number(100 * row.weight, 1) + " %" if math.isfinite(row.weight) else "–",
                     format_number(row.contribution, 2)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:
                    item.setToolTip(fill(self.tr("Column %1 of the indicator table"),
                        row.indicator))
                if c == 1 and year:
                    item.setToolTip(fill(self.tr("Data of %1"), year))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
