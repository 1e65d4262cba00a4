"""Zonal statistics, grid suitability and Monte-Carlo sensitivity as Dask work.

Where the work runs (:func:`choose_where`):

- ``--scheduler tcp://host:8786``: on that existing Dask cluster;
- otherwise, a job larger than :data:`LOCAL_CLUSTER_PIXELS` (by raster pixels)
  on a :class:`distributed.LocalCluster` of this machine's cores, one process
  per core, each with :data:`WORKER_MEMORY` of memory;
- otherwise in this process (the fast path: no cluster start-up, no transfer).

Each piece of work is split so the partial results combine exactly and the
result is the single-machine one:

- zonal statistics: the raster's work grid (the fast path's blocks) is cut
  into bands of block rows; a task runs the fast path on the districts that
  reach its band (:func:`~smartzone.layers._zonal_fast.run_fast` with
  ``rows``); counts, class counts, minima and maxima add up exactly, sums
  are float64 sums in another order (equal to ~1e-15 relative; exactly equal
  for integer values);
- grid suitability: a :mod:`dask.array` of the output, one chunk per window
  aligned to the first raster's blocks; window statistics are folded in
  window order on the client (the same bits as in-process), each chunk
  scored by a task; on a cluster of this machine each worker writes its
  windows into files of its own beside the output and only their names
  come back (the client builds the COG from them); on other machines the
  windows travel to the client, which writes them;
- Monte-Carlo: the weight draws are made once on the client (same seed, same
  draws), batches of runs ranked by tasks, ranks put back in run order.

Workers must see the raster and district files at the same paths as the
client (a shared folder): tasks carry paths, not pixels (docs/scale.md).
"""
from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from smartzone.layers.errors import CancelledError

if TYPE_CHECKING:  # the app imports this module at start: rasters and scoring load when used
    from smartzone.layers.raster_stack import RasterStack, WindowKey
    from smartzone.scoring.grid import GridPlan, GridSummary

__all__ = ["LOCAL_CLUSTER_PIXELS", "DaskGrid", "Where", "app_zonal_runner", "band_rows_for", "choose_where", "dask_client",
           "dask_monte_carlo", "default_scheduler", "set_default_scheduler", "zonal_runner"]

LOCAL_CLUSTER_PIXELS = {"zonal": 20_000_000_000, "grid": 20_000_000_000}
"""Raster pixels above which a job without ``--scheduler`` starts a local cluster.

On one machine the in-process paths were faster at every size measured
(bench/bench_dask.py): zonal statistics already keep every core busy reading,
and grid suitability reads each window once with two threads where Dask tasks
read it twice (2.3-4.7x the in-process time for a national 30 m grid on 1-2
local workers). Memory is bounded by the window either way.
Only very large jobs (20 Gpx: a national 2 m raster, hours of work) start a
local cluster, whose worker processes are restarted and their tasks run again
if one crashes.
"""
CONNECT_TIMEOUT = "10s"
"""How long to wait for a ``--scheduler`` to answer."""
WORKER_MEMORY = "2GB"
"""Memory limit of each local-cluster worker (Dask pauses and spills a worker that reaches it)."""

Mode = Literal["scheduler", "local", "in-process"]


@dataclass(frozen=True)
class Where:
    """Where a job runs and why (the CLI prints :attr:`message`)."""

    mode: Mode
    address: str | None = None
    message: str = ""


def choose_where(kind: str, pixels: int, scheduler: str | None = None, force: Mode | None = None) -> Where:
    """Pick scheduler / local cluster / in-process for a job of ``pixels`` raster pixels."""
    if scheduler:
        return Where("scheduler", scheduler, f"Dask: running on the cluster at {scheduler}.")
    limit = LOCAL_CLUSTER_PIXELS[kind]
    size = f"{pixels / 1e6:,.0f} Mpx"
    if force == "local" or (force is None and pixels > limit):
        why = "asked for" if force == "local" else f"{size} > {limit / 1e6:,.0f} Mpx"
        return Where("local", None, f"Dask: running on a local cluster of {os.cpu_count() or 1} workers ({why}).")
    why = "asked for" if force == "in-process" else f"{size} <= {limit / 1e6:,.0f} Mpx"
    return Where("in-process", None, f"Running in-process ({why}; --scheduler ADDRESS runs it on a Dask cluster).")


@contextmanager
def dask_client(where: Where, *, n_workers: int | None = None, processes: bool = True) -> Iterator[Any]:
    """A :class:`distributed.Client` for ``where`` (None in-process); local clusters are closed on exit."""
    if where.mode == "in-process":
        yield None
        return
    from distributed import Client, LocalCluster

    if where.mode == "scheduler":
        try:
            client = Client(where.address, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ConnectionError(
                f"Cannot reach the Dask scheduler at {where.address} ({exc}). Check the address and that "
                "`dask scheduler` runs there, or leave out --scheduler to run on this machine."
            ) from exc
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                           processes=processes, memory_limit=WORKER_MEMORY, dashboard_address=None)
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _gather_in_order(client: Any, futures: list[Any], tick: Callable[[], None]) -> list[Any]:
    """Results in submission order; ``tick`` after each (may raise to cancel: the futures are cancelled)."""
    from distributed import as_completed

    index = {f.key: i for i, f in enumerate(futures)}
    out: list[Any] = [None] * len(futures)
    try:
        # the client's own loop: the app's client is not the default one (as_completed would look for it)
        for future in as_completed(futures, loop=client.loop):
            out[index[future.key]] = future.result()
            tick()
    except BaseException:
        client.cancel(futures)
        raise
    return out


# ------------------------------------------------------------------ grid suitability


def _score_block(stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
                 block_info: Any = None) -> np.ndarray:
    from smartzone.app.core.grid import score_window

    (r0, r1), (c0, c1) = block_info[None]["array-location"]
    return score_window(stack, plan, references, (r0, c0, r1 - r0, c1 - c0))


def _scored_or_none(scores: np.ndarray) -> np.ndarray | None:
    """A window's scores to send back, or ``None`` when no cell has one (sea, excluded land):
    the client leaves such windows out of the sparse file anyway, so they need not travel."""
    return scores if np.isfinite(scores).any() else None


class DaskGrid:
    """Runs :func:`smartzone.app.core.grid.run_grid`'s two passes on a Dask client."""

    def __init__(self, client: Any, where: str = "Dask") -> None:
        self.client = client
        self.where = where

    def summaries(self, stack: RasterStack, plan: GridPlan, keys: Sequence[WindowKey],
                  tick: Callable[[], None]) -> list[GridSummary]:
        from smartzone.app.core.grid import summarize_window

        futures = [self.client.submit(summarize_window, stack, plan, key, pure=False) for key in keys]
        return _gather_in_order(self.client, futures, tick)

    def _windows(self, stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
                 keys: Sequence[WindowKey], task: Callable[[WindowKey, Any], Any],
                 ) -> Generator[tuple[WindowKey, Any], None, None]:
        """``task(key, scores)`` of each window (a delayed of its scores, a chunk of a dask array of the
        grid) computed on the cluster, yielded as they finish, with at most :func:`windows_in_flight` ahead.

        Bounded because finished windows wait in the workers' memory until their result is taken:
        submitting all at once piled 16 MiB windows up (1.4 GB per worker on the national 10 m grid,
        spilled to disk by Dask) when the client wrote every window alone.
        """
        import dask.array as da
        from distributed import as_completed

        rows = tuple(k[2] for k in keys if k[1] == 0)
        cols = tuple(k[3] for k in keys if k[0] == 0)
        grid = da.map_blocks(_score_block, stack, plan, references, dtype=np.float32, chunks=(rows, cols),
                             meta=np.empty((0, 0), np.float32))
        blocks = grid.to_delayed()
        starts_r = np.concatenate([[0], np.cumsum(rows)[:-1]])
        starts_c = np.concatenate([[0], np.cumsum(cols)[:-1]])
        todo = iter([(i, j) for i in range(len(rows)) for j in range(len(cols))])
        futures: list[Any] = []
        where: dict[Any, WindowKey] = {}
        done = as_completed(loop=self.client.loop)

        def submit_next() -> None:
            ij = next(todo, None)
            if ij is not None:
                i, j = ij
                key = (int(starts_r[i]), int(starts_c[j]), rows[i], cols[j])
                future = self.client.compute(task(key, blocks[i, j]))
                futures.append(future)
                where[future.key] = key
                done.add(future)

        for _ in range(windows_in_flight(self.client)):
            submit_next()
        try:
            for future in done:
                result = future.result()
                future.release()  # the client holds one window at a time
                yield where[future.key], result
                submit_next()
        finally:
            self.client.cancel([f for f in futures if not f.done()])

    def scores(self, stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
               keys: Sequence[WindowKey]) -> Iterator[tuple[WindowKey, np.ndarray | None]]:
        from dask.delayed import delayed

        sent = delayed(_scored_or_none, pure=True)
        yield from self._windows(stack, plan, references, keys, lambda key, block: sent(block))

    def writes_here(self, folder: str) -> bool:
        """Whether every worker can write into ``folder`` on this machine (a local cluster): then the
        workers write the scored windows themselves (:meth:`written`) instead of sending them back."""
        import socket

        def where_am_i(folder: str) -> tuple[str, bool]:
            import os
            import socket

            return socket.gethostname(), os.path.isdir(folder) and os.access(folder, os.W_OK)

        try:
            seen = self.client.run(where_am_i, folder)
        except Exception:  # noqa: BLE001 (a cluster that cannot answer: send the windows back)
            return False
        host = socket.gethostname()
        return bool(seen) and all(h == host and ok for h, ok in seen.values())

    def written(self, stack: RasterStack, plan: GridPlan, references: Mapping[str, np.ndarray],
                keys: Sequence[WindowKey], writer: Any) -> Iterator[int]:
        """Each window scored and written by a worker into files of its own beside the output
        (:func:`~smartzone.layers.raster_stack.write_part_window`), which ``writer`` adopts; yields
        the windows' counts of values as they finish. Only when :meth:`writes_here`."""
        import uuid

        from dask.delayed import delayed

        from smartzone.layers.raster_stack import close_run_parts, write_part_window

        spec, run = writer.part_spec(), uuid.uuid4().hex
        write = delayed(write_part_window, pure=False)
        try:  # only (count, file names) come back
            with closing(self._windows(stack, plan, references, keys,
                                       lambda key, block: write(spec, run, key, block))) as windows:
                for key, (count, tmp, levels) in windows:
                    if count:
                        writer.adopt(key, tmp, levels)
                    yield count
        finally:  # (the windows' futures are cancelled first, by closing())
            self.client.run(close_run_parts, run)  # the files complete on the disk before the COG step


WINDOWS_PER_THREAD = 2
"""Grid windows submitted ahead per worker thread (one computing, one waiting to be fetched)."""


def windows_in_flight(client: Any) -> int:
    """How many grid windows :class:`DaskGrid` keeps submitted at once: 2 per worker thread, plus 2."""
    return WINDOWS_PER_THREAD * max(1, sum(client.nthreads().values())) + 2


# ------------------------------------------------------------------ zonal statistics

BAND_BLOCK_ROWS = 4
"""Fewest work-grid rows per zonal task (a band of 4 x 512 rows at the usual 512 px tiles)."""
TASKS_PER_THREAD = 4
"""Zonal tasks per worker thread of the cluster: enough for the scheduler to balance uneven bands
(sea and land), few enough that the per-task cost (districts sent, spans of districts crossing
band edges built twice, a round trip) stays small (bench/README.md)."""


def band_rows_for(client: Any, block_rows: int) -> int:
    """Work-grid rows per band: about :data:`TASKS_PER_THREAD` tasks per worker thread."""
    threads = max(1, sum(client.nthreads().values()))
    return max(BAND_BLOCK_ROWS, -(-block_rows // (TASKS_PER_THREAD * threads)))


def zonal_runner(client: Any, band_rows: int | None = None) -> Callable[..., Any]:
    """A ``runner`` for :func:`smartzone.layers.zonal.zonal_stats` that runs row bands as Dask tasks.

    ``band_rows``: work-grid rows per task (default :func:`band_rows_for` the cluster's threads).
    """
    from smartzone.layers import _zonal_fast

    def runner(raster: Any, geoms: np.ndarray, *, want_minmax: bool, want_classes: bool, want_sum: bool = True,
               workers: int = 2, progress: Callable[[float], None] | None = None,
               should_stop: Callable[[], bool] | None = None) -> Any:
        import shapely

        acc = _zonal_fast.FastAccumulator(len(geoms), want_minmax, want_classes)
        present = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
        if not present.any():
            return acc
        b = shapely.total_bounds(geoms[present])
        bounds = (float(b[0]), float(b[1]), float(b[2]), float(b[3]))
        grid = _zonal_fast._chunk_grid(raster, bounds)
        if grid is None:
            return acc
        (row0, row1, _, _), (ch, _, r_start, _) = grid
        step = ch * (band_rows or band_rows_for(client, -(-(row1 - r_start) // ch)))
        # district rows (pixel space) from their bounding boxes: a district goes to every band it reaches
        boxes = shapely.bounds(geoms)
        inv = ~raster.transform
        ys = np.stack([inv.e * boxes[:, 1] + inv.f, inv.e * boxes[:, 3] + inv.f], axis=1)
        top, bottom = np.floor(ys.min(axis=1)), np.ceil(ys.max(axis=1))
        futures = []
        members = []
        for r in range(r_start, row1, step):
            idx = np.flatnonzero(present & (bottom > r) & (top < r + step))
            if not len(idx):
                continue
            members.append(idx)
            # one reader thread per task: a worker process per core does the parallel part
            task = partial(_zonal_fast.run_fast, want_minmax=want_minmax, want_classes=want_classes,
                           want_sum=want_sum, workers=1, rows=(r, r + step), grid_bounds=bounds)
            futures.append(client.submit(task, raster, geoms[idx], pure=False))
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress is not None:
                progress(done / len(futures))
            if should_stop is not None and should_stop():
                raise CancelledError("Zonal statistics cancelled.")

        try:
            parts = _gather_in_order(client, futures, tick)
        except CancelledError:
            return None
        for idx, part in zip(members, parts, strict=True):
            _add_part(acc, idx, part)
        return acc

    return runner


def _add_part(acc: Any, idx: np.ndarray, part: Any) -> None:
    """Fold the accumulator of districts ``idx`` (one band) into ``acc``: exact for counts and extremes."""
    acc.count[idx] += part.count
    acc.total[idx] += part.total
    np.maximum.at(acc.labelled, idx, part.labelled)  # each band counts its districts' every pixel
    if acc.want_minmax:
        np.minimum.at(acc.vmin, idx, part.vmin)
        np.maximum.at(acc.vmax, idx, part.vmax)
    if acc.want_classes:
        for value, column in part.class_counts().items():
            known = acc.classes.get(value)
            if known is None:
                known = acc.classes[value] = np.zeros(acc.n, np.int64)
            known[idx] += column


# ------------------------------------------------------------------ Monte-Carlo

MC_BATCH = 250
"""Monte-Carlo runs per Dask task."""


def dask_monte_carlo(client: Any, session: Any, *, batch: int = MC_BATCH, **kwargs: Any) -> Any:
    """:func:`smartzone.scoring.sensitivity.monte_carlo` with batches of runs ranked as Dask tasks."""
    from smartzone.scoring import sensitivity

    def rank_map(sess: Any, method: Any, weights: np.ndarray, feedback: Any = None) -> np.ndarray:
        futures = [client.submit(sensitivity._ranks_for_weights, sess, method, weights[i : i + batch], pure=False)
                   for i in range(0, len(weights), batch)]
        parts = _gather_in_order(client, futures, lambda: None)
        return np.concatenate(parts, axis=0)

    return sensitivity.monte_carlo(session, rank_map=rank_map, **kwargs)


# ------------------------------------------------------------------ the app's setting

_DEFAULT: dict[str, Any] = {"address": None, "client": None}


def set_default_scheduler(address: str | None) -> None:
    """The scheduler the app's zonal statistics run on (Settings ▸ Dask scheduler; None = in-process)."""
    address = (address or "").strip() or None
    if address != _DEFAULT["address"]:
        client = _DEFAULT["client"]
        _DEFAULT.update(address=address, client=None)
        if client is not None:
            client.close()


def default_scheduler() -> str | None:
    """The address set by :func:`set_default_scheduler`, or None."""
    return _DEFAULT["address"]


def app_zonal_runner(feedback: Any = None) -> Callable[..., Any] | None:
    """The zonal runner for the app's default scheduler (None: in-process).

    The client is made once per address and kept; progress and cancel of the
    zonal call come from the Dask futures (:func:`zonal_runner`).
    """
    address = _DEFAULT["address"]
    if address is None:
        return None
    client = _DEFAULT["client"]
    if client is None or client.status not in ("running", "connecting"):
        from distributed import Client

        try:
            client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ConnectionError(
                f"Cannot reach the Dask scheduler at {address} ({exc}). Check Settings ▸ Dask scheduler, "
                "or clear it to compute on this machine."
            ) from exc
        _DEFAULT["client"] = client
    if feedback is not None:
        feedback.info(f"Dask: zonal statistics on the cluster at {address}")
    return zonal_runner(client)
