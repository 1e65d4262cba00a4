"""Scenario manager: new (preset or empty), duplicate, rename, delete, activate; typed weights."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

pytestmark = pytest.mark.gui


@pytest.fixture
def manager(qtbot):
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.scenario_manager import ScenarioManager

    project = Project.demo(level="sigungu")
    dlg = ScenarioManager(project)
    qtbot.addWidget(dlg)
    return dlg


def test_new_duplicate_rename_delete_and_undo(manager) -> None:
    p = manager.project
    assert p.scenario_names == ["industry-hub", "shrinking-city"]
    texts = [manager.list.item(i).text() for i in range(manager.list.count())]
    assert all("industry-hub" not in t and "shrinking-city" not in t for t in texts)  # names, not preset ids
    assert manager.new_scenario("수도권 검토", "industry-hub")
    assert p.active == "수도권 검토" and len(p.scenario.criteria) > 3
    assert manager.selected() == "수도권 검토"
    assert manager.duplicate()
    copy = p.active
    assert copy != "수도권 검토" and p.scenario.criteria == p.get_scenario("수도권 검토").criteria
    assert manager.rename("수도권 검토 (가중치 변경)")
    assert "수도권 검토 (가중치 변경)" in p.scenario_names and copy not in p.scenario_names
    assert not manager.rename("industry-hub")  # taken: refused with a message, nothing changed
    assert "already exists" in manager.message.text()
    assert manager.new_scenario("빈 시나리오")
    assert p.scenario.criteria == ()
    manager.select("industry-hub")
    assert manager.delete() and "industry-hub" not in p.scenario_names
    assert manager.list.count() == len(p.scenario_names)
    p.undo()
    assert "industry-hub" in p.scenario_names
    manager.select("industry-hub")
    assert manager.activate() and p.active == "industry-hub"


def test_last_scenario_cannot_be_deleted(manager) -> None:
    p = manager.project
    manager.select("shrinking-city")
    assert manager.delete()
    manager.select("industry-hub")
    assert not manager.delete() and p.scenario_names == ["industry-hub"]
    assert not manager.delete_button.isEnabled()


def test_typed_weight_sets_the_share(window) -> None:
    panel = window.criteria_panel
    sc = window.project.scenario
    ind = sc.criteria[0].indicator
    box = panel.share_box(ind)
    box.setValue(12.5)
    sc = window.project.scenario
    total = sum(c.weight for c in sc.criteria)
    assert sc.criterion(ind).weight / total == pytest.approx(0.125, abs=1e-9)
    assert panel.slider(ind).value() in (12, 13)
    dlg = panel.open_scenario_manager()
    assert dlg.list.count() == len(window.project.scenario_names)
    dlg.close()


def test_derived_weights_and_one_at_a_time_from_the_app(window, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from smartzone.scoring.weights import rank_weights

    shown = []  # a message box would block the test: record instead
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a))

    panel = window.criteria_panel
    assert panel.derive_weights("roc")
    sc = window.project.scenario
    total = sum(c.weight for c in sc.criteria)
    want = rank_weights(list(range(1, len(sc.criteria) + 1)), method="roc")
    assert [c.weight / total for c in sc.criteria] == pytest.approx(list(want), abs=1e-9)
    assert panel.derive_weights("entropy"), shown  # growth rates are negative: standardised values
    ent = window.project.scenario
    assert [c.weight for c in ent.criteria] != [c.weight for c in sc.criteria]
    window.project.undo()  # one undo step per derived set
    assert [c.weight for c in window.project.scenario.criteria] == [c.weight for c in sc.criteria]
    # the Weights-from menu's entry does the same as the call (its action carries the method)
    rank_sum = rank_weights(list(range(1, len(sc.criteria) + 1)), method="rank_sum")
    actions = panel.derive_menu.actions()
    assert len(actions) == 5
    actions[3].trigger()  # "Rank sum (list order = importance)"
    menu_sc = window.project.scenario
    menu_total = sum(c.weight for c in menu_sc.criteria)
    assert [c.weight / menu_total for c in menu_sc.criteria] == pytest.approx(list(rank_sum), abs=1e-9)
    window.project.undo()
    view = window.results_panel.sensitivity
    view.run_one_at_a_time()
    qtbot.waitUntil(lambda: bool(view.oat_rows), timeout=60_000)
    assert len(view.oat_rows) == len(sc.criteria)
    assert all(r.stable_low <= r.weight + 0.05 and r.stable_high >= r.weight - 0.05 for r in view.oat_rows)
    assert "top 10" in view.status.text()


def test_cli_rank_order_weights_and_one_at_a_time(capsys) -> None:
    from smartzone.app.cli import main

    code = main(["score", "--preset", "shrinking-city", "--level", "sigungu", "--weights", "roc",
                 "--oat", "6", "--top", "5", "-q"])
    out = capsys.readouterr().out
    assert code == 0
    assert "roc weights (criteria order)" in out
    assert "one-at-a-time sensitivity (6 steps per weight" in out
    assert out.count("top 5 unchanged from") == 8


def test_results_table_elides_names_from_the_left(window) -> None:
    """읍면동 names must not be cut at the 동: the 시도 prefix goes first."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from smartzone.app.gui.widgets.results_panel import ResultsModel

    view = window.results_panel.view
    delegate = view.itemDelegateForColumn(ResultsModel.NAME)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, view.model().index(0, ResultsModel.NAME))
    assert option.textElideMode == Qt.TextElideMode.ElideLeft
