"""ArcGIS *Rescale by Function* transformation curves not covered by the fuzzy memberships.

Esri's Suitability Modeler offers thirteen transformation functions; the
Gaussian, Large, Small, Near, MS Large, MS Small and Linear ones are the fuzzy
memberships of :mod:`smartzone.scoring.fuzzy`. This module adds the other
five with Esri's own parameters:

========================  ==============================================  ======================
function                  general form ``Y = F(x)``                        parameters
========================  ==============================================  ======================
Exponential               ``Exp((x - shift) * baseFactor)``                shift, baseFactor
Logarithm                 ``Ln(x - shift) * factor``                       shift, factor
Power                     ``Power(x - shift, exponent)``                   shift, exponent
Logistic growth           ``100 / (1 + a Exp(-r (x - minimum)))``          minimum, maximum,
                                                                           yInterceptPercent
Logistic decay            the mirror image of logistic growth              minimum, maximum,
                                                                           yInterceptPercent
========================  ==============================================  ======================

As in ArcGIS, the function values between the lower and upper thresholds are
then scaled linearly onto the evaluation scale,
``scaled = (Y - Y(lower)) / (Y(upper) - Y(lower))`` for the 0-1 scale used
here (ArcGIS: ``fromScale + (Y - min(Y)) * (toScale - fromScale) / (max(Y) - min(Y))``).
Because of this rescaling a positive ``factor`` of the logarithm has no
effect, and the exponential's ``shift`` cancels out; they are accepted for
parity with ArcGIS recipes. Values below the lower threshold get 0 and above
the upper one 1 (ArcGIS's ``valueBelowThreshold`` / ``valueAboveThreshold``
set to the ends of the scale).

Logistic growth: ``Y(minimum) = yInterceptPercent`` and
``Y(maximum) = 100 - yInterceptPercent`` (function values 0-100, the
steepness follows from the two points: ``a = 100 / y0 - 1``,
``r = 2 ln((100 - y0) / y0) / (maximum - minimum)``). ``yInterceptPercent``
lies strictly between 0 and 50, ArcGIS default 1.

Sources: Esri, *ArcGIS Pro: Formulas for the transformation functions* and
the arcpy classes ``TfExponential``, ``TfLogarithm``, ``TfPower``,
``TfLogisticGrowth``, ``TfLogisticDecay`` (Spatial Analyst).
"""
from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .errors import ParameterError

FloatArray = NDArray[np.float64]

__all__ = ["exponential", "logarithm", "logistic_decay", "logistic_growth", "power", "rescale"]


def rescale(y: FloatArray, y_low: float, y_high: float) -> FloatArray:
    """Linear scaling of function values onto 0-1 (ArcGIS's step 3)."""
    span = y_high - y_low
    if not (math.isfinite(span) and span != 0.0):
        raise ParameterError(
            "the transformation gives the same value at both thresholds (or overflows); "
            "widen the thresholds or change the shape parameters",
            key="transform_flat",
        )
    out: FloatArray = (y - y_low) / span
    return out


def _thresholds(lower: float, upper: float) -> None:
    if not lower < upper:
        raise ParameterError(f"the lower threshold ({lower:g}) must be less than the upper one ({upper:g})",
                             key="transform_thresholds", low=f"{lower:g}", high=f"{upper:g}")


def exponential(
    x: ArrayLike, *, shift: float, base_factor: float, lower: float, upper: float
) -> FloatArray:
    """ArcGIS Exponential: ``Exp((x - shift) * baseFactor)`` scaled to 0-1 over [lower, upper]."""
    _thresholds(lower, upper)
    if not base_factor > 0:
        raise ParameterError(f"exponential baseFactor must be > 0, got {base_factor:g}", key="param_positive",
                             name="baseFactor", value=f"{base_factor:g}")
    xs = np.clip(np.asarray(x, dtype=np.float64), lower, upper)
    # (e^{b(x-s)} - e^{b(l-s)}) / (e^{b(u-s)} - e^{b(l-s)}): the shift cancels; written with
    # expm1 so that neither small nor huge b (x - s) loses the curve to rounding or overflow
    t = (xs - lower) * base_factor
    span = (upper - lower) * base_factor
    if span > 700.0:
        out: FloatArray = np.exp(t - span)
        return out
    out = np.expm1(t) / math.expm1(span)
    return out


def logarithm(
    x: ArrayLike, *, shift: float, factor: float, lower: float, upper: float
) -> FloatArray:
    """ArcGIS Logarithm: ``Ln(x - shift) * factor`` scaled to 0-1 over [lower, upper].

    ``shift`` must be below the lower threshold (the logarithm of a value <= 0
    is undefined).
    """
    _thresholds(lower, upper)
    if not factor > 0:
        raise ParameterError(f"logarithm factor must be > 0, got {factor:g}", key="param_positive", name="factor",
                             value=f"{factor:g}")
    if not shift < lower:
        raise ParameterError(
            f"logarithm shift ({shift:g}) must be below the lower threshold ({lower:g}): "
            "Ln(x - shift) needs x - shift > 0",
            key="transform_shift", shift=f"{shift:g}", low=f"{lower:g}", strict=True,
        )
    xs = np.clip(np.asarray(x, dtype=np.float64), lower, upper)
    y = np.log(xs - shift) * factor
    return rescale(y, math.log(lower - shift) * factor, math.log(upper - shift) * factor)


def power(x: ArrayLike, *, shift: float, exponent: float, lower: float, upper: float) -> FloatArray:
    """ArcGIS Power: ``Power(x - shift, exponent)`` scaled to 0-1 over [lower, upper].

    ``shift`` must not exceed the lower threshold (a negative base with a
    fractional exponent is undefined).
    """
    _thresholds(lower, upper)
    if not exponent > 0:
        raise ParameterError(f"power exponent must be > 0, got {exponent:g}", key="param_positive", name="exponent",
                             value=f"{exponent:g}")
    if shift > lower:
        raise ParameterError(
            f"power shift ({shift:g}) must not exceed the lower threshold ({lower:g}): "
            "Power(x - shift, exponent) needs x - shift >= 0",
            key="transform_shift", shift=f"{shift:g}", low=f"{lower:g}", strict=False,
        )
    xs = np.clip(np.asarray(x, dtype=np.float64), lower, upper)
    y = np.power(xs - shift, exponent)
    return rescale(y, (lower - shift) ** exponent, (upper - shift) ** exponent)


def _logistic_values(
    x: FloatArray, minimum: float, maximum: float, y_intercept_percent: float
) -> FloatArray:
    y0 = float(y_intercept_percent)
    if not 0.0 < y0 < 50.0:
        raise ParameterError(f"yInterceptPercent must lie strictly between 0 and 50, got {y0:g}",
                             key="param_between", name="yInterceptPercent", low=0, high=50, value=f"{y0:g}")
    if not minimum < maximum:
        raise ParameterError(f"logistic minimum ({minimum:g}) must be less than its maximum ({maximum:g})",
                             key="transform_thresholds", low=f"{minimum:g}", high=f"{maximum:g}")
    a = 100.0 / y0 - 1.0
    r = 2.0 * math.log((100.0 - y0) / y0) / (maximum - minimum)
    with np.errstate(over="ignore"):
        out: FloatArray = 100.0 / (1.0 + a * np.exp(-r * (x - minimum)))
    return out


def logistic_growth(
    x: ArrayLike,
    *,
    minimum: float,
    maximum: float,
    y_intercept_percent: float = 1.0,
    lower: float,
    upper: float,
) -> FloatArray:
    """ArcGIS LogisticGrowth scaled to 0-1 over [lower, upper] (see the module docstring)."""
    _thresholds(lower, upper)
    xs = np.clip(np.asarray(x, dtype=np.float64), lower, upper)
    ends = _logistic_values(np.array([lower, upper]), minimum, maximum, y_intercept_percent)
    y = _logistic_values(xs, minimum, maximum, y_intercept_percent)
    return rescale(y, float(ends[0]), float(ends[1]))


def logistic_decay(
    x: ArrayLike,
    *,
    minimum: float,
    maximum: float,
    y_intercept_percent: float = 1.0,
    lower: float,
    upper: float,
) -> FloatArray:
    """ArcGIS LogisticDecay: ``Y(minimum) = 100 - y0``, ``Y(maximum) = y0``; scaled to 0-1.

    The mirror image of :func:`logistic_growth` about the middle of
    [minimum, maximum]; high at the lower threshold, low at the upper one.
    """
    _thresholds(lower, upper)
    xs = np.clip(np.asarray(x, dtype=np.float64), lower, upper)
    mirror = minimum + maximum
    ends = _logistic_values(mirror - np.array([lower, upper]), minimum, maximum, y_intercept_percent)
    y = _logistic_values(mirror - xs, minimum, maximum, y_intercept_percent)
    # the scale runs from the lowest function value (0) to the highest (1), as in ArcGIS
    return rescale(y, float(ends[1]), float(ends[0]))
