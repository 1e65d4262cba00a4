"""Compiled grid kernels (scoring/_grid_kernels.c, layers/_raster_kernels.c) against the NumPy path and the engine.

The NumPy path (``SMARTZONE_COMPILED_GRID=0``, or an install without a C compiler)
equals :class:`GridSuitability` bit for bit. The compiled path standardises each
criterion with the same float64 operations but adds the weighted criteria in
order where NumPy's matrix product (OpenBLAS) may add them in another order or
with fused multiply-adds, and takes whole powers by squaring and other powers
from the C library (NumPy has its own SIMD ``pow``): the float64 scores differ
in the last bits, so the float32 output may differ by one unit in the last place
(never seen on these rasters, allowed by the tolerance below).
"""
from __future__ import annotations

import json
import subprocess
import warnings
from pathlib import Path

import numpy as np
import pytest
import rasterio

from smartzone.app.core.grid import GridRecipe, run_grid
from smartzone.layers.raster_stack import RasterStack, average2
from smartzone.scoring import grid as grid_module
from smartzone.scoring.grid import TABLE_SPAN, GridPlan, GridSuitability, pack_rows, unpack_rows
from smartzone.scoring.model import Constraint, Criterion, Standardization

from .test_grid import CRITERIA, criteria_bands

MIXED = (
    Criterion("terrain", "benefit", Standardization("minmax"), weight=0.25, missing="exclude",
              constraints=(Constraint(">", 650.0, "too high"), Constraint("<=", 150.0, "too low"))),
    Criterion("landcover", "benefit", Standardization("categorical", {"mapping": {1: 1.0, 2: 0.8, 3: 0.5}}),
              weight=0.15, missing="exclude"),
    # continuous distances (not whole numbers): the formulas, not the look-up table
    Criterion("dist_road", "cost", Standardization("fuzzy_small", {"spread": 2.5}), weight=0.3, missing="exclude"),
    Criterion("dist_city", "benefit", Standardization("fuzzy_linear", {"low": 500.0, "high": 9000.0}),
              weight=0.3, missing="zero"),
)


def _kernels() -> object:
    pytest.importorskip("smartzone.scoring._grid_kernels")
    if grid_module.compiled_kernels() is None:
        pytest.skip("SMARTZONE_COMPILED_GRID=0: the NumPy path only")
    return grid_module.compiled_kernels()


def _continuous(paths: dict[str, Path], bands: dict[str, np.ndarray], tmp_path: Path) -> None:
    """Make the distances fractional (and put infinity and NaN in one) so no look-up table applies."""
    from .test_grid import write_raster

    road = (bands["dist_road"] * 1.0137 + 0.25).astype(np.float32)
    city = (bands["dist_city"] * 0.977 + 0.5).astype(np.float32)
    city[100:120, 300:340] = np.inf
    city[200:210, :] = -1.0  # nodata -> NaN -> 0 under missing = "zero"
    paths["dist_road"] = write_raster(tmp_path / "road_f.tif", road, None)
    paths["dist_city"] = write_raster(tmp_path / "city_f.tif", city, -1.0)
    bands["dist_road"] = road.astype(np.float64)
    c = city.astype(np.float64)
    c[city == -1.0] = np.nan
    bands["dist_city"] = c


@pytest.mark.parametrize("criteria", [CRITERIA, MIXED], ids=["bench-criteria", "mixed"])
def test_compiled_and_numpy_files_agree_and_numpy_equals_the_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, criteria: tuple[Criterion, ...]
) -> None:
    _kernels()
    paths, bands = criteria_bands(tmp_path)
    if criteria is MIXED:
        _continuous(paths, bands, tmp_path)
    recipe = GridRecipe.of(paths, criteria)
    calls: list[int] = []
    real = grid_module.compiled_kernels

    class Counting:
        def __getattr__(self, name: str) -> object:
            fn = getattr(real(), name)
            return lambda *a: (calls.append(1), fn(*a))[1]

    monkeypatch.setattr(grid_module, "compiled_kernels", Counting)
    run_grid(recipe, tmp_path / "c.tif", window_pixels=200 * 200)
    assert calls, "the compiled kernels were not used"
    monkeypatch.setattr(grid_module, "compiled_kernels", real)
    monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
    assert grid_module.compiled_kernels() is None
    run_grid(recipe, tmp_path / "n.tif", window_pixels=200 * 200)
    expected = GridSuitability(bands, criteria).score().grid
    with rasterio.open(tmp_path / "c.tif") as c, rasterio.open(tmp_path / "n.tif") as n:
        compiled, numpy_ = c.read(1), n.read(1)
    np.testing.assert_array_equal(numpy_, expected)  # the NumPy path: the engine bit for bit
    np.testing.assert_array_equal(np.isnan(compiled), np.isnan(expected))
    ok = ~np.isnan(expected)
    assert ok.sum() > 100_000
    # float32 output; float64 sums in another order: at most one unit in the last place
    np.testing.assert_array_max_ulp(compiled[ok], expected[ok], maxulp=1)


def test_compiled_cells_and_statistics_equal_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    _kernels()
    rng = np.random.default_rng(3)
    shape = (300, 500)
    terrain = rng.uniform(-50, 900, shape).astype(np.float32)
    terrain[rng.random(shape) < 0.05] = np.nan
    terrain[0, :7] = np.inf  # infinity counts as missing
    road = rng.uniform(0, 20_000, shape)  # float64 band
    road[5, 5] = -np.inf
    bands = {"terrain": terrain, "dist_road": road}
    crit = [
        Criterion("terrain", "cost", Standardization("minmax"), missing="exclude",
                  constraints=(Constraint(">=", 800.0, "high"), Constraint("==", 0.0, "zero"))),
        Criterion("dist_road", "benefit", Standardization("fuzzy_large", {"midpoint": 5000.0, "spread": 3.0}),
                  missing="zero", constraints=(Constraint("<", 100.0, "near"), Constraint("!=", 1.0, "x"))),
    ]
    plan = GridPlan(crit)
    fast = plan.cells(bands)
    assert fast.extremes is not None
    monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
    slow = plan.cells(bands)
    assert slow.extremes is None
    np.testing.assert_array_equal(fast.rows, slow.rows)
    for name in slow.columns:  # gathered values in the band's type, infinity kept (both treat it as missing)
        assert fast.columns[name].dtype == slow.columns[name].dtype
        np.testing.assert_array_equal(fast.columns[name], slow.columns[name])
    assert plan.summarize_cells(fast) == plan.summarize_cells(slow)
    refs = plan.references(plan.summarize_cells(slow))
    want = plan.score_cells(slow, refs)
    monkeypatch.delenv("SMARTZONE_COMPILED_GRID")
    got = plan.score_cells(fast, refs)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    ok = ~np.isnan(want)
    np.testing.assert_array_max_ulp(got[ok], want[ok], maxulp=1)


def test_a_band_that_only_looks_whole_falls_back_to_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The look-up table is chosen on a sample; a fraction further on sends that criterion to NumPy."""
    _kernels()
    n = 4 * TABLE_SPAN + 100
    x = np.random.default_rng(5).integers(0, 3000, n).astype(np.float32)
    x[-10] = 1234.5  # not a whole number, past the sample
    bands = {"d": x.reshape(1, n)}
    crit = [Criterion("d", "cost", Standardization("fuzzy_small", {"midpoint": 900.0, "spread": 2.5}),
                      missing="exclude")]
    plan = GridPlan(crit)
    refs = plan.references(plan.summarize(bands))
    got = plan.score_window(bands, refs)
    monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
    want = plan.score_window(bands, refs)
    np.testing.assert_array_max_ulp(got, want, maxulp=1)


def test_packed_rows_round_trip_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    _kernels()
    rng = np.random.default_rng(2)
    for n in (1, 7, 8, 9, 1000, 4099):
        rows = np.flatnonzero(rng.random(n) < 0.4)
        packed = pack_rows(rows, n)
        np.testing.assert_array_equal(packed, np.packbits(np.isin(np.arange(n), rows)))
        np.testing.assert_array_equal(unpack_rows(packed, n), rows)
        monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
        np.testing.assert_array_equal(pack_rows(rows, n), packed)
        np.testing.assert_array_equal(unpack_rows(packed, n), rows)
        monkeypatch.delenv("SMARTZONE_COMPILED_GRID")


def test_average2_compiled_equals_numpy_and_is_the_nan_mean(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("smartzone.layers._raster_kernels")
    rng = np.random.default_rng(0)
    for shape in [(1, 1), (1, 6), (7, 9), (64, 64), (513, 1027)]:
        a = rng.uniform(0, 100, shape).astype(np.float32)
        a[rng.random(shape) < 0.3] = np.nan
        got = average2(a)
        monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
        np.testing.assert_array_equal(average2(a), got)
        b = a.copy()  # signed zeros and infinities: the same values both ways, signs of zero too
        b[rng.random(shape) < 0.1] = np.float32(-0.0)
        b[rng.random(shape) < 0.02] = np.inf
        b[rng.random(shape) < 0.02] = -np.inf
        slow = average2(b)
        monkeypatch.delenv("SMARTZONE_COMPILED_GRID")
        fast = average2(b)
        np.testing.assert_array_equal(fast, slow)
        np.testing.assert_array_equal(np.signbit(fast[~np.isnan(fast)]), np.signbit(slow[~np.isnan(slow)]))
        monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
        monkeypatch.delenv("SMARTZONE_COMPILED_GRID")
        h, w = shape
        pad = np.full((h + h % 2, w + w % 2), np.nan, np.float64)
        pad[:h, :w] = a
        blocks = pad.reshape(pad.shape[0] // 2, 2, pad.shape[1] // 2, 2).transpose(0, 2, 1, 3).reshape(
            pad.shape[0] // 2, pad.shape[1] // 2, 4)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN blocks: "Mean of empty slice"
            want = np.nanmean(blocks, axis=2).astype(np.float32)
        np.testing.assert_array_equal(got, want)


def test_the_cog_overviews_are_two_by_two_means_of_the_level_below(tmp_path: Path) -> None:
    paths, _ = criteria_bands(tmp_path, (1300, 1100))
    out = tmp_path / "s.tif"
    run_grid(GridRecipe.of(paths, CRITERIA), out, window_pixels=256 * 256)
    with rasterio.open(out) as ds:
        full = ds.read(1)
        assert ds.overviews(1) == [2, 4]  # halved until one fits a 512 px tile (the COG driver's rule)
        assert ds.profile["compress"].lower() == "zstd" and ds.profile["tiled"]
    below = full
    for level in range(2):
        with rasterio.open(out, overview_level=level) as ov:
            got = ov.read(1)
        want = average2(below)
        assert got.shape == want.shape == ((below.shape[0] + 1) // 2, (below.shape[1] + 1) // 2)
        np.testing.assert_array_equal(got, want)
        below = got
    info = json.loads(subprocess.run(["gdalinfo", "-json", str(out)], capture_output=True, text=True,
                                     check=True).stdout)
    assert info["metadata"]["IMAGE_STRUCTURE"]["LAYOUT"] == "COG"
    assert [o["size"] for o in info["bands"][0]["overviews"]] == [[550, 650], [275, 325]]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no scratch left


def test_stack_windows_read_by_both_paths_give_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One thread and two, compiled: the same file (the kernels keep no state between windows)."""
    from smartzone.app.core.grid import InProcess

    _kernels()
    paths, _ = criteria_bands(tmp_path, (400, 500))
    RasterStack.open(paths)
    run_grid(GridRecipe.of(paths, MIXED[:3]), tmp_path / "a.tif", executor=InProcess(1), window_pixels=128 * 128)
    run_grid(GridRecipe.of(paths, MIXED[:3]), tmp_path / "b.tif", executor=InProcess(2), window_pixels=128 * 128)
    with rasterio.open(tmp_path / "a.tif") as a, rasterio.open(tmp_path / "b.tif") as b:
        np.testing.assert_array_equal(a.read(1), b.read(1))


def test_without_the_extensions_numpy_scores_equal_the_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An install without a C compiler: the modules cannot be imported and the NumPy path gives the engine's bits."""
    import sys

    import smartzone.layers
    import smartzone.scoring

    for package, name in ((smartzone.scoring, "_grid_kernels"), (smartzone.layers, "_raster_kernels")):
        monkeypatch.delattr(package, name, raising=False)
        monkeypatch.setitem(sys.modules, f"{package.__name__}.{name}", None)  # import raises ImportError
    assert grid_module.compiled_kernels() is None
    paths, bands = criteria_bands(tmp_path, (400, 500))
    out = tmp_path / "s.tif"
    run_grid(GridRecipe.of(paths, CRITERIA), out, window_pixels=128 * 128)
    expected = GridSuitability(bands, CRITERIA).score().grid
    with rasterio.open(out) as ds:
        np.testing.assert_array_equal(ds.read(1), expected)
        assert ds.overviews(1) == []  # 400 x 500 fits one 512 px tile: no overview level
    a = np.arange(12, dtype=np.float32).reshape(3, 4)
    np.testing.assert_array_equal(average2(a), np.array([[2.5, 4.5], [8.5, 10.5]], np.float32))


@pytest.mark.parametrize("op", ["<", "<=", ">", ">=", "==", "!="])
@pytest.mark.parametrize("value", [0.1, 0.25, -1e-40, 1e39, -1e39, 16777217.0, 3.4028234663852886e38])
def test_float32_constraints_at_their_threshold_equal_numpy(monkeypatch: pytest.MonkeyPatch, op: str,
                                                            value: float) -> None:
    """The compiled selection tests float32 bands in float32 against the float32 next to the value:
    the same cells as NumPy's comparison of the widened values, at the threshold itself too."""
    _kernels()
    v32 = np.float32(value) if np.isfinite(np.float32(value)) else np.float32(np.sign(value) * 3.4e38)
    near = [np.nextafter(v32, np.float32(-np.inf)), v32, np.nextafter(v32, np.float32(np.inf))]
    x = np.array([*near, 0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 16777216.0, 16777218.0,
                  np.finfo(np.float32).max, -np.finfo(np.float32).max, 1e-45, -1e-45] * 300, np.float32)
    crit = [Criterion("a", "benefit", Standardization("minmax"), missing="zero",
                      constraints=(Constraint(op, value, "c"),))]
    plan = GridPlan(crit)
    bands = {"a": x.reshape(60, -1)}
    fast = plan.cells(bands)
    assert fast.extremes is not None
    monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
    slow = plan.cells(bands)
    np.testing.assert_array_equal(fast.rows, slow.rows)


def test_compiled_cells_of_coasts_equal_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept cells in runs (land between stretches of sea, which the kernel copies run by run) and in
    scattered cells (which it gathers one by one): the NumPy path's rows, values and statistics."""
    _kernels()
    rng = np.random.default_rng(8)
    n = 3 * 4096 + 1001
    land = np.zeros(n, bool)
    at = 0
    while at < n:  # runs of 1 to 3,000 cells, sea and land in turn, across the 4,096-cell chunks
        length = int(rng.choice([1, 7, 8, 9, 31, 500, 3000]))
        land[at:at + length] = rng.random() < 0.6
        at += length
    land[4096 - 3:4096 + 5] = True  # a run across a chunk boundary
    terrain = np.where(land, rng.uniform(0, 1500, n), np.nan).astype(np.float32)
    road = rng.uniform(0, 9000, n)  # float64
    road[rng.random(n) < 0.002] = np.nan  # a few holes in the land (runs still long)
    road[:4096] = np.where(rng.random(4096) < 0.5, np.nan, road[:4096])  # one chunk of scattered cells
    bands = {"terrain": terrain.reshape(1, n), "dist_road": road.reshape(1, n)}
    crit = [Criterion("terrain", "cost", Standardization("minmax"), missing="exclude",
                      constraints=(Constraint(">", 1490.0, "high"),)),
            Criterion("dist_road", "cost", Standardization("minmax"), missing="exclude")]
    plan = GridPlan(crit)
    fast = plan.cells(bands)
    monkeypatch.setenv("SMARTZONE_COMPILED_GRID", "0")
    slow = plan.cells(bands)
    assert 0 < fast.rows.size < n
    np.testing.assert_array_equal(fast.rows, slow.rows)
    for name in slow.columns:
        assert fast.columns[name].dtype == slow.columns[name].dtype
        np.testing.assert_array_equal(fast.columns[name], slow.columns[name])
    assert plan.summarize_cells(fast) == plan.summarize_cells(slow)


def test_compiled_extremes_keep_the_first_of_equal_values() -> None:
    """The count, minimum and maximum of each column's finite kept values: a fold in reading order,
    so of -0.0 and +0.0 the first one met, across chunks too (the kernel takes them on integer keys,
    which order -0.0 below +0.0, and settles a zero afterwards); NaN and infinity are not counted."""
    kernels = _kernels()

    def stats(x: np.ndarray) -> tuple[int, float, float]:
        rows, out = np.empty(x.size, np.int64), np.empty_like(x)
        kept, [(count, lo, hi)] = kernels.select([x], [], rows, [out])  # type: ignore[attr-defined]
        assert kept == x.size
        return count, lo, hi

    def signs(s: tuple[int, float, float]) -> tuple[int, float, bool, float, bool]:
        return s[0], s[1], bool(np.signbit(s[1])), s[2], bool(np.signbit(s[2]))

    for dtype in (np.float32, np.float64):
        assert signs(stats(np.array([2.0, 0.0, -0.0, 5.0], dtype))) == (4, 0.0, False, 5.0, False)
        assert signs(stats(np.array([-0.0, 0.0, -1.0, np.nan], dtype))) == (3, -1.0, True, 0.0, True)
        assert signs(stats(np.array([np.inf, 0.0, -np.inf, -0.0], dtype))) == (2, 0.0, False, 0.0, False)
        x = np.full(10_007, 3.0, dtype)
        x[9_000], x[9_500], x[5] = -0.0, 0.0, np.nan  # zeros in the third chunk of 4096 cells
        assert signs(stats(x)) == (10_006, 0.0, True, 3.0, False)
        x[[0, 1]] = [np.finfo(dtype).max, -np.finfo(dtype).tiny]
        assert signs(stats(x)) == (10_006, -float(np.finfo(dtype).tiny), True, float(np.finfo(dtype).max), False)
        count, lo, hi = stats(np.array([np.nan, np.inf, -np.inf], dtype))
        assert (count, lo, hi) == (0, np.inf, -np.inf)


def _baseline_build(tmp_path: Path, source: str, name: str) -> object:
    """``source`` (a kernel's C file) built without the AVX2 clones (SMARTZONE_NO_CLONES), with pyproject's flags."""
    import importlib.util
    import platform
    import shlex
    import sys
    import sysconfig
    import tomllib

    if sys.platform != "linux" or platform.machine() != "x86_64":
        pytest.skip("the AVX2 clones are built on x86-64 Linux only")
    root = Path(__file__).resolve().parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    [ext] = [e for e in config["tool"]["setuptools"]["ext-modules"] if e["sources"] == [source]]
    so = tmp_path / f"{name}{sysconfig.get_config_var('EXT_SUFFIX')}"
    cc = shlex.split(sysconfig.get_config_var("CC") or "cc")
    cmd = [*cc, "-shared", "-fPIC", *ext["extra-compile-args"], "-DSMARTZONE_NO_CLONES",
           f"-I{sysconfig.get_paths()['include']}", str(root / source), "-o", str(so), "-lm"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except OSError:
        pytest.skip("no C compiler")
    if done.returncode != 0:
        pytest.skip(f"the baseline build failed: {done.stderr[-500:]}")
    spec = importlib.util.spec_from_file_location(name, so)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _awkward(rng: np.random.Generator, n: int, dtype: type, kind: str) -> np.ndarray:
    """Values with NaN, infinities, signed zeros, constraint thresholds and runs of missing cells."""
    special = [np.nan, np.inf, -np.inf, 0.0, -0.0, 1200.0, np.nextafter(1200.0, 0.0), np.nextafter(1200.0, 2e3),
               1e-45, -1e-45, 3.4e38, -3.4e38, 1.0, -1.0]
    x = (rng.integers(-3, 20, n) if kind == "whole" else rng.uniform(-500, 3000, n)).astype(dtype)
    hit = rng.random(n) < 0.2
    x[hit] = np.array(rng.choice(special, int(hit.sum())), dtype)
    if rng.random() < 0.3:
        x[: rng.integers(0, n + 1)] = np.nan  # the sea
    return x


def test_the_avx2_kernels_equal_the_baseline_build_bit_for_bit(tmp_path: Path) -> None:
    """The installed kernels (on an AVX2 CPU, their AVX2 clones) against the same C built for baseline
    x86-64 alone: the same kept cells, extremes (signs of zero too), scores, failed look-ups and
    overviews, bit for bit, on awkward values and sizes around the chunks."""
    kernels = _kernels()
    raster = pytest.importorskip("smartzone.layers._raster_kernels")
    base = _baseline_build(tmp_path, "scoring/_grid_kernels.c", "_grid_kernels")
    base_raster = _baseline_build(tmp_path, "layers/_raster_kernels.c", "_raster_kernels")
    rng = np.random.default_rng(11)

    def bits(v: object) -> object:
        if isinstance(v, float):
            return np.float64(v).tobytes()
        if isinstance(v, np.ndarray):
            return v.dtype.str, v.tobytes()
        if isinstance(v, (list, tuple)):
            return tuple(bits(e) for e in v)
        return v

    compared = 0
    for n in (1, 7, 33, 4095, 4097, 9001, 20_011):
        for _ in range(6):
            cols = [_awkward(rng, n, np.float32 if rng.random() < 0.75 else np.float64,
                             str(rng.choice(["cont", "whole"]))) for _ in range(int(rng.integers(1, 5)))]
            checks = [(int(rng.integers(0, len(cols))), int(rng.integers(0, 7)),
                       float(rng.choice([1200.0, 0.0, -0.0, 0.1, 16777217.0, 1e39, -1e39, 5.0])))
                      for _ in range(int(rng.integers(0, 6)))]
            picked = []
            for k in (kernels, base):
                rows, outs = np.full(n, -7, np.int64), [np.zeros(n, c.dtype) for c in cols]
                kept, stats = k.select(cols, checks, rows, outs)  # type: ignore[attr-defined]
                picked.append((kept, stats, rows[:kept], [o[:kept] for o in outs]))
            assert bits(picked[0]) == bits(picked[1])
            kept, _, rows, kcols = picked[0]
            specs: list[tuple[object, ...]] = []
            for _ in range(int(rng.integers(1, 5))):
                kind, col = int(rng.integers(0, 5)), int(rng.integers(0, len(cols)))
                comp, zero, w = int(rng.integers(0, 2)), int(rng.integers(0, 2)), float(rng.uniform(0, 50))
                if kind == 0:  # a column standardised by NumPy
                    specs.append((0, 0, 0, 0, w, 0.0, 0.0, rng.uniform(0, 1, kept)))
                elif kind == 1:
                    specs.append((1, col, comp, zero, w, float(rng.uniform(-100, 100)), float(rng.uniform(1, 3e3)), None))
                elif kind in (2, 3):  # whole exponents by squaring, the others through pow
                    spread = float(rng.choice([0.5, 2.0, 2.5, 3.0, 5.0, 7.0, 31.0, 32.0]))
                    specs.append((kind, col, comp, zero, w, float(rng.uniform(1, 3e3)), spread, None))
                else:  # a look-up table: fits the whole numbers or not
                    lo, size = float(rng.choice([-3.0, 0.0, -0.5])), int(rng.choice([0, 5, 30]))
                    specs.append((4, col, 0, zero, w, lo, 0.0, rng.uniform(0, 1, size)))
            for at, length in ((rows, n), (None, kept)):
                scored = []
                for k in (kernels, base):
                    out = np.full(max(length, 1), np.nan, np.float32)
                    scored.append((k.score(kcols, specs, at, out), out))  # type: ignore[attr-defined]
                assert bits(scored[0]) == bits(scored[1])
                compared += 1
    assert compared == 84
    # no fused multiply-add in the weighted sum: -(y * w) then + y * w is 0, where a fused one would
    # leave the product's rounding error
    y = rng.uniform(0, 1, 5000)
    specs = [(0, 0, 0, 0, 1.0, 0.0, 0.0, -(y / 3.0 * 7.0)), (0, 0, 0, 0, 7.0, 0.0, 0.0, y / 3.0)]
    for k in (kernels, base):
        out = np.full(y.size, np.nan, np.float32)
        assert k.score([], specs, None, out) == 0  # type: ignore[attr-defined]
        assert not np.any(out)
    for h, w in [(1, 1), (1, 6), (7, 9), (64, 64), (513, 1027)]:
        a = _awkward(rng, h * w, np.float32, "cont").reshape(h, w)
        got, want = (np.full(((h + 1) // 2, (w + 1) // 2), 7.0, np.float32) for _ in range(2))
        raster.average2(a, h, w, got)  # type: ignore[attr-defined]
        base_raster.average2(a, h, w, want)  # type: ignore[attr-defined]
        assert got.tobytes() == want.tobytes()
