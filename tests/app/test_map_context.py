"""Maps a reviewer can read: names by scale without collisions, parent outlines,
metropolitan insets, categorical colours, exported images that show the whole extent."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from smartzone.app.core import map_context  # noqa: E402
from smartzone.app.drawing import render  # noqa: E402

pytestmark = pytest.mark.gui

SEOUL_CITY_HALL = (953_900.0, 1_952_000.0)
JEJU = (905_000.0, 1_495_000.0)  # 제주시 inland, EPSG:5179


@pytest.fixture(scope="module")
def sigungu():
    import pyogrio

    from smartzone.resources import demo_data

    return pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")


@pytest.fixture(scope="module")
def emd():
    import pyogrio

    from smartzone.resources import demo_data

    return pyogrio.read_dataframe(demo_data.districts_path(), layer="emd")


def test_parents_are_dissolved_on_the_code_prefix(sigungu):
    levels = map_context.context_levels(sigungu)
    assert [lv.level for lv in levels] == ["sido", "sigungu"]
    sido = levels[0]
    assert len(sido.codes) == 17 and sido.geoms is not None
    assert sido.labels[sido.codes.index("11")] == "서울"
    # 시도 polygons cover their 시군구: Seoul's area is the sum of its 25 구
    seoul_area = float(sigungu[sigungu["code"].str[:2] == "11"].area.sum())
    import shapely

    assert abs(shapely.area(sido.geoms[sido.codes.index("11")]) - seoul_area) < 1e-3 * seoul_area
    own = levels[1]
    assert own.labels[own.codes.index("11010")] == "종로구"
    assert "수원시 장안구" in own.labels  # the city is kept, the province dropped


def test_label_tiers_follow_the_scale():
    levels = ["sido", "sigungu", "emd"]
    assert map_context.label_level(700.0, levels) == "sido"       # the whole country
    assert map_context.label_level(120.0, levels) == "sigungu"    # a province
    assert map_context.label_level(10.0, levels) == "emd"         # a city
    assert map_context.label_level(10.0, ["sido", "sigungu"]) == "sigungu"
    # QGIS: 시군구 names from about 1:1.3 million in, 읍면동 from about 1:170,000 in
    assert 1.0e6 < map_context.label_scale_denominator("sigungu") < 2.0e6
    assert 1.0e5 < map_context.label_scale_denominator("emd") < 3.0e5


def test_national_map_has_province_names_outlines_and_a_capital_inset(qapp, sigungu):
    values = dict(zip(sigungu["code"], np.linspace(0, 100, len(sigungu)), strict=True))
    out = render.render_map(sigungu, values, width=1200, height=1300, legend_title="점수")
    main = [lab for lab in out.labels if lab.level == "sido"]
    texts = {lab.text for lab in main}
    assert {"강원", "경북", "전남", "제주"} <= texts, texts
    assert out.insets and out.insets[0] == "capital"
    # the inset is readable: 구 names of Seoul are placed in it
    inset_names = {lab.text for lab in out.labels if lab.level == "sigungu"}
    assert len(inset_names & {"종로구", "강남구", "송파구", "마포구", "노원구", "은평구", "강서구"}) >= 3, inset_names
    rects = [lab.rect for lab in out.labels]
    for i, a in enumerate(rects):  # placed without collisions
        assert not any(a.intersects(b) for b in rects[i + 1:])
    assert out.legend is not None and not any(r.intersects(out.legend) for r in rects)


def test_seoul_emd_view_names_dongs_and_outlines_gu(qapp, emd):
    from smartzone.app.drawing.render_context import MapContext, draw_context_labels, draw_outlines

    ctx = MapContext.from_frame(emd)
    assert ctx.outline_level == "sigungu" and ctx.outline is not None and len(ctx.outline) == 250
    geom = render.geometry_for(emd)
    view = render.MapView(*SEOUL_CITY_HALL, 18.0, 900, 700)
    from PySide6.QtGui import QImage, QPainter

    img = QImage(900, 700, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(render.BACKGROUND)
    p = QPainter(img)
    render.draw_districts(p, geom, view, None)
    assert draw_outlines(p, ctx, view) >= 20  # the 구 of Seoul and their neighbours
    labels = draw_context_labels(p, ctx, view)
    p.end()
    assert labels and {lab.level for lab in labels} == {"emd"}
    assert len({"사직동", "삼청동", "청운효자동", "명동", "소공동", "회현동"} & {lab.text for lab in labels}) >= 2
    # zoomed out to the capital region the same map names the 구 instead
    p = QPainter(img)
    far = draw_context_labels(p, ctx, render.MapView(*SEOUL_CITY_HALL, 150.0, 900, 700))
    p.end()
    assert far and {lab.level for lab in far} == {"sigungu"}


def test_canvas_draws_labels_and_exports_the_whole_extent(qapp, qtbot, sigungu):
    from smartzone.app.drawing.render_context import MapContext
    from smartzone.app.gui.widgets.map_canvas import MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(600, 600)  # square canvas, wide export: used to crop Jeju and the north
    canvas.show()
    geom = render.DistrictGeometry.from_frame(sigungu)
    canvas.set_districts(geom)
    canvas.set_context(MapContext.from_frame(sigungu))
    canvas.set_values(np.linspace(0, 1, len(geom)))
    canvas.render_image(insets=False)  # the map without the capital inset
    assert {lab.level for lab in canvas.placed_labels} == {"sido"}
    img = canvas.render_image(QSize(1600, 1200))
    view = canvas.export_view(QSize(1600, 1200))
    xmin, ymin, xmax, ymax = geom.bounds
    vx0, vy0, vx1, vy1 = view.world_bounds()
    assert vx0 <= xmin and vy0 <= ymin and vx1 >= xmax and vy1 >= ymax
    jx, jy = view.to_screen(*JEJU)
    assert 0 <= jy < 1200 and img.pixelColor(int(jx), int(jy)) != render.BACKGROUND
    assert "capital" in canvas.insets_drawn or not canvas.show_insets
    # zoomed in, the export shows at least what the canvas shows
    canvas.zoom_by(4.0)
    before = canvas.view.world_bounds()
    after = canvas.export_view(QSize(1600, 1200)).world_bounds()
    assert after[0] <= before[0] + 1 and after[1] <= before[1] + 1
    assert after[2] >= before[2] - 1 and after[3] >= before[3] - 1


def test_categorical_values_get_their_class_colours_and_names(qapp, sigungu):
    """Majority land cover is drawn in the legend's class colours, with class names in the legend."""
    from smartzone.layers.legends import MODIS_IGBP_LEGEND

    cats = {float(e.value): (e.color, e.label_ko) for e in MODIS_IGBP_LEGEND}
    values = {c: (13.0 if c.startswith("11") else 5.0) for c in sigungu["code"]}
    out = render.render_map(sigungu, values, width=600, height=650, categories=cats, labels=False,
                            context=False, insets=False, scale_bar=False, north_arrow=False)
    sx, sy = out.view.to_screen(1_100_000.0, 1_800_000.0)  # inland 경북: class 5 everywhere around
    got = out.image.pixelColor(int(sx), int(sy))
    want = QColor(cats[5.0][0])
    assert abs(got.red() - want.red()) + abs(got.green() - want.green()) + abs(got.blue() - want.blue()) < 40
    assert out.legend is not None


def test_qgis_style_labels_only_from_a_sensible_scale(sigungu):
    import xml.etree.ElementTree as ET

    from smartzone.app.drawing.report import style_for_scores
    from smartzone.layers.qml import style_to_qml

    frame = sigungu.assign(score=np.linspace(0, 100, len(sigungu)))
    spec = style_for_scores(frame, "score")
    root = ET.fromstring(style_to_qml(spec)) if isinstance(style_to_qml(spec), str) else style_to_qml(spec)
    rendering = root.find("labeling/settings/rendering")
    assert rendering is not None and rendering.get("scaleVisibility") == "1"
    assert 1.0e6 < float(rendering.get("scaleMax")) < 2.0e6 and rendering.get("scaleMin") == "0"
    assert root.findtext("labelsEnabled") == "1"


def test_identify_explains_a_clicked_district_and_standardised_maps(window, qtbot):
    """Click 종로구: raw values, standardised values, weights and points that add up to its score."""
    import math

    from PySide6.QtCore import QPointF

    win = window
    geom = win.canvas.geometry_
    i = geom.index["11010"]
    x, y = geom.label_points()[i]
    win.canvas.zoom_to_bounds(geom.bounds_of([i]))
    px, py = win.canvas.view.to_screen(float(x), float(y))
    qtbot.mouseClick(win.canvas, Qt.MouseButton.LeftButton, pos=QPointF(px, py).toPoint())
    panel = win.identify_panel
    ident = panel.current
    assert ident is not None and ident.code == "11010" and "종로구" in ident.name
    result = win.session.result
    assert ident.rank == float(result.rank["11010"])
    assert panel.table.rowCount() == len(ident.rows) > 3
    matrix = win.session.matrix
    for row in ident.rows:
        assert row.raw == float(matrix.at["11010", row.indicator]) or math.isnan(row.raw)
        assert 0.0 <= row.standardized <= 1.0
    points = sum(r.contribution for r in ident.rows)
    assert abs(points - float(result.score["11010"])) < 0.05 * max(1.0, float(result.score["11010"]))
    # an excluded district says why
    excluded = next(iter(result.excluded), None)
    if excluded is not None and excluded in geom.index:
        panel.show_district(excluded)
        assert panel.current.excluded and panel.current.excluded in panel.header.text()
    # per-criterion map of standardised values
    combo = win.display_combo
    std = [k for k in range(combo.count()) if str(combo.itemData(k)).startswith("__std__:")]
    assert std
    combo.setCurrentIndex(std[0])
    vals = win.canvas.values
    finite = vals[np.isfinite(vals)]
    assert finite.size > 100 and finite.min() >= 0.0 and finite.max() <= 1.0


def test_numbers_are_set_in_a_latin_font_where_one_is_installed(qapp):
    """Nanum Gothic's low square full stop makes "74.7" read as "74,7": digits come from a Latin font."""
    from PySide6.QtGui import QFontDatabase, QFontInfo

    families = render.font_families()
    assert "Nanum" in families[-1]
    if any(f in QFontDatabase.families() for f in render.LATIN_FAMILIES):
        assert "Nanum" not in QFontInfo(render.map_font(9)).family()
    # Hangul still renders (falls back to Nanum Gothic glyph by glyph)
    from PySide6.QtGui import QFontMetrics

    assert QFontMetrics(render.map_font(12)).horizontalAdvance("서울") > 10


def test_indicator_legends_carry_unit_and_year() -> None:
    from smartzone.app.core.labels import indicator_caption

    assert indicator_caption("density", "인구밀도", "sigungu", "ko") == "인구밀도 (명/km², 2020)"
    assert indicator_caption("pop_change_2010_2020", "Population change", "sigungu", "en") == \
        "Population change (%, 2010–2020)"
    assert indicator_caption("no_such_column", "x", "sigungu", "ko") == "x"


def test_raster_legend_stands_beside_the_score_legend(qapp, qtbot, sigungu) -> None:
    from PySide6.QtGui import QImage, QPainter

    from smartzone.app.gui.widgets.map_canvas import MapCanvas, RasterOverlay

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(900, 700)
    canvas.set_districts(render.DistrictGeometry.from_frame(sigungu))
    canvas.set_values(np.linspace(0, 1, len(sigungu)))
    canvas.rasters.append(RasterOverlay("lc", None, "토지피복", legend=[("#05450a", "상록침엽수림"),
                                                                        ("#a5a5a5", "도시·건조지")]))
    img = QImage(900, 700, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    rects = canvas._draw_legends(p)
    p.end()
    assert len(rects) == 2 and not rects[0].intersects(rects[1])


def _inset_pixels(canvas):
    """(code, drawn colour, brush colour) at each capital-region district's inner point in the
    live canvas's capital inset, away from the names and the title drawn over it."""
    from PySide6.QtCore import QPointF, QRectF

    img = canvas.grab().toImage()
    rect, view = canvas.inset_views[0]
    geom = canvas.geometry_
    pts = geom.label_points()
    covered = [lab.rect.adjusted(-2, -2, 2, 2) for lab in canvas.placed_labels]
    covered.append(QRectF(rect.left(), rect.top(), rect.width(), 22))  # the inset's title
    out = []
    for i, code in enumerate(geom.codes):
        if not code.startswith(("11", "23", "31")):  # Seoul, Incheon, Gyeonggi
            continue
        sx, sy = view.to_screen(float(pts[i, 0]), float(pts[i, 1]))
        p = QPointF(rect.left() + sx, rect.top() + sy)
        if not rect.adjusted(3, 3, -3, -3).contains(p) or any(c.contains(p) for c in covered):
            continue
        out.append((code, img.pixelColor(int(p.x()), int(p.y())), canvas.brushes[i].color()))
    return out


def _same(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= 12


def test_live_map_shows_the_capital_inset_in_national_views(window, qtbot):
    """The exported image and the report had a capital-region inset, the live map none: Seoul's
    25 구 were a 30-pixel blob. The national view now shows it (the export's drawing), in the
    current colours and selection; clicks in it pick the 구 it shows; zoomed in it is hidden."""
    from PySide6.QtCore import QPointF

    canvas = window.canvas
    canvas.zoom_full()
    canvas.repaint()
    assert canvas.insets_drawn == ["capital"]
    rect, view = canvas.inset_views[0]
    assert canvas.rect().contains(rect.toRect())
    drawn = _inset_pixels(canvas)
    seoul = [d for d in drawn if d[0].startswith("11")]
    assert len(seoul) >= 10, len(seoul)  # Seoul's 구 are seen in the inset (a few under "서울")
    assert sum(_same(got, want) for _c, got, want in drawn) >= 0.9 * len(drawn)
    # it follows the colours: another ramp repaints the inset too
    before = {c: got for c, got, _w in drawn}
    canvas.set_style(cmap="cividis")
    again = _inset_pixels(canvas)
    assert sum(_same(got, want) for _c, got, want in again) >= 0.9 * len(again)
    assert sum(not _same(got, before[c]) for c, got, _w in again if c in before) >= 0.5 * len(again)
    # a click on a 구 in the inset selects that 구 (not what lies under the inset on the main map)
    geom = canvas.geometry_
    i = geom.index["11230"]  # 강남구
    sx, sy = view.to_screen(*map(float, geom.label_points()[i]))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPointF(rect.left() + sx, rect.top() + sy).toPoint())
    assert canvas.selected_codes() == ["11230"]
    # zoomed to Seoul the inset is hidden
    canvas.zoom_to_bounds(geom.bounds_of([j for j, c in enumerate(geom.codes) if c.startswith("11")]))
    canvas.repaint()
    assert canvas.insets_drawn == [] and canvas.inset_views == []


def test_legend_stays_inside_a_narrow_map(qapp, qtbot, sigungu):
    """With the compare dock open the main map was ~300 px wide: the score legend ran off its left
    edge ("(Smart-city special zone (indus…" cut). It stays inside, its texts elided (and it is drawn
    over the scale bar, not under it)."""
    from PySide6.QtGui import QImage, QPainter

    from smartzone.app.gui.widgets.map_canvas import MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(300, 500)
    canvas.show()
    geom = render.DistrictGeometry.from_frame(sigungu)
    canvas.set_districts(geom)
    canvas.set_values(np.linspace(0, 100, len(geom)), label="Score",
                      legend_title="Score (Smart-city special zone (industry hub))\nData of 2019–2025")
    width = canvas.width()  # the canvas's smallest width, 320 px
    assert width < 360
    img = QImage(width, 500, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    rects = canvas._draw_legends(p)
    p.end()
    assert rects and all(r.left() >= 0 and r.right() <= width for r in rects), rects


def test_export_of_an_opened_project_fits_the_whole_country_to_the_image(window):
    """A project opens at its saved view (the whole country), then the docks narrow the map:
    the map cropped 울릉도 and the western islands, and File ▸ Export map image drew the
    country into a third of the 1600 × 1200 image (the canvas's sea above and below it).
    A view of the whole country stays whole when the map is resized, and the export fits
    the whole extent to the image's shape."""
    canvas = window.canvas
    xmin, ymin, xmax, ymax = canvas.geometry_.bounds
    cx0, cy0, cx1, cy1 = canvas.view.world_bounds()
    assert cx0 <= xmin + 2000 and cx1 >= xmax - 2000 and cy0 <= ymin + 2000 and cy1 >= ymax - 2000
    for w, h in ((1600, 1200), (1000, 1600), (1200, 700)):
        view = canvas.export_view(QSize(w, h))
        vx0, vy0, vx1, vy1 = view.world_bounds()
        assert vx0 <= xmin and vy0 <= ymin and vx1 >= xmax and vy1 >= ymax  # Jeju and the north
        # the country fills the image along its tighter axis (a 4 % margin each side)
        filled = max((xmax - xmin) / (vx1 - vx0), (ymax - ymin) / (vy1 - vy0))
        assert filled > 0.9, (w, h, filled)


def test_insets_do_not_hide_districts(qapp, emd):
    """The report's 읍면동 map of shrinking-city (a 부산 동 in the top 10) put the 부산·울산 inset
    on the Yellow-Sea side over 인천's coast and 강화·옹진's islands (8 % of the inset on land):
    districts hidden on the one map a reviewer prints. An inset takes a place over the sea,
    smaller if need be, and a second inset with no such place is left out."""
    import shapely
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from smartzone.app.drawing.render_context import MapContext, draw_insets

    ctx = MapContext.from_frame(emd)
    geom = render.geometry_for(emd)
    top = [c for c in geom.codes if c.startswith("21")][:3]
    for legend in (QRectF(950, 1080, 240, 200), QRectF(950, 1130, 240, 160)):
        view = render.MapView.fit(geom.bounds, 1200, 1300, margin=0.05)
        img = QImage(1200, 1300, QImage.Format.Format_ARGB32_Premultiplied)
        p = QPainter(img)
        drawn = draw_insets(p, view, geom, None, ctx, top, blocked=[legend])
        p.end()
        assert [k for k, _r, _l in drawn][:1] == ["capital"]
        for key, r, _labels in drawn:
            x0, y1 = view.to_world(r.left(), r.top())
            x1, y0 = view.to_world(r.right(), r.bottom())
            box = shapely.box(x0, y0, x1, y1)
            assert shapely.area(shapely.intersection(ctx.land, box)) / box.area <= 0.01, key
            assert not r.intersects(legend)


def test_identify_view_has_room_and_the_window_fits_a_laptop_screen(window, qtbot):
    """The plan panel (tabbed with the results) asked for ~850 px as its dock's minimum: the main
    window could not be less than ~1,100 px tall (taller than a 1080p screen) and the identify
    view under the results showed a row and a half of a clicked district's criteria. The plan
    panel scrolls in its dock; the identify view shows the criteria of the clicked district."""
    assert window.minimumSizeHint().height() <= 800
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.height() <= 900, timeout=5_000)
    window._size_docks()
    qtbot.wait(50)
    panel = window.identify_panel
    panel.show_district("11010")
    table = panel.table
    rows = table.viewport().height() / max(table.rowHeight(0), 1)
    assert rows >= 5, (rows, window.identify_dock.height(), window.results_dock.height())
    # the plan panel is whole in its scroll area (nothing squeezed below its own minimum)
    plan = window.plan_panel
    assert plan.height() >= plan.minimumSizeHint().height()


def test_identify_shows_whole_counts_without_decimals(window):
    """종로구's population read '143,114.00' (명) in the identify view: counts are whole numbers."""
    panel = window.identify_panel
    panel.show_district("11010")
    rows = {panel.table.item(r, 0).text(): panel.table.item(r, 1).text() for r in range(panel.table.rowCount())}
    pop = next(v for k, v in rows.items() if k.startswith("Population (2025)"))
    assert pop.replace(",", "").isdigit(), rows
    share = next(v for k, v in rows.items() if k.startswith("Urban"))
    assert "." in share, rows  # a share keeps its decimals
