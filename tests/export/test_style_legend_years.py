"""Issue 11 §7: the legend title of the exported score style names the years of the data the
score combines, in the SLD of the GeoPackage's ``layer_styles`` entry (and any ``.sld`` file)
(the expected span derived from each preset's criteria through ``indicator_year``)."""
from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

_SE = "{http://www.opengis.net/se}"


def _style_title(sld: str) -> str:
    root = ET.fromstring(sld.split("\n", 1)[1] if sld.startswith("<?xml") else sld)
    title = root.find(f".//{{http://www.opengis.net/sld}}UserStyle/{_SE}Description/{_SE}Title")
    assert title is not None, "the SLD's style has no legend title"
    return str(title.text)


@pytest.mark.parametrize("preset", ["industry-hub", "shrinking-city"])
def test_exported_styles_carry_the_years_of_the_data_in_their_legend_title(tmp_path: Path, preset: str) -> None:
    from smartzone.app.core.export import write_score_set
    from smartzone.app.core.labels import indicator_year, year_span
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario

    run = run_scenario(Project.demo(level="sigungu", preset=preset), preset)
    span = year_span([indicator_year(c.indicator, "sigungu") for c in run.project.get_scenario(preset).criteria])
    assert "–" in span, span
    write_score_set(run, ["gpkg", "shp"], tmp_path)
    with sqlite3.connect(tmp_path / "scores.gpkg") as con:
        slds = [row[0] for row in con.execute('SELECT "styleSLD" FROM layer_styles')]
    assert slds, "the GeoPackage stores its style in layer_styles"
    slds += [p.read_text(encoding="utf-8") for p in tmp_path.glob("*.sld")]  # any SLD beside the files
    for sld in slds:
        assert _style_title(sld) == f"점수 / Score ({span})"
