"""Standardisations: formulas at published points, direction, NaN, declarations, properties."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from smartzone.scoring import fuzzy
from smartzone.scoring.errors import ParameterError
from smartzone.scoring.model import Standardization
from smartzone.scoring.standardize import (
    STANDARDIZATIONS,
    grade_classes,
    resolve_params,
    standardize,
    transform_curve,
)

S = Standardization

# Parameters that make every method usable on arbitrary positive data in the property tests.
EXAMPLE_PARAMS: dict[str, dict[str, object]] = {
    "reclass": {"ranges": [[None, 10, 2], [10, 100, 5], [100, None, 10]], "scale_max": 10},
    "categorical": {"mapping": {"1": 0.2, "2": 1.0}},
}


# --------------------------------------------------------------------------- ArcGIS formulas
# Esri, ArcGIS Pro "Fuzzy Membership" / arcpy.sa FuzzyLarge, FuzzySmall, FuzzyGaussian,
# FuzzyNear, FuzzyMSLarge, FuzzyMSSmall, FuzzyLinear class pages (formulas quoted in
# smartzone.scoring.fuzzy). Expected values computed by hand from those formulas.


def test_fuzzy_large_small_arcgis_points() -> None:
    x = np.array([5.0, 10.0, 20.0])
    # FuzzyLarge: 1 / (1 + (x/midpoint)^-spread); (20/10)^-5 = 1/32 -> 32/33
    assert fuzzy.large(x, midpoint=10, spread=5) == pytest.approx([1 / 33, 0.5, 32 / 33])
    # FuzzySmall: 1 / (1 + (x/midpoint)^spread)
    assert fuzzy.small(x, midpoint=10, spread=5) == pytest.approx([32 / 33, 0.5, 1 / 33])
    # via standardize with the same parameters
    y = standardize(x, S("fuzzy_large", {"midpoint": 10, "spread": 5}))
    assert y == pytest.approx([1 / 33, 0.5, 32 / 33])


def test_fuzzy_large_nonpositive_inputs_use_limit() -> None:
    assert fuzzy.large([0.0, -3.0], midpoint=1, spread=2) == pytest.approx([0.0, 0.0])
    assert fuzzy.small([0.0, -3.0], midpoint=1, spread=2) == pytest.approx([1.0, 1.0])


def test_fuzzy_gaussian_near_arcgis_points() -> None:
    # Gaussian exp(-0.1 * 2^2) = exp(-0.4); Near 1 / (1 + 0.1 * 4) = 1/1.4
    assert fuzzy.gaussian([7.0, 5.0], midpoint=5, spread=0.1) == pytest.approx([math.exp(-0.4), 1.0])
    assert fuzzy.near([7.0, 5.0], midpoint=5, spread=0.1) == pytest.approx([1 / 1.4, 1.0])
    y = standardize(np.array([3.0, 5.0, 7.0]), S("fuzzy_gaussian", {"midpoint": 5, "spread": 0.1}))
    assert y == pytest.approx([math.exp(-0.4), 1.0, math.exp(-0.4)])


def test_fuzzy_ms_large_small_arcgis() -> None:
    data = np.array([1.0, 2.0, 3.0, 4.0, 5.0])  # mean 3, population sd sqrt(2)
    s = math.sqrt(2.0)
    large = standardize(data, S("fuzzy_mslarge", {"a": 1, "b": 1}))
    # x <= a*m -> 0; x = 5: 1 - s / (5 - 3 + s)
    assert large == pytest.approx([0, 0, 0, 1 - s / (1 + s), 1 - s / (2 + s)])
    small = standardize(data, S("fuzzy_mssmall", {"a": 1, "b": 1}))
    assert small == pytest.approx([1, 1, 1, s / (1 + s), s / (2 + s)])
    # ArcGIS example FuzzyMSLarge(1.5, 2.2) on the same data: a*m = 4.5, b*s = 2.2*sqrt(2)
    y = fuzzy.ms_large([5.0], mean=3.0, std=s, a=1.5, b=2.2)
    assert y[0] == pytest.approx(1 - 2.2 * s / (0.5 + 2.2 * s))


def test_fuzzy_linear_arcgis_example_and_negative_slope() -> None:
    # ArcGIS example FuzzyLinear(12, 16)
    assert fuzzy.linear([10, 12, 14, 16, 18], low=12, high=16) == pytest.approx([0, 0, 0.5, 1, 1])
    # minimum > maximum -> negative slope
    assert fuzzy.linear([12, 13, 16], low=16, high=12) == pytest.approx([1, 0.75, 0])
    y = standardize(np.array([10.0, 14.0, 18.0]), S("fuzzy_linear", {"low": 12, "high": 16}))
    assert y == pytest.approx([0, 0.5, 1])


# --------------------------------------------------------------------------- TerrSet FUZZY


def test_terrset_sigmoid_points() -> None:
    # rising limb mu = cos^2((1 - t) pi/2): t = 0.5 -> cos^2(pi/4) = 0.5; t = 0.25 -> cos^2(3pi/8)
    y = fuzzy.control_points([0, 2.5, 5, 10, 12], curve="sigmoid", shape="increasing", a=0, b=10)
    assert y == pytest.approx([0, math.cos(3 * math.pi / 8) ** 2, 0.5, 1, 1])
    y = fuzzy.control_points([0, 5, 10], curve="sigmoid", shape="decreasing", c=0, d=10)
    assert y == pytest.approx([1, 0.5, 0])


def test_terrset_jshaped_and_linear_symmetric() -> None:
    # J-shaped: mu(a) = 0.5, mu(b) = 1, mu(a - (b - a)) = 1/(1+4) = 0.2
    y = fuzzy.control_points([-10, 0, 10, 20], curve="jshaped", shape="increasing", a=0, b=10)
    assert y == pytest.approx([0.2, 0.5, 1, 1])
    # symmetric trapezoid 0-10 rise, plateau 10-20, fall 20-40
    y = fuzzy.control_points(
        [0, 5, 15, 30, 50], curve="linear", shape="symmetric", a=0, b=10, c=20, d=40
    )
    assert y == pytest.approx([0, 0.5, 1, 0.5, 0])


def test_control_points_validation() -> None:
    with pytest.raises(ParameterError, match="a <= b"):
        fuzzy.control_points([1.0], curve="linear", shape="increasing", a=5, b=1)
    with pytest.raises(ParameterError, match="control point c is required"):
        fuzzy.control_points([1.0], curve="linear", shape="decreasing", d=1)


# --------------------------------------------------------------------------- five-class grading


def test_grade5_quintiles() -> None:
    # 토지적성평가: values graded by the 20/40/60/80th percentiles into five classes of
    # 20 % each (국토연구원 국토용어사전, "토지적성평가 평가기준 표준화 방법").
    x = np.arange(1.0, 11.0)
    assert grade_classes(x).tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    y = standardize(x, S("grade5"))
    assert y.tolist() == [0, 0, 0.25, 0.25, 0.5, 0.5, 0.75, 0.75, 1, 1]
    y = standardize(x, S("grade5", {"scale": "class_over_n"}))
    assert y == pytest.approx([0.2, 0.2, 0.4, 0.4, 0.6, 0.6, 0.8, 0.8, 1, 1])
    # cost: lowest fifth is class 5
    y = standardize(x, S("grade5", {"scale": "class_over_n"}), "cost")
    assert y == pytest.approx([1, 1, 0.8, 0.8, 0.6, 0.6, 0.4, 0.4, 0.2, 0.2])


def test_grade_classes_class_counts_on_large_sample() -> None:
    x = np.random.default_rng(1).normal(size=10_000)
    counts = np.bincount(grade_classes(x).astype(int))[1:]
    assert counts.tolist() == [2000] * 5


# --------------------------------------------------------------------------- data-scaled methods


def test_minmax_zscore_percentile_values() -> None:
    x = np.array([2.0, 4.0, 6.0, np.nan, 10.0])
    assert np.allclose(standardize(x, S("minmax")), [0, 0.25, 0.5, np.nan, 1], equal_nan=True)
    assert np.allclose(standardize(x, S("minmax"), "cost"), [1, 0.75, 0.5, np.nan, 0], equal_nan=True)
    # z: mean 5.5, sd sqrt(8.75); linear map with clip 3: (z + 3) / 6
    z = (x - 5.5) / math.sqrt(8.75)
    assert np.allclose(standardize(x, S("zscore")), (z + 3) / 6, equal_nan=True)
    cdf = standardize(x, S("zscore", {"mapping": "cdf"}))
    assert cdf[0] == pytest.approx(0.5 * (1 + math.erf(z[0] / math.sqrt(2))))
    # percentile: ties share the average rank
    p = standardize(np.array([1.0, 2.0, 2.0, 3.0]), S("percentile"))
    assert p == pytest.approx([0, 0.5, 0.5, 1])


def test_reference_statistics_are_used() -> None:
    y = standardize(np.array([0.0, 5.0, 20.0]), S("minmax"), reference=np.array([0.0, 10.0]))
    assert y == pytest.approx([0, 0.5, 1])  # clipped at 1


def test_constant_reference_gives_half() -> None:
    y = standardize(np.array([3.0, 3.0, np.nan]), S("minmax"))
    assert np.allclose(y, [0.5, 0.5, np.nan], equal_nan=True)
    assert standardize(np.array([3.0, 3.0]), S("zscore"), "cost") == pytest.approx([0.5, 0.5])


def test_reclass_and_categorical() -> None:
    x = np.array([5.0, 10.0, 50.0, 150.0, np.nan])
    y = standardize(x, S("reclass", EXAMPLE_PARAMS["reclass"]))
    assert np.allclose(y, [0.2, 0.5, 0.5, 1.0, np.nan], equal_nan=True)
    lc = np.array([1.0, 2.0, 3.0])
    y = standardize(lc, S("categorical", {"mapping": {"1": 0.2, "2": 1.0}, "default": 0.1}))
    assert y == pytest.approx([0.2, 1.0, 0.1])
    y = standardize(lc, S("categorical", {"mapping": [[1, 2], [3, 10]], "scale_max": 10}))
    assert y == pytest.approx([0.2, 0.0, 1.0])


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("method", "params", "message"),
    [
        ("nope", {}, "unknown standardization 'nope'; available: minmax"),
        ("zscore", {"clip": 0.1}, r"zscore.clip must be >= 0.5, got 0.1"),
        ("zscore", {"mapping": "tanh"}, r"zscore.mapping must be one of 'linear', 'cdf'"),
        ("minmax", {"low": 1}, r"unknown parameter\(s\) 'low' for standardization 'minmax'"),
        ("grade5", {"n_classes": 2.5}, "grade5.n_classes must be a whole number"),
        ("reclass", {}, "reclass.ranges is required"),
        ("reclass", {"ranges": [[0, 10, 1], [5, 20, 1]]}, "ranges overlap"),
        ("reclass", {"ranges": [[10, 0, 1]]}, r"low \(10\) must be less than high \(0\)"),
        ("categorical", {"mapping": {"forest": 1}}, "class value 'forest' is not a numeric code"),
        ("categorical", {"mapping": {"1": 2}}, "must be between 0 and 1"),
        ("fuzzy_large", {"spread": -1}, "fuzzy_large.spread must be >= 1e-06"),
    ],
)
def test_parameter_errors(method: str, params: dict[str, object], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        resolve_params(method, params)


def test_direction_and_midpoint_errors() -> None:
    with pytest.raises(ParameterError, match="direction must be 'benefit' or 'cost'"):
        standardize(np.array([1.0]), S("minmax"), "up")
    with pytest.raises(ParameterError, match="positive midpoint"):
        standardize(np.array([-5.0, -1.0]), S("fuzzy_large"))


# --------------------------------------------------------------------------- declarations


def test_declarations_complete() -> None:
    expected = {
        "minmax", "zscore", "percentile", "grade5", "fuzzy_linear", "fuzzy_sigmoid",
        "fuzzy_jshaped", "fuzzy_gaussian", "fuzzy_mssmall", "fuzzy_mslarge", "fuzzy_small",
        "fuzzy_large", "reclass", "categorical",
    }
    assert expected <= set(STANDARDIZATIONS)
    for sid, spec in STANDARDIZATIONS.items():
        assert spec.id == sid and spec.label_ko and spec.label_en and spec.description
        for p in spec.parameters:
            assert p.label_ko and p.label_en and p.help, (sid, p.name)
            if p.kind == "choice":
                assert p.default in p.choices
        # defaults (plus example tables) must validate
        resolve_params(sid, EXAMPLE_PARAMS.get(sid, {}))


def test_transform_curve_and_spec_curve() -> None:
    data = np.array([0.0, 10.0, np.nan, 5.0])
    x, y = transform_curve(S("minmax"), "benefit", data, n=11, pad=0)
    assert x == pytest.approx(np.linspace(0, 10, 11))
    assert y == pytest.approx(np.linspace(0, 1, 11))
    x, y = transform_curve(S("minmax"), "cost", data, n=3, pad=0.1)
    assert x == pytest.approx([-1, 5, 11]) and y == pytest.approx([1, 0.5, 0])
    x, y = transform_curve(S("categorical", {"mapping": {"1": 1, "7": 0.5}}), "benefit", [1.0, 2.0])
    assert x.tolist() == [1, 2, 7] and y.tolist() == [1, 0, 0.5]
    spec = STANDARDIZATIONS["fuzzy_large"]
    assert spec.curve([10.0], {"midpoint": 10}) == pytest.approx([0.5])
    e = transform_curve(S("minmax"), "benefit", [np.nan])
    assert e[0].size == 0 and e[1].size == 0


# --------------------------------------------------------------------------- properties

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
data_arrays = arrays(np.float64, st.integers(2, 40), elements=st.one_of(finite, st.just(np.nan)))
positive_arrays = arrays(
    np.float64, st.integers(2, 40),
    elements=st.one_of(st.floats(min_value=0.001, max_value=1e6), st.just(np.nan)),
)


@settings(max_examples=60, deadline=None)
@given(x=positive_arrays, method=st.sampled_from(sorted(STANDARDIZATIONS)), cost=st.booleans())
def test_output_in_unit_interval_and_nan_kept(x: np.ndarray, method: str, cost: bool) -> None:
    y = standardize(x, S(method, EXAMPLE_PARAMS.get(method, {})), "cost" if cost else "benefit")
    assert y.dtype == np.float64 and y.shape == x.shape
    assert np.array_equal(np.isnan(y), np.isnan(x))
    ok = y[~np.isnan(y)]
    assert np.all((ok >= 0) & (ok <= 1))


MONOTONE = sorted(s for s, spec in STANDARDIZATIONS.items() if spec.monotone)


@settings(max_examples=80, deadline=None)
@given(x=data_arrays.filter(lambda a: np.isfinite(a).sum() >= 2), method=st.sampled_from(MONOTONE))
@example(x=np.array([2.22507386e-309, 0.0]), method="tf_exponential")  # found by Hypothesis in CI: NaN
@example(x=np.array([2.22507386e-309, 0.0]), method="tf_logistic_growth")  # and a "flat" error
def test_monotone_in_raw_value(x: np.ndarray, method: str) -> None:
    if method in ("fuzzy_large", "ratio"):  # defined for positive values only
        x = np.abs(x) + 1.0
    order = np.argsort(x)  # NaN last
    fin = order[np.isfinite(x[order])]
    b = standardize(x, S(method))[fin]
    c = standardize(x, S(method), "cost")[fin]
    assert np.all(np.diff(b) >= -1e-12)
    assert np.all(np.diff(c) <= 1e-12)


@settings(max_examples=60, deadline=None)
@given(x=data_arrays)
def test_cost_is_complement_for_data_scaled_methods(x: np.ndarray) -> None:
    for method in ("minmax", "zscore", "percentile"):
        b = standardize(x, S(method))
        c = standardize(x, S(method), "cost")
        ok = ~np.isnan(x)
        assert np.array_equal(np.isnan(b), ~ok)
        assert np.allclose(b[ok] + c[ok], 1.0)


def test_monotone_flags_are_declared_for_expected_methods() -> None:
    assert {"minmax", "zscore", "percentile", "grade5", "fuzzy_large", "fuzzy_mslarge"} <= set(MONOTONE)
    assert "fuzzy_gaussian" not in MONOTONE


def test_extreme_ranges() -> None:
    # a subnormal range is effectively constant: automatic spreads would underflow
    tiny = np.array([2.2e-311, 0.0])
    for method in ("fuzzy_gaussian", "fuzzy_near", "fuzzy_logistic"):
        assert standardize(tiny, S(method)) == pytest.approx([0.5, 0.5])
    assert standardize(tiny, S("minmax")) == pytest.approx([1.0, 0.0])
    huge = np.array([-1e308, 0.0, 1e308])
    with pytest.raises(ParameterError, match="too large to standardise in float64; rescale"):
        standardize(huge, S("minmax"))
    assert standardize(huge, S("percentile")) == pytest.approx([0, 0.5, 1])


def test_standardization_parameters_are_declared_with_the_scorers_param_spec() -> None:
    """One declaration type for scorers and standardisations (issue 10): the app's form reads one."""
    from smartzone.scoring.params import ParamSpec

    decls = [p for spec in STANDARDIZATIONS.values() for p in spec.parameters]
    assert decls and all(type(p) is ParamSpec for p in decls)
    assert {p.kind for p in decls} == {"float", "int", "choice", "ranges", "mapping"}
    auto = STANDARDIZATIONS["fuzzy_linear"].param("low")
    assert auto.auto and auto.validate(None) is None  # None = from the data
    assert auto.validate(3) == 3.0
    table = STANDARDIZATIONS["reclass"].param("ranges")
    assert table.required and table.validate([[0, 1, 1]]) == [[0, 1, 1]]
    with pytest.raises(ParameterError, match="must be a table of"):
        table.validate(None, "reclass")


@pytest.mark.parametrize("method", ["tf_exponential", "tf_logarithm", "tf_power", "tf_logistic_growth",
                                    "tf_logistic_decay"])
def test_arcgis_transformations_on_data_derived_thresholds_depend_on_the_position_alone(method: str) -> None:
    """With the thresholds and shape taken from the data (the defaults), a range as small as a subnormal (Hypothesis
    found [2.2e-309, 0]: NaN from tf_exponential, a "flat" error from tf_logistic_growth) or as large as 1e300
    scores like any other: the curve depends on (x - min) / (max - min) alone."""
    unit = np.array([0.0, 0.1, 0.35, 0.5, 0.9, 1.0, np.nan])
    want = standardize(unit, S(method))
    assert np.isfinite(want[:-1]).all() and np.isnan(want[-1])
    for scale, offset in ((2.2250738585072014e-308, 0.0), (1e-310, 0.0), (1e300, -5e299), (3.0, 7.0)):
        got = standardize(unit * scale + offset, S(method))
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-12)
    tiny = standardize(np.array([2.22507386e-309, 0.0]), S(method))
    assert np.isfinite(tiny).all() and (tiny[0] - tiny[1]) * (want[5] - want[0]) > 0  # the curve's own direction
