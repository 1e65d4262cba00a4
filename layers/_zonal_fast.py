"""Fast zonal statistics: run-length label spans, then one pass over the raster blocks.

The districts are rasterised once, in the raster's pixel grid, into *spans*:
``(row, first column, end column, district)`` runs of pixels whose centres lie
inside a district (even-odd scanline fill, the pixel-centre rule GDAL's
rasteriser also applies). This is a label raster in run-length form: a few
megabytes for the whole country instead of one label per pixel.

Then every raster block holding a span is read once (blocks touching no
district, such as sea, are never read) by two long-lived reader threads fed
through a queue, each with its own dataset handle (rasterio releases the GIL
while GDAL decompresses) and its own reusable buffers, with GDAL's block cache
held at :data:`GDAL_CACHE_MB` (every block is read once). The first blocks (up
to :data:`PREFETCH_MB`) are read while the spans are prepared. Two back ends:

- compiled (:mod:`smartzone.layers._zonal_kernels`, a small C extension built
  at install time when a C compiler is present; ``SMARTZONE_COMPILED_ZONAL=0``
  turns it off). Spans: the districts' coordinates come from shapely's public
  array API (:func:`shapely.get_coordinates`, WKB for collections and for
  rings that do not close), and are rasterised in two threads over the two
  halves of the districts without the GIL, appended straight into per-block
  lists (cut at block edges). Reduction: neighbouring blocks of a band are read by one GDAL call
  (:data:`MERGE_BLOCKS`); loops over their spans add counts, sums, extremes and
  uint8 class counts into per-thread arrays with the GIL released;
- NumPy (always available): spans from a vectorised scanline (edges x rows
  crossings, one sort per band of rows), then

  - ``count``, ``sum``: ``np.add.reduceat`` over the spans of the flattened
    block (no per-pixel labels needed), then ``np.bincount`` over spans;
  - ``min``, ``max``: ``np.minimum.reduceat`` / ``np.maximum.reduceat`` over
    spans, then ``np.minimum.at`` per district;
  - class counts (``majority``, ``fractions``): the labelled pixels are gathered
    and counted with ``np.bincount(label * n_classes + class)``.

Both give the same spans (tested). The spans of a district set over a pixel
grid are kept in a small cache (:data:`SPAN_CACHE_MB`, keyed by the grid and
the geometry objects), so a second raster on the same grid skips building them.

Everything here works in the raster's CRS and pixel grid; the caller has
already transformed the district geometries into that CRS.
"""
from __future__ import annotations

import math
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import rasterio
import shapely
from rasterio.windows import Window

from smartzone.layers.raster import RasterLayer, _invalid_mask, _open_dataset, _representable
from smartzone.scoring.extensions import optional_extension

_TARGET_CHUNK_PIXELS = 1 << 20  # about one million pixels per work item for striped files
GDAL_CACHE_MB = 64
"""GDAL block cache while the fast path runs: each block is read once, so caching is wasted RAM."""
PREFETCH_MB = 16
"""Blocks read ahead (MiB of pixels) while the label spans are prepared.

Small on purpose: fresh memory costs page faults (about 0.5 ms per MiB on the
test machines), so a large read-ahead made a first call slower, not faster.
"""
_POLYGON = 3  # shapely type ids
_MULTI = (4, 5, 6, 7)  # multipoint, multilinestring, multipolygon, collection
_ALL_UINT8 = np.arange(256)


@dataclass
class FastAccumulator:
    """Per-district running totals; arrays have one entry per district."""

    n: int
    want_minmax: bool
    want_classes: bool
    labelled: np.ndarray = field(init=False)  # pixel centres inside the district (any value)
    count: np.ndarray = field(init=False)  # valid pixels
    total: np.ndarray = field(init=False)  # sum of valid values (float64)
    vmin: np.ndarray = field(init=False)
    vmax: np.ndarray = field(init=False)
    classes: dict[float, np.ndarray] = field(init=False)  # class value -> valid pixel count
    dense_u8: np.ndarray | None = field(init=False, default=None)  # (n, 256) counts of uint8 classes

    def __post_init__(self) -> None:
        self.labelled = np.zeros(self.n, np.int64)
        self.count = np.zeros(self.n, np.int64)
        self.total = np.zeros(self.n, np.float64)
        self.vmin = np.full(self.n, np.inf) if self.want_minmax else np.empty(0)
        self.vmax = np.full(self.n, -np.inf) if self.want_minmax else np.empty(0)
        self.classes = {}
        self.dense_u8 = None

    def class_counts(self) -> dict[float, np.ndarray]:
        """Valid pixel count per class value (only classes that occur)."""
        out = dict(self.classes)
        if self.dense_u8 is not None:
            for value in np.flatnonzero(self.dense_u8.any(axis=0)).tolist():
                col = self.dense_u8[:, value]
                out[float(value)] = out.get(float(value), 0) + col
        return out

    def add(self, part: _ChunkResult) -> None:
        ids = part.ids
        self.count[ids] += part.count
        self.total[ids] += part.total
        if self.want_minmax:
            np.minimum.at(self.vmin, ids, part.vmin)
            np.maximum.at(self.vmax, ids, part.vmax)
        if self.want_classes and part.class_values is not None and part.class_counts is not None:
            if part.class_counts.shape[1] == 256 and part.class_values[0] == 0:  # dense uint8
                if self.dense_u8 is None:
                    self.dense_u8 = np.zeros((self.n, 256), np.int64)
                self.dense_u8[ids] += part.class_counts
                return
            for j, value in enumerate(part.class_values.tolist()):
                column = self.classes.get(value)
                if column is None:
                    column = self.classes[value] = np.zeros(self.n, np.int64)
                column[ids] += part.class_counts[:, j]


@dataclass
class _ChunkResult:
    ids: np.ndarray
    count: np.ndarray
    total: np.ndarray
    vmin: np.ndarray
    vmax: np.ndarray
    class_values: np.ndarray | None
    class_counts: np.ndarray | None


@dataclass(frozen=True)
class Spans:
    """Runs of pixel centres inside districts: ``row``, ``[c0, c1)`` columns, district ``label``."""

    row: np.ndarray
    c0: np.ndarray
    c1: np.ndarray
    label: np.ndarray

    def __len__(self) -> int:
        return len(self.row)

    def slice(self, i0: int, i1: int) -> Spans:
        return Spans(self.row[i0:i1], self.c0[i0:i1], self.c1[i0:i1], self.label[i0:i1])


class BlockSpans:
    """The spans of neighbouring work blocks ``k0..k1`` held by the C span builders (compiled path).

    Nothing is copied until a reader gathers them into its own buffer
    (:meth:`gather`), so the span set costs no second copy and no fresh memory.
    """

    __slots__ = ("builders", "k0", "k1", "n", "kernels")

    def __init__(self, kernels: Any, builders: Sequence[Any], k0: int, k1: int, n: int) -> None:
        self.kernels, self.builders, self.k0, self.k1, self.n = kernels, builders, k0, k1, n

    def __len__(self) -> int:
        return self.n

    def gather(self, out: np.ndarray | None = None) -> np.ndarray:
        """The records ``(row, c0, c1, label)`` as an int32 ``(n, 4)`` array (in ``out`` if given)."""
        if out is None or out.size < 4 * self.n:
            out = np.empty(4 * self.n, np.int32)
        rec = out[: 4 * self.n].reshape(-1, 4)
        self.kernels.gather(self.builders, self.k0, self.k1, rec)
        return rec

    def spans(self) -> Spans:
        """As :class:`Spans` (a copy)."""
        rec = self.gather()
        return Spans(rec[:, 0], rec[:, 1], rec[:, 2], rec[:, 3])


WorkSpans = Spans | BlockSpans
"""The spans of a work item: NumPy arrays, or records still held by the C builders."""


class _Edges:
    """Polygon edges of all districts in pixel coordinates (x = column, y = row)."""

    def __init__(self, raster: RasterLayer, geoms: np.ndarray) -> None:
        sub, part_idx = shapely.get_parts(geoms, return_index=True)
        while np.isin(shapely.get_type_id(sub), _MULTI).any():  # collections (make_valid) may nest multis
            sub, sub_idx = shapely.get_parts(sub, return_index=True)
            part_idx = part_idx[sub_idx]
        poly = shapely.get_type_id(sub) == _POLYGON
        if not poly.all():
            sub, part_idx = sub[poly], part_idx[poly]
        rings, ring_idx = shapely.get_rings(sub, return_index=True)
        coords, coord_idx = shapely.get_coordinates(rings, return_index=True)
        inv = ~raster.transform
        col = inv.a * coords[:, 0] + inv.b * coords[:, 1] + inv.c
        row = inv.d * coords[:, 0] + inv.e * coords[:, 1] + inv.f
        del coords
        e = np.flatnonzero(coord_idx[1:] == coord_idx[:-1])  # edge e joins vertices e, e + 1
        y0, y1 = row[e], row[e + 1]
        # Rows whose centre r + 0.5 lies in [min y, max y): the half-open rule keeps crossings even.
        r_start = np.ceil(np.minimum(y0, y1) - 0.5).astype(np.int64)
        r_end = np.ceil(np.maximum(y0, y1) - 0.5).astype(np.int64)
        del y0, y1
        keep = np.flatnonzero(r_end > r_start)
        order = keep[np.argsort(r_start[keep])]  # sorted by first row: bands bisect
        ei = e[order]
        self.x0 = col[ei]
        self.y0 = row[ei]
        self.slope = (col[ei + 1] - self.x0) / (row[ei + 1] - self.y0)
        self.label = part_idx[ring_idx[coord_idx[ei]]].astype(np.int64)
        self.r_start = r_start[order]
        self.r_end = r_end[order]
        self.max_rows = int((self.r_end - self.r_start).max()) if len(self.r_start) else 0

    def _edge_range(self, row0: int, row1: int) -> tuple[int, int]:
        """Edges ``lo:hi`` that may cross rows ``[row0, row1)`` (edges are sorted by first row)."""
        lo, hi = np.searchsorted(self.r_start, [row0 - self.max_rows, row1])
        return int(lo), int(hi)

    def spans(self, row0: int, row1: int, width: int) -> Spans:
        """Spans on raster rows ``[row0, row1)``, columns clipped to ``[0, width)`` (NumPy)."""
        lo, hi = self._edge_range(row0, row1)
        sel = lo + np.flatnonzero(self.r_end[lo:hi] > row0)
        rs = np.maximum(self.r_start[sel], row0)
        n = np.minimum(self.r_end[sel], row1) - rs
        total = int(n.sum())
        if total == 0:
            empty = np.empty(0, np.int64)
            return Spans(empty, empty, empty, empty)
        rep = np.repeat(np.arange(len(sel)), n)
        offsets = np.cumsum(n) - n
        rows = rs[rep] + (np.arange(total) - offsets[rep])
        e = sel[rep]
        x = self.x0[e] + (rows + 0.5 - self.y0[e]) * self.slope[e]
        # First pixel column whose centre is right of the crossing. Rounding before sorting
        # keeps the order (ceil is monotonic), so one integer key sorts label, row and column.
        col = np.clip(np.ceil(x - 0.5), 0, width).astype(np.int64)
        nrows, ncols = row1 - row0, width + 1
        key = (self.label[e] * nrows + (rows - row0)) * ncols + col
        key.sort()
        col = key % ncols
        group = key // ncols
        if not np.array_equal(group[0::2], group[1::2]):
            raise ValueError("district boundaries are not closed rings")
        c0, c1 = col[0::2], col[1::2]
        keep = c1 > c0
        group = group[0::2][keep]
        return Spans(group % nrows + row0, c0[keep], c1[keep], group // nrows)



MERGE_BLOCKS = 4
"""Neighbouring blocks read by one call (compiled path): GDAL's per-call overhead is ~13 % of a 512 x 512 uint8 block."""
WKB_CHUNK = 256
"""Districts converted to WKB at a time: making WKB holds the GIL, so the readers run between chunks."""
POLYGONAL = (_POLYGON, 6)
"""Type ids whose coordinates the span builder takes straight from :func:`shapely.get_coordinates`."""


def _span_builders(
    raster: RasterLayer, geoms: np.ndarray, labelled: np.ndarray, kernels: Any, grid: tuple[int, ...]
) -> list[Any]:
    """The C span builders holding every district's spans, per block of ``grid``.

    ``grid`` is ``(r_start, ch, n_bands, c_start, cw, n_block_columns)``.
    Polygons and multipolygons reach the builders through shapely's public
    array API: one :func:`shapely.get_coordinates` call (x, y pairs, ring after
    ring) and each district's coordinate count; the builder finds the rings by
    their closing vertex (exact for valid geometries, whose rings are simple)
    and the two halves of the districts (by vertex count) are built at once in
    two threads without the GIL. Other geometries (collections), and any
    district whose rings do not close that way (an invalid ring passing its
    own first vertex), are read from WKB.
    """
    inv = ~raster.transform

    def builder() -> Any:
        return kernels.SpanBuilder(inv.a, inv.b, inv.c, inv.d, inv.e, inv.f, raster.height, raster.width, *grid)

    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    polygonal = present & np.isin(shapely.get_type_id(geoms), POLYGONAL)
    counts = np.where(polygonal, shapely.get_num_coordinates(geoms), 0)
    offsets = np.zeros(len(geoms) + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = np.ascontiguousarray(shapely.get_coordinates(geoms[polygonal]), dtype=np.float64)
    if len(xy) != offsets[-1]:  # never expected: the counts are shapely's own
        raise ValueError("district coordinates do not match their counts")
    half = int(np.searchsorted(offsets[1:], offsets[-1] / 2)) if len(geoms) > 1 else len(geoms)
    halves = [builder(), builder()]
    reopen: list[list[int]] = [[], []]
    failed: list[BaseException] = []

    def other() -> None:
        try:
            reopen[1] = halves[1].add_coords(xy, offsets[half:], half, labelled[half:])
        except BaseException as exc:  # re-raised below
            failed.append(exc)

    helper = threading.Thread(target=other, name="smartzone-spans")
    helper.start()
    try:
        reopen[0] = halves[0].add_coords(xy, offsets[: half + 1], 0, labelled[:half])
    finally:
        helper.join()
    if failed:
        raise failed[0]
    rest = sorted(set(np.flatnonzero(present & ~polygonal).tolist()) | set(reopen[0]) | set(reopen[1]))
    for i in range(0, len(rest), WKB_CHUNK):
        idx = np.asarray(rest[i : i + WKB_CHUNK], np.int64)
        wkbs = shapely.to_wkb(geoms[idx], output_dimension=2, byte_order=1)
        for k, wkb in zip(idx.tolist(), wkbs.tolist(), strict=True):
            halves[0].add([wkb], k, labelled[k : k + 1])
    return halves


def _compiled_work(
    raster: RasterLayer,
    geoms: np.ndarray,
    labelled: np.ndarray,
    kernels: Any,
    bounds: tuple[int, int, int, int],
    chunks: tuple[int, int, int, int],
    n_bands: int,
    single: frozenset[tuple[int, int]] = frozenset(),
    rows: tuple[int, int] | None = None,
) -> Iterator[tuple[Window, WorkSpans, int, int]]:
    """:func:`iter_work` by the C kernels: every district's spans straight from its geometry, into its blocks.

    A span crossing block edges is cut into one piece per block (the NumPy path
    lists it whole in each block and the reduction clips it), so pieces never
    overlap and neighbouring blocks can share one window.

    Runs of up to :data:`MERGE_BLOCKS` neighbouring blocks of a band that all
    hold spans become one window (one GDAL read decompresses the same blocks
    with less overhead per block), except the blocks whose window origin is in
    ``single`` (read ahead on their own).

    Same spans as the NumPy scanline (tested), as int32 records; within a block
    they come district by district (the NumPy path puts spans continuing from
    the block to the left last).
    """
    (row0, row1, col0, col1), (ch, cw, r_start, c_start) = bounds, chunks
    nbc = (raster.width - c_start + cw - 1) // cw
    builders = _span_builders(raster, geoms, labelled, kernels, (r_start, ch, n_bands, c_start, cw, nbc))
    run: list[tuple[int, int]] = []  # neighbouring blocks (index, record count)

    def emit() -> Iterator[tuple[Window, WorkSpans, int, int]]:
        band, j0 = divmod(run[0][0], nbc)
        width = (run[-1][0] - run[0][0] + 1) * cw
        window = _clip_window(r_start + band * ch, c_start + j0 * cw, ch, width, row0, row1, col0, col1)
        if window is not None:
            spans = BlockSpans(kernels, builders, run[0][0], run[-1][0], sum(n for _, n in run))
            yield window, spans, band, n_bands

    for k, n in kernels.blocks(builders):  # in row-major order
        band, j = divmod(k, nbc)
        if rows is not None and not rows[0] <= max(r_start + band * ch, row0) < rows[1]:
            continue  # a band outside ``rows`` (runs never span bands: the pending run is emitted below)
        alone = (max(r_start + band * ch, row0), max(c_start + j * cw, col0)) in single
        if run and not alone and k == run[-1][0] + 1 and k // nbc == run[0][0] // nbc and len(run) < MERGE_BLOCKS:
            run.append((k, n))
            continue
        if run:
            yield from emit()
        run = [(k, n)]
        if alone:
            yield from emit()
            run = []
    if run:
        yield from emit()


def plan_chunks(raster: RasterLayer, bounds: tuple[float, float, float, float]) -> list[Window]:
    """Windows aligned on the raster's blocks covering ``bounds`` (raster CRS units).

    Tiled rasters give one window per block (or a few blocks when blocks are
    small); striped rasters give bands of whole strips, about a million pixels
    each, limited to the columns of ``bounds``.
    """
    grid = _chunk_grid(raster, bounds)
    if grid is None:
        return []
    (row0, row1, col0, col1), (ch, cw, r_start, c_start) = grid
    windows = []
    for r in range(r_start, row1, ch):
        for c in range(c_start, col1, cw):
            w = _clip_window(r, c, ch, cw, row0, row1, col0, col1)
            if w is not None:
                windows.append(w)
    return windows


def _chunk_grid(
    raster: RasterLayer, bounds: tuple[float, float, float, float]
) -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]] | None:
    inv = ~raster.transform
    xs, ys = [], []
    for x, y in ((bounds[0], bounds[1]), (bounds[0], bounds[3]), (bounds[2], bounds[1]), (bounds[2], bounds[3])):
        c, r = inv @ (x, y)
        xs.append(c)
        ys.append(r)
    col0 = max(0, math.floor(min(xs)))
    col1 = min(raster.width, math.ceil(max(xs)))
    row0 = max(0, math.floor(min(ys)))
    row1 = min(raster.height, math.ceil(max(ys)))
    if col1 <= col0 or row1 <= row0:
        return None
    bh, bw = raster.block_shape
    if bw >= raster.width:  # strips: whole rows, restricted to the needed columns
        ch = max(bh, (_TARGET_CHUNK_PIXELS // max(1, col1 - col0)) // bh * bh)
        cw = col1 - col0
        c_start = col0
    else:
        mult = max(1, int(math.sqrt(_TARGET_CHUNK_PIXELS / 4 / (bh * bw))))
        ch, cw = bh * mult, bw * mult
        c_start = col0 // cw * cw
    r_start = row0 // ch * ch
    return (row0, row1, col0, col1), (ch, cw, r_start, c_start)


def _clip_window(
    r: int, c: int, ch: int, cw: int, row0: int, row1: int, col0: int, col1: int
) -> Window | None:
    rr0, cc0 = max(r, row0), max(c, col0)
    rr1, cc1 = min(r + ch, row1), min(c + cw, col1)
    if rr1 > rr0 and cc1 > cc0:
        return Window(cc0, rr0, cc1 - cc0, rr1 - rr0)
    return None


def assign_districts(
    raster: RasterLayer, windows: Sequence[Window], tree: shapely.STRtree
) -> list[tuple[Window, np.ndarray]]:
    """Pair each window with the districts intersecting it; drop windows touching none."""
    if not windows:
        return []
    boxes = shapely.box(*np.array([_window_bounds(raster, w) for w in windows]).T)
    pairs = tree.query(boxes, predicate="intersects")
    order = np.argsort(pairs[0], kind="stable")
    win_idx, geom_idx = pairs[0][order], pairs[1][order]
    splits = np.flatnonzero(np.diff(win_idx)) + 1
    out = []
    for wi, gi in zip(np.split(win_idx, splits), np.split(geom_idx, splits), strict=True):
        if len(wi):
            out.append((windows[int(wi[0])], np.sort(gi)))
    return out


def _window_bounds(raster: RasterLayer, w: Window) -> tuple[float, float, float, float]:
    t = raster.transform
    x0, y0 = t @ (w.col_off, w.row_off)
    x1, y1 = t @ (w.col_off + w.width, w.row_off + w.height)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def iter_work(
    raster: RasterLayer,
    geoms: np.ndarray,
    labelled: np.ndarray,
    kernels: Any = None,
    single: frozenset[tuple[int, int]] = frozenset(),
    grid_bounds: tuple[float, float, float, float] | None = None,
    rows: tuple[int, int] | None = None,
) -> Iterator[tuple[Window, WorkSpans, int, int]]:
    """Yield ``(window, spans in it, band index, band count)`` for every block holding a span.

    ``grid_bounds`` (raster CRS) sets the work grid instead of the districts'
    total bounds: a subset of the districts then meets the very windows the
    whole set would (how :func:`run_fast` splits one raster into row bands).
    ``rows``: only the windows starting on raster rows ``[rows[0], rows[1])``
    are yielded (``labelled`` still counts every pixel centre).

    ``labelled`` (one entry per district) is incremented with each district's
    number of pixel centres. Spans crossing a block boundary are given to
    every block they touch (the reduction clips them to the block). With
    ``kernels`` (the C extension) all spans are built from the districts' WKB
    and grouped by block without the GIL (same spans, int32), so the reader
    threads keep reading; neighbouring blocks may share a window (see
    :func:`_compiled_work`; ``single``: window origins to keep alone).
    """
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any():
        return
    grid = _chunk_grid(raster, grid_bounds or tuple(shapely.total_bounds(geoms[present])))
    if grid is None:
        return
    (row0, row1, col0, col1), (ch, cw, r_start, c_start) = grid
    bands = list(range(r_start, row1, ch))
    if kernels is not None:
        districts = np.where(present, geoms, None)  # type: ignore[call-overload]  # stubs reject None; object array
        yield from _compiled_work(raster, districts, labelled, kernels, (row0, row1, col0, col1),
                                  (ch, cw, r_start, c_start), len(bands), single, rows)
        return
    edges = _Edges(raster, np.where(present, geoms, None))  # type: ignore[call-overload]  # stubs reject None; object array
    for b, r in enumerate(bands):
        spans = edges.spans(max(r, row0), min(r + ch, row1), raster.width)
        if not len(spans):
            continue
        labelled += np.bincount(spans.label, weights=spans.c1 - spans.c0, minlength=len(labelled)).astype(
            np.int64
        )
        # Block column of each span's first and last pixel; one stable sort groups them by block.
        bc0 = (spans.c0 - c_start) // cw
        bc1 = (spans.c1 - 1 - c_start) // cw
        multi = np.flatnonzero(bc1 > bc0)
        if len(multi):  # rare: spans longer than a block boundary go to each block they touch
            extra = bc1[multi] - bc0[multi]
            rep = np.repeat(multi, extra)
            step = np.arange(len(rep)) - np.repeat(np.cumsum(extra) - extra, extra) + 1
            src = np.concatenate((np.arange(len(spans)), rep))
            bc = np.concatenate((bc0, bc0[rep] + step))
        else:
            src, bc = None, bc0
        small = bc.astype(np.int16) if len(bc) and bc[-1] < 2**15 and bc.max() < 2**15 else bc
        order = np.argsort(small, kind="stable")  # radix sort on 16-bit keys
        bc = bc[order]
        if src is not None:
            order = src[order]
        band_spans = Spans(spans.row[order], spans.c0[order], spans.c1[order], spans.label[order])
        if rows is not None and not rows[0] <= max(r, row0) < rows[1]:
            continue  # counted in ``labelled`` above; another band's task reads it
        cuts = np.flatnonzero(np.diff(bc)) + 1
        starts = np.concatenate(([0], cuts)).tolist()
        ends = np.concatenate((cuts, [len(bc)])).tolist()
        for i0, i1 in zip(starts, ends, strict=True):
            c = c_start + int(bc[i0]) * cw
            window = _clip_window(r, c, ch, cw, row0, row1, col0, col1)
            if window is not None:
                yield window, band_spans.slice(i0, i1), b, len(bands)


SPAN_CACHE_MB = 256
"""Label spans kept for reuse (least recently used first out): rasters sharing a grid skip rebuilding them."""
_SPAN_CACHE: OrderedDict[tuple[Any, ...], _CachedSpans] = OrderedDict()
_SPAN_CACHE_LOCK = threading.Lock()


@dataclass
class _CachedSpans:
    geoms: np.ndarray  # holds the geometries alive, so their ids in the key stay theirs
    items: list[tuple[Window, WorkSpans, int, int]]
    labelled: np.ndarray
    nbytes: int


def _span_key(raster: RasterLayer, geoms: np.ndarray, compiled: bool,
              grid_bounds: tuple[float, float, float, float] | None = None) -> tuple[Any, ...]:
    """Cache key: the pixel grid (transform, size, block shape, CRS) and the geometries' identity.

    Shapely geometries are immutable, so the same objects over the same grid
    give the same spans; a district layer keeps its geometry objects while the
    app runs (geometries transformed into another CRS are new objects: a miss).
    """
    crs = raster.crs.to_wkt() if raster.crs is not None else None
    return (tuple(raster.transform)[:6], raster.width, raster.height, tuple(raster.block_shape), crs,
            tuple(map(id, geoms)), compiled, grid_bounds)  # the back ends' spans differ in dtype


def clear_span_cache() -> None:
    """Forget all cached label spans."""
    with _SPAN_CACHE_LOCK:
        _SPAN_CACHE.clear()


def _owner(arr: np.ndarray) -> tuple[int, int]:
    """Identity and size in bytes of the memory an array views (an array, or a bytearray from C)."""
    base: Any = arr
    while isinstance(base, np.ndarray) and base.base is not None:
        base = base.base
    return id(base), (base.nbytes if isinstance(base, np.ndarray) else memoryview(base).nbytes)


def _cached_work(
    raster: RasterLayer,
    geoms: np.ndarray,
    labelled: np.ndarray,
    kernels: Any = None,
    single: frozenset[tuple[int, int]] = frozenset(),
    grid_bounds: tuple[float, float, float, float] | None = None,
) -> Iterator[tuple[Window, WorkSpans, int, int]]:
    """:func:`iter_work`, replayed from the span cache when the same districts met the same grid."""
    key = _span_key(raster, geoms, kernels is not None, grid_bounds)
    with _SPAN_CACHE_LOCK:
        hit = _SPAN_CACHE.get(key)
        if hit is not None:
            _SPAN_CACHE.move_to_end(key)
    if hit is not None:
        labelled += hit.labelled
        yield from hit.items
        return
    mine = np.zeros_like(labelled)
    items: list[tuple[Window, WorkSpans, int, int]] = []
    bases: dict[int, int] = {}
    for item in iter_work(raster, geoms, mine, kernels, single, grid_bounds):
        items.append(item)
        spans = item[1]
        if isinstance(spans, BlockSpans):
            for b in spans.builders:
                bases[id(b)] = int(b.nbytes())
        else:
            for arr in (spans.row, spans.c0, spans.c1, spans.label):
                owner, size = _owner(arr)
                bases[owner] = size
        yield item
    labelled += mine
    nbytes = sum(bases.values())
    if nbytes > SPAN_CACHE_MB * 2**20:
        return
    with _SPAN_CACHE_LOCK:
        _SPAN_CACHE[key] = _CachedSpans(geoms.copy(), items, mine, nbytes)
        while sum(c.nbytes for c in _SPAN_CACHE.values()) > SPAN_CACHE_MB * 2**20:
            _SPAN_CACHE.popitem(last=False)


def _process_chunk(
    ds: rasterio.io.DatasetReader,
    raster: RasterLayer,
    window: Window,
    spans: Spans,
    want_minmax: bool,
    want_classes: bool,
    want_sum: bool = True,
    data: np.ndarray | None = None,
) -> _ChunkResult:
    h, w = int(window.height), int(window.width)
    r0, cc0 = int(window.row_off), int(window.col_off)
    ids, lab = np.unique(spans.label, return_inverse=True)
    k = len(ids)
    rows = spans.row - r0
    a = np.clip(spans.c0 - cc0, 0, w)
    b = np.clip(spans.c1 - cc0, 0, w)
    if data is None:
        data = ds.read(raster.band, window=window)
    any_invalid = _may_have_invalid(data, raster.nodata)
    if any_invalid:
        invalid = _invalid_mask(data, raster.nodata)
        any_invalid = bool(invalid.any())
        flat_invalid = invalid.ravel()
    else:
        flat_invalid = np.zeros(0, bool)  # unused

    # Spans are contiguous runs of the flattened block: reduce each with reduceat over
    # interleaved [start, end) indices (odd results are the gaps between spans).
    starts = rows * w + a
    ends = rows * w + b
    need_sum = want_sum or not want_classes
    if need_sum or want_minmax:
        idx = np.empty(2 * len(starts), np.int64)
        idx[0::2], idx[1::2] = starts, ends
        ext = np.empty(h * w + 1, data.dtype)  # one pad value so an end index may equal h * w
        ext[:-1] = data.ravel()
        ext[-1] = 0
        if any_invalid:
            ext[:-1][flat_invalid] = 0
    if need_sum:
        if any_invalid:
            valid_ext = np.zeros(h * w + 1, np.int32)
            valid_ext[:-1] = ~flat_invalid
            span_cnt = np.add.reduceat(valid_ext, idx)[0::2]
        else:
            span_cnt = b - a
        span_sum = np.add.reduceat(ext, idx, dtype=np.float64)[0::2]
        count = np.bincount(lab, weights=span_cnt, minlength=k).astype(np.int64)
        total: np.ndarray = np.bincount(lab, weights=span_sum, minlength=k)  # float64 (weights)
    else:  # class counts only: the count follows from them below
        count = np.zeros(k, np.int64)
        total = np.zeros(k)

    vmin = vmax = np.empty(0)
    if want_minmax:
        ext = ext.astype(np.float64)
        vmin = _span_extreme(np.minimum, np.inf, ext, idx, flat_invalid if any_invalid else None, lab, k)
        vmax = _span_extreme(np.maximum, -np.inf, ext, idx, flat_invalid if any_invalid else None, lab, k)

    class_values = class_counts = None
    if want_classes:
        flat = data.ravel()
        if flat.dtype == np.uint8:
            class_values, class_counts = _class_counts_uint8(flat, starts, ends, lab, k, flat_invalid,
                                                             any_invalid)
        else:
            lengths = b - a
            offsets = np.cumsum(lengths) - lengths
            pix = np.repeat(starts - offsets, lengths) + np.arange(int(lengths.sum()))
            plab = np.repeat(lab, lengths)
            vals = flat[pix]
            if any_invalid:
                ok = ~flat_invalid[pix]
                vals, plab = vals[ok], plab[ok]
            class_values, inverse = np.unique(vals, return_inverse=True)
            nc = len(class_values)
            class_counts = np.bincount(plab * nc + inverse, minlength=k * nc).reshape(k, nc)
    if want_classes and not want_sum and class_counts is not None:
        count = class_counts.sum(axis=1).astype(np.int64)
    return _ChunkResult(ids, count, total, vmin, vmax, class_values, class_counts)


def _may_have_invalid(data: np.ndarray, nodata: float | None) -> bool:
    """Cheap test (two SIMD reductions, no mask) that a block may hold nodata or NaN."""
    lo, hi = data.min(), data.max()
    if np.issubdtype(data.dtype, np.floating) and (np.isnan(lo) or np.isnan(hi)):
        return True
    return nodata is not None and not math.isnan(nodata) and bool(lo <= nodata <= hi)


def _class_counts_uint8(
    flat: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    lab: np.ndarray,
    k: int,
    flat_invalid: np.ndarray,
    any_invalid: bool,
) -> tuple[np.ndarray, np.ndarray]:
    """Class counts ``(0..255, counts[k, 256])`` of a uint8 block.

    The spans are decoded into a label image with one ``np.repeat`` over the
    alternating gap / span runs, then ``bincount(label * 256 + value)``.
    """
    order = np.argsort(starts, kind="stable")
    s, e, lab1 = starts[order], ends[order], lab[order].astype(np.int64) + 1
    prev_end = np.concatenate(([0], e[:-1]))
    if (s < prev_end).any():  # overlapping districts: gather pixels span by span instead
        lengths = e - s
        offsets = np.cumsum(lengths) - lengths
        pix = np.repeat(s - offsets, lengths) + np.arange(int(lengths.sum()))
        keys = np.repeat(lab1 * 256, lengths) + flat[pix]
        if any_invalid:
            keys = keys[~flat_invalid[pix]]
    else:
        runs = np.empty(2 * len(s) + 1, np.int64)
        runs[0:-1:2] = s - prev_end
        runs[1::2] = e - s
        runs[-1] = len(flat) - e[-1]
        small = (k + 1) * 256 <= np.iinfo(np.uint16).max + 1  # 16-bit keys: less memory traffic
        values = np.zeros(2 * len(s) + 1, np.uint16 if small else np.int64)
        values[1::2] = lab1 * 256
        keys = np.repeat(values, runs)
        keys += flat
        if any_invalid:
            keys[flat_invalid] = 0
    counts = np.bincount(keys, minlength=(k + 1) * 256).reshape(k + 1, 256)[1:]
    return _ALL_UINT8, counts


def _span_extreme(
    ufunc: np.ufunc,
    fill: float,
    ext: np.ndarray,
    idx: np.ndarray,
    flat_invalid: np.ndarray | None,
    lab: np.ndarray,
    k: int,
) -> np.ndarray:
    """Per-district min or max over spans; ``ext`` is the block plus one pad value."""
    if flat_invalid is not None:
        ext[:-1][flat_invalid] = fill
    span_ext = ufunc.reduceat(ext, idx)[0::2]
    per = np.full(k, fill)
    ufunc.at(per, lab, span_ext)
    return per


def run_fast(
    raster: RasterLayer,
    geoms: np.ndarray,
    *,
    want_minmax: bool,
    want_classes: bool,
    want_sum: bool = True,
    workers: int = 2,
    progress: Callable[[float], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    rows: tuple[int, int] | None = None,
    grid_bounds: tuple[float, float, float, float] | None = None,
) -> FastAccumulator | None:
    """Accumulate per-district statistics over all blocks holding a district's pixel centre.

    Parameters
    ----------
    raster : RasterLayer
        The raster (north-up grid).
    geoms : numpy.ndarray of shapely geometries
        Districts in the raster's CRS; empty or missing geometries get nothing.
    want_minmax, want_classes : bool
        Whether to track min/max and per-class counts.
    want_sum : bool
        Whether to track sums; without it (and with classes) ``count`` is the
        sum of the class counts and ``total`` stays 0.
    workers : int
        Reader threads, each with its own dataset handle.
    progress : callable, optional
        Called with a fraction 0-1 after each block.
    should_stop : callable, optional
        Polled after each block; when it returns True the work stops and
        ``None`` is returned.
    rows : (int, int), optional
        Only the work windows starting on raster rows ``[rows[0], rows[1])``
        (one chunk of a raster split into row bands; ``labelled`` still counts
        every pixel centre of the given districts). Chunks of one split, with
        the same ``grid_bounds``, meet every window once: their accumulators add
        up to the whole raster's.
    grid_bounds : tuple, optional
        Bounds (raster CRS) that set the work grid (see :func:`iter_work`).

    Returns
    -------
    FastAccumulator or None
    """
    acc = FastAccumulator(len(geoms), want_minmax, want_classes)
    local = threading.local()
    handles: list[rasterio.io.DatasetReader] = []
    lock = threading.Lock()
    dtype = np.dtype(raster.dtype)
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if grid_bounds is None and present.any():
        b = shapely.total_bounds(geoms[present])
        grid_bounds = (float(b[0]), float(b[1]), float(b[2]), float(b[3]))
    grid = _chunk_grid(raster, grid_bounds) if grid_bounds is not None else None
    chunk_pixels = grid[1][0] * grid[1][1] if grid is not None else 0  # one work block
    # One allocation for every reader's class counts: large arrays get huge pages (NumPy asks
    # the kernel for them), and on the test machines a page fault costs ~5 us per 4 KiB.
    class_counts = np.zeros((max(1, workers), len(geoms), 256), np.uint32) if want_classes else None

    def dataset() -> rasterio.io.DatasetReader:
        ds = getattr(local, "ds", None)
        if ds is None:
            ds = local.ds = _open_dataset(raster.path)
            with lock:
                handles.append(ds)
        return ds

    def read(window: Window, out: np.ndarray | None = None) -> np.ndarray:
        """Read a window into ``out`` (or this thread's reusable buffer): no fresh memory per block."""
        shape = (int(window.height), int(window.width))
        if out is None:
            buf = getattr(local, "buf", None)
            if buf is None or buf.size < shape[0] * shape[1]:
                buf = local.buf = np.empty(max(MERGE_BLOCKS * chunk_pixels, shape[0] * shape[1]), dtype)
            out = buf
        data = out[: shape[0] * shape[1]].reshape(shape)
        return dataset().read(raster.band, window=window, out=data)  # type: ignore[no-any-return]  # untyped

    sums: list[_Sums] = []

    def _thread_sums() -> _Sums:
        t = getattr(local, "sums", None)
        if t is None:
            with lock:
                t = local.sums = _Sums(acc.n, need_sum, want_minmax, want_classes,
                                       class_counts[len(sums)] if class_counts is not None else None)
                sums.append(t)
        return t

    nd_cache: dict[np.dtype[Any], tuple[Any, bool]] = {}

    def nodata_info(dtype: np.dtype[Any]) -> tuple[Any, bool]:
        got = nd_cache.get(dtype)
        if got is None:
            nd = raster.nodata
            ok = nd is not None and not math.isnan(nd) and _representable(nd, dtype)
            got = nd_cache[dtype] = (dtype.type(nd if ok else 0), ok)
        return got

    # Work goes to long-lived reader threads through a queue (a Future per block cost more
    # than reducing the block). First the read-ahead: blocks read, while the label spans are
    # prepared, into slots of one buffer; then one item per block holding spans.
    kernels: Any = _kernels_for(raster, geoms, want_classes)
    # A band of a split (``rows``) is one task of many: no progress to report, no read-ahead, and its
    # spans are not cached (the task's geometries are new objects in each task: never a hit).
    candidates = _first_windows(raster, geoms, None) if rows is None or progress is not None else []
    per_block = chunk_pixels * dtype.itemsize / 2**20
    ahead_windows = candidates[: max(2, int(PREFETCH_MB / max(per_block, 1e-6)))]
    if rows is not None or _span_key(raster, geoms, kernels is not None, grid_bounds) in _SPAN_CACHE:
        ahead_windows = []  # the spans are ready: nothing to wait for (and cached windows may be merged)
    slots = np.empty((len(ahead_windows), chunk_pixels), dtype) if ahead_windows else None
    ahead: dict[tuple[int, int, int, int], list[Any]] = {}  # window -> [event set when read, data]
    todo: queue.SimpleQueue[tuple[Window, Any] | None] = queue.SimpleQueue()
    done: queue.SimpleQueue[tuple[_ChunkResult | None, BaseException | None]] = queue.SimpleQueue()
    stop = threading.Event()

    def worker() -> None:
        while (item := todo.get()) is not None:
            window, job = item
            key = _window_key(window)  # read-ahead data serves only the very same window
            if isinstance(job, np.ndarray):  # read ahead into a slot; always release the waiter
                entry = ahead[key]
                try:
                    if not stop.is_set():
                        entry[1] = read(window, job)
                except BaseException as exc:
                    entry[1] = exc
                finally:
                    entry[0].set()
                continue
            if stop.is_set():
                done.put((None, None))
                continue
            try:
                waiting = ahead.pop(key) if key in ahead else None
                data = None
                if waiting is not None:
                    waiting[0].wait()
                    data = waiting[1]
                    if isinstance(data, BaseException):
                        raise data
                if data is None:  # not read ahead (or the read-ahead was skipped)
                    data = read(window)
                part = None
                if kernels is None:
                    part = _process_chunk(dataset(), raster, window, job, want_minmax, want_classes, want_sum,
                                          data)
                else:  # the compiled path's spans are gathered into this reader's reusable buffer
                    buf = getattr(local, "records", None)
                    if buf is None or buf.size < 4 * len(job):
                        buf = local.records = np.empty(max(8 * len(job), 1 << 16), np.int32)
                    records = job.gather(buf)
                    _reduce_compiled(kernels, _thread_sums(), data, window, records, nodata_info(data.dtype))
                done.put((part, None))
            except BaseException as exc:  # handed to the caller's thread
                stop.set()
                done.put((None, exc))

    need_sum = want_sum or not want_classes
    threads = [threading.Thread(target=worker, name=f"smartzone-zonal-{i}", daemon=True)
               for i in range(max(1, workers))]
    error: BaseException | None = None
    cancelled = False
    try:
        with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB):
            for i, window in enumerate(ahead_windows):
                assert slots is not None
                ahead[_window_key(window)] = [threading.Event(), None]
                todo.put((window, slots[i]))
            for t in threads:
                t.start()
            submitted = finished = 0
            reported = 0.0

            def fold(block: bool) -> bool:
                """Fold in one finished block (waiting for it if ``block``); False if none was ready."""
                nonlocal finished, error, cancelled, reported
                try:
                    part, exc = done.get(block)
                except queue.Empty:
                    return False
                finished += 1
                if exc is not None and error is None:
                    error = exc
                if stop.is_set():
                    return True
                if part is not None:
                    acc.add(part)
                # share of blocks done: of the blocks meeting a district's bounding box (at least
                # the blocks holding spans) while spans are still made, then of the real count
                frac = min(1.0, finished / max(1, len(candidates) if generating else submitted))
                if progress is not None and frac > reported:
                    reported = frac
                    progress(frac)
                if should_stop is not None and should_stop():
                    cancelled = True
                    stop.set()
                return True

            generating = True
            single = frozenset((k[0], k[1]) for k in ahead)  # read-ahead blocks stay alone (a slot holds one)
            work = (_cached_work(raster, geoms, acc.labelled, kernels, single, grid_bounds) if rows is None
                    else iter_work(raster, geoms, acc.labelled, kernels, single, grid_bounds, rows))
            for window, spans, _, _ in work:
                if rows is not None and not rows[0] <= int(window.row_off) < rows[1]:
                    continue
                todo.put((window, spans))
                submitted += 1
                while fold(False):
                    pass
                if stop.is_set() or (should_stop is not None and should_stop()):
                    cancelled = cancelled or error is None
                    stop.set()
                    break
            generating = False
            while finished < submitted:
                fold(True)
    finally:
        stop.set()
        for _ in threads:
            todo.put(None)
        for t in threads:
            if t.is_alive():
                t.join()
        for ds in handles:
            ds.close()
    if error is not None:
        raise error
    if cancelled:
        return None
    for part_sums in sums:
        part_sums.merge_into(acc, nodata_info(np.dtype(raster.dtype)))
    return acc


COMPILED_ENV = "SMARTZONE_COMPILED_ZONAL"
"""Set to ``0`` to force the pure-NumPy reductions (the compiled kernels are optional)."""
_INT32_MAX = 2**31 - 1  # the C kernels keep rows, columns and district numbers in int32


def _kernels_for(raster: RasterLayer, geoms: np.ndarray, want_classes: bool) -> Any:
    """The compiled kernels if they are built and handle this raster and grid, else None (NumPy)."""
    kernels = compiled_kernels()
    if kernels is None or not _compiled_ok(raster, want_classes):
        return None
    if max(raster.width, raster.height, len(geoms)) >= _INT32_MAX:
        return None
    return kernels


def compiled_kernels() -> Any:
    """The compiled kernels module (``smartzone.layers._zonal_kernels``), or None.

    None when the C extension was not built (no compiler at install time) or
    ``SMARTZONE_COMPILED_ZONAL=0`` is set; the NumPy path then does the work.
    """
    return optional_extension("smartzone.layers._zonal_kernels", COMPILED_ENV)


def _compiled_ok(raster: RasterLayer, want_classes: bool) -> bool:
    """Whether the compiled kernels handle this raster: real dtypes; classes for uint8 only."""
    dtype = np.dtype(raster.dtype)
    if dtype.kind not in "uif" or dtype.itemsize > 8:
        return False
    return not want_classes or dtype == np.uint8


class _Sums:
    """Per-thread accumulators of the compiled path (merged once at the end)."""

    def __init__(self, n: int, want_sum: bool, want_minmax: bool, want_classes: bool,
                 classes: np.ndarray | None = None) -> None:
        self.count = np.zeros(n, np.int64) if want_sum else None
        self.total = np.zeros(n, np.float64) if want_sum else None
        self.vmin = np.full(n, np.inf) if want_minmax else None
        self.vmax = np.full(n, -np.inf) if want_minmax else None
        # uint8 class counts, 32 bits (half the memory of int64: fewer page faults), added into
        # `flushed` (int64) before any count could overflow
        if want_classes and classes is None:
            classes = np.zeros((n, 256), np.uint32)
        self.classes = classes if want_classes else None
        self.flushed: np.ndarray | None = None
        self.unflushed_pixels = 0

    def flush_classes(self) -> None:
        if self.classes is None:
            return
        counts = self.classes.astype(np.int64)
        self.flushed = counts if self.flushed is None else self.flushed + counts
        self.classes[:] = 0
        self.unflushed_pixels = 0

    def merge_into(self, acc: FastAccumulator, nodata: tuple[Any, bool]) -> None:
        if self.count is not None and self.total is not None:
            acc.count += self.count
            acc.total += self.total
        if self.vmin is not None and self.vmax is not None:
            np.minimum(acc.vmin, self.vmin, out=acc.vmin)
            np.maximum(acc.vmax, self.vmax, out=acc.vmax)
        if self.classes is not None:
            # only the values that occur (land cover: ~20 of 256): a full int64 copy of the
            # counts was 7 MiB of fresh memory per thread in the serial tail
            seen = self.classes.any(axis=0)
            if self.flushed is not None:
                seen |= self.flushed.any(axis=0)
            values = np.flatnonzero(seen)
            if nodata[1]:
                values = values[values != int(nodata[0])]
            columns = self.classes[:, values].astype(np.int64)
            if self.flushed is not None:
                columns += self.flushed[:, values]
            if self.count is None:
                acc.count += columns.sum(axis=1)
            for j, value in enumerate(values.tolist()):
                known = acc.classes.get(float(value))
                acc.classes[float(value)] = columns[:, j] if known is None else known + columns[:, j]


CLASS_FLUSH_PIXELS = 2**32
"""Per-thread 32-bit class counts are added into 64-bit totals before this many pixels."""


def _reduce_compiled(
    kernels: Any, t: _Sums, data: np.ndarray, window: Window, records: np.ndarray, nodata: tuple[Any, bool]
) -> None:
    r0, c0 = int(window.row_off), int(window.col_off)
    if not data.flags.c_contiguous or not data.dtype.isnative:
        data = np.ascontiguousarray(data, dtype=data.dtype.newbyteorder("="))
    args = (data, r0, c0, records)
    nd = nodata[0].item()  # a Python number of the data's kind, for the C conversion
    if t.count is not None:
        kernels.sum_count(*args, nd, nodata[1], t.count, t.total)
    if t.vmin is not None:
        kernels.minmax(*args, nd, nodata[1], t.vmin, t.vmax)
    if t.classes is not None:
        if t.unflushed_pixels + data.size >= CLASS_FLUSH_PIXELS:  # a 32-bit count could overflow
            t.flush_classes()
        t.unflushed_pixels += data.size
        kernels.classes_u8(*args, t.classes)


def _window_key(window: Window) -> tuple[int, int, int, int]:
    return int(window.row_off), int(window.col_off), int(window.height), int(window.width)


def _first_windows(raster: RasterLayer, geoms: np.ndarray, budget_mb: float | None) -> list[Window]:
    """The work windows (in processing order) that meet a district's bounding box; the first ``budget_mb``.

    A superset of the windows holding spans (bounding boxes, not shapes).
    """
    present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if not present.any():
        return []
    bounds = shapely.bounds(geoms[present])
    grid = _chunk_grid(raster, tuple(shapely.total_bounds(geoms[present])))
    if grid is None:
        return []
    (row0, row1, col0, col1), (ch, cw, r_start, c_start) = grid
    per_block = ch * cw * np.dtype(raster.dtype).itemsize / 2**20
    limit = None if budget_mb is None else max(2, int(budget_mb / max(per_block, 1e-6)))
    # Each district's bounding box in pixels, then in work blocks; mark the blocks it covers.
    inv = ~raster.transform
    xs = inv.a * bounds[:, [0, 2, 0, 2]] + inv.b * bounds[:, [1, 1, 3, 3]] + inv.c
    ys = inv.d * bounds[:, [0, 2, 0, 2]] + inv.e * bounds[:, [1, 1, 3, 3]] + inv.f
    nbr, nbc = -(-(row1 - r_start) // ch), -(-(col1 - c_start) // cw)
    b_r0 = np.clip((np.floor(ys.min(axis=1)) - r_start) // ch, 0, nbr - 1).astype(np.int64)
    b_r1 = np.clip((np.ceil(ys.max(axis=1)) - 1 - r_start) // ch, 0, nbr - 1).astype(np.int64)
    b_c0 = np.clip((np.floor(xs.min(axis=1)) - c_start) // cw, 0, nbc - 1).astype(np.int64)
    b_c1 = np.clip((np.ceil(xs.max(axis=1)) - 1 - c_start) // cw, 0, nbc - 1).astype(np.int64)
    marks = np.zeros((nbr + 1, nbc + 1), np.int64)  # 2-D difference array of the boxes
    np.add.at(marks, (b_r0, b_c0), 1)
    np.add.at(marks, (b_r0, b_c1 + 1), -1)
    np.add.at(marks, (b_r1 + 1, b_c0), -1)
    np.add.at(marks, (b_r1 + 1, b_c1 + 1), 1)
    covered = marks.cumsum(axis=0).cumsum(axis=1)[:nbr, :nbc] > 0
    out = []
    for k in np.flatnonzero(covered.ravel()).tolist():
        i, j = divmod(k, nbc)
        window = _clip_window(r_start + i * ch, c_start + j * cw, ch, cw, row0, row1, col0, col1)
        if window is not None:
            out.append(window)
            if len(out) == limit:
                break
    return out
