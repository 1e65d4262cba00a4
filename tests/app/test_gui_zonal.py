"""Analysis ▸ Zonal statistics on the demo window: new indicators, progress, cancel."""
from __future__ import annotations

import time

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _fresh_pipeline_cache():
    """Each test computes its zonal statistics anew (set up before the shared ``window``)."""
    from smartzone.app.core import pipeline

    pipeline.clear_cache()
    yield
    pipeline.clear_cache()


def _wait(predicate, timeout=60.0):
    end = time.monotonic() + timeout
    while not predicate() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    QCoreApplication.processEvents()
    return predicate()


def _offered(window) -> list[str]:
    panel = window.criteria_panel
    panel._fill_add_menu()
    return [a.text() for a in panel.add_menu.actions()]


def _combo(window) -> list[str]:
    c = window.display_combo
    return [c.itemData(i) for i in range(c.count())]


def test_action_in_analysis_menu(window):
    menus = {m.title().replace("&", ""): m for m in (a.menu() for a in window.menuBar().actions()) if m}
    assert window.act_zonal in menus["Analysis"].actions()


def test_dialog_adds_land_cover_fractions(window):
    dlg = window.show_zonal_dialog()
    assert dlg.layer_id() == "landcover"
    assert dlg.stat_checks["fractions"].isEnabled() and dlg.stat_checks["majority"].isEnabled()
    labels = [dlg.classes.item(i).text() for i in range(dlg.classes.count())]
    # the legend classes in the UI language (English here: the Korean names were shown in the English UI)
    assert any("13" in t and "Urban and Built-up" in t for t in labels) and not any("도시" in t for t in labels)
    dlg.set_stats(["fractions", "mean"])
    dlg.prefix_edit.setText("lc")
    matrix_before = window.session.matrix
    dlg.accept()
    assert window.project.layer("landcover").options["zonal"] == {"stats": ["mean", "fractions"], "prefix": "lc"}
    assert window.session._worker is not None  # reloading in the worker ...
    assert window.progress.isVisibleTo(window) and window.cancel_button.isVisibleTo(window)
    assert _wait(lambda: window.session._worker is None)
    matrix = window.session.matrix
    assert matrix is not matrix_before and "lc_frac_13" in matrix.columns and "lc_mean" in matrix.columns
    assert not window.progress.isVisibleTo(window) and not window.cancel_button.isVisibleTo(window)
    assert any(t.endswith("(lc_frac_13)") for t in _offered(window))
    assert "lc_frac_13" in _combo(window)
    # the display combo names the class from the legend
    i = window.display_combo.findData("lc_frac_13")
    assert "Urban" in window.display_combo.itemText(i) or "도시" in window.display_combo.itemText(i)
    # mapping the new indicator works, and a new criterion on it scores
    window.display_combo.setCurrentIndex(i)
    assert window.canvas.values is not None
    window.criteria_panel._add("lc_frac_13")
    assert "lc_frac_13" in window.project.scenario.indicators
    assert window.session.result is not None and "lc_frac_13" in window.session.result.contributions.columns


def test_dialog_validates(window):
    dlg = window.show_zonal_dialog()
    ok = dlg.buttons.button(dlg.buttons.StandardButton.Ok)
    dlg.set_stats([])
    assert dlg.message_key == "no_stats" and not ok.isEnabled()
    dlg.set_stats(["majority"])
    dlg.prefix_edit.setText("1bad")
    assert dlg.message_key == "bad_prefix" and not ok.isEnabled()
    col = str(window.session.matrix.columns[0])
    if "_" in col and col[0].isalpha():
        dlg.prefix_edit.setText(col.split("_")[0])
        assert dlg.message_key == "clash" and not ok.isEnabled()
    dlg.prefix_edit.setText("lc")
    assert dlg.message_key is None and ok.isEnabled()
    dlg.reject()
    assert "zonal" not in window.project.layer("landcover").options


def test_cancel_keeps_previous_matrix(window, monkeypatch):
    import smartzone.layers.zonal as zonal
    from smartzone.layers.feedback import check_canceled

    started = []

    def slow(districts, raster, stats=("mean",), *, feedback=None, **kw):
        started.append(True)
        end = time.monotonic() + 30
        while time.monotonic() < end:
            feedback.set_progress(10)
            check_canceled(feedback)
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(zonal, "zonal_stats", slow)
    before = window.session.matrix
    result_before = window.session.result
    dlg = window.show_zonal_dialog()
    dlg.set_stats(["fractions"])
    dlg.accept()
    assert _wait(lambda: bool(started))
    assert window.cancel_button.isVisibleTo(window)
    window.cancel_button.click()
    assert _wait(lambda: window.session._worker is None, 30)
    assert window.session.matrix is before
    assert window.session.result is result_before
    assert not any(str(c).startswith("lc_") for c in window.session.matrix.columns)
    assert not window.progress.isVisibleTo(window) and not window.cancel_button.isVisibleTo(window)
    assert "lc_frac_13" not in _combo(window)
    assert window.canvas.geometry_ is not None and window.canvas.values is not None
    # the option stays; OK again (same option) computes it this time
    monkeypatch.undo()
    dlg = window.show_zonal_dialog()
    assert dlg.stats() == ["fractions"] and dlg.prefix() == "lc"
    dlg.accept()
    assert window.session._worker is not None
    assert _wait(lambda: window.session._worker is None)
    assert "lc_frac_13" in window.session.matrix.columns and "lc_frac_13" in _combo(window)
    # removing it drops the columns again
    dlg = window.show_zonal_dialog()
    dlg.remove()
    assert "zonal" not in window.project.layer("landcover").options
    assert _wait(lambda: window.session._worker is None)
    assert "lc_frac_13" not in window.session.matrix.columns and "lc_frac_13" not in _combo(window)
