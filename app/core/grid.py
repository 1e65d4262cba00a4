"""Grid suitability end to end: criterion rasters -> suitability Cloud Optimized GeoTIFF -> per district.

A *grid recipe* names one raster per indicator (all on one pixel grid) and the
criteria, exactly as a district scenario does (standardisation, direction,
weight, constraints, missing-value policy), in TOML or JSON::

    method = "wlc"
    [rasters]
    slope = "slope_30m.tif"            # relative to the recipe's folder
    dist_road = "dist_road_30m.tif"
    [[criteria]]
    indicator = "slope"
    direction = "cost"
    weight = 0.6
    missing = "exclude"
    standardization = { method = "minmax" }
    constraints = [ { op = ">", value = 30, reason = "too steep" } ]

:func:`run_grid` scores it window by window (:class:`~smartzone.scoring.grid.GridPlan`):
one pass folds each window's statistics (skipped when every standardisation
is data-free, e.g. fuzzy memberships with their parameters given), a second
scores each window against the whole raster's statistics and writes it into the output, which is then
converted into a Cloud Optimized GeoTIFF with overviews. In this process
(:class:`InProcess`) each window is read once: the first pass puts the cells
the constraints keep, already decoded, into a scratch file next to the output
(:class:`~smartzone.layers.spill.ArraySpill`, about 16 bytes per kept cell for
four float32 bands, deleted at the end) and the second pass scores them from
there; inflating the compressed blocks twice cost more than all the scoring.
Windows without a kept cell are neither scored nor written (the output is
sparse until the COG conversion). No step holds more than one window per band
(4 Mpx) per worker, whatever the raster's size. The windows run here, two
threads at a time, or as Dask work (:mod:`smartzone.app.core.scale`, which
reads twice: its workers share no disk); both give the same file.

Criteria default to ``missing = "exclude"`` in a grid recipe: sea and other
nodata cells get no score.
"""
from __future__ import annotations

import json
import os
import threading
import tomllib
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from smartzone.layers.errors import CancelledError
from smartzone.layers.raster_stack import (
    COMPRESSIONS,
    GridWriter,
    RasterStack,
    WindowKey,
    WindowReader,
)
from smartzone.layers.spill import ArraySpill
from smartzone.scoring.errors import CriteriaError
from smartzone.scoring.grid import (
    GridPlan,
    GridSummary,
    WindowCells,
    Workspace,
    pack_rows,
    unpack_rows,
)
from smartzone.scoring.model import Criterion

if TYPE_CHECKING:
    from smartzone.scoring.patches import Shape  # (scipy.signal: imported where patches are made)

__all__ = ["GridRecipe", "GridRun", "InProcess", "run_grid", "summarize_window", "score_window"]


@dataclass(frozen=True)
class GridRecipe:
    """Rasters by indicator, criteria and scorer of a grid suitability."""

    rasters: Mapping[str, Path]
    criteria: tuple[Criterion, ...]
    method: str = "wlc"
    compress: str | None = None
    """The COG's compression from the recipe's ``[output]`` table (``zstd``/``deflate``), None: the default."""
    predictor: bool | None = None
    """``[output] predictor = true``: the floating-point predictor (a smaller file for more CPU)."""

    @classmethod
    def load(cls, path: str | os.PathLike[str], overrides: Mapping[str, str] | None = None) -> GridRecipe:
        """Read a recipe (``.toml`` or ``.json``); ``overrides`` replace raster paths by indicator.

        Raises
        ------
        CriteriaError
            The file cannot be read or parsed, or a criterion has no raster.
        """
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
        except (OSError, ValueError) as exc:
            raise CriteriaError(f"Cannot read the grid recipe {path}: {exc}.", key="grid_recipe_unreadable",
                                path=str(path), detail=str(exc)) from exc
        rasters = {str(k): (path.parent / str(v)) for k, v in dict(data.get("rasters", {})).items()}
        for name, value in (overrides or {}).items():
            rasters[name] = Path(value)
        try:
            criteria = tuple(Criterion.from_dict({"missing": "exclude", **c}) for c in data.get("criteria", ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise CriteriaError(f"{path}: a criterion is incomplete ({exc}); each needs at least 'indicator'.",
                                key="grid_recipe_criterion", path=str(path), detail=str(exc)) from exc
        output = data.get("output", {})
        compress = output.get("compress") if isinstance(output, dict) else None
        predictor = output.get("predictor") if isinstance(output, dict) else None
        if (not isinstance(output, dict) or not isinstance(compress, str | None) or not isinstance(predictor, bool | None)
                or (compress is not None and compress.lower() not in COMPRESSIONS)):
            detail = f"[output] {output!r}"
            raise CriteriaError(f"{path}: {detail} is not understood; write compress = \"zstd\" or \"deflate\" and "
                                "predictor = true or false.", key="grid_recipe_output", path=str(path), detail=detail)
        recipe = cls.of(rasters, criteria, str(data.get("method", "wlc")), where=str(path))
        return replace(recipe, compress=compress.lower() if compress else None, predictor=predictor)

    @classmethod
    def of(cls, rasters: Mapping[str, str | os.PathLike[str]], criteria: Sequence[Criterion], method: str = "wlc",
           *, where: str = "the grid recipe") -> GridRecipe:
        if not criteria:
            raise CriteriaError(f"{where} has no criteria: add at least one [[criteria]] naming a raster.",
                                key="grid_no_criteria", **({"path": where} if where != "the grid recipe" else {}))
        missing = sorted({c.indicator for c in criteria} - set(rasters))
        if missing:
            raise CriteriaError(
                f"{where}: no raster for {', '.join(missing)}; add it under [rasters] or pass --raster NAME=PATH.",
                key="grid_missing_rasters", missing=missing, **({"path": where} if where != "the grid recipe" else {}),
            )
        used = {c.indicator for c in criteria}
        return cls({k: Path(v) for k, v in rasters.items() if k in used}, tuple(criteria), method)


@dataclass
class GridRun:
    """What :func:`run_grid` produced."""

    path: Path
    windows: int
    cells: int
    scored: int = 0
    summary: GridSummary = field(default_factory=dict)
    where: str = "in-process"


def summarize_window(stack: RasterStack, plan: GridPlan, key: WindowKey) -> GridSummary:
    """Statistics of one window (a task: plain arguments, plain result)."""
    return plan.summarize(stack.read(key, plan.indicators))


def score_window(stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
                 key: WindowKey) -> np.ndarray:
    """Scores of one window, float32 0-100, NaN where excluded or without data."""
    return plan.score_window(stack.read(key, plan.indicators), references)


def combine_in_order(parts: Iterable[GridSummary]) -> GridSummary:
    """Fold window summaries in window order (the same order whatever ran them: same bits)."""
    total: GridSummary = {}
    for part in parts:
        total = GridPlan.combine(total, part)
    return total


class Executor(Protocol):
    """Runs the two passes of a grid over windows (here, or on Dask)."""

    where: str

    def summaries(self, stack: RasterStack, plan: GridPlan, keys: Sequence[WindowKey],
                  tick: Callable[[], None]) -> list[GridSummary]: ...

    def scores(self, stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
               keys: Sequence[WindowKey]) -> Iterator[tuple[WindowKey, np.ndarray | None]]:
        """Each window's scores, in any order; ``None`` for a window without a scored cell."""
        ...


class InProcess:
    """Windows in this process, ``threads`` at a time (GDAL and most NumPy loops release the GIL).

    At most a few windows per thread are in flight, so memory stays a few windows whatever the grid.
    Each thread keeps its files open and reuses its buffers from window to window
    (:class:`~smartzone.layers.raster_stack.WindowReader`, :class:`~smartzone.scoring.grid.Workspace`):
    fresh memory costs more than the arithmetic done in it.
    """

    where = "in-process"

    def __init__(self, threads: int = 2) -> None:
        self.threads = max(1, threads)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._readers: list[WindowReader] = []

    def _reader(self, stack: RasterStack) -> WindowReader:
        reader = getattr(self._local, "reader", None)
        if reader is None or reader.stack is not stack:
            reader = self._local.reader = WindowReader(stack)
            with self._lock:
                self._readers.append(reader)
        return reader

    def _workspace(self) -> Workspace:
        ws = getattr(self._local, "workspace", None)
        if ws is None:
            ws = self._local.workspace = Workspace()
        return ws

    def _close_readers(self) -> None:
        with self._lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            reader.close()

    def _ordered(self, fn: Callable[[WindowKey], Any], keys: Sequence[WindowKey],
                 ahead: int | None = None) -> Generator[tuple[WindowKey, Any], None, None]:
        """``fn`` of each key on the threads, yielded in key order, ``ahead`` (default 2 per thread) in flight."""
        from collections import deque
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(self.threads, thread_name_prefix="smartzone-grid") as pool:
            pending: deque[tuple[WindowKey, Any]] = deque()
            try:
                for key in keys:
                    pending.append((key, pool.submit(fn, key)))
                    if len(pending) >= (ahead or 2 * self.threads):
                        k, f = pending.popleft()
                        yield k, f.result()
                while pending:
                    k, f = pending.popleft()
                    yield k, f.result()
            finally:
                for _, f in pending:
                    f.cancel()

    def summaries(self, stack: RasterStack, plan: GridPlan, keys: Sequence[WindowKey],
                  tick: Callable[[], None]) -> list[GridSummary]:
        out = []
        for _, part in self._ordered(lambda key: summarize_window(stack, plan, key), keys):
            out.append(part)
            tick()
        return out

    def scores(self, stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
               keys: Sequence[WindowKey]) -> Iterator[tuple[WindowKey, np.ndarray]]:
        yield from self._ordered(lambda key: score_window(stack, plan, references, key), keys)

    def written(self, stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
                keys: Sequence[WindowKey], write: Callable[[WindowKey, np.ndarray], int],
                spill: ArraySpill | None = None) -> Iterator[int]:
        """Each window scored and ``write``-n on the threads (``write`` returns its count of values), in key order.

        From ``spill`` (the first pass's kept cells) when given, else read from ``stack``.
        ``write`` must be safe to call from several threads (:meth:`GridWriter.write` is).
        """
        # closing(): a consumer that stops early (cancel, error) closes the inner generator at once,
        # whose pool then waits for the windows being written
        if spill is None:
            with closing(self._ordered(lambda key: write(key, score_window(stack, plan, references, key)),
                                       keys)) as ordered:
                for _, count in ordered:
                    yield count
            return
        with closing(self.scores_kept(plan, references, keys, spill, write)) as kept:
            for _, count in kept:
                yield count

    def summaries_kept(self, stack: RasterStack, plan: GridPlan, keys: Sequence[WindowKey], spill: ArraySpill,
                       tick: Callable[[], None]) -> list[GridSummary]:
        """First pass, reading each window once: statistics, and the kept cells' values put in ``spill``."""
        narrow = _narrow_types(stack, plan)

        def one(key: WindowKey) -> GridSummary:
            ws = self._workspace()
            return _summarize_and_keep(self._reader(stack).read(key, plan.indicators), plan, key, spill, ws,
                                       narrow)

        out = []
        try:
            # summaries are small and the buffers are the threads' own: many windows in flight, so a
            # slow land window at the head does not leave the other thread idle behind it
            with closing(self._ordered(one, keys, ahead=8 * self.threads)) as ordered:
                for _, part in ordered:  # (a cancel closes the pool, which waits, before the readers close)
                    out.append(part)
                    tick()
        finally:
            self._close_readers()
        return out

    def scores_kept(self, plan: GridPlan, references: Mapping[str, np.ndarray], keys: Sequence[WindowKey],
                    spill: ArraySpill, write: Callable[[WindowKey, np.ndarray], int],
                    ) -> Generator[tuple[WindowKey, int], None, None]:
        """Second pass from ``spill``, no raster read: each window's scores handed to ``write(key, scores)``
        on the threads; yields ``(key, what write returned)``, 0 for a window without a kept cell.

        The scores go into a few float32 buffers taken in turns, each free again once written.
        """
        import queue

        spill.read_ahead(keys)  # the disk reads the next windows' cells while these are scored
        size = max((k[2] * k[3] for k in keys), default=0)
        free: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
        ahead = 4 * self.threads
        for _ in range(ahead):  # one per window in flight
            free.put(np.empty(0, np.float32))

        def one(key: WindowKey) -> int:
            if key not in spill:
                return 0
            buffer = free.get()
            try:
                if buffer.size < size:
                    buffer = np.empty(size, np.float32)
                values = _score_kept(plan, references, key, spill, self._workspace(), buffer)
                return 0 if values is None else write(key, values)
            finally:
                free.put(buffer)  # written (or failed): free again

        with closing(self._ordered(one, keys, ahead=ahead)) as ordered:
            yield from ordered


_NARROW = tuple(np.dtype(t) for t in ("uint8", "int8", "uint16", "int16"))
"""Band types kept in the scratch file as themselves (1-2 bytes a cell instead of float32's 4)."""


def _narrow_types(stack: RasterStack, plan: GridPlan) -> dict[str, np.dtype[Any]]:
    """The criterion bands whose raster holds 8- or 16-bit integers (land-cover classes ...)."""
    out = {}
    for name in plan.indicators:
        dtype = np.dtype(stack.layers[name].dtype)
        if dtype in _NARROW:
            out[name] = dtype
    return out


def _summarize_and_keep(bands: Mapping[str, np.ndarray], plan: GridPlan, key: WindowKey, spill: ArraySpill,
                        workspace: Workspace | None = None,
                        narrow: Mapping[str, np.dtype[Any]] | None = None) -> GridSummary:
    """Statistics of a window's kept cells; the cells go to ``spill``.

    A band of 8- or 16-bit integers (``narrow``) whose kept cells all have a value
    is stored in its own type: its float32 values are those integers exactly, and
    the scratch file, the costliest part of the pass after the reading, shrinks.
    """
    cells = plan.cells(bands, workspace=workspace)
    if cells.rows.size:
        columns = dict(cells.columns)
        for name, dtype in (narrow or {}).items():
            column = columns[name]
            if cells.extremes is not None and cells.extremes[name][0] == column.size and column.dtype == np.float32:
                small = np.empty(column.size, dtype) if workspace is None else workspace.array(
                    f"narrow{name}", dtype, column.size)
                np.copyto(small, column, casting="unsafe")
                columns[name] = small
        spill.put(key, {"\0mask": pack_rows(cells.rows, key[2] * key[3]), **columns})
    return plan.summarize_cells(cells)


def _score_kept(plan: GridPlan, references: Mapping[str, np.ndarray], key: WindowKey, spill: ArraySpill,
                workspace: Workspace | None = None, out: np.ndarray | None = None) -> np.ndarray | None:
    if key not in spill:
        return None
    n = key[2] * key[3]
    stored = spill.get(key, None if workspace is None else (lambda name, dtype, size: workspace.array(
        f"spill{name}", dtype, size)))
    rows = unpack_rows(stored.pop("\0mask"), n, None if workspace is None else workspace.array("rows", np.int64, n))
    for name, column in stored.items():
        if column.dtype in _NARROW:  # kept as the band's integers: back to the float32 it was read as
            wide = np.empty(column.size, np.float32) if workspace is None else workspace.array(
                f"wide{name}", np.float32, column.size)
            np.copyto(wide, column)
            stored[name] = wide
    return plan.score_cells(WindowCells((key[2], key[3]), rows, stored), references, out=out)


def run_grid(
    recipe: GridRecipe,
    out: str | os.PathLike[str],
    *,
    executor: Executor | None = None,
    feedback: Any = None,
    window_pixels: int | None = None,
    compress: str | None = None,
    predictor: bool | None = None,
) -> GridRun:
    """Score ``recipe`` into the Cloud Optimized GeoTIFF ``out`` (float32 0-100, NaN = no score).

    Parameters
    ----------
    executor
        :class:`InProcess` (default) or a Dask executor from :mod:`smartzone.app.core.scale`.
    feedback
        Optional ``set_progress(percent)`` / ``is_canceled()`` / ``info(message)``.
    window_pixels
        Pixels per window (default :data:`~smartzone.layers.raster_stack.WINDOW_PIXELS`).
    compress
        The COG's compression, ``"zstd"`` or ``"deflate"`` (default: the recipe's ``[output]``,
        else :data:`~smartzone.layers.raster_stack.DEFAULT_COMPRESS`).
    predictor
        Apply the floating-point predictor: a smaller COG for more CPU (default: the recipe's
        ``[output]``, else :data:`~smartzone.layers.raster_stack.DEFAULT_PREDICTOR`, none).

    Raises
    ------
    LayerReadError, CriteriaError, ExportError, CancelledError
    """
    executor = executor or InProcess()
    compress = compress or recipe.compress
    predictor = recipe.predictor if predictor is None else predictor
    stack = RasterStack.open(recipe.rasters)
    plan = GridPlan(recipe.criteria, recipe.method)
    keys = stack.windows(window_pixels) if window_pixels else stack.windows()
    total = 2 * len(keys)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if feedback is not None:
            feedback.set_progress(95.0 * done / total)
            if feedback.is_canceled():
                raise CancelledError("Grid suitability cancelled; nothing was written.")

    if feedback is not None:
        h, w = stack.shape
        feedback.info(f"Grid suitability of {h} x {w} cells in {len(keys)} windows ({executor.where}).")
    scored = 0
    with GridWriter(out, stack.first, compress=compress, predictor=predictor) as writer, ExitStack() as scratch:
        spill: ArraySpill | None = None
        if plan.needs_statistics and isinstance(executor, InProcess):
            # read each window once: its kept cells wait in a scratch file for the scores
            spill = scratch.enter_context(ArraySpill(writer.tmp.parent, prefix=f".{Path(out).stem}."))
            summary = combine_in_order(executor.summaries_kept(stack, plan, keys, spill, tick))
            spill.flush()  # the last writes on the disk (a failed one reported here)
        elif plan.needs_statistics:  # workers elsewhere: read twice
            summary = combine_in_order(executor.summaries(stack, plan, keys, tick))
        else:  # every standardisation is data-free: one pass
            total = len(keys)
            summary = {}
        writer.plan_overviews(keys)  # levels computed from the windows as they are written
        # windows without a score are left out of the (sparse) files: they read as nodata
        counts: Iterable[int]
        if isinstance(executor, InProcess):  # the threads score and write, each into its own file
            counts = executor.written(stack, plan, plan.references(summary), keys, writer.write, spill)
        elif getattr(executor, "writes_here", lambda _folder: False)(str(writer.path.parent)):
            # workers of this machine write their windows into files of their own: none travels
            counts = executor.written(stack, plan, plan.references(summary), keys, writer)  # type: ignore[attr-defined]
        else:
            counts = (0 if values is None else writer.write(key, values)
                      for key, values in executor.scores(stack, plan, plan.references(summary), keys))
        try:
            for count in counts:
                scored += count
                tick()
        finally:  # on a cancel or an error: the threads stop writing before the files are closed
            close = getattr(counts, "close", None)
            if close is not None:
                close()  # the generators' thread pools wait for the windows in flight
        with ThreadPoolExecutor(1, thread_name_prefix="smartzone-grid") as pool:
            closed = pool.submit(scratch.close)  # deleting GBs of scratch waits for the disk: not for the COG
            path = writer.commit()
            closed.result()
    if feedback is not None:
        feedback.set_progress(100.0)
    h, w = stack.shape
    return GridRun(path, len(keys), h * w, scored, summary, executor.where)


MAX_PATCH_PIXELS = 256_000_000
"""Cells Locate Regions reads at once (the best districts' bounding box); more: choose fewer districts."""


def grid_patches(
    path: str | os.PathLike[str],
    districts: Any,
    summary: Any,
    *,
    best: int = 5,
    area_m2: float = 1_000_000.0,
    shape: Shape = "square",
    count: int = 3,
    gap_m: float = 0.0,
    stat: str = "mean",
) -> Any:
    """Locate Regions on the grid: the best ``count`` patches inside the ``best`` districts.

    ``summary`` is the per-district table of the suitability (index = district
    code, a ``stat`` column); the grid is read only over those districts. Returns
    a GeoDataFrame (raster CRS): ``rank``, ``mean_score``, ``area_ha``, ``code``
    (district holding the patch centre) and the patch polygon.
    """
    import geopandas as gpd
    import rasterio
    import shapely
    from rasterio.features import geometry_mask
    from rasterio.windows import Window, from_bounds

    from smartzone.layers.raster import open_raster
    from smartzone.scoring.patches import locate_patches

    raster = open_raster(path)
    frame = getattr(districts, "frame", districts)
    top = summary[stat].dropna().nlargest(best).index.astype(str)
    chosen = frame[frame["code"].astype(str).isin(top)]
    if chosen.empty:
        raise CriteriaError("No district has a suitability score: Locate Regions has nowhere to look.",
                            key="patches_no_scores")
    if raster.crs is not None:
        chosen = chosen.to_crs(raster.crs.to_wkt())
    with rasterio.open(raster.path) as ds:
        win = from_bounds(*chosen.total_bounds, transform=ds.transform).round_offsets().round_lengths()
        win = win.intersection(Window(0, 0, ds.width, ds.height))
        if win.width * win.height > MAX_PATCH_PIXELS:
            raise CriteriaError(
                f"The {best} best districts span {win.width * win.height / 1e6:,.0f} Mpx of {raster.path.name}; "
                "Locate Regions reads at most 256 Mpx at once: ask for fewer districts (--best).",
                key="patches_too_large", best=best, mpx=f"{win.width * win.height / 1e6:,.0f}", path=str(raster.path),
            )
        data = ds.read(1, window=win).astype(np.float64)
        transform = ds.window_transform(win)
    mask = geometry_mask(list(chosen.geometry), out_shape=data.shape, transform=transform, invert=True)
    res = abs(transform.a)
    cells = max(1, round(area_m2 / (res * abs(transform.e))))
    patches = locate_patches(data, cells=cells, shape=shape, count=count,
                             gap=int(np.ceil(gap_m / res)), mask=mask)
    rows = []
    for rank, p in enumerate(patches, start=1):
        x0, y0 = transform * (p.col, p.row)
        x1, y1 = transform * (p.col + p.width, p.row + p.height)
        if p.shape == "circle":
            centre = shapely.Point((x0 + x1) / 2, (y0 + y1) / 2)
            geom = centre.buffer(np.sqrt(p.cells / np.pi) * res, quad_segs=16)
        else:
            geom = shapely.box(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            centre = geom.centroid
        holder = chosen[chosen.contains(centre)]
        rows.append({"rank": rank, "mean_score": round(p.mean, 4), "area_ha": round(p.cells * res * res / 1e4, 2),
                     "code": str(holder["code"].iloc[0]) if len(holder) else "", "geometry": geom})
    return gpd.GeoDataFrame(rows, columns=["rank", "mean_score", "area_ha", "code", "geometry"],
                            geometry="geometry", crs=chosen.crs)
