"""The file formats SmartZone reads and writes: one registry for import, export and the dialogs.

Each :class:`FileFormat` has a stable ``id``, a label, its ``kind`` (``vector``,
``raster`` or ``table``), the suffixes it is recognised by, and the functions
that read and write it (dotted ``module:function`` names, imported only when
used, so that this module stays light). ``layers.vector``, ``layers.describe``,
the app's Add-layer dialog and the score exports take their suffixes from here.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

__all__ = ["FORMATS", "FileFormat", "Kind", "format_of", "kind_of", "name_filter", "suffixes"]

Kind = Literal["vector", "raster", "table"]


@dataclass(frozen=True)
class FileFormat:
    """One file format.

    Attributes
    ----------
    id
        Stable lowercase id (``"shp"``, ``"gpkg"``, ``"geotiff"`` ...).
    label
        English name shown in lists.
    kind
        ``"vector"``, ``"raster"`` or ``"table"``.
    suffixes
        Lowercase suffixes it is recognised by, the usual one first.
    reader, writer
        ``"module:function"`` reading (writing) it, ``""`` when SmartZone does not.
    """

    id: str
    label: str
    kind: Kind
    suffixes: tuple[str, ...]
    reader: str = ""
    writer: str = ""


_VECTOR_READER = "smartzone.layers.vector:read_districts"
_RASTER_READER = "smartzone.layers.raster:open_raster"
_TABLE_READER = "smartzone.layers.tables:read_table"

#: Every format, by id. A shapefile is also recognised by its ``.dbf`` and as a ``.zip``.
FORMATS: dict[str, FileFormat] = {
    f.id: f
    for f in (
        FileFormat("shp", "ESRI Shapefile", "vector", (".shp", ".zip", ".dbf"), _VECTOR_READER,
                   "smartzone.layers.export:export_shapefile"),
        FileFormat("gpkg", "GeoPackage", "vector", (".gpkg",), _VECTOR_READER, "smartzone.layers.export:write_gpkg"),
        FileFormat("geojson", "GeoJSON", "vector", (".geojson", ".json"), _VECTOR_READER),
        FileFormat("fgb", "FlatGeobuf", "vector", (".fgb",), _VECTOR_READER),
        FileFormat("geotiff", "GeoTIFF", "raster", (".tif", ".tiff"), _RASTER_READER),
        FileFormat("hfa", "ERDAS Imagine", "raster", (".img",), _RASTER_READER),
        FileFormat("vrt", "GDAL virtual raster", "raster", (".vrt",), _RASTER_READER),
        FileFormat("aaigrid", "ASCII grid", "raster", (".asc",), _RASTER_READER),
        FileFormat("jp2", "JPEG 2000", "raster", (".jp2",), _RASTER_READER),
        FileFormat("netcdf", "netCDF", "raster", (".nc",), _RASTER_READER),
        FileFormat("hdf", "HDF", "raster", (".hdf",), _RASTER_READER),
        FileFormat("bil", "ESRI BIL", "raster", (".bil",), _RASTER_READER),
        FileFormat("csv", "CSV / text table", "table", (".csv", ".txt", ".tsv"), _TABLE_READER,
                   "smartzone.layers.export:write_csv"),
        FileFormat("xlsx", "Excel workbook", "table", (".xlsx", ".xlsm"), _TABLE_READER),
    )
}


def suffixes(kind: Kind | None = None) -> tuple[str, ...]:
    """Suffixes of the formats of ``kind`` (all kinds when None), in registry order."""
    return tuple(s for f in FORMATS.values() if kind is None or f.kind == kind for s in f.suffixes)


def format_of(path: str | Path) -> FileFormat | None:
    """The format ``path`` is recognised as by its suffix (None if SmartZone does not read it)."""
    suffix = Path(path).suffix.lower()
    return next((f for f in FORMATS.values() if suffix in f.suffixes), None)


def kind_of(path: str | Path) -> Kind | None:
    """``"vector"``, ``"raster"`` or ``"table"`` by suffix (None if unsupported)."""
    fmt = format_of(path)
    return fmt.kind if fmt is not None else None


def name_filter(label: str, kind: Kind | None = None) -> str:
    """A file-dialog filter, ``"label (*.gpkg *.shp ...)"``, of every suffix registered for ``kind``
    (all kinds when None): the dialogs offer exactly what the readers accept."""
    patterns = " ".join(f"*{s}" for s in dict.fromkeys(suffixes(kind)))
    return f"{label} ({patterns})"
