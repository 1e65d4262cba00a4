"""ArcGIS Rescale-by-Function curves: hand-computed values (Esri's general forms + linear rescaling)."""
import math

import numpy as np
import pytest

from smartzone.scoring.errors import ParameterError
from smartzone.scoring.model import Standardization as S
from smartzone.scoring.standardize import STANDARDIZATIONS, standardize
from smartzone.scoring.transform import (
    exponential,
    logarithm,
    logistic_decay,
    logistic_growth,
    power,
)

X = np.array([0.0, 2.5, 5.0, 7.5, 10.0])


def test_exponential_by_hand():
    # Y = exp((x - s) b), b = ln 10 / 10: Y(5)/Y(0) = sqrt(10); scaled (sqrt(10) - 1) / (10 - 1)
    got = standardize(X, S("tf_exponential"))
    assert got[2] == pytest.approx((math.sqrt(10) - 1) / 9, abs=1e-12)
    assert got[0] == 0 and got[-1] == 1
    # the shift cancels in the rescaling (ArcGIS's linear step 3)
    a = exponential(X, shift=0.0, base_factor=0.3, lower=0, upper=10)
    b = exponential(X, shift=-42.0, base_factor=0.3, lower=0, upper=10)
    np.testing.assert_allclose(a, b, atol=1e-12)
    assert a[1] == pytest.approx((math.exp(0.75) - 1) / (math.exp(3) - 1))
    # a huge base factor does not overflow: the curve is ~0 until the top end
    big = exponential(X, shift=0.0, base_factor=1e4, lower=0, upper=10)
    assert np.isfinite(big).all() and big[-1] == 1 and big[-2] == 0


def test_logarithm_by_hand():
    # auto shift = -10/9: ln(x + 10/9) from ln(10/9) to ln(100/9): f(5) = ln(5.5) / ln(10)
    got = standardize(X, S("tf_logarithm"))
    assert got[2] == pytest.approx(math.log(5.5) / math.log(10), abs=1e-12)
    y = logarithm(X, shift=-1.0, factor=7.0, lower=0, upper=10)
    assert y[2] == pytest.approx(math.log(6) / math.log(11))
    with pytest.raises(ParameterError, match="below the lower threshold"):
        logarithm(X, shift=0.0, factor=1.0, lower=0, upper=10)


def test_power_by_hand():
    got = standardize(X, S("tf_power", {"exponent": 2}))
    np.testing.assert_allclose(got, (X / 10) ** 2)
    y = power(X, shift=-2.0, exponent=0.5, lower=0, upper=10)
    assert y[2] == pytest.approx((math.sqrt(7) - math.sqrt(2)) / (math.sqrt(12) - math.sqrt(2)))
    with pytest.raises(ParameterError, match="must not exceed"):
        power(X, shift=1.0, exponent=2, lower=0, upper=10)


def test_logistic_growth_and_decay_by_hand():
    # y0 = 1 %: a = 99, r = 2 ln 99 / 10; Y(2.5) = 100 / (1 + 99 / sqrt(99)), scaled (Y - 1) / 98
    y25 = 100 / (1 + 99 / math.sqrt(99))
    growth = standardize(X, S("tf_logistic_growth"))
    assert growth[1] == pytest.approx((y25 - 1) / 98, abs=1e-12)
    assert growth[2] == pytest.approx(0.5)
    decay = standardize(X, S("tf_logistic_decay"))
    np.testing.assert_allclose(decay, growth[::-1], atol=1e-12)
    # a larger y intercept flattens the S
    flat = logistic_growth(X, minimum=0, maximum=10, y_intercept_percent=40, lower=0, upper=10)
    assert abs(flat[1] - 0.25) < abs(growth[1] - 0.25)
    # minimum/maximum inside the thresholds: steeper, and values below the curve's start stay near 0
    steep = logistic_decay(X, minimum=4, maximum=6, y_intercept_percent=1, lower=0, upper=10)
    assert steep[0] == pytest.approx(1.0) and steep[-1] == pytest.approx(0.0)
    assert steep[2] == pytest.approx(0.5)


@pytest.mark.parametrize("method", ["tf_exponential", "tf_logarithm", "tf_power", "tf_logistic_growth"])
def test_transforms_are_monotone_and_declared(method):
    spec = STANDARDIZATIONS[method]
    assert spec.monotone
    x = np.linspace(-3, 13, 50)
    y = standardize(x, S(method), reference=X)
    assert np.all(np.diff(y) >= -1e-12) and y.min() == 0 and y.max() == 1


def test_bad_intercept_is_rejected_with_the_parameter_name():
    with pytest.raises(ParameterError, match="y_intercept_percent"):
        standardize(X, S("tf_logistic_growth", {"y_intercept_percent": 50}))
