"""Weighting schemes: direct, equal, rank order (ROC, rank sum, reciprocal), entropy."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from smartzone.scoring.errors import CriteriaError, ParameterError
from smartzone.scoring.weights import (
    WEIGHTING_METHODS,
    compute_weights,
    direct_weights,
    entropy_weights,
    equal_weights,
    normalize_weights,
    rank_weights,
)


def test_direct_and_equal() -> None:
    assert direct_weights([20, 30, 50]) == pytest.approx([0.2, 0.3, 0.5])
    assert direct_weights([0, 2, 2]) == pytest.approx([0, 0.5, 0.5])
    assert equal_weights(4) == pytest.approx([0.25] * 4)
    with pytest.raises(ParameterError, match="n must be an integer >= 1"):
        equal_weights(0)


def test_normalize_errors_name_the_criterion() -> None:
    with pytest.raises(ParameterError, match=r"weight of criterion 'vacancy' must be >= 0, got -1"):
        normalize_weights([1, -1], names=["pop", "vacancy"])
    with pytest.raises(ParameterError, match="must be a finite number"):
        normalize_weights([1, float("nan")])
    with pytest.raises(CriteriaError, match="all weights are zero"):
        normalize_weights([0, 0])
    with pytest.raises(CriteriaError, match="no weights"):
        normalize_weights([])


def test_roc_barron_barrett_1996() -> None:
    # Barron & Barrett (1996), Management Science 42(11), Table 1: ROC weights for n = 4:
    # 0.5208, 0.2708, 0.1458, 0.0625.
    assert rank_weights([1, 2, 3, 4], method="roc") == pytest.approx(
        [0.5208, 0.2708, 0.1458, 0.0625], abs=1e-4
    )
    # criterion order does not matter, only the ranks
    assert rank_weights([3, 1, 4, 2]) == pytest.approx([0.1458, 0.5208, 0.0625, 0.2708], abs=1e-4)


def test_rank_sum_and_reciprocal_stillwell_1981() -> None:
    # Stillwell, Seaver & Edwards (1981): rank sum 2(n+1-r)/(n(n+1)); reciprocal (1/r)/sum(1/i)
    assert rank_weights([1, 2, 3, 4], method="rank_sum") == pytest.approx([0.4, 0.3, 0.2, 0.1])
    h = 1 + 1 / 2 + 1 / 3 + 1 / 4
    assert rank_weights([1, 2, 3, 4], method="rank_reciprocal") == pytest.approx(
        [1 / h, 0.5 / h, (1 / 3) / h, 0.25 / h]
    )


def test_rank_ties_share_positions() -> None:
    w = rank_weights([1, 2, 2, 4], method="rank_sum")
    assert w == pytest.approx([0.4, 0.25, 0.25, 0.1])
    with pytest.raises(ParameterError, match="rank method must be"):
        rank_weights([1, 2], method="borda")  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(
    ranks=st.lists(st.integers(1, 8), min_size=1, max_size=10),
    method=st.sampled_from(["roc", "rank_sum", "rank_reciprocal"]),
)
def test_rank_weights_sum_to_one_and_respect_order(ranks: list[int], method: str) -> None:
    w = rank_weights(ranks, method=method)  # type: ignore[arg-type]
    assert w.sum() == pytest.approx(1.0)
    r = np.array(ranks)
    for i in range(len(r)):
        for j in range(len(r)):
            if r[i] < r[j]:
                assert w[i] > w[j]
            elif r[i] == r[j]:
                assert w[i] == pytest.approx(w[j])


def test_entropy_hand_example() -> None:
    # column 1 constant -> e = 1, d = 0; column 2 [1, 3]: p = (1/4, 3/4),
    # e = -(1/4 ln 1/4 + 3/4 ln 3/4) / ln 2; column 3 [0, 2]: p = (0, 1), e = 0, d = 1.
    x = np.array([[1.0, 1.0, 0.0], [1.0, 3.0, 2.0]])
    e2 = -(0.25 * math.log(0.25) + 0.75 * math.log(0.75)) / math.log(2)
    d = np.array([0.0, 1 - e2, 1.0])
    assert entropy_weights(x) == pytest.approx(d / d.sum())


def test_entropy_matches_pymcdm_on_positive_matrices() -> None:
    pymcdm_weights = pytest.importorskip("pymcdm.weights")
    rng = np.random.default_rng(7)
    x = rng.uniform(0.05, 1.0, size=(50, 6))
    x[:, 2] **= 4  # more diverse column -> higher weight
    assert entropy_weights(x) == pytest.approx(pymcdm_weights.entropy_weights(x), rel=1e-10)
    assert int(np.argmax(entropy_weights(x))) == 2


def test_entropy_edge_cases() -> None:
    assert entropy_weights(np.ones((5, 3))) == pytest.approx([1 / 3] * 3)
    x = np.array([[0.1, np.nan], [0.5, 0.2], [0.9, 0.4], [0.3, 0.1]])
    assert entropy_weights(x) == pytest.approx(entropy_weights(x[1:]))
    with pytest.raises(ParameterError, match="non-negative"):
        entropy_weights(np.array([[1.0, -1.0], [1.0, 2.0]]))
    with pytest.raises(ParameterError, match="at least two districts"):
        entropy_weights(np.array([[1.0, 2.0]]))


@settings(max_examples=40, deadline=None)
@given(x=arrays(np.float64, st.tuples(st.integers(2, 30), st.integers(1, 6)), elements=st.floats(0, 1)))
def test_entropy_is_a_weight_vector(x: np.ndarray) -> None:
    w = entropy_weights(x)
    assert np.all(w >= 0) and w.sum() == pytest.approx(1.0)


def test_compute_weights_dispatch() -> None:
    assert set(WEIGHTING_METHODS) == {
        "direct", "equal", "roc", "rank_sum", "rank_reciprocal", "entropy", "critic", "ahp"
    }
    assert compute_weights("direct", weights=[1, 3]) == pytest.approx([0.25, 0.75])
    assert compute_weights("equal", n=2) == pytest.approx([0.5, 0.5])
    assert compute_weights("rank_sum", ranks=[2, 1]) == pytest.approx([1 / 3, 2 / 3])
    assert compute_weights("ahp", pairwise=[[1, 3], [1 / 3, 1]]) == pytest.approx([0.75, 0.25])
    x = np.array([[0.0, 1.0], [1.0, 1.0]])
    assert compute_weights("entropy", matrix=x) == pytest.approx([1.0, 0.0])
    with pytest.raises(ParameterError, match="'roc' needs ranks"):
        compute_weights("roc")
    with pytest.raises(ParameterError, match="unknown weighting method 'swing'"):
        compute_weights("swing")
