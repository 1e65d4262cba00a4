"""Monte-Carlo weight perturbation and one-at-a-time sweeps."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from smartzone.scoring import Criterion, ParameterError, ScoringSession, monte_carlo, one_at_a_time
from smartzone.scoring.result import rank_desc
from smartzone.scoring.sensitivity import dirichlet_weights, sweep_weights


def make_session(n=200, k=5, method="wlc", seed=0, **params):
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(rng.random((n, k)), index=[f"{11000 + i}" for i in range(n)],
                         columns=[f"c{j}" for j in range(k)])
    crit = [Criterion(f"c{j}", "benefit" if j % 2 == 0 else "cost", weight=float(j + 1)) for j in range(k)]
    from smartzone.scoring import get_scorer

    return ScoringSession(frame, crit, get_scorer(method, **params))


def test_dirichlet_weights_centre_spread_and_zero_weights():
    rng = np.random.default_rng(0)
    base = np.array([0.5, 0.3, 0.2, 0.0])
    w = dirichlet_weights(base, 20000, 50.0, rng)
    np.testing.assert_allclose(w.sum(axis=1), 1.0)
    np.testing.assert_allclose(w.mean(axis=0), base, atol=3e-3)
    # sd of weight j = sqrt(w_j (1 - w_j) / (c + 1))
    np.testing.assert_allclose(w.std(axis=0)[:3], np.sqrt(base[:3] * (1 - base[:3]) / 51), rtol=0.05)
    assert (w[:, 3] == 0).all()


def test_monte_carlo_probabilities_and_intervals():
    session = make_session()
    mc = monte_carlo(session, n_runs=500, concentration=30, top_k=10, seed=1)
    assert mc.p_top_k.between(0, 1).all()
    # every run has exactly 10 districts in its top 10 (continuous data: no ties)
    assert mc.p_top_k.sum() == pytest.approx(10.0)
    assert (mc.rank_p05 <= mc.rank_median).all() and (mc.rank_median <= mc.rank_p95).all()
    base = session.score().rank
    assert mc.base_rank.equals(base.astype("int64"))
    best = base.idxmin()
    assert mc.p_top_k[best] > 0.5
    assert mc.weights.shape == (500, 5)
    # same seed, same answer; another seed, other weights
    again = monte_carlo(session, n_runs=500, concentration=30, top_k=10, seed=1)
    pd.testing.assert_series_equal(again.p_top_k, mc.p_top_k)
    assert not monte_carlo(session, n_runs=500, concentration=30, seed=2).weights.equals(mc.weights)
    frame = mc.to_frame()
    assert list(frame.columns) == ["base_rank", "p_top_k", "rank_p05", "rank_median", "rank_p95"]


def test_monte_carlo_high_concentration_reproduces_base_ranking():
    session = make_session()
    mc = monte_carlo(session, n_runs=50, concentration=1e9, top_k=5)
    base = session.score().rank
    assert ((base <= 5) == (mc.p_top_k == 1.0)).all()
    # only near-tied neighbours can swap under such tiny perturbations
    assert (mc.rank_p95 - mc.rank_p05).max() <= 1
    assert (mc.rank_median - mc.base_rank).abs().max() <= 1


def test_monte_carlo_vectorised_wlc_equals_scorer_loop():
    session = make_session(n=80)
    mc = monte_carlo(session, n_runs=40, concentration=20, top_k=8, seed=3)
    assert mc.info["vectorised"]
    expected = np.array([rank_desc(session.rescore(w).score.to_numpy()) for w in mc.weights.to_numpy()])
    np.testing.assert_array_equal((expected <= 8).mean(axis=0), mc.p_top_k.to_numpy())


@pytest.mark.parametrize("method", ["topsis", "vikor", "owa"])
def test_monte_carlo_falls_back_to_scorer_loop(method):
    session = make_session(n=60, method=method, **({"alpha": 2.0} if method == "owa" else {}))
    mc = monte_carlo(session, n_runs=30, top_k=5, seed=0)
    assert not mc.info["vectorised"]
    expected = np.array([rank_desc(session.rescore(w).score.to_numpy()) for w in mc.weights.to_numpy()])
    np.testing.assert_array_equal((expected <= 5).mean(axis=0), mc.p_top_k.to_numpy())


def test_sensitivity_refuses_methods_without_weights():
    with pytest.raises(ParameterError, match="does not use criterion weights"):
        monte_carlo(make_session(method="fuzzy_and"), n_runs=10)
    with pytest.raises(ParameterError, match="does not use criterion weights"):
        one_at_a_time(make_session(method="fuzzy_or"))
    with pytest.raises(ParameterError, match="'concentration' parameter of monte_carlo must be a float > 0"):
        monte_carlo(make_session(), concentration=0)


def test_monte_carlo_1000_runs_on_3501_districts_is_consistent():
    # Speed is measured in bench/bench_scoring.py; here the full-size run must be coherent.
    session = make_session(n=3501, k=12)
    session.score()
    mc = monte_carlo(session, n_runs=1000, top_k=10)
    assert mc.n_runs == 1000 and mc.weights.shape == (1000, 12)
    # Each run puts exactly k districts in the top k (no ties in continuous random data).
    assert mc.p_top_k.sum() == pytest.approx(10.0)
    assert ((mc.rank_p05 >= 1) & (mc.rank_p95 <= 3501) & (mc.rank_p05 <= mc.rank_p95)).all()


def test_sweep_weights_rescales_others_proportionally():
    base = np.array([0.5, 0.3, 0.2])
    w = sweep_weights(base, 0, np.array([0.0, 0.5, 1.0]))
    np.testing.assert_allclose(w, [[0, 0.6, 0.4], [0.5, 0.3, 0.2], [1.0, 0, 0]])
    only = sweep_weights(np.array([1.0, 0.0, 0.0]), 0, np.array([0.5]))
    np.testing.assert_allclose(only, [[0.5, 0.25, 0.25]])


def test_one_at_a_time_endpoints_and_stable_range():
    session = make_session(n=100)
    oat = one_at_a_time(session, steps=11, top_k=10)
    assert list(oat.ranks) == list(session.indicators)
    values = session.valid_values
    # weight 1 on c0: ranking by c0 alone
    r_c0 = oat.ranks["c0"][1.0].to_numpy()
    np.testing.assert_array_equal(r_c0, rank_desc(values[:, 0]))
    # weight 0 on c0: ranking by the others in their proportions
    w = session.weights.copy()
    w[0] = 0
    np.testing.assert_array_equal(oat.ranks["c0"][0.0].to_numpy(), rank_desc(values @ (w / w.sum())))
    for name, (lo, hi) in oat.stable_range.items():
        assert lo <= oat.base_weights[name] + 0.05 + 1e-9 and hi >= oat.base_weights[name] - 0.05 - 1e-9
    assert oat.in_top_k["c2"].sum().eq(10).all()


class StubFeedback:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.progress: list[float] = []
        self.cancel_after = cancel_after

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_canceled(self) -> bool:
        return self.cancel_after is not None and len(self.progress) >= self.cancel_after

    def info(self, message: str) -> None:
        pass


def test_monte_carlo_from_matrix_with_feedback_and_cancel():
    from smartzone.scoring.sensitivity import SensitivityCancelled

    session = make_session(n=300)
    fb = StubFeedback()
    direct = monte_carlo(session.matrix, session.criteria, "wlc", n_runs=200, seed=4, feedback=fb)
    via_session = monte_carlo(session, n_runs=200, seed=4)
    pd.testing.assert_series_equal(direct.p_top_k, via_session.p_top_k)
    assert fb.progress and fb.progress[-1] == pytest.approx(100.0)
    loop = make_session(n=50, method="topsis")
    with pytest.raises(SensitivityCancelled):
        monte_carlo(loop, n_runs=300, feedback=StubFeedback(cancel_after=2))
    oat = one_at_a_time(session.matrix, session.criteria, "wlc", steps=5, feedback=StubFeedback())
    assert oat.grid.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
