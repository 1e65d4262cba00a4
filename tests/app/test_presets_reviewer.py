"""Presets a policy reviewer accepts (issue 11 §7): a minimum-population rule for shrinking
cities at 읍면동, and an industrial base at 읍면동 measured by industry, not by proxies."""
from __future__ import annotations

from pathlib import Path

import pytest

from smartzone.app.core.model.presets import load_preset

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shrinking_emd():
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario

    project = Project.demo(level="emd", preset="shrinking-city")
    return run_scenario(project, "shrinking-city").result


def test_shrinking_city_excludes_units_under_100_residents_and_says_so(shrinking_emd) -> None:
    dunchon = "1125070"  # 서울 강동구 둔촌1동: 36 residents in 2020 (redevelopment)
    assert dunchon in shrinking_emd.excluded
    assert "fewer than 100 residents" in shrinking_emd.excluded[dunchon]
    by_2020 = [c for c, why in shrinking_emd.excluded.items() if "fewer than 100 residents (census 2020)" in why]
    assert by_2020 == [dunchon]  # the 2020 rule: only the demolition site
    # the same rule on the newest population: 철원 근북면 (102 in 2020, 84 in 2025) falls under it
    by_2025 = [c for c, why in shrinking_emd.excluded.items() if "fewer than 100 residents (census 2025)" in why]
    assert by_2025 == ["3236021"]
    assert shrinking_emd.rank.loc["3135037"] >= 1  # 경기 연천군 중면, 147 in 2025, is ranked
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
    # carried through names onto 3,422 읍면동 and all 250 시군구 (tests/test_newest_year.py)
    assert emd["pop_2025"].notna().sum() >= 3400 and sgg["pop_2025"].notna().sum() == 250
    meta = json.loads((demo / "metadata.json").read_text(encoding="utf-8"))
    text = json.dumps(meta, ensure_ascii=False)
    assert "총인구 (2025)" in text and "Population (2025)" in text


# --- the newest census year (issue 11 §7, third bullet) -----------------------------------

#: Criteria whose data are the population itself (size, density, growth): they must use the
#: newest census year the demo carries; other criteria exist for 2020 only and say so.
POPULATION_FAMILY = ("pop_", "density")


def _meta() -> dict[str, dict]:
    import json

    meta = json.loads((ROOT / "resources" / "demo" / "metadata.json").read_text(encoding="utf-8"))
    return {d["id"]: d for d in meta["indicators"]}


@pytest.mark.parametrize("preset_id", ["industry-hub", "shrinking-city"])
@pytest.mark.parametrize("level", ["sigungu", "emd"])
def test_population_criteria_use_the_newest_year_and_every_note_names_its_year(preset_id, level) -> None:
    from smartzone.resources.build_demo import NEWEST_YEAR

    meta = _meta()
    preset = load_preset(preset_id)
    weighted = [pc for pc in preset.criteria if level in pc.levels and pc.criterion.weight > 0]
    population = [pc for pc in weighted if pc.criterion.indicator.startswith(POPULATION_FAMILY)]
    assert len(population) >= 2, [pc.criterion.indicator for pc in weighted]
    for pc in population:
        years = meta[pc.criterion.indicator]["years"]
        assert years[-1] == NEWEST_YEAR, (pc.criterion.indicator, years)
    for pc in weighted:
        years = meta[pc.criterion.indicator]["years"]
        span = "→".join(str(y) for y in years) if len(years) > 1 else str(years[0])
        assert span in pc.note and span in pc.note_ko, (pc.criterion.indicator, span)
    assert str(NEWEST_YEAR) in preset.description_en and str(NEWEST_YEAR) in preset.description_ko


def test_shrinking_city_rules_use_the_newest_population_and_keep_demolitions_out(shrinking_emd) -> None:
    import pandas as pd

    emd = pd.read_csv(ROOT / "resources" / "demo" / "indicators_emd.csv", dtype={"code": str}).set_index("code")
    preset = load_preset("shrinking-city")
    rules = {pc.criterion.indicator: pc for pc in preset.criteria
             if "emd" in pc.levels and pc.criterion.weight == 0 and pc.criterion.constraints}
    assert {"pop_2025", "pop_change_2020_2025"} <= set(rules)
    banpo = "1122056"  # 서울 서초구 반포본동: 10,870 -> 134 (반포주공 reconstruction)
    assert "demolition" in shrinking_emd.excluded[banpo]
    assert "1125070" in shrinking_emd.excluded  # 둔촌1동: 36 residents behind its 2020 rates
    top = shrinking_emd.rank.dropna().sort_values().index[:10]
    assert emd.loc[top, "pop_2025"].min() >= 500  # real communities, not emptied estates
    assert emd.loc[top, "pop_change_2020_2025"].min() > -50
    assert emd.loc[top, "pop_change_2020_2025"].max() < 0  # every one of them is shrinking


def test_industry_hub_top_ten_are_populated_in_the_newest_year() -> None:
    import pandas as pd

    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario

    for level in ("sigungu", "emd"):
        table = pd.read_csv(ROOT / "resources" / "demo" / f"indicators_{level}.csv",
                            dtype={"code": str}).set_index("code")
        result = run_scenario(Project.demo(level=level, preset="industry-hub"), "industry-hub").result
        top = result.rank.dropna().sort_values().index[:10]
        assert table.loc[top, "pop_2025"].min() >= 5000, level
        # units without a 2025 population are excluded with that reason, not imputed
        missing = table.index[table["pop_2025"].isna()]
        assert all("missing value in pop_2025" in result.excluded[c] for c in missing), level
