"""Dask work (zonal statistics, grid suitability, Monte-Carlo) equals the in-process path.

One real ``LocalCluster`` of 2 worker processes for the module, and one
``dask scheduler`` + ``dask worker`` started as subprocesses on a free port for
the ``--scheduler`` test.
"""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import distributed
import numpy as np
import pandas as pd
import pytest
import rasterio

from smartzone.app.cli import main
from smartzone.app.core.grid import GridRecipe, combine_in_order, run_grid, score_window
from smartzone.app.core.scale import (
    DaskGrid,
    choose_where,
    dask_monte_carlo,
    windows_in_flight,
    zonal_runner,
)
from smartzone.layers.raster_stack import RasterStack
from smartzone.layers.vector import read_districts
from smartzone.layers.zonal import zonal_stats
from smartzone.scoring.grid import GridPlan

from .test_grid import CRITERIA, criteria_bands, write_raster

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, memory_limit="1GB")
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def seoul(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path, Path]:
    """Seoul's 읍면동 and a float and a class raster (30 m, 128 px tiles: many row bands)."""
    tmp = tmp_path_factory.mktemp("seoul")
    emd = read_districts(DEMO / "districts.gpkg", layer="emd")
    frame = emd.frame[emd.frame["code"].str.startswith("11")].reset_index(drop=True)
    x0, y0, x1, y1 = frame.total_bounds
    h, w = int((y1 - y0) // 30) + 2, int((x1 - x0) // 30) + 2
    rng = np.random.default_rng(11)
    yy, xx = np.mgrid[0:h, 0:w]
    relief = (100 + 80 * np.sin(yy / 50.0) + rng.normal(0, 1, (h, w))).astype(np.float32)
    relief[rng.random((h, w)) < 0.01] = -9999.0
    classes = (rng.integers(0, 9, (h, w))).astype(np.uint8)
    dem = write_raster(tmp / "dem.tif", relief, -9999.0, origin=(x0 - 30, y1 + 30))
    lc = write_raster(tmp / "lc.tif", classes, 255, origin=(x0 - 30, y1 + 30))
    return emd.__class__(frame, emd.path, emd.layer_name, emd.level, emd.report), dem, lc


def test_zonal_on_a_local_cluster_equals_in_process(client: object, seoul: tuple[object, Path, Path]) -> None:
    districts, dem, lc = seoul
    for path, stats in ((dem, ["mean", "min", "max", "count", "sum"]), (lc, ["count", "majority", "fractions"])):
        here = zonal_stats(districts, path, stats, method="fast")
        there = zonal_stats(districts, path, stats, method="fast", runner=zonal_runner(client, band_rows=1))
        assert len(here) > 400 and here["count"].sum() > 500_000
        # counts, classes and extremes add up exactly; float sums differ only in summation order
        pd.testing.assert_frame_equal(here, there, check_exact=False, rtol=1e-12)
        exact = [c for c in here.columns if c not in ("mean", "sum")]
        pd.testing.assert_frame_equal(here[exact], there[exact], check_exact=True)


def test_grid_on_a_local_cluster_is_the_same_file(client: object, tmp_path: Path) -> None:
    paths, _ = criteria_bands(tmp_path, (400, 500))
    recipe = GridRecipe.of(paths, CRITERIA)
    run_grid(recipe, tmp_path / "here.tif", window_pixels=256 * 256)
    run = run_grid(recipe, tmp_path / "there.tif", window_pixels=256 * 256, executor=DaskGrid(client))
    assert run.windows == 4
    with rasterio.open(tmp_path / "here.tif") as a, rasterio.open(tmp_path / "there.tif") as b:
        np.testing.assert_array_equal(a.read(1), b.read(1))


class _CountingClient:
    """The test's client, counting the windows DaskGrid submits."""

    def __init__(self, client: object) -> None:
        self.client, self.computed = client, 0

    def compute(self, *args: object, **kwargs: object) -> object:
        self.computed += 1
        return self.client.compute(*args, **kwargs)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.client, name)


def test_grid_on_a_cluster_keeps_few_windows_in_flight(client: object, tmp_path: Path) -> None:
    """The client writes every window alone; the workers must not pile finished windows up meanwhile,
    nor send back windows without a score (sea), which the sparse file leaves out anyway."""
    paths, bands = criteria_bands(tmp_path, (900, 1000))
    sea = bands["terrain"].astype(np.float32)
    sea[np.isnan(sea)] = -9999.0
    sea[:384, :384] = -9999.0  # nine 128 px windows of sea
    write_raster(paths["terrain"], sea, -9999.0)
    recipe = GridRecipe.of(paths, CRITERIA)
    stack, plan = RasterStack.open(recipe.rasters), GridPlan(recipe.criteria, recipe.method)
    keys = stack.windows(64 * 64)
    counting = _CountingClient(client)
    executor = DaskGrid(counting)
    summary = combine_in_order(executor.summaries(stack, plan, keys, lambda: None))
    references = plan.references(summary)
    limit = windows_in_flight(client)
    assert len(keys) > 3 * limit  # enough windows to pile up
    seen, empty = [], []
    for key, scores in executor.scores(stack, plan, references, keys):
        seen.append(key)
        assert counting.computed - len(seen) < limit, "windows submitted ahead of the client's writing"
        here = score_window(stack, plan, references, key)
        if np.isnan(here).all():
            assert scores is None, f"window {key} has no score but was sent back"
            empty.append(key)
        else:
            np.testing.assert_array_equal(scores, here)
    assert sorted(seen) == sorted(keys) and counting.computed == len(keys)
    assert len(empty) >= 9
    run_grid(recipe, tmp_path / "here.tif", window_pixels=64 * 64)
    run_grid(recipe, tmp_path / "there.tif", window_pixels=64 * 64, executor=DaskGrid(client))
    with rasterio.open(tmp_path / "here.tif") as a, rasterio.open(tmp_path / "there.tif") as b:
        np.testing.assert_array_equal(a.read(1), b.read(1))


def test_monte_carlo_on_a_local_cluster_equals_in_process(client: object) -> None:
    from smartzone.scoring.model import Criterion
    from smartzone.scoring.sensitivity import monte_carlo

    table = pd.read_csv(DEMO / "indicators_sigungu.csv", dtype={"code": str}).set_index("code")
    numeric = [c for c in table.columns if pd.api.types.is_numeric_dtype(table[c])][:4]
    crit = [Criterion(c, missing="zero") for c in numeric]
    here = monte_carlo(table, crit, "wlc", n_runs=600, seed=3)
    there = dask_monte_carlo(client, table, criteria=crit, scorer="wlc", n_runs=600, seed=3, batch=100)
    pd.testing.assert_frame_equal(here.to_frame(), there.to_frame(), check_exact=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_zonal_through_scheduler_equals_in_process(seoul: tuple[object, Path, Path], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    _, dem, _ = seoul
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                                  "--port", str(port), "--dashboard-address", ":0", "--no-show"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = None
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # the scheduler listens
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "1",
                                   "--nthreads", "1", "--no-dashboard", "--memory-limit", "1GB"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        gpkg = DEMO / "districts.gpkg"
        common = [str(gpkg), str(dem), "--layer", "emd", "--stats", "mean,count,max", "--method", "fast"]
        assert main(["zonal", *common, "--out", str(tmp_path / "here.csv")]) == 0
        assert "in-process" in capsys.readouterr().err
        assert main(["zonal", *common, "--out", str(tmp_path / "there.csv"), "--scheduler", address]) == 0
        assert f"cluster at {address}" in capsys.readouterr().err
    finally:
        for proc in (worker, scheduler):
            if proc is not None:
                proc.terminate()
                proc.wait(timeout=30)
    here = pd.read_csv(tmp_path / "here.csv", dtype={"code": str}, encoding="utf-8-sig")
    there = pd.read_csv(tmp_path / "there.csv", dtype={"code": str}, encoding="utf-8-sig")
    assert list(here.columns) == ["code", "mean", "count", "max"] and len(here) == 3501
    assert here["count"].sum() > 500_000
    pd.testing.assert_frame_equal(here, there, check_exact=False, rtol=1e-12)


def test_unreachable_scheduler_is_a_clear_error(seoul: tuple[object, Path, Path], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from smartzone.app.core import scale

    monkeypatch.setattr(scale, "CONNECT_TIMEOUT", "2s")
    _, dem, _ = seoul
    code = main(["zonal", str(DEMO / "districts.gpkg"), str(dem), "--out", str(tmp_path / "x.csv"),
                 "--scheduler", f"tcp://127.0.0.1:{_free_port()}"])
    assert code == 2
    err = capsys.readouterr().err
    assert "Cannot reach the Dask scheduler" in err and "Traceback" not in err
    assert not (tmp_path / "x.csv").exists()


def test_where_small_jobs_stay_in_process_and_large_ones_use_a_local_cluster() -> None:
    assert choose_where("grid", 10_000).mode == "in-process"
    assert choose_where("grid", 4_000_000_000).mode == "in-process"  # national 10 m: faster in-process
    assert choose_where("grid", 40_000_000_000).mode == "local"
    assert choose_where("zonal", 4_000_000_000).mode == "in-process"
    assert choose_where("zonal", 10, "tcp://h:8786").mode == "scheduler"
    assert choose_where("zonal", 10, force="local").mode == "local"


def test_grid_workers_of_this_machine_write_their_own_windows(client: object, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """On a cluster of this machine no scored window travels back: each worker writes its windows (and their
    overview shares) into files of its own beside the output, the client adopts them and builds the COG from
    them. The file equals the in-process one level for level; windows in flight stay bounded; a cluster that
    cannot write there (another machine) gets the windows sent back instead; no scratch file is left."""
    from smartzone.layers.raster_stack import GridWriter

    paths, _ = criteria_bands(tmp_path, (900, 1000))
    recipe = GridRecipe.of(paths, CRITERIA)
    out = tmp_path / "out"
    out.mkdir()
    run_grid(recipe, out / "here.tif", window_pixels=128 * 128)
    executor = DaskGrid(client)
    assert executor.writes_here(str(out)) and not executor.writes_here(str(tmp_path / "nowhere"))
    adopted: list[str] = []
    adopt = GridWriter.adopt
    monkeypatch.setattr(GridWriter, "adopt", lambda self, key, tmp, levels: adopted.append(str(tmp))
                        or adopt(self, key, tmp, levels))
    monkeypatch.setattr(DaskGrid, "scores", lambda *a, **k: pytest.fail("a window was sent back"))
    run = run_grid(recipe, out / "there.tif", window_pixels=128 * 128, executor=executor)
    assert run.scored > 0 and adopted and all(Path(p).parent == out for p in adopted)
    monkeypatch.undo()
    monkeypatch.setattr(DaskGrid, "writes_here", lambda self, folder: False)  # workers on other machines
    run_grid(recipe, out / "sent.tif", window_pixels=128 * 128, executor=DaskGrid(client))
    levels = []
    for name in ("here", "there", "sent"):
        with rasterio.open(out / f"{name}.tif") as ds:
            assert ds.overviews(1) == [2]
            levels.append([ds.read(1)])
        with rasterio.open(out / f"{name}.tif", overview_level=0) as ov:
            levels[-1].append(ov.read(1))
    for a, b, c in zip(*levels, strict=True):
        np.testing.assert_array_equal(a, b)
        np.testing.assert_array_equal(a, c)
    assert sorted(p.name for p in out.iterdir()) == ["here.tif", "sent.tif", "there.tif"]

    counting = _CountingClient(client)
    stack, plan = RasterStack.open(recipe.rasters), GridPlan(recipe.criteria, recipe.method)
    keys = stack.windows(64 * 64)
    references = plan.references(combine_in_order(DaskGrid(counting).summaries(stack, plan, keys, lambda: None)))
    limit = windows_in_flight(client)
    with GridWriter(out / "bounded.tif", stack.first) as writer:
        writer.plan_overviews(keys)
        for seen, _count in enumerate(DaskGrid(counting).written(stack, plan, references, keys, writer), start=1):
            assert counting.computed - seen < limit, "windows submitted ahead of the finished ones"
        assert counting.computed == len(keys) > 3 * limit
    assert sorted(p.name for p in out.iterdir()) == ["here.tif", "sent.tif", "there.tif"]
