"""Shared base of the scikit-learn scorers (supervised suitability, typology/similarity)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import Scorer
from ..result import Aggregation


class SklearnScorer(Scorer):
    """A scorer whose work is a scikit-learn fit; subclasses implement :meth:`_aggregate`.

    Below ``single_thread_below`` districts BLAS/OpenMP run single-threaded: thread
    start-up costs more than it saves on problems that small.
    """

    single_thread_below: ClassVar[int] = 20_000

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any,
        params: Mapping[str, Any],
    ) -> Aggregation:
        """See the subclass docstring."""
        if values.shape[0] < self.single_thread_below:
            from threadpoolctl import threadpool_limits

            with threadpool_limits(limits=1):
                return self._aggregate(values, weights, prepared=prepared, params=params)
        return self._aggregate(values, weights, prepared=prepared, params=params)

    def _aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any,
        params: Mapping[str, Any],
    ) -> Aggregation:
        raise NotImplementedError
