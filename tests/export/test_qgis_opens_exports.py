"""QGIS itself (Debian python3-qgis, a separate interpreter) opens the exports.

Checks that QGIS applies the ``.qml`` beside a shapefile and the default
style in a GeoPackage's ``layer_styles`` table, recognises the EPSG code from
the ``.prj``, and decodes the Korean names. Skipped where QGIS is not installed.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from smartzone.layers.export import export_shapefile, write_gpkg
from smartzone.layers.qml import StyleSpec

pytestmark = pytest.mark.qgis

QGIS_PY = "/usr/bin/python3"

SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qgis.core import (QgsApplication, QgsExpressionContextUtils, QgsRenderContext,
                       QgsVectorLayer)
app = QgsApplication([], False)
app.initQgis()
out = {}
for uri in sys.argv[1:]:
    lyr = QgsVectorLayer(uri, "layer", "ogr")
    r = lyr.renderer()
    out[uri] = {
        "valid": lyr.isValid(),
        "count": lyr.featureCount(),
        "authid": lyr.crs().authid(),
        "renderer": r.type(),
        "attr": r.classAttribute() if hasattr(r, "classAttribute") else None,
        "ranges": [[rg.lowerValue(), rg.upperValue(), rg.label(), rg.symbol().color().name()]
                   for rg in r.ranges()] if hasattr(r, "ranges") else [],
        "names": [f["name"] for f in lyr.getFeatures()][:5],
    }
    ctx = QgsRenderContext()
    ctx.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(lyr))
    r.startRender(ctx, lyr.fields())
    colors = []
    for f in list(lyr.getFeatures())[:5]:
        ctx.expressionContext().setFeature(f)
        sym = r.symbolForFeature(f, ctx)
        colors.append(sym.color().name() if sym is not None else None)
    r.stopRender(ctx)
    out[uri]["colors"] = colors
print("JSON" + json.dumps(out, ensure_ascii=False), flush=True)
os._exit(0)  # QGIS 3.22's Python teardown can segfault after exitQgis(); skip it
"""


def _qgis_available() -> bool:
    if not Path(QGIS_PY).exists() or shutil.which(QGIS_PY) is None:
        return False
    proc = subprocess.run([QGIS_PY, "-c", "import qgis.core"], capture_output=True)
    return proc.returncode == 0


def test_qgis_applies_styles_and_reads_korean(tmp_path, sigungu):
    if not _qgis_available():
        pytest.skip("QGIS (python3-qgis) is not installed")
    style = StyleSpec(field="score", breaks=[20, 40, 60, 80, 100],
                      colors=["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
                      labels=["매우 낮음", "낮음", "보통", "높음", "매우 높음"], lower=0, label_field="name")
    frame = sigungu.rename(columns={"score": "종합적합도점수"})
    kstyle = StyleSpec(**{**style.to_dict(), "field": "종합적합도점수"})
    export_shapefile(frame, tmp_path, "cp949", style=kstyle)
    export_shapefile(sigungu, tmp_path, "utf8", style=style, encoding="utf-8", crs="EPSG:5186")
    write_gpkg(sigungu, tmp_path / "scores.gpkg", style=style)
    uris = [str(tmp_path / "cp949.shp"), str(tmp_path / "utf8.shp"),
            f"{tmp_path / 'scores.gpkg'}|layername=scores"]
    # A clean environment: the venv's Qt 6 variables must not leak into QGIS's Qt 5.
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", str(tmp_path)),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([QGIS_PY, "-c", SCRIPT, *uris], capture_output=True, timeout=180, env=env)
    stdout = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    result = json.loads(stdout.split("JSON", 1)[1])
    expected_names = sigungu["name"].head(5).tolist()
    scores = sigungu["score"].head(5).tolist()
    assert np.isnan(scores[3])  # the fixture's excluded district
    palette = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"]
    expected_colors = ["#d9d9d9" if np.isnan(v) else palette[min(int(v // 20), 4)] for v in scores]
    for uri, authid, attr in zip(uris, ["EPSG:5179", "EPSG:5186", "EPSG:5179"],
                                 ['coalesce("종합적합도", -9999)', 'coalesce("score", -9999)',
                                  'coalesce("score", -9999)'], strict=True):
        info = result[uri]
        assert info["valid"] and info["count"] == 250
        assert info["authid"] == authid
        assert info["renderer"] == "graduatedSymbol" and info["attr"] == attr
        assert [r[1] for r in info["ranges"]] == [20, 40, 60, 80, 100, -9999]
        assert [r[2] for r in info["ranges"]][:5] == ["매우 낮음", "낮음", "보통", "높음", "매우 높음"]
        assert [r[3] for r in info["ranges"]] == [*palette, "#d9d9d9"]
        assert info["names"] == expected_names
        assert info["colors"] == expected_colors  # the excluded district is drawn grey
