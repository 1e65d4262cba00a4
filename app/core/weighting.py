"""Weights derived from the data or from an importance order, and one-at-a-time sensitivity (Qt-free).

One place for the app (criteria panel, sensitivity view) and the command line
(``smartzone score --weights ... --oat``):

* objective weights: Shannon entropy or CRITIC of the indicators
  (:func:`smartzone.scoring.weights.objective_weights`);
* rank-order weights from the criteria's order (first = most important):
  rank order centroid (ROC), rank sum or rank reciprocal
  (:func:`smartzone.scoring.weights.rank_weights`);
* one-at-a-time sensitivity: each weight swept from 0 to 1 with the others
  rescaled, and the range over which the top k stays the same
  (:func:`smartzone.scoring.sensitivity.one_at_a_time`).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smartzone.scoring.weights import RankMethod

__all__ = ["OBJECTIVE_METHODS", "RANK_METHODS", "OatRow", "derived_weights", "one_at_a_time_rows"]

OBJECTIVE_METHODS = ("entropy", "critic")
RANK_METHODS: tuple[RankMethod, ...] = ("roc", "rank_sum", "rank_reciprocal")


def derived_weights(matrix: Any, criteria: Sequence[Any], method: str, source: str = "raw") -> dict[str, float]:
    """Indicator -> weight (sum 1) by ``method``: ``entropy``, ``critic``, ``roc``, ``rank_sum``
    or ``rank_reciprocal`` (rank methods take the criteria's order as the importance order)."""
    rank_method = next((m for m in RANK_METHODS if m == method), None)
    if rank_method is not None:
        from smartzone.scoring.weights import rank_weights

        w = rank_weights(list(range(1, len(criteria) + 1)), method=rank_method)
        return {c.indicator: float(x) for c, x in zip(criteria, w, strict=True)}
    if method in OBJECTIVE_METHODS:
        from smartzone.app.core.pipeline import objective_weights_for

        return objective_weights_for(matrix, criteria, method, source)
    raise ValueError(f"Unknown weighting method {method!r}: use one of "
                     f"{', '.join(OBJECTIVE_METHODS + RANK_METHODS)}.")


@dataclass
class OatRow:
    """One criterion's one-at-a-time result: its weight and the range keeping the top k."""

    indicator: str
    weight: float
    stable_low: float
    stable_high: float


def one_at_a_time_rows(matrix: Any, criteria: Sequence[Any], method: str, params: Mapping[str, Any],
                       *, steps: int = 21, top_k: int = 10, feedback: Any = None) -> list[OatRow]:
    """Sweep each weight (``steps`` values from 0 to 1) and report where the top ``top_k`` is unchanged."""
    from smartzone.app.core.scoring import scoring_session
    from smartzone.scoring.sensitivity import one_at_a_time

    session = scoring_session(matrix, criteria, method, params)
    res = one_at_a_time(session, steps=int(steps), top_k=int(top_k), feedback=feedback)
    return [OatRow(ind, res.base_weights[ind], *res.stable_range[ind]) for ind in res.base_weights]
