"""VIKOR compromise ranking (Opricovic 1998; Opricovic & Tzeng 2004)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ..base import Scorer
from ..params import ParamSpec
from ..result import Aggregation


def vikor_q(
    x: np.ndarray,
    weights: np.ndarray,
    *,
    v: float = 0.5,
    benefit: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    r"""VIKOR measures of each row of ``x`` (Opricovic & Tzeng 2004, eqs. 1-3).

    .. math::

        g_{ij} = \frac{f^*_j - f_{ij}}{f^*_j - f^-_j}, \quad
        S_i = \sum_j w_j g_{ij}, \quad R_i = \max_j w_j g_{ij}, \\
        Q_i = v \frac{S_i - S^*}{S^- - S^*} + (1 - v) \frac{R_i - R^*}{R^- - R^*}

    with :math:`f^*_j, f^-_j` the best and worst value of column ``j``,
    :math:`S^* = \min_i S_i`, :math:`S^- = \max_i S_i` (same for ``R``). A
    column with :math:`f^*_j = f^-_j` gives :math:`g_{ij} = 0`; a term whose
    denominator is 0 is 0.

    Returns
    -------
    Q, S, R, g
        Lower is better for ``Q``, ``S`` and ``R``.
    """
    x = np.asarray(x, dtype=float)
    w = np.asarray(weights, dtype=float)
    k = x.shape[1]
    ben = np.ones(k, dtype=bool) if benefit is None else np.asarray(benefit, dtype=bool)
    cmax, cmin = x.max(axis=0), x.min(axis=0)
    best = np.where(ben, cmax, cmin)
    worst = np.where(ben, cmin, cmax)
    span = best - worst
    g = np.zeros_like(x)
    np.divide(best - x, span, out=g, where=span != 0)
    wg = g * w
    s = wg.sum(axis=1)
    r = wg.max(axis=1) if k else np.zeros(x.shape[0])
    q = np.zeros(x.shape[0])
    s_span = s.max() - s.min() if s.size else 0.0
    r_span = r.max() - r.min() if r.size else 0.0
    if s_span > 0:
        q += v * (s - s.min()) / s_span
    if r_span > 0:
        q += (1.0 - v) * (r - r.min()) / r_span
    return q, s, r, g


def compromise_set(q: np.ndarray, s: np.ndarray, r: np.ndarray) -> tuple[list[int], bool, bool]:
    """Positions of the VIKOR compromise solution(s) (Opricovic & Tzeng 2004, step 5).

    C1 acceptable advantage: :math:`Q(a'') - Q(a') \\ge DQ = 1/(m-1)`;
    C2 acceptable stability: :math:`a'` is also best by ``S`` or ``R``.
    Both hold: ``[a']``; only C2 fails: ``[a', a'']``; C1 fails: every
    :math:`a^{(M)}` with :math:`Q(a^{(M)}) - Q(a') < DQ`.
    """
    m = q.shape[0]
    if m == 0:
        return [], False, False
    order = np.argsort(q, kind="stable")
    first = int(order[0])
    if m == 1:
        return [first], True, True
    dq = 1.0 / (m - 1)
    c1 = bool(q[order[1]] - q[first] >= dq)
    c2 = bool(s[first] <= s.min() or r[first] <= r.min())
    if c1 and c2:
        return [first], c1, c2
    if c1:
        return [first, int(order[1])], c1, c2
    close = [int(i) for i in order if q[i] - q[first] < dq]
    return close, c1, c2


class Vikor(Scorer):
    r"""VIKOR compromise ranking (Opricovic & Tzeng 2004).

    Computed on the standardised values (all criteria already "higher is
    better", so :math:`f^*_j = \max_i v_{ij}`), see :func:`vikor_q`; then

    .. math::

        S_i^{\text{score}} = 100\,(1 - Q_i)

    Parameters
    ----------
    v : float in [0, 1], default 0.5
        Weight of the strategy of "maximum group utility" (the :math:`S`
        term); :math:`1 - v` weights the individual regret :math:`R`.
        0.5 = consensus, > 0.5 majority rule, < 0.5 veto.

    Scale: relative. The district best in both group utility and regret scores
    100, the worst in both 0; scores change when districts are added/removed.

    Contributions (documented attribution, sums to the score): the score is
    split in proportion to each criterion's weighted closeness to the best
    value, :math:`a_{ij} = w_j (1 - g_{ij})`.

    Diagnostics: ``compromise`` (codes of the compromise solution set),
    ``acceptable_advantage`` (C1), ``acceptable_stability`` (C2),
    ``dq`` = 1/(m-1), and ``group_utility_S`` / ``individual_regret_R`` ranges.
    """

    id: ClassVar[str] = "vikor"
    name_ko: ClassVar[str] = "VIKOR (타협해)"
    name_en: ClassVar[str] = "VIKOR (compromise ranking)"
    params: ClassVar[tuple[ParamSpec, ...]] = (
        ParamSpec(
            "v", "float", 0.5, min=0.0, max=1.0,
            label_ko="집단 효용 가중치 v", label_en="Group-utility weight v",
            help="0.5 = consensus; above 0.5 majority rule (group utility S); below 0.5 veto (individual regret R).",
        ),
    )
    scale: ClassVar[str] = "relative: 100 x (1 - Q)"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        v = float((params or {}).get("v", 0.5))
        q, s, r, g = vikor_q(values, weights, v=v)
        score = 100.0 * (1.0 - q)
        w = np.asarray(weights, dtype=float)
        comp, c1, c2 = compromise_set(q, s, r)
        codes: list[str] | list[int] = comp
        if prepared is not None:
            valid_codes = pd.Index(prepared.codes)[np.asarray(prepared.valid, dtype=bool)]
            codes = [str(valid_codes[i]) for i in comp]

        def contributions() -> np.ndarray:
            a = (1.0 - g) * w
            asum = a.sum(axis=1, keepdims=True)
            share = np.broadcast_to(w, a.shape).copy()
            np.divide(a, asum, out=share, where=asum > 0)
            points: np.ndarray = score[:, None] * share
            return points

        diagnostics = {
            "compromise": codes,
            "acceptable_advantage": c1,
            "acceptable_stability": c2,
            "dq": 1.0 / (len(q) - 1) if len(q) > 1 else None,
            "group_utility_S": [float(s.min()), float(s.max())] if s.size else [],
            "individual_regret_R": [float(r.min()), float(r.max())] if r.size else [],
        }
        return Aggregation(score=score, contributions=contributions, diagnostics=diagnostics)
