"""Issue 10: model events hold observers weakly and say what changed; the map follows the
project's CRS and saved view (a second project in EPSG:5186 must not leave the canvas in 5179)."""
from __future__ import annotations

import gc

import pytest

from smartzone.app.core.model.events import Event
from smartzone.app.core.model.project import Project


class _Observer:
    def __init__(self) -> None:
        self.calls: list[object] = []

    def seen(self, info) -> None:
        self.calls.append(info)


def test_observers_are_held_weakly() -> None:
    project = Project.demo(level="sigungu")
    obs = _Observer()
    ev = project.events.criteria_changed
    ev.connect(obs.seen)
    project.set_weight("ict_share", 0.5)
    assert len(obs.calls) == 1
    del obs
    gc.collect()
    assert not any(getattr(cb, "__self__", None).__class__ is _Observer for cb in ev.callbacks)
    project.set_weight("ict_share", 0.6)  # nothing dangling is called


def test_plain_functions_stay_connected() -> None:
    ev, seen = Event("x"), []
    ev.connect(lambda info: seen.append(info.value))
    gc.collect()
    ev.emit(value=3)
    assert seen == [3]


@pytest.mark.gui
def test_a_deleted_widget_is_dropped_without_disconnecting(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    class Panel(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.n = 0

        def refresh(self, info) -> None:
            self.n += 1

    project = Project.demo(level="sigungu")
    holder = QWidget()
    panel = Panel()
    panel.setParent(holder)
    project.events.criteria_changed.connect(panel.refresh)
    project.set_weight("ict_share", 0.5)
    assert panel.n == 1
    keep = panel  # a Python reference outlives the C++ widget (as in a closed dock)
    panel.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert project.events.criteria_changed.callbacks == ()
    project.set_weight("ict_share", 0.6)  # no "Internal C++ object already deleted"
    del keep


def test_payload_says_what_changed() -> None:
    from dataclasses import replace

    project = Project.demo(level="sigungu")
    infos: list = []
    project.events.criteria_changed.connect(infos.append)
    project.set_weight("ict_share", 0.7)
    assert infos[-1].what == ("weights",) and infos[-1].indicator == "ict_share"
    c = project.scenario.criterion("ict_share")
    project.set_criterion("ict_share", replace(c, direction="cost"))
    assert infos[-1].what == ("criteria",)
    project.set_method("topsis")
    assert "method" in infos[-1].what
    crs: list = []
    project.events.crs_changed.connect(crs.append)
    project.set_crs("EPSG:5186")
    assert crs[-1].crs == "EPSG:5186"


@pytest.mark.gui
def test_the_map_follows_the_project_crs_and_view(window, qtbot) -> None:
    win = window
    assert win.canvas.crs == "EPSG:5179"
    demo = Project.demo(level="sigungu")
    second = Project(level="sigungu", layers=demo.layers, scenarios=list(demo.scenarios.values()),
                     active=demo.active, crs="EPSG:5186", title="second")
    win.set_project(second)
    assert win.wait_ready(180)
    assert win.canvas.crs == "EPSG:5186"
    xmin, ymin, xmax, ymax = win.canvas.geometry_.bounds
    assert xmax < 700_000 and ymin > -100_000  # Central Belt 2010 numbers, not UTM-K (x ~ 1,000,000)
    vx0, vy0, vx1, vy1 = win.canvas.view_bounds()
    assert vx0 <= xmin + 1 and vx1 >= xmax - 1  # the view shows these districts

    # a view set on the project moves the map; a pan on the map is stored in the project
    w, h = xmax - xmin, ymax - ymin
    part = (xmin + w * 0.4, ymin + h * 0.6, xmin + w * 0.6, ymin + h * 0.8)
    second.set_view_extent(part)
    assert win._view_matches(part)
    win.canvas.zoom_by(2.0)
    qtbot.waitUntil(lambda: second.view_extent is not None and not _close(second.view_extent, part),
                    timeout=5_000)
    assert _close(second.view_extent, win.canvas.view_bounds())

    # changing the project CRS re-reads the districts in it
    second.set_crs("EPSG:5179")
    assert win.canvas.crs == "EPSG:5179"
    assert win.wait_ready(180)
    qtbot.waitUntil(lambda: not win.session.busy, timeout=60_000)
    assert win.canvas.geometry_.bounds[2] > 800_000


def _close(a, b) -> bool:
    return all(abs(x - y) < 1.0 for x, y in zip(a, b, strict=True))


@pytest.mark.gui
def test_real_views_deleted_without_close_are_neither_called_nor_crash(qtbot, monkeypatch) -> None:
    """The compare view, the layers panel and the criteria panel keep no destroyed-hook, no
    ``shiboken6.isValid`` guard and no disconnect for deletion: the weak events drop them."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from smartzone.app.core.model.events import Event as _Event
    from smartzone.app.gui.widgets.compare_view import CompareView
    from smartzone.app.gui.widgets.criteria_panel import CriteriaPanel
    from smartzone.app.gui.widgets.layers_panel import LayersPanel
    from smartzone.app.gui.widgets.session import AppSession

    monkeypatch.setattr(_Event, "raise_errors", True)  # a call into a deleted widget would raise here
    calls: list[str] = []
    for cls, name in ((CompareView, "_project_changed"), (LayersPanel, "refresh"), (CriteriaPanel, "refresh")):
        original = getattr(cls, name)

        def counted(self, *args, _original=original, _cls=cls.__name__, **kwargs):
            calls.append(_cls)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, counted)
    project = Project.demo(level="sigungu")
    holder = QWidget()
    views = [CompareView(project, a="industry-hub", b="shrinking-city"), LayersPanel(project),
             CriteriaPanel(project, AppSession(project))]
    for v in views:
        v.setParent(holder)
    project.set_weight("ict_share", 0.5)
    assert {"CompareView", "CriteriaPanel"} <= set(calls)
    events = (project.events.criteria_changed, project.events.scenario_changed, project.events.layers_changed,
              project.events.level_changed)
    assert any(cb.__self__ in views for ev in events for cb in ev.callbacks if hasattr(cb, "__self__"))
    keep = list(views)  # Python references outlive the C++ widgets (as in a removed dock)
    holder.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    calls.clear()
    assert not any(getattr(cb, "__self__", None) in keep for ev in events for cb in ev.callbacks)
    project.set_weight("ict_share", 0.6)
    project.duplicate_scenario("industry-hub", "copy")  # scenario_changed
    project.set_crs("EPSG:5186")
    assert calls == []
    del keep


@pytest.mark.gui
def test_worker_results_for_a_deleted_widget_are_not_delivered(qtbot) -> None:
    """Worker results go to bound methods of the widget (not closures), so Qt drops them with a
    deleted widget: no ``shiboken6.isValid`` guard needed in the export dialog or compare view."""
    import threading

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from smartzone.app.gui.widgets.compare_view import CompareView
    from smartzone.app.gui.workers import run_in_thread

    gate, calls = threading.Event(), []

    class View(QWidget):
        def done(self, value) -> None:
            calls.append(value)
            self.update()  # would raise "Internal C++ object already deleted"

    view = View()
    worker = run_in_thread(lambda feedback=None: gate.wait(10) and 42, on_done=view.done)
    keep = view
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gate.set()
    assert worker.wait(10)
    qtbot.wait(100)  # queued signals delivered (or dropped)
    assert calls == []
    # The real compare view, deleted while its scoring worker runs (pytest-qt fails the test on
    # any exception raised in the Qt event loop).
    compare = CompareView(Project.demo(level="sigungu"), a="industry-hub", b="shrinking-city")
    compare.refresh()
    scoring = compare._worker
    assert scoring is not None
    compare.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert scoring.wait(120)
    qtbot.wait(100)
    del keep
