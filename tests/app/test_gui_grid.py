"""Analysis ▸ Grid suitability in the app: the GeoTIFF becomes a raster layer; Settings ▸ Dask scheduler."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rasterio

from .test_grid import criteria_bands

pytestmark = pytest.mark.gui


def test_grid_suitability_adds_a_raster_layer(window, qtbot, tmp_path: Path) -> None:
    from smartzone.app.gui.widgets.grid_actions import start_grid

    paths, _ = criteria_bands(tmp_path, (300, 400))
    recipe = tmp_path / "grid.toml"
    recipe.write_text(
        "[rasters]\n" + "".join(f'{k} = "{p.name}"\n' for k, p in paths.items())
        + '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\nweight = 0.5\n'
        + '[[criteria]]\nindicator = "dist_road"\ndirection = "cost"\nweight = 0.5\n',
        encoding="utf-8")
    out = tmp_path / "suit.tif"
    before = {lyr.id for lyr in window.project.layers}
    worker = start_grid(window, str(recipe), str(out))
    assert worker.wait(120)
    qtbot.waitUntil(lambda: bool({lyr.id for lyr in window.project.layers} - before), timeout=20_000)
    added = [lyr for lyr in window.project.layers if lyr.id not in before]
    assert added[0].kind == "raster" and added[0].path == out.resolve()
    with rasterio.open(out) as ds:
        assert ds.crs.to_epsg() == 5179
    assert not window.cancel_button.isVisible()


def test_dask_scheduler_setting_is_kept_and_checked(window, tmp_path: Path) -> None:
    from smartzone.app.core import scale
    from smartzone.app.gui.widgets.grid_actions import ask_scheduler, load_scheduler_setting

    try:
        with pytest.raises(ValueError, match="tcp://HOST:PORT"):
            ask_scheduler(window, "10.0.0.5")
        assert ask_scheduler(window, "tcp://10.0.0.5:8786") == "tcp://10.0.0.5:8786"
        assert scale.default_scheduler() == "tcp://10.0.0.5:8786"
        scale.set_default_scheduler(None)
        assert load_scheduler_setting() == "tcp://10.0.0.5:8786"  # kept between sessions
        from smartzone.app.core.model.recent import config_dir

        assert json.loads((config_dir() / "dask.json").read_text())["scheduler"] == "tcp://10.0.0.5:8786"
    finally:
        ask_scheduler(window, "")
    assert scale.default_scheduler() is None and scale.app_zonal_runner() is None
