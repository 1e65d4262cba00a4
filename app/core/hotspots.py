"""Hot spots of a score run: Queen contiguity of the districts + local statistics (Qt-free).

Used by ``smartzone score --hotspots``, the app's "Hot spots" map and the
report's hot-spot page. The statistics are :mod:`smartzone.scoring.hotspots`
(esda); the neighbours are :func:`smartzone.layers.contiguity.queen_contiguity`
with islands linked to the district at the smallest polygon distance (so 울릉군 and the island
읍면동 take part instead of being dropped; see that module).

Columns added to a result frame:

* ``lisa_cluster`` (``HH``, ``HL``, ``LH``, ``LL``, or ``ns`` when not
  significant after the FDR correction; empty for excluded districts) and
  ``lisa_p`` (pseudo p-value) for local Moran's I of the score;
* with ``method="gi"``: ``gi_cluster`` (``hot``, ``cold``, ``ns``) and ``gi_p``;
* with Monte-Carlo rank spreads (``rank_p95 - rank_p05``): ``spread_cluster``
  and ``spread_p``, local Moran's I of the spread (HH = a cluster of
  districts whose rank is uncertain).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from smartzone.app.core.words import QT_TRANSLATE_NOOP, words

if TYPE_CHECKING:
    from smartzone.layers.contiguity import Contiguity, IslandPolicy

#: Label -> (colour, legend text in English). Colours as GeoDa's LISA cluster map; the text is
#: worded by :func:`cluster_words` from the .ts (context ``Hotspots``).
CLUSTER_STYLE: dict[str, tuple[str, str]] = {
    "HH": ("#d7191c", QT_TRANSLATE_NOOP("Hotspots", "HH high-high (hot spot)")),
    "LL": ("#2c7bb6", QT_TRANSLATE_NOOP("Hotspots", "LL low-low (cold spot)")),
    "HL": ("#fdae61", QT_TRANSLATE_NOOP("Hotspots", "HL high-low (outlier)")),
    "LH": ("#abd9e9", QT_TRANSLATE_NOOP("Hotspots", "LH low-high (outlier)")),
    "hot": ("#d7191c", QT_TRANSLATE_NOOP("Hotspots", "hot spot (Gi*)")),
    "cold": ("#2c7bb6", QT_TRANSLATE_NOOP("Hotspots", "cold spot (Gi*)")),
    "ns": ("#eeeeee", QT_TRANSLATE_NOOP("Hotspots", "not significant")),
}
#: Label -> number, for the map canvas's categorical drawing (which takes numbers).
CLUSTER_CODES: dict[str, float] = {"HH": 1.0, "LH": 2.0, "LL": 3.0, "HL": 4.0, "hot": 5.0, "cold": 6.0, "ns": 0.0}


@dataclass
class HotspotOptions:
    """How to compute hot spots (defaults: Moran, 999 permutations, seed 0, 5 %, FDR)."""

    method: str = "moran"
    permutations: int = 999
    seed: int = 0
    alpha: float = 0.05
    correction: str = "fdr"
    islands: IslandPolicy = "nearest"


@dataclass
class HotspotSummary:
    """What was computed, for the console, the report and the GeoPackage metadata."""

    column: str
    counts: dict[str, int]
    threshold: float
    options: HotspotOptions
    islands: list[str] = field(default_factory=list)
    linked: dict[str, str] = field(default_factory=dict)

    def describe(self) -> str:
        o = self.options
        name = "local Moran's I" if o.method == "moran" else "Getis-Ord Gi*"
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        corr = {"fdr": "FDR (Benjamini-Hochberg)", "bonferroni": "Bonferroni", "none": "no correction"}[o.correction]
        isl = (f"; {len(self.islands)} districts without a Queen neighbour linked to their nearest district "
               "(smallest polygon distance, ties: first in layer order)"
               if self.linked else (f"; {len(self.islands)} districts without a neighbour: ns" if self.islands else ""))
        return (f"{self.column}: {name}, Queen contiguity, {o.permutations} conditional permutations "
                f"(seed {o.seed}), {corr} at {o.alpha:g} (p <= {self.threshold:.4g}): {counts}{isl}")


def contiguity(frame: Any, islands: IslandPolicy = "nearest") -> Contiguity:
    """Queen contiguity of a districts GeoDataFrame (``code`` column, polygon geometry)."""
    from smartzone.layers.contiguity import queen_contiguity

    return queen_contiguity(frame.geometry.to_numpy(), frame["code"].astype(str).tolist(), islands=islands)


def hotspots_of(
    frame: Any, values: pd.Series, options: HotspotOptions | None = None, *, neighbours: Any = None
) -> tuple[Any, Any]:
    """Local statistics of ``values`` (indexed by code) over ``frame``'s districts.

    Returns the :class:`~smartzone.scoring.hotspots.HotSpots` and the contiguity used.
    """
    from smartzone.scoring.hotspots import local_hotspots

    o = options or HotspotOptions()
    nb = neighbours if neighbours is not None else contiguity(frame, o.islands)
    codes = frame["code"].astype(str).to_numpy()
    v = pd.Series(pd.to_numeric(values.reindex(codes), errors="coerce").to_numpy(dtype=float), index=codes)
    hs = local_hotspots(v, nb.neighbours, method=o.method, permutations=o.permutations, seed=o.seed,
                        alpha=o.alpha, correction=o.correction)
    return hs, nb


def add_hotspots(
    frame: Any,
    options: HotspotOptions | None = None,
    *,
    spread: pd.Series | None = None,
) -> tuple[Any, list[HotspotSummary]]:
    """Add hot-spot columns to a result frame (``code``, ``score``, geometry); returns the copy and summaries."""
    o = options or HotspotOptions()
    out = frame.copy()
    codes = out["code"].astype(str)
    score = pd.Series(pd.to_numeric(out["score"], errors="coerce").to_numpy(dtype=float), index=codes.to_numpy())
    hs, nb = hotspots_of(out, score, o)
    prefix = "lisa" if o.method == "moran" else "gi"
    summaries = []
    for name, h in ((prefix, hs),):
        out[f"{name}_cluster"] = h.cluster.reindex(codes).fillna("").astype(str).to_numpy()
        out[f"{name}_p"] = h.p.reindex(codes).to_numpy(dtype=float)
        summaries.append(HotspotSummary(f"{name}_cluster", h.counts(), h.threshold, o, nb.islands, nb.linked))
    if spread is not None:
        moran = HotspotOptions(**{**o.__dict__, "method": "moran"})
        hs2, _ = hotspots_of(out, spread, moran, neighbours=nb)
        out["spread_cluster"] = hs2.cluster.reindex(codes).fillna("").astype(str).to_numpy()
        out["spread_p"] = hs2.p.reindex(codes).to_numpy(dtype=float)
        summaries.append(HotspotSummary("spread_cluster", hs2.counts(), hs2.threshold, moran, nb.islands, nb.linked))
    return out, summaries


def rank_spread(run: Any, n_runs: int = 200, seed: int = 0) -> pd.Series:
    """Monte-Carlo rank spread (95th - 5th percentile rank) of a score run's districts."""
    from smartzone.scoring.engine import ScoringSession
    from smartzone.scoring.registry import get_scorer
    from smartzone.scoring.sensitivity import monte_carlo

    sc = run.project.get_scenario(run.scenario)
    session = ScoringSession(run.matrix, sc.criteria, get_scorer(sc.method, **dict(sc.params)))
    mc = monte_carlo(session, n_runs=int(n_runs), seed=int(seed))
    spread = (mc.rank_p95 - mc.rank_p05).astype(float)
    spread.index = spread.index.astype(str)
    return spread


def cluster_categories(language: str = "ko") -> dict[float, tuple[str, str]]:
    """Number -> (colour, legend text) for drawing a cluster column with the map canvas/renderer."""
    return {CLUSTER_CODES[k]: (v[0], cluster_words(k, language)) for k, v in CLUSTER_STYLE.items()}


def cluster_words(label: str, language: str = "ko") -> str:
    """The legend text of a cluster label (``"HH"`` -> ``"HH 고-고 (핫스팟)"`` in Korean)."""
    return words(language, "Hotspots", CLUSTER_STYLE[label][1])


def cluster_values(labels: pd.Series) -> pd.Series:
    """Cluster labels -> the numbers of :data:`CLUSTER_CODES` (NaN where empty)."""
    return labels.map(lambda s: CLUSTER_CODES.get(str(s), np.nan)).astype(float)
