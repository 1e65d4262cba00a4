"""Property tests (hypothesis) over the built-in methods."""
from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy.stats import rankdata

from smartzone.scoring import Criterion, get_scorer

FAST_METHODS = ["wlc", "wpm", "owa", "fuzzy_and", "fuzzy_or", "topsis", "vikor"]
PROFILE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def problems(draw, min_n=2, max_n=25, max_k=6):
    n = draw(st.integers(min_n, max_n))
    k = draw(st.integers(1, max_k))
    # values on a coarse grid so that ties happen
    x = draw(arrays(np.float64, (n, k), elements=st.integers(0, 20).map(float)))
    weights = draw(st.lists(st.floats(0.01, 10.0), min_size=k, max_size=k))
    directions = draw(st.lists(st.sampled_from(["benefit", "cost"]), min_size=k, max_size=k))
    frame = pd.DataFrame(x, index=[f"{11010 + 10 * i}" for i in range(n)], columns=[f"i{j}" for j in range(k)])
    criteria = [Criterion(f"i{j}", d, weight=w) for j, (d, w) in enumerate(zip(directions, weights, strict=True))]
    return frame, criteria


@PROFILE
@given(problem=problems(), method=st.sampled_from(FAST_METHODS), alpha=st.floats(0.0, 20.0))
def test_scores_in_range_and_ranks_are_min_tie_permutation(problem, method, alpha):
    frame, criteria = problem
    scorer = get_scorer(method, alpha=alpha) if method == "owa" else get_scorer(method)
    result = scorer.score(frame, criteria)
    s = result.score.to_numpy()
    assert np.isfinite(s).all() and (s >= -1e-9).all() and (s <= 100 + 1e-9).all()
    r = result.rank.to_numpy(dtype=np.int64)
    # "min" ties on the scores, where scores within floating-point noise tie (TIE_TOLERANCE)
    noise = 1e-9 * max(1.0, np.abs(s).max())
    clearly_better = s[:, None] > s[None, :] + len(s) * noise
    assert (r[:, None] < r[None, :])[clearly_better].all()
    assert (r[:, None] == r[None, :])[np.abs(s[:, None] - s[None, :]) <= 1e-15].all()
    np.testing.assert_array_equal(r, rankdata(r, method="min").astype(np.int64))
    exact = rankdata(-s, method="min").astype(np.int64)
    assert (r <= exact).all()  # noise ties only ever merge ranks upwards
    assert r.min() == 1 and r.max() <= len(s)
    np.testing.assert_allclose(result.contributions.sum(axis=1).to_numpy(), s, atol=1e-7)


@PROFILE
@given(problem=problems(), method=st.sampled_from(FAST_METHODS), data=st.data())
def test_invariant_to_criterion_order(problem, method, data):
    frame, criteria = problem
    perm = data.draw(st.permutations(range(len(criteria))))
    a = get_scorer(method).score(frame, criteria)
    b = get_scorer(method).score(frame, [criteria[i] for i in perm])
    np.testing.assert_allclose(a.score.to_numpy(), b.score.to_numpy(), atol=1e-9)
    cols = list(a.contributions.columns)
    np.testing.assert_allclose(a.contributions.to_numpy(), b.contributions[cols].to_numpy(), atol=1e-7)


@PROFILE
@given(problem=problems(min_n=2), data=st.data())
def test_wlc_monotone_in_a_benefit_criterion(problem, data):
    frame, criteria = problem
    benefit = [j for j, c in enumerate(criteria) if c.direction == "benefit"]
    if not benefit:
        criteria = [Criterion(criteria[0].indicator, "benefit", weight=criteria[0].weight), *criteria[1:]]
        benefit = [0]
    j = data.draw(st.sampled_from(benefit))
    i = data.draw(st.integers(0, len(frame) - 1))
    bump = data.draw(st.floats(0.0, 50.0))
    before = get_scorer("wlc").score(frame, criteria).score.iloc[i]
    raised = frame.copy()
    raised.iloc[i, j] += bump
    after = get_scorer("wlc").score(raised, criteria).score.iloc[i]
    assert after >= before - 1e-9


@PROFILE
@given(problem=problems(min_n=3), method=st.sampled_from(FAST_METHODS))
def test_scaling_all_weights_changes_nothing(problem, method):
    frame, criteria = problem
    a = get_scorer(method).score(frame, criteria)
    scaled = [Criterion.from_dict({**c.to_dict(), "weight": c.weight * 3.5}) for c in criteria]
    b = get_scorer(method).score(frame, scaled)
    np.testing.assert_allclose(a.score.to_numpy(), b.score.to_numpy(), atol=1e-9)
