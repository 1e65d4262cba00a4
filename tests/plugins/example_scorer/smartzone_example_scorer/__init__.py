"""Example SmartZone scorer plugin: weighted Borda count.

Declared in this package's ``pyproject.toml``::

    [project.entry-points."smartzone.scorers"]
    borda = "smartzone_example_scorer:BordaCount"
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np
from scipy.stats import rankdata

from smartzone.scoring import Aggregation, ParamSpec, Scorer


class BordaCount(Scorer):
    r"""Weighted Borda count: points for the position on each criterion.

    With :math:`r_{ij}` the rank of district ``i`` on criterion ``j`` among the
    ``m`` scored districts (1 = best, ties averaged, or ``"min"``):

    .. math::

        S_i = 100 \sum_j w_j \frac{m - r_{ij}}{m - 1}, \qquad
        c_{ij} = 100\, w_j \frac{m - r_{ij}}{m - 1}

    Scale: relative (positions among the districts scored); contributions additive.
    """

    id: ClassVar[str] = "borda"
    name_ko: ClassVar[str] = "가중 보르다 계수"
    name_en: ClassVar[str] = "Weighted Borda count"
    params: ClassVar[tuple[ParamSpec, ...]] = (
        ParamSpec(
            "ties", "choice", "average", choices=("average", "min"),
            label_ko="동순위 처리", label_en="Ties",
            help="average: tied districts share the mean position; min: the best position.",
        ),
    )
    scale: ClassVar[str] = "relative: 100 x weighted share of districts beaten on each criterion"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        method = (params or {}).get("ties", "average")
        m = values.shape[0]
        ranks = rankdata(-values, method=method, axis=0)
        points = (m - ranks) / (m - 1) if m > 1 else np.ones_like(values)
        contrib = 100.0 * points * np.asarray(weights)
        return Aggregation(score=contrib.sum(axis=1), contributions=contrib)
