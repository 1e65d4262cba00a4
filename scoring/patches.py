"""Locate Regions on a suitability grid: the best patches of a given area and shape.

Esri's Locate Regions finds regions of a given size with the best mean
suitability; this is its simplest, exact form for compact patches: every
placement of a square or a disc of ``cells`` cells whose cells are all scored
(and inside ``mask``, e.g. the best districts) is a candidate; the placement
with the highest mean score is taken, placements overlapping it or closer
than ``gap`` cells are dropped, and so on until ``count`` patches are found
(greedy, as Locate Regions' "highest average value" rule). Window sums come
from one FFT convolution per grid (O(N log N), whatever the patch size).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np
from scipy.signal import fftconvolve

from .errors import ParameterError

__all__ = ["Patch", "locate_patches", "patch_kernel"]

Shape = Literal["square", "circle"]


@dataclass(frozen=True)
class Patch:
    """One patch: the footprint's top-left cell, its size in cells and its mean score."""

    row: int
    col: int
    height: int
    width: int
    cells: int
    mean: float
    shape: str


def patch_kernel(cells: int, shape: Shape = "square") -> np.ndarray:
    """Boolean footprint of about ``cells`` cells: a square of side round(sqrt(cells)) or a disc."""
    if not isinstance(cells, int | np.integer) or cells < 1:
        raise ParameterError(f"The patch area must be at least one cell; got {cells!r}.", key="patch_size",
                             value=repr(cells))
    if shape == "square":
        side = max(1, round(math.sqrt(cells)))
        return np.ones((side, side), bool)
    if shape == "circle":
        r = math.sqrt(cells / math.pi)
        n = 2 * math.ceil(r) + 1
        yy, xx = np.mgrid[0:n, 0:n] - n // 2
        disc: np.ndarray = (yy * yy + xx * xx) <= r * r
        return disc
    raise ParameterError(f"Patch shape must be 'square' or 'circle'; got {shape!r}.", key="param_choice",
                         name="patch shape", value=str(shape), choices=["square", "circle"])


def locate_patches(
    grid: np.ndarray,
    *,
    cells: int,
    shape: Shape = "square",
    count: int = 1,
    gap: int = 0,
    mask: np.ndarray | None = None,
) -> list[Patch]:
    """The ``count`` best non-overlapping patches (highest mean score first).

    Parameters
    ----------
    grid
        2-D scores; NaN = not scored (excluded, no data).
    cells
        Patch area in cells.
    shape
        ``"square"`` or ``"circle"``.
    count
        Patches wanted (fewer are returned when no placement is left).
    gap
        Minimum distance between patches, in cells (0: they may touch).
    mask
        Optional boolean grid: patches lie wholly inside it.
    """
    if count < 1 or gap < 0:
        raise ParameterError("count must be >= 1 and gap >= 0.", key="patch_count_gap", count=repr(count),
                             gap=repr(gap))
    kernel = patch_kernel(cells, shape)
    kh, kw = kernel.shape
    scores = np.asarray(grid, dtype=np.float64)
    valid = np.isfinite(scores)
    if mask is not None:
        valid &= np.asarray(mask, bool)
    if scores.shape[0] < kh or scores.shape[1] < kw:
        return []
    k = kernel[::-1, ::-1].astype(np.float64)  # convolution flips: correlate with the footprint
    sums = fftconvolve(np.where(valid, scores, 0.0), k, mode="valid")
    counts = np.rint(fftconvolve(valid.astype(np.float64), k, mode="valid"))
    size = int(kernel.sum())
    mean = np.where(counts == size, sums / size, -np.inf)
    out: list[Patch] = []
    reach_r, reach_c = kh + gap, kw + gap
    while len(out) < count:
        best = int(np.argmax(mean))
        r, c = divmod(best, mean.shape[1])
        if not np.isfinite(mean[r, c]):
            break
        out.append(Patch(r, c, kh, kw, size, float(mean[r, c]), shape))
        # drop placements overlapping this one or nearer than `gap` (footprint boxes, or discs)
        r0, r1 = max(0, r - reach_r + 1), min(mean.shape[0], r + reach_r)
        c0, c1 = max(0, c - reach_c + 1), min(mean.shape[1], c + reach_c)
        if shape == "circle":
            yy, xx = np.mgrid[r0:r1, c0:c1]
            near = (yy - r) ** 2 + (xx - c) ** 2 < reach_r * reach_r
            mean[r0:r1, c0:c1][near] = -np.inf
        else:
            mean[r0:r1, c0:c1] = -np.inf
    return out
