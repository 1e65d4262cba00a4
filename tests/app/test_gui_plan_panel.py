"""The Plan panel on the demo: run in the background, badge, map, chart, undo, project file."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytestmark = [pytest.mark.gui, pytest.mark.slow]


@pytest.fixture
def panel(qtbot):
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.plan_panel import PlanPanel
    from smartzone.app.gui.widgets.session import AppSession

    session = AppSession(Project.demo(level="sigungu", preset="shrinking-city"))
    assert session.wait_loaded(120)
    qtbot.waitUntil(lambda: session.result is not None, timeout=60_000)
    widget = PlanPanel(session)
    qtbot.addWidget(widget)
    return widget


def _run(qtbot, panel) -> None:
    worker = panel.run_plan()
    assert worker is not None
    qtbot.waitUntil(lambda: panel.worker is None, timeout=120_000)


def test_plan_runs_and_shows_compliance(qtbot, panel) -> None:
    panel.budget.setValue(30)
    panel._rules_edited()
    _run(qtbot, panel)
    result = panel.result
    assert result.status == "optimal" and result.compliant
    assert result.total_cost <= 30 + 1e-9
    assert "PASS" in panel.badge.text()
    assert "35 % floor" in panel.summary.text()
    assert panel.map.values is not None and np.nansum(panel.map.values) == pytest.approx(result.total_cost)
    green = panel.chart.shares.get("climate", 0) + panel.chart.shares.get("digital_inclusion", 0)
    assert green >= 0.35 - 1e-9 and panel.chart.floor == pytest.approx(0.35)


def test_infeasible_rules_show_the_conflict(qtbot, panel) -> None:
    panel.budget.setValue(10)
    panel.min_spend.setValue(10)
    panel.max_districts.setValue(1)
    panel.floor.setValue(95)
    panel._rules_edited()
    panel.project.set_plan({**panel.settings(), "rules": {**panel.settings()["rules"],
                                                          "floors": ["governance=0.95"]}})
    _run(qtbot, panel)
    assert panel.result.status == "infeasible"
    assert "NO PLAN" in panel.badge.text()
    assert "the maximum of 1 districts funded" in panel.summary.text()


def test_rule_edits_undo_and_catalogue_edits_are_checked(qtbot, panel) -> None:
    project = panel.project
    panel.budget.setValue(42)
    panel._rules_edited()
    assert project.plan["rules"]["budget"] == 42
    panel.undo_button.click()
    assert project.plan.get("rules", {}).get("budget", 80.0) == 80.0
    assert panel.budget.value() == 80.0
    # a negative cost is refused with a message and the table shows the old value again
    item = panel.table.item(0, 3)
    old = item.text()
    item.setText("-2")
    assert "more than 0" in panel.summary.text()
    assert panel.table.item(0, 3).text() == old
    # a valid edit is stored in the project (and undoable)
    panel.table.item(0, 3).setText("2.5")
    assert project.plan["catalogue"][0]["cost"] == 2.5
    project.undo_stack.undo()
    assert panel.table.item(0, 3).text() == old


def test_plan_section_is_saved_and_unknown_keys_kept(tmp_path: Path, panel) -> None:
    from smartzone.app.core.model.projectfile import load_project, save_project

    project = panel.project
    panel.budget.setValue(55)
    panel._rules_edited()
    path = tmp_path / "p.smartzone.json"
    save_project(project, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["plan"]["rules"]["budget"] == 55
    data["plan"]["future_key"] = {"kept": True}
    data["unknown_top"] = 1
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    again = load_project(path)
    assert again.plan["rules"]["budget"] == 55 and again.plan["future_key"] == {"kept": True}
    save_project(again, path)
    data = json.loads(path.read_text("utf-8"))
    assert data["unknown_top"] == 1 and data["plan"]["future_key"] == {"kept": True}
    assert not again.undo_stack.can_undo  # loading is not an edit


def test_robustness_map_shows_how_often_districts_are_chosen(qtbot, panel) -> None:
    panel.budget.setValue(20)
    panel._rules_edited()
    panel.runs.setValue(5)
    _run(qtbot, panel)
    robust = panel.robustness
    assert robust is not None and robust.n_runs == 5
    panel.map_mode.setCurrentIndex(1)
    shown = panel.map.values[np.isfinite(panel.map.values)]
    assert shown.size and shown.max() <= 100 and shown.min() > 0
    assert np.nanmax(panel.map.values) == pytest.approx(robust.district_frequency().max() * 100)
    panel.map_mode.setCurrentIndex(0)
    assert np.nansum(panel.map.values) == pytest.approx(panel.result.total_cost)


def test_the_summary_is_shown_whole_where_there_is_room(qtbot, panel) -> None:
    """The summary scrolls in its own box (its lines squeezed the form's spin boxes); where the
    panel has room the box shows every line, the catalogue gives way first."""
    panel.resize(560, 1000)
    panel.show()
    _run(qtbot, panel)
    qtbot.wait(50)
    label, box = panel.summary, panel.summary_box
    assert label.text().count("\n") >= 3
    assert box.viewport().height() + 2 >= label.heightForWidth(box.viewport().width()), \
        (box.viewport().height(), label.heightForWidth(box.viewport().width()))
    for spin in (panel.budget, panel.floor, panel.runs):
        assert spin.height() >= spin.minimumSizeHint().height()


def test_pdf_export_carries_the_plan_of_its_scenario(qtbot, panel, tmp_path: Path) -> None:
    """The app's PDF export had no plan: a planner who planned in the app got the report without
    its compliance statement and spend map (only `smartzone plan --report` wrote them). The export
    of the planned scenario adds the plan's section; another scenario's report does not."""
    from pypdf import PdfReader

    from smartzone.app.gui.widgets.export_dialog import ExportDialog

    _run(qtbot, panel)
    project = panel.project
    planned = project.active
    assert panel.plan_for_report(planned) is not None
    other = next(n for n in project.scenario_names if n != planned)
    assert panel.plan_for_report(other) is None
    dlg = ExportDialog(project, scenario=planned, out_dir=tmp_path, plan=panel.plan_for_report)
    qtbot.addWidget(dlg)
    dlg.set_format("pdf")
    assert dlg.job().plan is not None
    assert dlg.start_export() and dlg.wait_done(120), dlg.last_error
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(dlg.last_report)).pages).split())
    assert "Deployment plan: smart solutions" in text, text[-600:]
    dlg.set_format("csv")
    assert dlg.job().plan is None  # only the PDF report carries it
