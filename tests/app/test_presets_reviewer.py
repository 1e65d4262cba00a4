"""Presets a policy reviewer accepts (issue 11 §7): a minimum-population rule for shrinking
cities at 읍면동, and an industrial base at 읍면동 measured by industry, not by proxies."""
from __future__ import annotations

from pathlib import Path

import pytest

from smartzone.app.model.presets import load_preset

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shrinking_emd():
    from smartzone.app.model.project import Project
    from smartzone.app.pipeline import run_scenario

    project = Project.demo(level="emd", preset="shrinking-city")
    return run_scenario(project, "shrinking-city").result


def test_shrinking_city_excludes_units_under_100_residents_and_says_so(shrinking_emd) -> None:
    dunchon = "1125070"  # 서울 강동구 둔촌1동: 36 residents in 2020 (redevelopment)
    assert dunchon in shrinking_emd.excluded
    assert "fewer than 100 residents" in shrinking_emd.excluded[dunchon]
    excluded_by_rule = [c for c, why in shrinking_emd.excluded.items() if "fewer than 100" in why]
    assert excluded_by_rule == [dunchon]  # the smallest real 면 (근북면 102, 중면 191) stay
    assert shrinking_emd.rank.loc["3236021"] >= 1  # 강원 철원군 근북면 is ranked
    preset = load_preset("shrinking-city")
    assert "100" in preset.description_en and "100명" in preset.description_ko
    rule = [pc for pc in preset.criteria if pc.criterion.indicator == "pop_2020"]
    assert rule and rule[0].criterion.weight == 0.0 and "Minimum-population rule" in rule[0].note


def test_industry_hub_at_emd_uses_no_foreign_or_apartment_proxy() -> None:
    preset = load_preset("industry-hub")
    emd = {c.indicator for c in preset.criteria_for("emd")}
    assert not emd & {"foreign_share", "apartment_share"}
    assert {"companies_per_km2", "sigungu_manufacturing_share", "sigungu_ict_share"} <= emd
    data = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    assert "a reviewer cannot defend them" in data


def test_emd_rows_carry_their_sigungu_industry_shares() -> None:
    import pandas as pd

    emd = pd.read_csv(ROOT / "resources" / "demo" / "indicators_emd.csv", dtype={"code": str}).set_index("code")
    sgg = pd.read_csv(ROOT / "resources" / "demo" / "indicators_sigungu.csv", dtype={"code": str}).set_index("code")
    gasan = emd.loc["1118051"]  # 서울 금천구 가산동
    assert gasan["sigungu_ict_share"] == sgg.loc["11180", "ict_share"]
    assert gasan["companies_per_km2"] > 1000


def test_the_newest_population_year_is_in_the_demo_with_its_year() -> None:
    import json

    import pandas as pd

    demo = ROOT / "resources" / "demo"
    emd = pd.read_csv(demo / "indicators_emd.csv", dtype={"code": str}).set_index("code")
    sgg = pd.read_csv(demo / "indicators_sigungu.csv", dtype={"code": str}).set_index("code")
    assert emd.loc["1125070", "pop_2025"] == 31371  # 둔촌1동 after the redevelopment
    # carried through names onto 3,414 읍면동 and all 250 시군구 (tests/test_newest_year.py)
    assert emd["pop_2025"].notna().sum() >= 3400 and sgg["pop_2025"].notna().sum() == 250
    meta = json.loads((demo / "metadata.json").read_text(encoding="utf-8"))
    text = json.dumps(meta, ensure_ascii=False)
    assert "총인구 (2025)" in text and "Population (2025)" in text
