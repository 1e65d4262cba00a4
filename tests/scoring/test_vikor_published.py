"""VIKOR on a published worked example.

Source
------
Papathanasiou, J. & Ploskas, N. (2018). "VIKOR". In *Multiple Criteria
Decision Aid: Methods, Examples and Python Implementations*, Springer
Optimization and Its Applications 136, pp. 31-55. Springer, Cham.
https://doi.org/10.1007/978-3-319-91648-4_2 -- numerical example of the
chapter: six alternatives, four benefit ("max") criteria, weights
(0.4, 0.3, 0.1, 0.2), ``v = (n + 1) / (2 n) = 0.625`` for n = 4 criteria.

The decision matrix, weights, ``v`` and the published Q values (3 decimals)
and ranking are taken as reproduced, with that citation, in the unit tests of
the pyrepo-mcda package (Wieckowski, Sałabun et al.):
https://github.com/energyinpython/pyrepo-mcda, ``tests/test_mcda_methods.py``
(``Test_VIKOR.test_vikor``: Q = 0.640, 1.000, 0.693, 0.271, 0.000, 0.694;
``Test_Rank_preferences``: ranking 3, 6, 4, 2, 1, 5); the same numbers appear
in the same authors' crispyn and objective-weighting packages.

What is and is not published here
---------------------------------
Q and the Q-ranking are the published values. The S and R values of the
chapter were not available to us in a citable form; the S and R asserted below
are *derived by hand* from the definitions (exact fractions, shown) and are
labelled as such -- they check our implementation against the textbook
formulas, not against the book's table.
"""
from __future__ import annotations

from fractions import Fraction as F

import numpy as np
import pandas as pd
import pytest

from smartzone.scoring import Criterion, Standardization, get_scorer
from smartzone.scoring.methods.vikor import compromise_set, vikor_q
from smartzone.scoring.result import rank_desc

# Papathanasiou & Ploskas (2018), ch. 2, numerical example (all criteria "max")
MATRIX = np.array(
    [
        [8, 7, 2, 1],
        [5, 3, 7, 5],
        [7, 5, 6, 4],
        [9, 9, 7, 3],
        [11, 10, 3, 7],
        [6, 9, 5, 4],
    ],
    dtype=float,
)
WEIGHTS = np.array([0.4, 0.3, 0.1, 0.2])
V = (4 + 1) / (2 * 4)  # = 0.625, the book's v = (n + 1) / 2n
# published (3 decimals) -- via pyrepo-mcda tests/test_mcda_methods.py
PUBLISHED_Q = np.array([0.640, 1.000, 0.693, 0.271, 0.000, 0.694])
PUBLISHED_RANK = [3, 6, 4, 2, 1, 5]  # 1 = best (lowest Q)

# Hand-derived (NOT published): f* = (11, 10, 7, 7), f- = (5, 3, 2, 1), spans (6, 7, 5, 6);
# w_j g_ij = w_j (f*_j - f_ij) / span_j, S = sum, R = max. E.g. A1: (0.4*3/6, 0.3*3/7,
# 0.1*5/5, 0.2*6/6) = (1/5, 9/70, 1/10, 1/5) -> S = 44/70, R = 1/5; A5: (0, 0, 0.1*4/5, 0).
_W = [F(2, 5), F(3, 10), F(1, 10), F(1, 5)]
_BEST, _SPAN = [11, 10, 7, 7], [6, 7, 5, 6]
_WG = [[w * F(b - int(x), s) for w, b, s, x in zip(_W, _BEST, _SPAN, row, strict=True)] for row in MATRIX]
HAND_S = np.array([float(sum(r)) for r in _WG])
HAND_R = np.array([float(max(r)) for r in _WG])


def test_hand_derived_s_r_values_are_what_the_fractions_say():
    # guard on the hand derivation itself (readable numbers for a reviewer)
    np.testing.assert_allclose(HAND_S, [44 / 70, 23 / 30, 631 / 1050, 13 / 42, 0.08, 271 / 525], rtol=1e-12)
    np.testing.assert_allclose(HAND_R, [0.2, 0.4, 4 / 15, 2 / 15, 0.08, 1 / 3], rtol=1e-12)


def test_vikor_q_reproduces_papathanasiou_ploskas_2018():
    q, s, r, _ = vikor_q(MATRIX, WEIGHTS, v=V)
    # published precision: 3 decimals
    assert np.round(q, 3).tolist() == PUBLISHED_Q.tolist()
    np.testing.assert_allclose(q, PUBLISHED_Q, atol=5e-4)
    # S and R against the hand derivation (exact)
    np.testing.assert_allclose(s, HAND_S, rtol=1e-12)
    np.testing.assert_allclose(r, HAND_R, rtol=1e-12)
    # published ranking by Q (ascending Q = descending 1 - Q)
    assert rank_desc(1.0 - q).tolist() == PUBLISHED_RANK


def test_vikor_compromise_solution_of_the_published_example():
    q, s, r, _ = vikor_q(MATRIX, WEIGHTS, v=V)
    # DQ = 1/(6-1) = 0.2; published Q: Q(A4) - Q(A5) = 0.271 >= 0.2 -> C1 holds;
    # A5 is also best by S and by R (hand-derived: 0.08 both) -> C2 holds: A5 alone.
    assert compromise_set(q, s, r) == ([4], True, True)


def test_vikor_scorer_end_to_end_on_the_published_example():
    codes = [f"A{i}" for i in range(1, 7)]
    frame = pd.DataFrame(MATRIX, index=codes, columns=["c1", "c2", "c3", "c4"])
    criteria = [
        Criterion(c, "benefit", Standardization("minmax"), float(w))
        for c, w in zip(frame.columns, WEIGHTS, strict=True)
    ]
    result = get_scorer("vikor", v=V).score(frame, criteria)
    # our score = 100 (1 - Q): published Q to 3 decimals -> score to 0.1 point
    np.testing.assert_allclose(result.score.to_numpy(), 100 * (1 - PUBLISHED_Q), atol=0.05)
    assert result.rank.tolist() == PUBLISHED_RANK
    assert result.diagnostics["compromise"] == ["A5"]
    assert result.diagnostics["acceptable_advantage"] is True
    assert result.diagnostics["acceptable_stability"] is True
    assert result.diagnostics["dq"] == pytest.approx(0.2)
    assert result.diagnostics["group_utility_S"] == pytest.approx([0.08, 23 / 30])
    assert result.diagnostics["individual_regret_R"] == pytest.approx([0.08, 0.4])
