"""Project files: round trip, relative paths, atomic save, validation messages."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from smartzone.app.core.model.events import Event
from smartzone.app.core.model.project import LayerRef, Project, Scenario
from smartzone.app.core.model.projectfile import (
    SCHEMA_VERSION,
    ProjectFileError,
    load_project,
    project_to_dict,
    save_project,
)
from smartzone.scoring.model import Constraint, Criterion, Standardization


@pytest.fixture(autouse=True)
def _strict_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Event, "raise_errors", True)


def _make_project(root: Path) -> Project:
    data = root / "data"
    data.mkdir()
    (data / "districts.gpkg").write_bytes(b"x")
    (data / "지표.csv").write_text("code,x\n", encoding="utf-8")
    crits = (
        Criterion(
            "ict_share",
            direction="benefit",
            standardization=Standardization("fuzzy_sigmoid", {"a": 0.1, "b": 2.0}),
            weight=0.4,
            constraints=(Constraint("<", 5000.0, "population under 5,000"),),
            missing="exclude",
            label_ko="정보통신업 비중",
            label_en="ICT share",
        ),
        Criterion("death_rate", direction="cost", weight=0.6),
    )
    return Project(
        level="emd",
        layers=[
            LayerRef("districts", "vector", data / "districts.gpkg", "읍면동",
                     options={"role": "districts", "layer": "emd", "code_field": "code"}),
            LayerRef("indicators", "table", data / "지표.csv", "지표", visible=False, opacity=0.3,
                     options={"role": "indicators", "encoding": "cp949"}),
        ],
        scenarios=[
            Scenario("산업 거점", "topsis", {"distance": "euclidean"}, crits, preset="industry-hub",
                     description="스마트도시 특화단지"),
            Scenario("b", "wlc", {}, crits[1:]),
        ],
        active="b",
        view_extent=(900000.0, 1500000.0, 1100000.0, 2100000.0),
        crs="EPSG:5186",
        title="시험 프로젝트",
    )


def _same(a: Project, b: Project) -> None:
    assert a.level == b.level and a.active == b.active and a.crs == b.crs and a.title == b.title
    assert a.view_extent == b.view_extent
    assert a.layers == b.layers
    assert dict(a.scenarios) == dict(b.scenarios)


def test_round_trip_with_relative_paths(tmp_path) -> None:
    project = _make_project(tmp_path)
    target = tmp_path / "projects" / "plan.smartzone.json"
    target.parent.mkdir()
    project.save(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "smartzone-project" and data["schema_version"] == SCHEMA_VERSION
    assert [lyr["path"] for lyr in data["layers"]] == ["../data/districts.gpkg", "../data/지표.csv"]
    assert "정보통신업 비중" in target.read_text(encoding="utf-8")  # readable, not \\u-escaped
    assert data["scenarios"][0]["criteria"][0]["weight"] == 0.4
    loaded = load_project(target)
    _same(project, loaded)
    # data beside the projects folder: said once (the project reads files outside its folder)
    assert len(loaded.warnings) == 1 and "2 file(s) outside its own folder" in loaded.warnings[0]
    assert not loaded.dirty and loaded.path == target.resolve()
    # moving the whole folder keeps the project working
    moved = tmp_path / "moved"
    shutil.copytree(tmp_path / "data", moved / "data")
    shutil.copytree(tmp_path / "projects", moved / "projects")
    again = Project.load(moved / "projects" / "plan.smartzone.json")
    assert len(again.warnings) == 1 and "not found" not in again.warnings[0]
    assert again.layer("districts").path == moved / "data" / "districts.gpkg"


def test_save_load_save_is_byte_identical(tmp_path) -> None:
    project = _make_project(tmp_path)
    a = save_project(project, tmp_path / "a.smartzone.json")
    b = save_project(load_project(a), tmp_path / "a2.smartzone.json")
    assert a.read_bytes() == b.read_bytes()


def test_missing_layer_file_is_a_warning(tmp_path) -> None:
    project = _make_project(tmp_path)
    path = project.save(tmp_path / "p.smartzone.json")
    (tmp_path / "data" / "지표.csv").unlink()
    loaded = load_project(path)
    assert len(loaded.warnings) == 1
    assert "지표" in loaded.warnings[0] and "was not found" in loaded.warnings[0]
    assert len(loaded.layers) == 2


def test_failed_write_leaves_old_file_intact(tmp_path, monkeypatch) -> None:
    project = _make_project(tmp_path)
    path = project.save(tmp_path / "p.smartzone.json")
    before = path.read_bytes()
    project.set_weight("death_rate", 0.9, scenario="b")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ProjectFileError, match=r"Cannot save project .*p.smartzone.json: No space left"):
        project.save()
    assert path.read_bytes() == before
    assert project.dirty  # still unsaved
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []  # no temp debris
    monkeypatch.undo()
    project.save()
    assert load_project(path).get_scenario("b").criterion("death_rate").weight == 0.9


def test_save_into_missing_folder(tmp_path) -> None:
    project = _make_project(tmp_path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        project.save(tmp_path / "nope" / "p.smartzone.json")


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        ('{"format": "smartzone-project",\n  "schema_version": 1,\n  "layers": [,]}',
         r"bad.smartzone.json is not valid JSON: Expecting value at line 3, column 14"),
        ("", r"is not valid JSON: Expecting value at line 1, column 1"),
        ('{"format": "qgis", "schema_version": 1}', r"bad.smartzone.json is not a SmartZone project file"),
        ('{"format": "smartzone-project", "schema_version": 7}',
         r"bad.smartzone.json: unsupported schema version 7 \(written by a newer SmartZone"),
        ('{"format": "smartzone-project", "schema_version": "1"}', r"schema_version must be an integer"),
        ('[1, 2]', r"the top level must be an object"),
        ('{"format": "smartzone-project", "schema_version": 1, "layers": {}}', r"layers must be a list"),
        ('{"format": "smartzone-project", "schema_version": 1, "layers": [{"id": "x", "kind": "vector"}]}',
         r"layers\[0\] has no 'path'"),
        ('{"format": "smartzone-project", "schema_version": 1, "layers": '
         '[{"id": "x", "kind": "mesh", "path": "a"}]}', r"layers\[0\]\.kind must be one of"),
        ('{"format": "smartzone-project", "schema_version": 1, "scenarios": [{"name": "a", '
         '"criteria": [{"weight": 1}]}]}', r"scenarios\[0\].criteria\[0\] has no 'indicator'"),
        ('{"format": "smartzone-project", "schema_version": 1, "scenarios": [{"method": "wlc"}]}',
         r"scenarios\[0\] has no 'name'"),
        ('{"format": "smartzone-project", "schema_version": 1, "level": "sido"}', r"level must be one of sigungu, emd, got 'sido'"),
        ('{"format": "smartzone-project", "schema_version": 1, "scenarios": [{"name": "a"}], "active": "z"}',
         r"Active scenario 'z' is not one of: a"),
        ('{"format": "smartzone-project", "schema_version": 1, "view_extent": [1, 2]}', r"view_extent must have 4 entries"),
    ],
)
def test_malformed_files_give_clear_messages(tmp_path, content, pattern) -> None:
    path = tmp_path / "bad.smartzone.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectFileError, match=pattern):
        load_project(path)


def test_not_utf8_and_missing_file(tmp_path) -> None:
    path = tmp_path / "bin.smartzone.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ProjectFileError, match="is not UTF-8 text"):
        load_project(path)
    with pytest.raises(ProjectFileError, match="does not exist"):
        load_project(tmp_path / "missing.smartzone.json")


def test_minimal_file_loads_with_defaults(tmp_path) -> None:
    path = tmp_path / "min.smartzone.json"
    path.write_text('{"format": "smartzone-project", "schema_version": 1}', encoding="utf-8")
    p = load_project(path)
    assert p.level == "sigungu" and p.crs == "EPSG:5179" and p.layers == () and p.active is None


def test_absolute_path_kept_when_no_relative_path(tmp_path, monkeypatch) -> None:
    project = _make_project(tmp_path)

    def no_relpath(path, start=None):
        raise ValueError("path is on mount 'D:', start on mount 'C:'")

    monkeypatch.setattr(os.path, "relpath", no_relpath)
    data = project_to_dict(project, tmp_path / "elsewhere")
    assert data["layers"][0]["path"] == str(tmp_path / "data" / "districts.gpkg")


def test_demo_project_file_round_trip(tmp_path) -> None:
    pytest.importorskip("smartzone.resources.demo_data")
    from smartzone.app.core.model.presets import available_presets

    if "industry-hub" not in available_presets():
        pytest.skip("presets not there yet")
    demo = Project.demo()
    path = demo.save(tmp_path / "demo.smartzone.json")
    loaded = load_project(path)
    _same(demo, loaded)
    bundled = Path(demo.layer("districts").path).parent / "demo-project.smartzone.json"
    if bundled.exists():
        shipped = load_project(bundled)
        assert shipped.warnings == []
        assert {lyr.id for lyr in shipped.layers} == {lyr.id for lyr in demo.layers}
