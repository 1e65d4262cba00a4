"""Hot spots of suitability (and of its uncertainty): local Moran's I and Getis-Ord Gi*.

The statistics are esda's (PySAL); this module only joins them to district
scores: which districts take part, which neighbour lists, which seed, which
multiple-testing correction, and the labels written to the outputs.

* **Weights**: the neighbour lists come from outside (Queen contiguity of the
  district polygons, :func:`smartzone.layers.contiguity.queen_contiguity`,
  islands linked to the district at the smallest polygon distance), row-standardised.
  Districts with no score (excluded) are left out; a district whose every
  neighbour is left out has no neighbour and is labelled ``ns`` with
  ``p = NaN``.
* **Inference**: conditional permutations (Anselin 1995): each district's
  value is held fixed and its neighbours drawn at random from the others,
  ``permutations`` times (default 999) with a fixed ``seed``, so two runs give
  the same p-values. The pseudo p-value is esda's folded one,
  ``(1 + #{more extreme}) / (permutations + 1)``.
* **Multiple testing**: by default the false-discovery-rate correction of
  Benjamini & Hochberg (esda's ``fdr``): a district is significant when
  ``p <= p*``, ``p* = i alpha / n`` for the largest ``i`` with
  ``p_(i) < i alpha / n`` (``alpha / n`` when there is none). ``"none"``
  compares each ``p`` with ``alpha`` (many false hot spots among 3,500
  districts at 5 %), ``"bonferroni"`` with ``alpha / n``.
* **Labels** (local Moran): ``HH`` (high among high: a hot spot), ``LL``
  (cold spot), ``HL`` / ``LH`` (spatial outliers), ``ns`` (not significant);
  quadrants as in GeoDa (esda ``q`` 1..4 = HH, LH, LL, HL).
  Getis-Ord Gi* (``method="gi"``, the district itself included in its
  neighbourhood): ``hot`` / ``cold`` / ``ns`` from the sign of the z-score.

References: Anselin, L. (1995), Local indicators of spatial association -
LISA, *Geographical Analysis* 27(2), 93-115; Ord, J. K. & Getis, A. (1995),
*Geographical Analysis* 27(4), 286-306; Benjamini, Y. & Hochberg, Y. (1995),
*JRSS B* 57(1), 289-300.
"""
from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .errors import ParameterError

__all__ = ["CORRECTIONS", "HotSpots", "MORAN_LABELS", "local_hotspots", "spatial_weights"]

MORAN_LABELS: dict[int, str] = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
CORRECTIONS: tuple[str, ...] = ("fdr", "bonferroni", "none")
METHODS: tuple[str, ...] = ("moran", "gi")


@dataclass(frozen=True)
class HotSpots:
    """Local statistics of one variable, per district (index = district codes given).

    Attributes
    ----------
    cluster
        ``HH``/``HL``/``LH``/``LL``/``ns`` (Moran) or ``hot``/``cold``/``ns`` (Gi*);
        ``<NA>`` where the value was missing.
    p
        Pseudo p-value from the conditional permutations (NaN: not tested).
    statistic
        Local Moran's I, or the Gi* z-score.
    threshold
        The p-value below or at which a district is significant (after the correction).
    """

    cluster: pd.Series
    p: pd.Series
    statistic: pd.Series
    threshold: float
    method: str
    permutations: int
    seed: int
    alpha: float
    correction: str
    info: dict[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Number of districts per label."""
        return {str(k): int(v) for k, v in self.cluster.value_counts().items()}


def spatial_weights(neighbours: Mapping[str, Sequence[str]], codes: Sequence[str]) -> Any:
    """Row-standardised libpysal ``W`` over ``codes`` from neighbour lists (others dropped).

    Returns the ``W`` (ids = codes, in that order); districts left without a
    neighbour are its islands.
    """
    from libpysal.weights import W

    keep = set(codes)
    nb = {c: [n for n in neighbours.get(c, ()) if n in keep and n != c] for c in codes}
    with warnings.catch_warnings():  # islands and components are reported by the caller
        warnings.simplefilter("ignore")
        w = W(nb, id_order=list(codes), silence_warnings=True)
        w.transform = "r"
    return w


def _threshold(p: np.ndarray, alpha: float, correction: str) -> float:
    if p.size == 0:
        return 0.0
    if correction == "none":
        return alpha
    if correction == "bonferroni":
        return alpha / p.size
    from esda import fdr

    return float(fdr(p, alpha))


def local_hotspots(
    values: pd.Series,
    neighbours: Mapping[str, Sequence[str]],
    *,
    method: str = "moran",
    permutations: int = 999,
    seed: int = 0,
    alpha: float = 0.05,
    correction: str = "fdr",
) -> HotSpots:
    """Local Moran's I (or Gi*) of ``values`` with conditional permutation inference.

    Parameters
    ----------
    values
        One value per district (index = codes); NaN = not scored (left out).
    neighbours
        District code -> neighbouring codes (e.g. Queen contiguity).
    method
        ``"moran"`` (LISA clusters and outliers) or ``"gi"`` (Getis-Ord Gi*).
    permutations
        Conditional permutations per district (99-99,999).
    seed
        Random seed of the permutations.
    alpha
        Significance level (0 < alpha < 1).
    correction
        ``"fdr"`` (default), ``"bonferroni"`` or ``"none"``.
    """
    if method not in METHODS:
        raise ParameterError(f"hot-spot method must be one of {', '.join(METHODS)}, got {method!r}",
                             key="param_choice", name="method", value=str(method), choices=list(METHODS))
    if correction not in CORRECTIONS:
        raise ParameterError(f"correction must be one of {', '.join(CORRECTIONS)}, got {correction!r}",
                             key="param_choice", name="correction", value=str(correction), choices=list(CORRECTIONS))
    if not (isinstance(permutations, int | np.integer) and 99 <= permutations <= 99_999):
        raise ParameterError(f"permutations must be an integer from 99 to 99,999, got {permutations!r}",
                             key="param_between", name="permutations", low=99, high="99,999", value=repr(permutations))
    if not (isinstance(alpha, float | int) and 0 < alpha < 1):
        raise ParameterError(f"alpha must lie strictly between 0 and 1, got {alpha!r}", key="param_between",
                             name="alpha", low=0, high=1, value=repr(alpha))
    index = pd.Index(values.index.astype(str))
    y_all = pd.to_numeric(values, errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(y_all)
    codes = list(index[ok])
    w = spatial_weights(neighbours, codes)
    has_nb = np.array([len(w.neighbors[c]) > 0 for c in codes], dtype=bool)
    tested = [c for c, h in zip(codes, has_nb, strict=True) if h]
    cluster = pd.Series(pd.NA, index=index, dtype="string", name="cluster")
    p_out = pd.Series(np.nan, index=index, name="p")
    stat = pd.Series(np.nan, index=index, name="statistic")
    cluster[ok] = "ns"
    threshold = 0.0
    y = y_all[ok][has_nb]
    if len(tested) >= 3 and np.ptp(y) > 0:
        wt = spatial_weights(neighbours, tested)
        with warnings.catch_warnings(), np.errstate(invalid="ignore", divide="ignore"):
            warnings.simplefilter("ignore")
            if method == "moran":
                from esda import Moran_Local

                lisa = Moran_Local(
                    y, wt, transformation="r", permutations=int(permutations), seed=int(seed),
                    n_jobs=1, keep_simulations=False,
                )
                p = np.asarray(lisa.p_sim, dtype=float)
                labels = np.array([MORAN_LABELS[int(q)] for q in lisa.q], dtype=object)
                s = np.asarray(lisa.Is, dtype=float)
            else:
                from esda import G_Local

                gi = G_Local(
                    y, wt, transform="R", permutations=int(permutations), star=True, seed=int(seed),
                    n_jobs=1, keep_simulations=False,
                )
                p = np.asarray(gi.p_sim, dtype=float)
                s = np.asarray(gi.Zs, dtype=float)
                labels = np.where(s > 0, "hot", "cold").astype(object)
        # esda keeps p in float32; the pseudo p-value is a count over (permutations + 1)
        p = np.round(p * (permutations + 1)) / (permutations + 1)
        threshold = _threshold(p, float(alpha), correction)
        labels = np.where(p <= threshold, labels, "ns")
        cluster[tested] = labels
        p_out[tested] = p
        stat[tested] = s
    return HotSpots(
        cluster=cluster,
        p=p_out,
        statistic=stat,
        threshold=float(threshold),
        method=method,
        permutations=int(permutations),
        seed=int(seed),
        alpha=float(alpha),
        correction=correction,
        info={"n_tested": len(tested), "n_no_neighbour": int((~has_nb).sum()), "n_missing": int((~ok).sum())},
    )
