"""Issue 10: the criteria panel reacts to what the model's events say changed (``info.what``),
not to a diff of ``repr``s: a weight edit only moves the sliders, any other change refreshes
the scenario list, and rows are rebuilt only when the criteria set changes."""
from __future__ import annotations

from dataclasses import replace

import pytest

from smartzone.app.core.model.project import Project

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, monkeypatch):
    from smartzone.app.gui.widgets.criteria_panel import CriteriaPanel
    from smartzone.app.gui.widgets.session import AppSession

    project = Project.demo(level="sigungu")
    p = CriteriaPanel(project, AppSession(project))
    qtbot.addWidget(p)
    p.counts = {"top": 0, "rows": 0}
    for name, key in (("_refresh_top", "top"), ("_rebuild_rows", "rows")):
        original = getattr(p, name)

        def counted(*args, _original=original, _key=key, **kwargs):
            p.counts[_key] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(p, name, counted)
    return p


def _combo_names(panel) -> list[str]:
    combo = panel.scenario_combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_a_weight_edit_only_moves_the_sliders(panel) -> None:
    project = panel.project
    project.set_weight("ict_share", 5.0)
    assert panel.counts == {"top": 0, "rows": 0}
    total = sum(project.scenario.weights.values())
    assert panel.slider("ict_share").value() == round(5.0 / total * 100)


def test_a_change_to_another_scenario_updates_the_scenario_list(panel) -> None:
    """A scenario added or renamed without switching the active one must reach the list
    (the active scenario's ``repr`` did not change, so the old key took the weights-only path)."""
    project = panel.project
    active = project.active
    project.duplicate_scenario(active, "copy", activate=False)
    assert project.active == active
    assert "copy" in _combo_names(panel)
    project.rename_scenario("copy", "copy renamed")
    assert "copy renamed" in _combo_names(panel) and "copy" not in _combo_names(panel)
    assert panel.counts["rows"] == 0  # the active scenario's criteria did not change


def test_rows_are_rebuilt_only_when_the_criteria_set_changes(panel) -> None:
    project = panel.project
    c = project.scenario.criterion("ict_share")
    project.set_criterion("ict_share", replace(c, missing="zero"))  # what = ("criteria",), same set
    assert panel.counts == {"top": 1, "rows": 0}
    project.set_criterion("ict_share", replace(c, direction="cost"))
    assert panel.counts["rows"] == 1
    assert panel.table.cellWidget(project.scenario.index_of("ict_share"), 1).currentData() == "cost"
    project.remove_criterion("ict_share")
    assert panel.counts["rows"] == 2 and panel.table.rowCount() == len(project.scenario.criteria)
