"""Submissions keyed by the Ministry of the Interior's codes (행정표준코드) meet our census codes.

A region's map keyed by ``SIG_CD`` (종로구 11110 … 강동구 11740) used to match 5 of
the 25 Seoul 구, all to the wrong districts (동대문구's 11230 is our 강남구).
Codes are now recognised, translated through ``resources/codes/crosswalk_2020.csv``
and every match is checked by name.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pyogrio
import pytest

from smartzone.app.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
CROSSWALK = ROOT / "resources" / "codes" / "crosswalk_2020.csv"


def _crosswalk(level: str) -> dict[str, str]:
    with CROSSWALK.open(encoding="utf-8", newline="") as fh:
        return {r["census_code"]: r["mois_code"] for r in csv.DictReader(fh) if r["level"] == level}


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, Path]:
    """Our own scores (``smartzone score``) at both levels."""
    out = tmp_path_factory.mktemp("own")
    for preset, level in (("industry-hub", "sigungu"), ("shrinking-city", "emd")):
        assert main(["score", "--preset", preset, "--level", level, "--out", str(out / level),
                     "-q", "--top", "0"]) == 0
    return {"sigungu": out / "sigungu" / "scores.csv", "emd": out / "emd" / "scores.csv"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["score"]]


def _mois_shapefile(folder: Path, rows: list[dict[str, str]], level: str, code_field: str,
                    name_field: str, *, swap: tuple[str, str] | None = None) -> Path:
    """A CP949 shapefile without ``.cpg``, keyed by MOIS codes, as regions send them."""
    import geopandas as gpd

    districts = gpd.read_file(DEMO / "districts.gpkg", layer=level).set_index("code")
    to_mois = _crosswalk(level)
    codes = [r["code"] for r in rows]
    names = {r["code"]: r["name"].split()[-1] for r in rows}
    if swap:
        a, b = swap
        names[a], names[b] = names[b], names[a]
    frame = gpd.GeoDataFrame(
        {code_field: [to_mois[c] for c in codes], name_field: [names[c] for c in codes],
         "score": [float(r["score"]) for r in rows]},
        geometry=districts.loc[codes].geometry.values, crs=districts.crs,
    )
    path = folder / "submission.shp"
    pyogrio.write_dataframe(frame, path, encoding="cp949")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    assert not path.with_suffix(".cpg").exists()
    return path


def _rho(text: str) -> float:
    m = re.search(r"^Spearman rho\s+(-?\d\.\d+)", text, re.M)
    assert m, text
    return float(m.group(1))


def test_seoul_sig_cd_submission_compares_one_to_one(scores, tmp_path, capsys) -> None:
    seoul = [r for r in _rows(scores["sigungu"]) if r["code"].startswith("11")]
    assert len(seoul) == 25
    path = _mois_shapefile(tmp_path, seoul, "sigungu", "SIG_CD", "SIG_KOR_NM")
    assert main(["compare", "industry-hub", str(path), "--level", "sigungu", "-q"]) == 0
    text = capsys.readouterr().out
    assert "districts ranked in both: 25" in text
    assert re.search(r"^Spearman rho +1\.000 ", text, re.M) and _rho(text) == 1.0
    assert "matched 0, translated 25, mismatched 0, unmatched 0" in text
    assert "행정표준코드" in text and "names checked" in text


def test_a_name_that_disagrees_is_a_reported_mismatch(scores, tmp_path, capsys) -> None:
    seoul = [r for r in _rows(scores["sigungu"]) if r["code"].startswith("11")]
    # 11230 is 강남구 in the census and 동대문구 (MOIS 11230) … the file names two wrongly
    path = _mois_shapefile(tmp_path, seoul, "sigungu", "SIG_CD", "SIG_KOR_NM", swap=("11230", "11060"))
    assert main(["compare", "industry-hub", str(path), "--level", "sigungu", "-q"]) == 0
    text = capsys.readouterr().out
    assert "districts ranked in both: 23" in text
    assert "translated 23, mismatched 2" in text
    assert "mismatched: 11680 동대문구 -> 11230 서울특별시 강남구 (names disagree)" in text
    assert "mismatched: 11230 강남구 -> 11060 서울특별시 동대문구 (names disagree)" in text


def test_emd_adm_cd_submission_compares_one_to_one(scores, tmp_path, capsys) -> None:
    jongno = [r for r in _rows(scores["emd"]) if r["code"].startswith("1101")]
    assert len(jongno) >= 15
    path = _mois_shapefile(tmp_path, jongno, "emd", "ADM_CD", "ADM_NM")
    assert main(["compare", "shrinking-city", str(path), "--level", "emd", "-q"]) == 0
    text = capsys.readouterr().out
    assert f"districts ranked in both: {len(jongno)}" in text
    assert _rho(text) == 1.0
    assert f"translated {len(jongno)}, mismatched 0, unmatched 0" in text


def test_candidate_import_translates_and_reports_mismatches(scores, tmp_path) -> None:
    from smartzone.app.core.candidate_import import candidate_report, import_candidate_map
    from smartzone.app.core.model.project import Project

    seoul = [r for r in _rows(scores["sigungu"]) if r["code"].startswith("11")]
    path = _mois_shapefile(tmp_path, seoul, "sigungu", "SIG_CD", "SIG_KOR_NM", swap=("11230", "11060"))
    project = Project.demo(level="sigungu")
    sc = import_candidate_map(project, path)
    report = candidate_report(project, sc.name)
    assert report.encoding == "cp949"
    assert (report.matched, report.translated) == (23, 23)
    assert sorted(report.mismatched) == ["11230", "11680"]
    text = report.summary()
    assert "11680 동대문구 -> 11230 서울특별시 강남구 (names disagree)" in text
    from smartzone.app.core.candidate_import import external_result

    result = external_result(project, sc.name)
    own = {r["code"]: float(r["score"]) for r in seoul}
    assert result.score.loc["11010"] == pytest.approx(own["11010"])  # 종로구 lands on 종로구
    assert "이름 불일치" in result.excluded["11230"]
    assert result.recipe["code_match"]["counts"] == {"matched": 0, "translated": 23, "mismatched": 2,
                                                     "unmatched": 0}


def test_the_metadata_of_written_exports_carries_the_code_match(scores, tmp_path) -> None:
    import json

    from smartzone.app.core.candidate_import import import_candidate_map
    from smartzone.app.core.model.project import Project

    seoul = [r for r in _rows(scores["sigungu"]) if r["code"].startswith("11")]
    path = _mois_shapefile(tmp_path, seoul, "sigungu", "SIG_CD", "SIG_KOR_NM", swap=("11230", "11060"))
    project = Project.demo(level="sigungu")
    sc = import_candidate_map(project, path)
    plan = project.save(tmp_path / "plan.smartzone.json")
    out = tmp_path / "out"
    assert main(["score", "--project", str(plan), "--scenario", sc.name, "--out", str(out),
                 "--export", "shp", "-q", "--top", "0"]) == 0
    meta = json.loads((out / "scores_metadata.json").read_text(encoding="utf-8"))
    text = json.dumps(meta, ensure_ascii=False)
    assert '"translated": 23' in text and '"mismatched": 2' in text
    assert '["11680", "동대문구", "11230", "서울특별시 강남구"]' in text
