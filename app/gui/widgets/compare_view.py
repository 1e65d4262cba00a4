"""Compare two scenarios: side-by-side maps, swipe, rank-difference map, rank-change table.

:class:`CompareView` is a self-contained ``QWidget`` (use it as a dock or a
window) over a :class:`~smartzone.app.core.model.project.Project`:

* scenario pickers A and B (any scenario of the project, including imported
  candidate maps) and the size ``k`` of the top group;
* three map modes sharing one synchronised view (pan or zoom one, the others
  follow): **side by side** (two :class:`~smartzone.app.gui.widgets.map_canvas.MapCanvas`),
  **swipe** (one map, scenario A left of a draggable vertical divider and B
  right of it) and **rank change** (``rank_B - rank_A`` on a diverging,
  colour-blind-safe PuOr ramp centred at 0: purple = higher in B, orange = lower);
* districts in the top ``k`` of one scenario and not of the other are outlined
  on every map (solid: only in A, dashed: only in B) and flagged in the table;
* agreement statistics (Spearman's rho, Kendall's tau, top-k overlap and
  Jaccard index) from :func:`smartzone.scoring.compare.compare_rankings`;
* a sortable table: code, Korean name, rank A, rank B, change (B - A), top-k flag.

Scores are computed with :func:`smartzone.app.core.pipeline.run_scenario` in a
worker thread (the serial I/O pool, as file reading may be involved); the
comparison itself is instant. Score maps use quantile classes of each
scenario, labelled by percentile ("top 0-20 %" ...), so A and B read alike.

Run alone on the demo: ``python -m smartzone.app.gui.widgets.compare_view [--level emd]``.
"""
from __future__ import annotations

import html
import math
from collections.abc import Sequence
from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.classify import Classification, classify, ramp_colors
from smartzone.app.drawing import i18n, render
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import QT_TRANSLATE_NOOP, fill
from smartzone.app.drawing.render import DistrictGeometry, MapView
from smartzone.app.gui.widgets.map_canvas import MapCanvas

__all__ = ["CompareCanvas", "CompareView", "RankTableModel", "SwipeCanvas", "diverging_classification"]

MODES = ("side", "swipe", "diff")
OUTLINE_COLOR = QColor("#111111")
HALO_COLOR = QColor(255, 255, 255, 235)
ONLY_A_TINT = QColor(0, 0, 0, 22)  # neutral tints: the flag text says which side
ONLY_B_TINT = QColor(0, 0, 0, 40)

def _tr(text: str) -> str:
    """The compare view's texts for objects that are not its widgets (the rank table model)."""
    return QCoreApplication.translate("CompareView", text)





# --------------------------------------------------------------------------- classification


def _nice(value: float) -> int:
    """Round a rank difference up to a readable integer (1, 2, 5, 10, 20, 25, 50 ...)."""
    if value <= 1:
        return 1
    mag = 10 ** int(math.floor(math.log10(value)))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * mag:
            return int(math.ceil(step * mag))
    return int(math.ceil(value))


def diverging_classification(diff: np.ndarray, *, labels: tuple[str, str, str] = ("no change", "higher in B",
                                                                                 "lower in B")) -> Classification:
    """Seven classes of rank differences centred on 0 (its own class) with the PuOr ramp.

    Breaks are symmetric: ``±t1, ±t2, ±t3`` from the 1/3 and 2/3 quantiles and the
    maximum of ``|diff|`` (rounded to readable integers); negative values
    (higher rank in B) are purple, positive (lower in B) orange; NaN is no data.
    """
    d = np.asarray(diff, dtype=float)
    valid = np.isfinite(d)
    classes = np.full(d.shape, -1, dtype=int)
    if not valid.any():
        return Classification(np.array([]), classes, [], [], "diverging", 0, "PuOr", [])
    a = np.abs(d[valid])
    top = float(a.max())
    nz = a[a > 0]
    if top == 0 or nz.size == 0:
        t = [1, 2, 3]
    else:
        t1 = _nice(float(np.quantile(nz, 1 / 3)))
        t2 = max(_nice(float(np.quantile(nz, 2 / 3))), t1 + 1)
        t3 = max(int(math.ceil(top)), t2 + 1)
        t = [t1, t2, t3]
    # upper bounds of the classes, ascending: (-inf,-t2-1], ..., [0,0], ..., (t2, t3]
    bins = np.array([-t[1] - 0.5, -t[0] - 0.5, -0.5, 0.5, t[0] + 0.5, t[1] + 0.5, max(t[2], top) + 0.5])
    cls = np.searchsorted(bins, d[valid], side="left").clip(0, len(bins) - 1)
    classes[valid] = cls
    colors = ramp_colors("PuOr", 7, reverse=True)  # purple (negative) ... orange (positive)
    colors[3] = "#f7f7f7"
    zero, up, down = labels
    names = [
        f"−{t[2]} – −{t[1] + 1}  ({up})",
        f"−{t[1]} – −{t[0] + 1}",
        f"−{t[0]} – −1",
        f"0  ({zero})",
        f"+1 – +{t[0]}",
        f"+{t[0] + 1} – +{t[1]}",
        f"+{t[1] + 1} – +{t[2]}  ({down})",
    ]
    counts = np.bincount(cls, minlength=7).tolist()
    return Classification(bins, classes, colors, names, "diverging", 7, "PuOr", counts)


def _score_classification(values: np.ndarray, label: str) -> Classification:
    """Quantile classes (viridis) labelled by percentile from the top ("top 0–20%" ...)."""
    cls = classify(values, scheme="quantiles", k=5, cmap="viridis")
    if cls.k == 5:
        cls.labels = [fill(label, 100 - 20 * (i + 1), 100 - 20 * i) for i in range(5)]
    return cls


# --------------------------------------------------------------------------- canvases


def draw_top_outlines(painter: QPainter, geom: DistrictGeometry | None, view: MapView,
                      only_a: Sequence[int], only_b: Sequence[int]) -> None:
    """Outline districts in the top k of A only (solid) and of B only (dashed), with a white halo."""
    if geom is None or (not only_a and not only_b):
        return
    level = geom.lod_for(view.res)
    painter.save()
    painter.setTransform(view.transform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for idx, style in ((only_a, Qt.PenStyle.SolidLine), (only_b, Qt.PenStyle.DashLine)):
        if not idx:
            continue
        paths = geom.paths(level, np.asarray(list(idx), dtype=int))
        halo = QPen(HALO_COLOR, 3.5)
        halo.setCosmetic(True)
        painter.setPen(halo)
        for p in paths:
            painter.drawPath(p)
        pen = QPen(OUTLINE_COLOR, 1.6, style)
        pen.setCosmetic(True)
        painter.setPen(pen)
        for p in paths:
            painter.drawPath(p)
    painter.restore()


#: Room kept free at the top right of a map for its north arrow (see render.draw_north_arrow).
NORTH_ARROW_ROOM = 64.0


def _draw_tag(painter: QPainter, text: str, x: float, y: float, *, right: bool = False,
              max_width: float | None = None) -> QRectF:
    """A caption on a translucent band; ``x`` is its left edge (or right edge when ``right``).
    A caption wider than ``max_width`` is elided ("…"): a long scenario name ran under the
    north arrow."""
    painter.save()
    painter.resetTransform()
    font = render.map_font(11, bold=True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    if max_width is not None and fm.horizontalAdvance(text) + 14 > max_width:
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(max_width - 14, 0.0))
    w = fm.horizontalAdvance(text) + 14
    rect = QRectF(x - w if right else x, y, w, fm.height() + 8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 215))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(QColor(20, 20, 20))
    painter.drawText(QPointF(rect.left() + 7, rect.top() + 4 + fm.ascent()), text)
    painter.restore()
    return rect


class CompareCanvas(MapCanvas):
    """A :class:`MapCanvas` that can follow another's view and outline top-k differences.

    Signals
    -------
    resized()
        The widget changed size (the compare view re-fits while the user has not moved the map).
    """

    resized = Signal()

    def __init__(self, parent: QWidget | None = None, caption: str = "") -> None:
        super().__init__(parent)
        self.caption = caption
        self.caption_rects: list[QRectF] = []  # where the captions were drawn (kept clear of the north arrow)
        self.only_a: list[int] = []
        self.only_b: list[int] = []
        self.setMinimumSize(200, 160)

    # -- view
    def view_state(self) -> tuple[float, float, float]:
        """``(cx, cy, res)``: centre (world units) and units per pixel."""
        return self.view.cx, self.view.cy, self.view.res

    def set_view_state(self, cx: float, cy: float, res: float) -> None:
        """Show the same centre and scale as another canvas (no ``view_changed``)."""
        self.view.cx, self.view.cy, self.view.res = float(cx), float(cy), float(res)
        self._has_view = True
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        # Keep centre and scale; the compare view decides when to re-fit.
        self.view.resized(max(event.size().width(), 1), max(event.size().height(), 1))
        QWidget.resizeEvent(self, event)
        self.resized.emit()

    # -- data
    def set_classified(self, values: np.ndarray, classification: Classification, *, ranks: Any = None,
                       label: str = "", legend_title: str = "") -> None:
        """Colour districts with a ready classification (e.g. a diverging one)."""
        if self.geometry_ is None:
            return
        self.values = np.asarray(values, dtype=float)
        self.ranks = None if ranks is None else np.asarray(ranks, dtype=float)
        self.classification = classification
        self.value_label = label
        self.legend_title = legend_title or label
        self._rebuild_brushes()
        self.update()

    def set_top_outlines(self, only_a: Sequence[int], only_b: Sequence[int]) -> None:
        self.only_a, self.only_b = list(only_a), list(only_b)
        self.update()

    # -- painting
    def paint_districts(self, painter: QPainter) -> None:
        """Fill the districts (overridden by :class:`SwipeCanvas`)."""
        assert self.geometry_ is not None
        render.draw_districts(painter, self.geometry_, self.view, self.brushes,
                              selected=self.selected, hovered=self.hovered)

    def legend_rows(self) -> list[tuple[str, str]]:
        if self.classification is None or not self.classification.k:
            return []
        return render.legend_entries(self.classification, no_data_label=self.tr("No data / excluded"))

    def paint(self, painter: QPainter) -> None:
        """Background, districts, top-k outlines, captions, legend, scale bar, north arrow."""
        painter.fillRect(QRect(0, 0, self.view.width, self.view.height), render.BACKGROUND)
        geom = self.geometry_
        if geom is not None and self.districts_visible:
            self.paint_districts(painter)
            draw_top_outlines(painter, geom, self.view, self.only_a, self.only_b)
        elif self.placeholder:
            painter.setPen(QColor(90, 90, 90))
            painter.setFont(render.map_font(12))
            painter.drawText(QRect(0, 0, self.view.width, self.view.height),
                             Qt.AlignmentFlag.AlignCenter, self.placeholder)
        self.paint_captions(painter)
        if geom is not None:
            if self.show_scale_bar:
                render.draw_scale_bar(painter, self.view)
            if self.show_north_arrow:
                render.draw_north_arrow(painter, self.view)
        rows = self.legend_rows()
        if self.show_legend and rows:  # last: on top of the scale bar in narrow maps
            render.draw_legend(painter, self.view, self.legend_title or self.value_label, rows)

    def paint_captions(self, painter: QPainter) -> None:
        self.caption_rects = []
        if self.caption:
            self.caption_rects.append(_draw_tag(painter, self.caption, 10, 10,
                                                max_width=self.view.width - 10 - NORTH_ARROW_ROOM))


class SwipeCanvas(CompareCanvas):
    """One map: scenario A left of a vertical divider, scenario B right of it.

    Drag the divider (or its round handle) to move it; elsewhere the map pans
    and zooms as usual. ``split`` is the divider position as a fraction of the width.
    """

    split_changed = Signal(float)
    HANDLE_PX = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.split = 0.5
        self.brushes_b: list[QBrush] | None = None
        self.classification_b: Classification | None = None
        self.values_b: np.ndarray | None = None
        self.caption_a = "A"
        self.caption_b = "B"
        self._dragging_divider = False

    def set_values_ab(self, values_a: np.ndarray, values_b: np.ndarray, cls_a: Classification,
                      cls_b: Classification, *, legend_title: str = "") -> None:
        """Colour the left side by A and the right side by B."""
        if self.geometry_ is None:
            return
        self.values, self.values_b = np.asarray(values_a, float), np.asarray(values_b, float)
        self.classification, self.classification_b = cls_a, cls_b
        self.legend_title = legend_title
        self.brushes = render.brushes_for(cls_a.value_colors())
        self.brushes_b = render.brushes_for(cls_b.value_colors())
        self.update()

    def set_split(self, fraction: float) -> None:
        value = min(1.0, max(0.0, float(fraction)))
        if value != self.split:
            self.split = value
            self.split_changed.emit(value)
            self.update()

    def divider_x(self) -> int:
        return int(round(self.split * self.view.width))

    def paint_districts(self, painter: QPainter) -> None:
        geom = self.geometry_
        assert geom is not None
        w, h, x = self.view.width, self.view.height, self.divider_x()
        for rect, brushes in ((QRect(0, 0, x, h), self.brushes), (QRect(x, 0, w - x, h), self.brushes_b)):
            if rect.width() <= 0:
                continue
            painter.save()
            painter.setClipRect(rect)
            render.draw_districts(painter, geom, self.view, brushes, selected=self.selected, hovered=self.hovered)
            painter.restore()

    def paint_captions(self, painter: QPainter) -> None:
        self.caption_rects = []
        x, h = self.divider_x(), self.view.height
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 5))
        painter.drawLine(x, 0, x, h)
        painter.setPen(QPen(QColor(30, 30, 30), 1.5))
        painter.drawLine(x, 0, x, h)
        painter.setBrush(QColor(255, 255, 255))
        painter.drawEllipse(QPointF(x, h / 2), 13, 13)
        painter.setFont(render.map_font(9, bold=True))
        painter.drawText(QRectF(x - 13, h / 2 - 13, 26, 26), Qt.AlignmentFlag.AlignCenter, "◀▶")
        painter.restore()
        if x > 40:
            self.caption_rects.append(_draw_tag(painter, f"◀ A: {self.caption_a}", x - 10, 10, right=True,
                                                max_width=x - 20))
        if self.view.width - x > 40:
            self.caption_rects.append(_draw_tag(painter, f"B: {self.caption_b} ▶", x + 10, 10,
                                                max_width=self.view.width - x - 10 - NORTH_ARROW_ROOM))

    def _near_divider(self, px: float) -> bool:
        return abs(px - self.divider_x()) <= self.HANDLE_PX

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._near_divider(event.position().x()):
            self._dragging_divider = True
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging_divider:
            self.set_split(event.position().x() / max(self.view.width, 1))
            return
        near = self._near_divider(event.position().x())
        self.setCursor(Qt.CursorShape.SplitHCursor if near else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragging_divider:
            self._dragging_divider = False
            return
        super().mouseReleaseEvent(event)


# --------------------------------------------------------------------------- table


class RankTableModel(QAbstractTableModel):
    """Districts with rank A, rank B, change (B − A) and the top-k flag; sortable.

    Rows are plain tuples ``(code, name, rank_a, rank_b, change, flag)`` where
    missing ranks are NaN and ``flag`` is ``"a"``, ``"b"``, ``"both"`` or ``""``.
    """

    # marked for lupdate, translated in headerData (context CompareView)
    COLUMNS = (QT_TRANSLATE_NOOP("CompareView", "Code"), QT_TRANSLATE_NOOP("CompareView", "District"),
               QT_TRANSLATE_NOOP("CompareView", "Rank A"), QT_TRANSLATE_NOOP("CompareView", "Rank B"), "B−A",
               QT_TRANSLATE_NOOP("CompareView", "Top %1"))
    TIPS = ("", "", "", "", QT_TRANSLATE_NOOP("CompareView",
                                              "Rank change: rank in B − rank in A (negative = higher in B)"),
            QT_TRANSLATE_NOOP("CompareView", "In the top %1 of A only, of B only, or of both"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, float, float, float, str]] = []
        self.top_k = 10
        self._owner = parent

    def set_rows(self, rows: list[tuple[str, str, float, float, float, str]], top_k: int) -> None:
        self.beginResetModel()
        self.rows = rows
        self.top_k = top_k
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return fill(_tr(self.COLUMNS[section]), self.top_k)
        if role == Qt.ItemDataRole.ToolTipRole and self.TIPS[section]:
            return fill(_tr(self.TIPS[section]), self.top_k)
        return None

    def flag_text(self, flag: str) -> str:
        return {"a": QCoreApplication.translate("CompareView", "A only"),
                "b": QCoreApplication.translate("CompareView", "B only"),
                "both": QCoreApplication.translate("CompareView", "both")}.get(flag, "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col in (2, 3, 4):
                number = row[2:5][col - 2]  # rank A, rank B, change
                if not math.isfinite(number):
                    return "–"
                return f"{int(number):+d}" if col == 4 and number else f"{int(number)}"
            if col == 5:
                return self.flag_text(row[5])
            return row[col]
        if role == Qt.ItemDataRole.UserRole:  # raw value for tests and sorting
            return row[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            flag = row[5]
            if flag == "a":
                return QBrush(ONLY_A_TINT)
            if flag == "b":
                return QBrush(ONLY_B_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and math.isfinite(row[4]) and row[4]:
            return QBrush(QColor("#542788") if row[4] < 0 else QColor("#b35806"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        reverse = order == Qt.SortOrder.DescendingOrder
        flag_rank = {"a": 0, "b": 1, "both": 2, "": 3}

        def key(r: tuple[str, str, float, float, float, str]) -> tuple[Any, ...]:
            v = r[column]
            if column == 5:
                return (flag_rank.get(str(v), 3), r[2] if math.isfinite(r[2]) else math.inf)
            if isinstance(v, float):
                missing = not math.isfinite(v)
                # missing values last in both directions
                return (missing != reverse, 0.0 if missing else v)
            return (False, str(v))

        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=key, reverse=reverse)
        self.layoutChanged.emit()

    def row_of(self, code: str) -> int:
        for i, r in enumerate(self.rows):
            if r[0] == code:
                return i
        return -1


# --------------------------------------------------------------------------- the view


class CompareView(QWidget):
    """Compare two scenarios of a project (see the module docstring).

    Parameters
    ----------
    project
        The :class:`~smartzone.app.core.model.project.Project`; the view follows its
        scenario list and re-compares when A or B is edited.
    a, b
        Scenario names (default: the active scenario and the next one).
    top_k
        Size of the top group (default 10).

    Signals
    -------
    comparison_ready(object)
        A new :class:`~smartzone.scoring.compare.Comparison`.
    failed(str)
        Scoring or comparing failed; a message for the user.
    """

    comparison_ready = Signal(object)
    failed = Signal(str)

    def __init__(self, project: Any, parent: QWidget | None = None, *, a: str | None = None,
                 b: str | None = None, top_k: int = 10) -> None:
        super().__init__(parent)
        self.setWindowTitle("SmartZone — " + self.tr("Rank change"))
        self.project: Any = None
        self.geometry_: DistrictGeometry | None = None
        self._geom_layer: Any = None
        self.result_a: Any = None
        self.result_b: Any = None
        self.comparison: Any = None
        self.diff_values: np.ndarray | None = None
        self._worker: Any = None
        self._pending: tuple[str, str] | None = None
        self._scored: dict[str, tuple[Any, Any, Any]] = {}  # name -> (scenario, (level, layers), result)
        self._syncing = False
        self._sized = False
        self._auto_fit = True
        self._fitting = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self.refresh)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_if_auto)
        self._build_ui(top_k)
        self.set_project(project, a=a, b=b)

    # ------------------------------------------------------------------ UI
    def _build_ui(self, top_k: int) -> None:
        # Two groups that sit on one row when the view is wide, on two rows when narrow (a dock).
        self.bar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.bar.setContentsMargins(6, 4, 6, 4)
        pick = QHBoxLayout()
        tools = QHBoxLayout()
        self.bar.addLayout(pick, 1)
        self.bar.addLayout(tools)
        self.combo_a = QComboBox()
        self.combo_b = QComboBox()
        for combo in (self.combo_a, self.combo_b):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._choice_changed)
        self.swap_button = QToolButton()
        self.swap_button.setText("⇄")
        self.swap_button.setToolTip(self.tr("Swap A and B"))
        self.swap_button.clicked.connect(self.swap)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, 500)
        self.k_spin.setValue(int(top_k))
        self.k_spin.valueChanged.connect(self._k_changed)
        pick.addWidget(QLabel(self.tr("Scenario A")))
        pick.addWidget(self.combo_a, 1)
        pick.addWidget(self.swap_button)
        pick.addWidget(QLabel(self.tr("Scenario B")))
        pick.addWidget(self.combo_b, 1)
        tools.addSpacing(8)
        tools.addWidget(QLabel(self.tr("Top")))
        tools.addWidget(self.k_spin)
        tools.addSpacing(8)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QToolButton] = {}
        modes = (("side", self.tr("Side by side")), ("swipe", self.tr("Swipe")), ("diff", self.tr("Rank change")))
        for i, (mode, label) in enumerate(modes):
            btn = QToolButton()
            btn.setText(label)
            btn.setCheckable(True)
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(btn, i)
            self.mode_buttons[mode] = btn
            tools.addWidget(btn)
        self.mode_buttons["side"].setChecked(True)
        self.mode_group.idClicked.connect(lambda i: self.set_mode(MODES[i]))
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Full extent"))
        self.fit_button.clicked.connect(self.zoom_full)
        tools.addWidget(self.fit_button)
        tools.addStretch(0)

        self.canvas_a = CompareCanvas(caption="A")
        self.canvas_a.show_legend = False  # both maps use the same percentile classes: one legend (on B)
        self.canvas_b = CompareCanvas(caption="B")
        self.swipe_canvas = SwipeCanvas()
        self.diff_canvas = CompareCanvas(caption=self.tr("Rank change B − A"))
        self.canvases: list[CompareCanvas] = [self.canvas_a, self.canvas_b, self.swipe_canvas, self.diff_canvas]
        for c in self.canvases:
            c.placeholder = self.tr("Choose two scenarios to compare.")
            c.view_changed.connect(partial(self._sync_from, c))
            c.resized.connect(self._fit_timer.start)
            c.selection_changed.connect(self._map_selection)
        side = QSplitter(Qt.Orientation.Horizontal)
        side.setChildrenCollapsible(False)
        side.addWidget(self.canvas_a)
        side.addWidget(self.canvas_b)
        self.stack = QStackedWidget()
        self.stack.addWidget(side)
        self.stack.addWidget(self.swipe_canvas)
        self.stack.addWidget(self.diff_canvas)

        self.stats_label = QLabel()
        self.stats_label.setWordWrap(True)
        self.stats_label.setTextFormat(Qt.TextFormat.RichText)
        self.stats_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stats_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.stats_label.setStyleSheet("QLabel { padding: 6px; }")
        self.model = RankTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._table_selection)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # rank A, best first
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.stats_label)
        rl.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.message = QLabel()
        self.message.setStyleSheet("QLabel { color: #a50f15; padding: 2px 6px; }")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self.bar)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(1400, 800)

    #: Below this width (pixels) the tools go to a second row and the table below the maps.
    NARROW = 1000

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        narrow = event.size().width() < self.NARROW
        self.bar.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            total = event.size().height() if narrow else event.size().width()
            first = int(total * (0.62 if narrow else 0.64))
            self.splitter.setSizes([first, max(total - first, 100)])

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            horizontal = self.splitter.orientation() == Qt.Orientation.Horizontal
            total = max(self.width() if horizontal else self.height(), 400)
            first = int(total * (0.64 if horizontal else 0.62))
            self.splitter.setSizes([first, total - first])
            self._fit_timer.start()

    # ------------------------------------------------------------------ project
    def set_project(self, project: Any, *, a: str | None = None, b: str | None = None) -> None:
        """Observe ``project`` (the previous one is released) and compare ``a`` with ``b``."""
        if self.project is not None:
            self._disconnect_project()
        self.project = project
        self._scored.clear()
        if project is None:
            return
        ev = project.events
        ev.scenario_changed.connect(self._project_changed)
        ev.criteria_changed.connect(self._project_changed)
        ev.level_changed.connect(self._project_changed)
        ev.layers_changed.connect(self._project_changed)
        # Deleted without closeEvent (e.g. its dock removed): the events hold this view weakly and
        # drop it with its C++ side, so nothing to undo here.
        names = project.scenario_names
        if a is None:
            a = project.active if project.active in names else (names[0] if names else None)
        if b is None:
            b = next((n for n in names if n != a), a)
        self._fill_combos(a, b)
        self.refresh()

    def _disconnect_project(self) -> None:
        """Stop observing the project (closed, or another project shown): a hidden view does not re-score."""
        ev = self.project.events
        for event in (ev.scenario_changed, ev.criteria_changed, ev.level_changed, ev.layers_changed):
            event.disconnect(self._project_changed)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.project is not None:
            self._disconnect_project()
            self.project = None
        super().closeEvent(event)

    def _fill_combos(self, a: str | None, b: str | None) -> None:
        names = self.project.scenario_names if self.project is not None else []
        for combo, pick in ((self.combo_a, a), (self.combo_b, b)):
            combo.blockSignals(True)
            combo.clear()
            from smartzone.app.core.labels import scenario_title

            for n in names:
                sc = self.project.scenarios[n]
                title = scenario_title(sc, "ko" if i18n.is_korean() else "en")  # never a preset id
                # a preset's description is its Korean name: not beside the English one in the English UI
                own = {n, scenario_title(sc, "ko"), scenario_title(sc, "en")}
                label = f"{title} · {sc.description}" if sc.description and sc.description not in own else title
                combo.addItem(label, n)
                if sc.description:
                    combo.setItemData(combo.count() - 1, sc.description, Qt.ItemDataRole.ToolTipRole)
            if pick in names:
                combo.setCurrentIndex(names.index(pick))
            combo.blockSignals(False)

    def _project_changed(self, info: Any = None) -> None:
        a, b = self.scenario_names()
        if getattr(info, "type", "") in ("scenario_changed", "level_changed", "layers_changed"):
            self._fill_combos(a, b)
        if getattr(info, "type", "") == "criteria_changed" and getattr(info, "scenario", None) not in (a, b, None):
            return
        self._refresh_timer.start()

    # ------------------------------------------------------------------ public API
    def scenario_names(self) -> tuple[str | None, str | None]:
        return self.combo_a.currentData(), self.combo_b.currentData()

    def set_scenarios(self, a: str, b: str) -> None:
        """Compare scenarios ``a`` and ``b`` (names of the project)."""
        self._fill_combos(a, b)
        self.refresh()

    def set_top_k(self, k: int) -> None:
        self.k_spin.setValue(int(k))

    @property
    def top_k(self) -> int:
        return int(self.k_spin.value())

    def swap(self) -> None:
        a, b = self.scenario_names()
        if a and b:
            self.set_scenarios(b, a)

    def mode(self) -> str:
        return MODES[self.stack.currentIndex()]

    def set_mode(self, mode: str) -> None:
        """``"side"`` (two maps), ``"swipe"`` or ``"diff"`` (rank-change map)."""
        if mode not in MODES:
            raise ValueError(f"Unknown compare mode {mode!r}; use one of {', '.join(MODES)}.")
        i = MODES.index(mode)
        self.mode_buttons[mode].setChecked(True)
        if self.stack.currentIndex() != i:
            self.stack.setCurrentIndex(i)
            self._fit_timer.start()

    def zoom_full(self) -> None:
        """Show all districts in every map (and follow window resizes again)."""
        self._auto_fit = True
        self._fit_all()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Block until scoring finished (tests, screenshots); processes Qt events."""
        import time

        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + timeout
        while (self._worker is not None or self._refresh_timer.isActive()) and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        QCoreApplication.processEvents()
        return self.comparison is not None and self._worker is None

    # ------------------------------------------------------------------ computing
    def _choice_changed(self, *_: Any) -> None:
        self._refresh_timer.start()

    def _k_changed(self, *_: Any) -> None:
        if self.result_a is not None and self.result_b is not None:
            self._apply()

    def refresh(self) -> None:
        """Score A and B (in a worker, re-using unchanged results) and compare them."""
        from smartzone.app.gui.workers import run_in_thread

        self._refresh_timer.stop()
        a, b = self.scenario_names()
        project = self.project
        if project is None or not a or not b:
            return
        self._pending = (a, b)
        try:
            sc_a, sc_b = project.get_scenario(a), project.get_scenario(b)
        except Exception as exc:
            self._show_error(error_text(exc))
            return
        level = (project.level, project.layers)
        cached = {}
        for name, sc in ((a, sc_a), (b, sc_b)):
            hit = self._scored.get(name)
            if hit is not None and hit[0] == sc and hit[1] == level:
                cached[name] = hit[2]
        known_layer, known_geom = self._geom_layer, self.geometry_
        self.message.setText(fill(self.tr("Scoring %1 and %2…"), self._title(a), self._title(b)))
        self.message.setStyleSheet("QLabel { color: #555; padding: 2px 6px; }")
        self.message.show()

        def job(feedback: Any = None) -> Any:
            from smartzone.app.core.pipeline import load_matrix, run_scenario

            layer, _matrix = load_matrix(project)
            results = {}
            for name in (a, b):
                if name in results:
                    continue
                results[name] = cached[name] if name in cached else run_scenario(project, name).result
            geom = known_geom
            if layer is not known_layer or geom is None:
                geom = DistrictGeometry.from_frame(layer.frame)
                geom.build_lod(0)
                geom.build_lod(1)
            return a, b, sc_a, sc_b, level, layer, geom, results

        if self._worker is not None:
            self._worker.cancel()
        self._worker = run_in_thread(job, on_done=self._scored_done, on_error=self._scoring_failed)

    def _scored_done(self, payload: Any) -> None:
        a, b, sc_a, sc_b, level, layer, geom, results = payload
        if (a, b) != self._pending:
            return  # a newer request is running
        self._worker = None
        self.message.hide()
        self._scored = {a: (sc_a, level, results[a]), b: (sc_b, level, results[b])}
        if geom is not self.geometry_:
            self.geometry_, self._geom_layer = geom, layer
            for c in self.canvases:
                c.set_districts(geom, fit=False)
            self._auto_fit = True
            self._fit_all()
        self.result_a, self.result_b = results[a], results[b]
        self._apply()

    def _scoring_failed(self, message: str, _detail: str) -> None:
        self._worker = None
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.message.setStyleSheet("QLabel { color: #a50f15; padding: 2px 6px; }")
        self.message.setText(fill(self.tr("Comparison failed: %1"), message))
        self.message.show()
        self.failed.emit(message)

    def _apply(self) -> None:
        """Compare the current results and update maps, statistics and table."""
        import pandas as pd

        from smartzone.scoring.compare import compare_rankings

        geom = self.geometry_
        if geom is None or self.result_a is None or self.result_b is None:
            return
        a, b = self.scenario_names()
        if a is None or b is None:  # empty scenario lists: nothing to compare
            return
        k = self.top_k
        try:
            cmp = compare_rankings(self.result_a, self.result_b, top_k=k, labels=(str(a), str(b)))
        except Exception as exc:
            self._show_error(error_text(exc))
            return
        self.comparison = cmp
        codes = pd.Index(geom.codes)
        ranks = cmp.ranks.reindex(codes)
        rank_a = pd.to_numeric(ranks["rank_a"], errors="coerce").to_numpy(dtype=float)
        rank_b = pd.to_numeric(ranks["rank_b"], errors="coerce").to_numpy(dtype=float)
        score_a = self._aligned(self.result_a.score, codes)
        score_b = self._aligned(self.result_b.score, codes)
        diff = rank_b - rank_a
        self.diff_values = diff
        only_a = [geom.index[c] for c in cmp.only_in_a if c in geom.index]
        only_b = [geom.index[c] for c in cmp.only_in_b if c in geom.index]

        pct = self.tr("top %1–%2%")
        legend = self.tr("Score class")
        cls_a = _score_classification(score_a, pct)
        cls_b = _score_classification(score_b, pct)
        title_a, title_b = self._title(a), self._title(b)  # the maps' captions: the scenarios' own names
        self.canvas_a.caption, self.canvas_b.caption = f"A: {title_a}", f"B: {title_b}"
        self.canvas_a.set_classified(score_a, cls_a, ranks=rank_a, label=f"A {title_a}", legend_title=legend)
        self.canvas_b.set_classified(score_b, cls_b, ranks=rank_b, label=f"B {title_b}", legend_title=legend)
        self.swipe_canvas.caption_a, self.swipe_canvas.caption_b = title_a, title_b
        self.swipe_canvas.set_values_ab(score_a, score_b, cls_a, cls_b, legend_title=legend)
        div = diverging_classification(diff, labels=(self.tr("no change"), self.tr("higher in B"),
                                                     self.tr("lower in B")))
        self.diff_canvas.set_classified(diff, div, ranks=None, label=self.tr("Rank change B − A"),
                                        legend_title=self.tr("Rank change B − A"))
        for c in self.canvases:
            c.set_top_outlines(only_a, only_b)

        names = dict(zip(geom.codes, geom.names, strict=True))
        flags = {c: "a" for c in cmp.only_in_a}
        flags.update({c: "b" for c in cmp.only_in_b})
        ra_all = pd.to_numeric(cmp.ranks["rank_a"], errors="coerce").to_numpy(dtype=float)
        rb_all = pd.to_numeric(cmp.ranks["rank_b"], errors="coerce").to_numpy(dtype=float)
        rows = []
        for code, r_a, r_b in zip(cmp.ranks.index.astype(str), ra_all, rb_all, strict=True):
            flag = flags.get(code, "")
            if not flag and r_a <= k and r_b <= k:
                flag = "both"
            rows.append((code, names.get(code, ""), float(r_a), float(r_b), float(r_b - r_a), flag))
        self.model.set_rows(rows, k)
        header = self.table.horizontalHeader()
        order = header.sortIndicatorOrder()
        column = header.sortIndicatorSection()
        if 0 <= column < len(RankTableModel.COLUMNS):
            self.model.sort(column, order)
        for col in (0, 2, 3, 4, 5):
            self.table.resizeColumnToContents(col)
        self.stats_label.setText(self.stats_html())
        self.comparison_ready.emit(cmp)

    @staticmethod
    def _aligned(series: Any, codes: Any) -> np.ndarray:
        import pandas as pd

        s = pd.Series(series)
        s.index = s.index.astype(str)
        return pd.to_numeric(s.reindex(codes), errors="coerce").to_numpy(dtype=float)

    def stats_html(self) -> str:
        """The agreement statistics as shown in :attr:`stats_label`."""
        cmp = self.comparison
        if cmp is None:
            return ""
        k = cmp.top_k

        def num(v: float) -> str:
            return "n/a" if not math.isfinite(v) else f"{v:.3f}"

        def pval(p: float) -> str:
            if not math.isfinite(p):
                return ""
            return " <span style='color:#666'>(p &lt; 0.001)</span>" if p < 0.001 else \
                f" <span style='color:#666'>(p = {p:.3f})</span>"

        names = dict(zip(self.geometry_.codes, self.geometry_.names, strict=True)) if self.geometry_ else {}

        def listing(codes: list[str]) -> str:
            shown = [names.get(c, c) for c in codes[:k]]
            return ", ".join(shown) if shown else "–"

        a, b = (html.escape(self._title(x)) for x in cmp.labels)  # the scenarios' own names, not their ids
        jac = "n/a" if not math.isfinite(cmp.jaccard) else f"{cmp.jaccard:.2f}"
        # the texts through tr() outside the f-strings: lupdate does not look inside them
        both = fill(self.tr("Districts ranked in both: %1"), cmp.n_common)
        overlap = fill(self.tr("Top-%1 overlap"), k)
        only_a = fill(self.tr("in the top %1 of A only (solid outline)"), k)
        only_b = fill(self.tr("in the top %1 of B only (dashed outline)"), k)
        return (
            f"<b>A</b> {a} &nbsp;·&nbsp; <b>B</b> {b}<br>{both}<br>"
            f"Spearman ρ = <b>{num(cmp.spearman)}</b>{pval(cmp.spearman_p)}<br>"
            f"Kendall τ = <b>{num(cmp.kendall)}</b>{pval(cmp.kendall_p)}<br>"
            f"{overlap}: <b>{cmp.overlap}</b> / {k} &nbsp;·&nbsp; Jaccard <b>{jac}</b><br>"
            f"{only_a}: {listing(cmp.only_in_a)}<br>"
            f"{only_b}: {listing(cmp.only_in_b)}"
        )

    def _title(self, name: str) -> str:
        """A scenario's own name in the UI language (its id only when it is not a scenario)."""
        from smartzone.app.core.labels import scenario_title
        from smartzone.app.core.model.project import ProjectError

        try:
            sc = self.project.get_scenario(name) if self.project is not None else None
        except ProjectError:  # a score file compared by path: its name is the label
            sc = None
        return scenario_title(sc, "ko" if i18n.is_korean() else "en") if sc is not None else str(name)

    # ------------------------------------------------------------------ view sync
    def _sync_from(self, source: CompareCanvas) -> None:
        if self._syncing:
            return
        if not self._fitting:
            self._auto_fit = False  # the user moved the map: stop re-fitting on resize
        self._syncing = True
        try:
            state = source.view_state()
            for c in self.canvases:
                if c is not source:
                    c.set_view_state(*state)
        finally:
            self._syncing = False

    def _visible_canvases(self) -> list[CompareCanvas]:
        shown = [c for c in self.canvases if c.isVisible() and c.width() > 1]
        return shown or [self.canvas_a]

    def _fit_if_auto(self) -> None:
        if self._auto_fit:
            self._fit_all()

    def _fit_all(self) -> None:
        geom = self.geometry_
        if geom is None:
            return
        res = max(MapView.fit(geom.bounds, max(c.width(), 1), max(c.height(), 1), margin=0.03).res
                  for c in self._visible_canvases())
        cx = (geom.bounds[0] + geom.bounds[2]) / 2
        cy = (geom.bounds[1] + geom.bounds[3]) / 2
        self._fitting = True
        try:
            for c in self.canvases:
                c.set_view_state(cx, cy, res)
        finally:
            self._fitting = False

    # ------------------------------------------------------------------ selection
    def _map_selection(self, codes: list[str]) -> None:
        for c in self.canvases:
            c.set_selection(codes)
        sm = self.table.selectionModel()
        sm.blockSignals(True)
        sm.clearSelection()
        first = None
        for code in codes:
            row = self.model.row_of(code)
            if row >= 0:
                sm.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)
                first = row if first is None else first
        sm.blockSignals(False)
        self.table.viewport().update()
        if first is not None:
            self.table.scrollTo(self.model.index(first, 0))

    def _table_selection(self, *_: Any) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        codes = [self.model.rows[r][0] for r in rows if r < len(self.model.rows)]
        for c in self.canvases:
            c.set_selection(codes)


# --------------------------------------------------------------------------- run alone


def main(argv: Sequence[str] | None = None) -> int:
    """Show the compare view on the demo project (``--level``, ``--screenshot PATH``)."""
    import argparse
    import sys

    from PySide6.QtWidgets import QApplication

    parser = argparse.ArgumentParser(description="SmartZone scenario comparison on the demo data")
    from smartzone.app.core.levels import LEVELS

    parser.add_argument("--level", default="sigungu", choices=LEVELS)
    parser.add_argument("--mode", default="side", choices=MODES)
    parser.add_argument("--screenshot", metavar="PNG", help="save a screenshot and quit")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    render.ensure_fonts()
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n

    i18n.install_translator()

    view = CompareView(Project.demo(level=args.level), a="industry-hub", b="shrinking-city")
    view.resize(1500, 860)
    view.set_mode(args.mode)
    view.show()
    if args.screenshot:
        view.wait_ready(60)
        app.processEvents()
        view.grab().save(args.screenshot)
        return 0
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
