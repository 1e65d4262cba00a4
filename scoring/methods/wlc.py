"""Weighted linear combination (WLC, simple additive weighting)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import Scorer
from ..params import ParamSpec
from ..result import Aggregation


class WeightedLinearCombination(Scorer):
    r"""Weighted linear combination (가중선형결합).

    .. math::

        S_i = 100 \sum_j w_j v_{ij}, \qquad c_{ij} = 100\, w_j v_{ij}

    with :math:`v_{ij} \in [0, 1]` the standardised value (1 = most suitable)
    and :math:`\sum_j w_j = 1`.

    Scale: absolute, not re-stretched. A district at 1 on every criterion
    scores 100, at 0 on every criterion 0, so scores of different runs with the
    same standardisations are comparable. Contributions are additive: they sum
    to the score. Fully compensatory: a high value offsets a low one.
    """

    id: ClassVar[str] = "wlc"
    name_ko: ClassVar[str] = "가중선형결합 (WLC)"
    name_en: ClassVar[str] = "Weighted linear combination (WLC)"
    params: ClassVar[tuple[ParamSpec, ...]] = ()
    scale: ClassVar[str] = "absolute: 100 x sum_j w_j v_ij (not re-stretched)"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        w100 = weights * 100.0
        score = values @ w100
        return Aggregation(score=score, contributions=lambda: values * w100)
