"""Dask benchmark: zonal statistics and four-criterion grid suitability on national rasters.

Inputs (under ``bench/data``, built on first use):

- ``landcover_<res>m.tif``, ``terrain_<res>m.tif``: from ``bench_zonal.py`` (run it
  with ``--res <res> --generate-only`` first; 10 m: 64,173 x 60,985 px, generated at 10 m, not
  resampled);
- ``dist_road_<res>m.tif``, ``dist_city_<res>m.tif``: float32 distances in metres
  on the same grid (to a 20 km road grid, to 12 city centres), sparse like the
  others (blocks without land cover are not written), built here on first use.

Methods (each in its own subprocess; Dask workers are processes of a
``LocalCluster`` started before the clock, one thread each, 2 GB limit):

- ``read4``: read every block of the four criterion rasters once (2 threads, ``RasterStack.read``:
  a new float array per band and window, nodata set to NaN with NumPy): the anchor of the 2x target;
- ``read4-reuse``: the same windows read the way the in-process grid reads them (2 threads, one
  ``WindowReader`` each: files kept open, reused buffers, nodata set to NaN in place): the grid's own
  reading alone, a stricter floor than ``read4``;
- ``grid-inproc``: :func:`smartzone.app.core.grid.run_grid` in this process;
- ``grid-predictor``: the same writing the COG with the floating-point predictor (``--predictor``:
  a smaller file for more CPU);
- ``grid-dask1`` / ``grid-dask2``: the same on 1 / 2 Dask workers;
- ``zonal-read``: read every block of the land cover touching a district once (2 threads): the zonal anchor;
- ``zonal-inproc``: the fast zonal path (2 reader threads) over the 3,501 읍면동;
- ``zonal-inproc1``: the fast zonal path with 1 reader thread (what one single-threaded worker has);
- ``zonal-bands``: the Dask split (the row-band tasks of :func:`~smartzone.app.core.scale.zonal_runner`)
  run one after the other in this process, without Dask: the cost of the split alone;
- ``zonal-dask1`` / ``zonal-dask2``: the same as Dask row-band tasks on 1 / 2 workers.

For Dask runs the task stream (``distributed.get_task_stream``) gives the number of tasks and
their compute seconds on the workers; worker-seconds not spent computing (wall x workers minus
compute) are Dask's share: scheduling, sending the districts, idle workers at the end.

Each run starts after ``os.sync()``: the grid writes GBs (scratch, temporary tiles, the COG), and a
run that starts while the previous one's are written back to the disk competes with that writing.

Peak memory: the subprocess's max RSS (client) and each worker's max RSS
(``resource.getrusage`` in the worker, through ``Client.run``).

``BENCH_CROP10="XOFF YOFF XSIZE YSIZE"`` (30 m pixels) makes ``--res 10`` run on real tiled 10 m
GeoTIFFs of that window of the 30 m grid (``gdal_translate -srcwin ... -tr 10 10``) instead of the
national 10 m rasters (an earlier version read the 30 m files through 10 m VRTs, whose
nearest-neighbour upsampling re-read the 30 m tiles hundreds of times: 341 GB read in 28 CPU-minutes).

``BENCH_ZONAL=terrain`` makes the zonal methods compute the ``mean`` of the float32 terrain instead of the
land cover's ``majority`` and class ``fractions``.

``BENCH_BAND_ROWS=N`` fixes the zonal tasks' band height at N work-grid rows (default: about 4
tasks per worker thread; 4 was the fixed size before).

Usage::

    python bench/bench_dask.py --res 30 --methods read4 grid-inproc grid-dask1 grid-dask2 --repeat 3
    python bench/bench_dask.py --res 10 --methods zonal-inproc zonal-dask1 zonal-dask2 --repeat 2
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

METHODS = ["read4", "read4-reuse", "grid-inproc", "grid-predictor", "grid-dask1", "grid-dask2", "zonal-read", "zonal-inproc", "zonal-inproc1",
           "zonal-bands", "zonal-dask1", "zonal-dask2"]
CITIES = [(955000, 1950000), (1145000, 1685000), (1100000, 1760000), (935000, 1820000), (1030000, 1830000),
          (965000, 1710000), (1065000, 1930000), (1125000, 1800000), (1000000, 1650000), (900000, 1500000),
          (1160000, 1905000), (1080000, 1720000)]


def build_distances(res: int = 30) -> dict[str, Path]:
    """The two distance rasters at ``res``, on the land cover's grid and sparsity."""
    import rasterio
    lc_path = DATA / f"landcover_{res}m.tif"
    paths = {"dist_road": DATA / f"dist_road_{res}m.tif", "dist_city": DATA / f"dist_city_{res}m.tif"}
    if all(p.exists() for p in paths.values()):
        return paths
    if not lc_path.exists():
        raise SystemExit(f"{lc_path} is missing: run bench/bench_zonal.py --res {res} --generate-only first")
    t0 = time.perf_counter()
    with rasterio.open(lc_path) as lc:
        profile = dict(lc.profile, dtype="float32", nodata=-1.0, compress="deflate", predictor=3, sparse_ok=True,
                       num_threads="ALL_CPUS", bigtiff="IF_SAFER")
        tmp = {k: p.with_suffix(".tmp.tif") for k, p in paths.items()}
        cities = np.array(CITIES, float)
        with rasterio.open(tmp["dist_road"], "w", **profile) as road, \
                rasterio.open(tmp["dist_city"], "w", **profile) as city:
            for _, w in lc.block_windows(1):
                data = lc.read(1, window=w)
                if (data == 255).all():
                    continue
                t = lc.window_transform(w)
                xs = t.c + (np.arange(w.width) + 0.5) * t.a
                ys = t.f + (np.arange(w.height) + 0.5) * t.e
                gx, gy = np.meshgrid(xs, ys)
                r = np.minimum(np.abs((gx % 20000) - 10000), np.abs((gy % 20000) - 10000))
                road.write(np.abs(10000 - r).astype(np.float32), 1, window=w)
                d = np.full(gx.shape, np.inf)
                for cx, cy in cities:
                    np.minimum(d, np.hypot(gx - cx, gy - cy), out=d)
                city.write(d.astype(np.float32), 1, window=w)
    for k, p in paths.items():
        tmp[k].replace(p)
    print(f"distance rasters at {res} m built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return paths


def rasters(res: int) -> dict[str, Path]:
    """The four criterion rasters at ``res`` (``BENCH_CROP10``: 10 m GeoTIFFs of a window of the 30 m ones)."""
    crop = os.environ.get("BENCH_CROP10", "").split()
    if res == 10 and crop:  # real tiled 10 m GeoTIFFs of a window of the 30 m grid (XOFF YOFF XSIZE YSIZE, 30 m)
        build_distances(30)
        out = {}
        for k in ("landcover", "terrain", "dist_road", "dist_city"):
            p = DATA / f"{k}_30m.tif"
            tif = DATA / f"{k}_10m_crop{'_'.join(crop)}.tif"
            if not tif.exists():
                tmp = tif.with_suffix(".tmp.tif")
                subprocess.run(["gdal_translate", "-q", "-srcwin", *crop, "-tr", "10", "10", "-r", "nearest",
                                "-co", "TILED=YES", "-co", "BLOCKXSIZE=512", "-co", "BLOCKYSIZE=512",
                                "-co", "COMPRESS=DEFLATE", "-co", "SPARSE_OK=TRUE", "-co", "BIGTIFF=IF_SAFER",
                                "--config", "GDAL_CACHEMAX", "512", str(p), str(tmp)], check=True)
                tmp.replace(tif)
            out[k] = tif
        return out
    build_distances(res)
    return {k: DATA / f"{k}_{res}m.tif" for k in ("landcover", "terrain", "dist_road", "dist_city")}


def recipe(res: int):
    from smartzone.app.core.grid import GridRecipe
    from smartzone.scoring.model import Constraint, Criterion, Standardization

    crit = [
        Criterion("terrain", "cost", Standardization("minmax"), weight=0.3, missing="exclude",
                  constraints=(Constraint(">", 1200.0, "too high"),)),
        Criterion("landcover", "benefit", Standardization("categorical", {"mapping": {13: 1.0, 12: 0.7, 10: 0.5}}),
                  weight=0.2, missing="exclude"),
        Criterion("dist_road", "cost", Standardization("fuzzy_linear"), weight=0.3, missing="exclude"),
        Criterion("dist_city", "cost", Standardization("fuzzy_small"), weight=0.2, missing="exclude"),
    ]
    return GridRecipe.of(rasters(res), crit)


def zonal_raster(res: int) -> Path:
    """The raster the zonal statistics read (``BENCH_ZONAL=terrain`` for the float32 one; default land cover)."""
    return DATA / f"{ZONAL_RASTER}_{res}m.tif"


ZONAL_RASTER = os.environ.get("BENCH_ZONAL", "landcover")
ZONAL_STATS = ("mean",) if ZONAL_RASTER == "terrain" else ("majority", "fractions")


def _worker_cpu(client) -> float:
    """CPU seconds the workers' processes used so far (all their threads)."""
    def cpu() -> float:
        import resource as r

        return sum(r.getrusage(r.RUSAGE_SELF)[:2])

    return sum(client.run(cpu).values())


def _worker_peaks(client) -> list[int]:
    def peak() -> int:
        import resource as r

        return r.getrusage(r.RUSAGE_SELF).ru_maxrss * 1024

    return sorted(client.run(peak).values())


class _SerialClient:
    """Runs each submitted task at once in this process (``zonal-bands``: the split without Dask)."""

    loop = None

    class _Done:
        def __init__(self, value) -> None:
            self.key, self.value = id(self), value

        def result(self):
            return self.value

    def submit(self, fn, *args, pure=False):
        return self._Done(fn(*args))

    def cancel(self, futures) -> None:
        pass

    def nthreads(self) -> dict[str, int]:
        return {"here": 1}  # bands sized as for one single-threaded worker


def run_one(method: str, res: int) -> dict:
    import rasterio

    import smartzone.app.core.grid  # noqa: F401  (imports before the clock)
    import smartzone.layers.zonal  # noqa: F401

    info: dict = {"method": method, "res": res}
    cluster = client = None
    if "dask" in method:
        from distributed import Client, LocalCluster

        t0 = time.perf_counter()
        n = int(method[-1])
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, memory_limit="2GB",
                               dashboard_address=None)
        client = Client(cluster)
        client.run(lambda: __import__("smartzone.app.core.grid") and __import__("smartzone.layers.zonal"))
        info["startup"] = time.perf_counter() - t0
    wcpu0 = 0.0 if client is None else _worker_cpu(client)
    cpu0 = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    t0 = time.perf_counter()
    if method in ("read4", "read4-reuse"):
        from concurrent.futures import ThreadPoolExecutor

        from smartzone.layers.raster_stack import RasterStack, WindowReader

        rec = recipe(res)
        stack = RasterStack.open(rec.rasters)
        keys = stack.windows()

        def read_part(part):
            if method == "read4":
                for key in part:
                    stack.read(key)
                return
            reader = WindowReader(stack)
            try:
                for key in part:
                    reader.read(key)
            finally:
                reader.close()

        with ThreadPoolExecutor(2) as pool:
            list(pool.map(read_part, [keys[0::2], keys[1::2]]))
        info["windows"] = len(keys)
        h, w = stack.shape
        info["pixels"] = h * w
    elif method.startswith("grid"):
        from smartzone.app.core.grid import run_grid
        from smartzone.app.core.scale import DaskGrid

        OUT.mkdir(exist_ok=True)
        out = OUT / f"suitability_{res}m_{method}.tif"
        run = run_grid(recipe(res), out, executor=None if client is None else DaskGrid(client),
                       predictor=method == "grid-predictor" or None)
        info["windows"], info["pixels"], info["scored"] = run.windows, run.cells, run.scored
        with rasterio.open(out) as ds:
            info["overviews"] = ds.overviews(1)
        info["size"] = out.stat().st_size
    elif method == "zonal-read":
        from bench_zonal import _floor, load_districts

        frame = load_districts(False)
        t0 = time.perf_counter()
        info["windows"] = _floor(zonal_raster(res), frame, 2)
    elif method.startswith("zonal"):
        from bench_zonal import load_districts

        from smartzone.app.core.scale import zonal_runner
        from smartzone.layers.zonal import zonal_stats

        frame = load_districts(False)
        cpu0 = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
        t0 = time.perf_counter()
        stream = None
        if client is not None:
            from distributed import get_task_stream

            band_rows = int(os.environ.get("BENCH_BAND_ROWS", "0")) or None  # fixed band size (default: per thread)
            with get_task_stream(client) as stream:
                df = zonal_stats(frame, zonal_raster(res), ZONAL_STATS, method="fast",
                                 runner=zonal_runner(client, band_rows=band_rows))
        elif method == "zonal-bands":
            import distributed

            distributed.as_completed = lambda futures, loop=None: iter(futures)  # the serial client's results are ready
            df = zonal_stats(frame, zonal_raster(res), ZONAL_STATS, method="fast",
                             runner=zonal_runner(_SerialClient()))
        else:
            df = zonal_stats(frame, zonal_raster(res), ZONAL_STATS, method="fast",
                             workers=1 if method == "zonal-inproc1" else 2)
        if stream is not None:
            computes = [ss["stop"] - ss["start"] for t in stream.data for ss in t["startstops"]
                        if ss["action"] == "compute"]
            info["tasks"] = len(stream.data)
            info["task_compute"] = sum(computes)
        OUT.mkdir(exist_ok=True)
        np.save(OUT / f"dask_zonal_{ZONAL_RASTER}_{res}m_{method}.npy", df[ZONAL_STATS[0]].to_numpy(float))
        info["districts"] = len(df)
    wall = time.perf_counter() - t0
    info["wall"] = wall
    info["cpu"] = sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) - cpu0
    if client is not None:
        info["worker_cpu"] = _worker_cpu(client) - wcpu0
    info["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if client is not None:
        info["worker_peaks"] = _worker_peaks(client)
        client.close()
        cluster.close()
    return info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--res", type=int, default=30, choices=(10, 30))
    ap.add_argument("--methods", nargs="*", default=METHODS, choices=METHODS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--run-one", nargs=2, metavar=("METHOD", "RES"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.run_one:
        print(json.dumps(run_one(args.run_one[0], int(args.run_one[1]))))
        return 0
    recipe(args.res)  # build inputs outside the clock
    if any(m.startswith("zonal") for m in args.methods):
        zonal_raster(args.res)
    runs: dict[str, list[dict]] = {m: [] for m in args.methods}
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    load0 = os.getloadavg()[0]
    for _ in range(args.repeat):
        for m in args.methods:
            # the disk is shared: a run starts once the last one's writes (the grid's scratch and
            # output files, GBs) are on the disk, not while they are being written back
            os.sync()
            proc = subprocess.run([sys.executable, __file__, "--run-one", m, str(args.res)], capture_output=True,
                                  text=True)
            if proc.returncode != 0:
                print(proc.stderr[-3000:], file=sys.stderr)
                raise SystemExit(f"{m} failed")
            info = json.loads(proc.stdout.strip().splitlines()[-1])
            runs[m].append(info)
            wp = info.get("worker_peaks")
            print(f"  {m:14s} {info['wall']:8.2f} s  client peak {info['peak'] / 2**20:6.0f} MiB"
                  + (f"  workers {[round(p / 2**20) for p in wp]} MiB  start-up {info['startup']:.1f} s" if wp else "")
                  + (f"  {info['tasks']} tasks, {info['task_compute']:.2f} s computing" if "tasks" in info else "")
                  + f"  cpu {info['cpu']:.1f} s" + (f" + workers {info['worker_cpu']:.1f} s" if wp else "")
                  + f"  load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)
    print(f"\n### {args.res} m, {args.repeat} rounds, started {started} (load average {load0:.1f}), "
          f"ended {time.strftime('%H:%M UTC', time.gmtime())} (load average {os.getloadavg()[0]:.1f})\n")
    print("| method | runs | wall s best / median | CPU s (client + workers), fastest run | client peak MiB "
          "| worker peak MiB (max) | note |")
    print("|---|---:|---:|---:|---:|---:|---|")
    best = {m: min(r["wall"] for r in rs) for m, rs in runs.items()}
    for m, rs in runs.items():
        walls = sorted(r["wall"] for r in rs)
        med = walls[len(walls) // 2] if len(walls) % 2 else 0.5 * (walls[len(walls) // 2 - 1] + walls[len(walls) // 2])
        wpeak = max((max(r.get("worker_peaks") or [0]) for r in rs), default=0)
        note = []
        last = rs[-1]
        if "pixels" in last:
            note.append(f"{last['pixels'] / 1e6:,.0f} Mpx, {last.get('windows')} windows")
        if "size" in last:
            note.append(f"COG {last['size'] / 1e6:,.0f} MB")
        if "startup" in last:
            note.append(f"cluster start-up {min(r['startup'] for r in rs):.1f} s (not timed)")
        if "tasks" in last:
            fast = min(rs, key=lambda r: r["wall"])
            workers = int(m[-1])
            idle = fast["wall"] * workers - fast["task_compute"]
            note.append(f"{fast['tasks']} tasks, {fast['task_compute']:.2f} worker-s computing, "
                        f"{idle / fast['tasks'] * 1000:.0f} ms per task not computing")
        if m.startswith("zonal-") and m != "zonal-read" and "zonal-read" in best:
            note.append(f"{best[m] / best['zonal-read']:.2f}x zonal-read")
        if m.startswith("grid") and "read4" in best:
            meds = {k: sorted(r["wall"] for r in v)[len(v) // 2] if len(v) % 2 else
                    0.5 * sum(sorted(r["wall"] for r in v)[len(v) // 2 - 1:len(v) // 2 + 1]) for k, v in runs.items()}
            note.append(f"{best[m] / best['read4']:.2f}x read4 best, {meds[m] / meds['read4']:.2f}x median")
        if m.startswith("grid") and "read4-reuse" in best:
            note.append(f"{best[m] / best['read4-reuse']:.2f}x read4-reuse best")
        if m.endswith("dask2") and m.replace("2", "1") in best:
            eff = best[m.replace("2", "1")] / (2 * best[m])
            note.append(f"scaling efficiency 1->2 workers {eff:.0%}")
        inproc = m.split("-")[0] + "-inproc"
        if ("dask" in m or m == "zonal-bands") and inproc in best:
            note.append(f"{best[m] / best[inproc]:.2f}x in-process")
        if m in ("zonal-dask1", "zonal-bands") and "zonal-inproc1" in best:
            note.append(f"{best[m] / best['zonal-inproc1']:.2f}x in-process 1 thread")
        fastest = min(rs, key=lambda r: r["wall"])
        cpu = f"{fastest['cpu']:.1f}" + (f" + {fastest['worker_cpu']:.1f}" if "worker_cpu" in fastest else "")
        print(f"| {m} | {len(rs)} | {best[m]:.2f} / {med:.2f} | {cpu} | {max(r['peak'] for r in rs) / 2**20:.0f} | "
              f"{wpeak / 2**20:.0f} | {'; '.join(note)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
