"""The report's "notes on the data" are worded in the report's language by the helper the app's
results summary uses (issue 14 §2, §3): no English note sentence in a Korean report."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

pytest.importorskip("PySide6")

pytestmark = pytest.mark.gui

_WS = re.compile(r"\s+")


def _flat(text: str) -> str:
    return _WS.sub("", text)


def _pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module", params=["industry-hub", "shrinking-city"])
def run(request):
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.scoring.model import Criterion

    project = Project.demo(level="sigungu", preset=request.param)
    # The presets' growth criteria are of 2020→2025 now, complete at 시군구 level; the
    # 2010→2020 growth is missing for 14 시군구 (boundary changes), so adding it gives the
    # report median-fill notes to word.
    project.add_criterion(Criterion("pop_growth_annual_2010_2020", weight=0.05, missing="median"),
                          scenario=request.param)
    return run_scenario(project, request.param)


def test_korean_report_words_every_note_in_korean_english_report_keeps_english(qapp, tmp_path, run):
    from smartzone.app.drawing.report import build_run_report

    notes = run.messages()
    assert notes, "the demo presets fill missing growth values: the report has notes to word"
    assert all(getattr(n, "kind", None) for n in notes), "the run keeps the notes' kinds for the report"
    frame = run.frame()
    ko = _pdftotext(build_run_report(run, frame, tmp_path / "ko.pdf", language="ko"))
    en = _pdftotext(build_run_report(run, frame, tmp_path / "en.pdf", language="en"))
    assert "자료와 계산에 관한 알림" in ko
    # the title names the scenario and the level without nested parentheses
    for text in (ko, en):
        title = text.lstrip().splitlines()[0]
        assert ") (" not in title and "))" not in title, title
    from smartzone.app.drawing.note_words import NoteWords

    for note in notes:
        assert _flat(str(note)) not in _flat(ko), note  # no English note sentence
        english = NoteWords("en")(note)  # the English wording (indicator ids, no names given)
        tail = english.split(": ", 1)[-1]  # after the indicator, which the report names
        assert _flat(tail) in _flat(en), english
        assert _flat(tail) not in _flat(ko), english
    # the missing growth rates, worded in Korean with the indicator's name, not its id
    assert "중앙값" in ko and "pop_growth_annual_2010_2020" not in ko
    assert "filledwiththemedian" in _flat(en) and "filledwiththemedian" not in _flat(ko)
    assert "scored district" not in ko
