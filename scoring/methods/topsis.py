"""TOPSIS: closeness to the ideal, distance from the anti-ideal (Hwang & Yoon 1981)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import Scorer
from ..errors import ParameterError
from ..params import ParamSpec
from ..result import Aggregation


def topsis_closeness(
    x: np.ndarray,
    weights: np.ndarray,
    *,
    benefit: np.ndarray | None = None,
    normalization: str = "none",
    ideal: str = "data",
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    r"""TOPSIS relative closeness of each row of ``x``.

    Parameters
    ----------
    x
        ``(m, k)`` decision matrix (rows = alternatives).
    weights
        ``(k,)`` weights (used as given).
    benefit
        ``(k,)`` bool, True where higher is better (default: all True).
    normalization
        ``"none"`` (use ``x``), ``"vector"`` (:math:`r_{ij} = x_{ij}/\sqrt{\sum_i x_{ij}^2}`,
        Hwang & Yoon 1981) or ``"minmax"`` (linear 0-1, cost columns reversed).
    ideal
        ``"data"``: ideal / anti-ideal = best / worst value of each column among
        the rows; ``"absolute"``: the images of 1 and 0 (for 0-1 inputs: the
        perfect and the worst possible district).

    Returns
    -------
    closeness, d_plus, d_minus, weighted
        :math:`C_i = D^-_i / (D^+_i + D^-_i)` (0.5 where both distances are 0),
        the Euclidean distances to the ideal and the anti-ideal, and the
        weighted normalised matrix :math:`y_{ij} = w_j r_{ij}`.
    """
    x = np.asarray(x, dtype=float)
    w = np.asarray(weights, dtype=float)
    k = x.shape[1]
    ben = np.ones(k, dtype=bool) if benefit is None else np.asarray(benefit, dtype=bool)
    hi_abs = np.where(ben, 1.0, 0.0)
    lo_abs = 1.0 - hi_abs
    if normalization == "vector":
        norm = np.sqrt((x**2).sum(axis=0))
        norm[norm == 0] = 1.0
        r = x / norm
        hi_abs, lo_abs = hi_abs / norm, lo_abs / norm
    elif normalization == "minmax":
        lo, hi = x.min(axis=0), x.max(axis=0)
        span = np.where(hi > lo, hi - lo, 1.0)
        r = np.where(ben, (x - lo) / span, (hi - x) / span)
        ben = np.ones(k, dtype=bool)
        hi_abs, lo_abs = np.ones(k), np.zeros(k)
    elif normalization == "none":
        r = x
    else:
        raise ValueError(f"unknown normalization {normalization!r}")
    y = r * w
    if ideal == "absolute":
        pos, neg = hi_abs * w, lo_abs * w
    else:
        cmax, cmin = y.max(axis=0), y.min(axis=0)
        pos = np.where(ben, cmax, cmin)
        neg = np.where(ben, cmin, cmax)
    d_plus = np.sqrt(((y - pos) ** 2).sum(axis=1))
    d_minus = np.sqrt(((y - neg) ** 2).sum(axis=1))
    total = d_plus + d_minus
    closeness = np.full(x.shape[0], 0.5)
    np.divide(d_minus, total, out=closeness, where=total > 0)
    return closeness, d_plus, d_minus, y - neg


class Topsis(Scorer):
    r"""TOPSIS (Hwang & Yoon 1981): close to the ideal, far from the anti-ideal.

    On the standardised values :math:`v_{ij}` (optionally vector-normalised,
    :math:`r_{ij} = v_{ij} / \sqrt{\sum_i v_{ij}^2}`), with
    :math:`y_{ij} = w_j r_{ij}`, ideal :math:`y^+_j` and anti-ideal :math:`y^-_j`:

    .. math::

        D^+_i = \sqrt{\sum_j (y_{ij} - y^+_j)^2}, \quad
        D^-_i = \sqrt{\sum_j (y_{ij} - y^-_j)^2}, \quad
        S_i = 100 \, \frac{D^-_i}{D^+_i + D^-_i}

    Parameters
    ----------
    normalization : {"none", "vector"}, default "none"
        ``"none"`` uses the criteria's standardised 0-1 values directly (with
        min-max standardisation this is TOPSIS with linear normalisation, as
        pymcdm's ``TOPSIS(minmax_normalization)``). ``"vector"`` is classical
        TOPSIS (Hwang & Yoon 1981): the vector normalisation is applied to the
        *raw* indicator values (the criteria's standardisations are not used,
        only their direction: the ideal takes the column maximum of benefit
        criteria and the minimum of cost criteria). A raw value that is
        missing and imputed as 0 by the ``zero`` policy takes the column's
        worst value. Vector normalisation of values of mixed sign has no
        meaning: such a criterion is a :class:`ParameterError`.
    ideal : {"data", "absolute"}, default "data"
        ``"data"``: ideal / anti-ideal are the best / worst values among the
        scored districts (classic TOPSIS; scores are *relative*, they change
        when districts are added or removed). ``"absolute"``: the ideal is a
        district at 1 on every criterion and the anti-ideal one at 0, so scores
        are comparable between runs.

    Contributions (documented attribution, sums to the score): the score is
    split in proportion to each criterion's share of the squared distance
    from the anti-ideal, :math:`c_{ij} = S_i \, t_{ij} / \sum_l t_{il}` with
    :math:`t_{ij} = (y_{ij} - y^-_j)^2` (weights when all are 0).
    """

    id: ClassVar[str] = "topsis"
    name_ko: ClassVar[str] = "TOPSIS (이상해 근접도)"
    name_en: ClassVar[str] = "TOPSIS (closeness to the ideal)"
    params: ClassVar[tuple[ParamSpec, ...]] = (
        ParamSpec(
            "normalization", "choice", "none", choices=("none", "vector"),
            label_ko="정규화", label_en="Normalisation",
            help="none: the criteria's 0-1 standardised values; vector: classical TOPSIS, the raw values "
            "divided by the column's Euclidean norm.",
        ),
        ParamSpec(
            "ideal", "choice", "data", choices=("data", "absolute"),
            label_ko="이상해 기준", label_en="Ideal point",
            help="data: best/worst scored district (relative); absolute: all-1 / all-0 district (comparable between runs).",
        ),
    )
    scale: ClassVar[str] = "100 x D-/(D+ + D-): relative with ideal='data', absolute with ideal='absolute'"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        p = dict(params or {})
        normalization = p.get("normalization", "none")
        benefit = None
        x = values
        if normalization == "vector" and prepared is not None:
            x, benefit = _raw_matrix(prepared, values.shape[0])
        closeness, d_plus, d_minus, gap = topsis_closeness(
            x, weights, benefit=benefit,
            normalization=normalization,
            ideal=p.get("ideal", "data"),
        )
        score = 100.0 * closeness
        w = np.asarray(weights, dtype=float)

        def contributions() -> np.ndarray:
            t = gap**2
            tsum = t.sum(axis=1, keepdims=True)
            share = np.broadcast_to(w, t.shape).copy()
            np.divide(t, tsum, out=share, where=tsum > 0)
            points: np.ndarray = score[:, None] * share
            return points

        return Aggregation(
            score=score,
            contributions=contributions,
            diagnostics={
                "d_plus_mean": float(d_plus.mean()) if d_plus.size else float("nan"),
                "d_minus_mean": float(d_minus.mean()) if d_minus.size else float("nan"),
            },
        )


def _raw_matrix(prepared: Any, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Raw values of the valid districts and the benefit mask, for classical TOPSIS."""
    raw = np.asarray(prepared.raw, dtype=float)[np.asarray(prepared.valid, dtype=bool)]
    if raw.shape[0] != m:  # values of a subset (e.g. a re-score of some rows): keep 0-1 values
        raise ParameterError(
            "TOPSIS with normalization='vector' needs the raw values of every scored district",
            key="topsis_vector_subset",
        )
    benefit = np.array([c.direction == "benefit" for c in prepared.criteria], dtype=bool)
    x = raw.copy()
    for j, crit in enumerate(prepared.criteria):
        col = x[:, j]
        finite = col[np.isfinite(col)]
        if finite.size and finite.min() < 0 < finite.max():
            raise ParameterError(
                f"TOPSIS with normalization='vector' cannot use {crit.indicator!r}: its values have "
                "both signs, and vector normalisation divides by the column's length; use "
                "normalization='none' (the standardised values) for it",
                key="topsis_vector_signs", criterion=crit.indicator,
            )
        miss = ~np.isfinite(col)
        if miss.any():
            worst = (finite.min() if benefit[j] else finite.max()) if finite.size else 0.0
            col[miss] = worst
    return x, benefit
