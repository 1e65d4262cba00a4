"""Ordered weighted averaging with a quantifier-guided risk parameter (Yager 1996; Malczewski 2006)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import Scorer
from ..params import ParamSpec
from ..result import Aggregation


def _quantifier(r: np.ndarray, alpha: float) -> np.ndarray:
    """Regular increasing monotone quantifier Q(r) = r**alpha with Q(0) = 0, Q(1) = 1."""
    r = np.clip(r, 0.0, 1.0)
    out = np.zeros_like(r)
    pos = r > 0
    out[pos] = r[pos] ** alpha
    return out


def owa_effective_weights(values: np.ndarray, weights: np.ndarray, alpha: float) -> np.ndarray:
    r"""Per district, the weight each criterion gets in the OWA sum.

    For district ``i``, sort its values in descending order
    :math:`z_{i(1)} \ge \dots \ge z_{i(k)}` carrying their criterion weights
    :math:`u_{(1)}, \dots, u_{(k)}`; the order weight of position ``j`` is

    .. math::

        v_{ij} = Q\Big(\sum_{h \le j} u_{(h)}\Big) - Q\Big(\sum_{h < j} u_{(h)}\Big),
        \qquad Q(r) = r^{\alpha}

    (Yager 1996, Malczewski 2006). Tied values form one block that shares the
    block's order weight in proportion to ``u``, so the result does not depend
    on the order of the criteria. Returns ``(m, k)`` weights in criteria order;
    each row sums to :math:`Q(\sum u) = 1`.
    """
    m, k = values.shape
    u = np.asarray(weights, dtype=float)
    order = np.argsort(-values, axis=1, kind="stable")
    z = np.take_along_axis(values, order, axis=1)
    us = u[order]
    cum = np.cumsum(us, axis=1)
    cum_before = cum - us
    pos = np.broadcast_to(np.arange(k), (m, k))
    new_block = np.ones((m, k), dtype=bool)
    new_block[:, 1:] = z[:, 1:] != z[:, :-1]
    start = np.where(new_block, pos, 0)
    np.maximum.accumulate(start, axis=1, out=start)
    end_block = np.ones((m, k), dtype=bool)
    end_block[:, :-1] = new_block[:, 1:]
    end = np.where(end_block, pos, k - 1)
    end = np.flip(np.minimum.accumulate(np.flip(end, axis=1), axis=1), axis=1)
    c_lo = np.take_along_axis(cum_before, start, axis=1)
    c_hi = np.take_along_axis(cum, end, axis=1)
    block_w = _quantifier(c_hi, alpha) - _quantifier(c_lo, alpha)
    block_u = c_hi - c_lo
    v_sorted = np.zeros((m, k))
    np.divide(block_w * us, block_u, out=v_sorted, where=block_u > 0)
    eff = np.empty((m, k))
    np.put_along_axis(eff, order, v_sorted, axis=1)
    return eff


class OrderedWeightedAverage(Scorer):
    r"""Ordered weighted averaging (OWA) with risk parameter :math:`\alpha`.

    Quantifier-guided OWA with criterion weights (Yager 1996, "Quantifier
    guided aggregation using OWA operators", Int. J. Intell. Syst. 11;
    Malczewski 2006, "Ordered weighted averaging with fuzzy quantifiers:
    GIS-based multicriteria evaluation for land-use suitability analysis",
    Int. J. Appl. Earth Obs. Geoinf. 8), as in TerrSet's OWA:

    .. math::

        S_i = 100 \sum_{j=1}^{k} \Big[ \big(\textstyle\sum_{h \le j} u_{(h)}\big)^{\alpha}
              - \big(\textstyle\sum_{h < j} u_{(h)}\big)^{\alpha} \Big] \, z_{i(j)}

    where :math:`z_{i(1)} \ge \dots \ge z_{i(k)}` are district ``i``'s
    standardised values sorted in descending order and :math:`u_{(j)}` the
    (normalised) criterion weight of the criterion in position ``j``. With
    equal weights :math:`u = 1/k` the order weights are
    :math:`v_j = (j/k)^{\alpha} - ((j-1)/k)^{\alpha}`.

    By hand for one district: sort its values from best to worst, accumulate
    the weights of those criteria (0.4, 0.7, 1.0 ...), raise each cumulative
    sum to :math:`\alpha`, take differences: these are the order weights;
    the score is 100 times the order-weighted sum of the sorted values.

    Parameters
    ----------
    alpha : float >= 0, default 1.0
        Risk / trade-off attitude. :math:`\alpha \to 0`: OR (maximum,
        optimistic, no trade-off); :math:`\alpha < 1` optimistic;
        :math:`\alpha = 1`: WLC exactly (full trade-off);
        :math:`\alpha > 1` pessimistic; :math:`\alpha \to \infty`: AND
        (minimum). ``alpha = 0`` is exactly the maximum over criteria with
        positive weight.

    Scale: absolute (a district at 1 everywhere scores 100 for every alpha).

    Contributions: additive and exact, :math:`c_{ij} = 100 \, v_{i,\pi(j)} \, z_{ij}`
    (criterion ``j``'s order weight in district ``i`` times its value).
    Diagnostics: ``orness`` of the equal-weight order weights,
    :math:`\frac{1}{k-1}\sum_j (k-j) v_j` (1 = OR, 0.5 = WLC, 0 = AND).
    """

    id: ClassVar[str] = "owa"
    name_ko: ClassVar[str] = "순서가중평균 (OWA)"
    name_en: ClassVar[str] = "Ordered weighted averaging (OWA)"
    params: ClassVar[tuple[ParamSpec, ...]] = (
        ParamSpec(
            "alpha", "float", 1.0, min=0.0, max=1000.0,
            label_ko="위험 태도 α", label_en="Risk attitude α",
            help="0 = OR (optimistic), 1 = WLC, large = AND (pessimistic). Q(r) = r^α.",
        ),
    )
    scale: ClassVar[str] = "absolute: 100 x order-weighted sum, Q(r) = r^alpha"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        alpha = float((params or {}).get("alpha", 1.0))
        eff = owa_effective_weights(values, weights, alpha)
        contrib = 100.0 * eff * values
        score = contrib.sum(axis=1)
        k = values.shape[1]
        if k > 1:
            j = np.arange(1, k + 1)
            v_eq = _quantifier(j / k, alpha) - _quantifier((j - 1) / k, alpha)
            orness = float(((k - j) * v_eq).sum() / (k - 1))
        else:
            orness = 0.5
        return Aggregation(score=score, contributions=contrib, diagnostics={"orness": orness})
