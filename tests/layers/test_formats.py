"""One registry of file formats: every suffix belongs to one format; readers and the dialogs use it."""
from __future__ import annotations

import importlib

import pytest

from smartzone.layers import formats


def test_each_suffix_names_one_format_and_each_reader_exists() -> None:
    seen: dict[str, str] = {}
    for fmt in formats.FORMATS.values():
        assert fmt.suffixes and all(s.startswith(".") and s == s.lower() for s in fmt.suffixes)
        for s in fmt.suffixes:
            assert s not in seen, f"{s} is claimed by {seen[s]} and {fmt.id}"
            seen[s] = fmt.id
        for ref in (fmt.reader, fmt.writer):
            if ref:
                module, name = ref.split(":")
                assert callable(getattr(importlib.import_module(module), name)), ref


@pytest.mark.parametrize(("name", "kind"), [
    ("a.SHP", "vector"), ("a.zip", "vector"), ("b.gpkg", "vector"), ("c.geojson", "vector"),
    ("d.tif", "raster"), ("d.TIFF", "raster"), ("e.csv", "table"), ("f.xlsm", "table"),
    ("g.xls", None), ("h.docx", None),
])
def test_kind_by_suffix(name, kind) -> None:
    assert formats.kind_of(name) == kind


def test_the_readers_and_the_add_layer_dialog_use_the_registry() -> None:
    from smartzone.layers import describe, vector

    assert set(vector._SUPPORTED_SUFFIXES) == set(formats.suffixes("vector"))
    assert frozenset(formats.suffixes("raster")) == describe._RASTER_SUFFIXES
    assert frozenset(formats.suffixes("table")) == describe._TABLE_SUFFIXES


@pytest.mark.gui
def test_add_layer_dialog_kinds() -> None:
    from smartzone.app.gui.widgets.layers_panel import kind_of

    for fmt in formats.FORMATS.values():
        for s in fmt.suffixes:
            assert kind_of(f"x{s}") == fmt.kind
