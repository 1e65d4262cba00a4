"""Grid-level suitability on a stack of raster cells."""
from __future__ import annotations

import numpy as np
import pytest

from smartzone.scoring.errors import CriteriaError
from smartzone.scoring.grid import GridSuitability
from smartzone.scoring.model import Criterion, Standardization


def _bands(shape=(60, 80)):
    rng = np.random.default_rng(3)
    slope = rng.uniform(0, 30, shape)           # degrees, lower is better
    urban = rng.uniform(0, 1, shape)            # fraction, higher is better
    return {"slope": slope, "urban": urban}


def _by_hand(bands, w_slope, w_urban):
    s, u = bands["slope"], bands["urban"]
    vs = 1 - (s - s.min()) / (s.max() - s.min())
    vu = (u - u.min()) / (u.max() - u.min())
    return 100 * (w_slope * vs + w_urban * vu) / (w_slope + w_urban)


def test_grid_wlc_equals_the_hand_computed_weighted_sum() -> None:
    bands = _bands()
    crit = [Criterion("slope", "cost", weight=3), Criterion("urban", "benefit", weight=1)]
    out = GridSuitability(bands, crit).score()
    assert out.grid.shape == (60, 80) and out.grid.dtype == np.float32
    np.testing.assert_allclose(out.grid, _by_hand(bands, 3, 1), rtol=1e-5, atol=1e-4)


def test_rescore_changes_only_weights_and_matches_a_fresh_score() -> None:
    bands = _bands()
    crit = [Criterion("slope", "cost", weight=1), Criterion("urban", weight=1)]
    grid = GridSuitability(bands, crit)
    grid.score()
    again = grid.rescore({"slope": 0.2, "urban": 0.8})
    np.testing.assert_allclose(again.grid, _by_hand(bands, 0.2, 0.8), rtol=1e-5, atol=1e-4)


def test_masked_and_excluded_cells_are_nan() -> None:
    bands = _bands((10, 10))
    bands["urban"][0, 0] = np.nan
    valid = np.ones((10, 10), dtype=bool)
    valid[9, :] = False  # e.g. sea
    crit = [
        Criterion("slope", "cost", constraints=()),
        Criterion("urban", missing="exclude", standardization=Standardization("minmax")),
    ]
    out = GridSuitability(bands, crit, valid=valid).score()
    assert np.isnan(out.grid[9]).all()
    assert np.isnan(out.grid[0, 0])
    assert np.isfinite(out.grid[1:9]).all()
    assert set(out.result.excluded) == {"0"}  # flat cell number of (0, 0)


def test_bands_of_different_shapes_are_refused() -> None:
    with pytest.raises(CriteriaError, match="one shape"):
        GridSuitability({"a": np.zeros((3, 3)), "b": np.zeros((3, 4))}, [Criterion("a")])


@pytest.mark.parametrize("scorer", ["wlc", "wpm", "owa"])
def test_window_scoring_equals_the_engine_cell_for_cell(scorer) -> None:
    """GridPlan.score_window skips the engine's per-district bookkeeping but not its numbers."""
    from smartzone.scoring.grid import GridPlan
    from smartzone.scoring.model import Constraint

    bands = _bands()
    bands["urban"][3, 4] = np.nan
    for crit in (
        [Criterion("slope", "cost", weight=3), Criterion("urban", "benefit", weight=1, missing="zero")],  # all valid
        [Criterion("slope", "cost", Standardization("fuzzy_linear"), weight=3,
                   constraints=(Constraint(">", 25.0),)),
         Criterion("urban", "benefit", weight=1, missing="exclude")],
    ):
        plan = GridPlan(crit, scorer)
        refs = plan.references(plan.summarize(bands))
        got = plan.score_window(bands, refs)
        expected = GridSuitability(bands, crit, scorer).score().grid
        np.testing.assert_array_equal(got, expected)
