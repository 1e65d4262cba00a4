"""Piecewise reclassification by value ranges and categorical mapping.

Both return the *score* given by the user for each raw value, divided by
``scale_max`` so that the result lies in ``[0, 1]`` (e.g. scores typed on a
1-10 suitability scale as in ArcGIS Pro's Suitability Modeler use
``scale_max=10``). ``NaN`` input stays ``NaN``; a value covered by no range /
category gets ``default`` (also on the user's scale).
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .errors import ParameterError

FloatArray = NDArray[np.float64]

__all__ = ["parse_categories", "parse_ranges", "reclass_categories", "reclass_ranges"]


def _bound(value: Any, *, name: str, open_value: float, row: int = 0, part: str = "") -> float:
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "inf", "-inf")):
        if isinstance(value, str) and value.strip().lower() == "inf":
            return math.inf
        if isinstance(value, str) and value.strip().lower() == "-inf":
            return -math.inf
        return open_value
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ParameterError(f"{name} must be a number or null, got {value!r}", key="reclass_bound",
                             row=row, part=part, value=repr(value)) from None
    if math.isnan(v):
        return open_value
    return v


def _score(value: Any, *, name: str, scale_max: float, where: dict[str, Any]) -> float:
    """A score of a reclass table; ``where`` names its row or class (plain data for the error's key)."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ParameterError(f"{name} must be a number, got {value!r}", key="reclass_score", value=repr(value),
                             most=f"{scale_max:g}", **where) from None
    if not (0.0 <= v <= scale_max):
        raise ParameterError(f"{name} must be between 0 and {scale_max:g}, got {value!r}", key="reclass_score",
                             value=repr(value), most=f"{scale_max:g}", **where)
    return v


def _check_scale(scale_max: float) -> float:
    try:
        s = float(scale_max)
    except (TypeError, ValueError):
        raise ParameterError(f"scale_max must be a number, got {scale_max!r}", key="reclass_scale_max",
                             value=repr(scale_max)) from None
    if not (math.isfinite(s) and s > 0):
        raise ParameterError(f"scale_max must be a finite number > 0, got {scale_max!r}", key="reclass_scale_max",
                             value=repr(scale_max))
    return s


def parse_ranges(
    ranges: Sequence[Sequence[Any]], *, scale_max: float = 1.0
) -> list[tuple[float, float, float]]:
    """Validate ``[[lo, hi, score], ...]`` and return float triples.

    ``lo``/``hi`` may be ``None`` (open end). Each range is ``lo <= x < hi``;
    ranges must not overlap (checked after sorting by ``lo``).
    """
    scale_max = _check_scale(scale_max)
    if isinstance(ranges, (str, bytes)) or not isinstance(ranges, Sequence) or len(ranges) == 0:
        raise ParameterError("ranges must be a non-empty list of [low, high, score] rows", key="reclass_no_ranges")
    out: list[tuple[float, float, float]] = []
    for i, row in enumerate(ranges, start=1):
        if isinstance(row, (str, bytes)) or not isinstance(row, Sequence) or len(row) != 3:
            raise ParameterError(f"range row {i} must be [low, high, score], got {row!r}", key="reclass_row_form",
                                 row=i, kind="range", value=repr(row))
        lo = _bound(row[0], name=f"range row {i} low", open_value=-math.inf, row=i, part="low")
        hi = _bound(row[1], name=f"range row {i} high", open_value=math.inf, row=i, part="high")
        if not lo < hi:
            raise ParameterError(f"range row {i}: low ({lo:g}) must be less than high ({hi:g})",
                                 key="reclass_low_high", row=i, low=f"{lo:g}", high=f"{hi:g}")
        sc = _score(row[2], name=f"range row {i} score", scale_max=scale_max, where={"row": i})
        out.append((lo, hi, sc))
    ordered = sorted(out)
    for (lo1, hi1, _), (lo2, _hi2, _) in zip(ordered, ordered[1:], strict=False):
        if lo2 < hi1:
            raise ParameterError(
                f"ranges overlap: [{lo1:g}, {hi1:g}) and [{lo2:g}, ...); make each low >= the previous high",
                key="reclass_overlap", first=f"[{lo1:g}, {hi1:g})", low=f"{lo2:g}",
            )
    return out


def reclass_ranges(
    x: ArrayLike,
    *,
    ranges: Sequence[Sequence[Any]],
    default: float = 0.0,
    scale_max: float = 1.0,
) -> FloatArray:
    """Score by value ranges: ``score / scale_max`` where ``lo <= x < hi``.

    Parameters
    ----------
    x
        Raw values (indicator's unit).
    ranges
        ``[[lo, hi, score], ...]``; ``lo``/``hi`` ``None`` for an open end.
    default
        Score for values in no range (user's scale).
    scale_max
        Top of the user's score scale (1 for 0-1 scores, 10 for a 1-10 scale).
    """
    x = np.asarray(x, dtype=np.float64)
    scale = _check_scale(scale_max)
    rows = parse_ranges(ranges, scale_max=scale)
    dflt = _score(default, name="default", scale_max=scale, where={"default": True})
    out = np.full(x.shape, dflt / scale, dtype=np.float64)
    for lo, hi, sc in rows:
        out[(x >= lo) & (x < hi)] = sc / scale
    out[np.isnan(x)] = np.nan
    return out


def parse_categories(
    mapping: Mapping[Any, Any] | Sequence[Sequence[Any]], *, scale_max: float = 1.0
) -> dict[float, float]:
    """Validate a class -> score mapping; keys become floats.

    Accepts ``{"12": 0.8, ...}`` (JSON/TOML keys are strings) or
    ``[[12, 0.8], ...]``. Class values must be numeric codes.
    """
    scale = _check_scale(scale_max)
    if isinstance(mapping, Mapping):
        items = list(mapping.items())
    elif isinstance(mapping, Sequence) and not isinstance(mapping, (str, bytes)):
        items = []
        for i, row in enumerate(mapping, start=1):
            if isinstance(row, (str, bytes)) or not isinstance(row, Sequence) or len(row) != 2:
                raise ParameterError(f"category row {i} must be [class value, score], got {row!r}",
                                     key="reclass_row_form", row=i, kind="category", value=repr(row))
            items.append((row[0], row[1]))
    else:
        raise ParameterError("mapping must be a {class value: score} table", key="reclass_no_mapping")
    if not items:
        raise ParameterError("mapping must contain at least one class value", key="reclass_no_mapping")
    out: dict[float, float] = {}
    for key, score in items:
        try:
            k = float(key)
        except (TypeError, ValueError):
            raise ParameterError(f"class value {key!r} is not a numeric code", key="reclass_class_code",
                                 value=repr(key)) from None
        if not math.isfinite(k):
            raise ParameterError(f"class value {key!r} must be finite", key="reclass_class_code", value=repr(key))
        out[k] = _score(score, name=f"score of class {key!r}", scale_max=scale, where={"category": repr(key)})
    return out


def reclass_categories(
    x: ArrayLike,
    *,
    mapping: Mapping[Any, Any] | Sequence[Sequence[Any]],
    default: float = 0.0,
    scale_max: float = 1.0,
) -> FloatArray:
    """Score by class value (e.g. a land-cover code): ``mapping[x] / scale_max``."""
    x = np.asarray(x, dtype=np.float64)
    scale = _check_scale(scale_max)
    table = parse_categories(mapping, scale_max=scale)
    dflt = _score(default, name="default", scale_max=scale, where={"default": True})
    keys = np.array(sorted(table), dtype=np.float64)
    vals = np.array([table[k] for k in sorted(table)], dtype=np.float64) / scale
    out = np.full(x.shape, dflt / scale, dtype=np.float64)
    idx = np.clip(np.searchsorted(keys, x), 0, len(keys) - 1)
    hit = keys[idx] == x
    out[hit] = vals[idx[hit]]
    out[np.isnan(x)] = np.nan
    return out
