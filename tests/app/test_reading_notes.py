"""A table's own reading warnings (decimal commas, text cells, rows without a code, codes
translated through the crosswalk) carry a kind and parameters (layers.notes.ReadingNote), are
worded in Korean in the Korean results summary and stay English on the command line (issue 14 §3)."""
from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_ENGLISH = re.compile(r"[A-Za-z]{3,}")


def _bad_table(folder: Path) -> Path:
    """The demo 시군구 table as an agency might send it: 행정표준코드 (SIG_CD) with names, decimal
    commas in one column, a text cell among numbers, a footnote row under the data."""
    from smartzone.resources import demo_data

    with (ROOT / "resources" / "codes" / "crosswalk_2020.csv").open(encoding="utf-8", newline="") as fh:
        to_mois = {r["census_code"]: r["mois_code"] for r in csv.DictReader(fh) if r["level"] == "sigungu"}
    with open(demo_data.indicators_path("sigungu"), encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        r["code"] = to_mois[r["code"]]
        r["urban_frac"] = r["urban_frac"].replace(".", ",")
    rows[3]["pop_2020"] = "자료없음"
    path = folder / "지표_행정표준코드.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
        fh.write("주: 2020년 기준 (통계청)" + "," * (len(rows[0]) - 1) + "\n")
    return path


def _project(folder: Path):
    from smartzone.app.core.model.project import Project

    demo = Project.demo(level="sigungu")
    table = _bad_table(folder)
    layers = [replace(lyr, path=table, options={**lyr.options, "demo": False}) if lyr.id == "indicators" else lyr
              for lyr in demo.layers]
    return Project(level="sigungu", layers=layers, scenarios=[demo.scenario], active=demo.scenario.name)


def test_reading_warnings_have_kinds_and_keep_their_english_words(tmp_path) -> None:
    from smartzone.app.core.pipeline import run_scenario

    run = run_scenario(_project(tmp_path))
    warnings = list(run.layer.report.warnings)
    kinds = {getattr(w, "kind", None) for w in warnings}
    assert {"decimal_commas", "stray_cells", "rows_without_code", "codes_translated"} <= kinds, warnings
    stray = next(w for w in warnings if w.kind == "stray_cells")
    assert stray.params["column"] == "pop_2020" and stray.params["count"] == 1
    assert stray.params["cells"][0][2] == "자료없음"
    assert "were read as missing values" in stray  # the English sentence, unchanged
    codes = next(w for w in warnings if w.kind == "codes_translated")
    assert codes.params["source"] == "mois" and codes.params["target"] == "census"
    assert codes.params["translated"] == 250 and codes.params["mismatched"] == 0
    assert all(m in run.messages() for m in warnings)


@pytest.mark.gui
def test_reading_warnings_are_korean_in_the_korean_results_summary(qtbot, tmp_path, monkeypatch) -> None:
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow

    monkeypatch.setenv("SMARTZONE_LANG", "ko")
    make_app()
    assert i18n.install_translator("ko")
    win = MainWindow(_project(tmp_path))
    try:
        win.show()
        assert win.wait_ready(120), win.open_error
        qtbot.waitUntil(lambda: "알림" in win.results_panel.summary.text(), timeout=60_000)
        text = win.results_panel.summary.text()
        notes = text.split("알림:", 1)[1]
        assert "소수점 쉼표" in notes and "자료없음" in notes and "결측값으로 읽었습니다" in notes, notes
        assert "행정표준코드" in notes and "변환 250" in notes, notes
        assert "코드가 없는 행 1개" in notes, notes
        # no English sentence: only the file's own names (file, column, crosswalk path) remain
        rest = re.sub(r"'[^']*'|[\w./-]+\.csv|[a-z]+_[a-z0-9_]+", "", notes)
        assert not _ENGLISH.findall(rest), (_ENGLISH.findall(rest), notes)
    finally:
        win.project.mark_clean()
        win.close()
        win.deleteLater()
        i18n.install_translator("en")


def test_the_command_line_keeps_the_english_warnings(tmp_path, capsys) -> None:
    from smartzone.app.cli import main

    project = _project(tmp_path)
    path = project.save(tmp_path / "bad.szproj")
    assert main(["score", "--project", str(path), "--top", "3"]) == 0
    out = capsys.readouterr().out
    assert "decimal commas (e.g. 0,60) were read as decimal points" in out, out
    assert "were read as missing values" in out and "translated 250" in out, out


@pytest.mark.gui
def test_layer_properties_word_the_tables_warnings_in_korean(korean_bad_table_panel) -> None:
    text = korean_bad_table_panel.properties_text("indicators")
    assert "소수점 쉼표" in text and "결측값으로 읽었습니다" in text, text
    assert "decimal commas" not in text and "were read as missing" not in text, text


@pytest.fixture
def korean_bad_table_panel(qtbot, tmp_path):
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.layers_panel import LayersPanel

    make_app()
    assert i18n.install_translator("ko")
    panel = LayersPanel(_project(tmp_path))
    qtbot.addWidget(panel)
    yield panel
    i18n.install_translator("en")
