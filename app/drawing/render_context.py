"""Context on district maps: parent outlines, scale-dependent labels, metropolitan insets.

Drawn by the interactive canvas, the exported map image and the report map
alike (see :mod:`smartzone.app.core.map_context` for the Qt-free part: which
parents, which names at which scale, which insets).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from smartzone.app.core import map_context
from smartzone.app.core.map_context import ContextLevel
from smartzone.app.drawing.render import (
    BACKGROUND,
    DistrictGeometry,
    MapView,
    draw_districts,
    map_font,
)

OUTLINE_COLOR = QColor(40, 40, 40, 200)
LABEL_SIZE = {"sido": 11.0, "sigungu": 8.5, "emd": 8.0}


@dataclass
class PlacedLabel:
    """A label drawn on a map: its text, level and box in image pixels."""

    text: str
    level: str
    rect: QRectF


class MapContext:
    """Parent units and label tiers of one district layer (built once per layer)."""

    def __init__(self, levels: Sequence[ContextLevel]) -> None:
        self.levels = list(levels)
        self.by_level = {lv.level: lv for lv in self.levels}
        self.own = self.levels[-1].level if self.levels else None
        parent = self.levels[-2] if len(self.levels) > 1 else None
        self.outline: DistrictGeometry | None = None
        if parent is not None and parent.geoms is not None:
            self.outline = DistrictGeometry(parent.geoms, parent.codes, parent.names)
        self.outline_level = parent.level if parent is not None else None
        self._land: Any = None

    @classmethod
    def from_frame(cls, frame: Any) -> MapContext:
        return cls(map_context.context_levels(frame))

    def label_tier(self, res: float) -> ContextLevel | None:
        """The level whose names are shown at ``res`` metres per pixel."""
        lvl = map_context.label_level(res, [lv.level for lv in self.levels])
        return self.by_level.get(lvl) if lvl else None

    def area_bounds(self, key: str) -> tuple[float, float, float, float] | None:
        """Bounding box of a metropolitan area of :data:`map_context.METRO_AREAS`."""
        sido = self.by_level.get("sido")
        if sido is None or key not in map_context.METRO_AREAS:
            return None
        _title, prefixes, pad = map_context.METRO_AREAS[key]
        rows = [i for i, c in enumerate(sido.codes) if c in prefixes]
        if not rows:
            return None
        b = sido.bounds[rows]
        x0, y0, x1, y1 = float(b[:, 0].min()), float(b[:, 1].min()), float(b[:, 2].max()), float(b[:, 3].max())
        px, py = (x1 - x0) * pad, (y1 - y0) * pad
        return x0 - px, y0 - py, x1 + px, y1 + py

    @property
    def land(self) -> Any:
        """The whole map area, coarsely simplified (to find empty sea for insets)."""
        if self._land is None:
            import shapely

            base = self.outline.geoms if self.outline is not None else (
                self.levels[-1].geoms if self.levels else None)
            if base is None:
                return None
            self._land = shapely.union_all(shapely.simplify(base, 1500.0, preserve_topology=False))
        return self._land


def draw_outlines(painter: QPainter, ctx: MapContext | None, view: MapView, *, width: float = 1.4,
                  color: QColor = OUTLINE_COLOR) -> int:
    """Parent outlines (시도 over 시군구, 시군구 over 읍면동) above the choropleth."""
    if ctx is None or ctx.outline is None:
        return 0
    geom = ctx.outline
    idx = geom.visible(view.world_bounds())
    if idx.size == 0:
        return 0
    paths = geom.paths(geom.lod_for(view.res), idx)
    painter.save()
    painter.setTransform(view.transform())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, width)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for path in paths:
        painter.drawPath(path)
    painter.restore()
    return int(idx.size)


def _label_order(level: ContextLevel, idx: np.ndarray) -> np.ndarray:
    """Bigger units first, so a collision drops the smaller unit's name."""
    b = level.bounds[idx]
    size = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return idx[np.argsort(-size, kind="stable")]


def draw_context_labels(painter: QPainter, ctx: MapContext | None, view: MapView, *,
                        avoid: Sequence[QRectF] = (), scale: float = 1.0,
                        furniture: bool = True) -> list[PlacedLabel]:
    """Names of the level that suits the scale, placed without collisions (as QGIS does).

    A label overlapping one already placed, a box in ``avoid`` (legend,
    title, highlighted names) or the image edge is left out.
    """
    if ctx is None:
        return []
    tier = ctx.label_tier(view.res)
    if tier is None:
        return []
    xmin, ymin, xmax, ymax = view.world_bounds()
    pts = tier.points
    inside = np.flatnonzero((pts[:, 0] >= xmin) & (pts[:, 0] <= xmax) & (pts[:, 1] >= ymin) & (pts[:, 1] <= ymax))
    if inside.size == 0:
        return []
    font = map_font(LABEL_SIZE.get(tier.level, 8.5) * scale, bold=tier.level != "emd")
    fm = QFontMetricsF(font)
    frame = QRectF(2, 2, view.width - 4, view.height - 4)
    placed: list[PlacedLabel] = []
    blocked = list(avoid)
    if furniture:  # scale bar (bottom left), north arrow (top right)
        blocked += [QRectF(0, view.height - 62, 240, 62), QRectF(view.width - 72, 0, 72, 92)]
    painter.save()
    painter.resetTransform()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    halo = QPen(QColor(255, 255, 255, 235), 3.2 * scale)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    ink = QBrush(QColor(25, 25, 25) if tier.level != "sido" else QColor(10, 10, 60))
    for i in _label_order(tier, inside).tolist():
        text = tier.labels[i]
        if not text:
            continue
        sx, sy = view.to_screen(float(pts[i, 0]), float(pts[i, 1]))
        w = fm.horizontalAdvance(text)
        box = QRectF(sx - w / 2 - 2, sy - fm.height() / 2 - 1, w + 4, fm.height() + 2)
        if not frame.contains(box) or any(box.intersects(r) for r in blocked):
            continue
        blocked.append(box)
        placed.append(PlacedLabel(text, tier.level, box))
        path = QPainterPath()
        path.addText(QPointF(sx - w / 2, sy + fm.ascent() / 2 - fm.descent() / 2), font, text)
        painter.setPen(halo)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPath(path)
    painter.restore()
    return placed


def inset_rect(view: MapView, ctx: MapContext, area: Sequence[float], *, blocked: Sequence[QRectF] = (),
               fraction: float = 0.3, margin: float = 14.0, max_cover: float = 0.01,
               required: bool = True) -> QRectF | None:
    """Where an inset goes: of a few places along the left and right edges, the
    one covering least land (the Yellow Sea or the East Sea on a map of Korea),
    clear of the legend, title and other insets; None when none is free.

    An inset hides what lies under it, so a place where more than ``max_cover`` of
    the inset would lie over districts (강화·옹진's islands, the coast) is taken only
    when a smaller inset (down to half of ``fraction``) finds no place over the sea,
    and then only for a ``required`` inset (the capital region); another gets None.
    """
    import shapely

    aw, ah = max(area[2] - area[0], 1.0), max(area[3] - area[1], 1.0)
    land = ctx.land
    fallback: tuple[float, QRectF] | None = None
    for shrink in (1.0, 0.85, 0.7, 0.55):
        w = view.width * fraction * shrink
        h = min(w * ah / aw, view.height * 0.4 * shrink)
        w = h * aw / ah
        best: tuple[float, QRectF] | None = None
        lo, hi = view.height * 0.07, view.height - h - 60
        for left in (margin, view.width - w - margin):
            for f in np.linspace(0.0, 1.0, 7):
                rect = QRectF(left, lo + (hi - lo) * f, w, h)
                if hi < lo or any(rect.adjusted(-6, -6, 6, 6).intersects(b) for b in blocked):
                    continue
                x0, y1 = view.to_world(rect.left(), rect.top())
                x1, y0 = view.to_world(rect.right(), rect.bottom())
                box = shapely.box(x0, y0, x1, y1)
                cover = float(shapely.area(shapely.intersection(land, box)) / box.area) if land else 0.0
                if best is None or cover < best[0] - 1e-6:
                    best = (cover, rect)
        if best is not None and best[0] <= max_cover:
            return best[1]
        if fallback is None and best is not None:
            fallback = best
    return None if fallback is None or not required else fallback[1]


def inset_view(target: QRectF, bounds: Sequence[float]) -> MapView:
    """The view an inset of ``bounds`` drawn into ``target`` uses (in the inset's own pixels,
    from the target's top left): to draw it and to find what lies under a point of it."""
    return MapView.fit(bounds, max(int(target.width()), 1), max(int(target.height()), 1), margin=0.02)


def draw_inset(painter: QPainter, target: QRectF, geom: DistrictGeometry, brushes: Sequence[QBrush] | None,
               ctx: MapContext | None, bounds: Sequence[float], title: str, *,
               selected: Sequence[int] = (), cache: dict[Any, Any] | None = None) -> list[PlacedLabel]:
    """A small map of ``bounds`` (a metropolitan area) drawn into ``target``.

    Same fills, outlines and labels as the main map, at the inset's own
    scale; a frame and a title say which area it is. Returns the labels
    placed (in the main image's pixels). With a ``cache`` (the live canvas,
    which repaints on every hover) the small map is drawn again only when its
    size, area, colours (the ``brushes`` object), selection or context change.
    """
    view = inset_view(target, bounds)
    key = ("inset", view.width, view.height, tuple(bounds), tuple(selected), id(geom), id(ctx))
    hit = cache.get(key) if cache is not None else None
    if hit is not None and hit[0] is brushes:
        image, drawn = hit[1], hit[2]
    else:
        image = QImage(view.width, view.height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(BACKGROUND)
        p = QPainter(image)
        try:
            draw_districts(p, geom, view, brushes, selected=selected)
            draw_outlines(p, ctx, view, width=1.2)
            drawn = draw_context_labels(p, ctx, view, scale=0.9, furniture=False)
        finally:
            p.end()
        if cache is not None:
            cache[key] = (brushes, image, drawn)
    labels = [PlacedLabel(lab.text, lab.level, QRectF(lab.rect)) for lab in drawn]
    painter.save()
    painter.resetTransform()
    painter.drawImage(target.topLeft(), image)
    painter.setPen(QPen(QColor(40, 40, 40), 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(target)
    font = map_font(8.5, bold=True)
    fm = QFontMetricsF(font)
    band = QRectF(target.left(), target.top(), fm.horizontalAdvance(title) + 10, fm.height() + 4)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(255, 255, 255, 225))
    painter.drawRect(band)
    painter.setPen(QColor(20, 20, 20))
    painter.setFont(font)
    painter.drawText(QPointF(band.left() + 5, band.top() + 2 + fm.ascent()), title)
    painter.restore()
    for lab in labels:
        lab.rect.translate(target.left(), target.top())
    return labels


def draw_inset_frame(painter: QPainter, view: MapView, bounds: Sequence[float]) -> None:
    """Mark the inset's area on the main map with a thin rectangle."""
    x0, y0 = view.to_screen(bounds[0], bounds[3])
    x1, y1 = view.to_screen(bounds[2], bounds[1])
    painter.save()
    painter.resetTransform()
    painter.setPen(QPen(QColor(40, 40, 40), 1, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(x0, y0, x1 - x0, y1 - y0))
    painter.restore()


def is_national(view: MapView, geom: DistrictGeometry) -> bool:
    """True when the view shows (nearly) the whole of a country-wide layer."""
    b = geom.bounds
    span = max(b[2] - b[0], b[3] - b[1])
    vx0, vy0, vx1, vy1 = view.world_bounds()
    return span > 300_000 and (vx1 - vx0) >= 0.8 * (b[2] - b[0]) and (vy1 - vy0) >= 0.8 * (b[3] - b[1])


def draw_insets(painter: QPainter, view: MapView, geom: DistrictGeometry, brushes: Sequence[QBrush] | None,
                ctx: MapContext | None, top_codes: Sequence[str] = (), *, limit: int = 2,
                language: str = "ko", selected: Sequence[int] = (),
                blocked: Sequence[QRectF] = (), cache: dict[Any, Any] | None = None,
                ) -> list[tuple[str, QRectF, list[PlacedLabel]]]:
    """Metropolitan insets on a national view: the capital region and the metro area
    holding most top districts. Returns (area key, rectangle, labels) per inset.
    ``cache`` keeps placements and drawn insets between repaints (see :func:`draw_inset`)."""
    if ctx is None or not is_national(view, geom):
        return []
    if cache is not None and len(cache) > 64:
        cache.clear()
    out: list[tuple[str, QRectF, list[PlacedLabel]]] = []
    taken = list(blocked) + [QRectF(view.width - 70, 0, 70, 90)]  # north arrow
    for key in map_context.metro_insets(geom.codes, top_codes, limit=limit):
        bounds = ctx.area_bounds(key)
        if bounds is None:
            continue
        others = taken + [r for _k, r, _l in out]
        place = ("place", view.cx, view.cy, view.res, view.width, view.height, tuple(bounds), id(ctx),
                 tuple((r.x(), r.y(), r.width(), r.height()) for r in others))
        if cache is not None and place in cache:
            rect = cache[place]
        else:
            rect = inset_rect(view, ctx, bounds, blocked=others, required=key == "capital")
            if cache is not None:
                cache[place] = rect
        if rect is None:
            break
        rect = QRectF(rect)
        title = map_context.metro_title(key, language)
        draw_inset_frame(painter, view, bounds)
        labels = draw_inset(painter, rect, geom, brushes, ctx, bounds, title, selected=selected, cache=cache)
        out.append((key, rect, labels))
    return out
