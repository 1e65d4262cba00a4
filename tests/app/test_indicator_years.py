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
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario

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


def test_scores_csv_has_a_csvw_sidecar_naming_every_column_with_its_year(run, tmp_path: Path) -> None:
    import csv

    from smartzone.app.core.export import output_paths, write_score_set

    years = _years("sigungu")
    write_score_set(run, ["csv", "shp", "gpkg"], tmp_path)
    sidecar = tmp_path / "scores.csv-metadata.json"
    assert sidecar in output_paths(tmp_path, "scores", "csv")  # asked about before replacing
    assert (tmp_path / "scores_metadata.json").exists()  # the shapefile's own, a different file
    doc = json.loads(sidecar.read_text(encoding="utf-8"))
    assert doc["url"] == "scores.csv" and "http://www.w3.org/ns/csvw" in doc["@context"]
    with (tmp_path / "scores.csv").open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh))
    columns = doc["tableSchema"]["columns"]
    assert [c["titles"] for c in columns] == header  # every column, in order, by its header
    for c in columns:
        assert c["datatype"] in ("string", "integer", "double", "boolean") and c["dc:description"], c
        assert c["dc:temporal"], c  # the year of every column's data
        ind = c["name"][2:] if c["name"].startswith("c_") else None
        if ind:
            assert c["dc:temporal"] == years[ind].replace("–", "/"), c
            assert years[ind] in c["dc:description"], c
    by_name = {c["name"]: c for c in columns}
    assert by_name["c_pop_2025"]["dc:temporal"] == "2025"
    assert by_name["c_pop_growth_annual_2020_2025"]["dc:temporal"] == "2020/2025"
    assert by_name["code"]["dc:temporal"] == "2020"  # the boundaries' year
    assert by_name["score"]["dc:temporal"] == "2019/2025" and by_name["rank"]["datatype"] == "integer"
    assert doc["dc:license"].startswith("Statistics and boundaries: KOGL Type 1")
    assert doc["dc:source"] and doc["dc:temporal"] == "2019/2025"


def test_csv_sidecar_is_committed_with_the_set_or_not_at_all(run, tmp_path: Path) -> None:
    from smartzone.app.core.export import write_score_set
    from smartzone.layers.errors import ExportError

    write_score_set(run, ["csv"], tmp_path)
    before = (tmp_path / "scores.csv-metadata.json").read_bytes()
    (tmp_path / "scores.gpkg").mkdir()  # a folder where the GeoPackage should go: the set fails
    with pytest.raises(ExportError):
        write_score_set(run, ["csv", "gpkg"], tmp_path, overwrite=True)
    assert (tmp_path / "scores.csv-metadata.json").read_bytes() == before
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")], "no staging left"


def test_results_header_and_criteria_panel_show_the_years_of_the_data(window) -> None:
    from PySide6.QtCore import Qt

    years = _years("sigungu")
    sc = window.project.scenario
    model = window.results_panel.model
    header = model.headerData(model.SCORE, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header.endswith("(2019–2025)"), header  # land cover 2019 … population 2025
    tip = model.headerData(model.SCORE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == model.headerData(model.RANK, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    labels = window.session.indicator_labels()
    for c in sc.criteria:
        assert f"{labels[c.indicator]}: {years[c.indicator]}" in tip, (c.indicator, tip)
    table = window.criteria_panel.table
    assert table.rowCount() == len(sc.criteria)
    for row, c in enumerate(sc.criteria):
        item = table.item(row, 0)
        assert all(y in item.text() for y in years[c.indicator].split("–")), item.text()
        assert item.toolTip() == f"Column {c.indicator} of the indicator table — Data of {years[c.indicator]}"
    shown = {table.item(r, 0).text() for r in range(table.rowCount())}
    assert f"{labels['urban_frac']} (2019)" in shown  # the year added to a name without one
    assert labels["pop_2025"] in shown  # "Population (2025)": already shows its year
