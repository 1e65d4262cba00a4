"""Grid suitability end to end: rasters -> windows -> Cloud Optimized GeoTIFF, equal to the in-memory score."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from smartzone.app.core.grid import GridRecipe, run_grid
from smartzone.layers.errors import LayerReadError
from smartzone.scoring.errors import CriteriaError
from smartzone.scoring.grid import GridPlan, GridSuitability
from smartzone.scoring.model import Constraint, Criterion, Standardization

ORIGIN = (950_000.0, 1_960_000.0)  # Seoul, EPSG:5179 metres


def write_raster(path: Path, data: np.ndarray, nodata: float | None, *, res: float = 30.0,
                 origin: tuple[float, float] = ORIGIN, block: int = 128) -> Path:
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[1], height=data.shape[0], count=1,
                       dtype=data.dtype.name, crs="EPSG:5179", transform=from_origin(*origin, res, res),
                       nodata=nodata, tiled=True, blockxsize=block, blockysize=block, compress="deflate") as dst:
        dst.write(data, 1)
    return path


def criteria_bands(tmp_path: Path, shape: tuple[int, int] = (700, 900)) -> tuple[dict[str, Path], dict[str, np.ndarray]]:
    """Four criterion rasters: land cover (uint8 with nodata), terrain, two distances; a nodata corner."""
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[0 : shape[0], 0 : shape[1]]
    terrain = (400 + 300 * np.sin(yy / 90.0) * np.cos(xx / 70.0) + rng.normal(0, 2, shape)).astype(np.float32)
    terrain[:60, :80] = -9999.0  # sea
    landcover = ((terrain / 60).astype(np.int64) % 17).astype(np.uint8)
    landcover[:60, :80] = 255
    dist_road = np.hypot(yy - 300.0, xx - 500.0).astype(np.float32) * 30.0
    dist_city = np.abs(xx - 200.0).astype(np.float32) * 30.0
    data = {"landcover": (landcover, 255), "terrain": (terrain, -9999.0), "dist_road": (dist_road, None),
            "dist_city": (dist_city, None)}
    paths = {k: write_raster(tmp_path / f"{k}.tif", v, nd) for k, (v, nd) in data.items()}
    bands = {}
    for k, (v, nd) in data.items():
        f = v.astype(np.float64)
        if nd is not None:
            f[v == nd] = np.nan
        bands[k] = f
    return paths, bands


CRITERIA = (
    Criterion("terrain", "cost", Standardization("minmax"), weight=0.3, missing="exclude",
              constraints=(Constraint(">", 650.0, "too high"),)),
    Criterion("landcover", "benefit", Standardization("categorical", {"mapping": {1: 1.0, 2: 0.8, 3: 0.5}}),
              weight=0.2, missing="exclude"),
    Criterion("dist_road", "cost", Standardization("fuzzy_linear"), weight=0.3, missing="exclude"),
    Criterion("dist_city", "cost", Standardization("fuzzy_small"), weight=0.2, missing="exclude"),
)


def test_grid_geotiff_equals_the_in_memory_score_and_is_a_cog_with_overviews(tmp_path: Path) -> None:
    paths, bands = criteria_bands(tmp_path)
    recipe = GridRecipe.of(paths, CRITERIA)
    out = tmp_path / "suitability.tif"
    run = run_grid(recipe, out, window_pixels=200 * 200)  # many windows, edges not on window lines
    assert run.windows > 10
    expected = GridSuitability(bands, CRITERIA).score().grid
    with rasterio.open(out) as ds:
        got = ds.read(1)
        assert ds.crs.to_epsg() == 5179
        assert ds.overviews(1), "no overviews"
        assert ds.profile["tiled"] and ds.profile["compress"].lower() == "zstd"  # the default (test_grid_reuse)
        assert ds.transform == rasterio.open(paths["terrain"]).transform
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected))
    np.testing.assert_array_equal(got[~np.isnan(got)], expected[~np.isnan(expected)])
    assert np.isnan(got[:60, :80]).all() and np.isfinite(got).sum() > 100_000
    # GDAL itself: CRS, overviews and the COG layout
    info = json.loads(subprocess.run(["gdalinfo", "-json", str(out)], capture_output=True, text=True,
                                     check=True).stdout)
    assert 'ID["EPSG",5179]' in info["coordinateSystem"]["wkt"]
    assert info["bands"][0]["overviews"]
    assert info["metadata"]["IMAGE_STRUCTURE"]["LAYOUT"] == "COG"


def test_zscore_windows_match_the_whole_grid_to_rounding(tmp_path: Path) -> None:
    paths, bands = criteria_bands(tmp_path, (300, 400))
    crit = [Criterion("terrain", "benefit", Standardization("zscore"), missing="exclude"),
            Criterion("dist_road", "cost", Standardization("minmax"), missing="exclude")]
    out = tmp_path / "z.tif"
    run_grid(GridRecipe.of(paths, crit), out, window_pixels=128 * 128)
    expected = GridSuitability(bands, crit).score().grid
    with rasterio.open(out) as ds:
        got = ds.read(1)
    np.testing.assert_allclose(got, expected, rtol=1e-6, equal_nan=True)


def test_recipe_file_and_clear_errors(tmp_path: Path) -> None:
    paths, _ = criteria_bands(tmp_path, (100, 120))
    recipe = tmp_path / "grid.toml"
    recipe.write_text('method = "wlc"\n[rasters]\nterrain = "terrain.tif"\n'
                      '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\n', encoding="utf-8")
    loaded = GridRecipe.load(recipe)
    assert loaded.criteria[0].missing == "exclude" and loaded.rasters["terrain"] == paths["terrain"]
    with pytest.raises(CriteriaError, match="no raster for slope"):
        GridRecipe.of(paths, [Criterion("slope")])
    with pytest.raises(CriteriaError, match="ranks every cell"):
        GridPlan([Criterion("terrain", standardization=Standardization("percentile"))])
    with pytest.raises(CriteriaError, match="compares every cell"):
        GridPlan([Criterion("terrain")], "topsis")
    other = write_raster(tmp_path / "shifted.tif", np.zeros((100, 120), np.float32), None,
                         origin=(ORIGIN[0] + 15.0, ORIGIN[1]))
    with pytest.raises(LayerReadError, match="not on the pixel grid"):
        run_grid(GridRecipe.of({"terrain": paths["terrain"], "x": other},
                               [Criterion("terrain"), Criterion("x")]), tmp_path / "o.tif")
    assert not (tmp_path / "o.tif").exists()
    # the median of a raster larger than memory is not imputed: say so, write nothing
    with pytest.raises(CriteriaError, match="cannot impute the median"):
        run_grid(GridRecipe.of(paths, [Criterion("terrain", missing="median")]), tmp_path / "m.tif")
    assert not (tmp_path / "m.tif").exists()
    assert not list(tmp_path.glob(".m.*"))


def test_data_free_criteria_take_one_pass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Fuzzy memberships with their parameters given need no statistics: the windows are read once."""
    from smartzone.app.core import grid as grid_module

    paths, bands = criteria_bands(tmp_path, (300, 400))
    crit = [Criterion("terrain", "cost", Standardization("fuzzy_linear", {"low": 100.0, "high": 900.0}),
                      missing="exclude"),
            Criterion("landcover", "benefit", Standardization("categorical", {"mapping": {1: 1.0, 2: 0.5}}),
                      missing="exclude")]
    assert not GridPlan(crit).needs_statistics and GridPlan(CRITERIA).needs_statistics
    calls = []
    monkeypatch.setattr(grid_module, "summarize_window", lambda *a: calls.append(a) or {})
    run_grid(GridRecipe.of(paths, crit), tmp_path / "one.tif", window_pixels=128 * 128)
    assert calls == []
    with rasterio.open(tmp_path / "one.tif") as ds:
        np.testing.assert_array_equal(ds.read(1), GridSuitability(bands, crit).score().grid)


def test_cli_grid_summary_per_district_and_patches(tmp_path: Path) -> None:
    """smartzone grid: the GeoTIFF, a CSV per district and the best patches inside the best districts."""
    import geopandas as gpd
    import pandas as pd

    from smartzone.app.cli import main
    from smartzone.layers.vector import read_districts

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo" / "districts.gpkg"
    emd = read_districts(demo, layer="emd").frame
    seoul = emd[emd["code"].str.startswith("11")]
    x0, _, _, y1 = seoul.total_bounds
    paths, _ = criteria_bands(tmp_path, (700, 900))  # 21 x 27 km from the Seoul origin
    recipe = tmp_path / "grid.toml"
    recipe.write_text("[rasters]\n" + "".join(f'{k} = "{p.name}"\n' for k, p in paths.items())
                      + '[[criteria]]\nindicator = "terrain"\ndirection = "cost"\n'
                      + '[[criteria]]\nindicator = "dist_road"\ndirection = "cost"\n', encoding="utf-8")
    out = tmp_path / "suit.tif"
    assert main(["grid", str(recipe), "--out", str(out), "--districts", str(demo), "--layer", "emd",
                 "--patches", "2", "--patch-area", "25", "--best", "3", "-q"]) == 0
    table = pd.read_csv(tmp_path / "suit.districts.csv", dtype={"code": str}, encoding="utf-8-sig")
    assert list(table.columns) == ["code", "mean", "max"] and len(table) == len(emd)
    assert table["mean"].notna().sum() > 50
    patches = gpd.read_file(tmp_path / "suit.patches.gpkg")
    assert list(patches["rank"]) == [1, 2] and (patches["area_ha"] > 20).all()
    best3 = set(table.nlargest(3, "mean")["code"])
    assert set(patches["code"]) <= best3
    with rasterio.open(out) as ds:  # the patch mean is the grid's mean over the patch
        from rasterio.mask import mask as rio_mask

        cells, _ = rio_mask(ds, [patches.geometry.iloc[0]], crop=True, nodata=np.nan)
        assert np.nanmean(cells) == pytest.approx(patches["mean_score"].iloc[0], abs=1e-3)
    assert main(["grid", str(recipe), "--out", str(out), "-q"]) == 2  # exists: refused without --overwrite
