"""Co-registered rasters read window by window, and a suitability GeoTIFF written the same way.

A national 10 m raster (64,000 x 61,000 px) is 16 GB as float32: it is never
read whole. :class:`RasterStack` checks that several rasters share one pixel
grid (CRS, transform, size), plans windows aligned to the first raster's blocks
(:meth:`RasterStack.windows`, a few million pixels each) and reads one window of
every band as float32 (float64 for 32-bit integers and float64 bands) with NaN
where a band has nodata. :class:`GridWriter`
writes float32 windows into a tiled, uncompressed, sparse temporary GeoTIFF
and, on :meth:`GridWriter.commit`, converts it with GDAL's COG driver into a
compressed Cloud Optimized GeoTIFF with overviews (Zstandard by default, DEFLATE on request: both
lossless; the floating-point predictor on request), then moves it into place (nothing is left at
the destination when anything fails).
"""
from __future__ import annotations

import math
import os
import tempfile
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import numpy as np
import rasterio
import rasterio.shutil
from rasterio.windows import Window

from smartzone.layers.atomic import folder_error, replace_file
from smartzone.layers.errors import ExportError, LayerReadError
from smartzone.layers.raster import RasterLayer, _invalid_mask, _representable, open_raster
from smartzone.layers.writeback import Writeback
from smartzone.scoring.extensions import optional_extension
from smartzone.scoring.grid import COMPILED_ENV

__all__ = ["DEFAULT_COMPRESS", "DEFAULT_PREDICTOR", "GridWriter", "PartSpec", "close_run_parts", "write_part_window", "RasterStack", "WindowKey", "WindowReader"]

WINDOW_PIXELS = 1 << 22
"""Target pixels per window (4 Mpx: 32 MiB per float64 band)."""

GDAL_CACHE_MB = 64
"""GDAL block cache while windows are read (each block is read once per pass)."""

_FLOAT32_EXACT = tuple(np.dtype(t) for t in ("uint8", "int8", "uint16", "int16", "float16", "float32"))
"""Band types whose every value float32 holds exactly."""

WindowKey = tuple[int, int, int, int]
"""``(row_off, col_off, height, width)`` of a window: plain ints, cheap to send to another process."""


@dataclass(frozen=True)
class RasterStack:
    """Rasters on one pixel grid, by indicator id.

    Use :meth:`open` to build one; the files are opened per read, so a stack is
    plain data (paths and grid) that can be sent to a Dask worker.
    """

    layers: Mapping[str, RasterLayer]

    @classmethod
    def open(cls, paths: Mapping[str, str | os.PathLike[str]]) -> RasterStack:
        """Open ``indicator -> raster path`` and check they share one grid.

        Raises
        ------
        LayerReadError
            A file is missing or unreadable, or its grid differs from the first
            raster's (the message names both files and what differs).
        """
        if not paths:
            raise LayerReadError("No rasters given: name at least one indicator raster (NAME=PATH).",
                                 key="no_rasters")
        layers = {name: open_raster(path) for name, path in paths.items()}
        first_name, first = next(iter(layers.items()))
        for name, layer in layers.items():
            diffs = []
            aspects = []  # what differs, for the app's words (error_words: raster_grid_differs)
            if (layer.width, layer.height) != (first.width, first.height):
                diffs.append(f"size {layer.width} x {layer.height} px vs {first.width} x {first.height}")
                aspects.append("size")
            if not layer.transform.almost_equals(first.transform, precision=1e-9 * max(first.res)):
                diffs.append(f"grid origin/pixel size {tuple(layer.transform)[:6]} vs {tuple(first.transform)[:6]}")
                aspects.append("grid")
            if (layer.crs is None) != (first.crs is None) or (layer.crs is not None and layer.crs != first.crs):
                diffs.append(f"CRS {layer.crs.to_string() if layer.crs else 'none'} vs "
                             f"{first.crs.to_string() if first.crs else 'none'}")
                aspects.append("crs")
            if diffs:
                raise LayerReadError(
                    f"{layer.path} ({name}) is not on the pixel grid of {first.path} ({first_name}): "
                    f"{'; '.join(diffs)}. Warp it onto that grid first, e.g. gdalwarp -te/-tr/-t_srs "
                    "with the first raster's extent, resolution and CRS.",
                    key="raster_grid_differs", path=str(layer.path), name=name, first=str(first.path),
                    first_name=first_name, aspects=aspects, detail="; ".join(diffs),
                )
        return cls(layers)

    @property
    def first(self) -> RasterLayer:
        return next(iter(self.layers.values()))

    @property
    def shape(self) -> tuple[int, int]:
        return self.first.height, self.first.width

    def windows(self, target_pixels: int = WINDOW_PIXELS) -> list[WindowKey]:
        """Windows covering the grid, aligned to the first raster's blocks, in row-major order."""
        bh, bw = self.first.block_shape
        height, width = self.shape
        if bw >= width:  # strips: bands of whole rows
            ch, cw = max(bh, target_pixels // max(1, width) // bh * bh), width
        else:
            mult = max(1, int(math.sqrt(target_pixels / (bh * bw))))
            ch, cw = bh * mult, bw * mult
        return [(r, c, min(ch, height - r), min(cw, width - c))
                for r in range(0, height, ch) for c in range(0, width, cw)]

    def read(self, key: WindowKey, names: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """One window of each band (``names``, default all) as floats, NaN where the band has no value.

        float32 for bands whose every value float32 holds exactly (8- and 16-bit
        integers, float32), float64 for the others: half the memory and memory
        traffic of float64 for the usual rasters, and the same numbers once widened.
        """
        window = Window(key[1], key[0], key[3], key[2])
        out = {}
        for name in names if names is not None else self.layers:
            layer = self.layers[name]
            # every block is read once per pass: GDAL's default cache (5 % of RAM) would only hold memory
            with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB), layer.open() as ds:
                data = ds.read(layer.band, window=window)
            invalid = _invalid_mask(data, layer.nodata)
            exact32 = data.dtype in _FLOAT32_EXACT
            values = data if data.dtype == np.float32 else data.astype(np.float32 if exact32 else np.float64)
            np.copyto(values, np.nan, where=invalid)
            out[name] = values
        return out


class WindowReader:
    """Reads windows of ``stack`` as :meth:`RasterStack.read` does, into this reader's own buffers.

    For the grid's worker threads, one reader each: the files stay open between
    windows and each band is read by GDAL straight into a float buffer that is
    reused (converted to float32 or float64 as :meth:`RasterStack.read` would,
    nodata set to NaN in place), so a window costs no fresh memory, no NumPy
    mask and no reopening of the files. The arrays returned are valid until
    the next :meth:`read`; :meth:`close` closes the files. Not for sharing
    between threads.
    """

    def __init__(self, stack: RasterStack) -> None:
        self.stack = stack
        self._open: dict[str, Any] = {}
        self._buffers: dict[str, np.ndarray] = {}

    def read(self, key: WindowKey, names: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """One window of each band (``names``, default all): the values of :meth:`RasterStack.read`."""
        window = Window(key[1], key[0], key[3], key[2])
        n = key[2] * key[3]
        out = {}
        with rasterio.Env(GDAL_CACHEMAX=GDAL_CACHE_MB):
            for name in names if names is not None else self.stack.layers:
                layer = self.stack.layers[name]
                native = np.dtype(layer.dtype)
                dtype = np.dtype(np.float32) if native in _FLOAT32_EXACT else np.dtype(np.float64)
                flat = self._buffers.get(name)
                if flat is None or flat.size < n or flat.dtype != dtype:
                    flat = self._buffers[name] = np.empty(max(n, WINDOW_PIXELS), dtype)
                values = flat[:n].reshape(key[2], key[3])
                ds = self._open.get(name)
                if ds is None:
                    ds = self._open[name] = layer.open()
                ds.read(layer.band, window=window, out=values, out_dtype=dtype)
                nodata = _nodata_in(native, layer.nodata)
                if nodata is not None:
                    nodata_to_nan(values, nodata)
                out[name] = values
        return out

    def close(self) -> None:
        for ds in self._open.values():
            ds.close()
        self._open.clear()
        self._buffers.clear()


def _nodata_in(native: np.dtype[Any], nodata: float | None) -> float | None:
    """The nodata value as the band's own type holds it (what ``data == nodata`` compares), or None."""
    if nodata is None or math.isnan(nodata) or not _representable(nodata, native):
        return None
    if np.issubdtype(native, np.floating):
        return float(np.asarray(nodata).astype(native))
    return float(nodata)


def nodata_to_nan(values: np.ndarray, nodata: float) -> None:
    """Cells of ``values`` (float32/float64, C-contiguous) equal to ``nodata`` become NaN, in place."""
    kernels = optional_extension("smartzone.layers._raster_kernels", COMPILED_ENV)
    if kernels is not None and hasattr(kernels, "nodata_to_nan"):
        kernels.nodata_to_nan(values, nodata)
    else:
        np.copyto(values, np.nan, where=values == values.dtype.type(nodata))


# The grid's switch (SMARTZONE_COMPILED_GRID=0) also turns the overview kernel off.


def average2(a: np.ndarray) -> np.ndarray:
    """The next overview level of ``a`` (float32): the mean of the non-NaN cells of each 2 x 2 block, NaN if none.

    Blocks at an odd last row or column take the cells there are. Compiled
    (:mod:`smartzone.layers._raster_kernels`) when built, else NumPy: the same numbers.
    """
    a = np.ascontiguousarray(a, dtype=np.float32)
    h, w = a.shape
    out = np.empty(((h + 1) // 2, (w + 1) // 2), np.float32)
    kernels = optional_extension("smartzone.layers._raster_kernels", COMPILED_ENV)
    if kernels is not None:
        kernels.average2(a, h, w, out)
        return out
    total = np.zeros(out.shape, np.float64)
    count = np.zeros(out.shape, np.int32)
    for dr in (0, 1):  # the kernel's order: (0, 0), (0, 1), (1, 0), (1, 1)
        for dc in (0, 1):
            part = a[dr::2, dc::2]
            valid = ~np.isnan(part)
            view = (slice(0, part.shape[0]), slice(0, part.shape[1]))
            total[view] += np.where(valid, part, 0.0)
            count[view] += valid
    with np.errstate(invalid="ignore", divide="ignore"):
        np.divide(total, count, out=total)
    out[...] = total
    return out


COMPRESSIONS = ("zstd", "deflate")
"""Compressions of the suitability COG: Zstandard (fast), DEFLATE (read by every GIS)."""
DEFAULT_COMPRESS = "zstd"
"""Zstandard level 1: a third of DEFLATE level 1's CPU on float32 scores for the same size (national
30 m grid with the floating-point predictor: 3.9 instead of 7.6 CPU-s, 613 vs 610 MB; bench/README.md). GDAL >= 2.3 built with zstd and
QGIS 3.22 read it (tests/qgis/test_qgis_grid.py); Esri does not list Zstandard among ArcGIS Pro's raster
compressions, so for ArcGIS or other readers ask for ``deflate`` (docs/scale.md)."""

DEFAULT_PREDICTOR = False
"""No TIFF predictor by default, as GDAL's COG driver writes: libtiff's floating-point predictor
(``predictor=True``, TIFF predictor 3) makes the national 30 m COG 17 % smaller (613 instead of
742 MB with Zstandard) for 0.5-2 CPU-s more of the conversion (bench/README.md)."""


@dataclass(frozen=True)
class PartSpec:
    """Where and how a process writes its share of a :class:`GridWriter`'s windows (plain data to send)."""

    folder: str
    prefix: str
    profile: Mapping[str, Any]
    shapes: tuple[tuple[int, int], ...]
    """Planned overview levels, (height, width) each; empty: none written with the windows."""


_RUN_PARTS: dict[tuple[str, int], _Part] = {}
_RUN_ENDED: set[str] = set()  # runs whose files were closed: a late task (cancelled, still running) writes nothing
_RUN_LOCK = threading.Lock()


def write_part_window(spec: PartSpec, run: str, key: WindowKey, values: np.ndarray) -> tuple[int, str, list[str]]:
    """Write a window into this thread's files of ``run`` (opened on first use); for Dask workers.

    Returns the count of cells with a value and the files written (``""`` and ``[]`` when the
    window has none: nothing is written). :func:`close_run_parts` closes the files afterwards.
    """
    values = np.asarray(values, np.float32)
    count = int(np.count_nonzero(~np.isnan(values)))
    if not count:
        return 0, "", []
    slot = (run, threading.get_ident())
    with _RUN_LOCK:
        if run in _RUN_ENDED:
            return 0, "", []
        part = _RUN_PARTS.get(slot)
        if part is None:  # (a failed worker leaves nothing beside the output)
            part = _RUN_PARTS[slot] = _Part.create(spec.folder, spec.prefix, spec.profile, spec.shapes)
        part.busy += 1  # close_run_parts waits for the writes in progress
    try:
        part.write(key, values)
    finally:
        with _RUN_CLOSED:
            part.busy -= 1
            _RUN_CLOSED.notify_all()
    return count, str(part.tmp), [str(p) for p in part.level_paths]


_RUN_CLOSED = threading.Condition(_RUN_LOCK)


def close_run_parts(run: str) -> int:
    """Close this process's files of ``run`` (each thread's) once no write into them is in progress;
    later writes for ``run`` write nothing. Returns how many files sets were closed. Idempotent."""
    with _RUN_CLOSED:
        _RUN_ENDED.add(run)
        parts = [_RUN_PARTS.pop(slot) for slot in [k for k in _RUN_PARTS if k[0] == run]]
        _RUN_CLOSED.wait_for(lambda: all(part.busy == 0 for part in parts))
    for part in parts:
        part.close()
    return len(parts)


class _Part:
    """One thread's temporary files: the raster and each planned overview level (tiled, uncompressed, sparse)."""

    def __init__(self, tmp: Path, profile: Mapping[str, Any]) -> None:
        self.tmp = tmp
        self.profile = profile
        self.busy = 0  # writes in progress (write_part_window)
        self.dst: Any = rasterio.open(tmp, "w", **profile)
        self.levels: list[Any] = []
        self.level_paths: list[Path] = []

    @classmethod
    def create(cls, folder: str | os.PathLike[str], prefix: str, profile: Mapping[str, Any],
               shapes: Sequence[tuple[int, int]]) -> _Part:
        """New files in ``folder`` (a hidden name starting with ``prefix``), with ``shapes``' overview levels;
        if any fails to open, none is left and the error is raised (OSError or RasterioIOError)."""
        fd, tmp = tempfile.mkstemp(suffix=".tiles.tif", dir=folder, prefix=prefix)
        os.close(fd)
        try:
            part = cls(Path(tmp), profile)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        try:
            if shapes:
                part.open_levels(shapes)
        except BaseException:
            part.remove()
            raise
        return part

    def write(self, key: WindowKey, values: np.ndarray) -> None:
        """Window ``key`` of float32 ``values`` and its share of each overview level (2 x 2 means)."""
        self.dst.write(values, 1, window=Window(key[1], key[0], key[3], key[2]))
        band = values
        for level, dst in enumerate(self.levels, start=1):
            band = average2(band)
            dst.write(band, 1, window=Window(key[1] >> level, key[0] >> level, band.shape[1], band.shape[0]))

    def open_levels(self, shapes: Sequence[tuple[int, int]]) -> None:
        for i, (h, w) in enumerate(shapes):
            path = self.tmp.with_suffix(f".ovr{i + 1}.tif")
            self.level_paths.append(path)
            self.levels.append(rasterio.open(path, "w", **dict(self.profile, width=w, height=h)))

    @classmethod
    def adopted(cls, tmp: Path, level_paths: Sequence[Path]) -> _Part:
        """A part another process wrote and closed (a Dask worker's): its files only."""
        part = cls.__new__(cls)
        part.tmp, part.profile, part.dst, part.levels, part.level_paths = tmp, {}, None, [], list(level_paths)
        part.busy = 0
        return part

    def close(self) -> None:
        for dst in (self.dst, *self.levels):
            if dst is not None and not dst.closed:
                dst.close()

    def remove(self) -> None:
        self.close()
        for path in (self.tmp, *self.level_paths):
            path.unlink(missing_ok=True)


class GridWriter:
    """A float32 raster on ``like``'s grid, written window by window, committed as a COG.

    Parameters
    ----------
    path
        Destination (``.tif``). Written only by :meth:`commit`.
    like
        Raster whose grid (CRS, transform, size) the output takes.
    block
        Tile size of the output (and of the COG).
    compress
        The COG's compression (:data:`COMPRESSIONS`, default :data:`DEFAULT_COMPRESS`), both lossless.
    predictor
        Apply the floating-point predictor (TIFF predictor 3) before compressing: a smaller file
        for more CPU (default :data:`DEFAULT_PREDICTOR`).

    :meth:`write` may be called from several threads at once: each thread writes
    into its own temporary files (writing a national grid's scores into one file
    kept one thread busy for the whole scoring pass), and :meth:`commit` reads them
    as one raster through a VRT that takes each window from the file it went to.

    Use as a context manager; leaving it without :meth:`commit` removes the
    temporary files and leaves ``path`` untouched.
    """

    def __init__(self, path: str | os.PathLike[str], like: RasterLayer, *, block: int = 512,
                 compress: str | None = None, predictor: bool | None = None) -> None:
        self.path = Path(path)
        self.like = like
        self.compress = (compress or DEFAULT_COMPRESS).lower()
        self.predictor = DEFAULT_PREDICTOR if predictor is None else bool(predictor)
        if self.compress not in COMPRESSIONS:
            raise ValueError(f"compress must be one of {', '.join(COMPRESSIONS)}, not {compress!r}")
        if not self.path.parent.is_dir():
            raise ExportError(f"Cannot write {self.path}: the folder {self.path.parent} does not exist.",
                              key="export_folder_missing", path=str(self.path.parent))
        self.profile: dict[str, Any] = dict(
            driver="GTiff", width=like.width, height=like.height, count=1, dtype="float32",
            crs=rasterio.crs.CRS.from_wkt(like.crs.to_wkt()) if like.crs is not None else None,
            transform=like.transform, nodata=float("nan"), tiled=True, blockxsize=block, blockysize=block,
            # the tiles are read once, by the COG conversion: not compressed (no CPU), and blocks
            # never written (windows without a score) stay out of the file and read as nodata
            compress="none", bigtiff="IF_SAFER", sparse_ok=True,
        )
        self._lock = threading.Lock()
        self._local = threading.local()
        self._parts: list[_Part] = []
        self._written: list[tuple[int, WindowKey]] = []  # (part, window) of every window written
        self._shapes: list[tuple[int, int]] = []  # overview levels written window by window (plan_overviews)
        self._free: list[int] = [self._new_part()]  # parts no thread has taken yet
        self.tmp = self._parts[0].tmp  # the first part's raster (its folder holds every temporary file)
        self._scratch: list[Path] = []  # VRTs and overview files made by commit

    def _new_part(self) -> int:
        try:
            part = _Part.create(self.path.parent, f".{self.path.stem}.", self.profile, self._shapes)
        except rasterio.errors.RasterioIOError as exc:  # (an OSError too: first)
            raise ExportError(f"Cannot write {self.path}: {exc}. Check the folder is writable.",
                              key="export_gdal", path=str(self.path), detail=str(exc)) from exc
        except OSError as exc:
            raise folder_error(f"Cannot write {self.path}: {exc.strerror or exc}.", self.path.parent, exc) from exc
        self._parts.append(part)
        return len(self._parts) - 1

    def _part(self) -> int:
        index: int | None = getattr(self._local, "part", None)
        if index is None:
            with self._lock:
                index = self._free.pop() if self._free else self._new_part()
            self._local.part = index
        return index

    def write(self, key: WindowKey, values: np.ndarray) -> int:
        """Write one window of float32 values (NaN = no value) and its share of the planned overviews.

        Returns the number of cells with a value; a window without one is not
        written (it reads as nodata). Safe to call from several threads at once
        (after :meth:`plan_overviews`, which is not).
        """
        values = np.asarray(values, np.float32)
        count = int(np.count_nonzero(~np.isnan(values)))
        if not count:
            return 0
        index = self._part()
        self._parts[index].write(key, values)
        with self._lock:
            self._written.append((index, key))
        return count

    def part_spec(self) -> PartSpec:
        """What another process needs to write windows into files of its own for this writer
        (:func:`write_part_window`): the folder, the file profile and the planned overview levels."""
        return PartSpec(str(self.path.parent), f".{self.path.stem}.", dict(self.profile), tuple(self._shapes))

    def adopt(self, key: WindowKey, tmp: str | os.PathLike[str], level_paths: Sequence[str]) -> None:
        """Take window ``key`` as written by another process into ``tmp`` (and its overview shares into
        ``level_paths``, one per planned level); :meth:`close` removes those files too."""
        tmp = Path(tmp)
        with self._lock:
            index = next((i for i, part in enumerate(self._parts) if part.tmp == tmp), None)
            if index is None:
                self._parts.append(_Part.adopted(tmp, [Path(p) for p in level_paths]))
                index = len(self._parts) - 1
            self._written.append((index, key))

    def plan_overviews(self, keys: Sequence[WindowKey]) -> bool:
        """Compute the overviews window by window as :meth:`write` gets them, when the windows allow it.

        Each level is the 2 x 2 means of the one below, so a window's share of every
        level depends on that window alone when its origin is a multiple of
        2^levels and its size too (except at the raster's last row and column):
        the windows of :meth:`RasterStack.windows` usually are (2,048 px against 64
        for a national 30 m grid). Then :meth:`commit` needs no second pass over the
        written raster. False (nothing planned) otherwise, or before any write.
        """
        shapes = self.overview_shapes()
        step = 1 << len(shapes)
        height, width = self.like.height, self.like.width
        aligned = all(r % step == 0 and c % step == 0 and (h % step == 0 or r + h == height)
                      and (w % step == 0 or c + w == width) for r, c, h, w in keys)
        if not shapes or not aligned or self._shapes or self._written:
            return False
        self._shapes = shapes
        try:
            for part in self._parts:
                part.open_levels(shapes)
        except rasterio.errors.RasterioIOError as exc:
            raise ExportError(f"Cannot write {self.path}: {exc}. Check the folder is writable.",
                              key="export_gdal", path=str(self.path), detail=str(exc)) from exc
        return True

    def commit(self, *, overview_resampling: str = "average") -> Path:
        """Convert to a Cloud Optimized GeoTIFF with overviews (GDAL COG driver) and move it into place.

        With ``average`` overviews (the default) the levels are computed here
        (:meth:`_write_overviews`, a fraction of GDAL's time on NaN nodata) and
        handed to the COG driver through a VRT, which copies them as they are;
        other resamplings are left to GDAL.
        """
        with ThreadPoolExecutor(len(self._parts), thread_name_prefix="smartzone-commit") as pool:
            list(pool.map(_Part.close, self._parts))  # each flushes its own file: side by side
        cog = self.tmp.with_suffix(".cog.tif")
        try:  # GDAL's default block cache (5 % of RAM) would fill up with blocks read once
            with rasterio.Env(GDAL_CACHEMAX=4 * GDAL_CACHE_MB):
                average = overview_resampling == "average"
                used = {index for index, _ in self._written}
                if average and self._shapes:  # the levels written with the windows
                    source = self._vrt(None)
                elif len(used) <= 1:  # one file holds every window
                    source = self._parts[min(used, default=0)].tmp
                else:
                    source = self._vrt([])
                if average and not self._shapes:  # the levels from the written raster
                    source = self._vrt(self._write_overviews(source))
                with Writeback(cog):  # the disk writes the COG while GDAL compresses the rest
                    rasterio.shutil.copy(
                        # level 1 (ZSTD and DEFLATE): DEFLATE's default level 6 takes twice the time for
                        # a 1 % smaller file on suitability scores (float32 noise compresses poorly)
                        source, cog, driver="COG", compress=self.compress.upper(), level=1,
                        predictor="YES" if self.predictor else "NO",
                        overviews="AUTO",
                        resampling=overview_resampling, blocksize=self.profile["blockxsize"], bigtiff="IF_SAFER",
                        num_threads="ALL_CPUS", sparse_ok=True,
                    )
            with ThreadPoolExecutor(1, thread_name_prefix="smartzone-commit") as pool:
                removed = pool.submit(self.close)  # the scratch files go while the folder is synced
                replace_file(cog, self.path)  # the one commit helper
                removed.result()
        except ExportError:  # keyed already (replace_file: the target is a folder ...)
            raise
        except OSError as exc:
            raise folder_error(f"Cannot write {self.path} as a Cloud Optimized GeoTIFF: {exc}.", self.path.parent,
                               exc) from exc
        except rasterio.errors.RasterioError as exc:
            raise ExportError(f"Cannot write {self.path} as a Cloud Optimized GeoTIFF: {exc}.",
                              key="export_gdal", path=str(self.path), detail=str(exc)) from exc
        finally:
            cog.unlink(missing_ok=True)
            self.close()
        return self.path

    def overview_shapes(self) -> list[tuple[int, int]]:
        """``(height, width)`` of each overview level: halved (rounded up) until one fits in a tile.

        The COG driver's rule for the number of levels (``OVERVIEWS=AUTO``).
        """
        block = int(self.profile["blockxsize"])
        h, w = self.like.height, self.like.width
        shapes = []
        while h > block or w > block:
            h, w = (h + 1) // 2, (w + 1) // 2
            shapes.append((h, w))
        return shapes

    def _write_overviews(self, source: Path) -> list[Path]:
        """Each overview level as an uncompressed tiled GeoTIFF next to the output: 2 x 2 means of valid cells.

        The written raster (``source``) is read back in bands of rows (a multiple of
        2^levels rows, about 16 Mpx), each band reduced level by level, so no
        2 x 2 block straddles two bands and memory stays a band.
        """
        shapes = self.overview_shapes()
        if not shapes:
            return []
        height, width = self.like.height, self.like.width
        step = 1 << len(shapes)
        rows = step * max(1, (16 << 20) // max(1, width) // step)
        paths = [self.tmp.with_suffix(f".pass.ovr{i + 1}.tif") for i in range(len(shapes))]
        self._scratch.extend(paths)
        outs: list[Any] = []
        try:
            for path, (h, w) in zip(paths, shapes, strict=True):
                outs.append(rasterio.open(path, "w", **dict(self.profile, width=w, height=h,
                                                            transform=self.like.transform)))
            with rasterio.open(source) as src:
                for r0 in range(0, height, rows):
                    band = src.read(1, window=Window(0, r0, width, min(rows, height - r0)))
                    row = r0
                    for dst in outs:
                        band = average2(band)
                        row //= 2
                        dst.write(band, 1, window=Window(0, row, band.shape[1], band.shape[0]))
        finally:
            for dst in outs:
                dst.close()
        return paths

    def _vrt(self, overviews: Sequence[Path] | None) -> Path:
        """A VRT of the written raster (each window from its part's file) listing its overview levels.

        The levels are ``overviews`` (whole files), or with ``None`` the planned
        levels, each a VRT of the windows' shares in their parts' level files.
        """
        like = self.like
        crs = f"<SRS>{escape(like.crs.to_wkt())}</SRS>" if like.crs is not None else ""
        gt = ", ".join(repr(float(v)) for v in like.transform.to_gdal())
        levels = list(overviews) if overviews is not None else [
            self._mosaic(f".ovr{level}.vrt", h, w, level) for level, (h, w) in enumerate(self._shapes, start=1)]
        entries = "".join(f"<Overview><SourceFilename relativeToVRT=\"0\">{escape(str(p))}</SourceFilename>"
                          "<SourceBand>1</SourceBand></Overview>" for p in levels)
        return self._mosaic(f".{len(self._scratch)}.vrt", like.height, like.width, 0,
                            f"{crs}<GeoTransform>{gt}</GeoTransform>", entries)

    def _mosaic(self, suffix: str, height: int, width: int, level: int, head: str = "", tail: str = "") -> Path:
        """A VRT of ``height`` x ``width`` cells: level ``level`` of every written window, from its part's file."""
        sources = []
        for index, (r, c, h, w) in sorted(self._written, key=lambda item: item[1]):
            part = self._parts[index]
            file = part.tmp if level == 0 else part.level_paths[level - 1]
            for _ in range(level):
                h, w = (h + 1) // 2, (w + 1) // 2
            rect = f'xOff="{c >> level}" yOff="{r >> level}" xSize="{w}" ySize="{h}"'
            sources.append(f'<SimpleSource><SourceFilename relativeToVRT="0">{escape(str(file))}</SourceFilename>'
                           f"<SourceBand>1</SourceBand><SrcRect {rect}/><DstRect {rect}/></SimpleSource>")
        text = (f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}">{head}'
                '<VRTRasterBand dataType="Float32" band="1"><NoDataValue>nan</NoDataValue>'
                f"{''.join(sources)}{tail}</VRTRasterBand></VRTDataset>")
        path = self.tmp.with_suffix(suffix)
        self._scratch.append(path)
        path.write_text(text, encoding="utf-8")
        return path

    def close(self) -> None:
        """Drop the temporary files (after :meth:`commit`, nothing is left to drop)."""
        for part in self._parts:
            part.remove()
        for path in self._scratch:
            path.unlink(missing_ok=True)

    def __enter__(self) -> GridWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
