"""The suitability GeoTIFF (Zstandard by default) opens in the project's QGIS (3.22, Debian's GDAL) with its values.

QGIS runs on Debian's Python in ``.venv-qgis`` (see test_qgis_plugin.py); the grid is written
here, with SmartZone's rasterio, then read there through QGIS's raster provider.
"""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
import rasterio

from smartzone.app.core.grid import GridRecipe, run_grid

from ..app.test_grid import CRITERIA, criteria_bands

ROOT = Path(__file__).resolve().parents[2]
QGIS_PY = ROOT / ".venv-qgis" / "bin" / "python"
READ = """
import json, sys
from qgis.core import QgsApplication, QgsRasterLayer, QgsRectangle
app = QgsApplication([], False)
app.initQgis()
out = {}
for path in sys.argv[1:]:
    layer = QgsRasterLayer(path, "s")
    prov = layer.dataProvider()
    e = layer.extent()
    block = prov.block(1, e, layer.width(), layer.height())
    cells = [[None if block.isNoData(r, c) else block.value(r, c) for c in range(layer.width())]
             for r in range(layer.height())]
    out[path] = {"valid": layer.isValid(), "crs": layer.crs().authid(), "pyramids": prov.hasPyramids(),
                 "size": [layer.width(), layer.height()], "cells": cells}
print(json.dumps(out))
sys.stdout.flush()
app.exitQgis()
"""


@pytest.mark.parametrize("compress", ["zstd", "deflate"])
def test_the_grid_geotiff_opens_in_qgis_with_its_values(tmp_path: Path, compress: str) -> None:
    if not QGIS_PY.exists():
        pytest.skip(".venv-qgis does not exist: .ci/setup creates it (python3-qgis, qgis-plugin-tools, pytest-qgis)")
    paths, _ = criteria_bands(tmp_path, (700, 600))
    out = tmp_path / f"s_{compress}.tif"
    run_grid(GridRecipe.of(paths, CRITERIA), out, window_pixels=256 * 256, compress=compress)
    with rasterio.open(out) as ds:
        want = ds.read(1)
        assert ds.profile["compress"].lower() == compress and ds.overviews(1) == [2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([str(QGIS_PY), "-c", READ, str(out)], capture_output=True, text=True, env=env,
                          timeout=300)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("{")), None)
    assert line is not None, proc.stderr[-2000:]
    got = json.loads(line)[str(out)]
    assert got["valid"] and got["crs"] == "EPSG:5179" and got["pyramids"] and got["size"] == [600, 700]
    cells = np.array([[np.nan if v is None else v for v in row] for row in got["cells"]], np.float64)
    np.testing.assert_array_equal(cells, want.astype(np.float64))


VALIDATE = """
import json, sys
from osgeo_utils.samples.validate_cloud_optimized_geotiff import validate
out = {}
for path in sys.argv[1:]:
    warnings, errors, _ = validate(path, full_check=True)
    out[path] = {"warnings": warnings, "errors": errors}
print(json.dumps(out))
"""


def test_the_grid_geotiff_is_a_valid_cog_for_gdals_own_validator(tmp_path: Path) -> None:
    """GDAL's validate_cloud_optimized_geotiff (Debian's GDAL) on grids written by two threads into their own
    scratch files, with and without the floating-point predictor: IFDs first, tiles in COG order, no error."""
    if not QGIS_PY.exists():
        pytest.skip(".venv-qgis does not exist: .ci/setup creates it (python3-qgis brings python3-gdal)")
    from smartzone.app.core.grid import InProcess

    paths, _ = criteria_bands(tmp_path, (1300, 1100))
    outs = []
    for predictor in (False, True):
        out = tmp_path / f"cog_{predictor}.tif"
        run = run_grid(GridRecipe.of(paths, CRITERIA), out, executor=InProcess(threads=2), window_pixels=256 * 256,
                       predictor=predictor)
        assert run.scored > 0
        with rasterio.open(out) as ds:
            assert ds.tags(ns="IMAGE_STRUCTURE")["LAYOUT"] == "COG" and ds.overviews(1) == [2, 4]
            assert ds.tags(ns="IMAGE_STRUCTURE").get("PREDICTOR", "1") == ("3" if predictor else "1")
        outs.append(str(out))
    plain = tmp_path / "not_cog.tif"  # the same cells as a tiled GeoTIFF whose overviews were added after
    with rasterio.open(outs[0]) as src:
        profile = dict(src.profile, driver="GTiff", compress="deflate")
        profile.pop("layout", None)
        with rasterio.open(plain, "w", **profile) as dst:
            dst.write(src.read(1), 1)
    with rasterio.open(plain, "r+") as dst:
        dst.build_overviews([2, 4])
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([str(QGIS_PY), "-c", VALIDATE, *outs, str(plain)], capture_output=True, text=True,
                          env=env, timeout=300)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("{")), None)
    assert line is not None, proc.stderr[-2000:]
    results = json.loads(line)
    assert results.pop(str(plain))["errors"]  # the validator does tell a GeoTIFF that is not a COG
    for path, result in results.items():
        assert result["errors"] == [], (path, result)
