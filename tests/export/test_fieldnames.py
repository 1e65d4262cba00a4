"""DBF field-name shortening: byte budget, character boundaries, uniqueness."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartzone.layers.errors import ExportError
from smartzone.layers.fieldnames import (
    byte_length,
    field_map_csv_text,
    read_dbf_field_names,
    shorten_field_names,
    truncate_to_bytes,
)


def test_truncate_never_cuts_a_character():
    assert truncate_to_bytes("지방소멸위험지수", 10, "cp949") == "지방소멸위"   # 5 x 2 bytes
    assert truncate_to_bytes("지방소멸위험지수", 10, "utf-8") == "지방소"       # 3 x 3 bytes
    assert truncate_to_bytes("a지방소멸위험", 10, "cp949") == "a지방소멸"      # 1 + 8 bytes, not 11
    assert truncate_to_bytes("abc", 10, "cp949") == "abc"
    assert byte_length("지방소", "utf-8") == 9


def test_short_names_keep_fitting_names_and_suffix_clashes():
    names = ["code", "name", "score", "지방소멸위험지수", "지방소멸위험등급", "지방소멸위험순위",
             "Population_Total", "population_tot2"]
    mapping = shorten_field_names(names, encoding="cp949")
    assert mapping["code"] == "code" and mapping["score"] == "score"
    assert mapping["지방소멸위험지수"] == "지방소멸위"
    assert mapping["지방소멸위험등급"] == "지방소멸_1"
    assert mapping["지방소멸위험순위"] == "지방소멸_2"
    assert mapping["Population_Total"] == "Population"
    assert mapping["population_tot2"] == "Populati_1" or mapping["population_tot2"] == "populati_1"
    assert len({v.casefold() for v in mapping.values()}) == len(names)


def test_utf8_budget_is_three_syllables():
    mapping = shorten_field_names(["인구밀도지수", "인구밀도순위"], encoding="utf-8")
    assert mapping == {"인구밀도지수": "인구밀", "인구밀도순위": "인구_1"}
    assert all(byte_length(v, "utf-8") <= 10 for v in mapping.values())


def test_unencodable_and_blank_characters_become_underscores():
    mapping = shorten_field_names(["Hà Nội", "  ", "a b"], encoding="cp949")
    assert mapping["Hà Nội"] == "H__N_i"
    assert mapping["  "] == "field"
    assert mapping["a b"] == "a_b"


def test_overrides_and_reserved():
    mapping = shorten_field_names(["score", "종합점수"], overrides={"종합점수": "SCORE_ALL"},
                                  reserved=["FID"])
    assert mapping == {"score": "score", "종합점수": "SCORE_ALL"}
    assert shorten_field_names(["fid"], reserved=["FID"]) == {"fid": "fid_1"}
    with pytest.raises(ExportError, match="10 bytes"):
        shorten_field_names(["a"], overrides={"a": "가나다라마바"})
    with pytest.raises(ExportError, match="used twice"):
        shorten_field_names(["a", "b"], overrides={"a": "x", "b": "X"})
    with pytest.raises(ExportError, match="appears twice"):
        shorten_field_names(["a", "a"])


def test_mapping_csv_text():
    text = field_map_csv_text({"지방소멸위험지수": "지방소멸위"}, encoding="cp949")
    assert text.splitlines() == ["full_name,short_name,bytes,encoding", "지방소멸위험지수,지방소멸위,10,cp949"]


def test_read_dbf_field_names(tmp_path):
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import Point

    frame = gpd.GeoDataFrame({"이름": ["종로구"], "score": [1.0]}, geometry=[Point(0, 0)], crs=5179)
    pyogrio.write_dataframe(frame, tmp_path / "p.shp", encoding="cp949")
    assert read_dbf_field_names(tmp_path / "p.dbf") == ["이름".encode("cp949"), b"score"]


hangul = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
ascii_letters = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
names = st.lists(st.text(st.one_of(hangul, ascii_letters), min_size=1, max_size=20),
                 min_size=1, max_size=40, unique=True)


@settings(max_examples=150, deadline=None)
@given(names=names, encoding=st.sampled_from(["cp949", "utf-8"]))
def test_property_fit_decodable_unique(names, encoding):
    mapping = shorten_field_names(names, encoding=encoding)
    assert list(mapping) == names
    shorts = list(mapping.values())
    for i, (full, short) in enumerate(mapping.items()):
        raw = short.encode(encoding)
        assert 0 < len(raw) <= 10
        assert raw.decode(encoding) == short
        earlier = {s.casefold() for s in shorts[:i]}
        if byte_length(full, encoding) <= 10 and full.casefold() not in earlier:
            assert short == full  # a name that already fits and is free is kept as is
        else:
            assert full.startswith(short.rsplit("_", 1)[0]) or full.startswith(short)
    assert len({s.casefold() for s in shorts}) == len(shorts)
