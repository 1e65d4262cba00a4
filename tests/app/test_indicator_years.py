"""Issue 11 §7: the year of an indicator's data is shown wherever its value is.

Legends already carry unit and year (``test_indicator_legends_carry_unit_and_year``);
these cover the identify panel, the export metadata (GeoPackage and Shapefile) and
the report's criteria table, against the years in ``resources/demo/metadata.json``.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _years(level: str) -> dict[str, str]:
    meta = json.loads((ROOT / "resources" / "demo" / "metadata.json").read_text(encoding="utf-8"))
    out = {}
    for d in meta["indicators"]:
        if level in d.get("levels", []) and d.get("years"):
            ys = [str(y) for y in d["years"]]
            out[d["id"]] = f"{ys[0]}–{ys[-1]}" if len(ys) > 1 else ys[0]
    return out


@pytest.fixture(scope="module")
def run():
    from smartzone.app.model.project import Project
    from smartzone.app.pipeline import run_scenario

    return run_scenario(Project.demo(level="sigungu"))


def test_identify_panel_shows_the_year_beside_each_raw_value(window) -> None:
    years = _years("sigungu")
    panel = window.identify_panel
    panel.show_district("11010")
    assert panel.current is not None and panel.table.rowCount() == len(panel.current.rows) > 3
    changing = False
    for r, row in enumerate(panel.current.rows):
        year = years[row.indicator]
        changing |= "–" in year
        assert f"{year})" in panel.table.item(r, 0).text(), panel.table.item(r, 0).text()
        assert panel.table.item(r, 1).toolTip() == f"Data of {year}"
    assert changing  # a change over years shows its span (2010–2020), not one year


def test_gpkg_and_shapefile_metadata_give_each_criterion_its_year(run, tmp_path: Path) -> None:
    from smartzone.app.core.export import write_score_set

    years = _years("sigungu")
    write_score_set(run, ["gpkg", "shp", "csv"], tmp_path)
    with sqlite3.connect(tmp_path / "scores.gpkg") as con:
        (description,) = con.execute("SELECT description FROM gpkg_contents WHERE table_name='scores'").fetchone()
    for meta in (json.loads(description),
                 json.loads((tmp_path / "scores_metadata.json").read_text(encoding="utf-8"))["metadata"]):
        criteria = {c["indicator"]: c for c in meta["criteria"]}
        assert set(criteria) == {c.indicator for c in run.project.get_scenario(run.scenario).criteria}
        for ind, c in criteria.items():
            assert c["year"] == years[ind] and c["unit"] and c["label_ko"], c
        assert {i["indicator"]: i["year"] for i in meta["indicators"]} == {k: years[k] for k in criteria}
    text = (tmp_path / "scores_metadata.txt").read_text(encoding="utf-8-sig")
    for ind in criteria:
        line = next(x for x in text.splitlines() if x.startswith(f"  - {ind} "))
        assert f"year {years[ind]}" in line, line


def test_report_criteria_table_gives_each_indicator_its_year(run) -> None:
    from smartzone.app.core.report_content import report_content

    years = _years("sigungu")
    sc = run.project.get_scenario(run.scenario)
    content = report_content(run.project, sc, run.result, language="en")
    assert content.criteria
    for c in content.criteria:
        assert c.source.endswith(f"({years[c.indicator]})"), c.source
