"""Compare two rankings (two methods, two weight sets, two scenarios)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .errors import ParameterError
from .model import ScoreResult


@dataclass
class Comparison:
    """How two rankings differ.

    Attributes
    ----------
    ranks
        One row per district scored in either: ``rank_a``, ``rank_b``
        (``<NA>`` where not scored) and ``change`` = ``rank_a - rank_b``
        (positive = the district moves *up* in ``b``).
    rank_change
        ``change`` of the districts scored in both, largest moves first.
    spearman, spearman_p, kendall, kendall_p
        Spearman's rho and Kendall's tau-b (``scipy.stats``) over the districts
        scored in both, with p-values (NaN with fewer than 3 districts).
    top_k, overlap, jaccard
        Size of the top group (rank <= top_k), districts in both top groups,
        overlap / union.
    only_in_a, only_in_b
        Districts in the top ``top_k`` of one ranking and not of the other
        (ordered by their rank there).
    n_common
        Districts scored in both.
    labels
        Names of the two rankings (method ids by default).
    """

    ranks: pd.DataFrame
    rank_change: pd.Series
    spearman: float
    spearman_p: float
    kendall: float
    kendall_p: float
    top_k: int
    overlap: int
    jaccard: float
    only_in_a: list[str]
    only_in_b: list[str]
    n_common: int
    labels: tuple[str, str]

    def to_dict(self) -> dict[str, Any]:
        """Summary as plain data (without the per-district table)."""
        return {
            "labels": list(self.labels),
            "n_common": self.n_common,
            "spearman": self.spearman,
            "spearman_p": self.spearman_p,
            "kendall": self.kendall,
            "kendall_p": self.kendall_p,
            "top_k": self.top_k,
            "overlap": self.overlap,
            "jaccard": self.jaccard,
            "only_in_a": list(self.only_in_a),
            "only_in_b": list(self.only_in_b),
        }


def _ranks_of(x: Any, name: str) -> tuple[pd.Series, str]:
    if isinstance(x, ScoreResult):
        label = str(x.recipe.get("method", name)) if isinstance(x.recipe, dict) else name
        return x.rank, label
    if isinstance(x, pd.Series):
        return x, str(x.name) if x.name is not None else name
    raise ParameterError(
        f"compare_rankings compares ScoreResult objects or rank Series; got {type(x).__name__} for {name}."
    )


def compare_rankings(
    a: ScoreResult | pd.Series,
    b: ScoreResult | pd.Series,
    top_k: int = 10,
    *,
    labels: tuple[str, str] | None = None,
) -> Comparison:
    """Compare two rankings.

    Parameters
    ----------
    a, b
        :class:`ScoreResult` (its ``rank`` is used) or a Series of ranks
        indexed by district code (1 = best; NaN / ``<NA>`` = not ranked).
    top_k
        Size of the top group.
    labels
        Names for the two sides (default: the results' method ids).
    """
    from scipy import stats

    if not isinstance(top_k, int | np.integer) or top_k < 1:
        raise ParameterError(f"The 'top_k' parameter of compare_rankings must be an int >= 1. Got {top_k!r} instead.",
                             key="sensitivity_setting", name="top_k", least=1, value=repr(top_k))
    ra, la = _ranks_of(a, "a")
    rb, lb = _ranks_of(b, "b")
    if labels is not None:
        la, lb = labels
    ra = pd.to_numeric(ra, errors="coerce").astype("Float64")
    rb = pd.to_numeric(rb, errors="coerce").astype("Float64")
    ra.index = ra.index.astype(str)
    rb.index = rb.index.astype(str)
    index = ra.index.union(rb.index, sort=False)
    table = pd.DataFrame({"rank_a": ra.reindex(index), "rank_b": rb.reindex(index)})
    table["change"] = table["rank_a"] - table["rank_b"]
    for col in table.columns:
        table[col] = table[col].round().astype("Int64")
    both = table["rank_a"].notna() & table["rank_b"].notna()
    common = table[both]
    n_common = int(both.sum())
    x = common["rank_a"].to_numpy(dtype=float)
    y = common["rank_b"].to_numpy(dtype=float)
    if n_common >= 3 and np.ptp(x) > 0 and np.ptp(y) > 0:
        sp = stats.spearmanr(x, y)
        kt = stats.kendalltau(x, y)
        spearman, spearman_p = float(sp.statistic), float(sp.pvalue)
        kendall, kendall_p = float(kt.statistic), float(kt.pvalue)
    else:
        spearman = spearman_p = kendall = kendall_p = math.nan
    top_a = table.index[(table["rank_a"] <= top_k).fillna(False).to_numpy(dtype=bool)]
    top_b = table.index[(table["rank_b"] <= top_k).fillna(False).to_numpy(dtype=bool)]
    inter = top_a.intersection(top_b)
    union = top_a.union(top_b)
    only_a = table.loc[top_a.difference(top_b), "rank_a"].sort_values(kind="stable").index.tolist()
    only_b = table.loc[top_b.difference(top_a), "rank_b"].sort_values(kind="stable").index.tolist()
    change = common["change"]
    order = change.abs().sort_values(ascending=False, kind="stable").index
    return Comparison(
        ranks=table,
        rank_change=change.loc[order],
        spearman=spearman,
        spearman_p=spearman_p,
        kendall=kendall,
        kendall_p=kendall_p,
        top_k=int(top_k),
        overlap=len(inter),
        jaccard=len(inter) / len(union) if len(union) else math.nan,
        only_in_a=[str(c) for c in only_a],
        only_in_b=[str(c) for c in only_b],
        n_common=n_common,
        labels=(la, lb),
    )
