"""Raster layers: GeoTIFF and anything else GDAL reads, through rasterio.

A :class:`RasterLayer` holds only metadata (path, CRS, grid, nodata, kind,
legend); pixels are always read in windows, so a raster larger than memory is
never loaded whole:

- :func:`read_for_display` reads the part of the raster under a map view,
  decimated (GDAL picks overviews when the file has them) to about twice the
  view's resolution, then warps it into the view's CRS: nearest neighbour for
  categorical rasters, bilinear for continuous ones.
- :mod:`smartzone.layers.zonal` reads block by block for statistics.

Kinds: ``"categorical"`` (class values with a :class:`ClassLegend`, e.g. land
cover) or ``"continuous"`` (elevation, temperature ...). When ``kind`` is not
given, :func:`open_raster` decides: a legend, a colour table or a MODIS
land-cover file (``MCD12*`` in the name, or uint8 "landcover"/"land_cover" with
nodata 255) mean categorical, anything else continuous.
"""
from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pyproj
import rasterio
from affine import Affine
from rasterio.enums import Resampling
from rasterio.errors import RasterioIOError
from rasterio.warp import reproject, transform_bounds
from rasterio.windows import Window, from_bounds

from smartzone.layers._guard import guard
from smartzone.layers.errors import CRSError, LayerReadError
from smartzone.layers.legends import MODIS_IGBP_LEGEND, ClassLegend, LegendEntry
from smartzone.layers.paths import check_input_path

__all__ = [
    "ClassLegend",
    "LegendEntry",
    "MODIS_IGBP_LEGEND",
    "RasterKind",
    "RasterLayer",
    "open_raster",
    "read_for_display",
]

RasterKind = Literal["continuous", "categorical"]
_KINDS = ("continuous", "categorical")


@dataclass(frozen=True)
class RasterLayer:
    """Metadata of one band of a raster file; pixels stay on disk.

    Parameters
    ----------
    path : Path
        The file (or any GDAL dataset name).
    crs : pyproj.CRS or None
        Coordinate reference system of the grid; ``None`` if the file has none.
    transform : affine.Affine
        Pixel-to-CRS transform (pixel corner convention), units of ``crs``.
    width, height : int
        Size in pixels.
    nodata : float or None
        Value marking missing pixels (also NaN for float rasters).
    dtype : str
        NumPy dtype name of the band, e.g. ``"uint8"``.
    kind : {"continuous", "categorical"}
        How values are read, resampled and summarised.
    legend : ClassLegend or None
        Class labels and colours of a categorical raster.
    band : int
        1-based band index used (default 1).
    block_shape : tuple of int
        Internal block (tile or strip) size, ``(rows, cols)``.
    overviews : tuple of int
        Decimation factors of the file's overviews.
    """

    path: Path
    crs: pyproj.CRS | None
    transform: Affine
    width: int
    height: int
    nodata: float | None
    dtype: str
    kind: RasterKind
    legend: ClassLegend | None = None
    band: int = 1
    block_shape: tuple[int, int] = (256, 256)
    overviews: tuple[int, ...] = ()

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """``(left, bottom, right, top)`` in units of :attr:`crs`."""
        t = self.transform
        xs = (t.c, t.c + t.a * self.width)
        ys = (t.f, t.f + t.e * self.height)
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def res(self) -> tuple[float, float]:
        """Pixel size ``(x, y)`` in units of :attr:`crs` (positive numbers)."""
        return abs(self.transform.a), abs(self.transform.e)

    @property
    def pixel_area(self) -> float:
        """Area of one pixel in squared CRS units (degrees² for geographic CRS)."""
        return abs(self.transform.a * self.transform.e - self.transform.b * self.transform.d)

    @property
    def is_categorical(self) -> bool:
        """True for class rasters (land cover)."""
        return self.kind == "categorical"

    def open(self) -> rasterio.io.DatasetReader:
        """Open the file with rasterio (use as a context manager).

        Raises
        ------
        LayerReadError
            The file is gone or no longer readable.
        """
        return _open_dataset(self.path)

    def read_window(self, window: Window) -> np.ma.MaskedArray:
        """Read one window of the band as a masked array (nodata and NaN masked).

        The window is clipped to the raster; use small windows (a few million pixels).
        """
        with self.open() as ds:
            data = ds.read(self.band, window=window, boundless=False)
        return np.ma.MaskedArray(data, mask=_invalid_mask(data, self.nodata))


def _open_dataset(path: str | os.PathLike[str]) -> rasterio.io.DatasetReader:
    text = str(check_input_path(path, "Raster"))
    is_file_path = "://" not in text and not text.startswith(("/vsi", "GTIFF_DIR:", "NETCDF:", "HDF"))
    if is_file_path and not Path(text).exists():
        raise LayerReadError(
            f"Raster file not found: {text}. Check the path, or copy the file back and open it again.",
            key="file_not_found", path=text
        )
    try:
        return rasterio.open(text)
    except RasterioIOError as exc:
        raise LayerReadError(
            f"Cannot read {text} as a raster ({exc}). The file may be damaged or in a format "
            "GDAL does not read; try opening it in QGIS or re-exporting it as GeoTIFF.",
            key="raster_unreadable", path=text, detail=str(exc)
        ) from exc


def _invalid_mask(data: np.ndarray, nodata: float | None) -> np.ndarray:
    """Boolean mask of pixels that are nodata (or NaN for float data)."""
    mask = np.zeros(data.shape, dtype=bool)
    if nodata is not None and not math.isnan(nodata) and _representable(nodata, data.dtype):
        mask |= data == nodata
    if np.issubdtype(data.dtype, np.floating):
        mask |= np.isnan(data)
    return mask


def _representable(value: float, dtype: np.dtype[Any]) -> bool:
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        return float(value).is_integer() and info.min <= value <= info.max
    return True


def _guess_kind(
    path: Path, ds: rasterio.io.DatasetReader, band: int, legend: ClassLegend | None
) -> tuple[RasterKind, ClassLegend | None]:
    dtype = np.dtype(ds.dtypes[band - 1])
    name = path.name.lower()
    is_modis = "mcd12" in name or (
        dtype == np.uint8 and ds.nodata == 255 and ("landcover" in name or "land_cover" in name)
    )
    if legend is not None:
        return "categorical", legend
    if is_modis and np.issubdtype(dtype, np.integer):
        return "categorical", MODIS_IGBP_LEGEND
    if np.issubdtype(dtype, np.integer):
        try:
            ds.colormap(band)
        except ValueError:
            return "continuous", None
        return "categorical", None
    return "continuous", None


@guard("Raster")
def open_raster(
    path: str | os.PathLike[str],
    *,
    kind: RasterKind | None = None,
    legend: ClassLegend | None = None,
    band: int = 1,
) -> RasterLayer:
    """Open a raster file and describe it, without reading its pixels.

    Parameters
    ----------
    path : str or os.PathLike
        GeoTIFF or any raster GDAL reads.
    kind : {"continuous", "categorical"}, optional
        Force the kind; by default guessed (see the module docstring).
    legend : ClassLegend, optional
        Class legend; implies ``kind="categorical"`` unless given otherwise.
        MODIS land-cover files get :data:`MODIS_IGBP_LEGEND` automatically.
    band : int
        1-based band to use.

    Returns
    -------
    RasterLayer

    Raises
    ------
    LayerReadError
        The file is missing, unreadable, or has no such band.
    ValueError
        ``kind`` is not one of the two kinds.
    """
    if kind is not None and kind not in _KINDS:
        raise ValueError(f"Raster kind must be 'continuous' or 'categorical', not {kind!r}.")
    p = Path(os.fspath(path))
    with _open_dataset(p) as ds:
        if not 1 <= band <= ds.count:
            raise LayerReadError(f"{p} has {ds.count} band(s); band {band} does not exist.",
                key="no_such_band", path=p, count=ds.count, band=band)
        guessed_kind, guessed_legend = _guess_kind(p, ds, band, legend)
        if kind is None:
            kind = guessed_kind
        if legend is None and kind == "categorical":
            legend = guessed_legend
        crs = pyproj.CRS.from_wkt(ds.crs.to_wkt()) if ds.crs else None
        nodata = ds.nodatavals[band - 1]
        block = ds.block_shapes[band - 1]
        return RasterLayer(
            path=p,
            crs=crs,
            transform=ds.transform,
            width=ds.width,
            height=ds.height,
            nodata=None if nodata is None else float(nodata),
            dtype=ds.dtypes[band - 1],
            kind=kind,
            legend=legend,
            band=band,
            block_shape=(int(block[0]), int(block[1])),
            overviews=tuple(ds.overviews(band)),
        )


def _to_rio_crs(crs: Any) -> rasterio.crs.CRS:
    if isinstance(crs, rasterio.crs.CRS):
        return crs
    if isinstance(crs, pyproj.CRS):
        return rasterio.crs.CRS.from_wkt(crs.to_wkt())
    try:
        return rasterio.crs.CRS.from_user_input(crs)
    except Exception as exc:  # rasterio raises its own CRSError subclasses
        raise CRSError(f"Unknown coordinate system {crs!r}: {exc}", key="crs_unknown", crs=str(crs)) from exc


def read_for_display(
    raster: RasterLayer,
    dst_crs: Any,
    dst_bounds: tuple[float, float, float, float],
    width: int,
    height: int,
) -> np.ma.MaskedArray:
    """Pixels under a map view, warped into the view's grid.

    Parameters
    ----------
    raster : RasterLayer
        The layer to draw.
    dst_crs : str, int, pyproj.CRS or rasterio CRS
        CRS of the view (e.g. ``"EPSG:5179"``).
    dst_bounds : tuple of float
        ``(left, bottom, right, top)`` of the view in ``dst_crs`` units.
    width, height : int
        View size in pixels.

    Returns
    -------
    numpy.ma.MaskedArray
        ``(height, width)`` array; masked where the raster has no data or does not
        reach. Categorical rasters keep their dtype (nearest neighbour);
        continuous ones are float32 (bilinear).

    Raises
    ------
    CRSError
        The raster or the view has no usable CRS.
    LayerReadError
        The file cannot be read.
    """
    if width <= 0 or height <= 0:
        raise ValueError(f"View size must be positive, got {width} x {height}.")
    if raster.crs is None:
        raise CRSError(
            f"{raster.path} has no coordinate system; it cannot be placed on the map. "
            "Assign one in QGIS (or gdal_edit.py -a_srs) and open it again.",
            key="raster_no_crs", path=raster.path
        )
    dst = _to_rio_crs(dst_crs)
    left, bottom, right, top = dst_bounds
    dst_transform = Affine((right - left) / width, 0, left, 0, -(top - bottom) / height, top)
    categorical = raster.is_categorical
    resampling = Resampling.nearest if categorical else Resampling.bilinear

    with raster.open() as ds:
        src_crs = ds.crs
        try:
            sb = transform_bounds(dst, src_crs, left, bottom, right, top, densify_pts=21)
        except Exception as exc:
            raise CRSError(
                f"Cannot transform the view extent into the CRS of {raster.path}: {exc}", key="raster_view_transform",
                path=str(raster.path), detail=str(exc),
            ) from exc
        full = Window(0, 0, ds.width, ds.height)
        win = _padded_window(from_bounds(*sb, transform=ds.transform), full)
        if win is None:
            return _empty_display(raster, height, width)

        # Decimate so the source has at most about twice the view's resolution.
        factor = max(1.0, min(win.width / width, win.height / height) / 2.0)
        out_h = max(1, int(math.ceil(win.height / factor)))
        out_w = max(1, int(math.ceil(win.width / factor)))
        src = ds.read(
            raster.band,
            window=win,
            out_shape=(out_h, out_w),
            resampling=Resampling.nearest if categorical else Resampling.average,
        )
        src_transform = ds.window_transform(win) @ Affine.scale(win.width / out_w, win.height / out_h)

    invalid = _invalid_mask(src, raster.nodata)
    if categorical:
        sentinel = np.iinfo(np.int64).min if src.dtype.kind in "iu" else np.nan
        work_dtype = np.int64 if src.dtype.kind in "iu" else np.float64
        srcw = src.astype(work_dtype)
        srcw[invalid] = sentinel
        out = np.full((height, width), sentinel, dtype=work_dtype)
        reproject(
            srcw, out, src_transform=src_transform, src_crs=src_crs, src_nodata=sentinel,
            dst_transform=dst_transform, dst_crs=dst, dst_nodata=sentinel, resampling=resampling,
        )
        mask = out == sentinel if src.dtype.kind in "iu" else np.isnan(out)
        data = np.where(mask, 0, out).astype(src.dtype)
        return np.ma.MaskedArray(data, mask=mask)

    srcf = src.astype(np.float32)
    srcf[invalid] = np.nan
    out = np.full((height, width), np.nan, dtype=np.float32)
    reproject(
        srcf, out, src_transform=src_transform, src_crs=src_crs, src_nodata=np.nan,
        dst_transform=dst_transform, dst_crs=dst, dst_nodata=np.nan, resampling=resampling,
    )
    return np.ma.masked_invalid(out, copy=False)


def _padded_window(win: Window, full: Window, pad: int = 1) -> Window | None:
    """Integer window around ``win`` with ``pad`` extra pixels, clipped to ``full``; None if outside."""
    col0 = math.floor(win.col_off) - pad
    row0 = math.floor(win.row_off) - pad
    col1 = math.ceil(win.col_off + win.width) + pad
    row1 = math.ceil(win.row_off + win.height) + pad
    col0, row0 = max(col0, int(full.col_off)), max(row0, int(full.row_off))
    col1 = min(col1, int(full.col_off + full.width))
    row1 = min(row1, int(full.row_off + full.height))
    if col1 <= col0 or row1 <= row0:
        return None
    return Window(col0, row0, col1 - col0, row1 - row0)


def _empty_display(raster: RasterLayer, height: int, width: int) -> np.ma.MaskedArray:
    dtype = np.dtype(raster.dtype) if raster.is_categorical else np.dtype(np.float32)
    return np.ma.MaskedArray(np.zeros((height, width), dtype=dtype), mask=np.ones((height, width), bool))
