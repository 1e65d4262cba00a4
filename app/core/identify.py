"""What a reviewer sees on clicking a district: why it scored what it scored (Qt-free).

For one district: its raw indicator values, their standardised values, the
weight and the points each criterion contributes, its rank among the scored
districts, or the reason it was excluded.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class CriterionRow:
    """One criterion of an identified district."""

    indicator: str
    label: str
    raw: float
    standardized: float
    weight: float
    contribution: float


@dataclass
class Identification:
    """One district explained: score, rank, exclusion, per-criterion rows."""

    code: str
    name: str
    score: float
    rank: float
    ranked: int
    excluded: str | None
    rows: list[CriterionRow] = field(default_factory=list)


def _num(value: Any) -> float:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return math.nan
    return f


def identify(code: str, *, name: str = "", matrix: Any = None, result: Any = None, prepared: Any = None,
             labels: Mapping[str, str] | None = None) -> Identification:
    """Explain district ``code`` from the matrix, the score result and the prepared matrix.

    Parameters
    ----------
    matrix
        Raw indicator matrix (index = code).
    result
        :class:`~smartzone.scoring.model.ScoreResult` (score, rank, contributions,
        excluded, normalised weights in its recipe).
    prepared
        :class:`~smartzone.scoring.prepare.PreparedMatrix` of the same scoring run
        (standardised values), or None (an imported candidate map has none).
    labels
        Indicator id -> display name.
    """
    code = str(code)
    labels = labels or {}
    score = rank = math.nan
    ranked = 0
    excluded = None
    weights: dict[str, float] = {}
    indicators: list[str] = []
    if result is not None:
        score = _num(result.score.get(code)) if code in result.score.index else math.nan
        rank = _num(result.rank.get(code)) if code in result.rank.index else math.nan
        ranked = int(np.isfinite(np.asarray(result.score, dtype=float)).sum())
        excluded = result.excluded.get(code)
        w = result.recipe.get("weights")
        if isinstance(w, Mapping):
            weights = {str(k): float(v) for k, v in w.items()}
        indicators = [str(c.get("indicator")) for c in result.recipe.get("criteria") or []
                      if isinstance(c, Mapping) and c.get("indicator")]
        if not indicators:
            indicators = [str(c) for c in result.contributions.columns]
    std_row: dict[str, float] = {}
    if prepared is not None and code in prepared.codes:
        i = int(prepared.codes.get_loc(code))
        for j, crit in enumerate(prepared.criteria):
            std_row[crit.indicator] = float(prepared.values[i, j])
    rows = []
    for ind in indicators:
        raw = _num(matrix.at[code, ind]) if matrix is not None and ind in matrix.columns and code in matrix.index \
            else math.nan
        contrib = math.nan
        if result is not None and ind in result.contributions.columns and code in result.contributions.index:
            contrib = _num(result.contributions.at[code, ind])
        rows.append(CriterionRow(ind, labels.get(ind, ind), raw, std_row.get(ind, math.nan),
                                 weights.get(ind, math.nan), contrib))
    return Identification(code, name or code, score, rank, ranked, excluded, rows)
