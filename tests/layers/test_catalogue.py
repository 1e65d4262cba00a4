"""Solution catalogues: the bundled one, user CSV (UTF-8/CP949) and XLSX, bad rows."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartzone.layers.catalogue import (
    CATALOGUE_COLUMNS,
    default_catalogue_path,
    read_catalogue,
    write_catalogue,
)
from smartzone.layers.errors import LayerReadError, SchemaError
from smartzone.scoring.planner import CATEGORIES

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"
HEADER = "id,name_ko,name_en,category,cost,value"


def test_bundled_catalogue_is_complete_and_names_real_indicators() -> None:
    cat = read_catalogue(default_catalogue_path())
    assert len(cat) >= 20
    assert {s.category for s in cat} == set(CATEGORIES)
    indicators = {d["id"] for d in json.loads((DEMO / "metadata.json").read_text("utf-8"))["indicators"]}
    for s in cat:
        assert s.cost > 0 and s.value > 0
        assert s.name_ko and s.name_en
        assert "억원" in s.source, s.id  # every cost names the programme amount it comes from
        assert s.need, s.id
        for alternatives, _sign in s.need_drivers():
            assert any(a in indicators for a in alternatives.split("/")), (s.id, alternatives)
    assert cat.solutions[cat.index("digital_twin")].requires == ("data_hub_link",)


def test_cp949_with_thousands_separators_and_title_lines(tmp_path: Path) -> None:
    text = ("스마트 솔루션 목록 (2025)\n"
            "아이디,이름,name_en,분야,비용,가치\n"
            'big,대형 사업,Big project,기후위기 대응,"1,250",3\n'
            "drt,수요응답형 교통,DRT,mobility,3,4.5\n")
    path = tmp_path / "cat.csv"
    path.write_bytes(text.encode("cp949"))
    cat = read_catalogue(path)
    assert cat.ids == ["big", "drt"]
    big = cat.solutions[0]
    assert big.cost == 1250.0 and big.category == "climate" and big.name_ko == "대형 사업"


def test_xlsx_catalogue(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(CATALOGUE_COLUMNS))
    sheet.append(["wifi", "공공 와이파이", "Public Wi-Fi", "digital_inclusion", 0.5, 1, "test", "density+",
                  2, 1, None, None])
    path = tmp_path / "cat.xlsx"
    book.save(path)
    cat = read_catalogue(path)
    assert cat.solutions[0].max_units == 2 and cat.solutions[0].need == ("density+",)


@pytest.mark.parametrize("row, words", [
    ("a,가,A,climate,-3,1", "row 2 (solution 'a'): cost '-3' must be more than 0 (in 100M KRW)"),
    ("a,가,A,climate,0,1", "cost '0' must be more than 0"),
    ("a,가,A,weather,1,1", "unknown category 'weather'"),
    ("a,가,A,climate,abc,1", "cost 'abc' is not a number"),
    (",가,A,climate,1,1", "row 2: the id is empty"),
])
def test_bad_rows_name_file_row_and_value(tmp_path: Path, row: str, words: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        read_catalogue(path)
    msg = str(info.value)
    assert str(path) in msg and words in msg


def test_all_bad_rows_are_listed(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"{HEADER}\nok,가,A,climate,1,1\nb,나,B,climate,-1,1\nc,다,C,nope,1,1\n", encoding="utf-8")
    with pytest.raises(SchemaError) as info:
        read_catalogue(path)
    assert "row 3 (solution 'b')" in str(info.value) and "row 4 (solution 'c')" in str(info.value)


def test_duplicate_ids_and_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text(f"{HEADER}\na,가,A,climate,1,1\na,가,A,climate,2,1\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="twice"):
        read_catalogue(path)
    path.write_text("id,name\na,b\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="id, category and cost"):
        read_catalogue(path)
    with pytest.raises(LayerReadError, match="not found"):
        read_catalogue(tmp_path / "missing.csv")


def test_write_and_read_back(tmp_path: Path) -> None:
    cat = read_catalogue(default_catalogue_path())
    out = write_catalogue(cat, tmp_path / "copy.csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_catalogue(out) == cat
    with pytest.raises(Exception, match="overwrite"):
        write_catalogue(cat, out)
