"""The grid's compiled kernels on real windows: select, score, average2 and nodata_to_nan alone.

Reads 2048 x 2048 windows of the four national rasters of ``bench_dask.py``
(``bench/data/*_<res>m.tif``; nodata as NaN, float32 as the grid reads them), with
that benchmark's criteria, and times each kernel on them with the installed build
(best of ``--rounds``, one thread). Default windows: one all land (9000, 9000) and
one coastal, 62 % land (8192, 14336). To compare two builds, run it on each (for
example the commit before and after a kernel change, ``pip install -e .`` between).

    flock /work/bench.lock python bench/bench_grid_kernels.py --res 30
"""
from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from typing import Any

import numpy as np


def best(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def measure(plan: Any, bands: dict[str, np.ndarray], rounds: int) -> tuple[float, float, float, float, float]:
    """Best times (s) of select, score, average2 (terrain) and nodata_to_nan (terrain), and the share kept."""
    from smartzone.layers.raster_stack import average2, nodata_to_nan
    from smartzone.scoring.grid import Workspace

    n = bands["terrain"].size
    ws, out = Workspace(), np.empty(n, np.float32)
    cells = plan.cells(bands, workspace=ws)
    refs = plan.references(plan.summarize_cells(cells))
    t_select = best(lambda: plan.cells(bands, workspace=ws), rounds)
    t_score = best(lambda: plan.score_cells(cells, refs, out=out), rounds)
    terrain = bands["terrain"]
    t_avg = best(lambda: average2(terrain), rounds)
    raw = np.where(np.isnan(terrain), np.float32(-9999.0), terrain)
    buf = raw.copy()
    times = []
    for _ in range(rounds):
        np.copyto(buf, raw)
        t = time.perf_counter()
        nodata_to_nan(buf, -9999.0)
        times.append(time.perf_counter() - t)
    return t_select, t_score, t_avg, min(times), cells.rows.size / n


def main(argv: list[str] | None = None) -> int:
    import rasterio
    from bench_dask import rasters, recipe
    from rasterio.windows import Window

    from smartzone.scoring.grid import GridPlan, compiled_kernels

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--res", type=int, default=30)
    p.add_argument("--rounds", type=int, default=7)
    p.add_argument("--window", type=int, nargs=2, action="append", metavar=("COL", "ROW"))
    args = p.parse_args(argv)
    if compiled_kernels() is None:
        raise SystemExit("the compiled kernels are not built (or SMARTZONE_COMPILED_GRID=0)")
    plan = GridPlan(recipe(args.res).criteria)
    size = 2048
    print(f"load average {os.getloadavg()[0]:.1f}; {args.rounds} rounds, best, ms")
    for col, row in args.window or [(9000, 9000), (8192, 14336)]:
        bands = {}
        for name, path in rasters(args.res).items():
            with rasterio.open(path) as ds:
                a = ds.read(1, window=Window(col, row, size, size)).astype(np.float32)
                a[a == np.float32(ds.nodata)] = np.nan
            bands[name] = a
        t_select, t_score, t_avg, t_nodata, kept = measure(plan, bands, args.rounds)
        print(f"window ({col}, {row}), {kept:.0%} kept: select {t_select * 1e3:.1f}, "
              f"score {t_score * 1e3:.1f}, average2 {t_avg * 1e3:.2f}, nodata_to_nan {t_nodata * 1e3:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
