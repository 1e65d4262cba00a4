"""Weighted product model (weighted geometric mean)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import Scorer
from ..notes import Note
from ..params import ParamSpec
from ..result import Aggregation


class WeightedProduct(Scorer):
    r"""Weighted product model (가중곱, weighted geometric mean).

    .. math::

        S_i = 100 \prod_j v_{ij}^{\,w_j}

    with :math:`\sum_j w_j = 1`, so :math:`S_i` is the weighted geometric mean
    of the standardised values. A zero on any criterion with positive weight
    gives 0 (partly compensatory: a weak criterion drags the score down more
    than in WLC). Criteria with weight 0 have no effect (:math:`0^0 = 1`).

    Scale: absolute (all ones = 100), comparable between runs.

    Zeros: min-max standardisation gives 0 to the district at each
    criterion's minimum, so every such district scores 0 whatever its other
    values (92 of the 250 시군구 of the demo). When that happens the result
    carries a warning in ``diagnostics["warnings"]`` naming the criteria, and
    ``diagnostics["zero_criteria"]`` counts the districts per criterion. Use a
    standardisation without zeros: ``ratio`` (x / max, min / x for costs: the
    classical normalisation of the weighted product) or ``minmax_floor``.

    Contributions (documented attribution, sums to the score): every criterion
    starts from its full share :math:`100 w_j` and the shortfall
    :math:`100 - S_i` is charged to criteria in proportion to their share of
    the log-deficit :math:`d_{ij} = -w_j \ln v_{ij}`:

    .. math::

        c_{ij} = 100 w_j - (100 - S_i)\, \frac{d_{ij}}{\sum_l d_{il}}

    (when some :math:`v_{ij} = 0` with :math:`w_j > 0`, the whole shortfall is
    charged to those criteria in proportion to :math:`w_j`). A contribution
    can be negative: that criterion pulls the product below what the others
    would give.
    """

    id: ClassVar[str] = "wpm"
    name_ko: ClassVar[str] = "가중곱 (WPM, 기하평균)"
    name_en: ClassVar[str] = "Weighted product (geometric mean)"
    params: ClassVar[tuple[ParamSpec, ...]] = ()
    scale: ClassVar[str] = "absolute: 100 x prod_j v_ij^w_j (weighted geometric mean)"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        w = np.asarray(weights, dtype=float)
        pos = w > 0
        v = np.clip(values, 0.0, 1.0)
        zero = (v == 0.0) & pos
        with np.errstate(divide="ignore", invalid="ignore"):
            logv = np.where(pos & ~zero, np.log(np.where(v > 0, v, 1.0)), 0.0)
        d = -(logv * w)  # log-deficits, >= 0, finite
        has_zero = zero.any(axis=1)
        score = 100.0 * np.exp(-d.sum(axis=1))
        score[has_zero] = 0.0

        def contributions() -> np.ndarray:
            share = np.zeros_like(d)
            dsum = d.sum(axis=1, keepdims=True)
            np.divide(d, dsum, out=share, where=dsum > 0)
            if has_zero.any():
                zw = zero[has_zero] * w
                share[has_zero] = zw / zw.sum(axis=1, keepdims=True)
            points: np.ndarray = 100.0 * w - (100.0 - score)[:, None] * share
            return points

        diagnostics: dict[str, Any] = {"n_zero_product": int(has_zero.sum())}
        if has_zero.any():
            names = (
                [c.indicator for c in prepared.criteria]
                if prepared is not None
                else [f"criterion {j + 1}" for j in range(values.shape[1])]
            )
            per = {names[j]: int(zero[:, j].sum()) for j in range(zero.shape[1]) if zero[:, j].any()}
            diagnostics["zero_criteria"] = per
            listed = ", ".join(f"{k} ({v})" for k, v in sorted(per.items(), key=lambda kv: -kv[1]))
            diagnostics["warnings"] = [Note(
                "zero_product",
                f"weighted product: {int(has_zero.sum())} of {values.shape[0]} districts score 0 because "
                f"a standardised value is 0 (districts per criterion: {listed}); use the 'ratio' or "
                "'minmax_floor' standardisation for these criteria to keep the districts apart",
                count=int(has_zero.sum()), total=int(values.shape[0]),
                criteria=tuple(sorted(per.items(), key=lambda kv: -kv[1])),
            )]
        return Aggregation(score=score, contributions=contributions, diagnostics=diagnostics)
