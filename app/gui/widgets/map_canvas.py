"""Interactive map canvas: a plain QWidget painted with QPainter.

A QGraphicsScene with one item per district would carry 3,501 QObjects and
their bookkeeping; here one ``paintEvent`` draws cached, level-of-detail
paths (see :mod:`smartzone.app.drawing.render`), which repaints the whole country in
about 20 ms. Re-colouring swaps brushes only.

Interaction: drag to pan, wheel or +/- to zoom, click to select (Ctrl adds),
Shift-drag for a rubber-band selection, hover for a tooltip (name, value, rank)
found through a shapely STRtree.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from smartzone.app.core.classify import Classification, classify
from smartzone.app.drawing import i18n, render, render_context
from smartzone.app.drawing.i18n import fill
from smartzone.app.drawing.render import DistrictGeometry, MapView

if TYPE_CHECKING:
    from smartzone.layers.raster import RasterLayer


@dataclass
class RasterOverlay:
    """A raster layer shown on the canvas (view state only: data stay in the file)."""

    id: str
    raster: RasterLayer | None
    name: str = ""
    visible: bool = True
    opacity: float = 0.7
    image: QImage | None = None
    bounds: tuple[float, float, float, float] | None = None
    colors: dict[Any, str] = field(default_factory=dict)
    legend: list[tuple[str, str]] = field(default_factory=list)
    pending: Any = None


@dataclass
class VectorOverlay:
    """An extra vector layer drawn as outlines above the choropleth (view state only)."""

    id: str
    geometry: DistrictGeometry
    name: str = ""
    visible: bool = True
    opacity: float = 1.0
    color: str = "#d94801"


class MapCanvas(QWidget):
    """Map of one district layer (choropleth) plus raster overlays.

    Signals
    -------
    selection_changed(list)
        District codes selected by click or rubber band.
    coordinates_changed(str)
        Cursor position in the project CRS and in lon/lat, for the status bar.
    view_changed()
        After a pan or zoom (e.g. to refresh raster overlays).
    """

    selection_changed = Signal(list)
    coordinates_changed = Signal(str)
    view_changed = Signal()

    ZOOM_STEP = 1.25

    def __init__(self, parent: QWidget | None = None, crs: str = "EPSG:5179") -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.crs = crs
        self.geometry_: DistrictGeometry | None = None
        self.view = MapView(0.0, 0.0, 1.0, max(self.width(), 1), max(self.height(), 1))
        self.brushes: list[QBrush] | None = None
        self.classification: Classification | None = None
        self.values: np.ndarray | None = None
        self.ranks: np.ndarray | None = None
        self.value_label = ""
        self.legend_title = ""
        self.categories: dict[float, tuple[str, str]] | None = None  # class value -> (colour, name)
        self.scheme, self.k, self.cmap = "quantiles", 5, "viridis"
        self.districts_visible = True
        self.districts_opacity = 1.0
        self.rasters: list[RasterOverlay] = []
        self.vectors: list[VectorOverlay] = []
        self.context: Any = None  # render_context.MapContext: parent outlines and label tiers
        self.show_labels = self.show_context = True
        # A national view shows the capital region enlarged in an inset (Seoul's 구 are a blob at
        # that scale); zoomed in, it is hidden. Exported images may add a second metro area.
        self.show_insets = True
        self.inset_limit = 1
        self.placed_labels: list[Any] = []
        self.insets_drawn: list[str] = []
        self.inset_views: list[tuple[QRectF, MapView]] = []  # where each inset is, and its view
        self._inset_cache: dict[Any, Any] = {}  # placements and drawn insets, kept between repaints
        self.selected: list[int] = []
        self.hovered = -1
        self.show_legend = self.show_scale_bar = self.show_north_arrow = True
        self.placeholder = ""
        self.busy_text = ""  # shown over the map while new data loads (see set_busy)
        self.last_paint_ms = 0.0
        self.paint_count = 0
        self._drag_start: QPointF | None = None
        self._drag_last: QPointF | None = None
        self._rubber: QRect | None = None
        self._moved = False
        self._has_view = False
        self._at_full = False
        self._transformer: Any = None
        self._raster_timer = QTimer(self)
        self._raster_timer.setSingleShot(True)
        self._raster_timer.setInterval(200)
        self._raster_timer.timeout.connect(self.refresh_rasters)

    # ------------------------------------------------------------------ data
    def set_context(self, context: Any) -> None:
        """Parent outlines and scale-dependent names (a :class:`render_context.MapContext`)."""
        self.context = context
        self.update()

    def set_districts(self, geom: DistrictGeometry | None, *, fit: bool = True) -> None:
        """Show a district layer (keeps the view unless ``fit``)."""
        if geom is not self.geometry_:
            self.context = None
        self.geometry_ = geom
        self.selected, self.hovered = [], -1
        self.values = self.ranks = None
        self.brushes = None
        self.classification = None
        if geom is not None and (fit or not self._has_view):
            self.zoom_full()
        self.update()

    def set_values(self, values: Sequence[float] | np.ndarray | None, *, ranks: Any = None,
                   label: str = "", legend_title: str | None = None, scheme: str | None = None,
                   k: int | None = None, cmap: str | None = None,
                   categories: dict[float, tuple[str, str]] | None = None) -> None:
        """Colour districts by ``values`` (aligned with the geometry); paths are kept.

        ``categories`` (class value -> colour, name) draws categorical values such
        as the land-cover majority class with their class colours and names.
        """
        if self.geometry_ is None:
            return
        self.scheme = scheme or self.scheme
        self.k = k or self.k
        self.cmap = cmap or self.cmap
        self.value_label = label or self.value_label
        self.legend_title = legend_title or label or self.legend_title
        self.categories = categories or None
        if values is None:
            self.values = self.ranks = None
            self.classification = None
            self.brushes = None
        else:
            self.values = np.asarray(values, dtype=float)
            self.ranks = None if ranks is None else np.asarray(ranks, dtype=float)
            self.classification = classify(self.values, scheme=self.scheme, k=self.k, cmap=self.cmap)
            self._rebuild_brushes()
        self.update()

    def set_crs(self, crs: str) -> None:
        """The CRS of the districts and the view (rasters are re-projected into it)."""
        if crs != self.crs:
            self.crs = crs
            self._transformer = None
            if self.rasters:
                self._raster_timer.start()
            self.update()

    def view_bounds(self) -> tuple[float, float, float, float]:
        """``(xmin, ymin, xmax, ymax)`` of the visible area, in :attr:`crs`."""
        xmin, ymin, xmax, ymax = self.view.world_bounds()
        return (float(xmin), float(ymin), float(xmax), float(ymax))

    def set_busy(self, text: str) -> None:
        """Veil the map with ``text`` (non-empty) while new data loads; ``""`` lifts the veil."""
        if text != self.busy_text:
            self.busy_text = text
            self.setEnabled(not text)
            self.update()

    def set_style(self, *, scheme: str | None = None, k: int | None = None, cmap: str | None = None) -> None:
        """Change classification or ramp of the current values."""
        self.set_values(self.values, ranks=self.ranks, scheme=scheme, k=k, cmap=cmap, categories=self.categories)

    def set_district_display(self, *, visible: bool | None = None, opacity: float | None = None) -> None:
        if visible is not None:
            self.districts_visible = visible
        if opacity is not None:
            self.districts_opacity = opacity
            self._rebuild_brushes()
        self.update()

    def _rebuild_brushes(self) -> None:
        if self.categories is not None and self.values is not None:
            from smartzone.app.core.classify import NO_DATA_COLOR

            cats = self.categories
            self.brushes = render.brushes_for([cats[v][0] if v in cats else NO_DATA_COLOR
                                               for v in self.values.tolist()], self.districts_opacity)
        elif self.classification is not None:
            self.brushes = render.brushes_for(self.classification.value_colors(), self.districts_opacity)
        elif self.geometry_ is not None and self.districts_opacity < 1:
            self.brushes = render.brushes_for(["#c6ccd2"] * len(self.geometry_), self.districts_opacity)
        else:
            self.brushes = None

    def set_selection(self, codes: Iterable[str], *, emit: bool = False) -> None:
        """Select districts by code (linked selection from the results table)."""
        if self.geometry_ is None:
            return
        idx = self.geometry_.index
        self.selected = [idx[c] for c in codes if c in idx]
        if emit:
            self.selection_changed.emit(self.selected_codes())
        self.update()

    def selected_codes(self) -> list[str]:
        if self.geometry_ is None:
            return []
        return [self.geometry_.codes[i] for i in self.selected]

    # ------------------------------------------------------------- rasters
    def add_raster(self, overlay: RasterOverlay) -> None:
        self.rasters = [r for r in self.rasters if r.id != overlay.id] + [overlay]
        if not self._has_view and overlay.raster is not None:
            self.zoom_to_bounds(_raster_bounds(overlay.raster))
        self.refresh_rasters()

    def set_vectors(self, overlays: list[VectorOverlay]) -> None:
        self.vectors = overlays
        self.update()

    def remove_raster(self, layer_id: str) -> None:
        self.rasters = [r for r in self.rasters if r.id != layer_id]
        self.update()

    def refresh_rasters(self) -> None:
        """Read every visible raster for the current view in a worker, then repaint."""
        from smartzone.app.gui.workers import run_in_thread

        view = MapView(self.view.cx, self.view.cy, self.view.res, self.view.width, self.view.height)
        bounds = view.world_bounds()
        for ov in self.rasters:
            raster = ov.raster
            if not ov.visible or raster is None:
                continue
            # Read at most ~1000 px wide: enough for the screen, cheap to warp.
            scale = max(1.0, view.width / 1000)
            w, h = int(view.width / scale), int(view.height / scale)

            def job(ov: RasterOverlay = ov, raster: RasterLayer = raster, w: int = w, h: int = h,
                    feedback: Any = None) -> QImage:
                from smartzone.layers.raster import read_for_display

                data = read_for_display(raster, self.crs, bounds, w, h)
                return render.raster_to_image(data, ov.colors or None)

            def done(img: QImage, ov: RasterOverlay = ov) -> None:
                ov.image, ov.bounds = img, bounds
                self.update()

            def failed(msg: str, _tb: str, ov: RasterOverlay = ov) -> None:
                self.coordinates_changed.emit(f"{ov.name}: {msg}")

            ov.pending = run_in_thread(job, on_done=done, on_error=failed)

    # ------------------------------------------------------------- view ops
    def zoom_to_bounds(self, bounds: Sequence[float] | None, *, margin: float = 0.04) -> None:
        """Show ``bounds`` whole, with ``margin`` (share of the extent) around it."""
        if bounds is None:
            return
        self.view = MapView.fit(bounds, max(self.width(), 1), max(self.height(), 1), margin=margin)
        self._has_view = True
        self._view_moved()

    def zoom_full(self) -> None:
        """Show the whole district layer (and rasters); stays fitted while the widget resizes."""
        if self.geometry_ is not None:
            self.zoom_to_bounds(self.geometry_.bounds)
        elif self.rasters:
            self.zoom_to_bounds(_raster_bounds(self.rasters[0].raster))
        self._at_full = True

    def zoom_to_selection(self) -> None:
        if self.geometry_ is not None and self.selected:
            b = self.geometry_.bounds_of(self.selected)
            if b is not None:
                pad = max(b[2] - b[0], b[3] - b[1]) * 0.3 + 2000
                self.zoom_to_bounds((b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad))

    def zoom_by(self, factor: float, pos: QPointF | None = None) -> None:
        if pos is None:
            self.view.zoom(factor)
        else:
            self.view.zoom(factor, pos.x(), pos.y())
        self._view_moved()

    def zoom_in(self) -> None:
        self.zoom_by(self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / self.ZOOM_STEP)

    def _view_moved(self) -> None:
        self._at_full = False
        self.update()
        self.view_changed.emit()
        if self.rasters:
            self._raster_timer.start()

    # ------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        import time

        t0 = time.perf_counter()
        painter = QPainter(self)
        try:
            self.paint(painter)
        finally:
            painter.end()
        self.last_paint_ms = (time.perf_counter() - t0) * 1000
        self.paint_count += 1

    def paint(self, painter: QPainter) -> None:
        """Draw everything; also used by benchmarks and image export."""
        painter.fillRect(QRect(0, 0, self.view.width, self.view.height), render.BACKGROUND)
        for ov in self.rasters:
            if ov.visible and ov.image is not None and ov.bounds is not None:
                render.draw_raster(painter, self.view, ov.image, ov.bounds, ov.opacity)
        geom = self.geometry_
        if geom is not None and self.districts_visible:
            render.draw_districts(painter, geom, self.view, self.brushes,
                                  selected=self.selected, hovered=self.hovered)
        for vo in self.vectors:
            if vo.visible:
                color = QColor(vo.color)
                color.setAlphaF(max(0.0, min(1.0, vo.opacity)))
                render.draw_districts(painter, vo.geometry, self.view, [QBrush(Qt.BrushStyle.NoBrush)] * len(vo.geometry),
                                      outline=color)
        if geom is not None and self.districts_visible and self.show_context:
            render_context.draw_outlines(painter, self.context, self.view)
        if geom is None and not self.rasters and self.placeholder:
            painter.setPen(QColor(90, 90, 90))
            painter.setFont(render.map_font(12))
            painter.drawText(QRect(0, 0, self.view.width, self.view.height),
                             Qt.AlignmentFlag.AlignCenter, self.placeholder)
        if self.busy_text:
            painter.fillRect(QRect(0, 0, self.view.width, self.view.height), QColor(255, 255, 255, 170))
            painter.setPen(QColor(60, 60, 60))
            painter.setFont(render.map_font(12))
            painter.drawText(QRect(0, 0, self.view.width, self.view.height),
                             Qt.AlignmentFlag.AlignCenter, self.busy_text)
            return
        if self._rubber is not None:
            painter.setPen(QPen(render.SELECTION, 1, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(230, 85, 13, 40))
            painter.drawRect(self._rubber)
        if geom is not None or self.rasters:  # under the legend: in a narrow map the legend stays readable
            if self.show_scale_bar:
                render.draw_scale_bar(painter, self.view)
            if self.show_north_arrow:
                render.draw_north_arrow(painter, self.view)
        avoid: list[QRectF] = []
        if self.show_legend:
            avoid = self._draw_legends(painter)
        self.insets_drawn, self.inset_views = [], []
        top_labels: list[Any] = []
        if geom is not None and self.districts_visible and self.show_insets and self.context is not None:
            for key, rect, labels in render_context.draw_insets(
                    painter, self.view, geom, self.brushes, self.context, self.selected_codes()[:10],
                    limit=self.inset_limit, language="ko" if i18n.is_korean() else "en",
                    selected=self.selected, blocked=avoid, cache=self._inset_cache):
                self.insets_drawn.append(key)
                bounds = self.context.area_bounds(key)
                if bounds is not None:
                    self.inset_views.append((rect, render_context.inset_view(rect, bounds)))
                avoid.append(rect)
                top_labels.extend(labels)
        self.placed_labels = top_labels
        if geom is not None and self.districts_visible and self.show_labels:
            self.placed_labels += render_context.draw_context_labels(painter, self.context, self.view, avoid=avoid)

    def _draw_legends(self, painter: QPainter) -> list[QRectF]:
        """Score (or indicator) legend at the bottom right; raster legends beside it, not under it."""
        rects: list[QRectF] = []
        if self.classification is not None and self.classification.k and self.districts_visible:
            entries = self.category_rows() or render.legend_entries(
                self.classification, no_data_label=self.tr("No data / excluded"))
            rects.append(render.draw_legend(painter, self.view, self.legend_title or self.value_label, entries))
        right = 14.0
        for ov in self.rasters:
            if ov.visible and ov.legend:
                if rects:
                    right = self.view.width - rects[-1].left() + 8
                rects.append(render.draw_legend(painter, self.view, ov.name, ov.legend, margin=14,
                                                right_margin=right))
        return rects

    def category_rows(self) -> list[tuple[str, str]]:
        """Legend rows of categorical values: class colour, "name (count)"; empty otherwise."""
        if self.categories is None or self.values is None:
            return []
        from smartzone.app.core.classify import NO_DATA_COLOR

        vals = self.values
        rows = [(c, f"{name} ({int((vals == v).sum())})") for v, (c, name) in self.categories.items()
                if (vals == v).any()]
        missing = int(sum(1 for v in vals.tolist() if v not in self.categories))
        if missing:
            no_data = self.tr("No data / excluded")  # outside the f-string, where lupdate finds it
            rows.append((NO_DATA_COLOR, f"{no_data} ({missing})"))
        return rows

    def export_view(self, size: QSize) -> MapView:
        """The view of an exported image of ``size``: the whole extent when the canvas
        shows it, else the same area, fitted to the image's shape (nothing cropped).

        "Shows it" is what the canvas holds, not how it got there: a tall, narrow
        canvas showing the whole country from a project's saved view gives a wide
        image of the whole country, not of the canvas's sea above and below it.
        """
        v = self.view
        if self.geometry_ is not None and (self._at_full or self._shows_all()):
            return MapView.fit(self.geometry_.bounds, size.width(), size.height())
        res = max(v.res * v.width / size.width(), v.res * v.height / size.height())
        return MapView(v.cx, v.cy, res, size.width(), size.height())

    def _shows_all(self) -> bool:
        """Whether the view holds the whole district layer (a saved full view, say)."""
        if self.geometry_ is None or not self._has_view:
            return False
        b = self.geometry_.bounds
        x0, y0, x1, y1 = self.view.world_bounds()
        tol = 0.005 * max(b[2] - b[0], b[3] - b[1])  # a saved view, rounded
        return x0 <= b[0] + tol and y0 <= b[1] + tol and x1 >= b[2] - tol and y1 >= b[3] - tol

    def render_image(self, size: QSize | None = None, *, insets: bool = True) -> QImage:
        """Render the current view into an image (same drawing as the screen).

        The image shows at least what the canvas shows, whatever its shape;
        a national view gets metropolitan insets (``insets``): the capital region and the
        metro area holding most selected districts.
        """
        size = size or QSize(self.view.width, self.view.height)
        saved = self.view, self.show_insets, self.inset_limit, self.inset_views
        self.view = self.export_view(size)
        self.show_insets, self.inset_limit = insets, 2
        img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(img)
        try:
            self.paint(painter)
        finally:
            painter.end()
            self.view, self.show_insets, self.inset_limit, self.inset_views = saved
        return img

    def world_at(self, px: float, py: float) -> tuple[float, float]:
        """The map position under the widget pixel ``(px, py)``: inside an inset, the place the
        inset shows there (a click on a 구 in the capital inset picks that 구)."""
        for rect, view in self.inset_views:
            if rect.contains(QPointF(px, py)):
                return view.to_world(px - rect.left(), py - rect.top())
        return self.view.to_world(px, py)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        old = QSize(self.view.width, self.view.height)
        whole = self._shows_all()  # a view of the whole country stays whole (islands not cropped)
        self.view.resized(max(event.size().width(), 1), max(event.size().height(), 1))
        if not self._has_view or old.width() <= 1 or self._at_full or whole:
            self.zoom_full()
        super().resizeEvent(event)

    # ------------------------------------------------------------- input
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(self.ZOOM_STEP ** steps, event.position())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 60
            dx = {Qt.Key.Key_Left: step, Qt.Key.Key_Right: -step}.get(Qt.Key(key), 0)
            dy = {Qt.Key.Key_Up: step, Qt.Key.Key_Down: -step}.get(Qt.Key(key), 0)
            self.view.pan(dx, dy)
            self._view_moved()
        elif key == Qt.Key.Key_Escape:
            self.set_selection([], emit=True)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_start = self._drag_last = event.position()
            self._moved = False
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._rubber = QRect(event.position().toPoint(), QSize(0, 0))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        pos = event.position()
        self._report_coordinates(pos)
        if self._drag_start is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if (pos - self._drag_start).manhattanLength() > 3:
                self._moved = True
            if self._rubber is not None:
                self._rubber = QRect(self._drag_start.toPoint(), pos.toPoint()).normalized()
                self.update()
            elif self._drag_last is not None:
                d = pos - self._drag_last
                self.view.pan(d.x(), d.y())
                self._drag_last = pos
                self._view_moved()
            return
        self._update_hover(pos, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._drag_start is None:
            return
        geom = self.geometry_
        if self._rubber is not None:
            if geom is not None and self._moved:
                r = self._rubber
                x0, y1 = self.view.to_world(r.left(), r.top())
                x1, y0 = self.view.to_world(r.right(), r.bottom())
                self.selected = geom.in_rect((x0, y0, x1, y1))
                self.selection_changed.emit(self.selected_codes())
            self._rubber = None
        elif not self._moved and geom is not None:
            i = geom.hit(*self.world_at(event.position().x(), event.position().y()))
            additive = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if i < 0:
                self.selected = self.selected if additive else []
            elif additive:
                self.selected = [s for s in self.selected if s != i] if i in self.selected else [*self.selected, i]
            else:
                self.selected = [i]
            self.selection_changed.emit(self.selected_codes())
        self._drag_start = self._drag_last = None
        self.update()

    def leaveEvent(self, event: Any) -> None:  # noqa: N802
        if self.hovered != -1:
            self.hovered = -1
            self.update()
        super().leaveEvent(event)

    def _update_hover(self, pos: QPointF, global_pos: QPoint) -> None:
        geom = self.geometry_
        if geom is None:
            return
        i = geom.hit(*self.world_at(pos.x(), pos.y()))
        if i != self.hovered:
            self.hovered = i
            self.update()
        if i >= 0:
            QToolTip.showText(global_pos, self.tooltip_text(i), self)
        else:
            QToolTip.hideText()

    def tooltip_text(self, i: int) -> str:
        """Tooltip of district ``i``: Korean name, code, value and rank."""
        geom = self.geometry_
        assert geom is not None
        lines = [f"<b>{geom.names[i]}</b> <span style='color:#666'>({geom.codes[i]})</span>"]
        if self.values is not None:
            v = self.values[i]
            label = self.value_label or self.tr("Value")
            if self.categories is not None and v in self.categories:
                lines.append(f"{label}: {self.categories[v][1]}")
            else:
                lines.append(f"{label}: {v:.1f}" if math.isfinite(v) else f"{label}: –")
            if self.ranks is not None and math.isfinite(self.ranks[i]):
                total = int(np.isfinite(self.ranks).sum())
                lines.append(fill(self.tr("Rank: %1 of %2"), str(int(self.ranks[i])), str(total)))
            elif not math.isfinite(v):
                lines.append(self.tr("Excluded or no data"))
        return "<br>".join(lines)

    def _report_coordinates(self, pos: QPointF) -> None:
        x, y = self.view.to_world(pos.x(), pos.y())
        text = f"{self.crs}  X {x:,.0f}  Y {y:,.0f}"
        try:
            if self._transformer is None:
                from pyproj import Transformer

                self._transformer = Transformer.from_crs(self.crs, "EPSG:4326", always_xy=True)
            lon, lat = self._transformer.transform(x, y)
            if math.isfinite(lon) and math.isfinite(lat):
                text += f"   |   {lat:.5f}°N  {lon:.5f}°E"
        except Exception:  # a bad CRS must not break mouse tracking
            pass
        scale = self.view.res * self.logicalDpiX() / 0.0254 if self.logicalDpiX() else 0
        if scale:
            text += f"   |   1:{_round_scale(scale):,}"
        self.coordinates_changed.emit(text)

    def world_rect(self) -> QRectF:
        xmin, ymin, xmax, ymax = self.view.world_bounds()
        return QRectF(xmin, ymin, xmax - xmin, ymax - ymin)


def _round_scale(scale: float) -> int:
    mag = 10 ** max(0, int(math.log10(max(scale, 1))) - 1)
    return int(round(scale / mag) * mag)


def _raster_bounds(raster: RasterLayer | None) -> tuple[float, float, float, float] | None:
    return raster.bounds if raster is not None else None
