"""Administrative context of a district map: parent units, label tiers, insets (Qt-free).

A 시군구 map is read with 시도 outlines over it, a 읍면동 map with 시군구
outlines; names are shown by scale (시도 nationally, 시군구 when zoomed,
읍면동 further in). The parents are derived from the districts themselves by
dissolving on the census-code prefix (2 digits = 시도, 5 digits = 시군구), so
user layers with census codes get the same context as the demo data.

Scales are expressed as map resolution (metres per pixel); at 96 dpi
1 m/px is about 1:3,780.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

#: Code length of each administrative level (Statistics Korea census codes).
CODE_LENGTH = {"sido": 2, "sigungu": 5, "emd": 7}
#: Coarse to fine.
LEVEL_ORDER = ("sido", "sigungu", "emd")

#: Finest resolution (m/px) at which a level's names are still the ones shown:
#: 시도 names above 350 m/px (whole country on a screen), 시군구 from there
#: down to 45 m/px (a province or a city), 읍면동 below.
LABEL_MIN_RES = {"sido": 350.0, "sigungu": 45.0, "emd": 0.0}

#: Screen (96 dpi) scale denominators matching :data:`LABEL_MIN_RES`, for QGIS styles.
METRES_PER_PIXEL_96DPI = 0.0254 / 96

#: Short 시도 names as printed on Korean national maps.
SIDO_SHORT = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천",
    "광주광역시": "광주", "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종",
    "경기도": "경기", "강원도": "강원", "강원특별자치도": "강원", "충청북도": "충북",
    "충청남도": "충남", "전라북도": "전북", "전북특별자치도": "전북", "전라남도": "전남",
    "경상북도": "경북", "경상남도": "경남", "제주특별자치도": "제주",
}

#: Metropolitan areas offered as inset maps: title, the 시도 code prefixes of the
#: core city whose extent (grown by the pad fraction on each side) the inset shows.
METRO_AREAS: dict[str, tuple[str, tuple[str, ...], float]] = {
    "capital": ("서울·수도권", ("11",), 0.55),
    "busan": ("부산·울산", ("21", "26"), 0.12),
    "daegu": ("대구", ("22",), 0.15),
    "gwangju": ("광주", ("24",), 0.4),
    "daejeon": ("대전·세종", ("25", "29"), 0.2),
}
_METRO_EN = {"capital": "Seoul and the capital region", "busan": "Busan and Ulsan", "daegu": "Daegu",
             "gwangju": "Gwangju", "daejeon": "Daejeon and Sejong"}


def metro_title(key: str, language: str = "ko") -> str:
    """Title of a metropolitan inset in the map's language."""
    return _METRO_EN.get(key, key) if language == "en" else METRO_AREAS[key][0]


def label_scale_denominator(level: str) -> float:
    """Largest map-scale denominator (96 dpi) at which ``level`` names are drawn (QGIS)."""
    i = LEVEL_ORDER.index(level)
    res = LABEL_MIN_RES[LEVEL_ORDER[i - 1]] if i > 0 else float("inf")  # shown below the coarser tier
    return res / METRES_PER_PIXEL_96DPI


def level_of_codes(codes: Sequence[str]) -> str | None:
    """``"sido"``, ``"sigungu"`` or ``"emd"`` from the length of census codes, else None."""
    lengths = {len(str(c)) for c in codes}
    if len(lengths) != 1:
        return None
    n = lengths.pop()
    return next((lvl for lvl, k in CODE_LENGTH.items() if k == n), None)


def label_level(res: float, levels: Sequence[str]) -> str | None:
    """Which of ``levels`` (available on the map) is labelled at ``res`` m/px."""
    for lvl in LEVEL_ORDER:
        if lvl in levels and res >= LABEL_MIN_RES[lvl]:
            return lvl
    return levels[-1] if levels else None


def short_name(level: str, name: str, sido: str = "", parent: str = "") -> str:
    """Name as a map label: "서울", "종로구", "사직동" instead of the full path."""
    name = str(name).strip()
    if level == "sido":
        return SIDO_SHORT.get(name, name)
    for prefix in (parent, sido):
        if prefix and name.startswith(prefix + " "):
            name = name[len(prefix) + 1:]
    if level == "emd":
        return name.split(" ")[-1]
    # 시군구: "서울특별시 종로구" -> "종로구"; "경기도 수원시 장안구" -> "수원시 장안구"
    parts = name.split(" ")
    if len(parts) > 1 and parts[0] in SIDO_SHORT:
        return " ".join(parts[1:])
    return name


@dataclass
class ContextLevel:
    """One administrative level of a map.

    ``geoms`` are the (dissolved) polygons, or None for a level kept for its
    names only (시도 on a 읍면동 map: its outlines would add nothing the 시군구
    outlines do not show, and dissolving 3,500 polygons twice costs seconds).
    ``points`` are label anchors and ``bounds`` bounding boxes, one per unit.
    """

    level: str
    codes: list[str]
    names: list[str]
    labels: list[str]
    geoms: np.ndarray | None
    points: np.ndarray
    bounds: np.ndarray


def dissolve(geoms: Any, keys: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Union the geometries sharing a key (keys sorted); two threads, GEOS releases the GIL."""
    from concurrent.futures import ThreadPoolExecutor

    import shapely

    g = np.asarray(geoms, dtype=object)
    k = np.asarray([str(x) for x in keys])
    uniq = sorted(set(k.tolist()))
    groups = [g[k == key] for key in uniq]
    with ThreadPoolExecutor(max_workers=2) as pool:
        parts = list(pool.map(lambda part: shapely.union_all(part[~shapely.is_missing(part)]), groups))
    out = np.empty(len(uniq), dtype=object)
    out[:] = parts
    return uniq, out


def _group_points(geoms: np.ndarray, keys: Sequence[str], uniq: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Label point and bounds of each group without dissolving: the area-weighted
    centre of its members when it falls inside one, else a point in its largest member."""
    import shapely

    k = np.asarray([str(x) for x in keys])
    area = shapely.area(geoms)
    cent = shapely.get_coordinates(shapely.centroid(geoms))
    bb = shapely.bounds(geoms)
    points = np.zeros((len(uniq), 2))
    bounds = np.zeros((len(uniq), 4))
    for i, key in enumerate(uniq):
        m = np.flatnonzero(k == key)
        w = area[m]
        c = (cent[m] * w[:, None]).sum(axis=0) / max(float(w.sum()), 1e-9)
        inside = shapely.contains_xy(geoms[m], c[0], c[1]).any()
        if not inside:
            c = shapely.get_coordinates(shapely.point_on_surface(geoms[m[int(np.argmax(w))]]))[0]
        points[i] = c
        bounds[i] = (bb[m, 0].min(), bb[m, 1].min(), bb[m, 2].max(), bb[m, 3].max())
    return points, bounds


def _level(level: str, codes: list[str], names: list[str], labels: list[str], geoms: np.ndarray) -> ContextLevel:
    import shapely

    points = shapely.get_coordinates(shapely.point_on_surface(geoms))
    return ContextLevel(level, codes, names, labels, geoms, points, shapely.bounds(geoms))


_CACHE: dict[Any, list[ContextLevel]] = {}


def context_levels(frame: Any) -> list[ContextLevel]:
    """The map's own level and its parents, coarse to fine; empty without census codes.

    ``frame`` needs ``code`` and ``name`` columns (``sido`` gives the 시도
    names). On a 시군구 map the 시도 are dissolved; on a 읍면동 map the 시군구
    are dissolved and the 시도 kept for their names. Cached per set of districts
    (a few seconds of GEOS work for the whole country).
    """
    if "code" not in frame.columns or "name" not in frame.columns or len(frame) == 0:
        return []
    codes = frame["code"].astype(str).tolist()
    own = level_of_codes(codes)
    if own is None or own == "sido":
        return []
    import shapely

    geoms = np.asarray(frame.geometry.values, dtype=object)
    key = (own, len(codes), hash(tuple(codes)), tuple(np.round(shapely.total_bounds(geoms), 0)))
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    names = frame["name"].astype(str).tolist()
    sido = frame["sido"].astype(str).tolist() if "sido" in frame.columns else [""] * len(codes)
    sido_of = {c[:2]: s for c, s in zip(codes, sido, strict=True) if s and s != "None"}
    levels: list[ContextLevel] = []
    parent_names: dict[str, str] = {}
    sd_codes = sorted({c[:2] for c in codes})
    sd_names = [sido_of.get(k, k) for k in sd_codes]
    sd_labels = [short_name("sido", n) for n in sd_names]
    if own == "emd":
        sgg_codes, sgg_geoms = dissolve(geoms, [c[:5] for c in codes])
        first: dict[str, str] = {}
        for c, n in zip(codes, names, strict=True):
            first.setdefault(c[:5], n)
        # "서울특별시 종로구 사직동" -> "서울특별시 종로구"
        parent_names = {k: " ".join(n.split(" ")[:-1]) or k for k, n in first.items()}
        sgg_names = [parent_names[k] for k in sgg_codes]
        sgg_labels = [short_name("sigungu", n, sido_of.get(k[:2], "")) for k, n in
                      zip(sgg_codes, sgg_names, strict=True)]
        points, bounds = _group_points(geoms, [c[:2] for c in codes], sd_codes)
        levels.append(ContextLevel("sido", sd_codes, sd_names, sd_labels, None, points, bounds))
        levels.append(_level("sigungu", sgg_codes, sgg_names, sgg_labels, sgg_geoms))
    else:
        _, sd_geoms = dissolve(geoms, [c[:2] for c in codes])
        levels.append(_level("sido", sd_codes, sd_names, sd_labels, sd_geoms))
    own_labels = [short_name(own, n, sido_of.get(c[:2], ""), parent_names.get(c[:5], ""))
                  for c, n in zip(codes, names, strict=True)]
    levels.append(_level(own, codes, names, own_labels, geoms))
    if len(_CACHE) > 4:
        _CACHE.clear()
    _CACHE[key] = levels
    return levels


def metro_insets(codes: Sequence[str], top_codes: Sequence[str] = (), *, limit: int = 2) -> list[str]:
    """Metropolitan areas to show as insets on a national map.

    The capital region always (Seoul's 25 구 are a blob at national scale),
    then the other metropolitan area holding most of ``top_codes`` (small
    districts that rank high), up to ``limit`` insets.
    """
    present = {str(c)[:2] for c in codes}
    out = [key for key in ("capital",) if set(METRO_AREAS[key][1]) & present]
    counts = []
    for key, (_name, prefixes, _pad) in METRO_AREAS.items():
        if key == "capital":
            continue
        n = sum(1 for c in top_codes if str(c)[:2] in prefixes)
        if n:
            counts.append((-n, key))
    out += [key for _n, key in sorted(counts)]
    return out[:limit]
