"""``smartzone --selftest``: prove that an installation (or a PyInstaller bundle) works.

Loads the bundled demo, scores both presets at both levels, runs zonal statistics of
the demo land cover both ways (exact and fast, reporting whether the fast method's
compiled kernels are present), writes a CP949 shapefile to a temporary folder and reads
it back, and renders the main window offscreen.
Prints one line per check and a summary; exits 0 only if every check passed.
"""
from __future__ import annotations

import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

PRESETS = ("industry-hub", "shrinking-city")
LEVELS = {"sigungu": 250, "emd": 3501}


def _check_demo_data() -> str:
    from smartzone.layers.vector import read_districts
    from smartzone.resources import demo_data

    counts = []
    for level, expected in LEVELS.items():
        layer = read_districts(demo_data.districts_path(), layer=level)
        if len(layer.frame) != expected:
            raise AssertionError(f"{level}: {len(layer.frame)} districts, expected {expected}")
        counts.append(f"{level} {len(layer.frame)}")
    sources = demo_data.metadata().get("sources", [])
    return ", ".join(counts) + f"; {len(sources)} data sources"


def _check_scorers() -> str:
    from smartzone.scoring.registry import available_scorers, plugin_errors

    ids = sorted(available_scorers())
    missing = {"wlc", "topsis", "vikor", "owa"} - set(ids)
    if missing:
        raise AssertionError(f"built-in scorers not discovered: {sorted(missing)}")
    errors = plugin_errors()
    return f"{len(ids)} scorers ({', '.join(ids)})" + (f"; {len(errors)} plugin errors" if errors else "")


def _check_scoring() -> str:
    import math

    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import score_project

    parts = []
    for level in LEVELS:
        for preset in PRESETS:
            result = score_project(Project.demo(level=level, preset=preset))
            scored = result.score.dropna()
            if scored.empty or not all(0 <= s <= 100 for s in scored) or any(map(math.isnan, scored)):
                raise AssertionError(f"{preset}/{level}: scores out of 0-100 or empty")
            parts.append(f"{preset}/{level} {len(scored)}")
    return ", ".join(parts)


def _check_zonal() -> str:
    import numpy as np

    from smartzone.layers.vector import read_districts
    from smartzone.layers.zonal import fast_kernels_available, zonal_stats
    from smartzone.resources import demo_data

    districts = read_districts(demo_data.districts_path(), layer="sigungu")
    raster = demo_data.landcover_path()
    fast = zonal_stats(districts, raster, ("majority", "count"), method="fast")
    exact = zonal_stats(districts, raster, ("majority",), method="exact")
    if len(fast) != 250 or fast["count"].sum() <= 0:
        raise AssertionError("fast zonal statistics returned no pixels")
    # 5 km pixels over 시군구: the two methods mostly agree on the dominant class
    agree = float(np.mean(fast["majority"].to_numpy() == exact["majority"].to_numpy()))
    if agree < 0.7:
        raise AssertionError(f"fast and exact majority classes agree for only {agree:.0%} of 시군구")
    kernels = "compiled kernels" if fast_kernels_available() else "NumPy (no compiled kernels)"
    return f"250 시군구, majority fast = exact for {agree:.0%}; fast method on {kernels}"


def _check_shapefile_export() -> str:
    import pyogrio

    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import load_matrix, result_frame, score_project
    from smartzone.layers.export import export_shapefile

    project = Project.demo(level="sigungu", preset="industry-hub")
    layer, _ = load_matrix(project)
    frame = result_frame(layer, score_project(project))
    with tempfile.TemporaryDirectory() as tmp:
        report = export_shapefile(frame, Path(tmp), "selftest", encoding="cp949", crs="EPSG:5179")
        shp = Path(tmp) / "selftest.shp"
        back = pyogrio.read_dataframe(shp)
        cpg = shp.with_suffix(".cpg").read_text().strip().upper()
        if cpg not in {"CP949", "949"}:
            raise AssertionError(f".cpg says {cpg!r}")
        if len(back) != len(frame) or list(back["name"]) != list(frame["name"]):
            raise AssertionError("shapefile read back differs from the source")
        return f"{len(back)} features, CP949, {report.crs if hasattr(report, 'crs') else 'EPSG:5179'}"


def _check_window() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from argparse import Namespace

    from smartzone.app.gui import launch

    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "window.png"
        code = launch.run(Namespace(screenshot=str(png), project=None, selftest=False))
        if code != 0 or not png.exists():
            raise AssertionError(f"the main window could not be rendered (exit code {code})")
        from PySide6.QtGui import QImage

        image = QImage(str(png))
        # A painted choropleth has many colours; an empty or black window has one or two.
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), max(1, image.width() // 80))
            for y in range(0, image.height(), max(1, image.height() // 60))
        }
        if len(colours) < 20:
            raise AssertionError(f"the window looks empty ({len(colours)} colours)")
        return f"main window {image.width()}x{image.height()} rendered, {len(colours)} colours sampled"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("demo data", _check_demo_data),
    ("scorer plugins", _check_scorers),
    ("score presets", _check_scoring),
    ("zonal statistics", _check_zonal),
    ("CP949 shapefile", _check_shapefile_export),
    ("main window", _check_window),
)


def run_selftest(verbose: bool = False) -> int:
    """Run every check, print a summary; return 0 only if all passed."""
    failed = 0
    t_all = time.perf_counter()
    for name, check in CHECKS:
        t0 = time.perf_counter()
        try:
            detail = check()
            status = "ok"
        except Exception as exc:  # a self-test reports every failure and goes on
            failed += 1
            status = "FAIL"
            detail = f"{type(exc).__name__}: {exc}"
            if verbose:
                traceback.print_exc()
        print(f"[{status:4}] {name:16} {detail}  ({time.perf_counter() - t0:.1f} s)", flush=True)
    total = len(CHECKS)
    print(f"selftest: {total - failed} passed, {failed} failed in {time.perf_counter() - t_all:.1f} s")
    return 0 if failed == 0 else 1
