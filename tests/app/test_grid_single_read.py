"""Grid suitability reads each window once (statistics pass keeps the cells), with the same file as before."""
from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
import rasterio

from smartzone.app.core.grid import GridRecipe, InProcess, run_grid
from smartzone.layers.raster_stack import RasterStack, WindowReader
from smartzone.layers.spill import ArraySpill
from smartzone.scoring.grid import TABLE_SPAN, GridPlan, GridSuitability, _apply_by_table
from smartzone.scoring.model import Criterion, Standardization
from smartzone.scoring.standardize import STANDARDIZATIONS, _apply, resolve_params

from .test_grid import CRITERIA, criteria_bands, write_raster


def test_windows_are_read_once_and_the_file_equals_the_in_memory_score(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    paths, bands = criteria_bands(tmp_path)
    reads: list[tuple[int, int, int, int]] = []
    original = WindowReader.read  # what the in-process threads read with (RasterStack.read's values)

    def counting(self: WindowReader, key: tuple[int, int, int, int], names: object = None) -> object:
        reads.append(key)
        return original(self, key, names)  # type: ignore[arg-type]

    monkeypatch.setattr(WindowReader, "read", counting)
    monkeypatch.setattr(RasterStack, "read", lambda *a, **k: pytest.fail("windows are read by WindowReader"))
    assert GridPlan(CRITERIA).needs_statistics  # minmax and automatic fuzzy parameters
    run = run_grid(GridRecipe.of(paths, CRITERIA), tmp_path / "s.tif", window_pixels=128 * 128)
    assert len(reads) == run.windows == len(set(reads))  # one read per window, not two
    expected = GridSuitability(bands, CRITERIA).score().grid
    with rasterio.open(tmp_path / "s.tif") as ds:
        got = ds.read(1)
        assert ds.overviews(1)
    np.testing.assert_array_equal(got, expected)
    assert run.scored == int(np.isfinite(expected).sum())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*(p.name for p in paths.values()), "s.tif"])


def test_a_failed_or_cancelled_run_leaves_no_scratch_file(tmp_path: Path) -> None:
    from smartzone.layers.errors import CancelledError

    paths, _ = criteria_bands(tmp_path, (300, 400))

    class Stop:
        calls = 0

        def set_progress(self, _p: float) -> None:
            self.calls += 1

        def is_canceled(self) -> bool:
            return self.calls > 2  # during the statistics pass, after cells were kept

        def info(self, _m: str) -> None:
            pass

    with pytest.raises(CancelledError):
        run_grid(GridRecipe.of(paths, CRITERIA), tmp_path / "c.tif", feedback=Stop(), window_pixels=128 * 128)
    assert not (tmp_path / "c.tif").exists()
    assert not list(tmp_path.glob(".c.*"))


def test_rasters_are_read_as_float32_when_exact_and_score_the_same(tmp_path: Path) -> None:
    paths, bands = criteria_bands(tmp_path, (200, 300))
    wide = np.where(np.isnan(bands["terrain"]), -9999, np.round(bands["terrain"])).astype(np.int32)
    paths["terrain"] = write_raster(tmp_path / "terrain32.tif", wide, -9999)
    stack = RasterStack.open(paths)
    window = stack.read((0, 0, 200, 300))
    assert window["landcover"].dtype == np.float32 and window["dist_road"].dtype == np.float32
    assert window["terrain"].dtype == np.float64  # int32 is not exact in float32
    np.testing.assert_array_equal(window["landcover"], bands["landcover"])  # NaN at nodata, same values
    plan = GridPlan(CRITERIA)
    as64 = {k: v.astype(np.float64) for k, v in window.items()}
    refs = plan.references(plan.summarize(as64))
    assert plan.summarize(window) == plan.summarize(as64)
    np.testing.assert_array_equal(plan.score_window(window, refs), plan.score_window(as64, refs))


@pytest.mark.parametrize("method, params", [
    ("categorical", {"mapping": {1: 1.0, 2: 0.8, 13: 0.25}, "default": 0.1}),
    ("fuzzy_small", {"midpoint": 900.0, "spread": 5.0}),
    ("fuzzy_gaussian", {"midpoint": 400.0, "spread": 1e-5}),
])
def test_the_look_up_table_gives_the_same_numbers(method: str, params: dict[str, float]) -> None:
    rng = np.random.default_rng(1)
    x = rng.integers(0, 2_000, 4 * TABLE_SPAN + 5).astype(np.float64)
    x[::97] = np.nan
    miss = np.isnan(x)
    spec = STANDARDIZATIONS[method]
    p = resolve_params(method, params)
    ref = np.array([0.0, 1999.0])
    for direction in ("benefit", "cost"):
        table = _apply_by_table(x, miss, spec, p, direction, ref)
        assert table is not None
        np.testing.assert_array_equal(table, _apply(x, spec, p, direction, ref, nan_mask=miss))
    assert _apply_by_table(x + 0.5, miss, spec, p, "benefit", ref) is None  # not whole numbers
    assert _apply_by_table(x * 1000, miss, spec, p, "benefit", ref) is None  # range too wide


def test_array_spill_round_trip_from_threads_and_removal(tmp_path: Path) -> None:
    arrays = {i: {"mask": np.packbits(np.arange(1000) % (i + 2) == 0), "v": np.arange(i * 10, dtype=np.float32),
                  "w": np.full(7, i, np.float64)} for i in range(40)}
    with ArraySpill(tmp_path) as spill:
        threads = [threading.Thread(target=lambda k=k: spill.put(k, arrays[k])) for k in arrays]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert spill.path.exists()
        for k, want in arrays.items():
            got = spill.get(k)
            assert got.keys() == want.keys()
            for name in want:
                assert got[name].dtype == want[name].dtype
                np.testing.assert_array_equal(got[name], want[name])
        with pytest.raises(KeyError):
            spill.put(3, arrays[3])
    assert not spill.path.exists()


def test_one_thread_and_two_give_the_same_file(tmp_path: Path) -> None:
    paths, _ = criteria_bands(tmp_path, (300, 400))
    crit = [*CRITERIA[:2], Criterion("dist_road", "cost", Standardization("zscore"), missing="zero")]
    run_grid(GridRecipe.of(paths, crit), tmp_path / "a.tif", executor=InProcess(1), window_pixels=128 * 128)
    run_grid(GridRecipe.of(paths, crit), tmp_path / "b.tif", executor=InProcess(2), window_pixels=128 * 128)
    with rasterio.open(tmp_path / "a.tif") as a, rasterio.open(tmp_path / "b.tif") as b:
        np.testing.assert_array_equal(a.read(1), b.read(1))


def test_a_run_cancelled_while_the_threads_write_waits_for_them_before_closing_the_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancelled in the scoring pass while a scoring thread is still writing its window: the writer's files are
    closed and removed only once no thread writes into them (closing a GDAL dataset under a writing thread is a
    use-after-free), and nothing is left."""
    import threading
    import time

    from smartzone.layers.errors import CancelledError
    from smartzone.layers.raster_stack import GridWriter

    paths, _ = criteria_bands(tmp_path, (600, 700))
    events: list[str] = []
    lock = threading.Lock()
    write, close = GridWriter.write, GridWriter.close

    def slow_write(self: GridWriter, key: tuple[int, int, int, int], values: object) -> int:
        with lock:
            events.append("write start")
        time.sleep(0.05)  # a window being written when the cancel comes
        try:
            return write(self, key, values)  # type: ignore[arg-type]
        finally:
            with lock:
                events.append("write end")

    def logged_close(self: GridWriter) -> None:
        with lock:
            events.append("close")
        close(self)

    monkeypatch.setattr(GridWriter, "write", slow_write)
    monkeypatch.setattr(GridWriter, "close", logged_close)
    windows = len(RasterStack.open(paths).windows(128 * 128))

    class Stop:
        calls = 0

        def set_progress(self, _p: float) -> None:
            self.calls += 1

        def is_canceled(self) -> bool:
            return self.calls > windows + 2  # in the scoring pass, windows in flight on both threads

        def info(self, _m: str) -> None:
            pass

    with pytest.raises(CancelledError):
        run_grid(GridRecipe.of(paths, CRITERIA), tmp_path / "c.tif", feedback=Stop(), window_pixels=128 * 128)
    assert "write start" in events and "close" in events
    first_close = events.index("close")
    assert events[:first_close].count("write start") == events[:first_close].count("write end"), events
    assert "write start" not in events[first_close:], events
    assert not (tmp_path / "c.tif").exists() and not list(tmp_path.glob(".c.*"))
