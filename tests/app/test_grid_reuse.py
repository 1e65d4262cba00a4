"""The in-process grid reuses its memory and computes the overviews as windows are written (issue 15 §5).

Reading a window with :class:`WindowReader` gives :meth:`RasterStack.read`'s values in buffers it
keeps; the COG's overview levels come from the windows as they are written when the windows are
aligned on 2^levels pixels, else from a pass over the written raster: both give the same file.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio

from smartzone.app.core.grid import GridRecipe, run_grid
from smartzone.layers.raster import open_raster
from smartzone.layers.raster_stack import GridWriter, RasterStack, WindowReader
from smartzone.scoring.grid import GridPlan, Workspace

from .test_grid import CRITERIA, criteria_bands, write_raster


def test_window_reader_gives_the_stack_values_in_reused_buffers(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    shape = (300, 260)
    data = {
        "u8": (rng.integers(0, 256, shape).astype(np.uint8), 255),
        "i16": (rng.integers(-5, 5, shape).astype(np.int16), -5),
        "f32": (rng.normal(0, 1, shape).astype(np.float32), -9999.0),
        "f32nan": (rng.normal(0, 1, shape).astype(np.float32), float("nan")),
        "f64": (rng.normal(0, 1, shape), 0.5),
        "i32": (rng.integers(-3, 3, shape).astype(np.int32), 2),
        "plain": (rng.normal(0, 1, shape).astype(np.float32), None),
    }
    data["f32"][0][:40, :50] = -9999.0
    data["f32nan"][0][5:9, :] = np.nan
    data["f64"][0][7, 7] = 0.5
    paths = {k: write_raster(tmp_path / f"{k}.tif", v, nd, block=64) for k, (v, nd) in data.items()}
    stack = RasterStack.open(paths)
    reader = WindowReader(stack)
    try:
        keys = stack.windows(128 * 128)
        first = None
        for key in keys:
            want = stack.read(key)
            got = reader.read(key)
            for name in data:
                assert got[name].dtype == want[name].dtype and got[name].shape == want[name].shape
                np.testing.assert_array_equal(got[name], want[name])
            first = first or {k: v.__array_interface__["data"][0] for k, v in got.items()}
            # the same memory window after window (no fresh allocation)
            assert {k: v.__array_interface__["data"][0] for k, v in got.items()} == first
        assert np.isnan(reader.read(keys[0])["f32"][:40, :50]).all()
    finally:
        reader.close()


def test_workspace_cells_equal_fresh_cells() -> None:
    rng = np.random.default_rng(5)
    bands = {c.indicator: rng.normal(500, 300, (64, 64)).astype(np.float32) for c in CRITERIA}
    bands["terrain"][:3] = np.nan
    plan = GridPlan(CRITERIA)
    ws = Workspace()
    fresh = plan.cells(bands)
    reused = plan.cells(bands, workspace=ws)
    np.testing.assert_array_equal(fresh.rows, reused.rows)
    for k in fresh.columns:
        np.testing.assert_array_equal(fresh.columns[k], reused.columns[k])
    assert np.shares_memory(reused.rows, ws.array("rows", np.int64, 1))


def _levels(path: Path) -> list[np.ndarray]:
    with rasterio.open(path) as ds:
        out = [ds.read(1)]
        count = len(ds.overviews(1))
    for level in range(count):
        with rasterio.open(path, overview_level=level) as ov:
            out.append(ov.read(1))
    return out


def test_overviews_from_the_written_windows_equal_the_second_pass(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    paths, _ = criteria_bands(tmp_path, (1300, 1100))
    recipe = GridRecipe.of(paths, CRITERIA)
    planned: list[bool] = []
    original = GridWriter.plan_overviews
    monkeypatch.setattr(GridWriter, "plan_overviews", lambda self, keys: planned.append(original(self, keys))
                        or planned[-1])
    run_grid(recipe, tmp_path / "inline.tif", window_pixels=256 * 256)  # 256 px windows, 2 levels: aligned
    assert planned == [True]
    second: list[int] = []
    monkeypatch.setattr(GridWriter, "plan_overviews", lambda self, keys: False)
    monkeypatch.setattr(GridWriter, "_write_overviews",
                        lambda self, source, _o=GridWriter._write_overviews: second.append(1) or _o(self, source))
    run_grid(recipe, tmp_path / "pass.tif", window_pixels=256 * 256)
    assert second == [1]
    inline, after = _levels(tmp_path / "inline.tif"), _levels(tmp_path / "pass.tif")
    assert [a.shape for a in inline] == [a.shape for a in after] == [(1300, 1100), (650, 550), (325, 275)]
    for a, b in zip(inline, after, strict=True):
        np.testing.assert_array_equal(a, b)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no scratch left


def test_windows_off_the_overview_grid_fall_back_to_the_second_pass(tmp_path: Path) -> None:
    paths, _ = criteria_bands(tmp_path, (1300, 1100))
    with GridWriter(tmp_path / "x.tif", open_raster(paths["terrain"])) as writer:
        assert writer.overview_shapes() == [(650, 550), (325, 275)]
        assert not writer.plan_overviews([(0, 0, 256, 256), (0, 256, 254, 256)])  # 254: not a multiple of 4
        assert not writer.plan_overviews([(0, 0, 256, 256), (2, 256, 256, 256)])  # origin off by 2
        assert writer.plan_overviews([(0, 0, 1300, 1100)])  # one window: only the raster's own edges


@pytest.mark.parametrize("compress", ["zstd", "deflate"])
def test_the_cog_compression_is_chosen_and_the_values_stay(tmp_path: Path, compress: str) -> None:
    paths, _ = criteria_bands(tmp_path, (700, 900))
    recipe = GridRecipe.of(paths, CRITERIA)
    run_grid(recipe, tmp_path / "default.tif", window_pixels=256 * 256)
    run_grid(recipe, tmp_path / "s.tif", window_pixels=256 * 256, compress=compress)
    with rasterio.open(tmp_path / "s.tif") as ds, rasterio.open(tmp_path / "default.tif") as ref:
        assert ds.profile["compress"].lower() == compress and ds.profile["tiled"]
        assert ds.tags(ns="IMAGE_STRUCTURE").get("PREDICTOR") in (None, "3")
        np.testing.assert_array_equal(ds.read(1), ref.read(1))
        assert ds.overviews(1) == ref.overviews(1) == [2]
    with pytest.raises(ValueError, match="zstd, deflate"):
        GridWriter(tmp_path / "y.tif", open_raster(paths["terrain"]), compress="lzw")


def test_kernels_take_float_arrays_on_unaligned_buffers() -> None:
    """A window received from a Dask worker can sit on an unaligned buffer (NumPy exports it as "=f")."""
    from smartzone.layers.raster_stack import average2, nodata_to_nan

    rng = np.random.default_rng(2)
    a = rng.normal(0, 1, (5, 7)).astype(np.float32)
    a[1, 1] = -1.0
    raw = np.zeros(a.nbytes + 1, np.uint8)
    unaligned = raw[1:].view(np.float32).reshape(a.shape)
    unaligned[...] = a
    assert not unaligned.flags.aligned and memoryview(unaligned).format == "=f"
    np.testing.assert_array_equal(average2(unaligned), average2(a))
    nodata_to_nan(unaligned, -1.0)
    assert np.isnan(unaligned[1, 1]) and np.isfinite(np.delete(unaligned.ravel(), 8)).all()


def test_the_default_is_zstd_and_the_cli_writes_deflate_on_request(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    from smartzone.app.cli import main
    from smartzone.layers.raster_stack import DEFAULT_COMPRESS

    assert DEFAULT_COMPRESS == "zstd"
    paths, _ = criteria_bands(tmp_path, (300, 400))
    recipe = tmp_path / "grid.toml"
    recipe.write_text("[rasters]\n" + "".join(f'{k} = "{p.name}"\n' for k, p in paths.items())
                      + '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\n', encoding="utf-8")
    assert main(["grid", str(recipe), "--out", str(tmp_path / "z.tif")]) == 0
    assert "Cloud Optimized GeoTIFF with overviews, ZSTD" in capsys.readouterr().out
    assert main(["grid", str(recipe), "--out", str(tmp_path / "d.tif"), "--compress", "deflate", "-q"]) == 0
    with rasterio.open(tmp_path / "z.tif") as z, rasterio.open(tmp_path / "d.tif") as d:
        assert z.profile["compress"].lower() == "zstd" and d.profile["compress"].lower() == "deflate"
        np.testing.assert_array_equal(z.read(1), d.read(1))


def test_no_predictor_by_default_and_the_float_predictor_on_request(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """GDAL's COG default (no predictor) unless --predictor: then TIFF predictor 3, a smaller file, the same cells."""
    from smartzone.app.cli import main
    from smartzone.layers.raster_stack import DEFAULT_PREDICTOR

    assert DEFAULT_PREDICTOR is False
    paths, _ = criteria_bands(tmp_path, (600, 700))
    recipe = tmp_path / "grid.toml"
    recipe.write_text("[rasters]\n" + "".join(f'{k} = "{p.name}"\n' for k, p in paths.items())
                      + '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\n', encoding="utf-8")
    plain, small = tmp_path / "plain.tif", tmp_path / "small.tif"
    assert main(["grid", str(recipe), "--out", str(plain), "-q"]) == 0
    assert main(["grid", str(recipe), "--out", str(small), "--predictor"]) == 0
    assert "ZSTD, floating-point predictor" in capsys.readouterr().out
    with rasterio.open(plain) as a, rasterio.open(small) as b:
        assert a.tags(ns="IMAGE_STRUCTURE").get("PREDICTOR", "1") == "1"
        assert b.tags(ns="IMAGE_STRUCTURE")["PREDICTOR"] == "3"
        assert a.tags(ns="IMAGE_STRUCTURE")["LAYOUT"] == b.tags(ns="IMAGE_STRUCTURE")["LAYOUT"] == "COG"
        np.testing.assert_array_equal(a.read(1), b.read(1))
        assert a.overviews(1) == b.overviews(1) and a.overviews(1)
        np.testing.assert_array_equal(a.read(1, out_shape=(300, 350)), b.read(1, out_shape=(300, 350)))
    assert small.stat().st_size < plain.stat().st_size


def test_the_recipe_output_table_chooses_the_codec_and_predictor_and_the_cli_overrides_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """[output] compress/predictor in the recipe (what the app runs) unless the command line says otherwise."""
    from smartzone.app.cli import main
    from smartzone.scoring.errors import CriteriaError

    paths, _ = criteria_bands(tmp_path, (300, 400))
    head = "[rasters]\n" + "".join(f'{k} = "{p.name}"\n' for k, p in paths.items())
    body = '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\n'
    recipe = tmp_path / "grid.toml"
    recipe.write_text(head + '[output]\ncompress = "DEFLATE"\npredictor = true\n' + body, encoding="utf-8")
    loaded = GridRecipe.load(recipe)
    assert (loaded.compress, loaded.predictor) == ("deflate", True)
    run_grid(loaded, tmp_path / "r.tif")
    assert main(["grid", str(recipe), "--out", str(tmp_path / "c.tif"), "--compress", "zstd"]) == 0
    assert "ZSTD, floating-point predictor" in capsys.readouterr().out
    with rasterio.open(tmp_path / "r.tif") as r, rasterio.open(tmp_path / "c.tif") as c:
        assert r.profile["compress"].lower() == "deflate" and r.tags(ns="IMAGE_STRUCTURE")["PREDICTOR"] == "3"
        assert c.profile["compress"].lower() == "zstd" and c.tags(ns="IMAGE_STRUCTURE")["PREDICTOR"] == "3"
        np.testing.assert_array_equal(r.read(1), c.read(1))
    for bad in ('compress = "lzw"', 'predictor = "yes"', "compress = 1"):
        recipe.write_text(head + f"[output]\n{bad}\n" + body, encoding="utf-8")
        with pytest.raises(CriteriaError, match=r"\[output\].*compress = \"zstd\" or \"deflate\""):
            GridRecipe.load(recipe)
    recipe.write_text('output = "x.tif"\n' + head + body, encoding="utf-8")  # not a table
    with pytest.raises(CriteriaError, match="is not understood"):
        GridRecipe.load(recipe)


def test_integer_bands_wait_in_the_scratch_file_as_integers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Land cover (uint8) is kept as 1 byte a cell, not float32's 4, and the scores stay the engine's."""
    from dataclasses import replace

    from smartzone.layers.spill import ArraySpill
    from smartzone.scoring.grid import GridSuitability

    pytest.importorskip("smartzone.scoring._grid_kernels")
    stored: dict[str, set[str]] = {}
    original = ArraySpill.put

    def recording(self: ArraySpill, key: object, arrays: dict[str, np.ndarray]) -> None:
        for name, a in arrays.items():
            stored.setdefault(name, set()).add(a.dtype.name)
        original(self, key, arrays)

    monkeypatch.setattr(ArraySpill, "put", recording)
    paths, bands = criteria_bands(tmp_path)
    run_grid(GridRecipe.of(paths, CRITERIA), tmp_path / "s.tif", window_pixels=256 * 256)
    assert stored["landcover"] == {"uint8"} and stored["terrain"] == {"float32"}
    expected = GridSuitability(bands, CRITERIA).score().grid
    with rasterio.open(tmp_path / "s.tif") as ds:
        got = ds.read(1)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
    ok = ~np.isnan(expected)
    np.testing.assert_array_max_ulp(got[ok], expected[ok], maxulp=1)
    # a land cover whose missing cells score zero keeps NaN among its cells: those windows keep float32
    with rasterio.open(paths["landcover"]) as ds:
        classes = ds.read(1)
    classes[100:110, 200:600] = 255  # no class where the other bands have values
    paths = {**paths, "landcover": write_raster(tmp_path / "lc_gaps.tif", classes, 255)}
    bands = {**bands, "landcover": np.where(classes == 255, np.nan, classes.astype(np.float64))}
    stored.clear()
    zero = tuple(replace(c, missing="zero") if c.indicator == "landcover" else c for c in CRITERIA)
    run_grid(GridRecipe.of(paths, zero), tmp_path / "z.tif", window_pixels=256 * 256)
    assert stored["landcover"] == {"float32", "uint8"}  # float32 in the windows with gaps, uint8 elsewhere
    want = GridSuitability(bands, zero).score().grid
    with rasterio.open(tmp_path / "z.tif") as ds:
        got = ds.read(1)
    ok = ~np.isnan(want)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    np.testing.assert_array_max_ulp(got[ok], want[ok], maxulp=1)


@pytest.mark.parametrize("direct", [True, False])
def test_the_scratch_file_round_trips_with_and_without_the_page_cache(tmp_path: Path, direct: bool) -> None:
    """Direct I/O (Linux, O_DIRECT) pads each key's arrays to 4 KiB blocks; any sizes and types come back."""
    import os
    import threading

    from smartzone.layers.spill import ALIGN, ArraySpill

    rng = np.random.default_rng(4)
    arrays = {i: {"\0mask": np.packbits(rng.random(1000 + i) < 0.5), "a": rng.normal(size=i * 37).astype(np.float32),
                  "b": rng.integers(0, 255, 4097 + i).astype(np.uint8), "c": rng.normal(size=(3, 5 + i))}
              for i in range(30)}
    with ArraySpill(tmp_path, direct=direct) as spill:
        if direct and not spill.direct:
            pytest.skip("this file system refuses O_DIRECT: the page cache is used")
        assert spill.direct == (direct and hasattr(os, "O_DIRECT"))
        threads = [threading.Thread(target=lambda k=k: spill.put(k, arrays[k])) for k in arrays]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if spill.direct:
            assert spill.nbytes % ALIGN == 0
        ws = Workspace()
        for k, want in arrays.items():
            for got in (spill.get(k), spill.get(k, lambda name, dtype, size: ws.array(name, dtype, size))):
                assert list(got) == list(want)
                for name in want:
                    assert got[name].dtype == want[name].dtype and got[name].shape == want[name].shape
                    np.testing.assert_array_equal(got[name], want[name])
    assert not spill.path.exists()


def test_direct_writes_run_behind_put_and_get_waits_for_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """put() returns before the disk has the data (a writer thread writes it); get() and flush() wait for it."""
    import threading

    from smartzone.layers.spill import ArraySpill

    with ArraySpill(tmp_path) as spill:
        if not spill.direct:
            pytest.skip("no direct I/O here: put() writes through the page cache itself")
        gate = threading.Event()
        original = ArraySpill._direct_write

        def slow(self: ArraySpill, stage: np.ndarray, offset: int) -> bool:
            gate.wait(10)
            return original(self, stage, offset)

        monkeypatch.setattr(ArraySpill, "_direct_write", slow)
        a = np.arange(5000, dtype=np.float32)
        spill.put("k", {"a": a})  # returns while the write waits at the gate
        assert "k" in spill and spill._writes.unfinished_tasks == 1
        threading.Timer(0.2, gate.set).start()
        np.testing.assert_array_equal(spill.get("k")["a"], a)  # waited for the write
        spill.flush()

    def failing(self: ArraySpill, stage: np.ndarray, offset: int) -> bool:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ArraySpill, "_direct_write", failing)
    from smartzone.layers.errors import ExportError

    with ArraySpill(tmp_path) as spill:
        spill.put("k", {"a": np.zeros(10)})
        with pytest.raises(ExportError, match="No space left") as info:
            spill.flush()
        assert info.value.key == "scratch_full"


def test_read_ahead_gives_every_block_in_any_order_and_stops_on_close(tmp_path: Path) -> None:
    """Blocks read ahead by the spill's reader thread come back right, asked in order, out of order or not at all."""
    import threading

    from smartzone.layers.spill import READ_AHEAD, ArraySpill

    rng = np.random.default_rng(9)
    arrays = {i: {"\0mask": np.packbits(rng.random(999) < 0.3), "a": rng.normal(size=1000 + 97 * i).astype(np.float32),
                  "b": rng.integers(0, 9, 3000 + i).astype(np.uint8)} for i in range(24)}
    with ArraySpill(tmp_path) as spill:
        if not spill.direct:
            pytest.skip("no direct I/O here: nothing is read ahead")
        for k, v in arrays.items():
            spill.put(k, v)
        spill.read_ahead([*arrays, "not stored"])
        got: dict[int, dict[str, np.ndarray]] = {}

        def worker(keys: list[int]) -> None:
            ws = Workspace()
            for k in keys:
                arrays_k = spill.get(k, lambda name, dtype, size: ws.array(name, dtype, size))
                got[k] = {name: a.copy() for name, a in arrays_k.items()}  # valid until this thread's next get

        order = list(arrays)
        threads = [threading.Thread(target=worker, args=(order[i::2],)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert not any(t.is_alive() for t in threads)
        for k in reversed(order):  # again, out of order and without alloc: new arrays
            fresh = spill.get(k)
            for name, want in arrays[k].items():
                np.testing.assert_array_equal(got[k][name], want)
                np.testing.assert_array_equal(fresh[name], want)
        assert len(spill._ahead) <= READ_AHEAD
    assert spill._reader is None and not spill.path.exists()
    with ArraySpill(tmp_path) as spill:  # closed while the reader waits for room
        for k, v in arrays.items():
            spill.put(k, v)
        spill.read_ahead(list(arrays))
        np.testing.assert_array_equal(spill.get(0)["a"], arrays[0]["a"])


def test_a_slow_window_does_not_hold_the_first_pass_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """While one thread is stuck on a window, the other reads on well past it (was: two windows per thread)."""
    import threading
    import time

    paths, bands = criteria_bands(tmp_path, (700, 900))
    recipe = GridRecipe.of(paths, CRITERIA)
    keys = RasterStack.open(paths).windows(128 * 128)
    gate = threading.Event()
    reads: list[tuple[int, int, int, int]] = []
    original = WindowReader.read

    def slow_first(self: WindowReader, key: tuple[int, int, int, int], names: object = None) -> object:
        reads.append(key)
        if key == keys[0] and not gate.is_set():
            gate.wait(20)
        return original(self, key, names)  # type: ignore[arg-type]

    monkeypatch.setattr(WindowReader, "read", slow_first)
    done: list[object] = []
    runner = threading.Thread(target=lambda: done.append(run_grid(recipe, tmp_path / "s.tif", window_pixels=128 * 128)))
    runner.start()
    deadline = time.monotonic() + 20
    while len(reads) < 10 and time.monotonic() < deadline:
        time.sleep(0.02)
    passed = len(reads)
    gate.set()
    runner.join(60)
    assert passed >= 10, f"only {passed - 1} windows read while the first was held"
    from smartzone.scoring.grid import GridSuitability

    with rasterio.open(tmp_path / "s.tif") as ds:
        got = ds.read(1)
    want = GridSuitability(bands, CRITERIA).score().grid
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    ok = ~np.isnan(want)
    np.testing.assert_array_max_ulp(got[ok], want[ok], maxulp=1)


def test_threads_write_into_their_own_files_and_the_cog_is_one_raster(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Two scoring threads write side by side, each into its own scratch files; the COG equals a one-thread run.

    Windows aligned (overviews written with them) and not (overviews from the mosaic of both files).
    """
    from smartzone.app.core.grid import InProcess

    paths, _ = criteria_bands(tmp_path, (1300, 1100))
    recipe = GridRecipe.of(paths, CRITERIA)
    parts: list[int] = []
    original = GridWriter.commit

    def counting(self: GridWriter, **kw: object) -> Path:
        parts.append(len({index for index, _ in self._written}))
        return original(self, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(GridWriter, "commit", counting)
    for pixels in (256 * 256, 300 * 300):  # aligned on the 2 levels, and not
        one = run_grid(recipe, tmp_path / f"one{pixels}.tif", executor=InProcess(threads=1), window_pixels=pixels)
        two = run_grid(recipe, tmp_path / f"two{pixels}.tif", executor=InProcess(threads=2), window_pixels=pixels)
        assert one.scored == two.scored > 0
        for a, b in zip(_levels(one.path), _levels(two.path), strict=True):
            np.testing.assert_array_equal(a, b)
    assert parts == [1, 2, 1, 2]  # the two threads each wrote windows, into their own files
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no scratch left


def test_writer_threads_at_once_on_a_grid_writer(tmp_path: Path) -> None:
    """GridWriter.write from four threads at once: every window lands, counted, with its overview shares."""
    from concurrent.futures import ThreadPoolExecutor

    like_path = write_raster(tmp_path / "like.tif", np.zeros((1024, 1536), np.float32), None, block=128)
    like = open_raster(like_path)
    rng = np.random.default_rng(11)
    full = rng.random((1024, 1536), dtype=np.float32) * 100
    full[:256, :512] = np.nan  # a window without a value: not written, read as nodata
    keys = [(r, c, 256, 512) for r in range(0, 1024, 256) for c in range(0, 1536, 512)]
    with GridWriter(tmp_path / "out.tif", like, block=128) as writer:
        assert writer.plan_overviews(keys)
        with ThreadPoolExecutor(4) as pool:
            counts = list(pool.map(lambda k: writer.write(k, full[k[0]:k[0] + k[2], k[1]:k[1] + k[3]].copy()), keys))
        assert counts[0] == 0 and counts[1:] == [256 * 512] * (len(keys) - 1)
        assert 2 <= len({index for index, _ in writer._written}) <= 4
        writer.commit()
    with rasterio.open(tmp_path / "out.tif") as ds:
        np.testing.assert_array_equal(ds.read(1), full)
        assert ds.overviews(1) == [2, 4, 8, 16]
    with rasterio.open(tmp_path / "out.tif", overview_level=0) as ov:
        np.testing.assert_allclose(ov.read(1)[128:, 256:], full[256:, 512:].reshape(384, 2, 512, 2).mean(axis=(1, 3)),
                                   rtol=1e-6)


def test_writeback_flushes_a_file_while_it_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    from smartzone.layers.writeback import Writeback

    path = tmp_path / "big.bin"
    with Writeback(path, interval=0.01) as wb:
        time.sleep(0.05)  # the file does not exist yet: waited for
        with open(path, "wb") as f:
            for _ in range(20):
                f.write(b"\0" * (1 << 20))
                f.flush()
                time.sleep(0.01)
    assert wb.flushes > 0
    monkeypatch.delattr(os, "fdatasync")  # Windows, macOS: nothing to do, nothing started
    with Writeback(path, interval=0.01) as quiet:
        time.sleep(0.05)
    assert quiet.flushes == 0 and quiet._thread is None


def test_a_thread_whose_scratch_files_cannot_be_opened_leaves_nothing_behind(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A second thread's overview files fail to open (a full or read-only folder): a keyed ExportError, and
    closing the writer removes every scratch file, that thread's half-made ones included."""
    import threading

    from smartzone.layers import raster_stack
    from smartzone.layers.errors import ExportError

    like = open_raster(write_raster(tmp_path / "like.tif", np.zeros((1024, 1536), np.float32), None, block=128))
    out = tmp_path / "out"
    out.mkdir()
    keys = [(0, 0, 512, 512), (0, 512, 512, 512)]
    original = raster_stack._Part.open_levels
    calls: list[int] = []

    def failing(self: object, shapes: object) -> None:
        calls.append(1)
        if len(calls) > 1:
            original(self, shapes)  # type: ignore[arg-type]  (the first level opens, then the disk is full)
            raise rasterio.errors.RasterioIOError("No space left on device")
        original(self, shapes)  # type: ignore[arg-type]

    monkeypatch.setattr(raster_stack._Part, "open_levels", failing)
    caught: list[BaseException] = []
    with GridWriter(out / "s.tif", like, block=128) as writer:
        assert writer.plan_overviews(keys)
        writer.write(keys[0], np.ones((512, 512), np.float32))  # this thread's files
        worker = threading.Thread(target=lambda: caught.extend(_failed(writer.write, keys[1])))
        worker.start()
        worker.join()
        assert len(caught) == 1 and isinstance(caught[0], ExportError) and caught[0].key == "export_gdal"
        assert len(list(out.iterdir())) > 2  # scratch files exist until the writer closes
    assert list(out.iterdir()) == []


def _failed(write: object, key: tuple[int, int, int, int]) -> list[BaseException]:
    try:
        write(key, np.ones((512, 512), np.float32))  # type: ignore[operator]
    except BaseException as exc:  # noqa: BLE001 (handed to the test's thread)
        return [exc]
    return []


def test_closing_a_workers_run_waits_for_its_writes_and_later_writes_write_nothing(tmp_path: Path) -> None:
    """What a Dask worker runs (write_part_window, close_run_parts): a close waits for the write in progress
    (closing a GDAL dataset under a writing thread is a use-after-free); a task still running after the run
    ended (cancelled) writes no file that nobody would remove."""
    import threading
    import time

    from smartzone.layers import raster_stack
    from smartzone.layers.raster_stack import close_run_parts, write_part_window

    like = open_raster(write_raster(tmp_path / "like.tif", np.zeros((512, 512), np.float32), None, block=128))
    out = tmp_path / "out"
    out.mkdir()
    with GridWriter(out / "s.tif", like, block=128) as writer:
        spec = writer.part_spec()
    values = np.ones((256, 256), np.float32)
    assert write_part_window(spec, "run1", (0, 0, 256, 256), values)[0] == 256 * 256
    part = next(p for (run, _), p in raster_stack._RUN_PARTS.items() if run == "run1")
    slow = threading.Event()
    original = part.dst.write

    def slow_write(*args: object, **kwargs: object) -> None:
        slow.set()
        time.sleep(0.2)
        original(*args, **kwargs)

    part.dst.write = slow_write  # the next write takes a while
    writing = threading.Thread(target=lambda: raster_stack._RUN_PARTS.__setitem__(("run1", threading.get_ident()),
                                                                                 part) or
                               write_part_window(spec, "run1", (256, 256, 256, 256), values))
    writing.start()
    slow.wait(5)
    started = time.perf_counter()
    assert close_run_parts("run1") >= 1
    assert time.perf_counter() - started > 0.1  # it waited for the write in progress
    writing.join()
    assert part.dst.closed
    assert write_part_window(spec, "run1", (0, 256, 256, 256), values) == (0, "", [])  # the run ended
    with rasterio.open(part.tmp) as ds:
        assert ds.read(1)[256:, 256:].min() == 1.0  # the slow write landed before the close
    part.remove()
    assert list(out.iterdir()) == []
