"""A project file is data: one schema at load, no reach outside local files, nothing dropped on save."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from smartzone.app.cli import main
from smartzone.app.core.model.projectfile import ProjectFileError, load_project, save_project

BASE = {"format": "smartzone-project", "schema_version": 1}


def _layer(path: str, **options) -> dict:
    return {"id": "districts", "kind": "vector", "path": path, "options": options}


def _write(tmp_path: Path, doc: dict | str) -> Path:
    path = tmp_path / "p.smartzone.json"
    path.write_text(doc if isinstance(doc, str) else json.dumps({**BASE, **doc}), encoding="utf-8")
    return path


WRONG_TYPES = [
    ({"scenarios": [{"name": "a", "criteria": [{"indicator": "x", "standardization": "minmax"}]}]},
     r"scenarios\[0\]\.criteria\[0\]\.standardization must be an object"),
    ({"scenarios": [{"name": "a", "criteria": [{"indicator": "x",
                                                 "constraints": [{"op": {"$gt": 1}, "value": 1}]}]}]},
     r"constraints\[0\]\.op must be text"),
    ({"layers": [_layer("d.gpkg", code_field=5)]}, r"layers\[0\]\.options\.code_field must be text, got 5"),
    ({"layers": [{**_layer("r.tif", band="two"), "kind": "raster"}]},
     r"options\.band must be an integer, got 'two'"),
    ({"layers": [_layer("d.shp", encoding="base64")]}, r"options\.encoding must be a text encoding"),
    ({"layers": [{**_layer("d.shp"), "opacity": 7}]}, r"opacity must be between 0 and 1"),
    ({"scenarios": [{"name": "a", "criteria": [{"indicator": "x", "weight": -1}]}]},
     r"weight must be between 0"),
    ({"scenarios": [{"name": "a", "criteria": [{"indicator": "x", "missing": "guess"}]}]},
     r"missing must be one of exclude, median, zero"),
    ({"title": ["a"]}, r"title must be text"),
    ({"crs": 5179}, r"crs must be text"),
]


@pytest.mark.parametrize(("doc", "pattern"), WRONG_TYPES)
def test_wrong_types_are_named_with_their_place(tmp_path, doc, pattern):
    with pytest.raises(ProjectFileError, match=pattern) as info:
        load_project(_write(tmp_path, doc))
    assert "p.smartzone.json" in str(info.value)


def test_deeply_nested_json_is_refused_without_recursion_error(tmp_path):
    path = _write(tmp_path, '{"format": "smartzone-project", "schema_version": 1, "x": '
                  + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(ProjectFileError, match="nested more than"):
        load_project(path)


def test_the_cli_says_which_value_is_wrong_without_a_traceback(tmp_path, capsys):
    path = _write(tmp_path, WRONG_TYPES[0][0])
    assert main(["score", "--project", str(path), "-q"]) == 2
    err = capsys.readouterr().err
    assert "standardization must be an object" in err and "Traceback" not in err


@pytest.mark.parametrize("remote", [
    "/vsicurl/http://127.0.0.1:9/x.gpkg",
    "/vsis3/bucket/key.shp",
    "https://example.invalid/x.geojson",
    "PG:dbname=gis host=10.0.0.1",
    "/vsizip//vsicurl/http://127.0.0.1:9/a.zip/a.shp",
])
def test_network_and_virtual_paths_are_refused_unless_allowed(tmp_path, monkeypatch, remote):
    monkeypatch.delenv("SMARTZONE_ALLOW_REMOTE", raising=False)
    path = _write(tmp_path, {"layers": [_layer(remote)]})
    with pytest.raises(ProjectFileError, match="network or virtual"):
        load_project(path)
    monkeypatch.setenv("SMARTZONE_ALLOW_REMOTE", "1")
    project = load_project(path)
    assert any("network or virtual" in w for w in project.warnings)


def test_readers_refuse_remote_paths_too(monkeypatch):
    from smartzone.layers.errors import UnsafePathError
    from smartzone.layers.raster import open_raster
    from smartzone.layers.tables import read_table
    from smartzone.layers.vector import read_districts

    monkeypatch.delenv("SMARTZONE_ALLOW_REMOTE", raising=False)
    for reader in (read_districts, read_table, open_raster):
        with pytest.raises(UnsafePathError, match="SMARTZONE_ALLOW_REMOTE"):
            reader("/vsicurl/http://127.0.0.1:9/x")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="POSIX devices")
def test_devices_and_fifos_are_refused(tmp_path):
    with pytest.raises(ProjectFileError, match="is a device"):
        load_project(_write(tmp_path, {"layers": [_layer("/dev/zero")]}))
    with pytest.raises(ProjectFileError, match="is a device"):
        load_project("/dev/zero")
    fifo = tmp_path / "fifo.gpkg"
    os.mkfifo(fifo)
    with pytest.raises(ProjectFileError, match="pipe"):
        load_project(_write(tmp_path, {"layers": [_layer("fifo.gpkg")]}))
    with pytest.raises(ProjectFileError, match="pipe"):
        load_project(fifo)


def test_paths_outside_the_project_folder_are_reported(tmp_path):
    project = load_project(_write(tmp_path, {"layers": [_layer("../../../etc/passwd")]}))
    assert any("outside its own folder" in w and "passwd" in w for w in project.warnings)
    inside = tmp_path / "d.gpkg"
    inside.write_bytes(b"x")
    project = load_project(_write(tmp_path, {"layers": [_layer("d.gpkg")]}))
    assert not any("outside" in w for w in project.warnings)


@pytest.mark.skipif(sys.platform == "win32", reason="procfs")
def test_proc_files_are_outside_the_folder(tmp_path):
    project = load_project(_write(tmp_path, {"layers": [_layer("/proc/self/environ")]}))
    assert any("outside its own folder" in w for w in project.warnings)


def test_unknown_keys_are_kept_on_save(tmp_path):
    (tmp_path / "d.gpkg").write_bytes(b"x")
    doc = {
        "x_top": {"made_by": "another tool"},
        "layers": [{**_layer("d.gpkg", role="districts"), "x_layer": [1, 2]}],
        "scenarios": [{"name": "a", "x_scenario": "keep",
                       "criteria": [{"indicator": "pop", "weight": 1, "x_criterion": True}]}],
    }
    path = _write(tmp_path, doc)
    project = load_project(path)
    out = save_project(project, tmp_path / "saved.smartzone.json")
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["x_top"] == {"made_by": "another tool"}
    assert saved["layers"][0]["x_layer"] == [1, 2]
    assert saved["scenarios"][0]["x_scenario"] == "keep"
    assert saved["scenarios"][0]["criteria"][0]["x_criterion"] is True


def test_imputed_districts_and_engine_notes_reach_the_cli(tmp_path, capsys):
    """Codes missing from the table are filled with the median: counted and noted, not silent."""
    import pandas as pd

    from smartzone.app.core.model.project import Project
    from smartzone.resources import demo_data

    path = Project.demo("sigungu").save(tmp_path / "p.smartzone.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    table = pd.read_csv(demo_data.indicators_path("sigungu"), dtype={"code": str})
    short = tmp_path / "indicators.csv"
    # growth 2020→2025 (median policy) is complete in the demo: blank it for 5 scored districts
    table.loc[table.index[40:45], "pop_growth_annual_2020_2025"] = float("nan")
    table.iloc[40:].to_csv(short, index=False)  # 40 districts have no row
    for lyr in doc["layers"]:
        if lyr["kind"] == "table":
            lyr["path"] = "indicators.csv"
            lyr["options"].pop("demo", None)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["score", "--project", str(path), "-q", "--top", "0"]) == 0
    out = capsys.readouterr().out
    import re

    filled = re.search(r"excluded: (\d+); scored with filled-in values: (\d+)", out)
    assert filled is not None, out
    assert int(filled.group(1)) == 40 and int(filled.group(2)) > 0  # some indicators impute
    assert "note: " in out and "filled with the median" in out
