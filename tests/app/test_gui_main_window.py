"""Main window on the bundled demo: live re-scoring, save/open, undo/redo, layers, panels."""
from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QMessageBox  # noqa: E402

pytestmark = pytest.mark.gui


def _drain(ms: float = 50) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()


def test_weight_change_updates_map_and_table(window):
    panel = window.criteria_panel
    sc = window.project.scenario
    first, last = sc.criteria[0].indicator, sc.criteria[-1].indicator
    colors_before = [b.color().name() for b in window.canvas.brushes]
    values_before = window.score_values().copy()
    top_before = window.results_panel.top_codes(10)
    panel.slider(last).setValue(90)  # make the last criterion dominate
    _drain()
    assert window.project.scenario.criterion(last).weight > window.project.scenario.criterion(first).weight * 5
    shares = [panel.table.cellWidget(r, 3).value() for r in range(panel.table.rowCount())]
    assert abs(sum(shares) - 100.0) < 0.5  # shares stay normalised
    values_after = window.score_values()
    assert not np.allclose(values_before, values_after, equal_nan=True)
    colors_after = [b.color().name() for b in window.canvas.brushes]
    assert colors_before != colors_after
    top_after = window.results_panel.top_codes(10)
    assert top_after != top_before
    # The table is sorted by rank: rank column ascending.
    model = window.results_panel.model
    ranks = [model.ranks[window.results_panel.proxy.mapToSource(window.results_panel.proxy.index(r, 0)).row()]
             for r in range(10)]
    assert ranks == sorted(ranks)
    # Map and table show the same scores for the top district.
    code = top_after[0]
    i = window.session.geometry.index[code]
    assert window.canvas.values[i] == pytest.approx(float(window.session.result.score[code]))


def test_undo_redo_through_actions(window):
    sc = window.project.scenario
    ind = sc.criteria[0].indicator
    w0 = sc.criterion(ind).weight
    assert not window.act_undo.isEnabled()
    window.criteria_panel.slider(ind).setValue(60)
    window.project.end_merge()
    _drain()
    w1 = window.project.scenario.criterion(ind).weight
    assert w1 != pytest.approx(w0)
    assert window.act_undo.isEnabled() and window.windowTitle().startswith(window.project.title) or "*" in \
        window.windowTitle()
    score_after = window.score_values().copy()
    window.act_undo.trigger()
    _drain()
    assert window.project.scenario.criterion(ind).weight == pytest.approx(w0)
    assert window.criteria_panel.slider(ind).value() != 60
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()
    _drain()
    assert window.project.scenario.criterion(ind).weight == pytest.approx(w1)
    np.testing.assert_allclose(window.score_values(), score_after, equal_nan=True)
    # Shortcuts as promised in the menu.
    assert "Ctrl+Z" in window.act_undo.shortcut().toString()
    assert any("Ctrl+Shift+Z" in k.toString() for k in window.act_redo.shortcuts())


def test_project_round_trip_through_file_actions(window, tmp_path, monkeypatch):
    path = tmp_path / "plan.szproj"
    ind = window.project.scenario.criteria[1].indicator
    window.criteria_panel.slider(ind).setValue(70)
    window.project.end_merge()
    _drain()
    weight = window.project.scenario.criterion(ind).weight
    assert window.project.dirty
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    window.act_save_as.trigger()
    assert path.exists() and not window.project.dirty
    assert "plan.szproj" in window.windowTitle()
    window.criteria_panel.slider(ind).setValue(10)  # change after saving
    _drain()
    assert window.project.dirty
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    window.act_open.trigger()
    assert window.wait_ready(60)
    assert window.project.path == path.resolve()
    assert window.project.scenario.criterion(ind).weight == pytest.approx(weight)
    assert not window.project.dirty
    # Recent projects list remembers it.
    window._fill_recent()
    assert any(a.text() == "plan.szproj" for a in window.recent_menu.actions())


def test_unsaved_changes_prompt_on_close(window, monkeypatch):
    ind = window.project.scenario.criteria[0].indicator
    window.criteria_panel.slider(ind).setValue(55)
    _drain()
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel))
    assert window.close() is False  # cancelled: window stays open
    assert asked and window.isVisible()


def test_layers_panel_reports_bad_file_without_traceback(window, tmp_path, qtbot):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"this is not a geopackage")
    messages = []
    window.layers_panel.message.connect(lambda level, text: messages.append((level, text)))
    n_layers = len(window.project.layers)
    window.layers_panel.add_files([str(bad)])
    qtbot.waitUntil(lambda: any(level == "error" for level, _ in messages), timeout=30000)
    text = next(t for level, t in messages if level == "error")
    assert "broken.gpkg" in text and "Traceback" not in text
    box = window.layers_panel._last_error_box
    assert "broken.gpkg" in box.text() and "Traceback" not in box.informativeText()
    box.close()
    assert len(window.project.layers) == n_layers
    window.layers_panel.add_files([str(tmp_path / "notes.docx")])
    assert "not supported" in messages[-1][1]


def test_layers_visibility_opacity_order_and_properties(window):
    lp = window.layers_panel
    raster = window.project.layer("landcover")
    assert not raster.visible
    item = next(lp.list.item(i) for i in range(lp.list.count()) if lp.list.item(i).data(256) == "landcover")
    from PySide6.QtCore import Qt

    item.setCheckState(Qt.CheckState.Checked)
    assert window.project.layer("landcover").visible
    lp.list.setCurrentItem(item)
    lp.opacity.setValue(30)
    assert window.project.layer("landcover").opacity == pytest.approx(0.3)
    order = [lyr.id for lyr in window.project.layers]
    lp.up_button.click()  # landcover is at the bottom: move it up
    assert [lyr.id for lyr in window.project.layers] != order
    window.act_undo.trigger()
    assert [lyr.id for lyr in window.project.layers] == order
    text = lp.properties_text("districts")
    assert "EPSG:5179" in text or "5179" in text
    # The raster overlay is read for the view in a worker and drawn.
    ov = next(r for r in window.canvas.rasters if r.id == "landcover") if window.canvas.rasters else None
    if ov is None:
        _drain(2000)
        ov = next(r for r in window.canvas.rasters if r.id == "landcover")
    window.canvas.refresh_rasters()
    deadline = 200
    while ov.image is None and deadline:
        _drain(50)
        deadline -= 1
    assert ov.image is not None and not ov.image.isNull()
    assert ov.legend and any("산림" in label or "forest" in label.lower() for _, label in ov.legend)


def test_ahp_editor_shows_consistency_ratio_and_applies(window, monkeypatch):
    from smartzone.app.gui.widgets.ahp_editor import AhpEditor

    labels = ["A", "B", "C"]
    dlg = AhpEditor(labels, [1, 1, 1])
    assert dlg.cr == pytest.approx(0.0, abs=1e-9)
    dlg.set_judgement(0, 1, 3)
    dlg.set_judgement(1, 2, 3)
    dlg.set_judgement(0, 2, 9)
    assert dlg.weights[0] > dlg.weights[1] > dlg.weights[2]
    assert dlg.cr < 0.1 and "CR" in dlg.cr_label.text()
    dlg.set_judgement(0, 2, 1 / 9)  # A >> B >> C but C >> A: inconsistent
    assert dlg.cr > 0.1
    assert "inconsistent" in dlg.cr_label.text()
    dlg.close()


def test_param_form_generated_from_scorer_params(qtbot):
    from smartzone.app.gui.widgets.param_form import ParamForm
    from smartzone.scoring.params import ParamSpec

    specs = (
        ParamSpec("alpha", "float", 0.5, min=0.0, max=1.0, label_en="Alpha"),
        ParamSpec("n", "int", 3, min=1, max=10, label_en="Count"),
        ParamSpec("strict", "bool", False, label_en="Strict"),
        ParamSpec("mode", "choice", "a", choices=("a", "b"), label_en="Mode"),
        ParamSpec("sites", "codes", (), label_en="Reference sites"),
    )
    form = ParamForm(specs, {"n": 5})
    qtbot.addWidget(form)
    assert form.values() == {"alpha": 0.5, "n": 5, "strict": False, "mode": "a", "sites": []}
    with qtbot.waitSignal(form.changed) as sig:
        form.editor("alpha").setValue(2.0)  # clamped to the declared max
    assert sig.args[0]["alpha"] == 1.0
    form.editor("sites").setText("11010, 11020")
    form.editor("sites").editingFinished.emit()
    assert form.values()["sites"] == ["11010", "11020"]
    # every registered scorer gets a form without UI code
    from smartzone.scoring.registry import available_scorers

    scorers = available_scorers()
    for cls in (scorers.values() if isinstance(scorers, dict) else scorers):
        f = ParamForm(cls.params)
        assert set(f.values()) == {p.name for p in cls.params}


def test_method_switch_uses_generated_form(window):
    combo = window.criteria_panel.method_combo
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert "wlc" in ids and len(ids) >= 3
    target = next(i for i in ids if i not in ("wlc", "supervised", "similarity"))
    combo.setCurrentIndex(ids.index(target))
    _drain()
    assert window.project.scenario.method == target
    assert window.session.result is not None
    assert window.session.result.recipe.get("method") == target


def test_sensitivity_runs_in_worker_with_progress(window, qtbot):
    view = window.results_panel.sensitivity
    view.runs.setValue(200)
    view.run()
    qtbot.waitUntil(lambda: view.worker is None, timeout=60000)
    assert view.progress.value() == 100
    rows = view.chart.rows
    assert rows and 0.0 <= rows[0][1] <= 1.0 and rows[0][2] <= rows[0][4] <= rows[0][3]


def test_linked_selection_and_breakdown(window):
    rp = window.results_panel
    top = rp.top_codes(3)
    rp.set_selection(top)
    rp.selection_changed.emit(rp.selected_codes())
    assert window.canvas.selected_codes() == top or set(window.canvas.selected_codes()) == set(top)
    assert len(rp.breakdown.rows) == 3
    name, score, contribs = rp.breakdown.rows[0]
    assert sum(c for c in contribs if np.isfinite(c)) == pytest.approx(score, abs=0.5)
    window.canvas.set_selection([top[1]], emit=True)
    assert rp.selected_codes() == [top[1]]


def test_korean_translation_loads(qapp, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.results_panel import ResultsModel

    def cancel_text() -> str:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        return box.buttons()[0].text()

    assert i18n.install_translator("ko")
    try:
        assert ResultsModel().tr("Rank") == "순위"
        assert cancel_text() == "취소"  # Qt's own standard buttons are Korean too
    finally:
        i18n.install_translator("en")
    assert ResultsModel().tr("Rank") == "Rank"
    assert cancel_text() == "Cancel"


def test_screenshot_command(tmp_path, qapp):
    from types import SimpleNamespace

    from smartzone.app.gui import launch

    out = tmp_path / "shot.png"
    code = launch.run(SimpleNamespace(project=None, screenshot=str(out), selftest=False))
    assert code == 0 and out.exists() and out.stat().st_size > 50_000


def test_ready_means_the_parent_outlines_and_names_are_drawn(qapp):
    """wait_ready (the screenshot command, the self-test) waits for the 시도 outlines and names,
    which are dissolved in a worker after the districts show: README's screenshot had none."""
    from smartzone.app.gui.widgets.main_window import MainWindow

    window = MainWindow()
    try:
        window.open_async(None, interactive=False)
        assert window.wait_ready(120)
        assert window.canvas.context is not None
        window.canvas.resize(800, 800)
        window.canvas.render_image(insets=False)  # the map without the capital inset
        placed = window.canvas.placed_labels
        assert {lab.level for lab in placed} == {"sido"}, "no 시도 names on the national map"
        assert len(placed) >= 2, [lab.text for lab in placed]
        # the empty identify table shows its whole headers (was "iteri", "tandardised (0-1")
        table = window.identify_panel.table
        head = table.horizontalHeader()
        for c in range(1, table.columnCount()):
            text = table.horizontalHeaderItem(c).text()
            assert head.sectionSize(c) >= head.fontMetrics().horizontalAdvance(text), text
    finally:
        window.project.mark_clean()
        window.close()


def test_make_app_in_a_process_without_widgets_says_so(tmp_path):
    """A process that already runs a QCoreApplication cannot show windows: make_app says so
    (it failed with "'QCoreApplication' object has no attribute 'font'")."""
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication\n"
        "core = QCoreApplication([])\n"
        "from smartzone.app.gui.launch import make_app\n"
        "try:\n"
        "    make_app()\n"
        "except RuntimeError as exc:\n"
        "    print('refused:', exc)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "refused: SmartZone's windows need a QApplication" in proc.stdout
    assert "QCoreApplication" in proc.stdout


def test_no_display_falls_back_to_score(tmp_path, monkeypatch, capsys):
    from smartzone.app import main

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(main.sys, "platform", "linux")
    monkeypatch.chdir(tmp_path)
    from types import SimpleNamespace

    code = main.open_app(SimpleNamespace(project=None, screenshot=None, selftest=False))
    out = capsys.readouterr().out
    assert "No display found: running `smartzone score --preset industry-hub --level sigungu" in out
    assert "on the demo instead" in out
    assert code == 0
    assert (tmp_path / "smartzone-out" / "scores.gpkg").is_file()
    # The README's demo command works again on the next run (its own output is refreshed).
    assert main.open_app(SimpleNamespace(project=None, screenshot=None, selftest=False)) == 0


def test_add_vector_layer_is_drawn_as_overlay(window, tmp_path, qtbot):
    frame = window.session.layer.frame[["code", "name", "geometry"]].head(5)
    path = tmp_path / "sites.gpkg"
    frame.to_file(path, layer="sites", driver="GPKG")
    window.layers_panel.add_files([str(path)])
    qtbot.waitUntil(lambda: any(lyr.path.name == "sites.gpkg" for lyr in window.project.layers), timeout=30000)
    lyr = next(lyr for lyr in window.project.layers if lyr.path.name == "sites.gpkg")
    assert lyr.role is None  # the demo already has its districts layer
    qtbot.waitUntil(lambda: any(v.id == lyr.id for v in window.canvas.vectors), timeout=30000)
    overlay = next(v for v in window.canvas.vectors if v.id == lyr.id)
    assert len(overlay.geometry) == 5
    assert "sites" in window.layers_panel.properties_text(lyr.id)
    window.act_undo.trigger()  # adding a layer is undoable
    assert all(lyr2.path.name != "sites.gpkg" for lyr2 in window.project.layers)
    assert not any(v.id == lyr.id for v in window.canvas.vectors)


def test_compare_and_export_are_reachable(window, monkeypatch):
    from smartzone.app.gui.widgets import export_dialog

    window.act_compare.trigger()
    assert window.compare_dock.isVisible()
    opened = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: opened.append(self) or 0)
    window.act_export_scores.trigger()
    assert opened


def test_nothing_to_save_while_the_first_project_opens(qtbot):
    """Before a project is shown (it opens in a worker), Open, a dropped project file or closing
    the window do not ask to save: maybe_save failed with 'NoneType' has no attribute 'dirty'."""
    from smartzone.app.gui.widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.project is None
    assert window.maybe_save() is True
