"""Results panel: ranked table (sortable, filterable), criterion breakdown, sensitivity.

The table is a :class:`QAbstractTableModel` over the current
:class:`~smartzone.scoring.model.ScoreResult` behind a
:class:`QSortFilterProxyModel`; selecting rows selects the districts on the
map and vice versa. The breakdown chart stacks each criterion's contribution
(points of the 0-100 score) for the selected districts.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.classify import ramp_colors
from smartzone.app.drawing import render
from smartzone.app.drawing.i18n import fill

if TYPE_CHECKING:
    from smartzone.app.gui.widgets.session import AppSession

CRITERION_COLORS = ["#1f78b4", "#33a02c", "#ff7f00", "#6a3d9a", "#b15928",
                    "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#ffff99"]  # ColorBrewer Paired (reordered)

Index = QModelIndex | QPersistentModelIndex


class ElideLeftDelegate(QStyledItemDelegate):
    """Elides text on the left, so the end of a district's name (the 동/면) stays readable."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:  # noqa: N802 (Qt API)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ResultsModel(QAbstractTableModel):
    """Rows: districts; columns: rank, name, code, score, exclusion reason.

    The model sorts itself with numpy (:meth:`sort`): a QSortFilterProxyModel
    sorting 3,501 rows calls ``data()`` from C++ ~200k times, which took
    seconds per re-score; the proxy (:class:`ResultsProxy`) only filters.
    """

    RANK, NAME, CODE, SCORE, NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.codes: list[str] = []
        self.names: list[str] = []
        self.scores = np.array([])
        self.ranks = np.array([])
        self.notes: list[str] = []
        #: Words an engine exclusion reason for the reader (the panel sets it; the reason as is by default).
        self.reason_text: Any = str
        self.sort_column = self.RANK
        self.sort_order = Qt.SortOrder.AscendingOrder
        #: The years of the data the score combines (issue 11 §7): "2019–2025" in the Score
        #: header, each criterion with its year in the Rank and Score header tooltips.
        self.data_years = ""
        self.years_tip = ""

    def set_years(self, criteria: list[tuple[str, str]]) -> None:
        """``criteria``: (display name, year of its data) of the scored criteria."""
        from smartzone.app.core.labels import year_span

        span = year_span([y for _n, y in criteria if y])
        tip = ""
        if span:
            tip = self.tr("The score combines data of these years:") + "\n" + "\n".join(
                f"• {n}: {y}" for n, y in criteria if y)
        if (span, tip) != (self.data_years, self.years_tip):
            self.data_years, self.years_tip = span, tip
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.NOTE)

    def set_result(self, result: Any, names: dict[str, str]) -> None:
        """Show ``result`` (None clears); ``names`` maps code -> Korean name."""
        self.beginResetModel()
        if result is None:
            self.codes, self.names, self.notes = [], [], []
            self.scores = self.ranks = np.array([])
        else:
            self.codes = [str(c) for c in result.score.index]
            self.names = [names.get(c, c) for c in self.codes]
            self._set_numbers(result, self.codes)
            self._order()
        self.endResetModel()

    def _set_numbers(self, result: Any, codes: list[str]) -> None:
        import pandas as pd

        key = (id(result.score.index), tuple(codes[:3]), len(codes))
        if getattr(self, "_pos_key", None) != key:
            index = pd.Index(result.score.index.astype(str))
            self._pos = index.get_indexer(codes)
            self._pos_key = key
        pos = self._pos
        score = pd.to_numeric(result.score, errors="coerce").to_numpy(dtype=float)
        rank = pd.to_numeric(result.rank.reindex(result.score.index), errors="coerce").to_numpy(dtype=float)
        self.scores = np.where(pos >= 0, score[np.maximum(pos, 0)], np.nan)
        self.ranks = np.where(pos >= 0, rank[np.maximum(pos, 0)], np.nan)
        excluded = {str(k): v for k, v in (result.excluded or {}).items()}
        # the engine's reasons worded for the reader (names, the preset's reason in the UI language)
        self.notes = [self.reason_text(str(excluded[c])) if c in excluded else "" for c in codes]

    def update_values(self, result: Any) -> bool:
        """Fast path for a re-score of the same districts: new numbers, re-sorted."""
        if result is None or len(result.score) != len(self.codes):
            return False
        if result.score.index is not getattr(self, "_index", None):
            if set(map(str, result.score.index)) != set(self.codes):
                return False
            self._index = result.score.index
        self.beginResetModel()
        self._set_numbers(result, self.codes)
        self._order()
        self.endResetModel()
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.beginResetModel()
        self._order()
        self.endResetModel()

    def _order(self) -> None:
        """Reorder the row arrays by the current sort column (missing values last)."""
        n = len(self.codes)
        if n == 0:
            return
        col, desc = self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder
        if col in (self.RANK, self.SCORE):
            key = (self.ranks if col == self.RANK else self.scores).astype(float)
            missing = ~np.isfinite(key)
            key = np.where(missing, 0.0, -key if desc else key)
            idx = np.lexsort((key, missing))
        else:
            texts = {self.NAME: self.names, self.CODE: self.codes}.get(col, self.notes)
            idx = np.array(sorted(range(n), key=texts.__getitem__, reverse=desc), dtype=int)
        self.codes = [self.codes[i] for i in idx]
        self.names = [self.names[i] for i in idx]
        self.notes = [self.notes[i] for i in idx]
        self.scores = self.scores[idx]
        self.ranks = self.ranks[idx]


    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # the years on a second line: on one line ("점수 (2019–2025)") the column took the
            # district names' width and the names showed as "…"
            score = self.tr("Score") + (f"\n({self.data_years})" if self.data_years else "")
            return [self.tr("Rank"), self.tr("District"), self.tr("Code"), score,
                    self.tr("Excluded")][section]
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section in (self.RANK, self.SCORE) and self.years_tip):
            return self.years_tip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if c == self.RANK:
                v = self.ranks[r]
                return "–" if not math.isfinite(v) else str(int(v))
            if c == self.NAME:
                return self.names[r]
            if c == self.CODE:
                return self.codes[r]
            if c == self.SCORE:
                v = self.scores[r]
                return "–" if not math.isfinite(v) else QLocale().toString(float(v), "f", 1)
            return self.notes[r]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if c == self.RANK:  # plain floats: numpy scalars do not convert to QVariant
                v = float(self.ranks[r])
                return v if math.isfinite(v) else 1e12
            if c == self.SCORE:
                v = float(self.scores[r])
                return v if math.isfinite(v) else -1e12
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and c == self.NOTE and self.notes[r]:
            return self.notes[r]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (self.RANK, self.SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.notes and self.notes[r]:
            return QColor(140, 140, 140)
        return None


class ResultsProxy(QSortFilterProxyModel):
    """Filters rows by text; sorting is delegated to the source model (fast)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, ResultsModel) and column >= 0:
            source.sort(column, order)

class BreakdownChart(QWidget):
    """Stacked horizontal bars: contribution of each criterion to the selected districts' scores."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: list[tuple[str, float, list[float]]] = []
        self.labels: list[str] = []

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 200)

    def set_rows(self, rows: list[tuple[str, float, list[float]]], labels: list[str]) -> None:
        """``rows``: (district name, score, contributions per criterion)."""
        self.rows, self.labels = rows, labels
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.fillRect(self.rect(), QColor("white"))
            font = render.map_font(8.5)
            p.setFont(font)
            fm = p.fontMetrics()
            if not self.rows:
                p.setPen(QColor(120, 120, 120))
                p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                           self.tr("Select districts on the map or in the table\n"
                                   "to see what makes up their score."))
                return
            name_w = min(max(fm.horizontalAdvance(n) for n, _, _ in self.rows) + 12, self.width() // 3)
            legend_h = 18 * ((len(self.labels) + 2) // 3) + 6
            avail = self.height() - legend_h - 10
            bar_h = max(10.0, min(24.0, avail / max(len(self.rows), 1) - 6))
            x0 = name_w + 4
            width = max(self.width() - x0 - 50, 20)
            y = 6.0
            for name, score, contribs in self.rows:
                p.setPen(QColor(30, 30, 30))
                p.drawText(QRectF(2, y, name_w, bar_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                           fm.elidedText(name, Qt.TextElideMode.ElideLeft, name_w - 4))
                x = float(x0)
                for i, v in enumerate(contribs):
                    if not math.isfinite(v) or v <= 0:
                        continue
                    w = v / 100.0 * width
                    p.setPen(Qt.PenStyle.NoPen)
                    p.setBrush(QColor(CRITERION_COLORS[i % len(CRITERION_COLORS)]))
                    p.drawRect(QRectF(x, y, w, bar_h))
                    x += w
                p.setPen(QPen(QColor(160, 160, 160), 1))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x0, y, width, bar_h))
                p.setPen(QColor(30, 30, 30))
                text = f"{score:.1f}" if math.isfinite(score) else "–"
                p.drawText(QPointF(x0 + width + 6, y + bar_h / 2 + fm.ascent() / 2 - 1), text)
                y += bar_h + 6
            # legend
            y = self.height() - legend_h + 4
            col_w = max((self.width() - 8) / 3, 60)
            for i, label in enumerate(self.labels):
                cx = 4 + (i % 3) * col_w
                cy = y + (i // 3) * 18
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(CRITERION_COLORS[i % len(CRITERION_COLORS)]))
                p.drawRect(QRectF(cx, cy + 3, 11, 11))
                p.setPen(QColor(30, 30, 30))
                p.drawText(QPointF(cx + 15, cy + 3 + fm.ascent() - 1),
                           fm.elidedText(label, Qt.TextElideMode.ElideRight, int(col_w - 20)))
        finally:
            p.end()


class ResultsPanel(QWidget):
    """Ranked table + breakdown + sensitivity tabs.

    Signals
    -------
    selection_changed(list)
        District codes selected in the table.
    """

    selection_changed = Signal(list)

    def __init__(self, session: AppSession, parent: QWidget | None = None, *, sensitivity: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._syncing = False
        self.model = ResultsModel(self)
        self.model.reason_text = self.reason_text
        self.proxy = ResultsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or code (e.g. 세종, 강원)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        lay.addWidget(self.filter_edit)
        self.tabs = QTabWidget()
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(ResultsModel.RANK, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        # "서울특별시 종로구 사직동" in a narrow column: drop the 시도 from the left, keep the 동
        self.name_delegate = ElideLeftDelegate(self.view)
        self.view.setItemDelegateForColumn(ResultsModel.NAME, self.name_delegate)
        self.view.setWordWrap(False)  # a wrapped name is cut on the right ("경기도 안양시 ..."), whatever the elide mode
        hh = self.view.horizontalHeader()
        # Size columns from the first rows only: measuring all 3,501 rows on every
        # re-score calls data() tens of thousands of times.
        hh.setResizeContentsPrecision(40)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(ResultsModel.NAME, QHeaderView.ResizeMode.Stretch)
        # Long exclusion reasons must not squeeze the names: fixed, user-resizable width
        # (the full reason is in the tooltip and the breakdown).
        hh.setSectionResizeMode(ResultsModel.NOTE, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(ResultsModel.NOTE, 140)
        hh.setStretchLastSection(False)
        self.view.selectionModel().selectionChanged.connect(self._table_selection)
        splitter.addWidget(self.view)
        self.breakdown = BreakdownChart()
        splitter.addWidget(self.breakdown)
        splitter.setSizes([300, 160])
        self.tabs.addTab(splitter, self.tr("Ranking"))
        from smartzone.app.gui.widgets.sensitivity_view import SensitivityView

        # the main window hands over its view on a language switch: results and a running analysis survive
        self.sensitivity = sensitivity if sensitivity is not None else SensitivityView(session)
        self.tabs.addTab(self.sensitivity, self.tr("Sensitivity"))
        lay.addWidget(self.tabs)
        session.result_changed.connect(self.show_result)
        session.busy_changed.connect(self._set_busy)

    # ---------------------------------------------------------------- result
    def _set_busy(self, busy: bool) -> None:
        """Greyed while new data loads: the rows shown are the previous level's."""
        self.setEnabled(not busy)

    def show_result(self, result: Any) -> None:
        selected = self.selected_codes()
        if not self.model.update_values(result):
            self.model.set_result(result, self.session.names())
        self.model.set_years(self._criteria_years(result))
        # the reasons' column takes room only when a district is excluded: the names need it more
        any_excluded = result is not None and bool(result.excluded)
        if any_excluded != getattr(self, "_note_wide", None):
            self._note_wide = any_excluded
            self._fit_note()
        if selected:
            self.set_selection(selected, scroll=False)
        if result is None:
            self.summary.setText(self.tr("No result."))
        else:
            n = int(np.isfinite(self.model.scores).sum())
            excluded = len(result.excluded or {})
            recipe = result.recipe if isinstance(result.recipe, dict) else {}
            from smartzone.app.drawing import (
                i18n,  # the method's name in the UI language, not its id
            )

            method = str(recipe.get("method_name" if i18n.is_korean() else "method_name_en")
                         or recipe.get("method", ""))
            text = (fill(self.tr("%1 districts scored, %2 excluded · method %3"),
                f"{n:,}", f"{excluded:,}", method))
            notes = self.result_notes(result)
            if notes:  # constant, infinite or imputed values, reading warnings: never silent
                text += "\n" + self.tr("Notes:") + "\n" + "\n".join(f"• {m}" for m in notes)
            self.summary.setText(text)
        self._update_breakdown(selected)

    def _fit_note(self) -> None:
        """The reasons' column: 140 px when a district is excluded, but never at the cost of the names
        (a 읍면동 name keeps room for "…영등포구 여의동"; the full reason is in the tooltip)."""
        hh = self.view.horizontalHeader()
        title = str(self.model.headerData(ResultsModel.NOTE, Qt.Orientation.Horizontal))
        narrow = hh.fontMetrics().horizontalAdvance(title) + 14
        if not getattr(self, "_note_wide", False):
            hh.resizeSection(ResultsModel.NOTE, narrow)
            return
        others = sum(hh.sectionSize(c) for c in range(self.model.columnCount())
                     if c not in (ResultsModel.NAME, ResultsModel.NOTE))
        names = self.view.fontMetrics().horizontalAdvance("…영등포구 여의동") + 16
        room = self.view.viewport().width() - others - names
        hh.resizeSection(ResultsModel.NOTE, max(narrow, min(140, room)))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit_note()

    def _criteria_years(self, result: Any) -> list[tuple[str, str]]:
        """(name, year of its data) of the criteria ``result`` scored (empty for user data)."""
        from smartzone.app.core.labels import indicator_year

        recipe = getattr(result, "recipe", None) if result is not None else None
        criteria = recipe.get("criteria") if isinstance(recipe, dict) else None
        project = getattr(self.session, "project", None)
        if not isinstance(criteria, list) or project is None:
            return []
        labels = self.session.indicator_labels() if hasattr(self.session, "indicator_labels") else {}
        out = []
        for c in criteria:
            ind = str(c.get("indicator", "")) if isinstance(c, dict) else ""
            if ind:
                out.append((labels.get(ind, ind), indicator_year(ind, project.level)))
        return out

    def result_notes(self, result: Any) -> list[str]:
        """The engine's notes on ``result`` and the reading warnings of the loaded layer."""
        layer = getattr(self.session, "layer", None)
        reading = list(getattr(getattr(layer, "report", None), "warnings", None) or [])
        diagnostics = getattr(result, "diagnostics", None) or {}
        engine = [*(diagnostics.get("notes", []) or []), *(diagnostics.get("warnings", []) or [])]
        return list(dict.fromkeys(self.note_text(n) for n in [*reading, *engine]))

    def reason_text(self, reason: str) -> str:
        """An exclusion reason in the UI language: indicator names, the preset's reason in this language."""
        from smartzone.app.core.labels import reason_words
        from smartzone.app.drawing import i18n

        labels = self.session.indicator_labels() if hasattr(self.session, "indicator_labels") else {}
        return reason_words(reason, labels, "ko" if i18n.is_korean() else "en")

    def note_text(self, note: Any) -> str:
        """An engine note or a reading warning worded in the UI language (the one helper the report uses too)."""
        from smartzone.app.drawing.note_words import NoteWords

        labels = self.session.indicator_labels() if hasattr(self.session, "indicator_labels") else {}
        return NoteWords(None, labels)(note)

    def top_codes(self, n: int = 10) -> list[str]:
        """Codes of the first ``n`` rows as currently sorted and filtered."""
        out = []
        for r in range(min(n, self.proxy.rowCount())):
            src = self.proxy.mapToSource(self.proxy.index(r, 0))
            out.append(self.model.codes[src.row()])
        return out

    # ------------------------------------------------------------- selection
    def selected_codes(self) -> list[str]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [self.model.codes[r] for r in sorted(rows) if r < len(self.model.codes)]

    def set_selection(self, codes: list[str], *, scroll: bool = True) -> None:
        """Select the rows of ``codes`` (from the map) without echoing back."""
        self._syncing = True
        try:
            sel = QItemSelection()
            pos = {c: i for i, c in enumerate(self.model.codes)}
            first = None
            for code in codes:
                r = pos.get(code)
                if r is None:
                    continue
                idx = self.proxy.mapFromSource(self.model.index(r, 0))
                if idx.isValid():
                    sel.select(idx, idx.siblingAtColumn(self.model.NOTE))
                    first = first or idx
            self.view.selectionModel().select(
                sel, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            if first is not None and scroll:
                self.view.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._syncing = False
        self._update_breakdown(codes)

    def _table_selection(self, *_: Any) -> None:
        codes = self.selected_codes()
        self._update_breakdown(codes)
        if not self._syncing:
            self.selection_changed.emit(codes)

    def _update_breakdown(self, codes: list[str]) -> None:
        result = self.session.result
        if result is None or not codes:
            self.breakdown.set_rows([], [])
            return
        contrib = result.contributions
        names = self.session.names()
        names_of = self.session.indicator_labels()
        labels = [names_of.get(str(c), str(c)) for c in contrib.columns]
        rows = []
        for code in codes[:8]:
            if code in contrib.index:
                vals = [float(v) for v in contrib.loc[code].to_numpy(dtype=float)]
                rows.append((names.get(code, code), float(result.score.get(code, np.nan)), vals))
        self.breakdown.set_rows(rows, labels)


__all__ = ["BreakdownChart", "ResultsModel", "ResultsPanel", "ramp_colors"]
