"""The app's hot-spot map and the report's hot-spot page."""
from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.gui


def test_map_shows_lisa_clusters_with_legend(window):
    from smartzone.app.core.hotspots import CLUSTER_CODES, hotspots_of
    from smartzone.app.gui.widgets.main_window import HOTSPOTS

    combo = window.display_combo
    index = combo.findData(HOTSPOTS)
    assert index >= 0 and "Hot spots" in combo.itemText(index)
    combo.setCurrentIndex(index)
    canvas = window.canvas
    assert canvas.categories is not None
    names = {name for _, name in canvas.categories.values()}
    assert "HH high-high (hot spot)" in names and "not significant" in names
    expected, _ = hotspots_of(window.session.layer.frame, window.session.result.score)
    shown = np.asarray(canvas.values, dtype=float)
    want = window.session.aligned(expected.cluster.map(CLUSTER_CODES).astype(float))
    np.testing.assert_array_equal(shown, want)
    assert (shown == CLUSTER_CODES["HH"]).sum() > 5


def test_report_has_a_hot_spot_page(tmp_path, capsys):
    pypdf = pytest.importorskip("pypdf")
    from smartzone.app.cli import main

    code = main(["score", "--hotspots", "--out", str(tmp_path), "--top", "3", "-q", "--report",
                 "--report-runs", "200", "--report-language", "en"])
    assert code == 0, capsys.readouterr().err
    reader = pypdf.PdfReader(str(tmp_path / "report.pdf"))
    text = reader.pages[-1].extract_text()
    assert "Hot spots of suitability (local Moran's I)" in text
    assert "HH high-high (hot spot)" in text and "conditional permutations" in text


def test_regions_dialog_finds_and_maps_regions(window):
    dlg = window.show_regions_dialog()
    dlg.k.setValue(2)
    dlg.max_size.setValue(3)
    dlg.solve()
    assert dlg.solution is not None and int(dlg.solution.region.max()) == 2
    assert "1: " in dlg.result_label.text() and "2: " in dlg.result_label.text()
    values = np.asarray(window.canvas.values, dtype=float)
    assert set(np.unique(values)) == {0.0, 1.0, 2.0}
    assert 2 <= (values == 1).sum() <= 3
    names = {name for _, name in window.canvas.categories.values()}
    assert {"Region 1", "Region 2", "not in a region"} <= names
    # impossible limits: said in the dialog, no exception
    dlg.min_size.setValue(10)
    dlg.max_size.setValue(3)
    dlg.solve()
    assert dlg.result_label.text().startswith("No regions:")
