"""Scoring sessions: prepare once, re-score fast when only the weights change.

A :class:`ScoringSession` holds one matrix, one set of criteria and one
scorer. The first :meth:`~ScoringSession.score` prepares the matrix
(constraints, missing values, standardisation, see
:func:`~smartzone.scoring.prepare.prepare`), hashes the data for the recipe
and keeps the 0-1 values of the valid districts; :meth:`~ScoringSession.rescore`
then only runs the aggregation with new weights (for WLC: one
matrix-vector product) and wraps the arrays into a :class:`ScoreResult`
whose ``rank`` and ``contributions`` are built on first access.

Memory: the prepared matrix holds two ``n x k`` float64 arrays (raw and
standardised, 16 bytes per cell and criterion) plus, when some districts
are excluded, one copy of the valid rows; a re-score adds ``O(n)`` (score)
and, only when read, ``O(n x k)`` contributions. Linear in cells x criteria.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .base import Scorer
from .model import Criterion, ScoreResult
from .prepare import PreparedMatrix, prepare
from .result import ResultContext, data_version
from .weights import merge_weights, normalize_weights


class ScoringSession:
    """One matrix, criteria and scorer, with the prepared matrix cached.

    Parameters
    ----------
    matrix
        Districts (or grid cells) x raw indicators, indexed by code.
    criteria
        The criteria; their weights are the starting weights.
    scorer
        A scorer instance or a scorer id (see :func:`~smartzone.scoring.registry.get_scorer`).
    references
        Optional indicator -> reference values for the standardisation
        statistics (see :func:`~smartzone.scoring.prepare.prepare`).

    Examples
    --------
    >>> session = ScoringSession(matrix, criteria, "wlc")      # doctest: +SKIP
    >>> first = session.score()                                # doctest: +SKIP
    >>> again = session.rescore({"ict_share": 0.4})            # doctest: +SKIP
    """

    def __init__(
        self,
        matrix: pd.DataFrame,
        criteria: Sequence[Criterion],
        scorer: Any = "wlc",
        *,
        references: Mapping[str, np.ndarray] | None = None,
    ) -> None:
        if isinstance(scorer, str):
            from .registry import get_scorer

            scorer = get_scorer(scorer)
        self.matrix = matrix
        self.criteria: tuple[Criterion, ...] = tuple(criteria)
        self.scorer = scorer
        self.references = references
        self._prepared: PreparedMatrix | None = None
        self._context: ResultContext | None = None
        self._values: np.ndarray | None = None
        self._weights: np.ndarray | None = None

    # ------------------------------------------------------------- caching
    def _ensure(self) -> tuple[PreparedMatrix, ResultContext, np.ndarray]:
        if self._prepared is None or self._context is None or self._values is None:
            prepared = prepare(self.matrix, self.criteria, references=self.references)
            context = ResultContext(prepared, data_version(self.matrix, prepared.criteria))
            if context.all_valid:
                values = prepared.values
            else:
                values = np.ascontiguousarray(prepared.values[context.valid])
            self._prepared, self._context, self._values = prepared, context, values
            if self._weights is None:
                self._weights = np.asarray(prepared.weights, dtype=float)
        return self._prepared, self._context, self._values

    @property
    def prepared(self) -> PreparedMatrix:
        """The cached :class:`PreparedMatrix` (prepared on first use)."""
        return self._ensure()[0]

    @property
    def valid_values(self) -> np.ndarray:
        """``(m, k)`` standardised values of the valid districts (read-only view)."""
        return self._ensure()[2]

    @property
    def valid_codes(self) -> pd.Index:
        """Codes of the valid (scored) districts, in matrix order."""
        _, ctx, _ = self._ensure()
        return ctx.index[ctx.valid]

    @property
    def weights(self) -> np.ndarray:
        """Current normalised weights, criteria order."""
        self._ensure()
        assert self._weights is not None
        return self._weights.copy()

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(c.indicator for c in self.criteria)

    def invalidate(self) -> None:
        """Drop the cache (call after changing the matrix or the criteria in place)."""
        self._prepared = self._context = self._values = None
        self._weights = None

    # ------------------------------------------------------------- scoring
    def normalize(self, weights: Sequence[float] | np.ndarray | Mapping[str, float]) -> np.ndarray:
        """Validate weights (criteria order, or indicator -> weight) and scale them to sum 1.

        Indicators missing from a mapping keep their current weight.
        """
        names = self.indicators
        if isinstance(weights, Mapping):
            return normalize_weights(merge_weights(weights, names, self.weights), names=names)
        return normalize_weights(weights, names=names)

    def score(self) -> ScoreResult:
        """Score with the current weights (prepares the matrix on first call)."""
        self._ensure()
        assert self._weights is not None
        return self._run(self._weights)

    def rescore(self, weights: Sequence[float] | np.ndarray | Mapping[str, float]) -> ScoreResult:
        """Score with new weights, reusing the prepared matrix (the fast path).

        The new weights become the session's current weights.
        """
        self._ensure()
        w = self.normalize(weights)
        self._weights = w
        return self._run(w)

    def score_with(self, scorer: Any) -> ScoreResult:
        """Score the same prepared matrix and weights with another scorer (id or instance)."""
        if isinstance(scorer, str):
            from .registry import get_scorer

            scorer = get_scorer(scorer)
        self._ensure()
        assert self._weights is not None
        return self._run(self._weights, scorer)

    def _run(self, w: np.ndarray, scorer: Any = None) -> ScoreResult:
        scorer = self.scorer if scorer is None else scorer
        prepared, context, values = self._ensure()
        if isinstance(scorer, Scorer):
            return scorer.score_prepared(prepared, context, values=values, weights=w)
        # third-party scorer (GuardedScorer) or duck-typed: the plain public call
        criteria = [
            Criterion.from_dict({**c.to_dict(), "weight": float(wi)})
            for c, wi in zip(self.criteria, w, strict=True)
        ]
        result: ScoreResult = scorer.score(self.matrix, criteria)
        return result
