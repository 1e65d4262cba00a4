"""Scoring under hostile numbers and misbehaving plugins: clear errors, notes, no corruption."""
from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest

from smartzone.scoring import Criterion, ScoringSession, get_scorer
from smartzone.scoring.ahp import ahp_weights
from smartzone.scoring.errors import ParameterError, PluginError, SmartZoneError
from smartzone.scoring.registry import GuardedScorer, ScorerInfo


def _matrix() -> pd.DataFrame:
    codes = [f"{11010 + 10 * i}" for i in range(10)]
    return pd.DataFrame({"a": np.arange(10.0), "b": [3.0, 1, 4, 1, 5, 9, 2, 6, 5, 3], "c": np.full(10, 3.0)},
                        index=pd.Index(codes, name="code"))


@pytest.mark.parametrize("value", [1e300, 1e-300])
def test_extreme_ahp_judgements_are_a_clear_error(value):
    m = np.array([[1, value, 3], [1 / value, 1, 2], [1 / 3, 1 / 2, 1]])
    with pytest.raises(ParameterError, match="Saaty"):
        ahp_weights(m)


def test_huge_weights_do_not_overflow():
    crit = [Criterion("a", weight=1e308), Criterion("b", weight=1e308)]
    result = ScoringSession(_matrix(), crit, get_scorer("wlc")).score()
    scores = result.score.to_numpy()
    assert np.isfinite(scores).all() and np.ptp(scores) > 1
    assert result.rank.nunique() > 1


def test_constant_criterion_and_imputed_values_are_noted():
    m = _matrix()
    m.loc[m.index[:3], "a"] = np.nan
    crit = [Criterion("a", weight=1, missing="median"), Criterion("c", weight=1)]
    result = ScoringSession(m, crit, get_scorer("wlc")).score()
    notes = " | ".join(result.diagnostics["notes"])
    assert "c: every valid district has the same value" in notes
    assert "a: 3 scored district(s) have no value; it was filled with the median" in notes


class _Plugin:
    id = "hostile"

    def __init__(self, action):
        self.action = action

    def get_params(self):
        return {}

    def score(self, matrix, criteria):
        self.action(matrix)
        return get_scorer("wlc").score(matrix, criteria)


def _guarded(action) -> GuardedScorer:
    return GuardedScorer(_Plugin(action), ScorerInfo("hostile", _Plugin, "evil-dist", "evil:Plugin", False))


def _exit(_m):
    sys.exit(3)


def _interrupt(_m):
    raise KeyboardInterrupt


def _system_exit(_m):
    raise SystemExit("bye")


@pytest.mark.parametrize("action", [_exit, _interrupt, _system_exit])
def test_a_plugin_cannot_stop_smartzone(action):
    crit = [Criterion("a"), Criterion("b")]
    with pytest.raises(PluginError, match="tried to stop SmartZone") as info:
        _guarded(action).score(_matrix(), crit)
    assert isinstance(info.value, SmartZoneError)


def test_a_plugin_cannot_change_the_data_of_later_scores():
    m = _matrix()
    crit = [Criterion("a"), Criterion("b")]
    before = get_scorer("wlc").score(m, crit).score.copy()

    def vandal(matrix):
        matrix.iloc[:, :] = 0.0
        matrix["a"] = -1.0

    with pytest.raises(PluginError, match="recipe method"):  # its result is refused too
        _guarded(vandal).score(m, crit)
    pd.testing.assert_frame_equal(m, _matrix())
    pd.testing.assert_series_equal(get_scorer("wlc").score(m, crit).score, before)
