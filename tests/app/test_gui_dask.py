"""A grid suitability run from the app on a real Dask cluster: progress from the futures, cancel.

Settings ▸ Dask scheduler points the app at a real ``LocalCluster`` (2 worker
processes, port 0); Analysis ▸ Grid suitability then runs its windows as Dask
tasks. The scheduler lives in this process, so a scheduler plugin counts the
tasks that finished and the test can see that cancelling stops the work on the
cluster, not only in the window.
"""
from __future__ import annotations

import time
from pathlib import Path

import distributed
import pytest
from distributed.diagnostics.plugin import SchedulerPlugin

from .test_grid import criteria_bands

pytestmark = pytest.mark.gui

WINDOW = 128  # px: a 1,280 x 1,280 grid in 100 windows, two passes = 200 tasks


class _Finished(SchedulerPlugin):
    """Counts the grid tasks that finished on the cluster (reached memory)."""

    name = "smartzone-test-finished"

    def __init__(self) -> None:
        self.finished: list[str] = []

    def transition(self, key, start, finish, *args, **kwargs):  # noqa: D102
        if finish == "memory":
            self.finished.append(str(key))


@pytest.fixture(scope="module")
def cluster():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, scheduler_port=0,
                                       dashboard_address=None, memory_limit="1GB")
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture
def finished(cluster):
    """The keys of the tasks that finish on ``cluster`` during the test."""
    plugin = _Finished()
    cluster.scheduler.add_plugin(plugin)
    yield plugin.finished
    cluster.scheduler.remove_plugin(name=plugin.name)


def _recipe(tmp_path: Path, size: int = 1280) -> Path:
    paths, _ = criteria_bands(tmp_path, (size, size))
    recipe = tmp_path / "grid.toml"
    recipe.write_text(
        "[rasters]\n" + "".join(f'{k} = "{p.name}"\n' for k, p in paths.items())
        + '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\nweight = 0.4\n'
        + 'standardization = { method = "minmax" }\n'
        + '[[criteria]]\nindicator = "dist_road"\ndirection = "cost"\nweight = 0.3\n'
        + '[[criteria]]\nindicator = "dist_city"\ndirection = "cost"\nweight = 0.3\n',
        encoding="utf-8")
    return recipe


def _small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows of 128 px (the client cuts them; the workers only receive window keys)."""
    from smartzone.layers.raster_stack import RasterStack

    original = RasterStack.windows
    monkeypatch.setattr(RasterStack, "windows", lambda self, target_pixels=WINDOW * WINDOW: original(self, WINDOW * WINDOW))


def test_grid_on_dask_from_the_app_reports_progress_and_cancels(window, qtbot, cluster, finished, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from smartzone.app.core import scale
    from smartzone.app.gui.widgets.grid_actions import ask_scheduler, start_grid

    _small_windows(monkeypatch)
    address = cluster.scheduler_address
    assert address.startswith("tcp://127.0.0.1:") and not address.endswith(":8786")  # port 0: a free port
    recipe = _recipe(tmp_path)
    out = tmp_path / "suit.tif"
    progress: list[float] = []
    try:
        ask_scheduler(window, address)  # Settings ▸ Dask scheduler
        assert scale.default_scheduler() == address
        worker = start_grid(window, str(recipe), str(out))
        worker.signals.progress.connect(progress.append)
        canceled: list[bool] = []
        worker.signals.canceled.connect(lambda: canceled.append(True))
        assert window.cancel_button.isVisibleTo(window) and window.progress.isVisibleTo(window)
        # progress arrives from the Dask futures as they finish ...
        qtbot.waitUntil(lambda: len({round(p, 3) for p in progress}) >= 3, timeout=120_000)
        assert all(0 < p < 95 for p in progress)
        assert finished, "progress without a finished task on the cluster"
        # ... and Cancel stops the job
        window.cancel_button.click()
        assert worker.wait(60)
        qtbot.waitUntil(lambda: bool(canceled), timeout=20_000)
        ran = len(finished)
        time.sleep(1.5)  # tasks left on the cluster would keep finishing
        assert len(finished) == ran, "tasks kept running on the cluster after Cancel"
        assert ran < 200, f"all {ran} tasks ran: Cancel did not stop the job"
        qtbot.waitUntil(lambda: not cluster.scheduler.tasks, timeout=20_000)  # nothing queued or kept
        # no output, no temporary tiles, the window idle again
        assert not out.exists()
        assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".tif") == [
            "dist_city.tif", "dist_road.tif", "landcover.tif", "terrain.tif"]
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".suit.")]
        assert not window.progress.isVisibleTo(window) and not window.cancel_button.isVisibleTo(window)
        assert "cancelled" in window.statusBar().currentMessage()
    finally:
        ask_scheduler(window, "")
    assert scale.default_scheduler() is None


def test_grid_on_dask_from_the_app_equals_in_process(window, qtbot, cluster, finished, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np
    import rasterio

    from smartzone.app.core.grid import GridRecipe, run_grid
    from smartzone.app.gui.widgets.grid_actions import ask_scheduler, start_grid

    _small_windows(monkeypatch)
    recipe = _recipe(tmp_path, 640)  # 25 windows
    here = run_grid(GridRecipe.load(recipe), tmp_path / "here.tif").path
    out = tmp_path / "suit.tif"
    before = {lyr.id for lyr in window.project.layers}
    try:
        ask_scheduler(window, cluster.scheduler_address)
        worker = start_grid(window, str(recipe), str(out))
        assert worker.wait(300)
        qtbot.waitUntil(lambda: bool({lyr.id for lyr in window.project.layers} - before), timeout=20_000)
    finally:
        ask_scheduler(window, "")
    assert len(finished) >= 50  # both passes ran on the cluster
    with rasterio.open(here) as a, rasterio.open(out) as b:
        np.testing.assert_array_equal(a.read(1), b.read(1))
    assert not window.progress.isVisibleTo(window) and not window.cancel_button.isVisibleTo(window)


def _national_surface(path: Path) -> Path:
    """A 250 m float32 surface over Korea (EPSG:5179, 256 px tiles): fine enough for the fast zonal path."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    res, x0, y1, w, h = 250.0, 740_000.0, 2_070_000.0, 2640, 2480
    yy, xx = np.mgrid[0:h, 0:w]
    data = (300 + 200 * np.sin(yy / 97.0) * np.cos(xx / 61.0)).astype(np.float32)
    with rasterio.open(path, "w", driver="GTiff", width=w, height=h, count=1, dtype="float32", crs="EPSG:5179",
                       transform=from_origin(x0, y1, res, res), nodata=-9999.0, tiled=True, blockxsize=256,
                       blockysize=256, compress="deflate") as dst:
        dst.write(data, 1)
    return path


def test_zonal_statistics_from_the_app_run_on_dask(window, qtbot, cluster, finished, tmp_path: Path) -> None:
    """Analysis ▸ Zonal statistics with Settings ▸ Dask scheduler set: the bands run on the cluster, same values."""
    from PySide6.QtCore import QCoreApplication

    from smartzone.app.core import pipeline
    from smartzone.app.gui.widgets.grid_actions import ask_scheduler

    surface = _national_surface(tmp_path / "surface.tif")

    def wait_idle() -> None:
        end = time.monotonic() + 120
        while window.session._worker is not None and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        assert window.session._worker is None

    def means() -> object:
        dlg = window.show_zonal_dialog()
        if "surface" in {lyr.id for lyr in window.project.layers}:
            dlg.set_layer("surface")
        else:
            assert dlg.add_raster_file(surface) == "surface"
        dlg.set_stats(["mean", "max"])
        dlg.prefix_edit.setText("sf")
        dlg.accept()
        wait_idle()
        assert window.message_bar.level != "error", window.message_bar.label.text()
        return window.session.matrix[["sf_mean", "sf_max"]]

    pipeline.clear_cache()
    here = means()
    assert not finished and here["sf_mean"].notna().sum() > 200
    pipeline.clear_cache()
    try:
        ask_scheduler(window, cluster.scheduler_address)
        dlg = window.show_zonal_dialog()
        dlg.set_layer("surface")
        dlg.remove()
        wait_idle()
        there = means()
    finally:
        ask_scheduler(window, "")
        pipeline.clear_cache()
    assert finished, "no zonal task ran on the cluster"
    assert (there["sf_max"] == here["sf_max"]).all()
    assert ((there["sf_mean"] - here["sf_mean"]).abs() <= 1e-9 * here["sf_mean"].abs()).all()
    assert not window.progress.isVisibleTo(window) and not window.cancel_button.isVisibleTo(window)
