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
    from smartzone.app.widgets.grid_actions import ask_scheduler, start_grid

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
    from smartzone.app.widgets.grid_actions import ask_scheduler, start_grid

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
