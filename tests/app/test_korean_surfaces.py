"""Surfaces that were English or raw ids in the Korean UI (issue 14 §3): each switched to Korean
and checked for English words."""
from __future__ import annotations

import re

import pytest

# English words of three letters or more, once the allowed tokens (file formats, CRS, products) are gone.
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_ALLOWED = re.compile(r"MODIS|EPSG|GeoPackage|GPKG|ESRI|Shapefile|GTiff|GeoTIFF|CSV|UTF|KGD\w*|GRS\w*|TM\b|"
                      r"[\w./\\-]+\.(?:gpkg|csv|tif|shp|parquet)|/[\w./+-]+|[a-z]+_[a-z0-9_]+")


def _english(text: str) -> list[str]:
    return _ENGLISH.findall(_ALLOWED.sub("", text))


@pytest.fixture
def korean(window):
    from smartzone.app.drawing import i18n

    assert i18n.install_translator("ko")
    yield window
    i18n.install_translator("en")


def test_demo_layer_names_are_korean_in_the_korean_ui(korean) -> None:
    lp = korean.layers_panel
    lp.list.clear()  # rebuilt with the Korean translator
    lp.refresh()
    names = [lp.list.item(i).text() for i in range(lp.list.count())]
    assert any("시군구 지표" in n for n in names) and any("시군구 경계 2020" in n for n in names), names
    assert not [n for n in names if _english(n)], names
    assert "(indicators)" not in lp.properties_text("indicators")


def test_demo_layer_names_have_no_korean_in_english(window) -> None:
    """The English UI names the level in English ("Municipalities (si/gun/gu) indicators"), not "시군구"."""
    lp = window.layers_panel
    names = [lp.list.item(i).text() for i in range(lp.list.count())]
    assert any("Land cover MODIS 2019" in n for n in names), names
    assert any("Municipalities (si/gun/gu)" in n for n in names), names
    assert not [n for n in names if re.search("[\uac00-\ud7a3]", n)], names


def test_the_demo_title_is_in_the_ui_language(window) -> None:
    """The window title showed the demo's stored title "SmartZone 데모 (demo)" in the English UI."""
    from smartzone.app.drawing import i18n

    window._update_title()
    assert window.windowTitle().startswith("SmartZone demo"), window.windowTitle()
    assert not re.search("[\uac00-\ud7a3]", window.windowTitle())
    assert i18n.install_translator("ko")
    try:
        window._update_title()
        assert window.windowTitle().startswith("SmartZone 데모"), window.windowTitle()
        assert "(demo)" not in window.windowTitle()
    finally:
        i18n.install_translator("en")
        window._update_title()


def _noted_result():
    """A real weighted-product result on a small table whose notes cover every kind but all_excluded."""
    import numpy as np
    import pandas as pd

    from smartzone.scoring import Criterion, get_scorer

    frame = pd.DataFrame({"pop_2020": [1.0, 2.0, np.inf, 4.0, 5.0], "wlc_flat": [3.0] * 5,
                          "aging": [0.1, np.nan, 0.3, 0.2, 0.5]},
                         index=pd.Index(["11010", "11020", "11030", "11040", "11050"], name="code"))
    crit = [Criterion("pop_2020"), Criterion("wlc_flat"), Criterion("aging", missing="median")]
    return get_scorer("wpm").score(frame, crit)


def test_engine_notes_carry_a_kind_and_parameters_and_keep_the_english_text() -> None:
    import copy
    import json

    result = _noted_result()
    notes = [*result.diagnostics["notes"], *result.diagnostics["warnings"]]
    kinds = {n.kind for n in notes}
    assert {"infinite_values", "filled", "constant", "zero_product"} <= kinds, kinds
    inf = next(n for n in notes if n.kind == "infinite_values")
    assert inf.params == {"indicator": "pop_2020", "count": 1}
    assert inf == "pop_2020: 1 infinite value(s) treated as missing"  # the CLI's English words, unchanged
    assert json.loads(json.dumps(notes)) == [str(n) for n in notes]
    again = copy.deepcopy(inf)
    assert again.kind == "infinite_values" and again.params == inf.params


def test_engine_notes_are_korean_in_the_korean_results_summary(korean) -> None:
    from smartzone.scoring.notes import Note

    result = _noted_result()
    panel = korean.results_panel
    texts = panel.result_notes(result)
    texts.append(panel.note_text(Note("all_excluded", "every district is excluded")))
    assert len(texts) >= 5, texts
    assert any("무한대 값 1개" in t for t in texts) and any("중앙값" in t for t in texts), texts
    assert any("가중곱" in t for t in texts) and any("순위를 바꿀 수 없습니다" in t for t in texts), texts
    for text in texts:
        # the indicators' ids may remain (no labels for this table); no English sentence does
        words = _english(text.replace("wlc_flat", "").replace("pop_2020", "").replace("aging", ""))
        assert not words, (text, words)


@pytest.mark.parametrize("layer_id", ["districts", "indicators", "landcover"])
def test_layer_properties_are_korean_in_the_korean_ui(korean, layer_id) -> None:
    text = korean.layers_panel.properties_text(layer_id)
    assert "좌표계" in text or "행:" in text, text
    fields = next((line for line in text.splitlines() if line.startswith("필드")), "")
    assert bool(fields) == (layer_id != "landcover"), text  # the file's own column names, as they are
    rest = text.replace(fields, "") if fields else text
    # what the file itself names stays as it is (the official CRS name, its layers, key columns,
    # the encoding); no other English word
    rest = re.sub(r"\(Korea 2000 / Unified CS\)|지역 코드 / 이름: \w+ / \w+|코드 열: \w+|이름 열: \w+|"
                  r"레이어: [\w, ]+|utf-8", "", rest)
    assert not _english(rest), (_english(rest), text)


@pytest.fixture
def korean_window(qtbot, monkeypatch):
    """The main window built with the Korean UI (widgets take their texts when they are made)."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow

    monkeypatch.setenv("SMARTZONE_LANG", "ko")
    make_app()
    assert i18n.install_translator("ko")
    win = MainWindow(Project.demo(level="sigungu"))
    win.resize(1400, 900)
    win.show()
    try:
        assert win.wait_ready(120), win.open_error
        yield win
    finally:
        win.project.mark_clean()
        win.close()
        win.deleteLater()
        i18n.install_translator("en")


def test_sensitivity_chart_and_its_controls_are_korean_in_the_korean_ui(korean_window, qtbot, monkeypatch) -> None:
    """The Monte-Carlo view's bar and rank-interval (error bar) legends, controls and status."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from smartzone.app.gui.widgets import sensitivity_view

    drawn: list[str] = []

    class Recording(QPainter):
        def drawText(self, *args):  # noqa: N802
            drawn.extend(a for a in args if isinstance(a, str))
            return super().drawText(*args)

    monkeypatch.setattr(sensitivity_view, "QPainter", Recording)
    view = korean_window.results_panel.sensitivity
    view.runs.setValue(100)
    view.run()
    qtbot.waitUntil(lambda: view.worker is None, timeout=60000)
    view.chart.resize(500, 400)
    view.chart.grab()
    assert "상위 10 확률" in drawn and "순위 5–95 %" in drawn, drawn
    shown = [w.text() for w in view.findChildren(QLabel) + view.findChildren(QAbstractButton)]
    shown += [w.toolTip() for w in view.findChildren(QAbstractButton)] + [view.status.text()]
    assert any("가중치" in t for t in shown), shown
    english = [t for t in drawn + shown if _english(t)]
    assert not english, english


def test_colour_ramps_are_named_in_the_korean_ui(korean_window) -> None:
    """The style toolbar listed the ramps by their ids (viridis, YlGnBu, PuOr ...)."""
    from smartzone.app.core.classify import RAMPS

    combo = korean_window.ramp_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert [combo.itemData(i) for i in range(combo.count())] == list(RAMPS)
    assert texts[2:] == ["노랑→초록→파랑", "노랑→주황→빨강", "갈색↔보라, 양방향"], texts
    assert all(text != ramp for text, ramp in zip(texts, RAMPS, strict=True))
    assert not combo.itemIcon(0).isNull()  # a swatch of the colours
    assert combo.toolTip() == "지도와 범례의 색상 램프"


def test_colour_ramps_have_english_names_in_the_english_ui(window) -> None:
    texts = [window.ramp_combo.itemText(i) for i in range(window.ramp_combo.count())]
    assert texts[0] == "Purple to yellow (viridis)" and "Yellow, green, blue" in texts, texts


@pytest.mark.gui
def test_emd_names_keep_their_dong_beside_the_exclusion_reasons(qtbot) -> None:
    """At 읍면동 level with excluded districts the reasons' column took 140 px and the names wrapped:
    the table showed "… …" or "경기도 안양시 ..." instead of the 동. The names are elided on the left,
    unwrapped, and the reasons' column gives way to them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow
    from smartzone.app.gui.widgets.results_panel import ResultsModel

    make_app()
    assert i18n.install_translator("ko")
    win = MainWindow(Project.demo(level="emd"))
    try:
        win.resize(1600, 1000)
        win.show()
        assert win.wait_ready(180), win.open_error
        for _ in range(10):
            QApplication.processEvents()
        panel = win.results_panel
        assert panel.session.result.excluded  # the reasons' column is in use
        view = panel.view
        assert not view.wordWrap()
        width = view.columnWidth(ResultsModel.NAME)
        index = panel.proxy.index(0, ResultsModel.NAME)
        name = str(index.data())
        shown = view.fontMetrics().elidedText(name, Qt.TextElideMode.ElideLeft, width - 12)
        assert shown.endswith(name.split()[-1]), (shown, name, width)  # the 동 stays readable
        assert view.columnWidth(ResultsModel.NOTE) <= 140
    finally:
        win.project.mark_clean()
        win.close()
        win.deleteLater()
        i18n.install_translator("en")
