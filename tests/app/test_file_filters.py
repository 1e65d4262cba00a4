"""The file dialogs offer what the readers accept: their filters come from the one format
registry (layers/formats.py), so a newly registered suffix appears in them without an edit."""
from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QFileDialog  # noqa: E402

from smartzone.layers.formats import FORMATS, name_filter, suffixes  # noqa: E402

pytestmark = pytest.mark.gui


def _patterns(filter_text: str) -> list[set[str]]:
    """The ``*.x`` patterns of each ``label (*.a *.b)`` filter in a ``;;``-joined string."""
    return [set(re.findall(r"\*(\.[\w.-]+)", part)) for part in filter_text.split(";;")]


def test_name_filter_lists_every_registered_suffix_of_a_kind() -> None:
    assert name_filter("Raster", "raster").startswith("Raster (*.tif *.tiff ")
    assert _patterns(name_filter("All"))[0] == set(suffixes())
    assert len(suffixes()) > 10


def test_add_layers_dialog_offers_every_registered_suffix(window, monkeypatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (seen.append(a[3]) or ([], "")))
    window.layers_panel.add_dialog()
    (text,) = seen
    everything, vector, raster, table = _patterns(text)
    for fmt in FORMATS.values():
        for suffix in fmt.suffixes:
            assert suffix in everything, (fmt.id, suffix, text)
            assert suffix in {"vector": vector, "raster": raster, "table": table}[fmt.kind], (fmt.id, suffix)
    assert ".img" in raster and ".fgb" in vector and ".tsv" in table  # missing from the hand-written filter


def test_candidate_map_and_zonal_raster_dialogs_use_the_registry(window, monkeypatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (seen.append(a[3]) or ("", "")))
    window.import_candidates()
    assert _patterns(seen[-1])[0] == set(suffixes("vector"))
    from smartzone.app.gui.widgets.zonal_dialog import ZonalDialog

    dialog = ZonalDialog(window.project, window)
    dialog._add_dialog()
    assert _patterns(seen[-1])[0] == set(suffixes("raster"))
    dialog.deleteLater()


def test_korean_ui_words_the_filter_labels(window, monkeypatch) -> None:
    from smartzone.app.drawing import i18n

    i18n.set_language("ko")
    try:
        assert window.layers_panel.file_filter().startswith("지원 형식 (*.shp")
    finally:
        i18n.set_language("en")
