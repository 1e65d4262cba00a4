"""Constraint editor in the Criteria panel: hard exclusions through the undo stack, live counts."""
from __future__ import annotations

import pandas as pd
import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402

pytestmark = pytest.mark.gui

THRESHOLD = 100_000


@pytest.fixture(scope="module")
def small_codes() -> set[str]:
    """Codes of the 시군구 with fewer than 100,000 residents, straight from the demo CSV."""
    from smartzone.resources import demo_data

    frame = pd.read_csv(demo_data.indicators_path("sigungu"), dtype={"code": str})
    return set(frame.loc[frame["pop_2025"] < THRESHOLD, "code"])


def _drain() -> None:
    QCoreApplication.processEvents()


def _select(panel, indicator: str):
    panel.table.selectRow(panel.project.scenario.index_of(indicator))
    _drain()
    assert panel.current == indicator
    panel.detail.setCurrentWidget(panel.constraint_editor)
    return panel.constraint_editor


def _excluded(window) -> dict[str, str]:
    return {str(k): v for k, v in (window.session.result.excluded or {}).items()}


def _add_population_constraint(window) -> int:
    """Add "pop_2025 < 100000" with the editor's widgets; returns the new row."""
    editor = _select(window.criteria_panel, "pop_2025")
    rows = editor.table.rowCount()
    editor.add_button.click()
    _drain()
    assert editor.table.rowCount() == rows + 1
    row = rows
    combo = editor.op_combo(row)
    combo.setCurrentIndex(combo.findData("<"))
    editor.value_spin(row).setValue(THRESHOLD)
    _drain()
    return row


def test_constraint_excludes_districts_with_reason_undo_redo_remove(window, small_codes):
    assert small_codes and len(small_codes) < 250
    panel = window.criteria_panel
    stack = window.project.undo_stack
    assert _excluded(window) == {}  # the preset's "pop_2025 < 1,000" hits no 시군구
    depth0 = stack.index

    row = _add_population_constraint(window)
    editor = panel.constraint_editor
    crit = window.project.scenario.criterion("pop_2025")
    assert crit.constraints[row].op == "<" and crit.constraints[row].value == THRESHOLD

    excluded = _excluded(window)
    assert set(excluded) == small_codes
    assert len(excluded) == len(small_codes)
    assert all("pop_2025" in reason for reason in excluded.values())
    # The results panel lists them with their reason; their score is empty.
    model = window.results_panel.model
    notes = dict(zip(model.codes, model.notes, strict=True))
    # Worded for the reader: the indicator's name and year, not its id.
    assert all("Population (2025) < 100,000" in notes[code] for code in small_codes)
    assert not any("pop_2025" in notes[code] for code in small_codes)
    assert str(len(small_codes)) in window.results_panel.summary.text()
    # Live count for the selected constraint, from the loaded matrix.
    editor.table.selectRow(row)
    _drain()
    assert editor.excluded_count() == len(small_codes)
    assert f"{len(small_codes):,} districts excluded by this constraint" in editor.count_label.text()
    assert editor.table.item(row, editor.COUNT).text() == f"{len(small_codes):,}"
    assert "(2)" in panel.detail.tabText(1)

    # Add, then the value: two edits, two undo steps.
    assert stack.index == depth0 + 2
    window.act_undo.trigger()  # value back to the default of a new constraint
    _drain()
    assert window.project.scenario.criterion("pop_2025").constraints[row].value != THRESHOLD
    window.act_undo.trigger()  # constraint gone
    _drain()
    assert len(window.project.scenario.criterion("pop_2025").constraints) == row
    assert _excluded(window) == {}
    assert editor.table.rowCount() == row
    window.act_redo.trigger()
    window.act_redo.trigger()
    _drain()
    assert set(_excluded(window)) == small_codes
    assert editor.value_spin(row).value() == THRESHOLD

    # Remove it through the UI.
    editor.table.selectRow(row)
    editor.remove_button.click()
    _drain()
    assert len(window.project.scenario.criterion("pop_2025").constraints) == row
    assert _excluded(window) == {}
    assert window.results_panel.model.notes == [""] * len(window.results_panel.model.notes)


def test_operator_and_reason_edits_are_undoable(window, small_codes):
    editor = _select(window.criteria_panel, "pop_2025")
    row = _add_population_constraint(window)
    reason = editor.reason_edit(row)
    reason.setText("too small for a special zone")
    reason.editingFinished.emit()
    _drain()
    assert window.project.scenario.criterion("pop_2025").constraints[row].reason == "too small for a special zone"
    assert all("too small for a special zone" in r for r in _excluded(window).values())
    combo = editor.op_combo(row)
    combo.setCurrentIndex(combo.findData(">="))  # now the large ones are excluded
    _drain()
    assert set(_excluded(window)).isdisjoint(small_codes)
    assert len(_excluded(window)) == 250 - len(small_codes)
    window.act_undo.trigger()
    _drain()
    assert set(_excluded(window)) == small_codes
    window.act_undo.trigger()
    _drain()
    assert window.project.scenario.criterion("pop_2025").constraints[row].reason == ""
    assert editor.reason_edit(row).text() == ""


def test_live_count_while_typing_and_data_range(window, small_codes, qtbot):
    from smartzone.resources import demo_data

    editor = _select(window.criteria_panel, "pop_2025")
    row = _add_population_constraint(window)
    editor.table.selectRow(row)
    spin = editor.value_spin(row)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "200000")  # typed, not entered yet: a preview only
    _drain()
    frame = pd.read_csv(demo_data.indicators_path("sigungu"), dtype={"code": str})
    n = int((frame["pop_2025"] < 200_000).sum())
    assert n != len(small_codes)
    assert editor.table.item(row, editor.COUNT).text() == f"{n:,}"
    assert f"{n:,} districts excluded" in editor.count_label.text()
    assert window.project.scenario.criterion("pop_2025").constraints[row].value == THRESHOLD
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)  # entered: applied and re-scored
    _drain()
    assert window.project.scenario.criterion("pop_2025").constraints[row].value == 200_000
    assert len(_excluded(window)) == n
    # The data range is shown, in the indicator's unit.
    matrix = window.session.matrix
    lo, hi = matrix["pop_2025"].min(), matrix["pop_2025"].max()
    assert f"{int(lo):,}" in editor.range_label.text() and f"{int(hi):,}" in editor.range_label.text()
    assert "persons" in editor.range_label.text()
    assert spin.decimals() == 0 and spin.minimum() <= lo and spin.maximum() >= hi


def test_missing_value_policy_still_editable(window):
    panel = window.criteria_panel
    _select(panel, "companies_per_1000")
    panel.detail.setCurrentIndex(0)
    combo = panel.missing_combo
    combo.setCurrentIndex(combo.findData("exclude"))
    _drain()
    assert window.project.scenario.criterion("companies_per_1000").missing == "exclude"
    window.act_undo.trigger()
    assert window.project.scenario.criterion("companies_per_1000").missing == "median"


def test_scenario_combo_shows_preset_names_and_direction_fits(window):
    from smartzone.app.core.model.presets import load_preset

    panel = window.criteria_panel
    combo = panel.scenario_combo
    preset = load_preset("industry-hub")
    i = combo.findData("industry-hub")
    assert combo.itemText(i) == preset.name_en
    # The tooltip names the scenario for the reader, never by its raw id (issue 14 §3).
    tip = combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    assert tip == preset.name_en and "industry-hub" not in tip
    j = combo.findData("shrinking-city")
    combo.setCurrentIndex(j)
    _drain()
    assert window.project.active == "shrinking-city"
    # The direction column is wide enough for its combo boxes.
    w = panel.table.cellWidget(0, 1)
    assert panel.table.columnWidth(1) >= w.sizeHint().width() + 8


def test_duplicated_scenario_keeps_preset_name_with_suffix(window):
    from smartzone.app.core.model.presets import load_preset

    name = window.project.duplicate_scenario("industry-hub")
    _drain()
    combo = window.criteria_panel.scenario_combo
    i = combo.findData(name)
    assert i >= 0 and combo.itemText(i) == load_preset("industry-hub").name_en + name[len("industry-hub"):]
    assert combo.currentData() == window.project.active


def test_spin_settings_follow_the_data():
    import numpy as np

    from smartzone.app.gui.widgets.constraint_editor import excluded_count, spin_settings
    from smartzone.scoring.model import Constraint

    fractions = np.array([0.0, 0.25, 0.8, 0.95, np.nan])
    lo, hi, decimals, step = spin_settings(fractions)
    assert lo == 0.0 and hi >= 0.95 and decimals == 3 and step == pytest.approx(0.01)
    assert excluded_count(fractions, Constraint(">", 0.8)) == 1  # NaN never excluded
    people = np.array([8_444.0, 50_000.0, 880_859.0])
    lo, hi, decimals, step = spin_settings(people, [1_000.0])
    assert lo == 0.0 and hi >= 880_859 and decimals == 0 and step == 10_000
    # a value finer than the data still shows exactly
    assert spin_settings(people, [1_234.5])[2] == 1
