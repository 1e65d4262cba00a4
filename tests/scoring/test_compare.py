"""Comparing two rankings."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from smartzone.scoring import Criterion, ParameterError, ScoringSession, compare_rankings


def test_identical_and_reversed_rankings():
    a = pd.Series([1, 2, 3, 4, 5], index=list("abcde"), name="x")
    same = compare_rankings(a, a, top_k=2)
    assert same.spearman == pytest.approx(1.0) and same.kendall == pytest.approx(1.0)
    assert (same.overlap, same.jaccard) == (2, 1.0)
    assert same.only_in_a == [] and same.only_in_b == []
    rev = compare_rankings(a, pd.Series([5, 4, 3, 2, 1], index=list("abcde")), top_k=2)
    assert rev.spearman == pytest.approx(-1.0) and rev.kendall == pytest.approx(-1.0)
    assert rev.overlap == 0 and rev.jaccard == 0.0
    assert rev.only_in_a == ["a", "b"] and rev.only_in_b == ["e", "d"]


def test_rank_changes_and_top_k_by_hand():
    a = pd.Series([1, 2, 3, 4, 5, 6], index=list("abcdef"))
    b = pd.Series([2, 1, 5, 3, 4, 6], index=list("abcdef"))
    cmp = compare_rankings(a, b, top_k=3, labels=("WLC", "TOPSIS"))
    # change = rank_a - rank_b: d moves up one (4 -> 3), c down two (3 -> 5)
    assert cmp.ranks["change"].to_dict() == {"a": -1, "b": 1, "c": -2, "d": 1, "e": 1, "f": 0}
    assert cmp.rank_change.index[0] == "c"
    assert cmp.overlap == 2 and cmp.jaccard == pytest.approx(2 / 4)
    assert cmp.only_in_a == ["c"] and cmp.only_in_b == ["d"]
    assert cmp.spearman == pytest.approx(stats.spearmanr(a, b).statistic)
    assert cmp.kendall == pytest.approx(stats.kendalltau(a, b).statistic)
    assert cmp.to_dict()["labels"] == ["WLC", "TOPSIS"]


def test_compare_score_results_with_excluded_districts():
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(rng.random((30, 3)), index=[f"{i:05d}" for i in range(30)], columns=list("abc"))
    frame.iloc[0, 0] = np.nan
    crit = [Criterion("a", missing="exclude"), Criterion("b", "cost"), Criterion("c")]
    session = ScoringSession(frame, crit, "wlc")
    wlc = session.score()
    topsis = session.score_with("topsis")
    cmp = compare_rankings(wlc, topsis, top_k=5)
    assert cmp.labels == ("wlc", "topsis")
    assert cmp.n_common == 29
    assert cmp.ranks.loc["00000"].isna().all()
    assert 0.5 < cmp.spearman <= 1.0
    assert cmp.overlap + len(cmp.only_in_a) == 5


def test_compare_degenerate_inputs():
    a = pd.Series([1, 2], index=["x", "y"])
    cmp = compare_rankings(a, a)
    assert math.isnan(cmp.spearman) and cmp.n_common == 2
    with pytest.raises(ParameterError, match="ScoreResult objects or rank Series"):
        compare_rankings([1, 2], a)  # type: ignore[arg-type]
    with pytest.raises(ParameterError, match="'top_k' parameter"):
        compare_rankings(a, a, top_k=0)
