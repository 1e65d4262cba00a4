"""Methods of issue 15 §4: classical TOPSIS on raw values, CRITIC and raw entropy weights,
weighted-product zeros, floating-point ties, PROMETHEE II, per-district supervised contributions.

pymcdm is a test oracle only (an independent published implementation).
"""
from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest

from smartzone.scoring import Criterion, ParameterError, Standardization, check_scorer, get_scorer
from smartzone.scoring.methods.promethee import PrometheeII, promethee_flows
from smartzone.scoring.result import rank_desc
from smartzone.scoring.shapley import baseline_shapley
from smartzone.scoring.standardize import standardize
from smartzone.scoring.weights import (
    compute_weights,
    critic_weights,
    entropy_weights,
    objective_weights,
)

pymcdm = pytest.importorskip("pymcdm")
from pymcdm import methods as pm  # noqa: E402
from pymcdm import weights as pw  # noqa: E402

# Hwang & Yoon (1981), pp. 133-134: fighter aircraft; X4 (cost, 10^6 $) is the only cost criterion.
AIRCRAFT = np.array(
    [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
    ]
)
AIRCRAFT_W = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]


def _aircraft(std: str = "minmax"):
    frame = pd.DataFrame(AIRCRAFT, index=["A1", "A2", "A3", "A4"], columns=[f"x{j + 1}" for j in range(6)])
    crit = [
        Criterion(f"x{j + 1}", "cost" if j == 3 else "benefit", Standardization(std), AIRCRAFT_W[j])
        for j in range(6)
    ]
    return frame, crit


# ------------------------------------------------------------------ TOPSIS
@pytest.mark.parametrize("std", ["minmax", "percentile", "zscore"])
def test_topsis_vector_is_classical_topsis_on_raw_values(std):
    # published closeness 0.643 / 0.268 / 0.613 / 0.312, whatever the criteria's standardisation
    frame, crit = _aircraft(std)
    result = get_scorer("topsis", normalization="vector").score(frame, crit)
    np.testing.assert_allclose(result.score.to_numpy() / 100, [0.643, 0.268, 0.613, 0.312], atol=1.5e-3)
    assert result.rank.tolist() == [1, 4, 2, 3]
    np.testing.assert_allclose(result.contributions.sum(axis=1), result.score, atol=1e-9)


def test_topsis_vector_rejects_values_of_both_signs():
    frame, crit = _aircraft()
    frame.iloc[0, 0] = -1.0
    with pytest.raises(ParameterError, match="'x1'.*both signs"):
        get_scorer("topsis", normalization="vector").score(frame, crit)


# ----------------------------------------------------------------- weights
def test_entropy_on_raw_values_matches_pymcdm_and_differs_from_standardised():
    # the classical method (Hwang & Yoon 1981, Zeleny 1982) divides raw columns by their sums
    raw = entropy_weights(AIRCRAFT)
    np.testing.assert_allclose(raw, pw.entropy_weights(AIRCRAFT), atol=1e-12)
    np.testing.assert_allclose(raw, [0.0642, 0.2061, 0.0134, 0.0813, 0.3587, 0.2763], atol=1e-4)
    frame, crit = _aircraft()
    from smartzone.scoring.prepare import prepare

    prepared = prepare(frame, crit)
    std = objective_weights("entropy", raw=prepared.raw, standardised=prepared.values, source="standardised")
    assert np.abs(std - raw).max() > 0.05  # why the raw values are the default


def test_entropy_by_hand():
    # column 1 constant -> weight 0; column 2 p = (1/4, 3/4): e = H/ln 2, d = 1 - e
    x = np.array([[2.0, 1.0, 1.0], [2.0, 3.0, 3.0]])
    h = -(0.25 * math.log(0.25) + 0.75 * math.log(0.75)) / math.log(2)
    np.testing.assert_allclose(entropy_weights(x), [0.0, 0.5, 0.5])
    assert 1 - h == pytest.approx(0.18872, abs=1e-5)


def test_critic_by_hand_and_against_pymcdm():
    # Diakoulaki et al. (1995): C_j = s_j sum_k (1 - r_jk); two perfectly correlated columns
    # and one anti-correlated: x = (0, .5, 1), y = x, z = 1 - x -> r = [[1,1,-1],[1,1,-1],[-1,-1,1]]
    x = np.array([[0.0, 0.0, 1.0], [0.5, 0.5, 0.5], [1.0, 1.0, 0.0]])
    # equal s_j; sum(1 - r): 2, 2, 4 -> weights 1/4, 1/4, 1/2
    np.testing.assert_allclose(critic_weights(x), [0.25, 0.25, 0.5])
    # a cost criterion is reversed first: z as a cost equals x, so all three agree (conflict 0)
    np.testing.assert_allclose(critic_weights(x, benefit=[True, True, False]), [1 / 3] * 3)
    np.testing.assert_allclose(critic_weights(AIRCRAFT), pw.critic_weights(AIRCRAFT), atol=1e-12)
    np.testing.assert_allclose(compute_weights("critic", matrix=AIRCRAFT), critic_weights(AIRCRAFT))


def test_entropy_on_raw_names_a_negative_indicator():
    with pytest.raises(ParameterError, match="'growth' has negative values"):
        objective_weights("entropy", raw=np.array([[1.0, -1.0], [2.0, 3.0]]), names=["a", "growth"])


# --------------------------------------------------------- weighted product
def test_wpm_warns_about_zeros_and_ratio_standardisation_avoids_them():
    frame, crit = _aircraft("minmax")
    result = get_scorer("wpm").score(frame, crit)
    assert (result.score == 0).sum() == 4  # every aircraft is worst on some criterion
    (warning,) = result.diagnostics["warnings"]
    assert "4 of 4 districts score 0" in warning and "'ratio'" in warning
    assert result.diagnostics["zero_criteria"]["x4"] == 1
    frame, crit = _aircraft("ratio")
    ratio = get_scorer("wpm").score(frame, crit)
    assert (ratio.score > 0).all() and "warnings" not in ratio.diagnostics
    # the classical WPM on ratio-normalised data, by hand: prod (x/max)^w (benefit), (min/x)^w (cost)
    norm = AIRCRAFT / AIRCRAFT.max(axis=0)
    norm[:, 3] = AIRCRAFT[:, 3].min() / AIRCRAFT[:, 3]
    expected = 100 * np.prod(norm ** np.array(AIRCRAFT_W), axis=1)
    np.testing.assert_allclose(ratio.score, expected, rtol=1e-12)


def test_ratio_and_floor_standardisations():
    x = np.array([1.0, 2.0, 4.0, 8.0])
    np.testing.assert_allclose(standardize(x, Standardization("ratio")), x / 8)
    np.testing.assert_allclose(standardize(x, Standardization("ratio"), "cost"), 1 / x)
    floor = standardize(x, Standardization("minmax_floor", {"floor": 0.2}), "cost")
    np.testing.assert_allclose(floor, 0.2 + 0.8 * (8 - x) / 7)
    with pytest.raises(ParameterError, match="must all be positive"):
        standardize(np.array([0.0, 1.0]), Standardization("ratio"))


# -------------------------------------------------------------------- ties
def test_districts_scoring_exactly_ten_share_a_rank():
    # WLC with equal weights: (0.1 + 0.2)/3 and 0.3/3 are both 10 points mathematically,
    # 10.000000000000002 and 9.999999999999998 in floating point
    frame = pd.DataFrame(
        {"a": [0.1, 0.3, 0.0, 1.0, 0.0], "b": [0.2, 0.0, 0.3, 1.0, 0.0], "c": [0.0, 0.0, 0.0, 1.0, 0.0]},
        index=list("ABCDE"),
    )
    crit = [Criterion(c, "benefit", Standardization("minmax"), 1.0) for c in "abc"]
    result = get_scorer("wlc").score(frame, crit)
    assert len(set(result.score.iloc[:3])) > 1  # the noise is really there
    assert result.rank.tolist() == [2, 2, 2, 1, 5]
    assert rank_desc(np.array([[10.000000000000002, 10.0, 9.999999999999998, 9.0]])).tolist() == [[1, 1, 1, 4]]
    assert rank_desc(np.array([10.0, 10.0 - 1e-6])).tolist() == [1, 2]  # a real difference stays


# --------------------------------------------------------------- PROMETHEE
def test_promethee_is_a_registered_scorer_that_passes_check_scorer():
    assert isinstance(get_scorer("promethee2"), PrometheeII)
    check_scorer(PrometheeII)
    check_scorer(PrometheeII(preference="linear", q=0.1, p=0.4))


def test_promethee_by_hand_usual_preference():
    # three districts, two criteria (w = .6, .4); usual criterion, m - 1 = 2
    # c1: a=1, b=.5, c=0 -> phi1 = (1, 0, -1); c2: a=0, b=1, c=.5 -> phi2 = (-1, 1, 0)
    v = np.array([[1.0, 0.0], [0.5, 1.0], [0.0, 0.5]])
    net, per = promethee_flows(v, np.array([0.6, 0.4]))
    np.testing.assert_allclose(per, [[1, -1], [0, 1], [-1, 0]])
    np.testing.assert_allclose(net, [0.2, 0.4, -0.6])


@pytest.mark.parametrize("seed", range(4))
def test_promethee_matches_pymcdm(seed):
    rng = np.random.default_rng(seed)
    v = rng.uniform(size=(40, 5))
    v[3] = v[7]  # ties
    w = rng.uniform(0.1, 1, 5)
    w /= w.sum()
    types = np.ones(5)
    np.testing.assert_allclose(promethee_flows(v, w)[0], pm.PROMETHEE_II("usual")(v, w, types), atol=1e-12)
    lin = promethee_flows(v, w, preference="linear", q=0.05, p=0.3)[0]
    ref = pm.PROMETHEE_II("vshape_2", p=[0.3] * 5, q=[0.05] * 5)(v, w, types)
    np.testing.assert_allclose(lin, ref, atol=1e-12)


def test_promethee_linear_rejects_q_not_below_p():
    frame, crit = _aircraft()
    with pytest.raises(ParameterError, match="0 <= q < p"):
        get_scorer("promethee2", preference="linear", q=0.5, p=0.2).score(frame, crit)


# ----------------------------------------------------- supervised, Shapley
def test_baseline_shapley_exact_for_a_linear_model_and_by_brute_force():
    rng = np.random.default_rng(1)
    x = rng.random((7, 4))
    b = x.mean(axis=0)
    beta = np.array([2.0, -1.0, 0.0, 0.5])
    phi, f0 = baseline_shapley(lambda d: d @ beta + 3.0, x, b)
    np.testing.assert_allclose(phi, beta * (x - b), atol=1e-12)  # linear: beta_j (x_j - b_j)
    assert f0 == pytest.approx(b @ beta + 3.0)

    def f(d):  # non-linear with an interaction
        return d[:, 0] * d[:, 1] + np.sin(d[:, 2]) + d[:, 3] ** 2

    phi, f0 = baseline_shapley(f, x, b)
    k = 4
    for i in range(2):  # Shapley's formula term by term
        for j in range(k):
            total = 0.0
            others = [t for t in range(k) if t != j]
            for r in range(k):
                for subset in itertools.combinations(others, r):
                    z1, z0 = b.copy(), b.copy()
                    z1[list(subset) + [j]] = x[i, list(subset) + [j]]
                    z0[list(subset)] = x[i, list(subset)]
                    wgt = math.factorial(r) * math.factorial(k - r - 1) / math.factorial(k)
                    total += wgt * (f(z1[None])[0] - f(z0[None])[0])
            assert phi[i, j] == pytest.approx(total, abs=1e-12)
    np.testing.assert_allclose(phi.sum(axis=1) + f0, f(x), atol=1e-12)
    sampled, _ = baseline_shapley(f, x, b, max_exact=2, n_permutations=200)
    np.testing.assert_allclose(sampled.sum(axis=1) + f0, f(x), atol=1e-12)  # still additive


def _labelled(n=120, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.random((n, 4))
    frame = pd.DataFrame(x, index=[f"D{i:03d}" for i in range(n)], columns=["c0", "c1", "c2", "c3"])
    signal = x[:, 0] + 0.5 * x[:, 1]
    positives = list(frame.index[np.argsort(-signal)[:12]])
    crit = [Criterion(c, "benefit", Standardization("minmax"), 1.0) for c in frame.columns]
    return frame, crit, positives


@pytest.mark.parametrize("model", ["logistic", "random_forest"])
def test_supervised_contributions_differ_per_district_and_sum_to_the_score(model):
    frame, crit, positives = _labelled()
    result = get_scorer("supervised", positives=positives, model=model, n_estimators=30).score(frame, crit)
    c = result.contributions
    np.testing.assert_allclose(c.sum(axis=1), result.score, atol=1e-9)
    # not one global split: the share of c0 differs between districts
    scored = result.score > 1
    share = c.loc[scored, "c0"] / result.score[scored]
    assert share.std() > 0.05
    # a district high on c0 gets more from c0 than one low on c0
    hi, lo = frame["c0"].idxmax(), frame["c0"].idxmin()
    assert c.loc[hi, "c0"] > c.loc[lo, "c0"]
