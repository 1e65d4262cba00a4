"""Damaged shapefiles and messy tables: a clear SmartZone error or a named warning, never a
traceback and never silently wrong data (issue 12, sections 2 and 3).

Each case builds a real file (from the bundled demo districts, written with GDAL/pyogrio) and
damages one part the way files arrive from the field.
"""
from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from smartzone.layers.errors import (
    CRSError,
    EncodingError,
    LayerReadError,
    SchemaError,
    SmartZoneError,
)
from smartzone.layers.tables import read_table
from smartzone.layers.vector import read_districts


@pytest.fixture(scope="module")
def districts():
    import geopandas as gpd

    from smartzone.resources import demo_data

    return gpd.read_file(demo_data.districts_path(), layer="sigungu").head(25)


def _shp(districts, folder: Path, encoding: str = "cp949", cpg: str = "CP949") -> Path:
    folder.mkdir()
    districts.to_file(folder / "d.shp", encoding=encoding)
    (folder / "d.cpg").write_text(cpg)
    return folder / "d.shp"


def _first_ring_point(shp: Path, which: int) -> tuple[bytearray, int]:
    """The .shp bytes and the offset of point ``which`` of the first record (-1: its ring end)."""
    b = bytearray(shp.read_bytes())
    off = 100 + 8
    nparts, npts = struct.unpack("<ii", b[off + 36 : off + 44])
    parts = struct.unpack(f"<{nparts}i", b[off + 44 : off + 44 + 4 * nparts])
    if which < 0:
        which = (parts[1] if nparts > 1 else npts) - 1
    return b, off + 44 + 4 * nparts + 16 * which


def _expect(exc_type, pattern: str, fn, *args, **kwargs):
    with pytest.raises(exc_type, match=pattern) as info:
        fn(*args, **kwargs)
    assert isinstance(info.value, SmartZoneError)
    return str(info.value)


# ------------------------------------------------------------------ shapefiles


def test_unclosed_ring(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    b, at = _first_ring_point(shp, -1)
    x, y = struct.unpack("<dd", b[at : at + 16])
    b[at : at + 16] = struct.pack("<dd", x + 1000, y + 1000)
    shp.write_bytes(b)
    message = _expect(LayerReadError, "ring that is not closed", read_districts, shp)
    assert "d.shp" in message and "Fix Geometries" in message


def test_nan_coordinates(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    b, at = _first_ring_point(shp, 2)
    b[at : at + 16] = struct.pack("<dd", float("nan"), float("nan"))
    shp.write_bytes(b)
    _expect(LayerReadError, "NaN or infinite coordinates", read_districts, shp)


def test_prj_with_a_cp949_crs_name(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    prj = shp.with_suffix(".prj")
    text = re.sub(r'PROJCS\["[^"]*"', 'PROJCS["한국 통합좌표계"', prj.read_text(), count=1)
    prj.write_bytes(text.encode("cp949"))
    _expect(CRSError, "non-ASCII text", read_districts, shp)


def test_engineering_local_cs_prj(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    shp.with_suffix(".prj").write_text(
        'LOCAL_CS["site grid",LOCAL_DATUM["x",0],UNIT["metre",1],AXIS["X",EAST],AXIS["Y",NORTH]]')
    _expect(CRSError, "cannot be transformed", read_districts, shp)


@pytest.mark.parametrize("damage", ["misspelled", "garbage", "truncated"])
def test_bad_prj_is_not_reported_as_missing(districts, tmp_path, damage):
    shp = _shp(districts, tmp_path / "s")
    prj = shp.with_suffix(".prj")
    text = prj.read_text()
    prj.write_bytes({"misspelled": text.replace("PROJCS", "PROJSC").encode(),
                     "garbage": b"\x00\x01garbage!!",
                     "truncated": text[: len(text) // 2].encode()}[damage])
    message = _expect(CRSError, "", read_districts, shp)
    assert "is missing" not in message and ".prj" in message


def test_nul_byte_in_cpg(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    shp.with_suffix(".cpg").write_bytes(b"CP9\x0049")
    _expect(LayerReadError, "NUL byte", read_districts, shp)


def test_dbf_with_fewer_records_than_the_shp(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    dbf = shp.with_suffix(".dbf")
    b = bytearray(dbf.read_bytes())
    b[4:8] = struct.pack("<I", 15)
    dbf.write_bytes(b)
    _expect(SchemaError, "25 shapes .* but 15 attribute records", read_districts, shp)


def test_utf8_text_behind_a_cp949_cpg(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s", encoding="utf-8", cpg="CP949")
    _expect(EncodingError, "the text is UTF-8", read_districts, shp)


def test_cp949_text_with_its_cpg_still_reads(districts, tmp_path):
    shp = _shp(districts, tmp_path / "s")
    layer = read_districts(shp)
    assert layer.frame["name"].iloc[0] == districts["name"].iloc[0]


def test_points_and_one_polygon_are_not_districts(districts, tmp_path):
    g = districts.copy()
    g.loc[g.index[1:], "geometry"] = g.geometry.iloc[1:].centroid
    g.to_file(tmp_path / "d.gpkg")
    _expect(SchemaError, "24 of 25 features are points", read_districts, tmp_path / "d.gpkg")


def test_all_null_geometries_are_not_districts(districts, tmp_path):
    import geopandas as gpd

    g = gpd.GeoDataFrame(districts.drop(columns="geometry"),
                         geometry=gpd.GeoSeries([None] * len(districts), crs=districts.crs))
    g.to_file(tmp_path / "d.gpkg")
    _expect(SchemaError, "every one of its 25 geometries is empty", read_districts, tmp_path / "d.gpkg")


def test_truncated_geojson(districts, tmp_path):
    text = districts.to_json()
    (tmp_path / "d.geojson").write_text(text[: len(text) // 2])
    message = _expect(LayerReadError, "", read_districts, tmp_path / "d.geojson")
    assert "has no layer None" not in message


# ---------------------------------------------------------------------- tables


def _table(tmp_path: Path, name: str, content: str | bytes):
    p = tmp_path / name
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_decimal_comma_is_read_as_a_decimal_and_said(tmp_path):
    t = read_table(_table(tmp_path, "t.csv", 'code,ratio\n11010,"0,60"\n11020,"0,75"\n11030,"1,20"\n'))
    assert t.frame["ratio"].tolist() == [0.60, 0.75, 1.20]
    assert any("decimal commas" in w for w in t.warnings)


def test_thousands_separators_still_read_as_thousands(tmp_path):
    t = read_table(_table(tmp_path, "t.csv", 'code,pop\n11010,"1,234"\n11020,"12,345"\n'))
    assert t.frame["pop"].tolist() == [1234.0, 12345.0]
    assert not any("decimal" in w for w in t.warnings)


def test_nul_byte_in_a_header_neither_renames_nor_retypes(tmp_path):
    t = read_table(_table(tmp_path, "t.csv", "code,pop\x00ulation\n11010,5\n11020,6\n"))
    assert list(t.frame.columns) == ["population"] and t.frame["population"].tolist() == [5.0, 6.0]
    assert any("NUL" in w for w in t.warnings)


def test_one_text_cell_in_a_numeric_column_is_named(tmp_path):
    rows = "".join(f"{11010 + 10 * i},{i}\n" for i in range(20))
    rows = rows.replace("11050,4\n", "11050,six\n")
    t = read_table(_table(tmp_path, "t.csv", "code,pop\n" + rows))
    assert "pop" in t.numeric_columns and t.frame["pop"].isna().sum() == 1
    warning = next(w for w in t.warnings if "not numbers" in w)
    assert "t.csv" in warning and "row 6" in warning and "'six'" in warning and "11050" in warning


def test_xlsx_that_is_not_a_zip(tmp_path):
    _expect(LayerReadError, "not an Excel workbook", read_table,
            _table(tmp_path, "bad.xlsx", b"this is not a zip"))


def test_csv_field_longer_than_the_csv_limit(tmp_path):
    content = 'code,note\n11010,"' + "x" * 140_000 + '"\n11020,a\n'
    _expect(LayerReadError, "131,072", read_table, _table(tmp_path, "big.csv", content))
