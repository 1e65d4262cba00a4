"""Built-in scoring methods: published examples, hand computations, pymcdm cross-checks.

pymcdm is used as a test oracle only (never imported by smartzone).
"""
from __future__ import annotations

import json
import pickle

import numpy as np
import pandas as pd
import pytest

from smartzone.scoring import (
    Constraint,
    Criterion,
    ParameterError,
    ParamSpec,
    ScoreResult,
    ScoringSession,
    Standardization,
    get_scorer,
)
from smartzone.scoring.methods.owa import owa_effective_weights
from smartzone.scoring.methods.topsis import topsis_closeness
from smartzone.scoring.methods.vikor import compromise_set, vikor_q
from smartzone.scoring.result import rank_desc

pymcdm = pytest.importorskip("pymcdm")
from pymcdm import methods as pm  # noqa: E402
from pymcdm.normalizations import minmax_normalization  # noqa: E402


def frame_of(x: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame(x, index=[f"D{i:03d}" for i in range(len(x))], columns=[f"c{j}" for j in range(x.shape[1])])


def criteria_of(types: np.ndarray, weights: np.ndarray) -> list[Criterion]:
    return [
        Criterion(f"c{j}", "benefit" if t > 0 else "cost", Standardization("minmax"), float(w))
        for j, (t, w) in enumerate(zip(types, weights, strict=True))
    ]


def random_problem(seed: int, n: int = 25, k: int = 5):
    rng = np.random.default_rng(seed)
    x = rng.uniform(1, 100, size=(n, k)) * rng.uniform(0.1, 1000, size=k)
    w = rng.uniform(0.05, 1, size=k)
    w /= w.sum()
    types = rng.choice([1, -1], size=k)
    types[0] = 1
    return x, w, types


# ------------------------------------------------------------------- TOPSIS
# Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods
# and Applications. Springer, pp. 133-134: fighter-aircraft selection.
# X1 max speed (Mach), X2 ferry range (NM), X3 max payload (lb), X4 purchase
# cost (10^6 $, the only cost criterion), X5 reliability, X6 manoeuvrability.
AIRCRAFT = np.array(
    [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
    ]
)
AIRCRAFT_W = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])
AIRCRAFT_BENEFIT = np.array([True, True, True, False, True, True])


def test_topsis_reproduces_hwang_yoon_1981_aircraft_example():
    c, d_plus, d_minus, _ = topsis_closeness(
        AIRCRAFT, AIRCRAFT_W, benefit=AIRCRAFT_BENEFIT, normalization="vector"
    )
    # published: S* (distance to ideal), S- (to negative ideal), C* (relative closeness);
    # the book works with 4-decimal intermediate values, hence the 1e-4 tolerance
    np.testing.assert_allclose(d_plus, [0.0545, 0.1197, 0.0580, 0.1009], atol=1e-4)
    np.testing.assert_allclose(d_minus, [0.0983, 0.0439, 0.0920, 0.0458], atol=1e-4)
    np.testing.assert_allclose(c, [0.643, 0.268, 0.613, 0.312], atol=1e-3)
    assert rank_desc(c).tolist() == [1, 4, 2, 3]


@pytest.mark.parametrize("seed", range(8))
def test_topsis_matches_pymcdm_with_minmax_normalisation(seed):
    x, w, types = random_problem(seed)
    expected = pm.TOPSIS(minmax_normalization)(x, w, types)
    result = get_scorer("topsis").score(frame_of(x), criteria_of(types, w))
    np.testing.assert_allclose(result.score.to_numpy(), 100 * expected, atol=1e-9)


def test_topsis_absolute_ideal_is_comparable_between_runs():
    x, w, types = random_problem(1)
    frame, crit = frame_of(x), criteria_of(types, w)
    full = get_scorer("topsis", ideal="absolute").score(frame, crit)
    # a district at 1 everywhere would score 100, at 0 everywhere 0: check one
    # district by hand: D+ = |w (1 - v)|, D- = |w v|
    v = ScoringSession(frame, crit).prepared.values[0]
    dp, dm = np.linalg.norm(w * (1 - v)), np.linalg.norm(w * v)
    assert full.score.iloc[0] == pytest.approx(100 * dm / (dp + dm))


# -------------------------------------------------------------------- VIKOR
def test_vikor_by_hand_following_opricovic_tzeng_2004():
    # Opricovic & Tzeng (2004), EJOR 156, 445-455, eqs. (1)-(3) and step 5,
    # computed by hand on a 3 x 2 problem (both criteria benefit, w = 0.5, 0.5):
    #   f* = (10, 10), f- = (0, 0)
    #   A1 = (10, 0): g = (0, 1)     S = 0.5,  R = 0.5
    #   A2 = (6, 6):  g = (.4, .4)   S = 0.4,  R = 0.2
    #   A3 = (0, 10): g = (1, 0)     S = 0.5,  R = 0.5
    #   S* = 0.4, S- = 0.5, R* = 0.2, R- = 0.5, v = 0.5
    #   Q1 = .5 (.1/.1) + .5 (.3/.3) = 1, Q2 = 0, Q3 = 1
    x = np.array([[10.0, 0.0], [6.0, 6.0], [0.0, 10.0]])
    q, s, r, _ = vikor_q(x, np.array([0.5, 0.5]), v=0.5)
    np.testing.assert_allclose(s, [0.5, 0.4, 0.5])
    np.testing.assert_allclose(r, [0.5, 0.2, 0.5])
    np.testing.assert_allclose(q, [1.0, 0.0, 1.0])
    # A2 is the compromise: C1 (Q(A'') - Q(A') = 1 >= DQ = 1/2) and C2 (best by S and R)
    assert compromise_set(q, s, r) == ([1], True, True)
    result = get_scorer("vikor").score(frame_of(x), criteria_of(np.array([1, 1]), np.array([1, 1])))
    assert result.score.tolist() == pytest.approx([0.0, 100.0, 0.0])
    assert result.diagnostics["compromise"] == ["D001"]


def test_vikor_compromise_set_when_advantage_is_not_acceptable():
    # C1 fails (Q gap < DQ = 1/3): every alternative within DQ of the best is in the set
    q = np.array([0.0, 0.2, 0.5, 1.0])
    s = np.array([0.1, 0.2, 0.3, 0.4])
    r = np.array([0.1, 0.2, 0.3, 0.4])
    assert compromise_set(q, s, r) == ([0, 1], False, True)
    # only C2 fails: the first two
    q = np.array([0.0, 0.6, 1.0])
    s = np.array([0.3, 0.2, 0.5])
    r = np.array([0.3, 0.2, 0.5])
    assert compromise_set(q, s, r) == ([0, 1], True, False)


def test_vikor_matches_pymcdm_docstring_example():
    # pymcdm.methods.VIKOR docstring (v = 0.5, equal weights, all profit)
    matrix = np.array([[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92], [85, 9, 100, 29]], float)
    q, _, _, _ = vikor_q(matrix, np.full(4, 0.25), v=0.5)
    np.testing.assert_allclose(q, [0.5679, 0.7667, 1, 0.7493, 0], atol=5e-5)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("v", [0.0, 0.3, 0.5, 1.0])
def test_vikor_matches_pymcdm(seed, v):
    x, w, types = random_problem(seed)
    expected_q = pm.VIKOR(v=v)(x, w, types)
    result = get_scorer("vikor", v=v).score(frame_of(x), criteria_of(types, w))
    np.testing.assert_allclose(result.score.to_numpy(), 100 * (1 - expected_q), atol=1e-9)


# ---------------------------------------------------------------- WLC / WPM
@pytest.mark.parametrize("seed", range(8))
def test_wlc_matches_pymcdm_wsm_with_minmax(seed):
    x, w, types = random_problem(seed)
    expected = pm.WSM(minmax_normalization)(x, w, types)
    result = get_scorer("wlc").score(frame_of(x), criteria_of(types, w))
    np.testing.assert_allclose(result.score.to_numpy(), 100 * expected, atol=1e-9)
    np.testing.assert_allclose(result.contributions.sum(axis=1), result.score, atol=1e-9)


@pytest.mark.parametrize("seed", range(4))
def test_wpm_matches_pymcdm_wpm_with_minmax(seed):
    x, w, types = random_problem(seed)
    expected = pm.WPM(minmax_normalization)(x, w, types)
    result = get_scorer("wpm").score(frame_of(x), criteria_of(types, w))
    np.testing.assert_allclose(result.score.to_numpy(), 100 * expected, atol=1e-9)


def test_wlc_scale_is_absolute_not_stretched():
    frame = pd.DataFrame({"a": [0.2, 0.5, 0.8], "b": [1.0, 3.0, 2.0]}, index=["x", "y", "z"])
    linear = Standardization("fuzzy_linear", {"low": 0.0, "high": 1.0})
    crit = [Criterion("a", standardization=linear, weight=3), Criterion("b", weight=1)]
    result = get_scorer("wlc").score(frame, crit)
    # a: 0.2, 0.5, 0.8 (absolute membership); b: minmax 0, 1, 0.5; w = .75, .25
    assert result.score.tolist() == pytest.approx([15.0, 62.5, 72.5])
    assert result.contributions.loc["y"].tolist() == pytest.approx([37.5, 25.0])
    assert result.recipe["weights"] == {"a": 0.75, "b": 0.25}


def test_wpm_zero_criterion_gives_zero_and_attribution_sums():
    frame = pd.DataFrame({"a": [0.0, 0.5, 1.0], "b": [1.0, 0.25, 0.0]}, index=list("xyz"))
    linear = Standardization("fuzzy_linear", {"low": 0.0, "high": 1.0})
    result = get_scorer("wpm").score(frame, [Criterion("a", standardization=linear), Criterion("b", standardization=linear)])
    assert result.score.tolist() == pytest.approx([0.0, 100 * (0.5 * 0.25) ** 0.5, 0.0])
    # y: d = (-.5 ln .5, -.5 ln .25) -> shares 1/3, 2/3 of the shortfall 100 - 35.36
    short = 100 - 100 * (0.125**0.5)
    assert result.contributions.loc["y"].tolist() == pytest.approx([50 - short / 3, 50 - 2 * short / 3])
    assert result.contributions.loc["x"].tolist() == pytest.approx([-50.0, 50.0])


# --------------------------------------------------------------- fuzzy, OWA
def _unit_frame():
    return pd.DataFrame(
        {"a": [0.2, 0.9, 0.5], "b": [0.9, 0.1, 0.5], "c": [0.5, 0.5, 0.5]}, index=["p", "q", "r"]
    )


def _unit_criteria(weights=(0.5, 0.3, 0.2)):
    linear = Standardization("fuzzy_linear", {"low": 0.0, "high": 1.0})
    return [Criterion(n, standardization=linear, weight=w) for n, w in zip("abc", weights, strict=True)]


def test_fuzzy_and_or_are_min_and_max_and_credit_the_deciding_criterion():
    frame, crit = _unit_frame(), _unit_criteria()
    f_and = get_scorer("fuzzy_and").score(frame, crit)
    f_or = get_scorer("fuzzy_or").score(frame, crit)
    assert f_and.score.tolist() == pytest.approx([20.0, 10.0, 50.0])
    assert f_or.score.tolist() == pytest.approx([90.0, 90.0, 50.0])
    assert f_and.contributions.loc["p"].tolist() == pytest.approx([20.0, 0.0, 0.0])
    assert f_and.contributions.loc["r"].tolist() == pytest.approx([50 / 3] * 3)  # three-way tie
    assert f_and.diagnostics["deciding_criterion_counts"] == {"a": 2, "b": 2, "c": 1}
    # a criterion with weight 0 is left out
    zero_b = get_scorer("fuzzy_and").score(frame, _unit_criteria((0.5, 0.0, 0.5)))
    assert zero_b.score.tolist() == pytest.approx([20.0, 50.0, 50.0])


def test_owa_by_hand_malczewski_2006_formula():
    # district p: values (a .2, b .9, c .5), weights (.5, .3, .2), alpha = 2
    # sorted desc: .9 (u .3), .5 (u .2), .2 (u .5); cumulative .3, .5, 1.0
    # order weights .3^2, .5^2 - .3^2, 1 - .5^2 = .09, .16, .75
    # OWA = .09*.9 + .16*.5 + .75*.2 = .311
    result = get_scorer("owa", alpha=2.0).score(_unit_frame(), _unit_criteria())
    assert result.score["p"] == pytest.approx(31.1)
    assert result.contributions.loc["p"].tolist() == pytest.approx([0.75 * 20, 0.09 * 90, 0.16 * 50])


def test_owa_equal_weights_order_weights_are_j_over_n_power_alpha():
    values = np.array([[0.9, 0.5, 0.2, 0.7]])
    eff = owa_effective_weights(values, np.full(4, 0.25), 0.5)
    j = np.arange(1, 5)
    expected_sorted = (j / 4) ** 0.5 - ((j - 1) / 4) ** 0.5  # for .9, .7, .5, .2
    np.testing.assert_allclose(eff[0, [0, 3, 1, 2]], expected_sorted)


def test_owa_spans_or_wlc_and():
    frame = frame_of(np.random.default_rng(4).random((30, 4)))
    crit = criteria_of(np.array([1, -1, 1, 1]), np.array([0.4, 0.3, 0.2, 0.1]))
    wlc = get_scorer("wlc").score(frame, crit).score
    owa1 = get_scorer("owa", alpha=1.0).score(frame, crit).score
    or_ = get_scorer("fuzzy_or").score(frame, crit).score
    and_ = get_scorer("fuzzy_and").score(frame, crit).score
    np.testing.assert_allclose(owa1, wlc, atol=1e-9)
    np.testing.assert_allclose(get_scorer("owa", alpha=0.0).score(frame, crit).score, or_, atol=1e-9)
    np.testing.assert_allclose(get_scorer("owa", alpha=1000.0).score(frame, crit).score, and_, atol=1.0)
    # monotone in alpha: more pessimistic, never higher
    prev = get_scorer("owa", alpha=0.1).score(frame, crit).score
    for a in (0.5, 1.0, 2.0, 10.0):
        cur = get_scorer("owa", alpha=a).score(frame, crit).score
        assert (cur <= prev + 1e-9).all()
        prev = cur


def test_owa_orness_diagnostic():
    frame, crit = _unit_frame(), _unit_criteria()
    assert get_scorer("owa", alpha=1.0).score(frame, crit).diagnostics["orness"] == pytest.approx(0.5)
    assert get_scorer("owa", alpha=0.0).score(frame, crit).diagnostics["orness"] == pytest.approx(1.0)


# --------------------------------------------------- supervised, similarity
def _labelled(n=120, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.random((n, 4))
    frame = frame_of(x)
    signal = x[:, 0] + 0.5 * x[:, 1]
    positives = list(frame.index[np.argsort(-signal)[:12]])
    return frame, criteria_of(np.array([1, 1, 1, 1]), np.ones(4)), positives


def test_supervised_learns_reference_profile():
    frame, crit, positives = _labelled()
    result = get_scorer("supervised", positives=positives).score(frame, crit)
    d = result.diagnostics
    assert d["cv_roc_auc"] > 0.9 and len(d["cv_roc_auc_folds"]) == 5
    imp = d["permutation_importance"]
    assert imp["c0"] == max(imp.values()) and imp["c0"] > imp["c3"]
    assert d["positives_mean_score"] > d["others_mean_score"] + 30
    assert result.score.between(0, 100).all()
    np.testing.assert_allclose(result.contributions.sum(axis=1), result.score, atol=1e-9)
    json.dumps(d)


def test_supervised_with_few_positives_and_random_forest():
    frame, crit, positives = _labelled()
    two = get_scorer("supervised", positives=positives[:2], model="random_forest", n_estimators=50).score(frame, crit)
    assert two.diagnostics["cv_folds_used"] == 2
    one = get_scorer("supervised", positives=positives[:1]).score(frame, crit)
    assert one.diagnostics["cv_roc_auc"] is None and one.diagnostics["cv_folds_used"] == 0
    assert one.score[positives[0]] > one.score.median()


def test_supervised_reports_unknown_and_rejects_no_valid_positive():
    frame, crit, positives = _labelled()
    r = get_scorer("supervised", positives=[*positives[:3], "99999"]).score(frame, crit)
    assert r.diagnostics["unknown_positives"] == ["99999"]
    with pytest.raises(ParameterError, match="must name at least one scored district"):
        get_scorer("supervised", positives=["99999"]).score(frame, crit)
    with pytest.raises(ParameterError, match=r"The 'positives' parameter .* must be a list of district codes \(at least 1\)"):
        get_scorer("supervised").score(frame, crit)


def test_similarity_scores_by_weighted_distance():
    frame = pd.DataFrame({"a": [0.0, 1.0, 0.5, 1.0], "b": [0.0, 1.0, 0.5, 0.0]}, index=list("wxyz"))
    linear = Standardization("fuzzy_linear", {"low": 0.0, "high": 1.0})
    crit = [Criterion("a", standardization=linear, weight=3), Criterion("b", standardization=linear, weight=1)]
    near = get_scorer("similarity", references=["x"], mode="nearest", k=2).score(frame, crit)
    # d(w, x) = sqrt(.75 + .25) = 1 -> 0;  d(y, x) = sqrt(.75*.25 + .25*.25) = .5 -> 50
    # d(z, x) = sqrt(.25 * 1) = .5 -> 50
    assert near.score.tolist() == pytest.approx([0.0, 100.0, 50.0, 50.0])
    # z: shortfall 50 charged to b only (a matches)
    assert near.contributions.loc["z"].tolist() == pytest.approx([75.0, -25.0])
    cen = get_scorer("similarity", references=["x", "w"], k=2).score(frame, crit)
    assert cen.score["y"] == pytest.approx(100.0)  # y is the centroid of x and w
    assert -1 <= cen.diagnostics["silhouette"] <= 1
    assert set(cen.diagnostics["cluster"]) == set("wxyz")


# ------------------------------------------------------ result and recipe
def test_result_ranks_ties_min_and_excluded_na():
    frame = pd.DataFrame({"a": [1.0, 3.0, 3.0, 2.0, 0.5]}, index=list("vwxyz"))
    crit = [Criterion("a", constraints=(Constraint("<", 1.0, "too small"),))]
    result = get_scorer("wlc").score(frame, crit)
    assert result.rank.dtype == "Int64"
    assert result.rank.tolist()[:4] == [4, 1, 1, 3]
    assert result.rank.isna().tolist() == [False] * 4 + [True]
    assert np.isnan(result.score["z"]) and result.excluded == {"z": "a < 1 (too small)"}
    assert result.contributions.loc["z"].isna().all()


def test_recipe_reproduces_the_score_and_tracks_data_version():
    x, w, types = random_problem(5)
    frame, crit = frame_of(x), criteria_of(types, w)
    result = get_scorer("vikor", v=0.25).score(frame, crit)
    recipe = json.loads(json.dumps(result.recipe))
    again = get_scorer(recipe["method"], **recipe["params"]).score(
        frame, [Criterion.from_dict(c) for c in recipe["criteria"]]
    )
    pd.testing.assert_series_equal(again.score, result.score)
    assert recipe["engine_version"] and recipe["data_version"].startswith("sha256:")
    extra = frame.assign(unused=1.0)
    assert get_scorer("wlc").score(extra, crit).recipe["data_version"] == recipe["data_version"]
    changed = frame.copy()
    changed.iloc[0, 0] += 1
    assert get_scorer("wlc").score(changed, crit).recipe["data_version"] != recipe["data_version"]


def test_result_is_a_plain_score_result_after_pickling():
    result = get_scorer("wlc").score(_unit_frame(), _unit_criteria())
    back = pickle.loads(pickle.dumps(result))
    assert type(back) is ScoreResult and isinstance(result, ScoreResult)
    pd.testing.assert_series_equal(back.rank, result.rank)
    pd.testing.assert_frame_equal(back.contributions, result.contributions)


# ------------------------------------------------------------------ params
def test_param_spec_validation_wording():
    spec = ParamSpec("v", "float", 0.5, min=0.0, max=1.0)
    assert spec.validate(1) == 1.0
    with pytest.raises(ParameterError) as info:
        spec.validate(1.5, "Vikor ('vikor')")
    assert str(info.value) == "The 'v' parameter of Vikor ('vikor') must be a float in the range [0.0, 1.0]. Got 1.5 instead."
    with pytest.raises(ParameterError, match="must be a float"):
        spec.validate(True)
    choice = ParamSpec("model", "choice", "a", choices=("a", "b"))
    with pytest.raises(ParameterError, match="must be one of 'a', 'b'. Got 'c' instead"):
        choice.validate("c")
    codes = ParamSpec("refs", "codes", (), min=1)
    assert codes.validate(["11010", 11020, "11010"]) == ("11010", "11020")
    with pytest.raises(ParameterError, match="list of district codes"):
        codes.validate("11010")


def test_scorer_params_are_stored_unchanged_and_validated_at_call_time():
    scorer = get_scorer("vikor", v="high")  # stored as given, like scikit-learn
    assert scorer.v == "high" and repr(scorer) == "Vikor(v='high')"
    with pytest.raises(ParameterError, match="The 'v' parameter of Vikor"):
        scorer.score(_unit_frame(), _unit_criteria())
    scorer.set_params(v=0.2)
    assert scorer.score(_unit_frame(), _unit_criteria()).recipe["params"] == {"v": 0.2}


# ------------------------------------------------------------------ engine
def test_session_rescore_equals_fresh_scoring_and_reuses_preparation(monkeypatch):
    x, w, types = random_problem(7, n=60)
    frame, crit = frame_of(x), criteria_of(types, w)
    session = ScoringSession(frame, crit, "wlc")
    session.score()
    import smartzone.scoring.engine as engine

    def boom(*args, **kwargs):
        raise AssertionError("prepare() called again")

    monkeypatch.setattr(engine, "prepare", boom)
    new_w = np.array([5, 1, 1, 1, 2], float)
    fast = session.rescore(new_w)
    monkeypatch.undo()
    fresh_crit = [Criterion.from_dict({**c.to_dict(), "weight": float(v)}) for c, v in zip(crit, new_w, strict=True)]
    fresh = get_scorer("wlc").score(frame, fresh_crit)
    pd.testing.assert_series_equal(fast.score, fresh.score)
    pd.testing.assert_series_equal(fast.rank, fresh.rank)
    assert fast.recipe == fresh.recipe
    by_name = session.rescore({"c0": 10.0})
    # indicators not named keep their current normalised weight (0.5 of them in total)
    assert session.weights[0] == pytest.approx(10 / 10.5)
    assert by_name.recipe["weights"]["c0"] == pytest.approx(session.weights[0])


@pytest.mark.parametrize("sid", ["wpm", "owa", "topsis", "vikor", "fuzzy_and"])
def test_session_rescore_matches_fresh_for_other_methods(sid):
    x, w, types = random_problem(8, n=40)
    frame, crit = frame_of(x), criteria_of(types, w)
    session = ScoringSession(frame, crit, sid)
    new_w = np.array([1, 2, 3, 4, 5], float)
    fast = session.rescore(new_w)
    fresh_crit = [Criterion.from_dict({**c.to_dict(), "weight": float(v)}) for c, v in zip(crit, new_w, strict=True)]
    pd.testing.assert_series_equal(fast.score, get_scorer(sid).score(frame, fresh_crit).score)


def test_session_rejects_bad_weights():
    session = ScoringSession(_unit_frame(), _unit_criteria(), "wlc")
    with pytest.raises(ParameterError):
        session.rescore([1, -1, 1])
    with pytest.raises(ParameterError):
        session.rescore([1, 1])
    with pytest.raises(Exception, match="all weights"):
        session.rescore([0, 0, 0])
    with pytest.raises(Exception, match="unknown indicator"):
        session.rescore({"zzz": 1})


def test_session_score_with_other_method_reuses_prepared():
    session = ScoringSession(_unit_frame(), _unit_criteria(), "wlc")
    wlc = session.score()
    owa = session.score_with("owa")
    assert owa.recipe["method"] == "owa"
    pd.testing.assert_series_equal(owa.score, wlc.score)  # alpha = 1
