"""Map drawing shared by the interactive canvas and off-screen images.

The expensive part of drawing ~3,500 읍면동 (~850k vertices) is turning
geometries into Qt paths, so :class:`DistrictGeometry` does it once per
level of detail (LOD): geometries are simplified with a tolerance close to the
pixel size of that LOD and converted to :class:`QPainterPath` objects kept in
world coordinates (project CRS, metres). Drawing is then one ``drawPath`` per
visible district under a world-to-screen transform, and re-colouring only
swaps brushes. Finer LODs are built lazily for the districts in view.

:func:`render_map_image` draws a choropleth with legend, scale bar and north
arrow into a :class:`QImage`; the PDF report uses it, and the canvas calls the
same ``draw_*`` helpers so both look alike.
"""
from __future__ import annotations

import ctypes
import math
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from smartzone.app.core.classify import NO_DATA_COLOR, Classification, classify
from smartzone.app.core.words import QT_TRANSLATE_NOOP, words

if TYPE_CHECKING:
    import geopandas as gpd

FONT_FAMILY = "NanumGothic"
BACKGROUND = QColor("#eef3f7")  # pale sea blue: districts stand out, the sea reads as sea
OUTLINE = QColor(255, 255, 255, 150)
SELECTION = QColor("#e6550d")
# Simplification tolerance (metres) of each level of detail, coarse to fine;
# 0 means the original vertices.
LOD_TOLERANCES: tuple[float, ...] = (800.0, 200.0, 50.0, 12.0, 0.0)

_FONTS_LOADED: list[str] = []
_APP: QGuiApplication | None = None


def resources_dir() -> Path:
    """Folder of bundled resources (fonts, icons, translations)."""
    import smartzone.resources as res

    return Path(res.__file__).resolve().parent


def ensure_gui_app() -> QGuiApplication:
    """Return the running Qt application, creating an off-screen one if needed.

    Off-screen rendering (reports, tests, the command line) needs a
    :class:`QGuiApplication` for fonts; without a display Qt would abort, so
    the ``offscreen`` platform is chosen first.

    Raises
    ------
    RuntimeError
        The process runs a bare ``QCoreApplication``, with which nothing can be drawn.
    """
    global _APP
    app = QGuiApplication.instance()
    if app is None:
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        # A QApplication (not a bare QGuiApplication) so that widgets created later in the
        # same process (tests, the app after a CLI report) do not abort.
        from PySide6.QtWidgets import QApplication

        _APP = QApplication(sys.argv[:1])
        app = _APP
    if not isinstance(app, QGuiApplication):
        raise RuntimeError(f"Drawing maps needs a QGuiApplication; this process runs a {type(app).__name__}.")
    ensure_fonts()
    return app


def has_display() -> bool:
    """True when Qt can open windows (a display server or an explicit platform)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def ensure_fonts() -> str:
    """Register the bundled Nanum Gothic fonts once; return the family name.

    Hangul renders as empty boxes on machines without a Korean font, so the
    app never relies on system fonts for it.
    """
    if not _FONTS_LOADED:
        for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
            fid = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
            if fid >= 0:
                _FONTS_LOADED.extend(QFontDatabase.applicationFontFamilies(fid))
        if not _FONTS_LOADED:
            _FONTS_LOADED.append("")  # remember the attempt; fall back to the default font
    return _FONTS_LOADED[0] or QFont().family()


#: Latin fonts tried before Nanum Gothic for digits and Latin text: Nanum Gothic's
#: full stop sits low and square, so "74.7" reads as "74,7" at UI sizes.
LATIN_FAMILIES = ("Segoe UI", "DejaVu Sans", "Noto Sans", "Helvetica Neue", "Arial", "Liberation Sans")


def font_families() -> list[str]:
    """Families for UI and map text: an installed Latin font first (digits, Latin),
    the bundled Nanum Gothic next (Hangul falls back to it glyph by glyph)."""
    korean = ensure_fonts()
    installed = set(QFontDatabase.families())
    latin = next((f for f in LATIN_FAMILIES if f in installed), None)
    return [latin, korean] if latin else [korean]


def map_font(point_size: float = 9.0, *, bold: bool = False) -> QFont:
    """Font for map furniture (legend, labels): a clear Latin font for numbers, Nanum Gothic for Hangul."""
    font = QFont()
    font.setFamilies(font_families())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


# --------------------------------------------------------------------------- geometry


def polygon_from_xy(xy: np.ndarray) -> QPolygonF:
    """Build a :class:`QPolygonF` from an ``(n, 2)`` float array without a Python loop.

    QPolygonF stores contiguous ``QPointF`` (two ``double``), so the array is
    copied straight into its buffer; this is ~100x faster than a list of QPointF.
    """
    src = np.ascontiguousarray(xy, dtype=np.float64)
    poly = QPolygonF()
    n = len(src)
    if n == 0:
        return poly
    poly.resize(n)
    addr = shiboken6.getCppPointer(poly.data())[0]
    ctypes.memmove(addr, src.ctypes.data, src.nbytes)
    return poly


def paths_from_geometries(geoms: np.ndarray) -> list[QPainterPath]:
    """One :class:`QPainterPath` per (multi)polygon, holes included (odd-even fill)."""
    import shapely

    paths = [QPainterPath() for _ in range(len(geoms))]
    if len(geoms) == 0:
        return paths
    parts, part_owner = shapely.get_parts(geoms, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, coord_ring = shapely.get_coordinates(rings, return_index=True)
    ring_owner = part_owner[ring_part]
    counts = np.bincount(coord_ring, minlength=len(rings))
    ends = np.cumsum(counts)
    start = 0
    for r, end in enumerate(ends.tolist()):
        if end - start >= 3:
            paths[ring_owner[r]].addPolygon(polygon_from_xy(coords[start:end]))
        start = end
    return paths


def simplify_for_display(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    """Simplify for drawing: fast Douglas-Peucker, small polygons kept visible.

    Non-topology-preserving simplification is ~15x faster but collapses small
    districts (dense 동 in Seoul) to empty; those few are redone with the
    topology-preserving variant so nothing disappears from the map.
    """
    import shapely

    if tolerance <= 0:
        return geoms
    out = shapely.simplify(geoms, tolerance, preserve_topology=False)
    lost = shapely.is_empty(out) | shapely.is_missing(out)
    lost &= ~(shapely.is_empty(geoms) | shapely.is_missing(geoms))
    if lost.any():
        out[lost] = shapely.simplify(geoms[lost], tolerance, preserve_topology=True)
    return out


class DistrictGeometry:
    """Display geometry of one district layer: LOD paths, bounding boxes, hit-testing.

    Parameters
    ----------
    geoms
        Shapely (multi)polygons in the project CRS (metres, e.g. EPSG:5179).
    codes, names
        District code and Korean name per geometry (same order).
    """

    def __init__(self, geoms: Any, codes: Sequence[str], names: Sequence[str] | None = None) -> None:
        import shapely

        self.geoms = np.asarray(geoms, dtype=object)
        self.codes = [str(c) for c in codes]
        self.names = [str(n) for n in names] if names is not None else list(self.codes)
        self.index = {c: i for i, c in enumerate(self.codes)}
        self.bboxes = shapely.bounds(self.geoms)  # (n, 4) xmin ymin xmax ymax
        finite = np.isfinite(self.bboxes).all(axis=1)
        b = self.bboxes[finite]
        self.bounds = (
            (float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max()))
            if len(b) else (0.0, 0.0, 1.0, 1.0)
        )
        self._lods: list[list[QPainterPath | None]] = [[None] * len(self.geoms) for _ in LOD_TOLERANCES]
        self._tree: Any = None
        self._centroids: np.ndarray | None = None

    @classmethod
    def from_frame(cls, frame: gpd.GeoDataFrame, *, code_field: str | None = None,
                   name_field: str | None = None) -> DistrictGeometry:
        """Build from a GeoDataFrame with ``code``/``name`` columns (or the given fields)."""
        code_field = code_field or _first_present(frame, ("code", "adm3_code", "adm2_code"))
        name_field = name_field or _first_present(frame, ("name", "adm3_name_kr", "adm2_name_kr"))
        codes = frame[code_field].astype(str).tolist() if code_field else [str(i) for i in frame.index]
        names = frame[name_field].astype(str).tolist() if name_field else None
        return cls(frame.geometry.values, codes, names)

    def __len__(self) -> int:
        return len(self.geoms)

    # -- levels of detail
    @staticmethod
    def lod_for(pixel_size: float) -> int:
        """Coarsest LOD whose tolerance is at most one pixel (invisible simplification)."""
        for level, tol in enumerate(LOD_TOLERANCES):
            if tol <= pixel_size:
                return level
        return len(LOD_TOLERANCES) - 1

    def build_lod(self, level: int, indices: np.ndarray | None = None) -> None:
        """Make sure the paths of ``level`` exist for ``indices`` (all when None)."""
        cache = self._lods[level]
        idx = np.arange(len(self.geoms)) if indices is None else np.asarray(indices, dtype=int)
        missing = np.array([i for i in idx.tolist() if cache[i] is None], dtype=int)
        if missing.size == 0:
            return
        simple = simplify_for_display(self.geoms[missing], LOD_TOLERANCES[level])
        for i, path in zip(missing.tolist(), paths_from_geometries(simple), strict=True):
            cache[i] = path

    def paths(self, level: int, indices: np.ndarray) -> list[QPainterPath]:
        """Paths of ``indices`` at ``level`` (built on first use)."""
        self.build_lod(level, indices)
        cache = self._lods[level]
        return [cache[i] for i in indices.tolist()]

    def visible(self, world: tuple[float, float, float, float]) -> np.ndarray:
        """Indices of districts whose bounding box meets ``world`` (xmin, ymin, xmax, ymax)."""
        b = self.bboxes
        mask = (b[:, 2] >= world[0]) & (b[:, 0] <= world[2]) & (b[:, 3] >= world[1]) & (b[:, 1] <= world[3])
        return np.flatnonzero(mask)

    # -- hit-testing
    @property
    def tree(self) -> Any:
        """Shapely STRtree over the original geometries, built once."""
        if self._tree is None:
            import shapely

            self._tree = shapely.STRtree(self.geoms)
        return self._tree

    def hit(self, x: float, y: float) -> int:
        """Index of the district containing world point (x, y), or -1."""
        import shapely

        found = self.tree.query(shapely.Point(x, y), predicate="intersects")
        return int(found[0]) if len(found) else -1

    def in_rect(self, world: tuple[float, float, float, float]) -> list[int]:
        """Indices of districts meeting a world rectangle (rubber-band selection)."""
        import shapely

        return sorted(int(i) for i in self.tree.query(shapely.box(*world), predicate="intersects"))

    def label_points(self) -> np.ndarray:
        """A point inside each district (for labels), computed once."""
        if self._centroids is None:
            import shapely

            pts = shapely.point_on_surface(self.geoms)
            self._centroids = shapely.get_coordinates(pts)
        return self._centroids

    def bounds_of(self, indices: Iterable[int]) -> tuple[float, float, float, float] | None:
        """Bounding box of some districts, or None when empty."""
        idx = list(indices)
        if not idx:
            return None
        b = self.bboxes[idx]
        return float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())


def _first_present(frame: Any, names: Sequence[str]) -> str | None:
    for n in names:
        if n in frame.columns:
            return n
    return None


# --------------------------------------------------------------------------- view


@dataclass
class MapView:
    """What part of the world a map shows: centre (world units), resolution (units per pixel), size."""

    cx: float
    cy: float
    res: float
    width: int
    height: int

    @classmethod
    def fit(cls, bounds: Sequence[float], width: int, height: int, margin: float = 0.04) -> MapView:
        """View showing ``bounds`` (xmin, ymin, xmax, ymax) whole, with a margin."""
        xmin, ymin, xmax, ymax = (float(v) for v in bounds)
        w = max(xmax - xmin, 1e-9)
        h = max(ymax - ymin, 1e-9)
        res = max(w / max(width, 1), h / max(height, 1)) * (1 + 2 * margin)
        return cls((xmin + xmax) / 2, (ymin + ymax) / 2, res, width, height)

    def transform(self) -> QTransform:
        """World (y up) to screen pixels (y down)."""
        s = 1.0 / self.res
        return QTransform(s, 0.0, 0.0, -s, self.width / 2 - self.cx * s, self.height / 2 + self.cy * s)

    def to_world(self, px: float, py: float) -> tuple[float, float]:
        return self.cx + (px - self.width / 2) * self.res, self.cy - (py - self.height / 2) * self.res

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.cx) / self.res + self.width / 2, self.height / 2 - (y - self.cy) / self.res

    def world_bounds(self) -> tuple[float, float, float, float]:
        hw, hh = self.width * self.res / 2, self.height * self.res / 2
        return self.cx - hw, self.cy - hh, self.cx + hw, self.cy + hh

    def zoom(self, factor: float, px: float | None = None, py: float | None = None) -> None:
        """Zoom in by ``factor`` (>1) keeping the world point under (px, py) fixed."""
        px = self.width / 2 if px is None else px
        py = self.height / 2 if py is None else py
        wx, wy = self.to_world(px, py)
        self.res /= factor
        self.cx = wx - (px - self.width / 2) * self.res
        self.cy = wy + (py - self.height / 2) * self.res

    def pan(self, dx: float, dy: float) -> None:
        """Move the map content by (dx, dy) pixels."""
        self.cx -= dx * self.res
        self.cy += dy * self.res

    def resized(self, width: int, height: int) -> None:
        self.width, self.height = width, height


# --------------------------------------------------------------------------- drawing


def brushes_for(colors: Sequence[str | QColor], opacity: float = 1.0) -> list[QBrush]:
    """One solid brush per district; shared objects for equal colours (cheap to rebuild)."""
    cache: dict[str, QBrush] = {}
    out = []
    alpha = int(round(255 * max(0.0, min(1.0, opacity))))
    for c in colors:
        key = c if isinstance(c, str) else c.name(QColor.NameFormat.HexArgb)
        b = cache.get(key)
        if b is None:
            col = QColor(c)
            col.setAlpha(alpha * col.alpha() // 255)
            b = cache[key] = QBrush(col)
        out.append(b)
    return out


def draw_districts(painter: QPainter, geom: DistrictGeometry, view: MapView,
                   brushes: Sequence[QBrush] | None, *, outline: QColor | None = OUTLINE,
                   selected: Iterable[int] = (), hovered: int = -1) -> int:
    """Fill and outline the visible districts; returns how many were drawn.

    ``brushes`` holds one brush per district (None: a neutral fill). Outlines
    are cosmetic (one pixel at any zoom) and skipped for districts smaller
    than ~3 pixels, where they would only grey out dense cities.
    """
    idx = geom.visible(view.world_bounds())
    if idx.size == 0:
        return 0
    level = geom.lod_for(view.res)
    paths = geom.paths(level, idx)
    painter.save()
    painter.setTransform(view.transform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    neutral = QBrush(QColor("#c6ccd2"))
    b = geom.bboxes[idx]
    extent_px = np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) / view.res
    big = (extent_px >= 3.0).tolist()
    pen = QPen(outline if outline is not None else Qt.GlobalColor.transparent, 0)
    pen.setCosmetic(True)
    no_pen = QPen(Qt.PenStyle.NoPen)
    for i, path, has_outline in zip(idx.tolist(), paths, big, strict=True):
        painter.setPen(pen if (has_outline and outline is not None) else no_pen)
        painter.setBrush(brushes[i] if brushes is not None else neutral)
        painter.drawPath(path)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    sel = [i for i in selected if 0 <= i < len(geom)]
    if sel:
        sel_pen = QPen(SELECTION, 2.5)
        sel_pen.setCosmetic(True)
        painter.setPen(sel_pen)
        for path in geom.paths(level, np.asarray(sel, dtype=int)):
            painter.drawPath(path)
    if hovered >= 0:
        hov_pen = QPen(QColor(20, 20, 20), 1.6)
        hov_pen.setCosmetic(True)
        painter.setPen(hov_pen)
        painter.drawPath(geom.paths(level, np.asarray([hovered]))[0])
    painter.restore()
    return int(idx.size)


def draw_raster(painter: QPainter, view: MapView, image: QImage,
                bounds: Sequence[float], opacity: float = 1.0) -> None:
    """Draw an already-warped raster image covering world ``bounds``."""
    x0, y0 = view.to_screen(bounds[0], bounds[3])
    x1, y1 = view.to_screen(bounds[2], bounds[1])
    painter.save()
    painter.setOpacity(opacity)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
    painter.drawImage(QRectF(x0, y0, x1 - x0, y1 - y0), image)
    painter.restore()


def raster_to_image(data: np.ma.MaskedArray, colors: dict[Any, str] | None = None,
                    cmap: str = "viridis") -> QImage:
    """Colour a 2-D masked array: classes through ``colors`` (value -> hex), else a ramp."""
    from smartzone.app.core.classify import ramp_colors

    arr = np.ma.asarray(data)
    h, w = arr.shape
    rgba = np.zeros((h, w, 4), dtype=np.uint8)
    mask = np.ma.getmaskarray(arr)
    values = np.asarray(arr.filled(0))
    if colors:
        for value, hexcol in colors.items():
            c = QColor(hexcol)
            hit = (values == value) & ~mask
            rgba[hit] = (c.red(), c.green(), c.blue(), 255)
    else:
        valid = values[~mask]
        if valid.size:
            lo, hi = float(valid.min()), float(valid.max())
            ramp = np.array([(q.red(), q.green(), q.blue()) for q in map(QColor, ramp_colors(cmap, 64))],
                            dtype=np.uint8)
            pos = np.clip((values - lo) / (hi - lo or 1.0) * 63, 0, 63).astype(int)
            rgba[..., :3] = ramp[pos]
            rgba[..., 3] = np.where(mask, 0, 255)
    img = QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
    return img.copy()  # own the pixels: the numpy buffer goes away


def nice_scale_length(max_metres: float) -> float:
    """Largest 1, 2 or 5 x 10^n metres not above ``max_metres``."""
    if max_metres <= 0:
        return 1.0
    exp = math.floor(math.log10(max_metres))
    for m in (5, 2, 1):
        if m * 10**exp <= max_metres:
            return float(m * 10**exp)
    return float(10**exp)


def draw_scale_bar(painter: QPainter, view: MapView, *, margin: int = 14, max_px: int = 140) -> None:
    """Alternating black/white scale bar at the bottom left, in m or km."""
    length = nice_scale_length(max_px * view.res)
    px = length / view.res
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = map_font(8.5)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    x, y = margin, view.height - margin - 6
    box = QRectF(x - 6, y - fm.height() - 8, px + 12 + fm.horizontalAdvance(label) + 6, fm.height() + 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 200))
    painter.drawRoundedRect(box, 3, 3)
    half = px / 2
    painter.setPen(QPen(QColor(30, 30, 30), 1))
    painter.setBrush(QColor(30, 30, 30))
    painter.drawRect(QRectF(x, y, half, 5))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawRect(QRectF(x + half, y, half, 5))
    painter.drawText(QPointF(x, y - 4), "0")
    painter.drawText(QPointF(x + px + 6, y + 6), label)
    painter.restore()


def draw_north_arrow(painter: QPainter, view: MapView, *, margin: int = 14, size: int = 34) -> None:
    """Simple north arrow (grid north of the projected CRS) at the top right."""
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    cx = view.width - margin - size / 2
    top = margin + 14
    left = QPolygonF([QPointF(cx, top), QPointF(cx - size / 3, top + size), QPointF(cx, top + size * 0.75)])
    right = QPolygonF([QPointF(cx, top), QPointF(cx + size / 3, top + size), QPointF(cx, top + size * 0.75)])
    painter.setPen(QPen(QColor(30, 30, 30), 1))
    painter.setBrush(QColor(30, 30, 30))
    painter.drawPolygon(left)
    painter.setBrush(QColor(255, 255, 255))
    painter.drawPolygon(right)
    font = map_font(10, bold=True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    painter.drawText(QPointF(cx - fm.horizontalAdvance("N") / 2, top - 3), "N")
    painter.restore()


def draw_legend(painter: QPainter, view: MapView, title: str,
                entries: Sequence[tuple[str | QColor, str]], *, margin: int = 14,
                right_margin: float | None = None) -> QRectF:
    """Legend box at the bottom right (``right_margin`` pixels from the right edge,
    to stand beside another legend): a swatch and a label per class. A title of
    several lines (``"\\n"``) is drawn line by line."""
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    tfont = map_font(9.5, bold=True)
    font = map_font(8.5)
    tfm, fm = QFontMetricsF(tfont), QFontMetricsF(font)
    sw = 16.0
    row = max(fm.height(), sw) + 3
    text_w = max([fm.horizontalAdvance(lbl) for _, lbl in entries] + [0.0])
    lines = title.split("\n")
    title_h = tfm.height() * len(lines)
    width = max([tfm.horizontalAdvance(t) for t in lines] + [sw + 8 + text_w]) + 20
    height = title_h + 10 + row * len(entries) + 8
    right = margin if right_margin is None else right_margin
    room = view.width - right - margin  # a narrow map: the box stays inside, its texts elided
    if width > room > 40:
        width = room
        elide = Qt.TextElideMode.ElideRight
        lines = [tfm.elidedText(t, elide, width - 20) for t in lines]
        entries = [(c, fm.elidedText(lbl, elide, width - 28 - sw)) for c, lbl in entries]
    rect = QRectF(view.width - right - width, view.height - margin - height, width, height)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1))
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRoundedRect(rect, 4, 4)
    painter.setPen(QColor(20, 20, 20))
    painter.setFont(tfont)
    for i, line in enumerate(lines):
        painter.drawText(QPointF(rect.left() + 10, rect.top() + 6 + tfm.ascent() + i * tfm.height()), line)
    painter.setFont(font)
    y = rect.top() + title_h + 12
    for color, label in entries:
        painter.setPen(QPen(QColor(0, 0, 0, 90), 1))
        painter.setBrush(QColor(color))
        painter.drawRect(QRectF(rect.left() + 10, y, sw, sw - 4))
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(QPointF(rect.left() + 18 + sw, y + fm.ascent() - 1), label)
        y += row
    painter.restore()
    return rect


def draw_title(painter: QPainter, view: MapView, title: str, *, margin: int = 14) -> QRectF:
    """Title at the top left on a translucent band."""
    painter.save()
    painter.resetTransform()
    font = map_font(13, bold=True)
    painter.setFont(font)
    fm = QFontMetricsF(font)
    rect = QRectF(margin - 6, margin - 4, fm.horizontalAdvance(title) + 14, fm.height() + 8)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 210))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(QColor(20, 20, 20))
    painter.drawText(QPointF(margin + 1, margin + fm.ascent()), title)
    painter.restore()
    return rect


def draw_labels(painter: QPainter, geom: DistrictGeometry, view: MapView, indices: Iterable[int],
                texts: Sequence[str] | None = None, placed: list[QRectF] | None = None) -> int:
    """Label some districts (Korean names) with a halo so they read on any colour.

    Labels are placed in the given order (best first); one that would overlap
    an earlier label is left out, as in QGIS. Returns how many were drawn.
    """
    pts = geom.label_points()
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    font = map_font(8.5, bold=True)
    fm = QFontMetricsF(font)
    placed = [] if placed is None else placed
    start = len(placed)
    for n, i in enumerate(indices):
        text = texts[n] if texts is not None else geom.names[i]
        sx, sy = view.to_screen(float(pts[i, 0]), float(pts[i, 1]))
        box = QRectF(sx + 3, sy - fm.height() / 2, fm.horizontalAdvance(text) + 6, fm.height())
        painter.setPen(QPen(QColor(255, 255, 255), 1))
        painter.setBrush(SELECTION)
        painter.drawEllipse(QPointF(sx, sy), 3, 3)
        if any(box.intersects(r) for r in placed):
            continue
        placed.append(box)
        path = QPainterPath()
        path.addText(QPointF(sx + 6, sy + fm.ascent() / 2 - 1), font, text)
        painter.setPen(QPen(QColor(255, 255, 255, 230), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(20, 20, 20))
        painter.drawPath(path)
    painter.restore()
    return len(placed) - start


def legend_entries(cls: Classification, *, with_counts: bool = True,
                   no_data_label: str | None = None) -> list[tuple[str, str]]:
    """Legend rows of a classification, highest class first (as in QGIS)."""
    rows = [
        (color, f"{label} ({count})" if with_counts else label)
        for color, label, count in zip(cls.colors, cls.labels, cls.counts or [0] * cls.k, strict=False)
    ]
    rows.reverse()
    missing = int((cls.classes < 0).sum())
    if missing and no_data_label:
        rows.append((NO_DATA_COLOR, f"{no_data_label} ({missing})"))
    return rows


# --------------------------------------------------------------------------- off-screen maps

_GEOMETRY_CACHE: dict[int, tuple[Any, DistrictGeometry]] = {}


def geometry_for(frame: Any) -> DistrictGeometry:
    """Display geometry of a frame, cached while the frame object lives."""
    key = id(frame)
    hit = _GEOMETRY_CACHE.get(key)
    if hit is not None and hit[0] is frame:
        return hit[1]
    geom = DistrictGeometry.from_frame(frame)
    if len(_GEOMETRY_CACHE) > 8:
        _GEOMETRY_CACHE.clear()
    _GEOMETRY_CACHE[key] = (frame, geom)
    return geom


def _aligned_values(geom: DistrictGeometry, values: Any) -> np.ndarray:
    """Values in the geometry's order: a Series/dict by code, or a sequence in frame order."""
    if values is None:
        return np.full(len(geom), np.nan)
    if hasattr(values, "reindex"):
        import pandas as pd

        s = pd.Series(values)
        s.index = s.index.astype(str)
        return pd.to_numeric(s.reindex(geom.codes), errors="coerce").to_numpy(dtype=float)
    if isinstance(values, dict):
        return np.array([float(values.get(c, np.nan)) for c in geom.codes], dtype=float)
    arr = np.asarray(values, dtype=float)
    if arr.shape != (len(geom),):
        raise ValueError(f"values has {arr.shape[0]} entries but the map has {len(geom)} districts")
    return arr


@dataclass
class MapRender:
    """An off-screen map and what was drawn on it (for tests and captions)."""

    image: QImage
    view: MapView
    labels: list[Any]
    insets: list[str]
    legend: QRectF | None = None


def render_map_image(frame: gpd.GeoDataFrame, values: Any = None, **kwargs: Any) -> QImage:
    """Render a choropleth of ``values`` over ``frame`` into a new image (see :func:`render_map`)."""
    return render_map(frame, values, **kwargs).image


def render_map(frame: gpd.GeoDataFrame, values: Any = None, *, scheme: str = "quantiles",
               k: int = 5, cmap: str = "viridis", width: int = 1600, height: int = 1200,
               title: str | None = None, legend: bool = True, scale_bar: bool = True,
               north_arrow: bool = True, highlight: Iterable[str] | None = None,
               legend_title: str | None = None, labels: bool = True, context: bool = True,
               insets: bool = True, language: str = "ko",
               categories: dict[Any, tuple[str, str]] | None = None) -> MapRender:
    """Render a choropleth of ``values`` over ``frame`` into a new image.

    Parameters
    ----------
    frame
        Districts with ``code``, ``name`` and polygon geometry in a projected CRS
        in metres (EPSG:5179 for SmartZone projects).
    values
        Number per district: a Series or dict indexed by code, or a sequence in
        frame order; None draws plain districts. NaN is drawn grey ("no data").
    scheme, k, cmap
        Classification (see :mod:`smartzone.app.core.classify`).
    highlight
        Codes to outline (e.g. the top 10); they are labelled with their names.
    legend_title
        Title of the legend box (default: ``title`` or "점수").
    labels
        Label the highlighted districts and, by scale, the 시도 / 시군구 / 읍면동
        names (collisions left out).
    context
        Parent outlines (시도 over 시군구, 시군구 over 읍면동).
    insets
        On a national view, inset maps of the capital region and of the
        metropolitan area holding most highlighted districts.
    language
        ``"ko"`` or ``"en"`` for the map's own words (inset titles, "no data").
    categories
        Class value -> (colour, name) for categorical values (e.g. the
        land-cover majority class): drawn with the class colours and names
        instead of a numeric classification.

    Returns
    -------
    MapRender
        ARGB32 image of ``width`` x ``height`` pixels, the view, the labels placed.
    """
    ensure_gui_app()
    geom = geometry_for(frame)
    ctx = None
    if context or labels or insets:
        from smartzone.app.drawing.render_context import MapContext

        ctx = MapContext.from_frame(frame)
    view = MapView.fit(geom.bounds, width, height, margin=0.05)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    placed_labels: list[Any] = []
    inset_keys: list[str] = []
    legend_rect: QRectF | None = None
    no_data = words(language, "Render", QT_TRANSLATE_NOOP("Render", "No data / excluded"))
    try:
        vals = _aligned_values(geom, values)
        cls = None
        entries: list[tuple[str | QColor, str]] = []
        if values is not None and categories:
            colors = [categories[v][0] if v in categories else NO_DATA_COLOR for v in vals.tolist()]
            brushes = brushes_for(colors)
            present = {v for v in vals.tolist() if v in categories}
            entries = [(categories[v][0], f"{categories[v][1]} ({int((vals == v).sum())})")
                       for v in categories if v in present]
            missing = int(sum(1 for v in vals.tolist() if v not in categories))
            if missing:
                entries.append((NO_DATA_COLOR, f"{no_data} ({missing})"))
        elif values is not None:
            cls = classify(vals, scheme=scheme, k=k, cmap=cmap)
            brushes = brushes_for(cls.value_colors())
            if cls.k:
                entries.extend(legend_entries(cls, no_data_label=no_data))
        else:
            brushes = None
        top = [c for c in (highlight or ()) if c in geom.index]
        sel = [geom.index[c] for c in top]
        draw_districts(painter, geom, view, brushes, selected=sel)
        if context:
            from smartzone.app.drawing.render_context import draw_outlines

            draw_outlines(painter, ctx, view)
        avoid: list[QRectF] = []
        if title:
            avoid.append(draw_title(painter, view, title))
        if legend and entries:
            legend_rect = draw_legend(painter, view, legend_title or title or words(language, "Render", QT_TRANSLATE_NOOP("Render", "Score")),
                                      entries)
            avoid.append(legend_rect)
        if insets and ctx is not None:
            from smartzone.app.drawing.render_context import draw_insets

            for key, rect, inset_labels in draw_insets(painter, view, geom, brushes, ctx, top,
                                                       language=language, selected=sel, blocked=avoid):
                inset_keys.append(key)
                avoid.append(rect)
                placed_labels.extend(inset_labels)
        if sel and labels:
            top_boxes: list[QRectF] = list(avoid)
            own = ctx.levels[-1].labels if ctx is not None and ctx.levels else None
            draw_labels(painter, geom, view, sel[:12], texts=[own[i] for i in sel[:12]] if own else None,
                        placed=top_boxes)
            avoid = top_boxes
        if labels and ctx is not None:
            from smartzone.app.drawing.render_context import draw_context_labels

            placed_labels.extend(draw_context_labels(painter, ctx, view, avoid=avoid))
        if scale_bar:
            draw_scale_bar(painter, view)
        if north_arrow:
            draw_north_arrow(painter, view)
    finally:
        painter.end()
    return MapRender(image, view, placed_labels, inset_keys, legend_rect)
