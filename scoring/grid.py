"""Grid-level suitability: score a stack of co-registered raster cells.

The same engine as for districts: each cell is a row of the matrix, each band a
criterion's indicator. Reading the rasters is the caller's job (``layers`` reads
windows of GeoTIFFs); this module only takes arrays, so it stays free of file IO.

Cells that are NaN in any band used by a criterion with ``missing="exclude"``, or
that are masked by ``valid``, get NaN in the output grid.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .engine import ScoringSession
from .errors import CriteriaError
from .model import Criterion, ScoreResult


@dataclass
class GridScore:
    """Scores of a raster stack.

    Attributes
    ----------
    grid
        ``(rows, cols)`` float32 array of scores on 0-100; NaN where a cell is
        masked or excluded.
    result
        The underlying :class:`ScoreResult`, indexed by flat cell number
        (``row * cols + col``) over the scored cells.
    """

    grid: np.ndarray
    result: ScoreResult


class GridSuitability:
    """Score co-registered bands cell by cell, then re-score fast when weights change.

    Parameters
    ----------
    bands
        Indicator id -> 2-D array (all the same shape; the indicator's own unit).
    criteria
        Criteria naming those indicators.
    scorer
        Scorer instance or id (default ``"wlc"``).
    valid
        Optional boolean mask (True = cell to score), e.g. land cells only.

    Examples
    --------
    >>> grid = GridSuitability({"slope": slope, "dist_road": dist}, criteria)   # doctest: +SKIP
    >>> first = grid.score().grid                                              # doctest: +SKIP
    >>> again = grid.rescore({"slope": 0.7, "dist_road": 0.3}).grid            # doctest: +SKIP
    """

    def __init__(
        self,
        bands: Mapping[str, np.ndarray],
        criteria: Sequence[Criterion],
        scorer: Any = "wlc",
        *,
        valid: np.ndarray | None = None,
    ) -> None:
        if not bands:
            raise CriteriaError("No bands given: pass indicator id -> 2-D array.")
        shapes = {np.shape(a) for a in bands.values()}
        if len(shapes) != 1 or len(next(iter(shapes))) != 2:
            raise CriteriaError(f"Bands must be 2-D arrays of one shape; got shapes {sorted(shapes)}.")
        self.shape: tuple[int, int] = next(iter(shapes))
        n = self.shape[0] * self.shape[1]
        if valid is None:
            self._cells = np.arange(n)
        else:
            mask = np.asarray(valid, dtype=bool)
            if mask.shape != self.shape:
                raise CriteriaError(f"valid mask has shape {mask.shape}, bands have {self.shape}.")
            self._cells = np.flatnonzero(mask.ravel())
        used = {c.indicator for c in criteria}
        # float64 columns of the scored cells only; integer cell numbers as the index
        # (no per-cell strings: memory stays linear in cells x criteria).
        matrix = pd.DataFrame(
            {k: np.asarray(a, dtype=np.float64).ravel()[self._cells] for k, a in bands.items() if k in used},
            index=pd.RangeIndex(len(self._cells)) if valid is None else pd.Index(self._cells),
        )
        self.session = ScoringSession(matrix, criteria, scorer)

    def _to_grid(self, result: ScoreResult) -> GridScore:
        out = np.full(self.shape[0] * self.shape[1], np.nan, dtype=np.float32)
        out[self._cells] = result.score.to_numpy(dtype=np.float32, na_value=np.nan)
        return GridScore(out.reshape(self.shape), result)

    def score(self) -> GridScore:
        """Prepare (standardise once) and score every cell."""
        return self._to_grid(self.session.score())

    def rescore(self, weights: Sequence[float] | Mapping[str, float]) -> GridScore:
        """Re-score with new weights, re-using the standardised cells."""
        return self._to_grid(self.session.rescore(weights))
