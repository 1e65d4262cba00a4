"""The sensitivity view follows a live language switch (issue 14 §3): its labels, buttons,
tooltips and status line are worded again, and a finished analysis survives the switch."""
from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.gui

_HANGUL = re.compile("[\uac00-\ud7a3]")


def _texts(view) -> list[str]:
    return [view.runs_label.text(), view.spread_label.text(), view.top_k_label.text(), view.run_button.text(),
            view.cancel_button.text(), view.oat_button.text(), view.oat_button.toolTip(), view.spread.toolTip(),
            view.status.text()]


def test_a_standalone_view_retranslates_on_language_change(window, qtbot) -> None:
    """The view reacts to Qt's LanguageChange itself (not only by being rebuilt)."""
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.sensitivity_view import SensitivityView

    view = SensitivityView(window.session)
    qtbot.addWidget(view)
    view.run()  # nothing blocks: a real run on the demo, in a worker
    qtbot.waitUntil(lambda: view.worker is None, timeout=120_000)
    before = _texts(view)
    assert before[3] == "Run" and "weight sets evaluated" in before[-1], before
    try:
        assert i18n.install_translator("ko")
        qtbot.waitUntil(lambda: view.run_button.text() == "실행", timeout=5_000)
        after = _texts(view)
        assert all(_HANGUL.search(t) for t in after), after
        assert "가중치 조합 500개를 평가했습니다" in after[-1], after
    finally:
        i18n.install_translator("en")
    qtbot.waitUntil(lambda: view.run_button.text() == "Run", timeout=5_000)
    assert _texts(view) == before


def test_switching_the_windows_language_keeps_the_analysis_and_words_it_again(window, qtbot, monkeypatch) -> None:
    view = window.results_panel.sensitivity
    view.runs.setValue(50)
    view.run()
    qtbot.waitUntil(lambda: view.worker is None, timeout=120_000)
    rows = list(view.chart.rows)
    assert rows and "50 weight sets evaluated" in view.status.text()
    monkeypatch.delenv("SMARTZONE_LANG")
    try:
        window.set_language("ko")
        qtbot.waitUntil(lambda: window.results_panel.sensitivity.run_button.text() == "실행", timeout=5_000)
        same = window.results_panel.sensitivity
        assert same is view and same.chart.rows == rows  # the results are still shown
        assert "가중치 조합 50개를 평가했습니다" in same.status.text()
        assert all(_HANGUL.search(t) for t in _texts(same)), _texts(same)
        assert window.results_panel.tabs.tabText(window.results_panel.tabs.indexOf(same)) == "민감도"
    finally:
        window.set_language("en")
