"""Fuzzy membership functions (ArcGIS Pro *Fuzzy Membership*, TerrSet *FUZZY*).

Every function maps raw values ``x`` (any unit) to a membership ``mu`` in
``[0, 1]``; ``NaN`` stays ``NaN``. They are pure element-wise numpy functions
with scalar parameters already resolved (data-dependent defaults such as
"midpoint of the range" are resolved by :mod:`smartzone.scoring.standardize`).

Sources
-------
* Esri, *ArcGIS Pro: Fuzzy Membership (Spatial Analyst)* and the arcpy classes
  ``FuzzyLinear``, ``FuzzyGaussian``, ``FuzzyNear``, ``FuzzyLarge``, ``FuzzySmall``,
  ``FuzzyMSLarge``, ``FuzzyMSSmall``
  (https://pro.arcgis.com/en/pro-app/latest/arcpy/spatial-analyst/fuzzylarge-class.htm
  and sibling pages); Raines, Sawatzky & Bonham-Carter (2010), "Incorporating
  expert knowledge: new fuzzy logic tools in ArcGIS 10", *ArcUser* Spring 2010, Table 2.
* Eastman, J. R. (2012), *IDRISI Selva / TerrSet Manual*, module ``FUZZY``:
  sigmoidal (``cos^2``), J-shaped and linear membership with control points
  ``a, b, c, d`` and monotonically increasing / decreasing / symmetric shapes.
"""
from __future__ import annotations

from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .errors import ParameterError

Shape = Literal["increasing", "decreasing", "symmetric"]
Curve = Literal["linear", "sigmoid", "jshaped"]

FloatArray = NDArray[np.float64]

__all__ = [
    "control_points",
    "gaussian",
    "large",
    "linear",
    "logistic",
    "ms_large",
    "ms_small",
    "near",
    "small",
]


def _as_float(x: ArrayLike) -> FloatArray:
    return np.asarray(x, dtype=np.float64)


def _finite(name: str, value: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise ParameterError(f"{name} must be a number, got {value!r}", key="param_not_number", name=name,
                             value=repr(value)) from None
    if not np.isfinite(v):
        raise ParameterError(f"{name} must be a finite number, got {value!r}", key="param_not_number", name=name,
                             value=repr(value))
    return v


def _positive(name: str, value: float) -> float:
    v = _finite(name, value)
    if v <= 0:
        raise ParameterError(f"{name} must be > 0, got {value!r}", key="param_positive", name=name, value=repr(value))
    return v


def linear(x: ArrayLike, *, low: float, high: float) -> FloatArray:
    """ArcGIS ``FuzzyLinear(minimum, maximum)``.

    ``mu = 0`` at ``low``, ``1`` at ``high``, linear in between and clamped
    outside::

        mu(x) = clip((x - low) / (high - low), 0, 1)

    If ``low > high`` the slope is negative (decreasing membership), as in
    ArcGIS. ``low == high`` is a crisp step: ``mu = 1`` where ``x >= high``.
    """
    x = _as_float(x)
    low = _finite("low", low)
    high = _finite("high", high)
    if low == high:
        out = np.where(x >= high, 1.0, 0.0)
    else:
        out = np.clip((x - low) / (high - low), 0.0, 1.0)
    out[np.isnan(x)] = np.nan
    return out


def gaussian(x: ArrayLike, *, midpoint: float, spread: float) -> FloatArray:
    """ArcGIS ``FuzzyGaussian(midpoint, spread)``: ``mu(x) = exp(-spread * (x - midpoint)^2)``.

    ``spread`` is in ``1 / unit^2`` (ArcGIS default 0.1); larger is narrower.
    """
    x = _as_float(x)
    m = _finite("midpoint", midpoint)
    s = _positive("spread", spread)
    with np.errstate(over="ignore", under="ignore"):
        return np.exp(-s * (x - m) ** 2)


def near(x: ArrayLike, *, midpoint: float, spread: float) -> FloatArray:
    """ArcGIS ``FuzzyNear(midpoint, spread)``: ``mu(x) = 1 / (1 + spread * (x - midpoint)^2)``."""
    x = _as_float(x)
    m = _finite("midpoint", midpoint)
    s = _positive("spread", spread)
    with np.errstate(over="ignore", under="ignore"):
        return 1.0 / (1.0 + s * (x - m) ** 2)


def large(x: ArrayLike, *, midpoint: float, spread: float) -> FloatArray:
    """ArcGIS ``FuzzyLarge(midpoint, spread)``: ``mu(x) = 1 / (1 + (x / midpoint)^(-spread))``.

    ``mu(midpoint) = 0.5``; ArcGIS default ``spread = 5`` (typical 1-10). The
    formula is defined for positive inputs; for ``x <= 0`` the limit ``x -> 0+``
    is used (``mu = 0``). ``midpoint`` must be > 0.
    """
    x = _as_float(x)
    m = _positive("midpoint", midpoint)
    s = _positive("spread", spread)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
        out = 1.0 / (1.0 + (x / m) ** (-s))
    out = np.where(x > 0, out, 0.0)
    out[np.isnan(x)] = np.nan
    return out


def small(x: ArrayLike, *, midpoint: float, spread: float) -> FloatArray:
    """ArcGIS ``FuzzySmall(midpoint, spread)``: ``mu(x) = 1 / (1 + (x / midpoint)^spread)``.

    ``mu(midpoint) = 0.5``; ArcGIS default ``spread = 5``. For ``x <= 0`` the
    limit ``x -> 0+`` is used (``mu = 1``). ``midpoint`` must be > 0.
    """
    x = _as_float(x)
    m = _positive("midpoint", midpoint)
    s = _positive("spread", spread)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
        out = 1.0 / (1.0 + (x / m) ** s)
    out = np.where(x > 0, out, 1.0)
    out[np.isnan(x)] = np.nan
    return out


def ms_large(
    x: ArrayLike, *, mean: float, std: float, a: float = 1.0, b: float = 1.0
) -> FloatArray:
    """ArcGIS ``FuzzyMSLarge(meanMultiplier=a, STDMultiplier=b)``.

    With ``m`` the mean and ``s`` the standard deviation of the input::

        mu(x) = 1 - b*s / (x - a*m + b*s)   if x > a*m
        mu(x) = 0                           otherwise
    """
    x = _as_float(x)
    m = _finite("mean", mean)
    sd = _finite("std", std)
    a = _finite("a (mean multiplier)", a)
    b = _positive("b (standard-deviation multiplier)", b)
    bs = b * sd
    if bs <= 0:
        raise ParameterError("b * std must be > 0 (the input has no spread)", key="fuzzy_no_spread")
    am = a * m
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(x > am, 1.0 - bs / (x - am + bs), 0.0)
    out[np.isnan(x)] = np.nan
    return out


def ms_small(
    x: ArrayLike, *, mean: float, std: float, a: float = 1.0, b: float = 1.0
) -> FloatArray:
    """ArcGIS ``FuzzyMSSmall(meanMultiplier=a, STDMultiplier=b)``::

        mu(x) = b*s / (x - a*m + b*s)   if x > a*m
        mu(x) = 1                       otherwise

    which is exactly ``1 - ms_large(x)`` (NaN stays NaN).
    """
    return 1.0 - ms_large(x, mean=mean, std=std, a=a, b=b)


def logistic(x: ArrayLike, *, midpoint: float, spread: float) -> FloatArray:
    """Logistic sigmoid: ``mu(x) = 1 / (1 + exp(-spread * (x - midpoint)))``.

    ``mu(midpoint) = 0.5``; ``spread`` in ``1 / unit`` (> 0, increasing curve).
    """
    x = _as_float(x)
    m = _finite("midpoint", midpoint)
    s = _positive("spread", spread)
    with np.errstate(over="ignore", under="ignore"):
        return 1.0 / (1.0 + np.exp(-s * (x - m)))


def _rise(x: FloatArray, a: float, b: float, curve: Curve) -> FloatArray:
    """Increasing branch: 0 (or 0.5 for J-shaped) at ``a``, 1 at and above ``b``."""
    if curve == "jshaped":
        # TerrSet J-shaped: mu = 1 / (1 + ((x - b) / (b - a))^2) for x < b; mu(a) = 0.5.
        return np.where(x >= b, 1.0, 1.0 / (1.0 + ((x - b) / (b - a)) ** 2))
    t = np.clip((x - a) / (b - a), 0.0, 1.0)
    if curve == "linear":
        return t
    # TerrSet sigmoidal: alpha = (1 - t) * pi / 2, mu = cos^2(alpha).
    return np.cos((1.0 - t) * (np.pi / 2.0)) ** 2


def _fall(x: FloatArray, c: float, d: float, curve: Curve) -> FloatArray:
    """Decreasing branch: 1 at and below ``c``, 0 (0.5 for J-shaped) at ``d``."""
    if curve == "jshaped":
        return np.where(x <= c, 1.0, 1.0 / (1.0 + ((x - c) / (d - c)) ** 2))
    t = np.clip((x - c) / (d - c), 0.0, 1.0)
    if curve == "linear":
        return 1.0 - t
    return np.cos(t * (np.pi / 2.0)) ** 2


def control_points(
    x: ArrayLike,
    *,
    curve: Curve,
    shape: Shape,
    a: float | None = None,
    b: float | None = None,
    c: float | None = None,
    d: float | None = None,
) -> FloatArray:
    """TerrSet ``FUZZY`` membership with control points ``a <= b <= c <= d``.

    * ``shape="increasing"`` uses ``a`` (membership starts rising) and ``b``
      (membership reaches 1);
    * ``shape="decreasing"`` uses ``c`` (membership starts falling) and ``d``
      (membership reaches 0);
    * ``shape="symmetric"`` uses all four (rise, plateau of 1 between ``b`` and
      ``c``, fall).

    Curves, with ``t = (x - a) / (b - a)`` on the rising limb:

    * ``linear``: ``mu = t``;
    * ``sigmoid``: ``mu = cos^2((1 - t) * pi / 2)`` (TerrSet's sigmoidal);
    * ``jshaped``: ``mu = 1 / (1 + ((x - b) / (b - a))^2)``; this curve never
      reaches 0: ``mu(a) = 0.5`` and it tends to 0 far below ``a``.

    The falling limb mirrors these with ``c`` and ``d``.
    """
    x = _as_float(x)
    if curve not in ("linear", "sigmoid", "jshaped"):
        raise ParameterError(f"curve must be 'linear', 'sigmoid' or 'jshaped', got {curve!r}", key="param_choice",
                             name="curve", value=str(curve), choices=["linear", "sigmoid", "jshaped"])
    if shape not in ("increasing", "decreasing", "symmetric"):
        raise ParameterError(
            f"shape must be 'increasing', 'decreasing' or 'symmetric', got {shape!r}",
            key="param_choice", name="shape", value=str(shape), choices=["increasing", "decreasing", "symmetric"],
        )
    needed = {"increasing": ("a", "b"), "decreasing": ("c", "d"), "symmetric": ("a", "b", "c", "d")}
    given = {"a": a, "b": b, "c": c, "d": d}
    vals: dict[str, float] = {}
    for name in needed[shape]:
        v = given[name]
        if v is None:
            raise ParameterError(f"control point {name} is required for shape {shape!r}", key="param_required",
                                 name=name)
        vals[name] = _finite(f"control point {name}", v)
    order = [vals[n] for n in needed[shape]]
    if any(p > q for p, q in zip(order, order[1:], strict=False)):
        raise ParameterError(
            "control points must be in order "
            + " <= ".join(needed[shape])
            + ", got "
            + ", ".join(f"{n}={vals[n]:g}" for n in needed[shape]),
            key="fuzzy_control_order", order=" <= ".join(needed[shape]),
            values=", ".join(f"{n}={vals[n]:g}" for n in needed[shape]),
        )
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if shape in ("increasing", "symmetric"):
            if vals["a"] == vals["b"]:
                up = np.where(x >= vals["b"], 1.0, 0.0)
            else:
                up = _rise(x, vals["a"], vals["b"], curve)
        if shape in ("decreasing", "symmetric"):
            if vals["c"] == vals["d"]:
                down = np.where(x <= vals["c"], 1.0, 0.0)
            else:
                down = _fall(x, vals["c"], vals["d"], curve)
    if shape == "increasing":
        out = up
    elif shape == "decreasing":
        out = down
    else:
        out = np.minimum(up, down)
    out = np.asarray(out, dtype=np.float64)
    out[np.isnan(x)] = np.nan
    return out
