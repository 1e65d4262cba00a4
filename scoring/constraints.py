"""Hard exclusions (constraints) on raw indicator values.

A :class:`~smartzone.scoring.model.Constraint` excludes a district where
``raw <op> value`` is true (e.g. ``population < 5000``). Missing raw values
never trigger a constraint: they are handled by the criterion's missing-value
policy. Reasons are recorded per district as readable text, e.g.
``"population < 5,000 (인구 5천 미만)"``.
"""
from __future__ import annotations

import math
import operator
from collections.abc import Callable, Sequence

import numpy as np
from numpy.typing import NDArray

from .errors import ParameterError
from .model import Constraint

__all__ = ["OPERATORS", "constraint_label", "constraint_mask", "format_number", "validate_constraint"]

OPERATORS: dict[str, Callable[[NDArray[np.float64], float], NDArray[np.bool_]]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}


def format_number(value: float) -> str:
    """Readable number: thousands separators for whole numbers, 6 significant digits otherwise."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def validate_constraint(constraint: Constraint, *, indicator: str = "") -> None:
    """Raise :class:`ParameterError` if the operator or value is invalid."""
    where = f" on {indicator}" if indicator else ""
    if constraint.op not in OPERATORS:
        raise ParameterError(
            f"constraint{where}: operator must be one of {' '.join(OPERATORS)}, got {constraint.op!r}",
            key="constraint_operator", value=str(constraint.op), allowed=list(OPERATORS),
            **({"criterion": indicator} if indicator else {}),
        )
    try:
        v = float(constraint.value)
    except (TypeError, ValueError):
        raise ParameterError(f"constraint{where}: value must be a number, got {constraint.value!r}",
                             key="constraint_value", value=repr(constraint.value),
                             **({"criterion": indicator} if indicator else {})) from None
    if math.isnan(v):
        raise ParameterError(f"constraint{where}: value must not be NaN", key="constraint_value", value="NaN",
                             **({"criterion": indicator} if indicator else {}))


def constraint_label(indicator: str, constraint: Constraint) -> str:
    """``"population < 5,000 (인구 5천 미만)"``: the rule, then the user's reason if any."""
    text = f"{indicator} {constraint.op} {format_number(float(constraint.value))}"
    reason = constraint.reason.strip()
    return f"{text} ({reason})" if reason else text


def constraint_mask(raw: NDArray[np.float64], constraint: Constraint) -> NDArray[np.bool_]:
    """Boolean mask of the districts the constraint excludes (``False`` where raw is NaN)."""
    validate_constraint(constraint)
    with np.errstate(invalid="ignore"):
        hit = OPERATORS[constraint.op](raw, float(constraint.value))
    return np.asarray(hit, dtype=bool) & ~np.isnan(raw)


def combine_reasons(
    masks: Sequence[NDArray[np.bool_]], labels: Sequence[str], n: int
) -> tuple[NDArray[np.bool_], dict[int, str]]:
    """Combine exclusion masks into one mask and per-row "; "-joined reasons.

    Rows sharing the same pattern of hits share one reason string (built once),
    so this stays fast when many districts are excluded.

    Returns
    -------
    (excluded, reasons)
        ``excluded`` bool mask of length ``n``; ``reasons`` row index -> text.
    """
    if not masks:
        return np.zeros(n, dtype=bool), {}
    excluded = np.zeros(n, dtype=bool)
    for m in masks:
        excluded |= m
    rows = np.flatnonzero(excluded)
    if rows.size == 0:
        return excluded, {}
    if len(masks) <= 63:
        # one integer per excluded row encodes which rules hit it
        bits = np.zeros(rows.size, dtype=np.int64)
        for b, m in enumerate(masks):
            bits |= m[rows].astype(np.int64) << b
        uniq, inverse = np.unique(bits, return_inverse=True)
        patterns = [[bool((u >> b) & 1) for b in range(len(masks))] for u in uniq.tolist()]
    else:
        stack = np.column_stack([m[rows] for m in masks])
        upat, inverse = np.unique(stack, axis=0, return_inverse=True)
        patterns = [list(map(bool, row)) for row in upat]
    texts = ["; ".join(lbl for lbl, hit in zip(labels, pat, strict=True) if hit) for pat in patterns]
    text_arr = np.array(texts, dtype=object)[inverse.ravel()]
    return excluded, dict(zip(rows.tolist(), text_arr.tolist(), strict=True))
