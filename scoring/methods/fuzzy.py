"""Fuzzy overlay: AND (minimum) and OR (maximum)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import Scorer
from ..params import ParamSpec
from ..result import Aggregation


def _limiting(values: np.ndarray, target: np.ndarray, active: np.ndarray) -> np.ndarray:
    """Indicator (m, k) of the active criteria that attain ``target`` in each row."""
    limiting: np.ndarray = (values == target[:, None]) & active[None, :]
    return limiting


class _FuzzyBase(Scorer):
    uses_weights: ClassVar[bool] = False
    _reduce: ClassVar[str] = "min"

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any = None,
        params: Mapping[str, Any] | None = None,
    ) -> Aggregation:
        active = np.asarray(weights) > 0
        v = values[:, active]
        if v.shape[1] == 0:
            target = np.zeros(values.shape[0])
        elif self._reduce == "min":
            target = v.min(axis=1)
        else:
            target = v.max(axis=1)
        score = 100.0 * target
        hits = _limiting(values, target, active)
        columns = [c.indicator for c in prepared.criteria] if prepared is not None else None
        counts = hits.sum(axis=0)
        diagnostics: dict[str, Any] = {
            "weights_used": False,
            "deciding_criterion_counts": (
                dict(zip(columns, (int(x) for x in counts), strict=True)) if columns else counts.tolist()
            ),
        }

        def contributions() -> np.ndarray:
            n_hit = hits.sum(axis=1, keepdims=True)
            out = np.zeros(values.shape)
            np.divide(hits * score[:, None], n_hit, out=out, where=n_hit > 0)
            return out

        return Aggregation(score=score, contributions=contributions, diagnostics=diagnostics)


class FuzzyAnd(_FuzzyBase):
    r"""Fuzzy AND (퍼지 AND, minimum): a district is as suitable as its weakest criterion.

    .. math::

        S_i = 100 \min_{j : w_j > 0} v_{ij}

    Weights are not used except that a criterion with weight 0 is left out.
    Non-compensatory, the most cautious overlay (OWA with :math:`\alpha \to \infty`).

    Scale: absolute (membership 0-1 times 100), comparable between runs.

    Contributions: the whole score is credited to the criterion that sets it
    (shared equally when several criteria tie at the minimum); all others 0.
    ``diagnostics["deciding_criterion_counts"]`` counts, per criterion, the
    districts it limits.
    """

    id: ClassVar[str] = "fuzzy_and"
    name_ko: ClassVar[str] = "퍼지 AND (최솟값)"
    name_en: ClassVar[str] = "Fuzzy AND (minimum)"
    params: ClassVar[tuple[ParamSpec, ...]] = ()
    scale: ClassVar[str] = "absolute: 100 x min_j v_ij (weights ignored)"
    _reduce: ClassVar[str] = "min"


class FuzzyOr(_FuzzyBase):
    r"""Fuzzy OR (퍼지 OR, maximum): a district is as suitable as its strongest criterion.

    .. math::

        S_i = 100 \max_{j : w_j > 0} v_{ij}

    Weights are not used except that a criterion with weight 0 is left out.
    The most optimistic overlay (OWA with :math:`\alpha \to 0`).

    Scale: absolute, comparable between runs.

    Contributions: the whole score is credited to the criterion that attains
    the maximum (shared equally among ties).
    """

    id: ClassVar[str] = "fuzzy_or"
    name_ko: ClassVar[str] = "퍼지 OR (최댓값)"
    name_en: ClassVar[str] = "Fuzzy OR (maximum)"
    params: ClassVar[tuple[ParamSpec, ...]] = ()
    scale: ClassVar[str] = "absolute: 100 x max_j v_ij (weights ignored)"
    _reduce: ClassVar[str] = "max"
