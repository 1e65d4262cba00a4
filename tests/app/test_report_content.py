"""The report a ministry reviewer reads: the scenario's own name, the exported CRS, the level
in words, criteria in words, exclusion rules with counts, sensitivity figures that say what they are."""
from __future__ import annotations

from dataclasses import replace

import pytest

pytest.importorskip("pypdf")
pytest.importorskip("PySide6")

pytestmark = pytest.mark.gui


def _pages(path):
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def _report(tmp_path, preset, *, language="ko", constraint=None, crs=None):
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.core.report_data import sensitivity_table
    from smartzone.app.drawing.report import build_run_report
    from smartzone.scoring.model import Constraint

    project = Project.demo(level="sigungu", preset=preset)
    if constraint is not None:
        ind, op, value = constraint
        crit = project.scenario.criterion(ind)
        project.set_criterion(ind, replace(crit, constraints=(Constraint(op=op, value=value),)))
    run = run_scenario(project, preset)
    frame = run.frame()
    if crs is not None:
        frame = frame.to_crs(crs)
    sens = sensitivity_table(run, 200, top_k=10)
    pdf = build_run_report(run, frame, tmp_path / f"{preset}-{language}.pdf", sensitivity=sens,
                           language=language)
    return run, _pages(pdf)


def test_shrinking_city_report_is_titled_by_its_scenario_not_the_special_zone(qapp, tmp_path):
    run, pages = _report(tmp_path, "shrinking-city")
    text = "\n".join(pages)
    assert pages[0].lstrip().startswith("소멸위기 도시 스마트 솔루션 보급 (시군구)")
    assert "특화단지" not in text and "shrinking-city" not in text and "wlc" not in text.lower().split()
    assert "EPSG:5179" in text and "평가 단위: 시군구" in text
    # criteria in words: indicator name, direction, standardisation, weight
    assert "인구밀도" in text and "작을수록 높은 점수" in text and "백분위 순위" in text
    assert "density" not in text.split()  # the id is not shown as a name
    # the sensitivity figures say what they are
    assert "200회" in text and "상위 10위 진입 확률" in text and "가중치" in text
    # no nearly empty last page
    assert len(pages[-1].strip()) > 400, pages[-1]


def test_industry_hub_report_counts_each_exclusion_rule_and_names_its_crs(qapp, tmp_path):
    run, pages = _report(tmp_path, "industry-hub", language="en", constraint=("pop_2025", "<", 100_000.0),
                         crs="EPSG:5186")
    text = "\n".join(pages)
    assert "Smart-city special zone" in text or "special zone" in text.lower()
    assert "industry-hub" not in text
    crs_line = next(ln for ln in pages[0].splitlines() if ln.startswith("CRS:"))
    assert "EPSG:5186" in crs_line and "5179" not in crs_line  # the CRS actually exported
    n = len(run.result.excluded)
    assert n > 10
    assert "Population (2025) < 100,000" in text
    line = next(ln for ln in text.splitlines() if "Population (2025) < 100,000" in ln)
    assert line.rstrip().endswith(str(n)), line
    assert "P(top 10)" in text and "200" in text
