"""What a Korean ministry reviewer found on the app and the report (issue 14 §2, §3): exclusion
reasons with raw ids and the preset's English, English licences in the Korean report, raw ids in
tooltips, English format names in the export dialog, Korean categories in the English plan panel,
English import warnings."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

_HANGUL = re.compile("[\uac00-\ud7a3]")
_ENGLISH = re.compile(r"[A-Za-z]{3,}")
REASON = "pop_2020 < 100,000 (fewer than 100,000 residents: too small / 인구 10만 명 미만)"


def test_reason_words_picks_the_language_and_names_the_indicator() -> None:
    from smartzone.app.core.labels import reason_words

    names = {"pop_2020": "총인구 (2020)", "density": "인구밀도"}
    assert reason_words(REASON, names, "ko") == "총인구 (2020) < 100,000 (인구 10만 명 미만)"
    assert reason_words(REASON, {"pop_2020": "Population (2020)"}, "en") == \
        "Population (2020) < 100,000 (fewer than 100,000 residents: too small)"
    both = reason_words("missing value in density (policy: exclude); " + REASON, names, "ko")
    assert both == "인구밀도 값 없음 (결측 처리: 제외); 총인구 (2020) < 100,000 (인구 10만 명 미만)"
    assert reason_words("pop_2020 < 5 (인구 5천 미만)", {}, "en") == "pop_2020 < 5 (인구 5천 미만)"  # the user's words


def _constrained(project):
    from smartzone.scoring.model import Constraint

    crit = project.scenario.criterion("pop_2025")  # industry-hub's population criterion (newest year)
    project.set_criterion("pop_2025", replace(crit, constraints=(Constraint(
        op="<", value=100_000.0, reason="fewer than 100,000 residents: too small / 인구 10만 명 미만"),)))
    return project


@pytest.mark.gui
def test_reports_word_exclusions_and_licences_in_their_language(qapp, tmp_path) -> None:
    import subprocess

    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.drawing.report import build_run_report

    run = run_scenario(_constrained(Project.demo(level="sigungu")))
    frame = run.frame()
    text = {}
    for lang in ("ko", "en"):
        pdf = build_run_report(run, frame, tmp_path / f"{lang}.pdf", language=lang)
        text[lang] = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout
    ko, en = text["ko"], text["en"]
    assert "총인구 (2025) < 100,000 (인구 10만 명 미만)" in ko and "fewer than" not in ko
    assert "Population (2025) < 100,000 (fewer than 100,000 residents: too small)" in en.replace("\n", " ")
    assert "10만 명 미만" not in en
    # the licences of the report's language (the English report named KOGL with Korean, the Korean one in English)
    assert "공공누리 제1유형(출처표시)" in ko and "KOGL Type 1" not in ko and "no restrictions on reuse" not in ko
    flat_en, flat_ko = re.sub(r"\s+", "", en), re.sub(r"\s+", "", ko)
    # (a table cell's lines come out between its neighbours' lines: the licence's words, not its line)
    assert "KoreaOpenGovernment" in flat_en and "License(KOGL)Type1" in flat_en and "공공누리" not in en
    assert "accessedthroughthePyPIpackage" not in flat_ko and "PyPI패키지" in flat_ko


@pytest.fixture
def korean(window):
    from smartzone.app.drawing import i18n

    assert i18n.install_translator("ko")
    yield window
    i18n.install_translator("en")


@pytest.mark.gui
def test_exclusion_reason_tooltips_and_scenario_name_are_korean_in_the_korean_ui(korean, qtbot) -> None:
    from smartzone.app.gui.widgets.results_panel import ResultsModel

    win = korean
    win.criteria_panel.refresh()
    combo = win.criteria_panel.scenario_combo
    assert combo.toolTip() == combo.currentText() and "industry-hub" not in combo.toolTip()
    tips = [win.criteria_panel.table.item(r, 0).toolTip() for r in range(win.criteria_panel.table.rowCount())]
    assert tips and all(t.startswith("지표 표의 ") for t in tips), tips
    _constrained(win.project)
    qtbot.waitUntil(lambda: bool(win.session.result is not None and win.session.result.excluded), timeout=60_000)
    model = win.results_panel.model
    notes = [n for n in model.notes if n]
    assert notes and all(n == "총인구 (2025) < 100,000 (인구 10만 명 미만)" for n in notes), set(notes)
    code = next(c for c, n in zip(model.codes, model.notes, strict=True) if n)
    win.identify_panel.show_district(code)
    header = win.identify_panel.header.text()
    assert "인구 10만 명 미만" in header and "pop_2025" not in header and "fewer" not in header, header
    assert ResultsModel.NOTE == 4


@pytest.mark.gui
def test_export_dialog_offers_formats_in_korean(korean) -> None:
    from smartzone.app.gui.widgets.export_dialog import ExportDialog

    dlg = ExportDialog(korean.project, korean)
    try:
        for combo in (dlg.format_combo, dlg.encoding_combo, dlg.crs_combo):
            for i in range(combo.count()):
                text = re.sub(r"ESRI|GeoPackage|CSV|PDF|BOM|UTF-8|CP949|EUC-KR|Windows|ArcGIS|EPSG:\d+|Korea\w*|"
                              r"EPSG|\d{4}|/|Unified|Central|West|East|Sea|Belt|Modified|Bessel|UTM-K|\.\w+", "",
                              combo.itemText(i))
                assert not _ENGLISH.findall(text), combo.itemText(i)
        assert "셰이프파일" in dlg.format_combo.itemText(0)
    finally:
        dlg.close()


@pytest.mark.gui
def test_plan_panel_categories_and_names_follow_the_ui_language(qtbot) -> None:
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.plan_panel import PlanPanel
    from smartzone.app.gui.widgets.session import AppSession

    session = AppSession(Project.demo(level="sigungu", preset="shrinking-city"))
    assert session.wait_loaded(120)
    panel = PlanPanel(session)
    qtbot.addWidget(panel)
    panel.refresh()
    cats = [panel.table.item(r, 2).text() for r in range(panel.table.rowCount())]
    names = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    # the Korean programme name may stand in parentheses as a gloss ("Smart senior centre (스마트경로당)")
    assert "climate" in cats and not [t for t in cats + names if _HANGUL.search(re.sub(r"\(.*?\)", "", t))], \
        (cats, names)
    assert panel.table.isColumnHidden(0) and "\nCatalogue id: " in panel.table.item(0, 1).toolTip()
    # typing a category by its label keeps the catalogue's key
    panel.table.item(0, 2).setText("safety")
    assert panel.catalogue().solutions[0].category == "safety"
    from smartzone.app.drawing import i18n

    assert i18n.install_translator("ko")
    try:
        panel.refresh()
        cats = {panel.table.item(r, 2).text() for r in range(panel.table.rowCount())}
        assert "기후위기 대응" in cats and "안전" in cats and not [c for c in cats if _ENGLISH.search(c)], cats
        panel.table.item(0, 2).setText("디지털 포용")
        assert panel.catalogue().solutions[0].category == "digital_inclusion"
    finally:
        i18n.install_translator("en")


@pytest.mark.gui
def test_candidate_import_warnings_are_korean_in_the_korean_ui(korean, tmp_path) -> None:
    from types import SimpleNamespace

    from smartzone.layers.notes import ReadingNote

    rep = SimpleNamespace(path="/x/후보지.gpkg", layer="candidates", n_features=23, kind="rank",
                          value_field="순위", matched=23, unmatched=[], missing=[], no_value=[],
                          rescaled=False, value_range=(0.0, 22.0),
                          warnings=[ReadingNote("ranks_offset", "ranks start at 0, not 1: ...", low=0.0),
                                    ReadingNote("no_crs", "'후보지.gpkg' has no CRS; assumed EPSG:5179.",
                                                path="후보지.gpkg", crs="EPSG:5179")])
    text = korean._import_summary(rep)
    assert "0부터 시작합니다" in text and "좌표계 정보가 없어" in text, text
    assert "ranks start" not in text and "has no CRS" not in text


@pytest.mark.gui
def test_numbers_follow_the_ui_language_not_the_system_locale(window) -> None:
    """A German system locale wrote scores as 74,7; the UI language decides the format."""
    from PySide6.QtCore import QLocale

    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.results_panel import ResultsModel

    saved = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        for lang in ("ko", "en"):
            i18n.install_translator(lang)
            model = window.results_panel.model
            text = model.data(model.index(0, ResultsModel.SCORE))
            assert re.fullmatch(r"\d+\.\d", text), text
            assert QLocale().toString(12345.5, "f", 1) == "12,345.5"
    finally:
        i18n.install_translator("en")
        QLocale.setDefault(saved)


@pytest.mark.gui
def test_custom_epsg_field_shows_its_whole_hint_in_korean(korean) -> None:
    from smartzone.app.gui.widgets.export_dialog import ExportDialog

    dlg = ExportDialog(korean.project, korean)
    try:
        dlg.resize(620, 500)
        dlg.show()
        field = dlg.custom_crs
        assert field.placeholderText().startswith("EPSG 코드")
        assert field.width() >= field.fontMetrics().horizontalAdvance(field.placeholderText()) + 8
    finally:
        dlg.close()


@pytest.mark.gui
def test_export_report_words_the_datum_shift_in_the_ui_language(qapp, tmp_path) -> None:
    """A real EPSG:5174 shapefile export: its datum-shift warning was English in the Korean UI."""
    from smartzone.app.core.export import write_scores
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.export_dialog import report_text

    run = run_scenario(Project.demo(level="sigungu"))
    report = write_scores(run, "shp", tmp_path, "legacy", crs="EPSG:5174", encoding="cp949")
    shift = next(w for w in report.warnings if getattr(w, "kind", None) == "datum_shift")
    assert shift.params["metres"] and shift.startswith("Legacy Bessel system")
    assert "Legacy Bessel system" in report_text(report)  # English UI: the writer's words
    assert i18n.install_translator("ko")
    try:
        text = report_text(report)
    finally:
        i18n.install_translator("en")
    assert "구 Bessel 좌표계" in text and "datum 변환량은 약" in text and "명시 정확도" in text, text
    assert "Legacy Bessel" not in text and "Check alignment" not in text


@pytest.mark.gui
def test_compare_summary_is_korean_and_names_the_scenarios(qtbot) -> None:
    """The statistics were English (tr() inside f-strings never reached the .ts) and named the
    scenarios by their ids."""
    from PySide6.QtWidgets import QApplication

    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.compare_view import CompareView

    make_app()
    assert i18n.install_translator("ko")
    try:
        v = CompareView(Project.demo("sigungu"), a="industry-hub", b="shrinking-city")
        qtbot.addWidget(v)
        v.resize(1400, 800)
        v.show()
        assert v.wait_ready(60), v.message.text()
        QApplication.processEvents()
        text = v.stats_label.text()
        captions = [v.canvas_a.caption, v.canvas_b.caption, v.swipe_canvas.caption_a]
    finally:
        i18n.install_translator("en")
    assert "두 시나리오 모두에서 순위가 매겨진 지역: 250곳" in text and "상위 10 겹침" in text, text
    assert "스마트도시 특화단지" in text and "소멸위기 도시" in text, text
    assert "industry-hub" not in text and "Districts ranked" not in text and "overlap" not in text, text
    assert captions[0].startswith("A: 스마트도시 특화단지") and "shrinking-city" not in captions[1], captions


@pytest.mark.gui
def test_plan_summary_is_korean_in_the_korean_ui(qtbot) -> None:
    """The status and the compliance lines were the engine's English ("optimal", "PASS the budget ...")."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.plan_panel import PlanPanel
    from smartzone.app.gui.widgets.session import AppSession

    session = AppSession(Project.demo(level="sigungu", preset="shrinking-city"))
    assert session.wait_loaded(120)
    qtbot.waitUntil(lambda: session.result is not None, timeout=60_000)
    panel = PlanPanel(session)
    qtbot.addWidget(panel)
    panel.budget.setValue(30)
    panel._rules_edited()
    assert panel.run_plan() is not None
    qtbot.waitUntil(lambda: panel.worker is None, timeout=120_000)
    english = panel.summary.text()
    assert "PASS" in english and "100M KRW" in english and not _HANGUL.search(english), english
    assert i18n.install_translator("ko")
    try:
        panel.show_result(panel.result)
        text = panel.summary.text()
    finally:
        i18n.install_translator("en")
    assert text.startswith("최적 계획") and "충족  예산 30 억원" in text and "최소 비중 35 %" in text, text
    assert not [w for w in _ENGLISH.findall(text) if w not in ("DRT",)], text


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_district_names_are_readable_beside_the_score_years(window, lang) -> None:
    """"점수 (2019–2025)" on one line took the District column's width: names showed as "… …"."""
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.results_panel import ResultsModel

    i18n.install_translator(lang)
    try:
        view = window.results_panel.view
        model = window.results_panel.model
        model.headerDataChanged.emit(Qt_horizontal(), 0, ResultsModel.NOTE)
        window.results_panel._note_wide = None  # as a panel built in this language (a switch rebuilds it)
        window.results_panel.show_result(window.session.result)
        for _ in range(5):
            QApp().processEvents()
        need = view.fontMetrics().horizontalAdvance("…영등포구") + 16  # at least the 구 of "서울특별시 영등포구"
        widths = [view.columnWidth(c) for c in range(5)]
        assert view.columnWidth(ResultsModel.NAME) >= need, (widths, view.viewport().width(), need)
    finally:
        i18n.install_translator("en")


def Qt_horizontal():  # noqa: N802
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def QApp():  # noqa: N802
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
