"""Standardisation: raw indicator values -> 0-1 suitability (1 = most suitable).

One entry point, :func:`standardize`, and one declaration table,
:data:`STANDARDIZATIONS`, from which the app builds its parameter form and its
live transform chart (:func:`transform_curve`).

Direction
---------
``direction="benefit"`` keeps the transform as declared; ``direction="cost"``
reverses it. For the data-scaled monotone methods (``minmax``, ``zscore``,
``percentile``) both readings coincide: the cost transform equals
``1 - benefit transform``. ``grade5`` grades the *negated* values (so the
lowest 20 % are class 5 and the class scale keeps its meaning). For fuzzy
memberships, ``reclass`` and ``categorical`` the user's function already says
which values are suitable, so ``cost`` returns the fuzzy complement
``1 - mu(x)``; normally use ``benefit`` with them.

Statistics
----------
Data-dependent quantities (min, max, mean, standard deviation, percentiles,
automatic fuzzy parameters) are computed from ``reference`` (default: the
finite entries of ``values``). :func:`smartzone.scoring.prepare.prepare` passes
only the valid (non-excluded) districts. Standard deviations are population
standard deviations (``ddof=0``), as in ArcGIS raster statistics.

If the reference has fewer than two distinct values, every method whose
statistics or automatic parameters need a spread (all data-scaled methods,
and fuzzy methods with an automatic parameter) returns ``0.5`` for every
non-missing value: the criterion carries no information and cannot change a
ranking. Fuzzy methods with all parameters given do not depend on the data.

Units: fuzzy and reclass parameters are in the indicator's own unit (Gaussian
and Near spreads in 1/unit^2, logistic spread in 1/unit); outputs are unitless.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray
from scipy.special import ndtr

from . import fuzzy as _fz
from . import transform as _tf
from .errors import ParameterError
from .model import Standardization
from .params import ParamSpec
from .reclass import parse_categories, parse_ranges, reclass_categories, reclass_ranges

FloatArray = NDArray[np.float64]
DirectionMode = Literal["complement", "negate", "ratio"]

__all__ = [
    "STANDARDIZATIONS",
    "available",
    "StandardizationSpec",
    "grade_classes",
    "resolve_params",
    "standardize",
    "transform_curve",
]


class _Degenerate(Exception):
    """Reference data has no spread: the method returns 0.5 everywhere."""


@dataclass(frozen=True)
class StandardizationSpec:
    """Declaration of one standardisation method.

    Attributes
    ----------
    id
        Stable lowercase id used in :class:`Standardization.method`.
    label_ko, label_en
        Display names.
    parameters
        Declared parameters.
    monotone
        ``True`` if the benefit transform is non-decreasing in the raw value
        for every parameter setting (cost then non-increasing).
    direction_mode
        ``"complement"``: cost = ``1 - f(x)``; ``"negate"``: cost = ``f(-x)``
        computed against the negated reference; ``"ratio"``: cost =
        ``min(reference) / x`` (the linear ratio scale of the weighted product).
    uses_data
        ``True`` if the transform depends on the reference data (statistics or
        automatic parameters).
    description
        One-paragraph explanation with formula and source.
    function
        ``function(x, params, reference) -> f(x)`` (benefit reading, before
        clipping); ``params`` already resolved; ``reference`` the finite
        reference values (1-D, may be empty).
    """

    id: str
    label_ko: str
    label_en: str
    parameters: tuple[ParamSpec, ...]
    monotone: bool
    direction_mode: DirectionMode
    uses_data: bool
    description: str
    function: Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray] = field(
        repr=False, compare=False
    )

    def param(self, name: str) -> ParamSpec:
        """Return the declaration of parameter ``name``."""
        for p in self.parameters:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict[str, Any]:
        """Default parameter values (``None`` = from the data)."""
        return {p.name: p.default for p in self.parameters}

    def curve(
        self, x: ArrayLike, params: Mapping[str, Any] | None = None, reference: ArrayLike | None = None
    ) -> FloatArray:
        """Benefit-direction transform of ``x`` (statistics from ``reference``, default ``x``)."""
        return standardize(
            np.asarray(x, dtype=np.float64),
            Standardization(method=self.id, params=dict(params or {})),
            "benefit",
            reference=reference,
        )


# --------------------------------------------------------------------------- helpers


def _too_large(lo: float, hi: float) -> ParameterError:
    return ParameterError(
        f"the values ({lo:g} .. {hi:g}) are too large to standardise in float64; "
        "rescale the indicator (e.g. to thousands) first",
        key="values_too_large", low=f"{lo:g}", high=f"{hi:g}",
    )


def _range(ref: FloatArray) -> tuple[float, float]:
    if ref.size == 0:
        raise _Degenerate
    lo = float(ref.min())
    hi = float(ref.max())
    if not hi > lo:
        raise _Degenerate
    if not math.isfinite(hi - lo):
        raise _too_large(lo, hi)
    return lo, hi


def _mean_std(ref: FloatArray) -> tuple[float, float]:
    if ref.size == 0:
        raise _Degenerate
    with np.errstate(over="ignore", invalid="ignore"):
        m = float(ref.mean())
        s = float(ref.std())
    if not (math.isfinite(m) and math.isfinite(s)):
        raise _too_large(float(ref.min()), float(ref.max()))
    if not s > 0:
        raise _Degenerate
    return m, s


def _auto_spread(kind: str, lo: float, hi: float) -> float:
    """Automatic spread from the data range (see the parameter help texts)."""
    span = hi - lo
    if span < 1e-150:  # effectively constant (squares would underflow)
        raise _Degenerate
    if span > 1e150:
        raise _too_large(lo, hi)
    quarter = span / 4.0
    if kind == "logistic":
        return 8.0 / span
    if kind == "gaussian":
        return math.log(2.0) / quarter**2
    return 1.0 / quarter**2


def _midrange(ref: FloatArray) -> float:
    lo, hi = _range(ref)
    return (lo + hi) / 2.0


# --------------------------------------------------------------------------- methods


def _minmax(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    lo, hi = _range(ref)
    y = np.subtract(x, lo)
    y /= hi - lo  # divide (not multiply by the inverse): the range may be subnormal
    return y


def _ratio(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    if ref.size == 0:
        raise _Degenerate
    lo, hi = float(ref.min()), float(ref.max())
    if not lo > 0:
        raise ParameterError(
            f"the ratio standardisation divides by the values, which must all be positive "
            f"(smallest {lo:g}); use min-max with a floor, or shift the indicator",
            key="ratio_not_positive", value=f"{lo:g}",
        )
    if not hi > lo:
        raise _Degenerate
    out: FloatArray = x / hi
    return out


def _minmax_floor(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    floor = float(p["floor"])
    return floor + (1.0 - floor) * _minmax(x, p, ref)


def _zscore(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    m, s = _mean_std(ref)
    z = (x - m) / s
    if p["mapping"] == "cdf":
        return np.asarray(ndtr(z), dtype=np.float64)
    k = float(p["clip"])
    return (np.clip(z, -k, k) + k) / (2.0 * k)


def _has_spread(ref: FloatArray) -> None:
    if ref.size == 0 or not float(ref.max()) > float(ref.min()):
        raise _Degenerate


def _percentile(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    _has_spread(ref)
    srt = np.sort(ref)
    n = srt.size
    # query in sorted order: numpy's binary search is then cache-friendly (~20x faster on 1e6)
    flat = x.ravel()
    order = np.argsort(flat)
    xs = flat[order]
    lt = np.searchsorted(srt, xs, side="left")
    le = np.searchsorted(srt, xs, side="right")
    out = np.empty(flat.shape, dtype=np.float64)
    # mean 0-based rank of the ties of x (exact for values in the reference)
    out[order] = (lt + le - 1) / 2.0 / (n - 1)
    return out.reshape(x.shape)


def grade_classes(
    values: ArrayLike, *, n_classes: int = 5, reference: ArrayLike | None = None
) -> NDArray[np.float64]:
    """Percentile grade of each value: 1 (lowest fifth) .. ``n_classes`` (highest).

    Breaks are the ``k / n_classes`` quantiles (``k = 1 .. n_classes-1``) of the
    finite ``reference`` (numpy "linear" quantiles, Hyndman & Fan type 7). A
    value equal to a break goes to the lower class: class ``= 1 + #{breaks < x}``.
    Returns floats (``NaN`` where ``values`` is ``NaN``).
    """
    x = np.asarray(values, dtype=np.float64)
    ref = x if reference is None else np.asarray(reference, dtype=np.float64)
    ref = ref[np.isfinite(ref)]
    if not isinstance(n_classes, (int, np.integer)) or isinstance(n_classes, bool) or n_classes < 2:
        raise ParameterError(f"n_classes must be an integer >= 2, got {n_classes!r}")
    if ref.size == 0:
        return np.full(x.shape, np.nan)
    qs = np.arange(1, n_classes) / n_classes
    breaks = np.quantile(ref, qs)
    grade = 1.0 + np.searchsorted(breaks, x, side="left")
    cls: NDArray[np.float64] = grade.astype(np.float64)
    cls[np.isnan(x)] = np.nan
    return cls


def _grade5(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    _has_spread(ref)
    n = int(p["n_classes"])
    cls = grade_classes(x, n_classes=n, reference=ref)
    if p["scale"] == "class_over_n":
        return cls / n
    return (cls - 1.0) / (n - 1.0)


def _fuzzy_linear(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    low = p["low"]
    high = p["high"]
    if low is None or high is None:
        lo, hi = _range(ref)
        low = lo if low is None else low
        high = hi if high is None else high
    return _fz.linear(x, low=low, high=high)


def _control_point_defaults(p: Mapping[str, Any], ref: FloatArray) -> dict[str, float | None]:
    shape = p["shape"]
    pts: dict[str, float | None] = {k: p[k] for k in ("a", "b", "c", "d")}
    needed = {"increasing": "ab", "decreasing": "cd", "symmetric": "abcd"}[shape]
    if any(pts[k] is None for k in needed):
        lo, hi = _range(ref)
        mid = (lo + hi) / 2.0
        auto = {
            "increasing": {"a": lo, "b": hi},
            "decreasing": {"c": lo, "d": hi},
            "symmetric": {"a": lo, "b": mid, "c": mid, "d": hi},
        }[shape]
        for k in needed:
            if pts[k] is None:
                pts[k] = auto[k]
    return pts


def _make_control(curve: _fz.Curve) -> Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray]:
    def fn(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
        pts = _control_point_defaults(p, ref)
        return _fz.control_points(x, curve=curve, shape=p["shape"], **pts)

    return fn


def _make_centred(
    kind: str, curve: Callable[..., FloatArray]
) -> Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray]:
    """A curve around a midpoint with a spread; unset values come from the data range."""

    def fn(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
        mid = p["midpoint"]
        spread = p["spread"]
        if mid is None or spread is None:
            lo, hi = _range(ref)
            mid = (lo + hi) / 2.0 if mid is None else mid
            spread = _auto_spread(kind, lo, hi) if spread is None else spread
        return curve(x, midpoint=mid, spread=spread)

    return fn


_fuzzy_logistic = _make_centred("logistic", _fz.logistic)
_fuzzy_gaussian = _make_centred("gaussian", _fz.gaussian)
_fuzzy_near = _make_centred("near", _fz.near)


def _make_power(
    name: str, formula: str, curve: Callable[..., FloatArray]
) -> Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray]:
    """fuzzy_large / fuzzy_small: a power of x/midpoint, defined for a positive midpoint only."""

    def fn(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
        mid = p["midpoint"] if p["midpoint"] is not None else _midrange(ref)
        if mid <= 0:
            raise ParameterError(
                f"{name} needs a positive midpoint, got {mid:g}; the formula {formula} "
                "is defined for positive values only - set the midpoint or use fuzzy_logistic",
                key="fuzzy_midpoint", method=name, value=f"{mid:g}",
            )
        return curve(x, midpoint=mid, spread=p["spread"])

    return fn


_fuzzy_large = _make_power("fuzzy_large", "(x/midpoint)^-spread", _fz.large)
_fuzzy_small = _make_power("fuzzy_small", "(x/midpoint)^spread", _fz.small)


def _fuzzy_mslarge(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    m, s = _mean_std(ref)
    return _fz.ms_large(x, mean=m, std=s, a=p["a"], b=p["b"])


def _fuzzy_mssmall(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    m, s = _mean_std(ref)
    return _fz.ms_small(x, mean=m, std=s, a=p["a"], b=p["b"])


def _reclass(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    return reclass_ranges(x, ranges=p["ranges"], default=p["default"], scale_max=p["scale_max"])


def _categorical(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    return reclass_categories(
        x, mapping=p["mapping"], default=p["default"], scale_max=p["scale_max"]
    )


def _thresholds_of(p: Mapping[str, Any], ref: FloatArray) -> tuple[float, float]:
    lower, upper = p["lower"], p["upper"]
    if lower is None or upper is None:
        lo, hi = _range(ref)
        lower = lo if lower is None else lower
        upper = hi if upper is None else upper
    return float(lower), float(upper)


_RAW_UNIT = ("lower", "upper", "shift", "base_factor", "minimum", "maximum")
"""Parameters of the ArcGIS transformations given in the indicator's units."""


def _on_unit_range(
    fn: Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray]
) -> Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray]:
    """``fn`` on ``(x - min) / (max - min)`` of the data when every parameter in the indicator's units is
    derived from the data (the defaults): then the curve depends on that position alone, and a range too
    small (subnormal) or too large for the derived parameters (ln(10) / range overflows) gives the same
    curve as any other range, instead of NaN or a "flat" error."""

    def wrapped(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
        if any(p.get(k) is not None for k in _RAW_UNIT):
            return fn(x, p, ref)
        lo, hi = _range(ref)
        span = hi - lo
        # divide (not multiply by the inverse), as min-max does: the range may be subnormal
        return fn((x - lo) / span, p, (ref - lo) / span)

    return wrapped


@_on_unit_range
def _exponential(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    lower, upper = _thresholds_of(p, ref)
    shift = lower if p["shift"] is None else p["shift"]
    factor = p["base_factor"]
    if factor is None:
        factor = math.log(10.0) / (upper - lower)
    return _tf.exponential(x, shift=shift, base_factor=factor, lower=lower, upper=upper)


@_on_unit_range
def _logarithm(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    lower, upper = _thresholds_of(p, ref)
    shift = lower - (upper - lower) / 9.0 if p["shift"] is None else p["shift"]
    return _tf.logarithm(x, shift=shift, factor=p["factor"], lower=lower, upper=upper)


@_on_unit_range
def _power(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
    lower, upper = _thresholds_of(p, ref)
    shift = lower if p["shift"] is None else p["shift"]
    return _tf.power(x, shift=shift, exponent=p["exponent"], lower=lower, upper=upper)


def _make_logistic(
    curve: Callable[..., FloatArray]
) -> Callable[[FloatArray, Mapping[str, Any], FloatArray], FloatArray]:
    def fn(x: FloatArray, p: Mapping[str, Any], ref: FloatArray) -> FloatArray:
        lower, upper = _thresholds_of(p, ref)
        minimum = lower if p["minimum"] is None else p["minimum"]
        maximum = upper if p["maximum"] is None else p["maximum"]
        return curve(
            x, minimum=minimum, maximum=maximum,
            y_intercept_percent=p["y_intercept_percent"], lower=lower, upper=upper,
        )

    return fn


_logistic_growth = _on_unit_range(_make_logistic(_tf.logistic_growth))
_logistic_decay = _on_unit_range(_make_logistic(_tf.logistic_decay))


# --------------------------------------------------------------------------- declarations

_P = ParamSpec


def _mid_param(help_: str) -> ParamSpec:
    return _P(
        "midpoint", "float", None, auto=True, label_ko="중간점", label_en="Midpoint",
        help="Value with membership 0.5 (indicator unit). Auto: midpoint of the data range "
        "(ArcGIS default). " + help_,
    )


_CP_PARAMS: tuple[ParamSpec, ...] = (
    _P("shape", "choice", "increasing", choices=("increasing", "decreasing", "symmetric"),
       label_ko="형태", label_en="Shape",
       help="Monotonically increasing (uses a, b), decreasing (c, d) or symmetric (a, b, c, d)."),
    _P("a", "float", None, auto=True, label_ko="a (상승 시작)", label_en="a (rise starts)",
       help="Membership starts rising (indicator unit). Auto: data minimum."),
    _P("b", "float", None, auto=True, label_ko="b (1 도달)", label_en="b (reaches 1)",
       help="Membership reaches 1. Auto: data maximum (increasing) or mid-range (symmetric)."),
    _P("c", "float", None, auto=True, label_ko="c (하강 시작)", label_en="c (fall starts)",
       help="Membership starts falling. Auto: data minimum (decreasing) or mid-range (symmetric)."),
    _P("d", "float", None, auto=True, label_ko="d (0 도달)", label_en="d (reaches 0)",
       help="Membership reaches 0. Auto: data maximum."),
)

_SCALE_PARAMS: tuple[ParamSpec, ...] = (
    _P("default", "float", 0.0, min=0.0, label_ko="기본 점수", label_en="Default score",
       help="Score for values not covered (on the same scale as the scores)."),
    _P("scale_max", "float", 1.0, min=1e-12, label_ko="점수 최댓값", label_en="Score scale maximum",
       help="Top of the score scale: 1 for 0-1 scores, 10 for a 1-10 suitability scale."),
)

_THRESHOLD_PARAMS: tuple[ParamSpec, ...] = (
    _P("lower", "float", None, auto=True, label_ko="하한 임계값", label_en="Lower threshold",
       help="Where the function starts (indicator unit); values below get 0. Auto: data minimum (ArcGIS default)."),
    _P("upper", "float", None, auto=True, label_ko="상한 임계값", label_en="Upper threshold",
       help="Where the function ends; values above get 1. Auto: data maximum (ArcGIS default)."),
)


def _shift_param(help_: str) -> ParamSpec:
    return _P("shift", "float", None, auto=True, label_ko="이동값 (shift)", label_en="Shift",
              help="Subtracted from each value before the function (indicator unit). " + help_)


_LOGISTIC_PARAMS: tuple[ParamSpec, ...] = (
    _P("minimum", "float", None, auto=True, label_ko="최솟값", label_en="Minimum",
       help="Start of the logistic curve (indicator unit). Auto: the lower threshold."),
    _P("maximum", "float", None, auto=True, label_ko="최댓값", label_en="Maximum",
       help="End of the logistic curve. Auto: the upper threshold."),
    _P("y_intercept_percent", "float", 1.0, min=1e-6, max=49.999, label_ko="y절편 (%)",
       label_en="Y intercept percent",
       help="Function value (0-100) at the minimum; strictly between 0 and 50 (ArcGIS default 1). "
       "Smaller = a sharper S."),
    *_THRESHOLD_PARAMS,
)

_SPECS: tuple[StandardizationSpec, ...] = (
    StandardizationSpec(
        "minmax", "최소-최대 정규화", "Min-max", (), True, "complement", True,
        "f(x) = (x - min) / (max - min) over the valid districts.",
        _minmax,
    ),
    StandardizationSpec(
        "ratio", "비율 (최댓값 대비)", "Linear ratio (share of the best)", (), True, "ratio", True,
        "Benefit f(x) = x / max, cost f(x) = min / x over the valid districts (values must be "
        "positive). Never 0, so the weighted product keeps every district apart; the classical "
        "normalisation of the weighted product model (Triantaphyllou 2000).",
        _ratio,
    ),
    StandardizationSpec(
        "minmax_floor", "최소-최대 (하한 있음)", "Min-max with a floor",
        (
            _P("floor", "float", 0.1, min=1e-6, max=0.9, label_ko="하한", label_en="Floor",
               help="Value given to the worst district (0-1); the best gets 1. Avoids the zeros "
               "that make the weighted product 0."),
        ),
        True, "negate", True,
        "f(x) = floor + (1 - floor) (x - min) / (max - min): min-max without zeros (for the weighted "
        "product).",
        _minmax_floor,
    ),
    StandardizationSpec(
        "zscore", "Z-점수", "Z-score",
        (
            _P("mapping", "choice", "linear", choices=("linear", "cdf"),
               label_ko="0-1 변환", label_en="Mapping to 0-1",
               help="linear: z clipped at +/-clip and mapped linearly, f = (clip(z) + clip) / (2 clip); "
               "cdf: standard normal CDF, f = Phi(z)."),
            _P("clip", "float", 3.0, min=0.5, max=10.0, label_ko="절단 (σ)", label_en="Clip (sigma)",
               help="Clipping limit in standard deviations for the linear mapping."),
        ),
        True, "complement", True,
        "z = (x - mean) / sd (population sd over the valid districts), mapped to 0-1 "
        "linearly after clipping at +/-clip sigma (default 3), or by the normal CDF.",
        _zscore,
    ),
    StandardizationSpec(
        "percentile", "백분위 순위", "Percentile rank", (), True, "complement", True,
        "f(x) = mean 0-based rank of x among the n valid districts / (n - 1); ties share "
        "their average rank; minimum -> 0, maximum -> 1.",
        _percentile,
    ),
    StandardizationSpec(
        "grade5", "5등급 백분위 (토지적성평가)", "Percentile five-class grade (land suitability)",
        (
            _P("n_classes", "int", 5, min=2, max=10, label_ko="등급 수", label_en="Classes",
               help="Number of equal-count (quantile) classes; 5 in the land-suitability assessment."),
            _P("scale", "choice", "zero_based", choices=("zero_based", "class_over_n"),
               label_ko="점수 환산", label_en="Score",
               help="zero_based: (class - 1) / (n - 1), i.e. 0, .25, .5, .75, 1; "
               "class_over_n: class / n, i.e. .2, .4, .6, .8, 1."),
        ),
        True, "negate", True,
        "Quintile grading of the Korean land-suitability assessment (토지적성평가): values are "
        "ranked and graded by the 20/40/60/80th percentiles of the valid districts; class 5 = "
        "top 20 % (the assessment's grade 1). Source: 국토교통부 「토지의 적성평가에 관한 지침」; "
        "국토연구원 국토용어사전 '토지적성평가 평가기준 표준화 방법' (상위 20 % 이상, 20-40 %, "
        "40-60 %, 60-80 %, 80 % 초과의 5등급).",
        _grade5,
    ),
    StandardizationSpec(
        "fuzzy_linear", "퍼지 선형", "Fuzzy linear",
        (
            _P("low", "float", None, auto=True, label_ko="최솟값 (소속도 0)", label_en="Minimum (membership 0)",
               help="Value with membership 0. Auto: data minimum. If larger than the maximum the slope is negative."),
            _P("high", "float", None, auto=True, label_ko="최댓값 (소속도 1)", label_en="Maximum (membership 1)",
               help="Value with membership 1. Auto: data maximum."),
        ),
        False, "complement", True,
        "ArcGIS FuzzyLinear(minimum, maximum): mu = clip((x - min) / (max - min), 0, 1).",
        _fuzzy_linear,
    ),
    StandardizationSpec(
        "fuzzy_sigmoid", "퍼지 S자형 (TerrSet)", "Fuzzy sigmoidal (TerrSet)", _CP_PARAMS,
        False, "complement", True,
        "TerrSet FUZZY sigmoidal: rising limb mu = cos^2((1 - t) pi/2), t = (x - a) / (b - a); "
        "falling limb mu = cos^2(t pi/2), t = (x - c) / (d - c).",
        _make_control("sigmoid"),
    ),
    StandardizationSpec(
        "fuzzy_jshaped", "퍼지 J자형 (TerrSet)", "Fuzzy J-shaped (TerrSet)", _CP_PARAMS,
        False, "complement", True,
        "TerrSet FUZZY J-shaped: rising limb mu = 1 / (1 + ((x - b) / (b - a))^2) below b "
        "(mu(a) = 0.5); falling limb mu = 1 / (1 + ((x - c) / (d - c))^2) above c.",
        _make_control("jshaped"),
    ),
    StandardizationSpec(
        "fuzzy_trapezoid", "퍼지 선형 제어점 (TerrSet)", "Fuzzy linear, control points (TerrSet)",
        _CP_PARAMS, False, "complement", True,
        "TerrSet FUZZY linear: straight limbs a -> b (0 -> 1) and c -> d (1 -> 0).",
        _make_control("linear"),
    ),
    StandardizationSpec(
        "fuzzy_logistic", "퍼지 로지스틱", "Fuzzy logistic",
        (
            _mid_param(""),
            _P("spread", "float", None, auto=True, min=1e-300, label_ko="기울기", label_en="Spread",
               help="Steepness in 1/unit. Auto: 8 / (data range), so membership goes from 0.018 to 0.982 over the range."),
        ),
        True, "complement", True,
        "mu = 1 / (1 + exp(-spread (x - midpoint))).",
        _fuzzy_logistic,
    ),
    StandardizationSpec(
        "fuzzy_gaussian", "퍼지 가우시안", "Fuzzy Gaussian",
        (
            _mid_param(""),
            _P("spread", "float", None, auto=True, min=1e-300, label_ko="확산", label_en="Spread",
               help="In 1/unit^2; larger = narrower. Auto: ln 2 / (range/4)^2 (membership 0.5 a quarter "
               "of the range from the midpoint). ArcGIS's fixed default is 0.1."),
        ),
        False, "complement", True,
        "ArcGIS FuzzyGaussian(midpoint, spread): mu = exp(-spread (x - midpoint)^2).",
        _fuzzy_gaussian,
    ),
    StandardizationSpec(
        "fuzzy_near", "퍼지 근접", "Fuzzy near",
        (
            _mid_param(""),
            _P("spread", "float", None, auto=True, min=1e-300, label_ko="확산", label_en="Spread",
               help="In 1/unit^2; larger = narrower. Auto: 1 / (range/4)^2 (membership 0.5 a quarter "
               "of the range from the midpoint). ArcGIS's fixed default is 0.1."),
        ),
        False, "complement", True,
        "ArcGIS FuzzyNear(midpoint, spread): mu = 1 / (1 + spread (x - midpoint)^2).",
        _fuzzy_near,
    ),
    StandardizationSpec(
        "fuzzy_large", "퍼지 큰 값", "Fuzzy large",
        (
            _mid_param("Must be > 0."),
            _P("spread", "float", 5.0, min=1e-6, max=100.0, label_ko="확산", label_en="Spread",
               help="Unitless exponent, typically 1-10 (ArcGIS default 5); larger = steeper."),
        ),
        True, "complement", True,
        "ArcGIS FuzzyLarge(midpoint, spread): mu = 1 / (1 + (x / midpoint)^-spread); x <= 0 -> 0.",
        _fuzzy_large,
    ),
    StandardizationSpec(
        "fuzzy_small", "퍼지 작은 값", "Fuzzy small",
        (
            _mid_param("Must be > 0."),
            _P("spread", "float", 5.0, min=1e-6, max=100.0, label_ko="확산", label_en="Spread",
               help="Unitless exponent, typically 1-10 (ArcGIS default 5); larger = steeper."),
        ),
        False, "complement", True,
        "ArcGIS FuzzySmall(midpoint, spread): mu = 1 / (1 + (x / midpoint)^spread); x <= 0 -> 1.",
        _fuzzy_small,
    ),
    StandardizationSpec(
        "fuzzy_mslarge", "퍼지 MS 큰 값", "Fuzzy MS large",
        (
            _P("a", "float", 1.0, label_ko="평균 승수 a", label_en="Mean multiplier a",
               help="Multiplier of the mean (ArcGIS default 1)."),
            _P("b", "float", 1.0, min=1e-12, label_ko="표준편차 승수 b", label_en="SD multiplier b",
               help="Multiplier of the standard deviation (ArcGIS default 1)."),
        ),
        True, "complement", True,
        "ArcGIS FuzzyMSLarge(a, b): mu = 1 - b s / (x - a m + b s) if x > a m, else 0 "
        "(m, s: mean and population sd of the valid districts).",
        _fuzzy_mslarge,
    ),
    StandardizationSpec(
        "fuzzy_mssmall", "퍼지 MS 작은 값", "Fuzzy MS small",
        (
            _P("a", "float", 1.0, label_ko="평균 승수 a", label_en="Mean multiplier a",
               help="Multiplier of the mean (ArcGIS default 1)."),
            _P("b", "float", 1.0, min=1e-12, label_ko="표준편차 승수 b", label_en="SD multiplier b",
               help="Multiplier of the standard deviation (ArcGIS default 1)."),
        ),
        False, "complement", True,
        "ArcGIS FuzzyMSSmall(a, b): mu = b s / (x - a m + b s) if x > a m, else 1.",
        _fuzzy_mssmall,
    ),
    StandardizationSpec(
        "tf_exponential", "지수 함수 (ArcGIS)", "Exponential (ArcGIS)",
        (
            _shift_param("No effect after the linear rescaling (kept for ArcGIS parity). Auto: lower threshold."),
            _P("base_factor", "float", None, auto=True, min=1e-300, label_ko="기저 계수", label_en="Base factor",
               help="ln(b) of the base b, in 1/unit; larger = steeper at high values. Auto: ln(10) / "
               "(upper - lower), the function grows tenfold over the thresholds (SmartZone's choice)."),
            *_THRESHOLD_PARAMS,
        ),
        True, "complement", True,
        "ArcGIS TfExponential: Y = Exp((x - shift) * baseFactor), scaled linearly to 0-1 between "
        "the thresholds: f = (Y - Y(lower)) / (Y(upper) - Y(lower)).",
        _exponential,
    ),
    StandardizationSpec(
        "tf_logarithm", "로그 함수 (ArcGIS)", "Logarithm (ArcGIS)",
        (
            _shift_param("Must be below the lower threshold. Auto: lower - (upper - lower) / 9, so "
                         "x - shift spans a factor 10 (SmartZone's choice)."),
            _P("factor", "float", 1.0, min=1e-12, label_ko="승수", label_en="Factor",
               help="Multiplier of Ln; any positive value gives the same 0-1 result after the rescaling."),
            *_THRESHOLD_PARAMS,
        ),
        True, "complement", True,
        "ArcGIS TfLogarithm: Y = Ln(x - shift) * factor, scaled linearly to 0-1 between the thresholds.",
        _logarithm,
    ),
    StandardizationSpec(
        "tf_power", "거듭제곱 함수 (ArcGIS)", "Power (ArcGIS)",
        (
            _shift_param("Must not exceed the lower threshold. Auto: lower threshold."),
            _P("exponent", "float", 2.0, min=1e-6, max=100.0, label_ko="지수", label_en="Exponent",
               help="Power applied to x - shift (> 1 convex, < 1 concave)."),
            *_THRESHOLD_PARAMS,
        ),
        True, "complement", True,
        "ArcGIS TfPower: Y = Power(x - shift, exponent), scaled linearly to 0-1 between the thresholds.",
        _power,
    ),
    StandardizationSpec(
        "tf_logistic_growth", "로지스틱 증가 (ArcGIS)", "Logistic growth (ArcGIS)", _LOGISTIC_PARAMS,
        True, "complement", True,
        "ArcGIS TfLogisticGrowth: Y = 100 / (1 + a Exp(-r (x - minimum))) with Y(minimum) = y0 and "
        "Y(maximum) = 100 - y0 (y0 = yInterceptPercent), scaled linearly to 0-1 between the thresholds.",
        _logistic_growth,
    ),
    StandardizationSpec(
        "tf_logistic_decay", "로지스틱 감소 (ArcGIS)", "Logistic decay (ArcGIS)", _LOGISTIC_PARAMS,
        False, "complement", True,
        "ArcGIS TfLogisticDecay: the mirror image of logistic growth, Y(minimum) = 100 - y0 and "
        "Y(maximum) = y0, scaled linearly to 0-1 (1 at the lower threshold).",
        _logistic_decay,
    ),
    StandardizationSpec(
        "reclass", "구간 재분류", "Reclassify by ranges",
        (
            _P("ranges", "ranges", None, required=True, label_ko="구간표", label_en="Ranges",
               help="Rows [low, high, score]: low <= x < high; null for an open end."),
            *_SCALE_PARAMS,
        ),
        False, "complement", False,
        "Piecewise constant: score / scale_max on each range low <= x < high; 'default' elsewhere.",
        _reclass,
    ),
    StandardizationSpec(
        "categorical", "범주 점수", "Categorical mapping",
        (
            _P("mapping", "mapping", None, required=True, label_ko="범주-점수표", label_en="Class scores",
               help="{class value: score}, e.g. land-cover code -> suitability."),
            *_SCALE_PARAMS,
        ),
        False, "complement", False,
        "score(class) / scale_max for each class value; 'default' for classes not listed.",
        _categorical,
    ),
)

STANDARDIZATIONS: dict[str, StandardizationSpec] = {s.id: s for s in _SPECS}
"""Standardisation id -> declaration (order = display order)."""


# --------------------------------------------------------------------------- validation


def _get_spec(method: str) -> StandardizationSpec:
    try:
        return STANDARDIZATIONS[method]
    except (KeyError, TypeError):
        raise ParameterError(
            f"unknown standardization {method!r}; available: {', '.join(STANDARDIZATIONS)}",
            key="standardization_unknown", method=str(method), available=list(STANDARDIZATIONS),
        ) from None


def _coerce(spec: StandardizationSpec, decl: ParamSpec, value: Any) -> Any:
    where = f"{spec.id}.{decl.name}"
    # the parameter and its standardisation as plain data, for wording the error in another language
    named = {"name": decl.name, "label_ko": decl.label_ko, "label_en": decl.label_en, "method": spec.id,
             "method_ko": spec.label_ko, "method_en": spec.label_en, "value": repr(value)}
    if value is None:
        if decl.auto:
            return None
        if decl.required:
            raise ParameterError(f"{where} is required", key="param_required", **named)
        return decl.default
    if decl.kind in ("float", "int"):
        if isinstance(value, bool):
            raise ParameterError(f"{where} must be a number, got {value!r}", key="param_not_number", **named)
        try:
            v = float(value)
        except (TypeError, ValueError):
            raise ParameterError(f"{where} must be a number, got {value!r}", key="param_not_number",
                                 **named) from None
        if not math.isfinite(v):
            raise ParameterError(f"{where} must be finite, got {value!r}", key="param_not_number", **named)
        if decl.kind == "int":
            if v != int(v):
                raise ParameterError(f"{where} must be a whole number, got {value!r}", key="param_not_whole",
                                     **named)
            v = int(v)
        if decl.min is not None and v < decl.min:
            raise ParameterError(f"{where} must be >= {decl.min:g}, got {value!r}", key="param_below",
                                 least=f"{decl.min:g}", **named)
        if decl.max is not None and v > decl.max:
            raise ParameterError(f"{where} must be <= {decl.max:g}, got {value!r}", key="param_above",
                                 most=f"{decl.max:g}", **named)
        return v
    if decl.kind == "choice":
        if value not in decl.choices:
            raise ParameterError(
                f"{where} must be one of {', '.join(map(repr, decl.choices))}, got {value!r}",
                key="param_choice", choices=[str(c) for c in decl.choices], **named,
            )
        return value
    return value  # ranges / mapping: validated together with scale_max below


def resolve_params(method: str, params: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Validate ``params`` for ``method`` and fill defaults.

    Raises
    ------
    ParameterError
        Unknown method or parameter name, wrong type, value out of range,
        missing required parameter, or malformed ranges / mapping table.
    """
    spec = _get_spec(method)
    given = dict(params or {})
    known = {p.name for p in spec.parameters}
    unknown = sorted(set(given) - known)
    if unknown:
        expected = ", ".join(sorted(known)) or "no parameters"
        raise ParameterError(
            f"unknown parameter(s) {', '.join(map(repr, unknown))} for standardization "
            f"{spec.id!r}; expected: {expected}",
            key="param_unknown", names=unknown, expected=sorted(known), method=spec.id,
            method_ko=spec.label_ko, method_en=spec.label_en,
        )
    out: dict[str, Any] = {}
    for decl in spec.parameters:
        out[decl.name] = _coerce(spec, decl, given.get(decl.name, decl.default))
    if spec.id == "reclass":
        parse_ranges(out["ranges"], scale_max=out["scale_max"])
    elif spec.id == "categorical":
        parse_categories(out["mapping"], scale_max=out["scale_max"])
    if "default" in out and "scale_max" in out and out["default"] > out["scale_max"]:
        raise ParameterError(
            f"{spec.id}.default must be <= scale_max ({out['scale_max']:g}), got {out['default']!r}",
            key="param_above", name="default", most=f"{out['scale_max']:g}", value=repr(out["default"]),
            method=spec.id, method_ko=spec.label_ko, method_en=spec.label_en,
            **{f"label_{lang}": next((getattr(d, f"label_{lang}") for d in spec.parameters if d.name == "default"),
                                     "") for lang in ("ko", "en")},
        )
    return out


def _check_direction(direction: str) -> None:
    if direction not in ("benefit", "cost"):
        raise ParameterError(f"direction must be 'benefit' or 'cost', got {direction!r}", key="direction",
                             value=str(direction))


# --------------------------------------------------------------------------- public API


def standardize(
    values: ArrayLike,
    standardization: Standardization,
    direction: str = "benefit",
    *,
    reference: ArrayLike | None = None,
) -> FloatArray:
    """Transform raw values to 0-1 suitability (1 = most suitable after direction).

    Parameters
    ----------
    values
        Raw indicator values (any shape, indicator's own unit). ``NaN`` = missing.
    standardization
        Method id and parameters (see :data:`STANDARDIZATIONS`).
    direction
        ``"benefit"`` (higher raw is better) or ``"cost"`` (lower is better);
        see the module docstring for how each method applies it.
    reference
        Values the statistics are computed from (min, max, mean, sd,
        percentiles, automatic fuzzy parameters); non-finite entries ignored.
        Default: ``values`` itself.

    Returns
    -------
    numpy.ndarray
        float64, same shape as ``values``, in ``[0, 1]``; ``NaN`` where
        ``values`` is ``NaN``.

    Raises
    ------
    ParameterError
        Unknown method, invalid parameters or direction.
    """
    _check_direction(direction)
    if not isinstance(standardization, Standardization):
        raise ParameterError(
            f"standardization must be a Standardization, got {type(standardization).__name__}"
        )
    spec = _get_spec(standardization.method)
    params = resolve_params(spec.id, standardization.params)
    x = np.asarray(values, dtype=np.float64)
    ref = x if reference is None else np.asarray(reference, dtype=np.float64)
    ref = ref[np.isfinite(ref)].ravel()
    return _apply(x, spec, params, direction, ref)


def _apply(
    x: FloatArray,
    spec: StandardizationSpec,
    params: Mapping[str, Any],
    direction: str,
    ref: FloatArray,
    nan_mask: NDArray[np.bool_] | None = None,
) -> FloatArray:
    """Transform with validated parameters and a finite 1-D reference (no re-validation)."""
    if direction == "cost" and spec.direction_mode == "negate":
        x_in, ref_in = -x, -ref
    elif direction == "cost" and spec.direction_mode == "ratio":
        x_in, ref_in = 1.0 / x, 1.0 / ref  # min(ref) / x = (1/x) / max(1/ref)
    else:
        x_in, ref_in = x, ref
    try:
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            y = np.asarray(spec.function(x_in, params, ref_in), dtype=np.float64)
    except _Degenerate:
        y = np.full(x.shape, 0.5)
    else:
        if y is x:
            y = y.copy()
        if direction == "cost" and spec.direction_mode == "complement":
            np.subtract(1.0, y, out=y)
    np.clip(y, 0.0, 1.0, out=y)
    y[np.isnan(x) if nan_mask is None else nan_mask] = np.nan
    return y


def transform_curve(
    standardization: Standardization,
    direction: str,
    data: ArrayLike,
    *,
    n: int = 256,
    pad: float = 0.05,
) -> tuple[FloatArray, FloatArray]:
    """Sample the transform for a chart drawn over the data's histogram.

    Parameters
    ----------
    standardization, direction
        As for :func:`standardize`.
    data
        The raw values the statistics come from (valid districts).
    n
        Number of sample points (>= 2).
    pad
        Extra margin on each side, as a fraction of the data range.

    Returns
    -------
    (x, y)
        ``x`` raw values (indicator unit), increasing; ``y`` in ``[0, 1]``. For
        ``categorical`` ``x`` are the distinct class values in the data and
        the mapping. Empty arrays if ``data`` has no finite value.
    """
    _check_direction(direction)
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n < 2:
        raise ParameterError(f"n must be an integer >= 2, got {n!r}")
    if not (isinstance(pad, (int, float)) and 0 <= pad <= 1):
        raise ParameterError(f"pad must be between 0 and 1, got {pad!r}")
    ref = np.asarray(data, dtype=np.float64).ravel()
    ref = ref[np.isfinite(ref)]
    if ref.size == 0:
        empty = np.empty(0, dtype=np.float64)
        return empty, empty.copy()
    if standardization.method == "categorical":
        params = resolve_params("categorical", standardization.params)
        keys = np.array(sorted(parse_categories(params["mapping"], scale_max=params["scale_max"])))
        x = np.unique(np.concatenate([ref, keys]))
    else:
        lo, hi = float(ref.min()), float(ref.max())
        span = hi - lo if hi > lo else max(abs(lo), 1.0)
        x = np.linspace(lo - pad * span, hi + pad * span, int(n))
    y = standardize(x, standardization, direction, reference=ref)
    return x, y


def available(*, monotone: bool | None = None) -> Sequence[str]:
    """Ids of the standardisations, optionally only the monotone ones."""
    return [s.id for s in _SPECS if monotone is None or s.monotone == monotone]
