"""Issue 11 §7: the score legend says the years of the data the score combines, as the results
header does ("Score (2019–2025)"): the live map, the exported map image and the report's map.

The expected span is derived from each preset's criteria through ``indicator_year`` (the
demo metadata), never written down here.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

pytest.importorskip("PySide6")

pytestmark = pytest.mark.gui

PRESETS = ["industry-hub", "shrinking-city"]


def _span(project, scenario: str) -> str:
    from smartzone.app.core.labels import indicator_year, year_span

    sc = project.get_scenario(scenario)
    span = year_span([indicator_year(c.indicator, project.level) for c in sc.criteria])
    assert "–" in span, span  # the demo criteria are of several years
    return span


def _pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _legend_titles(monkeypatch) -> list[str]:
    """Titles of the legends the drawing code draws (the shared ``render.draw_legend``)."""
    from smartzone.app.drawing import render

    titles: list[str] = []
    real = render.draw_legend

    def spy(painter, view, title, *args, **kwargs):
        titles.append(title)
        return real(painter, view, title, *args, **kwargs)

    monkeypatch.setattr(render, "draw_legend", spy)
    return titles


@pytest.mark.parametrize("preset", PRESETS)
def test_live_map_legend_and_exported_image_show_the_years_of_the_data(window, qtbot, monkeypatch, preset):
    from PySide6.QtCore import QSize

    window.project.set_active(preset)
    span = _span(window.project, preset)
    canvas = window.canvas
    qtbot.waitUntil(lambda: span in canvas.legend_title, timeout=60000)
    assert window.results_panel.model.data_years == span  # the same fact as the results header
    titles = _legend_titles(monkeypatch)
    canvas.grab()  # the canvas on screen
    img = canvas.render_image(QSize(1600, 1200))  # "Export map image"
    assert not img.isNull()
    assert titles and all(span in t for t in titles[:1]), titles
    assert any(t == canvas.legend_title for t in titles), titles


@pytest.mark.parametrize("preset", PRESETS)
def test_report_map_legend_shows_the_years_of_the_data(qapp, tmp_path, monkeypatch, preset):
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.drawing.report import build_run_report

    run = run_scenario(Project.demo(level="sigungu", preset=preset), preset)
    span = _span(run.project, preset)
    frame = run.frame()
    titles = _legend_titles(monkeypatch)
    ko = _pdftotext(build_run_report(run, frame, tmp_path / "ko.pdf", language="ko"))
    assert f"점수 ({span})" in titles, titles  # the legend drawn on the map image
    assert f"범례: 점수 ({span})" in ko
    en = _pdftotext(build_run_report(run, frame, tmp_path / "en.pdf", language="en",
                                     map_image=None))
    assert f"Score ({span})" in titles, titles
    assert f"Legend: Score ({span})" in en
