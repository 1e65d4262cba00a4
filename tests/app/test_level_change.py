"""Issue 11 §4: after a level change every level-dependent view follows the model; a
cancelled change restores the previous state exactly; while loading, views show a busy
state instead of the previous level's data mixed with the new level's criteria."""
from __future__ import annotations

import numpy as np
import pytest

from smartzone.app.core import pipeline
from smartzone.app.gui.widgets.constraint_editor import excluded_count
from smartzone.scoring.model import Constraint

pytestmark = pytest.mark.gui

INDICATOR = "pop_2025"  # a criterion of industry-hub at both levels, with a constraint


def _select(panel, indicator: str) -> None:
    for row in range(panel.table.rowCount()):
        item = panel.table.item(row, 0)
        if item is not None and item.data(256) == indicator:  # Qt.UserRole
            panel.table.selectRow(row)
            return
    raise AssertionError(f"no criterion row for {indicator}")


def _finite(values) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    return arr[np.isfinite(arr)]


def test_views_follow_a_level_change(window, qtbot) -> None:
    win, panel = window, window.criteria_panel
    pipeline.clear_cache()  # a real load, long enough to look at the busy state
    _select(panel, INDICATOR)
    assert panel.constraint_editor.constraints(), "the preset's criterion has a constraint"
    n_before = len(win.session.matrix)
    assert len(panel.chart.data) == len(_finite(win.session.matrix[INDICATOR]))
    result_before = win.session.result

    win.project.set_level("emd")
    assert win.wait_ready(180)
    assert win.session.result is not result_before
    matrix = win.session.matrix
    assert len(matrix) > 3000 > n_before
    _select(panel, INDICATOR)
    emd_values = matrix[INDICATOR].to_numpy(dtype=float)
    # standardisation chart: the 읍면동 values
    assert panel.detail.isEnabled()
    np.testing.assert_array_equal(np.sort(panel.chart.data), np.sort(_finite(emd_values)))
    # constraint editor: its range and live exclusion count are those of the 읍면동 data
    editor = panel.constraint_editor
    lo, hi = _finite(emd_values).min(), _finite(emd_values).max()
    from smartzone.app.gui.widgets.constraint_editor import format_number

    assert format_number(float(lo)) in editor.range_label.text()
    assert format_number(float(hi)) in editor.range_label.text()
    editor.table.selectRow(0)
    con = editor.constraints()[0]
    assert editor.excluded_count(0) == excluded_count(emd_values, con)
    # results and map: the 읍면동 districts
    assert win.results_panel.isEnabled() and not win.canvas.busy_text
    assert len(win.session.result.score) == len(matrix)
    assert win.results_panel.model.rowCount() == len(matrix)
    assert len(win.canvas.geometry_) == len(matrix)


def test_a_constraint_edit_after_the_change_counts_the_new_districts(window, qtbot) -> None:
    win, panel = window, window.criteria_panel
    win.project.set_level("emd")
    assert win.wait_ready(180)
    c = win.project.scenario.criterion(INDICATOR)
    from dataclasses import replace

    win.project.set_criterion(INDICATOR, replace(c, constraints=(Constraint("<", 5000.0, "small"),)))
    _select(panel, INDICATOR)
    panel.constraint_editor.table.selectRow(0)
    values = win.session.matrix[INDICATOR].to_numpy(dtype=float)
    n = panel.constraint_editor.excluded_count(0)
    assert n == excluded_count(values, Constraint("<", 5000.0)) and n > 100


def test_a_cancelled_level_change_restores_the_previous_state(window, qtbot) -> None:
    win = window
    pipeline.clear_cache()
    project, session = win.project, win.session
    scenarios = [sc.to_dict() for sc in project.scenarios.values()]
    layers, active = project.layers, project.active
    score = session.result.score.copy()
    labels = dict(session.indicator_labels())
    undo_text, undo_index = project.undo_stack.undo_text, project.undo_stack.index

    canceled: list[bool] = []
    session.canceled.connect(lambda: canceled.append(True))
    project.set_level("emd")
    assert session.cancel()
    qtbot.waitUntil(lambda: bool(canceled), timeout=60_000)

    assert project.level == "sigungu" and win.level_combo.currentData() == "sigungu"
    assert [sc.to_dict() for sc in project.scenarios.values()] == scenarios
    assert project.layers == layers and project.active == active
    assert project.can_redo  # the change was undone, not lost: Redo applies it again
    assert project.undo_stack.undo_text == undo_text and project.undo_stack.index == undo_index
    assert project.undo_stack.redo_text.startswith("Change level")
    assert session.result is not None
    np.testing.assert_array_equal(session.result.score.reindex(score.index).to_numpy(), score.to_numpy())
    assert len(session.matrix) == len(score)
    assert session.indicator_labels() == labels
    assert win.results_panel.isEnabled() and win.canvas.isEnabled()
    assert win.results_panel.model.rowCount() == len(score)


def test_views_are_busy_while_a_level_change_loads(window, qtbot) -> None:
    """Nothing of the 시군구 data is shown beside the 읍면동 criteria, nothing is re-scored."""
    win, panel = window, window.criteria_panel
    pipeline.clear_cache()  # a real load, long enough to look at the busy state
    _select(panel, INDICATOR)
    result_before = win.session.result
    states: list[bool] = []
    win.session.busy_changed.connect(states.append)

    win.project.set_level("emd")
    assert win.session.busy and states == [True]
    assert not panel.detail.isEnabled() and len(panel.chart.data) == 0
    assert not win.results_panel.isEnabled()
    assert win.canvas.busy_text and not win.canvas.isEnabled()
    assert win.session.result is result_before  # the 읍면동 criteria were not scored on 시군구 data
    win.project.set_weight(INDICATOR, 0.9)  # an edit while loading does not score mixed data either
    assert win.session.result is result_before

    assert win.wait_ready(180)
    assert states == [True, False] and not win.session.busy
    assert panel.detail.isEnabled() and win.results_panel.isEnabled() and not win.canvas.busy_text
    assert len(win.session.result.score) == len(win.session.matrix) > 3000
