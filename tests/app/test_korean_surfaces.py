"""Surfaces that were English or raw ids in the Korean UI (issue 14 §3): each switched to Korean
and checked for English words."""
from __future__ import annotations

import re

import pytest

# English words of three letters or more, once the allowed tokens (file formats, CRS, products) are gone.
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_ALLOWED = re.compile(r"MODIS|EPSG|GeoPackage|GPKG|ESRI|Shapefile|GTiff|GeoTIFF|CSV|UTF|KGD\w*|GRS\w*|TM\b|"
                      r"[\w./\\-]+\.(?:gpkg|csv|tif|shp|parquet)|/[\w./+-]+|[a-z]+_[a-z0-9_]+")


def _english(text: str) -> list[str]:
    return _ENGLISH.findall(_ALLOWED.sub("", text))


@pytest.fixture
def korean(window):
    from smartzone.app import i18n

    assert i18n.install_translator("ko")
    yield window
    i18n.install_translator("en")


def test_demo_layer_names_are_korean_in_the_korean_ui(korean) -> None:
    lp = korean.layers_panel
    lp.list.clear()  # rebuilt with the Korean translator
    lp.refresh()
    names = [lp.list.item(i).text() for i in range(lp.list.count())]
    assert any("시군구 지표" in n for n in names) and any("시군구 경계 2020" in n for n in names), names
    assert not [n for n in names if _english(n)], names
    assert "(indicators)" not in lp.properties_text("indicators")


def test_demo_layer_names_have_no_korean_but_the_level_term_in_english(window) -> None:
    lp = window.layers_panel
    names = [lp.list.item(i).text() for i in range(lp.list.count())]
    assert any("Land cover MODIS 2019" in n for n in names), names
    stripped = [n.replace("시군구 (municipalities)", "") for n in names]
    assert not [n for n in stripped if re.search("[\uac00-\ud7a3]", n)], names
