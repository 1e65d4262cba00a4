"""Importing a region's candidate map (CP949 shapefile without .cpg) as an external scenario."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from smartzone.app.core.candidate_import import (
    CandidateImportError,
    candidate_report,
    import_candidate_map,
)
from smartzone.app.core.model.project import Project
from smartzone.app.core.pipeline import score_project

UNKNOWN = ["99001", "99002", "99003"]
DROPPED = 6  # districts left out of the submission


@pytest.fixture(scope="module")
def reference():
    """industry-hub ranks at sigungu, used as the region's submitted ranking."""
    project = Project.demo("sigungu")
    return score_project(project, "industry-hub")


def _demo_sigungu():
    import pyogrio

    from smartzone.resources import demo_data

    return pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")


@pytest.fixture
def submission(tmp_path, reference) -> Path:
    """A CP949 shapefile, no .cpg, Korean field names, a 순위 (rank) column, some codes unknown."""
    import pyogrio

    g = _demo_sigungu()[["code", "name", "geometry"]].rename(columns={"code": "SIG_CD", "name": "SIG_KOR_NM"})
    g["순위"] = reference.rank.reindex(g["SIG_CD"].astype(str)).astype("int64").to_numpy()
    g = g.iloc[DROPPED:].copy()
    g.loc[g.index[: len(UNKNOWN)], "SIG_CD"] = UNKNOWN
    folder = tmp_path / "제출"
    folder.mkdir()
    path = folder / "candidates.shp"
    pyogrio.write_dataframe(g, path, encoding="cp949")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    assert not path.with_suffix(".cpg").exists()
    raw = path.with_suffix(".dbf").read_bytes()
    assert "순위".encode("cp949") in raw and "제주특별자치도".encode("cp949") in raw
    return path


def test_import_adds_an_external_scenario_with_a_report(submission) -> None:
    project = Project.demo("sigungu")
    n_before = len(project.scenarios)
    sc = import_candidate_map(project, submission)
    assert len(project.scenarios) == n_before + 1
    assert project.scenarios[sc.name] == sc
    assert sc.name == "candidates"
    assert sc.method == "external"
    assert sc.params["value_field"] == "순위"  # found automatically, decoded from CP949
    assert sc.params["kind"] == "rank"
    assert Path(sc.params["path"]) == submission.resolve()
    rep = candidate_report(project, sc.name)
    assert rep.encoding.lower().replace("-", "") in ("cp949", "euckr")
    assert rep.encoding_source == "detected"
    assert rep.unmatched == UNKNOWN
    assert rep.matched == 250 - DROPPED - len(UNKNOWN)
    assert len(rep.missing) == DROPPED + len(UNKNOWN)
    assert "99001" in rep.summary()


def test_import_is_undoable(submission) -> None:
    project = Project.demo("sigungu")
    names = project.scenario_names
    sc = import_candidate_map(project, submission, name="경상북도 제출안")
    assert project.scenario_names == [*names, "경상북도 제출안"]
    assert project.can_undo and "경상북도 제출안" in project.undo_stack.undo_text
    project.undo()
    assert project.scenario_names == names
    project.redo()
    assert project.get_scenario("경상북도 제출안") == sc


def test_external_scores_from_ranks(submission, reference) -> None:
    project = Project.demo("sigungu")
    sc = import_candidate_map(project, submission)
    result = score_project(project, sc.name)
    assert result.recipe["method"] == "external"
    assert result.recipe["field"] == "순위"
    assert Path(result.recipe["source"]) == submission.resolve()
    ranked = result.score.dropna()
    assert len(ranked) == 250 - DROPPED - len(UNKNOWN)
    # score = 100 (1 - (rank - 1) / (n - 1)) with the file's ranks
    file_rank = reference.rank.reindex(ranked.index).astype(float)
    n = max(len(ranked), int(file_rank.max()))
    np.testing.assert_allclose(ranked.to_numpy(), 100 * (1 - (file_rank.to_numpy() - 1) / (n - 1)))
    assert ranked.max() <= 100 and ranked.min() >= 0
    # excluded: the districts the file does not carry, with a reason
    assert len(result.excluded) == DROPPED + len(UNKNOWN)
    assert all("candidate map" in reason for reason in result.excluded.values())
    # same order as the submitted ranking: comparing them agrees perfectly
    from smartzone.scoring.compare import compare_rankings

    cmp = compare_rankings(reference, result, top_k=10)
    assert cmp.spearman == pytest.approx(1.0)
    assert cmp.n_common == len(ranked)


def test_project_round_trip_keeps_the_external_scenario(submission, tmp_path) -> None:
    project = Project.demo("sigungu")
    sc = import_candidate_map(project, submission)
    before = score_project(project, sc.name)
    saved = project.save(submission.parent / "plan.smartzone.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    stored = next(s for s in data["scenarios"] if s["name"] == sc.name)
    assert stored["method"] == "external"
    assert stored["params"]["path"] == "candidates.shp"  # relative to the project file
    # move the folder (project + submission) elsewhere: the relative path still resolves
    moved = tmp_path / "moved"
    shutil.copytree(submission.parent, moved)
    loaded = Project.load(moved / "plan.smartzone.json")
    assert not [w for w in loaded.warnings if "candidate" in w]
    lsc = loaded.get_scenario(sc.name)
    assert lsc.method == "external"
    assert Path(lsc.params["path"]) == (moved / "candidates.shp").resolve()
    after = score_project(loaded, sc.name)
    pd.testing.assert_series_equal(after.score, before.score)
    # a missing candidate file is a load warning, not a failure
    (moved / "candidates.shp").unlink()
    again = Project.load(moved / "plan.smartzone.json")
    assert any("candidates.shp" in w for w in again.warnings)
    with pytest.raises(CandidateImportError, match="not found"):
        score_project(again, sc.name)


def test_scores_outside_0_100_are_rescaled(tmp_path) -> None:
    g = _demo_sigungu()[["code", "name", "geometry"]]
    g["점수"] = np.linspace(200.0, 1200.0, len(g))
    path = tmp_path / "points.gpkg"
    g.to_file(path, layer="submission", driver="GPKG")
    project = Project.demo("sigungu")
    sc = import_candidate_map(project, path, kind="score")
    assert sc.params["value_field"] == "점수" and sc.params["kind"] == "score"
    rep = candidate_report(project, sc.name)
    assert rep.rescaled and rep.value_range == (200.0, 1200.0)
    assert rep.unmatched == [] and rep.missing == []
    result = score_project(project, sc.name)
    assert result.score.min() == pytest.approx(0.0) and result.score.max() == pytest.approx(100.0)
    best = g.loc[g["점수"].idxmax(), "code"]
    assert int(result.rank[str(best)]) == 1


def test_no_common_code_or_no_value_field_fail_without_adding(tmp_path) -> None:
    g = _demo_sigungu()[["code", "name", "geometry"]].head(20)
    g["rank"] = np.arange(1, 21)
    g["code"] = [f"4{i:09d}" for i in range(20)]  # 10-digit 행정동-style codes: no match
    bad_codes = tmp_path / "other_codes.gpkg"
    g.to_file(bad_codes, driver="GPKG")
    project = Project.demo("sigungu")
    names = project.scenario_names
    with pytest.raises(CandidateImportError, match="None of the 20 codes"):
        import_candidate_map(project, bad_codes)
    g2 = _demo_sigungu()[["code", "name", "geometry"]].head(20)
    g2["인구"] = 1.0
    no_field = tmp_path / "no_field.gpkg"
    g2.to_file(no_field, driver="GPKG")
    with pytest.raises(CandidateImportError, match="No score or rank field"):
        import_candidate_map(project, no_field)
    assert project.scenario_names == names
    assert not project.can_undo


def test_cli_compare_with_an_imported_scenario(submission, capsys) -> None:
    from smartzone.app.cli import main

    project = Project.demo("sigungu")
    import_candidate_map(project, submission, name="제출안")
    saved = project.save(submission.parent / "plan.smartzone.json")
    code = main(["compare", "--project", str(saved), "industry-hub", "제출안", "-q"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Spearman rho    1.000" in out


def test_field_choice_when_names_are_not_recognised(tmp_path) -> None:
    from smartzone.app.core.candidate_import import candidate_fields

    g = _demo_sigungu()[["code", "name", "geometry"]]
    g["평가"] = [f"{i + 1}위" for i in range(len(g))]  # ranks written as text
    g["비고"] = "검토"
    path = tmp_path / "custom.gpkg"
    g.to_file(path, driver="GPKG")
    assert candidate_fields(path) == ["평가"]
    project = Project.demo("sigungu")
    sc = import_candidate_map(project, path, value_field="평가", kind="rank", name="text ranks")
    result = score_project(project, sc.name)
    first = str(g["code"].iloc[0])
    assert float(result.score[first]) == pytest.approx(100.0)
    assert int(result.rank[first]) == 1
