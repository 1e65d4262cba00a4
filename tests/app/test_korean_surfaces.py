"""Surfaces that were English or raw ids in the Korean UI (issue 14 §3): each switched to Korean
and checked for English words."""
from __future__ import annotations

import re

import pytest

# English words of three letters or more, once the allowed tokens (file formats, CRS, products) are gone.
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
_ALLOWED = re.compile(r"λmax|MODIS|EPSG|GeoPackage|GPKG|ESRI|Shapefile|GTiff|GeoTIFF|CSV|UTF|KGD\w*|GRS\w*|TM\b|"
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


# ------------------------------------------------------------------ walk of the analysis dialogs
# Every visible text of each dialog, in each UI language (issue 14 §3): no Korean in the English UI
# but district names; in the Korean UI no raw id and no English source text left untranslated; no
# text clipped by its widget.

_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")
# Names that stay English in the Korean UI: file formats, CRS and datum names, statistics named
# after people, products; acronyms (WLC, LISA, FDR ...) are allowed by _english's caller.
_KO_KEEP = re.compile(r"\((?:Korea 2000|Korean 1985) / [^)]*\)|Inverse of Korean 1985 to KGD2002 \(\d\)|"
                      r"Moran's I|Spearman|Kendall|Jaccard|Fisher-Jenks|TerrSet|viridis|cividis|SmartZone|"
                      r"Korea 2000|Korean 1985|Bessel|datum|Windows|ArcGIS|GeoTIFF|GeoJSON|GeoPackage|zip|"
                      r"\*?\.\w{3,7}\b|\[[^\]]*\]|[\w.-]+\.gpkg")
# Shown on purpose as ids: the column prefix's example and the class-fraction column names.
_ID_OK = {"lc"}


def _visible_texts(root) -> list[tuple[str, str]]:
    """(kind, text) of what ``root`` shows: window title, labels, buttons, check boxes, group
    titles, tabs, combo items, list items, table and tree headers, placeholders, tooltips."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QListWidget,
        QTabWidget,
        QWidget,
    )

    found = [("title", root.windowTitle())]
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel):
            found.append(("label", w.text()))
        elif isinstance(w, QAbstractButton):
            found.append(("button", w.text()))
        elif isinstance(w, QGroupBox):
            found.append(("group", w.title()))
        elif isinstance(w, QTabWidget):
            found += [("tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            found += [("combo", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            found += [("item", w.item(i).text()) for i in range(w.count())]
            found += [("tooltip", w.item(i).toolTip()) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            found.append(("placeholder", w.placeholderText()))
        elif isinstance(w, QHeaderView) and w.model() is not None:
            found += [("header", str(w.model().headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole) or ""))
                      for i in range(w.count()) if w.orientation() == Qt.Orientation.Horizontal]
        if w.toolTip():
            found.append(("tooltip", w.toolTip()))
    return [(k, re.sub(r"<[^>]+>|&nbsp;", " ", t).replace("&lt;", "<").replace("&gt;", ">").replace("&", ""))
            for k, t in found if t]


def _clipped(root) -> list[str]:
    """Texts their widget cuts: one-line labels and buttons narrower than their text, a combo's
    current text wider than its field, wrapped labels lower than their lines, inputs squeezed."""
    from PySide6.QtWidgets import (
        QAbstractSpinBox,
        QComboBox,
        QLabel,
        QPushButton,
        QStyle,
        QStyleOptionComboBox,
        QWidget,
    )

    bad = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.width() <= 1:
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.textFormat() != 1 and "<" not in w.text():
            lines = w.text().replace("&", "").split("\n")  # "&N": a mnemonic, not drawn
            if w.wordWrap():
                if w.height() + 2 < w.heightForWidth(w.width()):
                    bad.append(f"label cut below ({w.height()} < {w.heightForWidth(w.width())} px): {w.text()!r}")
            elif w.width() + 1 < max(fm.horizontalAdvance(line) for line in lines) + 2 * w.margin():
                bad.append(f"label {w.width()} px: {w.text()!r}")
        elif isinstance(w, QPushButton) and w.text():
            if w.width() < fm.horizontalAdvance(w.text().replace("&", "")) + 8:
                bad.append(f"button {w.width()} px: {w.text()!r}")
        elif isinstance(w, QComboBox) and w.currentText():
            opt = QStyleOptionComboBox()
            w.initStyleOption(opt)
            field = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                             QStyle.SubControl.SC_ComboBoxEditField, w)
            icon = w.iconSize().width() + 4 if not w.itemIcon(w.currentIndex()).isNull() else 0
            if field.width() - icon + 2 < fm.horizontalAdvance(w.currentText()):
                bad.append(f"combo {field.width()} px: {w.currentText()!r}")
        if isinstance(w, (QAbstractSpinBox, QComboBox)) and w.height() + 1 < w.minimumSizeHint().height():
            bad.append(f"{type(w).__name__} squeezed to {w.height()} px")
    return bad


def _district_words(window) -> set[str]:
    import pyogrio

    from smartzone.app.core.map_context import SIDO_SHORT
    from smartzone.resources import demo_data

    words = set(SIDO_SHORT) | set(SIDO_SHORT.values())
    for layer in ("sigungu", "emd"):
        names = pyogrio.read_dataframe(demo_data.districts_path(), layer=layer, columns=["name"],
                                       read_geometry=False)["name"]
        for name in names:
            words.update(str(name).split())
    return words


def _ts_sources() -> dict[str, str]:
    """English source text -> Korean translation of the .ts (those that differ)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "smartzone_ko.ts"
    out = {}
    for m in ET.parse(ts).getroot().iter("message"):
        src, tr = m.findtext("source") or "", m.findtext("translation") or ""
        if tr and tr != src and len(src) > 3:
            out[src.replace("&", "")] = tr
    return out


def _raw_ids(window) -> set[str]:
    from smartzone.scoring.registry import available_scorers

    ids = set(window.live.matrix.columns) | set(available_scorers()) | {"industry-hub", "shrinking-city"}
    return {i for i in ids if len(i) > 2} - _ID_OK


@pytest.fixture(params=["en", "ko"])
def walk_window(request, qtbot, monkeypatch):
    """The main window (시군구 demo) built in the UI language of the parameter."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow

    lang = request.param
    monkeypatch.setenv("SMARTZONE_LANG", lang)
    make_app()
    i18n.install_translator(lang)
    win = MainWindow(Project.demo(level="sigungu"))
    win.resize(1600, 1000)
    win.show()
    try:
        assert win.wait_ready(180), win.open_error
        yield win, lang
    finally:
        win.project.mark_clean()
        win.close()
        win.deleteLater()
        i18n.install_translator("en")


def _drain(ms: float = 150) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def _open_zonal(win, qtbot, monkeypatch):
    return win.show_zonal_dialog()


def _open_regions(win, qtbot, monkeypatch):
    dlg = win.show_regions_dialog()
    _drain()
    dlg.solve()  # the result lines below the form
    return dlg


def _open_hotspots(win, qtbot, monkeypatch):
    from smartzone.app.gui.widgets.main_window import HOTSPOTS

    win.display_combo.setCurrentIndex(win.display_combo.findData(HOTSPOTS))
    qtbot.waitUntil(lambda: win.canvas.categories is not None, timeout=60_000)
    return win


def _open_export(win, qtbot, monkeypatch):
    from smartzone.app.gui.widgets.export_dialog import ExportDialog

    dlg = ExportDialog(win.project, win)
    dlg.show()
    dlg.set_crs(5174)  # with its datum warning
    return dlg


def _open_plan(win, qtbot, monkeypatch):
    win.plan_dock.show()
    win.plan_dock.raise_()
    panel = win.plan_panel
    panel.run_plan()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=120_000)
    return win.plan_dock


def _open_compare(win, qtbot, monkeypatch):
    win.show_compare()
    view = win.compare_dock.widget()
    assert view.wait_ready(60)
    return win.compare_dock


def _open_emd(win, qtbot, monkeypatch):
    win.project.set_level("emd")
    assert win.wait_ready(240)
    return win


def _prompts(win, monkeypatch):
    """Run a menu command whose Qt dialogs are static calls; show each as a real (non-native)
    dialog instead and keep it, so its texts can be read."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    shown: list = []

    def file_dialog(parent, caption="", directory="", filter="", *a, **k):  # noqa: A002
        dlg = QFileDialog(parent, caption, directory, filter)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog)
        dlg.resize(800, 500)
        dlg.show()
        shown.append(dlg)
        return "", ""

    def item_dialog(parent, title, label, items, current=0, editable=True, *a, **k):
        dlg = QInputDialog(parent)
        dlg.setWindowTitle(title)
        dlg.setLabelText(label)
        dlg.setComboBoxItems(items)
        dlg.show()
        shown.append(dlg)
        return items[0], True

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file_dialog))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(file_dialog))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(item_dialog))
    return shown


def _open_grid(win, qtbot, monkeypatch):
    shown = _prompts(win, monkeypatch)
    win.show_grid_dialog()  # the recipe's file dialog
    assert shown
    return shown[0]


def _open_import(win, qtbot, monkeypatch, tmp_path):
    import pyogrio

    from smartzone.resources import demo_data

    g = pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")[["code", "name", "geometry"]]
    g = g.rename(columns={"code": "SIG_CD", "name": "SIG_KOR_NM"})
    g["value_a"], g["value_b"] = range(1, len(g) + 1), range(len(g), 0, -1)
    path = tmp_path / "region.gpkg"
    pyogrio.write_dataframe(g, path)
    shown = _prompts(win, monkeypatch)
    win.import_candidates()  # the file dialog
    win.import_candidates(str(path))  # which field, scores or ranks; the report in the message bar
    assert len(shown) == 3
    return [*shown, win.message_bar]


def _open_scenarios(win, qtbot, monkeypatch):
    """Criteria ▸ Manage…: the scenario manager with a duplicate (issue 14 §4)."""
    dlg = win.criteria_panel.open_scenario_manager()
    dlg.select(win.project.active)
    assert dlg.duplicate()
    return dlg


def _open_ahp(win, qtbot, monkeypatch):
    """AHP…: the editor on the scenario's criteria, an inconsistent judgement marked (issue 14 §4)."""
    from smartzone.app.gui.widgets.ahp_editor import AhpEditor

    sc = win.project.scenario
    labels = win.live.indicator_labels()
    dlg = AhpEditor([labels.get(c.indicator, c.indicator) for c in sc.criteria], [c.weight for c in sc.criteria],
                    win, ids=list(sc.indicators))
    dlg.resize(900, 560)
    dlg.set_judgement(0, 1, 3)
    dlg.set_judgement(1, 2, 3)
    dlg.set_judgement(0, 2, 1 / 9)
    dlg.show()
    return dlg


def _open_sensitivity(win, qtbot, monkeypatch):
    """Results ▸ Sensitivity after One at a time, the Weights-from menu and the identify view
    of a clicked district (issue 14 §1, §4)."""
    panel = win.results_panel
    panel.tabs.setCurrentWidget(panel.sensitivity)
    view = panel.sensitivity
    view.run_one_at_a_time()
    qtbot.waitUntil(lambda: bool(view.oat_rows), timeout=60_000)
    win.identify_panel.show_district("11010")
    menu = win.criteria_panel.derive_menu
    menu.popup(win.criteria_panel.mapToGlobal(win.criteria_panel.rect().center()))
    return [view, win.identify_panel, menu]


_DIALOGS = {"scenarios": _open_scenarios, "ahp": _open_ahp, "sensitivity": _open_sensitivity,
            "zonal": _open_zonal, "regions": _open_regions, "hotspots": _open_hotspots, "export": _open_export,
            "plan": _open_plan, "compare": _open_compare, "emd": _open_emd, "grid": _open_grid,
            "import": _open_import}


@pytest.mark.gui
@pytest.mark.parametrize("dialog", list(_DIALOGS))
def test_dialog_texts_are_in_the_ui_language_and_whole(dialog, walk_window, qtbot, monkeypatch, tmp_path) -> None:
    win, lang = walk_window
    opener = _DIALOGS[dialog]
    args = (win, qtbot, monkeypatch, tmp_path) if dialog == "import" else (win, qtbot, monkeypatch)
    opened = opener(*args)
    roots = opened if isinstance(opened, list) else [opened]
    _drain()
    texts = [(k, t) for root in roots for k, t in _visible_texts(root)]
    if dialog == "hotspots":  # the legend is painted: its title and class names
        texts += [("legend", win.canvas.legend_title)] + [("legend", n) for _c, n in win.canvas.categories.values()]
    assert len(texts) > 5, texts
    problems = []
    if lang == "en":
        places = _district_words(win)
        for kind, text in texts:
            korean = [w for w in _HANGUL_RUN.findall(text) if w not in places and not any(w in p for p in places)]
            if korean:
                problems.append(f"Korean in the English UI ({kind}): {text!r} {korean}")
    else:
        untranslated = _ts_sources()
        ids = _raw_ids(win)
        for kind, text in texts:
            if text.strip() in untranslated:
                problems.append(f"English source text left untranslated ({kind}): {text!r}")
            words = set(re.findall(r"[\w-]+", text))
            if words & ids and kind != "placeholder":
                problems.append(f"raw id in the Korean UI ({kind}): {text!r} {sorted(words & ids)}")
            english = [w for w in _english(_KO_KEEP.sub("", text)) if not w.isupper()]
            if english:
                problems.append(f"English in the Korean UI ({kind}): {text!r} {english}")
    for root in roots:
        problems += _clipped(root)
    assert not problems, "\n".join(problems)


def test_undo_steps_are_worded_in_the_korean_ui(korean_window) -> None:
    """Edit ▸ Undo showed the model's English with ids ("실행 취소: Change weight of pop_2025",
    "Change method to topsis") in the Korean UI."""
    win = korean_window
    crit = win.project.scenario.criteria[0]
    win.project.set_weight(crit.indicator, 0.3)
    text = win.act_undo.text()
    assert "가중치 변경" in text and crit.indicator not in text and not _english(text), text
    win.project.set_method("topsis")
    text = win.act_undo.text()
    assert "방법 변경" in text and "TOPSIS" in text and "topsis" not in text, text
    win.project.undo()
    assert "topsis" not in win.act_redo.text() and "방법 변경" in win.act_redo.text()


def test_constraint_reason_and_criterion_tip_are_in_the_ui_language(korean_window) -> None:
    """Selecting 총인구 (2025) in the Korean UI: the status bar said 'choose “pop_2025” in the Map
    list' (a raw id) and the constraint editor showed the preset's reason in English ('fewer
    than 1,000 residents (2025): too sm…'). Now the indicator's name and the reason's Korean half;
    the preset's reason stays in both languages when the rule's value is changed."""
    from PySide6.QtCore import QCoreApplication

    win = korean_window
    panel = win.criteria_panel
    panel.table.selectRow(win.project.scenario.index_of("pop_2025"))
    QCoreApplication.processEvents()
    tip = win.statusBar().currentMessage()
    assert "총인구" in tip and "pop_2025" not in tip, tip
    editor = panel.constraint_editor
    stored = win.project.scenario.criterion("pop_2025").constraints[0].reason
    assert " / " in stored and "fewer than" in stored  # the preset words it in both languages
    shown = editor.reason_edit(0).text()
    assert shown and not _english(shown) and "fewer" not in shown, shown
    editor.value_spin(0).setValue(2000)
    QCoreApplication.processEvents()
    con = win.project.scenario.criterion("pop_2025").constraints[0]
    assert con.value == 2000 and con.reason == stored
