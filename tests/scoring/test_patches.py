"""Locate Regions on a grid: best patches, checked against enumeration of every placement."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from smartzone.scoring.errors import ParameterError
from smartzone.scoring.patches import locate_patches, patch_kernel


def _brute_best(grid: np.ndarray, kernel: np.ndarray, mask: np.ndarray) -> tuple[float, int, int]:
    kh, kw = kernel.shape
    best = (-np.inf, -1, -1)
    for r, c in itertools.product(range(grid.shape[0] - kh + 1), range(grid.shape[1] - kw + 1)):
        win = grid[r : r + kh, c : c + kw][kernel]
        ok = mask[r : r + kh, c : c + kw][kernel]
        if np.isfinite(win).all() and ok.all():
            best = max(best, (float(win.mean()), r, c), key=lambda t: t[0])
    return best


@pytest.mark.parametrize("shape", ["square", "circle"])
def test_best_patch_equals_enumeration(shape: str) -> None:
    rng = np.random.default_rng(5)
    grid = rng.uniform(0, 100, (40, 50))
    grid[rng.random(grid.shape) < 0.05] = np.nan
    mask = np.ones(grid.shape, bool)
    mask[:, 40:] = False
    kernel = patch_kernel(13, shape)
    got = locate_patches(grid, cells=13, shape=shape, count=3, gap=2, mask=mask)
    mean, r, c = _brute_best(grid, kernel, mask)
    assert (got[0].row, got[0].col) == (r, c) and got[0].mean == pytest.approx(mean, rel=1e-9)
    assert [p.mean for p in got] == sorted((p.mean for p in got), reverse=True) and len(got) == 3
    for a, b in itertools.combinations(got, 2):  # no overlap, gap kept (box test for squares)
        assert abs(a.row - b.row) >= a.height + 2 or abs(a.col - b.col) >= a.width + 2 or shape == "circle"


def test_no_room_gives_no_patch_and_bad_arguments_are_refused() -> None:
    assert locate_patches(np.full((5, 5), np.nan), cells=4) == []
    assert locate_patches(np.ones((2, 2)), cells=9) == []
    with pytest.raises(ParameterError):
        patch_kernel(0)
    with pytest.raises(ParameterError):
        patch_kernel(9, "hexagon")  # type: ignore[arg-type]
