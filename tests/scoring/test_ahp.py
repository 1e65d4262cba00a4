"""AHP: published worked example, consistency diagnostics, missing judgements, group AHP."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartzone.scoring.ahp import (
    RANDOM_INDEX,
    SAATY_SCALE,
    ahp_analysis,
    ahp_weights,
    group_ahp,
    snap_to_saaty,
)
from smartzone.scoring.errors import ParameterError

# Saaty's "relative wealth of nations" example: Saaty, T. L. (1977), J. Math. Psychology 15,
# 234-281, and Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, ch. 2. Published
# eigenvector .427 .230 .021 .052 .052 .123 .094; lambda_max = 7.61; CI = 0.10; CR = 0.08.
NATIONS = ["US", "USSR", "China", "France", "UK", "Japan", "W. Germany"]
WEALTH = [
    [1, 4, 9, 6, 6, 5, 5],
    [1 / 4, 1, 7, 5, 5, 3, 4],
    [1 / 9, 1 / 7, 1, 1 / 5, 1 / 5, 1 / 7, 1 / 5],
    [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
    [1 / 6, 1 / 5, 5, 1, 1, 1 / 3, 1 / 3],
    [1 / 5, 1 / 3, 7, 3, 3, 1, 2],
    [1 / 5, 1 / 4, 5, 3, 3, 1 / 2, 1],
]


def consistent(w: list[float]) -> np.ndarray:
    v = np.asarray(w, dtype=float)
    return v[:, None] / v[None, :]


def test_saaty_wealth_of_nations() -> None:
    res = ahp_analysis(WEALTH, labels=NATIONS)
    assert np.round(res.weights, 3).tolist() == [0.427, 0.230, 0.021, 0.052, 0.052, 0.123, 0.094]
    assert round(res.lambda_max, 2) == 7.61
    assert round(res.ci, 2) == 0.10
    assert round(res.cr, 2) == 0.08
    assert res.ri == 1.32 and res.consistent
    assert res.weights_by_label()["US"] == pytest.approx(0.427, abs=5e-4)
    w, cr = ahp_weights(WEALTH)
    assert w == pytest.approx(res.weights) and cr == pytest.approx(res.cr)


def test_dataframe_labels_and_to_dict() -> None:
    df = pd.DataFrame(WEALTH, index=NATIONS, columns=NATIONS)
    res = ahp_analysis(df)
    assert res.labels == tuple(NATIONS)
    d = res.to_dict()
    assert d["labels"] == NATIONS and len(d["matrix"]) == 7 and d["method"] == "eigenvector"


def test_random_index_table_saaty_1980() -> None:
    assert [RANDOM_INDEX[n] for n in range(1, 16)] == [
        0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59
    ]


def test_small_matrices() -> None:
    w, cr = ahp_weights([[1, 3], [1 / 3, 1]])
    assert w == pytest.approx([0.75, 0.25]) and cr == 0.0
    w, cr = ahp_weights([[1]])
    assert w == pytest.approx([1.0]) and cr == 0.0


def test_inconsistent_pair_named_and_repair_proposed() -> None:
    # consistent 8:4:2:1 judgements, except that A vs D was entered reversed (1/8 instead of 8)
    a = consistent([8, 4, 2, 1])
    a[0, 3], a[3, 0] = 1 / 8, 8
    res = ahp_analysis(a, labels=["A", "B", "C", "D"])
    assert res.cr > 0.10 and not res.consistent
    wp = res.worst_pair
    assert wp is not None
    assert (wp.i, wp.j, wp.labels) == (0, 3, ("A", "D"))
    assert wp.current == pytest.approx(1 / 8)
    assert wp.implied == pytest.approx(8.0)
    assert wp.suggested == 8.0 and wp.cr_after == pytest.approx(0.0, abs=1e-9)
    assert "A vs D = 1/8" in res.message() and "changing it to 8" in res.message()


def test_three_cycle_repair() -> None:
    # A > B (2), B > C (2) but C > A (4): the other two judgements imply A/B = 1/8
    res = ahp_analysis([[1, 2, 1 / 4], [1 / 2, 1, 2], [4, 1 / 2, 1]], labels=["A", "B", "C"])
    assert res.cr > 0.10
    wp = res.worst_pair
    assert wp is not None and wp.cr_after < res.cr
    assert wp.suggested in SAATY_SCALE


def test_snap_to_saaty() -> None:
    assert snap_to_saaty(2.9) == 3
    assert snap_to_saaty(0.3) == pytest.approx(1 / 3)
    assert snap_to_saaty(100) == 9
    assert snap_to_saaty(7.5) == 8  # nearer on the log scale
    with pytest.raises(ParameterError):
        snap_to_saaty(0)


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([[1, 2, 3], [0.5, 1, 2]], r"must be square, got shape \(2, 3\)"),
        ([[1, 2], [-0.5, 1]], r"row 2 \(B\), column 1 \(A\) is -0.5; comparisons must be positive"),
        ([[1, 3], [3, 1]], r"not reciprocal at row 1 \(A\), column 2 \(B\): a_ij = 3 and a_ji = 3"),
        ([[2, 3], [1 / 3, 1]], r"diagonal at row 1 \(A\), column 1 \(A\) must be 1"),
        ([[1, np.inf], [0, 1]], "comparisons must be positive"),
    ],
)
def test_validation_names_the_cell(matrix: list[list[float]], message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        ahp_analysis(matrix, labels=["A", "B"][: len(matrix)])


def test_too_many_criteria() -> None:
    with pytest.raises(ParameterError, match="at most 15 criteria"):
        ahp_analysis(np.ones((16, 16)))


def test_typed_decimals_accepted_and_made_reciprocal() -> None:
    res = ahp_analysis([[1, 3, 0.2], [0.333, 1, 0.14], [5, 7, 1]])
    m = res.matrix
    assert np.allclose(m * m.T, 1.0)
    with pytest.raises(ParameterError, match="not reciprocal"):
        ahp_analysis([[1, 3], [0.25, 1]])


# --------------------------------------------------------------------------- missing judgements


def test_harker_recovers_consistent_weights() -> None:
    w = np.array([0.4, 0.3, 0.2, 0.1])
    a = consistent(list(w))
    a[0, 2] = a[2, 0] = np.nan
    a[1, 3] = a[3, 1] = np.nan
    res = ahp_analysis(a)
    assert res.n_missing == 2
    assert res.weights == pytest.approx(w)
    assert res.cr == pytest.approx(0.0, abs=1e-9)
    assert res.matrix[0, 2] == pytest.approx(2.0)


def test_harker_three_criteria_fills_indirect_path() -> None:
    # with a_13 missing, the completed a_13 is the product over the only indirect path a_12 a_23
    res = ahp_analysis([[1, 3, np.nan], [1 / 3, 1, 2], [np.nan, 1 / 2, 1]])
    assert res.matrix[0, 2] == pytest.approx(6.0)
    assert res.cr == pytest.approx(0.0, abs=1e-9)


def test_harker_completed_matrix_shares_eigenvector() -> None:
    a = np.array(WEALTH, dtype=float)
    a[0, 4] = a[4, 0] = np.nan
    a[2, 6] = a[6, 2] = np.nan
    res = ahp_analysis(a)
    assert res.matrix @ res.weights == pytest.approx(res.lambda_max * res.weights)
    assert res.weights == pytest.approx(ahp_analysis(WEALTH).weights, abs=0.02)


def test_one_sided_entry_filled_with_reciprocal() -> None:
    res = ahp_analysis([[1, 4], [np.nan, 1]])
    assert res.weights == pytest.approx([0.8, 0.2]) and res.n_missing == 0


def test_unlinked_criteria_rejected() -> None:
    a = np.full((4, 4), np.nan)
    np.fill_diagonal(a, 1)
    a[0, 1], a[2, 3] = 2, 3
    with pytest.raises(ParameterError, match=r"do not link all criteria: \{A, B\}; \{C, D\}"):
        ahp_analysis(a, labels=list("ABCD"))


# --------------------------------------------------------------------------- group AHP


def test_group_aij_is_cellwise_geometric_mean() -> None:
    e1 = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]
    e2 = [[1, 1, 3], [1, 1, 4], [1 / 3, 1 / 4, 1]]
    g = group_ahp([e1, e2], method="aij", labels=["x", "y", "z"])
    gm = np.sqrt(np.array(e1) * np.array(e2))
    ref = ahp_analysis(gm)
    assert g.weights == pytest.approx(ref.weights)
    assert g.cr == pytest.approx(ref.cr)
    assert g.method == "aij" and len(g.individual) == 2
    assert g.individual[0].weights == pytest.approx(ahp_analysis(e1).weights)


def test_group_aip_is_normalised_geometric_mean_of_priorities() -> None:
    e1 = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]
    e2 = [[1, 1, 3], [1, 1, 4], [1 / 3, 1 / 4, 1]]
    g = group_ahp([e1, e2], method="aip")
    w1, cr1 = ahp_weights(e1)
    w2, cr2 = ahp_weights(e2)
    gm = np.sqrt(w1 * w2)
    assert g.weights == pytest.approx(gm / gm.sum())
    assert g.cr == pytest.approx(max(cr1, cr2))


def test_group_expert_weights_and_missing_judgements() -> None:
    e1 = consistent([0.5, 0.3, 0.2])
    e2 = consistent([0.2, 0.3, 0.5])
    g = group_ahp([e1, e2], expert_weights=[1, 0])
    assert g.weights == pytest.approx([0.5, 0.3, 0.2])
    # expert 2 skipped the (1, 3) comparison: AIJ uses expert 1's judgement alone there
    e2m = e2.copy()
    e2m[0, 2] = e2m[2, 0] = np.nan
    g = group_ahp([e1, e2m], method="aij")
    assert g.matrix[0, 2] == pytest.approx(e1[0, 2])
    assert np.isfinite(g.weights).all() and g.weights.sum() == pytest.approx(1.0)


def test_group_aligns_labelled_matrices() -> None:
    labels = ["jobs", "ict", "land"]
    e1 = pd.DataFrame(consistent([0.5, 0.3, 0.2]), index=labels, columns=labels)
    shuffled = ["land", "jobs", "ict"]
    e2 = e1.loc[shuffled, shuffled]
    g = group_ahp([e1, e2])
    assert g.labels == tuple(labels)
    assert g.weights == pytest.approx([0.5, 0.3, 0.2])
    other = pd.DataFrame(np.ones((3, 3)), index=["a", "b", "c"], columns=["a", "b", "c"])
    with pytest.raises(ParameterError, match="expert 2: criteria"):
        group_ahp([e1, other])


def test_group_validation() -> None:
    with pytest.raises(ParameterError, match="expert 2: matrix is 2 x 2, expected 3 x 3"):
        group_ahp([np.ones((3, 3)), np.ones((2, 2))])
    with pytest.raises(ParameterError, match="expert 2: matrix is not reciprocal"):
        group_ahp([np.ones((2, 2)), [[1, 2], [2, 1]]])
    with pytest.raises(ParameterError, match="method must be 'aij' or 'aip'"):
        group_ahp([np.ones((2, 2))], method="mean")  # type: ignore[arg-type]
    with pytest.raises(ParameterError, match="list of matrices"):
        group_ahp(np.ones((2, 2)))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

scale = st.sampled_from(SAATY_SCALE)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(3, 9), data=st.data())
def test_random_reciprocal_matrices(n: int, data: st.DataObject) -> None:
    a = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            v = data.draw(scale)
            a[i, j], a[j, i] = v, 1 / v
    res = ahp_analysis(a)
    assert res.weights.sum() == pytest.approx(1.0) and np.all(res.weights > 0)
    assert res.lambda_max >= n - 1e-9
    assert res.cr == pytest.approx((res.lambda_max - n) / (n - 1) / RANDOM_INDEX[n], abs=1e-9)
    if res.worst_pair is not None:
        assert res.worst_pair.suggested in SAATY_SCALE


@settings(max_examples=40, deadline=None)
@given(w=st.lists(st.floats(0.01, 1.0), min_size=3, max_size=12))
def test_consistent_matrices_recover_weights(w: list[float]) -> None:
    res = ahp_analysis(consistent(w))
    v = np.array(w) / sum(w)
    assert res.weights == pytest.approx(v, rel=1e-6)
    assert res.cr == pytest.approx(0.0, abs=1e-8) and res.consistent
