"""AHP editor: λmax, CI and CR, the judgement to change, a warning before inconsistent
weights, escaped rich text, and an expert panel imported from CSV/XLSX (AIJ / AIP)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("PySide6")

pytestmark = pytest.mark.gui

LABELS = ["인구밀도", "제조업 비중", "정보통신업 비중"]
IDS = ["density", "manufacturing_share", "ict_share"]


@pytest.fixture
def editor(qtbot):
    from smartzone.app.gui.widgets.ahp_editor import AhpEditor

    dlg = AhpEditor(LABELS, [1, 1, 1], ids=IDS)
    qtbot.addWidget(dlg)
    return dlg


def _plain(rich: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def test_inconsistent_matrix_names_the_judgement_to_change(editor) -> None:
    editor.set_judgement(0, 1, 3)
    editor.set_judgement(1, 2, 3)
    editor.set_judgement(0, 2, 1 / 9)  # A > B > C but C >> A
    assert editor.cr > 0.10
    text = _plain(editor.cr_label.text())
    assert "λmax" in text and "CI" in text and "CR" in text
    assert "(CR must be < 0.10)" in text  # not cut at "<" (rich text escaped)
    assert editor.suggestion is not None
    i, j, value = editor.suggestion
    assert LABELS[i] in text and LABELS[j] in text
    assert "background" in editor.combos[(i, j)].styleSheet()  # the cell to change is marked
    before = editor.cr
    editor.set_judgement(i, j, value)
    # the change does what the message promised
    assert editor.cr < before / 5 and f"CR = {editor.cr:.3f}." in text


def test_applying_inconsistent_weights_asks_first(editor, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    editor.set_judgement(0, 1, 3)
    editor.set_judgement(1, 2, 3)
    editor.set_judgement(0, 2, 1 / 9)
    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    editor.accept()
    assert asked and editor.result() != editor.DialogCode.Accepted
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    editor.accept()
    assert editor.result() == editor.DialogCode.Accepted


def _matrix(a: float, b: float, c: float, names=LABELS) -> pd.DataFrame:
    m = np.array([[1, a, b], [1 / a, 1, c], [1 / b, 1 / c, 1]])
    return pd.DataFrame(m, index=names, columns=names)


def test_expert_panel_from_csv_and_xlsx_is_combined_by_aij_or_aip(editor, tmp_path) -> None:
    from smartzone.scoring.ahp import group_ahp

    e1, e2, e3 = _matrix(3, 5, 2), _matrix(2, 4, 2), _matrix(4, 6, 1, names=IDS)  # the third names ids
    e1.index.name = "기준"
    e1.to_csv(tmp_path / "expert1.csv", encoding="utf-8-sig")
    with pd.ExcelWriter(tmp_path / "panel.xlsx") as xl:
        e2.to_excel(xl, sheet_name="expert2")
        e3.to_excel(xl, sheet_name="expert3")
    assert editor.import_matrices([str(tmp_path / "expert1.csv"), str(tmp_path / "panel.xlsx")])
    e3.index = e3.columns = LABELS
    want = group_ahp([e1, e2, e3], method="aij").weights
    np.testing.assert_allclose(editor.weights, want, rtol=1e-9)
    assert "3" in editor.group_label.text() and "AIJ" in editor.group_label.text()
    editor.group_method.setCurrentIndex(editor.group_method.findData("aip"))
    np.testing.assert_allclose(editor.weights, group_ahp([e1, e2, e3], method="aip").weights, rtol=1e-9)


def test_a_bad_matrix_file_is_named_in_the_message(editor, tmp_path) -> None:
    bad = tmp_path / "expert9.csv"
    bad.write_text("기준,인구밀도,제조업 비중\n인구밀도,1,3\n제조업 비중,1/3,1\n정보통신업 비중,2,1\n", encoding="utf-8")
    assert not editor.import_matrices([str(bad)])
    assert "expert9.csv" in editor.group_label.text()
    assert editor.group is None


def test_row_and_column_names_are_readable_in_full(qtbot) -> None:
    """The column headers were cut at ten characters ("1. 인구 천 명당 사…"): they wrap over lines
    instead, each section is as wide as its longest line, the rows show the whole name."""
    from smartzone.app.gui.widgets.ahp_editor import AhpEditor

    labels = ["인구 천 명당 사업체 수", "총인구 (2020)", "정보통신업 종사자 비중 (2020)", "도시·건조지역 비율"]
    dlg = AhpEditor(labels, [1, 1, 1, 1])
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    head, rows = dlg.table.horizontalHeader(), dlg.table.verticalHeader()
    metrics = head.fontMetrics()
    for i, label in enumerate(labels):
        item = dlg.table.horizontalHeaderItem(i)
        assert " ".join(item.text().split()) == f"{i + 1}. {label}" and "…" not in item.text()
        assert item.toolTip() == label
        widest = max(metrics.horizontalAdvance(line) for line in item.text().splitlines())
        assert head.sectionSize(i) >= widest, (label, head.sectionSize(i), widest)
        assert dlg.table.verticalHeaderItem(i).text() == f"{i + 1}. {label}"
        assert rows.width() >= metrics.horizontalAdvance(f"{i + 1}. {label}")
    lines = max(len(dlg.table.horizontalHeaderItem(i).text().splitlines()) for i in range(len(labels)))
    assert lines >= 2 and head.height() >= lines * metrics.height()  # the header grew to show every line
    # the whole table fits in the dialog: no column hidden behind a scroll bar
    assert dlg.table.horizontalScrollBar().maximum() == 0, (dlg.width(), head.length())
