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
