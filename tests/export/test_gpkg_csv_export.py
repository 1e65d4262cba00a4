"""GeoPackage (with a QGIS layer style inside) and CSV (UTF-8 with BOM) exports."""
from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

import pandas as pd
import pyogrio
import pytest
from pyproj import CRS

from smartzone.layers import gpkg_style
from smartzone.layers.errors import ExportError
from smartzone.layers.export import write_csv, write_gpkg
from smartzone.layers.qml import StyleSpec, default_style, style_to_sld

STYLE = StyleSpec(field="score", breaks=[25, 50, 75, 100],
                  colors=["#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f"], lower=0, label_field="name")


def test_gpkg_roundtrip_with_layer_style(tmp_path, sigungu, ogrinfo):
    path = tmp_path / "scores.gpkg"
    report = write_gpkg(sigungu, path, style=STYLE)
    assert report.verified and report.feature_count == 250 and report.crs == "EPSG:5179"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.gpkg"]

    info = pyogrio.read_info(path, layer="scores")
    assert info["features"] == 250
    assert CRS.from_user_input(info["crs"]).to_epsg() == 5179
    back = pyogrio.read_dataframe(path, layer="scores")
    assert back["name"].tolist() == sigungu["name"].tolist()
    assert back["code"].tolist() == sigungu["code"].tolist()

    with sqlite3.connect(path) as con:
        rows = con.execute(
            'SELECT f_table_name, f_geometry_column, "styleName", "styleQML", "styleSLD", '
            '"useAsDefault" FROM layer_styles'
        ).fetchall()
        contents = con.execute(
            "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'"
        ).fetchone()
    assert contents == ("attributes",)
    ((table, geom_col, name, qml, sld, default),) = rows
    assert (table, geom_col, name, default) == ("scores", "geom", "scores", 1)
    renderer = ET.fromstring(qml.split("\n", 2)[2]).find("renderer-v2")
    assert renderer.get("type") == "graduatedSymbol"
    assert renderer.get("attr") == 'coalesce("score", -9999)'
    assert [float(r.get("upper")) for r in renderer.findall("ranges/range")] == [25, 50, 75, 100, -9999]
    sld_root = ET.fromstring(sld.split("\n", 1)[1])
    rules = sld_root.findall(".//{http://www.opengis.net/se}Rule")
    assert len(rules) == 5  # four classes and the no-data rule
    assert rules[-1].find(".//{http://www.opengis.net/ogc}PropertyIsNull") is not None

    layers = ogrinfo("-ro", str(path))
    assert "scores (Multi Polygon)" in layers and "layer_styles" in layers
    one = ogrinfo("-ro", "-q", "-geom=NO", "-where", "code = '11010'", str(path), "scores")
    assert "name (String) = 종로구" in one


def test_gpkg_refuses_overwrite_and_is_atomic(tmp_path, sigungu, monkeypatch):
    path = tmp_path / "scores.gpkg"
    write_gpkg(sigungu, path)
    before = path.read_bytes()
    with pytest.raises(ExportError, match="Refusing to overwrite"):
        write_gpkg(sigungu, path)

    def broken(*args, **kwargs):
        raise ExportError("simulated failure while storing the style")

    monkeypatch.setattr(gpkg_style, "write_layer_style", broken)
    with pytest.raises(ExportError, match="simulated"):
        write_gpkg(sigungu.assign(score=1.0), path, style=STYLE, overwrite=True)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.gpkg"]
    monkeypatch.undo()

    report = write_gpkg(sigungu.assign(score=1.0), path, overwrite=True, layer="점수")
    assert report.verified
    assert set(pyogrio.read_dataframe(path, layer="점수", read_geometry=False)["score"]) == {1.0}


def test_gpkg_reprojects_and_repairs(tmp_path, emd):
    report = write_gpkg(emd, tmp_path / "emd.gpkg", crs="EPSG:5186", layer="emd")
    assert report.crs == "EPSG:5186" and report.repaired > 0
    info = pyogrio.read_info(tmp_path / "emd.gpkg", layer="emd")
    assert info["features"] == 3501 and CRS.from_user_input(info["crs"]).to_epsg() == 5186
    assert gpkg_style.read_layer_styles(tmp_path / "emd.gpkg") == []


def test_csv_bom_korean_and_codes_as_text(tmp_path, sigungu):
    table = sigungu.drop(columns="geometry").copy()
    table.loc[table.index[0], "code"] = "01010"  # a leading zero must survive
    table["adm_code"] = 1111051500.0            # float-typed code column -> "1111051500"
    path = tmp_path / "scores.csv"
    report = write_csv(table, path)
    assert report.encoding == "UTF-8-SIG" and report.feature_count == 250
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "종로구".encode() in raw
    assert b'"01010"' in raw and b'"1111051500"' in raw and b"1111051500.0" not in raw

    back = pd.read_csv(path, encoding="utf-8-sig", dtype={"code": str, "adm_code": str})
    assert back["name"].tolist() == table["name"].tolist()
    assert back["code"].iloc[0] == "01010"
    assert list(back.columns) == ["code", "name", "score", "rank", "adm_code"]
    pd.testing.assert_series_equal(back["score"], table["score"].reset_index(drop=True),
                                   check_names=False)


def test_csv_geodataframe_index_overwrite_and_no_bom(tmp_path, sigungu):
    path = tmp_path / "t.csv"
    write_csv(sigungu.set_index("code"), path)  # geometry dropped, index kept as first column
    header = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == '"code","name","score","rank"'
    with pytest.raises(ExportError, match="Refusing"):
        write_csv(sigungu, path)
    report = write_csv(sigungu, path, bom=False, overwrite=True)
    assert report.encoding == "UTF-8"
    assert not path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]


def test_default_style_and_sld(sigungu):
    style = default_style(sigungu["score"], "score", k=5, scheme="quantiles")
    assert style.k == 5 and len(set(style.colors)) == 5
    assert style.breaks[-1] == pytest.approx(sigungu["score"].max())
    counts = pd.cut(sigungu["score"], [style.lower - 1e-9, *style.breaks]).value_counts()
    assert counts.min() >= 45  # quantiles: ~50 districts per class
    assert "PolygonSymbolizer" in style_to_sld(style)
    with pytest.raises(ExportError, match="colours"):
        StyleSpec(field="score", breaks=[1, 2], colors=["#000000"])
    with pytest.raises(ExportError, match="ascending"):
        StyleSpec(field="score", breaks=[2, 1], colors=["#000000", "#ffffff"])
    with pytest.raises(ExportError, match="hex colour"):
        StyleSpec(field="score", breaks=[1], colors=["red"])
