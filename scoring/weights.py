"""Criterion weights: direct, equal, rank-order surrogates, entropy, CRITIC.

All functions return a float64 vector of non-negative weights summing to 1.
Pairwise-comparison (AHP) weights live in :mod:`smartzone.scoring.ahp`.

References
----------
* Stillwell, W. G., Seaver, D. A. & Edwards, W. (1981). A comparison of weight
  approximation techniques in multiattribute utility decision making.
  *Organizational Behavior and Human Performance* 28(1), 62-77 (rank sum, rank
  reciprocal).
* Barron, F. H. & Barrett, B. E. (1996). Decision quality using ranked
  attribute weights. *Management Science* 42(11), 1515-1523 (rank order
  centroid, ROC).
* Hwang, C.-L. & Yoon, K. (1981). *Multiple Attribute Decision Making*,
  Springer, pp. 52-54; Zeleny, M. (1982). *Multiple Criteria Decision Making*,
  McGraw-Hill (Shannon entropy weights).
* Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995). Determining
  objective weights in multiple criteria problems: the CRITIC method.
  *Computers & Operations Research* 22(7), 763-770.

Objective weights (entropy, CRITIC) and which values they see
-------------------------------------------------------------
The classical entropy method (Hwang & Yoon 1981; Zeleny 1982) works on the
*raw* indicator values, each column divided by its sum: that is what the
literature's examples compute, and :func:`objective_weights` with
``source="raw"`` (the default) does the same. Feeding it the standardised 0-1
values instead (``source="standardised"``) gives different weights: min-max
puts one district of each criterion at 0 and stretches the others, which
raises every column's diversity. CRITIC always min-max normalises each
column first (with the criterion's direction), so raw and min-max
standardised values give the same CRITIC weights.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .errors import CriteriaError, ParameterError

FloatArray = NDArray[np.float64]
RankMethod = Literal["roc", "rank_sum", "rank_reciprocal"]

__all__ = [
    "WEIGHTING_METHODS",
    "compute_weights",
    "critic_weights",
    "direct_weights",
    "entropy_weights",
    "equal_weights",
    "normalize_weights",
    "objective_weights",
    "rank_weights",
]


def merge_weights(
    weights: Mapping[str, float], names: Sequence[str], current: ArrayLike
) -> list[float]:
    """Weights in criterion order from an indicator -> weight mapping.

    Indicators not in the mapping keep their ``current`` weight (same order as
    ``names``); an indicator that is not a criterion is a :class:`CriteriaError`.
    The result is not normalised.
    """
    unknown = sorted(set(weights) - set(names))
    if unknown:
        raise CriteriaError(
            f"unknown indicator(s) in weights: {', '.join(map(str, unknown))}; "
            f"criteria: {', '.join(names)}",
            key="weights_unknown_criteria", unknown=[str(u) for u in unknown], criteria=list(names),
        )
    cur = np.asarray(current, dtype=np.float64)
    return [float(weights[n]) if n in weights else float(cur[i]) for i, n in enumerate(names)]


def normalize_weights(weights: ArrayLike, *, names: Sequence[str] | None = None) -> FloatArray:
    """Validate non-negative finite weights and scale them to sum 1.

    Parameters
    ----------
    weights
        One weight per criterion (any positive scale, e.g. points out of 100).
    names
        Criterion names, used in error messages.

    Raises
    ------
    ParameterError
        A weight is negative, NaN or infinite, or the input is not 1-D.
    CriteriaError
        No weights, or all weights are zero.
    """
    try:
        w = np.asarray(weights, dtype=np.float64)
    except (TypeError, ValueError):
        raise ParameterError(f"weights must be numbers, got {weights!r}", key="weights_not_numbers",
                             value=repr(weights)) from None
    if w.ndim != 1:
        raise ParameterError(f"weights must be a 1-D sequence, got shape {w.shape}", key="weights_not_numbers",
                             value=f"shape {w.shape}")
    if w.size == 0:
        raise CriteriaError("no weights: add at least one criterion", key="no_criteria")
    if names is not None and len(names) != w.size:
        raise ParameterError(f"got {w.size} weights for {len(names)} criteria", key="weights_count",
                             count=int(w.size), criteria=len(names))

    def _name(i: int) -> str:
        return repr(names[i]) if names is not None else f"#{i + 1}"

    def _plain(i: int) -> str:
        return str(names[i]) if names is not None else f"#{i + 1}"

    bad = np.flatnonzero(~np.isfinite(w))
    if bad.size:
        raise ParameterError(f"weight of criterion {_name(int(bad[0]))} must be a finite number, got {w[bad[0]]}",
                             key="weight_not_finite", criterion=_plain(int(bad[0])), value=str(w[bad[0]]))
    neg = np.flatnonzero(w < 0)
    if neg.size:
        raise ParameterError(
            f"weight of criterion {_name(int(neg[0]))} must be >= 0, got {w[neg[0]]:g}",
            key="weight_negative", criterion=_plain(int(neg[0])), value=f"{w[neg[0]]:g}",
        )
    peak = float(w.max())
    if peak <= 0:
        raise CriteriaError("all weights are zero: give at least one criterion a positive weight",
                            key="weights_all_zero")
    w = w / peak  # weights of 1e308 would overflow the sum to inf (every score 0, every rank 1)
    return w / float(w.sum())


def direct_weights(weights: ArrayLike, *, names: Sequence[str] | None = None) -> FloatArray:
    """Directly assigned weights (e.g. points out of 100), normalised: ``w_j / sum(w)``."""
    return normalize_weights(weights, names=names)


def equal_weights(n: int) -> FloatArray:
    """``n`` equal weights ``1/n``."""
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)) or n < 1:
        raise ParameterError(f"n must be an integer >= 1, got {n!r}")
    return np.full(int(n), 1.0 / int(n))


def _position_weights(n: int, method: RankMethod) -> FloatArray:
    r = np.arange(1, n + 1, dtype=np.float64)
    if method == "roc":
        # w_r = (1/n) sum_{i=r}^{n} 1/i   (Barron & Barrett 1996)
        inv = 1.0 / r
        return np.cumsum(inv[::-1])[::-1] / n
    if method == "rank_sum":
        # w_r = 2 (n + 1 - r) / (n (n + 1))
        return 2.0 * (n + 1 - r) / (n * (n + 1))
    if method == "rank_reciprocal":
        # w_r = (1/r) / sum_i 1/i
        return (1.0 / r) / float(np.sum(1.0 / r))
    raise ParameterError(
        f"rank method must be 'roc', 'rank_sum' or 'rank_reciprocal', got {method!r}",
        key="param_choice", name="rank method", value=str(method), choices=["roc", "rank_sum", "rank_reciprocal"],
    )


def rank_weights(ranks: ArrayLike, *, method: RankMethod = "roc") -> FloatArray:
    """Weights from an importance ranking (1 = most important).

    Formulas for ``n`` criteria and rank ``r``:

    * ``roc`` (rank order centroid): ``w_r = (1/n) * sum_{i=r}^{n} 1/i``;
    * ``rank_sum``: ``w_r = 2 (n + 1 - r) / (n (n + 1))``;
    * ``rank_reciprocal``: ``w_r = (1/r) / sum_{i=1}^{n} 1/i``.

    Tied ranks share the mean of the weights of the positions they occupy
    (e.g. ranks ``[1, 2, 2, 4]`` -> positions 2 and 3 averaged), so the result
    still sums to 1.

    Parameters
    ----------
    ranks
        One rank per criterion, in criterion order. Any increasing numbers are
        accepted; only their order matters.
    method
        ``"roc"``, ``"rank_sum"`` or ``"rank_reciprocal"``.

    Examples
    --------
    ROC for four criteria: 0.5208, 0.2708, 0.1458, 0.0625 (Barron & Barrett 1996).
    """
    try:
        r = np.asarray(ranks, dtype=np.float64)
    except (TypeError, ValueError):
        raise ParameterError(f"ranks must be numbers, got {ranks!r}", key="ranks_invalid", value=repr(ranks)) from None
    if r.ndim != 1 or r.size == 0:
        raise ParameterError("ranks must be a non-empty 1-D sequence", key="ranks_invalid", value=repr(ranks))
    if not np.all(np.isfinite(r)):
        raise ParameterError("ranks must be finite numbers", key="ranks_invalid", value=repr(ranks))
    n = r.size
    pos_w = _position_weights(n, method)
    order = np.argsort(r, kind="stable")
    sorted_r = r[order]
    out = np.empty(n)
    start = 0
    while start < n:
        stop = start + 1
        while stop < n and sorted_r[stop] == sorted_r[start]:
            stop += 1
        out[order[start:stop]] = pos_w[start:stop].mean()
        start = stop
    normalised: NDArray[np.float64] = out / out.sum()
    return normalised


def _complete_rows(matrix: ArrayLike, method: str) -> FloatArray:
    """The rows of a 2-D districts x criteria matrix without NaN; at least two of them."""
    x = np.asarray(matrix, dtype=np.float64)
    if x.ndim != 2 or x.shape[1] == 0:
        raise ParameterError(f"matrix must be 2-D (districts x criteria), got shape {x.shape}")
    complete: FloatArray = x[~np.isnan(x).any(axis=1)]
    if complete.shape[0] < 2:
        raise ParameterError(f"{method} weights need at least two districts without missing values",
                             key="weights_too_few_districts", method=str(method), count=int(complete.shape[0]))
    return complete


def entropy_weights(matrix: ArrayLike) -> FloatArray:
    """Objective weights by the Shannon entropy method.

    For a non-negative ``m x k`` matrix ``X`` (rows = districts; the classical
    method uses the raw indicator values, see the module docstring; rows
    containing NaN are dropped)::

        p_ij = x_ij / sum_i x_ij
        e_j  = -(1 / ln m) * sum_i p_ij ln p_ij        (0 ln 0 = 0)
        d_j  = 1 - e_j                                  (degree of diversification)
        w_j  = d_j / sum_j d_j

    A criterion whose column is constant (or all zero) has ``d_j = 0`` and
    weight 0; if every column is constant the weights are equal.

    Raises
    ------
    ParameterError
        Not 2-D, negative entries, or fewer than two complete rows.
    """
    x = _complete_rows(matrix, "entropy")
    m, k = x.shape
    if np.any(x < 0) or not np.all(np.isfinite(x)):
        raise ParameterError(
            "entropy weights need finite, non-negative values (the entropy method divides each "
            "column by its sum); use CRITIC or standardised values for indicators that can be negative",
            key="entropy_negative", criteria=[],
        )
    col = x.sum(axis=0)
    d = np.zeros(k)
    nz = col > 0
    p = np.divide(x[:, nz], col[nz], out=np.zeros_like(x[:, nz]), where=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        plogp = np.where(p > 0, p * np.log(p), 0.0)
    e = -plogp.sum(axis=0) / math.log(m)
    d[nz] = np.clip(1.0 - e, 0.0, None)
    total = float(d.sum())
    if total <= 1e-15:
        return np.full(k, 1.0 / k)
    return d / total


def critic_weights(matrix: ArrayLike, *, benefit: ArrayLike | None = None) -> FloatArray:
    """Objective weights by CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995).

    Each column is min-max normalised (``(x - min) / (max - min)``; reversed
    for cost criteria, ``benefit`` False), then::

        C_j = s_j * sum_k (1 - r_jk)        w_j = C_j / sum_j C_j

    with ``s_j`` the standard deviation of the normalised column and ``r_jk``
    Pearson's correlation between columns (contrast intensity times conflict).
    Rows containing NaN are dropped. A constant column has ``s_j = 0`` (weight
    0; its correlations are taken as 0); if every column is constant the
    weights are equal. The ``ddof`` of ``s_j`` cancels in the normalisation.

    Raises
    ------
    ParameterError
        Not 2-D, infinite values, or fewer than two complete rows.
    """
    x = _complete_rows(matrix, "CRITIC")
    m, k = x.shape
    if not np.all(np.isfinite(x)):
        raise ParameterError("CRITIC weights need finite values", key="critic_not_finite")
    ben = np.ones(k, dtype=bool) if benefit is None else np.asarray(benefit, dtype=bool)
    lo, hi = x.min(axis=0), x.max(axis=0)
    span = hi - lo
    live = span > 0
    z = np.zeros_like(x)
    z[:, live] = (x[:, live] - lo[live]) / span[live]
    z[:, live & ~ben] = 1.0 - z[:, live & ~ben]
    s = z.std(axis=0)
    r = np.zeros((k, k))
    if live.any():
        r[np.ix_(live, live)] = np.atleast_2d(np.corrcoef(z[:, live], rowvar=False))
    c = s * (1.0 - r).sum(axis=0)
    total = float(c.sum())
    if total <= 1e-15:
        return np.full(k, 1.0 / k)
    out: FloatArray = c / total
    return out


def objective_weights(
    method: str,
    *,
    raw: ArrayLike,
    standardised: ArrayLike | None = None,
    benefit: ArrayLike | None = None,
    source: Literal["raw", "standardised"] = "raw",
    names: Sequence[str] | None = None,
) -> FloatArray:
    """Entropy or CRITIC weights of the valid districts' values.

    Parameters
    ----------
    method
        ``"entropy"`` or ``"critic"``.
    raw
        ``m x k`` raw indicator values (valid districts).
    standardised
        ``m x k`` standardised 0-1 values (direction applied); needed for
        ``source="standardised"``.
    benefit
        ``(k,)`` True for benefit criteria (CRITIC on raw values).
    source
        ``"raw"``: the classical methods on the indicators as measured (see the
        module docstring); ``"standardised"``: on the criteria's 0-1 values.
    names
        Indicator names, for error messages.
    """
    if source not in ("raw", "standardised"):
        raise ParameterError(f"source must be 'raw' or 'standardised', got {source!r}", key="weight_source",
                             value=str(source))
    if source == "standardised":
        if standardised is None:
            raise ParameterError("objective weights on standardised values need the standardised matrix")
        data, ben = np.asarray(standardised, dtype=np.float64), None
    else:
        data, ben = np.asarray(raw, dtype=np.float64), benefit
    if method == "entropy":
        if data.ndim == 2:
            negative = [j for j in range(data.shape[1]) if np.nanmin(data[:, j], initial=0.0) < 0]
            if negative:
                label = ", ".join(repr(names[j]) if names else f"column {j + 1}" for j in negative)
                raise ParameterError(
                    f"entropy weights on the raw values need non-negative indicators; {label} has "
                    "negative values (the method divides each column by its sum). Use CRITIC, or "
                    "entropy on the standardised values (source 'standardised')",
                    key="entropy_negative",
                    criteria=[str(names[j]) if names else f"#{j + 1}" for j in negative],
                )
        return entropy_weights(data)
    if method == "critic":
        return critic_weights(data, benefit=ben)
    raise ParameterError(f"unknown objective weighting {method!r}; use 'entropy' or 'critic'",
                         key="weighting_unknown", method=str(method), available=["entropy", "critic"])


WEIGHTING_METHODS: dict[str, tuple[str, str]] = {
    "direct": ("직접 입력", "Direct (points)"),
    "equal": ("동일 가중치", "Equal"),
    "roc": ("순위 중심 (ROC)", "Rank order centroid"),
    "rank_sum": ("순위 합", "Rank sum"),
    "rank_reciprocal": ("순위 역수", "Rank reciprocal"),
    "entropy": ("엔트로피 (객관적)", "Entropy (objective)"),
    "critic": ("CRITIC (객관적)", "CRITIC (objective)"),
    "ahp": ("AHP 쌍대비교", "AHP pairwise comparison"),
}
"""Weighting method id -> (Korean label, English label), in display order."""


def compute_weights(
    method: str,
    *,
    n: int | None = None,
    weights: ArrayLike | None = None,
    ranks: ArrayLike | None = None,
    matrix: ArrayLike | None = None,
    pairwise: ArrayLike | None = None,
) -> FloatArray:
    """Dispatch to one weighting method by id (see :data:`WEIGHTING_METHODS`).

    Parameters
    ----------
    method
        ``direct`` (needs ``weights``), ``equal`` (``n``), ``roc`` /
        ``rank_sum`` / ``rank_reciprocal`` (``ranks``), ``entropy``
        (``matrix``: standardised values of the valid districts, e.g.
        ``prepared.values[prepared.valid]``), ``ahp`` (``pairwise`` matrix).
    """

    def need(name: str, value: object) -> None:
        if value is None:
            raise ParameterError(f"weighting method {method!r} needs {name}", key="weighting_needs",
                                 method=str(method), name=name)

    if method == "direct":
        need("weights", weights)
        return direct_weights(weights)  # type: ignore[arg-type]
    if method == "equal":
        need("n", n)
        return equal_weights(n)  # type: ignore[arg-type]
    if method in ("roc", "rank_sum", "rank_reciprocal"):
        need("ranks", ranks)
        return rank_weights(ranks, method=method)  # type: ignore[arg-type]
    if method == "entropy":
        need("matrix", matrix)
        return entropy_weights(matrix)  # type: ignore[arg-type]
    if method == "critic":
        need("matrix", matrix)
        return critic_weights(matrix)  # type: ignore[arg-type]
    if method == "ahp":
        need("pairwise", pairwise)
        from .ahp import ahp_weights

        return ahp_weights(pairwise)[0]  # type: ignore[arg-type]
    raise ParameterError(
        f"unknown weighting method {method!r}; available: {', '.join(WEIGHTING_METHODS)}",
        key="weighting_unknown", method=str(method), available=list(WEIGHTING_METHODS),
    )
