"""The QML, the GeoPackage's ``layer_styles`` entry and the SLD draw every district.

Class bounds used to be written as ``%.6f`` (QML) and ``%g`` (SLD), so the top or
bottom district fell just outside every class and QGIS left it undrawn (서울
강남구, 74.70801736 against an upper bound of 74.708017). The first test reads
the written bounds back as numbers; the second asks QGIS 3.22 itself, for the
demo exports of ``smartzone score``, whether every feature gets a symbol.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyogrio
import pytest

from smartzone.layers.qml import StyleSpec, default_style, style_to_qml, style_to_sld

_OGC = "{http://www.opengis.net/ogc}"
QGIS_PY = "/usr/bin/python3"
BIN = Path(sys.executable).parent


def _qml_ranges(qml: str) -> list[tuple[float, float]]:
    root = ET.fromstring(qml.split("\n", 2)[2])
    return [(float(r.get("lower")), float(r.get("upper"))) for r in root.findall(".//ranges/range")]


def _sld_rules(sld: str) -> list[tuple[float, float]]:
    root = ET.fromstring(sld.split("\n", 1)[1])
    rules = []
    for both in root.iter(f"{_OGC}And"):
        lo = both.find(f"{_OGC}PropertyIsGreaterThanOrEqualTo")
        if lo is None:
            lo = both.find(f"{_OGC}PropertyIsGreaterThan")
        hi = both.find(f"{_OGC}PropertyIsLessThanOrEqualTo")
        rules.append((float(lo.find(f"{_OGC}Literal").text), float(hi.find(f"{_OGC}Literal").text)))
    return rules


@pytest.mark.parametrize("scheme", ["quantiles", "equal_interval", "natural_breaks"])
def test_written_bounds_enclose_every_value(scheme: str) -> None:
    rng = np.random.default_rng(7)
    values = rng.uniform(16.07906015908581, 74.70801735972495, 250)
    values[[0, 1]] = [16.07906015908581, 74.70801735972495]  # the demo's bottom and top
    spec = default_style(values, scheme=scheme)
    for ranges in (_qml_ranges(style_to_qml(spec))[:-1], _sld_rules(style_to_sld(spec))):
        assert len(ranges) == spec.k
        for (_, hi), (lo, _) in zip(ranges, ranges[1:], strict=False):
            assert hi == lo  # no gap between classes
        outside = [v for v in values if not any(lo <= v <= hi for lo, hi in ranges)]
        assert outside == []


def test_inner_bounds_exact_and_labels_stay_rounded() -> None:
    spec = StyleSpec(field="score", breaks=[29.856476237290654, 74.70801735972495],
                     colors=["#ffffcc", "#253494"], lower=16.07906015908581)
    ranges = _qml_ranges(style_to_qml(spec))
    assert ranges[0] == (16.0, 29.856476237290654)
    assert ranges[1] == (29.856476237290654, 74.8)
    assert ranges[2] == (-9999.0, -9999.0)
    assert spec.class_labels() == ["16.1 - 29.9", "29.9 - 74.7"]


_QGIS_SCRIPT = r"""
import json, os, sys
from qgis.core import QgsApplication, QgsExpressionContextUtils, QgsRenderContext, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
out = {}
for spec in sys.argv[1:]:
    uri, _, sld = spec.partition("::sld=")
    lyr = QgsVectorLayer(uri, "layer", "ogr")
    if sld:
        message, ok = lyr.loadSldStyle(sld)
        assert ok, message
    r = lyr.renderer()
    ctx = QgsRenderContext()
    ctx.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(lyr))
    r.startRender(ctx, lyr.fields())
    undrawn, legend_missing, count = [], [], 0
    graduated = r.type() == "graduatedSymbol"
    for f in lyr.getFeatures():
        count += 1
        ctx.expressionContext().setFeature(f)
        if not r.symbolsForFeature(f, ctx):
            undrawn.append([f["code"], f["score"]])
        if graduated and not r.legendKeysForFeature(f, ctx):
            legend_missing.append([f["code"], f["score"]])
    r.stopRender(ctx)
    out[spec] = {"valid": lyr.isValid(), "renderer": r.type(), "count": count,
                 "undrawn": undrawn, "legend_missing": legend_missing}
print("JSON" + json.dumps(out, ensure_ascii=False, default=str), flush=True)
os._exit(0)  # QGIS 3.22's Python teardown can segfault after exitQgis(); skip it
"""


def _qgis_available() -> bool:
    if not Path(QGIS_PY).exists():
        return False
    return subprocess.run([QGIS_PY, "-c", "import qgis.core"], capture_output=True).returncode == 0


@pytest.mark.qgis
@pytest.mark.slow
@pytest.mark.parametrize(("preset", "level"), [("industry-hub", "sigungu"), ("shrinking-city", "emd")])
def test_qgis_draws_every_scored_district_of_the_demo_exports(tmp_path: Path, preset: str, level: str) -> None:
    if not _qgis_available():
        pytest.skip("QGIS (python3-qgis) is not installed")
    out = tmp_path / "out"
    proc = subprocess.run(
        [str(BIN / "smartzone"), "score", "--preset", preset, "--level", level, "--out", str(out),
         "--export", "shp", "-q"],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    with sqlite3.connect(out / "scores.gpkg") as con:
        (sld,) = con.execute("SELECT styleSLD FROM layer_styles WHERE useAsDefault").fetchone()
    (tmp_path / "scores.sld").write_text(sld, encoding="utf-8")
    n = pyogrio.read_info(out / "scores.gpkg", layer="scores")["features"]
    uris = [str(out / "scores.shp"), f"{out / 'scores.gpkg'}|layername=scores",
            f"{out / 'scores.gpkg'}|layername=scores::sld={tmp_path / 'scores.sld'}"]
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", str(tmp_path)),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([QGIS_PY, "-c", _QGIS_SCRIPT, *uris], capture_output=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    result = json.loads(proc.stdout.decode("utf-8").split("JSON", 1)[1])
    for uri in uris:
        info = result[uri]
        assert info["valid"] and info["count"] == n
        assert info["renderer"] == ("RuleRenderer" if "::sld=" in uri else "graduatedSymbol")
        assert info["undrawn"] == [], uri
        assert info["legend_missing"] == [], uri
