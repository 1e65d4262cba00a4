"""Quick facts about a vector or raster file, for ``smartzone layers info`` and the app.

Fast by design: metadata come from :func:`pyogrio.read_info` / rasterio; the
geometry check reads only the geometry column (WKB through Arrow) and tests
validity with shapely, without building a GeoDataFrame.
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from smartzone.layers._guard import guard
from smartzone.layers.crs import crs_label, parse_crs
from smartzone.layers.errors import CRSError, LayerReadError
from smartzone.layers.formats import suffixes
from smartzone.layers.paths import check_input_path

__all__ = ["LayerInfo", "describe", "format_info"]

_RASTER_SUFFIXES = frozenset(suffixes("raster"))
_TABLE_SUFFIXES = frozenset(suffixes("table"))
_EXAMPLES = 10


@dataclass
class LayerInfo:
    """Facts about one layer of a file.

    Attributes
    ----------
    path : str
    layer : str or None
        Layer name (vector) or None (raster).
    kind : str
        ``"vector"`` or ``"raster"``.
    driver : str
        GDAL driver name.
    crs : str
        CRS label (see :func:`~smartzone.layers.crs.crs_label`).
    feature_count : int or None
        Vector features.
    geometry_type : str or None
        Declared geometry type; ``geometry_types`` has what is really there.
    geometry_types : dict
        Geometry type -> count, as found in the data (vector).
    fields : list of (str, str)
        Attribute name and type (``String``, ``Integer``, ``Real`` ...).
    encoding, encoding_source : str or None
        Attribute encoding and how it was decided.
    invalid_count, empty_count, null_count : int or None
        Geometry problems (None when not checked).
    invalid_fids : list of int
        Feature ids of the first invalid geometries.
    bounds : tuple of float or None
        (xmin, ymin, xmax, ymax) in the layer's CRS units.
    layers : list of str
        All layers in the file.
    code_field, name_field : str or None
        Fields a district reader would use for admin code and name.
    width, height, band_count : int or None
        Raster size in pixels and bands.
    dtypes : list of str
        Raster band data types.
    nodata : float or None
        Raster no-data value.
    resolution : tuple of float or None
        Raster pixel size (x, y) in CRS units.
    level : str or None
        Administrative level implied by the codes (tables).
    header_row : int or None
        0-based line of the table header (tables; title lines above it skipped).
    warnings : list of str
        Things to know (tables).
    """

    path: str
    layer: str | None
    kind: str
    driver: str
    crs: str
    feature_count: int | None = None
    geometry_type: str | None = None
    geometry_types: dict[str, int] = field(default_factory=dict)
    fields: list[tuple[str, str]] = field(default_factory=list)
    encoding: str | None = None
    encoding_source: str | None = None
    invalid_count: int | None = None
    empty_count: int | None = None
    null_count: int | None = None
    invalid_fids: list[int] = field(default_factory=list)
    bounds: tuple[float, float, float, float] | None = None
    layers: list[str] = field(default_factory=list)
    code_field: str | None = None
    name_field: str | None = None
    width: int | None = None
    height: int | None = None
    band_count: int | None = None
    dtypes: list[str] = field(default_factory=list)
    nodata: float | None = None
    resolution: tuple[float, float] | None = None
    level: str | None = None
    header_row: int | None = None
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dictionary."""
        data = asdict(self)
        if data["nodata"] is not None and not math.isfinite(data["nodata"]):
            data["nodata"] = str(data["nodata"])
        return data


@guard("Layer")
def describe(path: str | Path, layer: str | int | None = None, *, check_geometry: bool = True) -> LayerInfo:
    """Describe a vector layer or a raster file.

    Parameters
    ----------
    path : str or Path
        Any file GDAL reads (Shapefile, GeoPackage, GeoJSON, FlatGeobuf,
        GeoTIFF ...).
    layer : str or int, optional
        Vector layer; the first one by default.
    check_geometry : bool
        Count invalid, empty and missing geometries (reads the geometries).

    Returns
    -------
    LayerInfo

    Raises
    ------
    LayerReadError
        Missing or unreadable file, unknown layer.
    """
    path = check_input_path(path, "Layer")
    if not str(path).startswith("/vsi") and not path.exists():
        raise LayerReadError(f"File not found: '{path}'. Check the path and file name.", key="file_not_found",
                             path=str(path))
    if path.suffix.lower() in _RASTER_SUFFIXES:
        return _describe_raster(path)
    if path.suffix.lower() in _TABLE_SUFFIXES:
        return _describe_table(path, layer)
    try:
        return _describe_vector(path, layer, check_geometry)
    except LayerReadError:
        if layer is None and path.is_file():
            raster = _try_raster(path)
            if raster is not None:
                return raster
        raise


def _describe_vector(path: Path, layer: str | int | None, check_geometry: bool) -> LayerInfo:
    import pyogrio  # lazy: pulls in GDAL

    from smartzone.layers.vector import (
        CODE_FIELD_CANDIDATES,
        NAME_FIELD_CANDIDATES,
        _open_with_encoding,
    )

    info, enc = _open_with_encoding(path, layer, None)
    layer_name = str(info["layer_name"])
    driver = str(info["driver"])
    kwargs: dict[str, Any] = {}
    if driver == "ESRI Shapefile":
        kwargs["encoding"] = enc.encoding
    try:
        names = [str(n) for n in pyogrio.list_layers(path)[:, 0]]
    except Exception:  # noqa: BLE001 - the layer list is a nicety
        names = [layer_name]
    fields = [
        (str(name), _type_label(ogr_type, subtype))
        for name, ogr_type, subtype in zip(
            info["fields"], info["ogr_types"], info["ogr_subtypes"], strict=True
        )
    ]
    try:
        crs = crs_label(parse_crs(info["crs"])) if info.get("crs") else crs_label(None)
    except CRSError:
        crs = f"{info['crs']} (not understood)"
    bounds = info.get("total_bounds")
    result = LayerInfo(
        path=str(path),
        layer=layer_name,
        kind="vector",
        driver=driver,
        crs=crs,
        feature_count=int(info["features"]) if info.get("features", -1) >= 0 else None,
        geometry_type=info.get("geometry_type"),
        fields=fields,
        encoding=enc.encoding,
        encoding_source=enc.source,
        bounds=tuple(float(b) for b in bounds) if bounds is not None else None,  # type: ignore[arg-type]
        layers=names,
        code_field=_match(fields, CODE_FIELD_CANDIDATES),
        name_field=_match(fields, NAME_FIELD_CANDIDATES),
    )
    if check_geometry and result.geometry_type is not None:
        _check_geometries(path, layer_name, kwargs, result)
    return result


def _type_label(ogr_type: str, subtype: str) -> str:
    label = str(ogr_type).removeprefix("OFT")
    sub = str(subtype).removeprefix("OFST")
    return f"{label} ({sub})" if sub and sub != "None" else label


def _match(fields: list[tuple[str, str]], candidates: tuple[str, ...]) -> str | None:
    lower = {name.lower(): name for name, _ in fields}
    return next((lower[c] for c in candidates if c in lower), None)


def _check_geometries(path: Path, layer: str, kwargs: dict[str, Any], result: LayerInfo) -> None:
    import numpy as np
    import pyogrio
    import shapely

    try:
        meta, table = pyogrio.read_arrow(
            path, layer=layer, columns=[], read_geometry=True, return_fids=True, **kwargs
        )
    except Exception as exc:  # noqa: BLE001 - GDAL raises several types here
        raise LayerReadError(
            f"Cannot read the geometries of '{path}' (layer '{layer}'): {exc}.", key="features_unreadable",
            path=str(path), layer=str(layer), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
        ) from exc
    geometry_name = meta.get("geometry_name") or "wkb_geometry"
    if geometry_name not in table.column_names:
        geometry_name = table.column_names[-1]
    geoms = shapely.from_wkb(table.column(geometry_name).to_numpy(zero_copy_only=False))
    missing = shapely.is_missing(geoms)
    empty = ~missing & shapely.is_empty(geoms)
    invalid = ~missing & ~empty & ~shapely.is_valid(geoms)
    result.null_count = int(missing.sum())
    result.empty_count = int(empty.sum())
    result.invalid_count = int(invalid.sum())
    fid_name = meta.get("fid_column") or "OGC_FID"
    if fid_name in table.column_names:
        fids = table.column(fid_name).to_numpy()
        result.invalid_fids = [int(f) for f in fids[invalid][:_EXAMPLES]]
    type_ids = shapely.get_type_id(geoms[~missing])
    names = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
             5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}  # fmt: skip
    values, counts = np.unique(type_ids, return_counts=True)
    result.geometry_types = {
        names.get(int(v), str(v)): int(c) for v, c in zip(values, counts, strict=True)
    }


def _describe_table(path: Path, sheet: str | int | None) -> LayerInfo:
    """Describe a CSV / XLSX indicator table as :func:`read_table` would read it."""
    from smartzone.layers.tables import read_table

    table = read_table(path, sheet=sheet)
    numeric = set(table.numeric_columns)
    return LayerInfo(
        path=str(path),
        layer=table.sheet,
        kind="table",
        driver="XLSX" if table.encoding == "xlsx" else "CSV",
        crs=crs_label(None),
        feature_count=len(table.frame),
        fields=[(table.code_column, "Code")]
        + [(str(c), "Real" if c in numeric else "String") for c in table.frame.columns],
        encoding=None if table.encoding == "xlsx" else table.encoding,
        encoding_source=table.encoding_source,
        code_field=table.code_column,
        name_field=table.name_column,
        level=table.level,
        header_row=table.header_row,
        warnings=list(table.warnings),
    )


def _try_raster(path: Path) -> LayerInfo | None:
    try:
        return _describe_raster(path)
    except LayerReadError:
        return None


def _describe_raster(path: Path) -> LayerInfo:
    import rasterio  # lazy
    from rasterio.errors import RasterioIOError

    try:
        with rasterio.open(path) as src:
            crs = crs_label(parse_crs(src.crs.to_wkt())) if src.crs else crs_label(None)
            b = src.bounds
            return LayerInfo(
                path=str(path),
                layer=None,
                kind="raster",
                driver=src.driver,
                crs=crs,
                bounds=(b.left, b.bottom, b.right, b.top),
                width=src.width,
                height=src.height,
                band_count=src.count,
                dtypes=[str(d) for d in src.dtypes],
                nodata=float(src.nodata) if src.nodata is not None else None,
                resolution=(float(src.res[0]), float(src.res[1])),
            )
    except RasterioIOError as exc:
        raise LayerReadError(
            f"Cannot read '{path}' as a raster ({str(exc).splitlines()[0]}). "
            f"Check that the file is a complete GeoTIFF.", key="raster_unreadable", path=str(path),
            detail=str(exc).splitlines()[0],
        ) from exc


def _display_width(text: str) -> int:
    """Terminal columns of ``text``: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fmt_number(value: float) -> str:
    return f"{value:,.2f}" if abs(value) < 1e7 else f"{value:.6g}"


def format_info(info: LayerInfo) -> str:
    """Render a :class:`LayerInfo` as aligned plain text (Korean names as they are).

    Parameters
    ----------
    info : LayerInfo

    Returns
    -------
    str
        Several lines, no trailing newline.
    """
    if info.kind == "table":
        return _format_table(info)
    rows: list[tuple[str, str]] = [("File", info.path), ("Driver", info.driver)]
    if info.kind == "vector":
        if len(info.layers) > 1:
            rows.append(("Layers", ", ".join(info.layers) + " (choose with --layer)"))
        rows.append(("Layer", str(info.layer)))
    crs = info.crs
    if crs.startswith("none") and info.geometry_type is not None:
        crs += ": choose one (assume_crs) when loading"
    rows.append(("CRS", crs))
    if info.kind == "vector":
        rows.append(("Features", f"{info.feature_count:,}" if info.feature_count is not None else "unknown"))
        geometry = str(info.geometry_type or "none (attribute table)")
        if info.geometry_types:
            found = ", ".join(f"{k} {v:,}" for k, v in info.geometry_types.items())
            geometry += f" (found: {found})"
        rows.append(("Geometry", geometry))
        if info.encoding:
            how = {
                "cpg": "from the .cpg file",
                "detected": "detected from the DBF bytes",
                "ascii": "ASCII only",
                "format": "fixed by the format",
                "explicit": "given",
            }.get(info.encoding_source or "", info.encoding_source or "")
            rows.append(("Encoding", f"{info.encoding} ({how})"))
    else:
        rows.append(("Size", f"{info.width} x {info.height} pixels, {info.band_count} band(s)"))
        rows.append(("Data type", ", ".join(info.dtypes)))
        rows.append(("No-data", "none" if info.nodata is None else f"{info.nodata:g}"))
        if info.resolution:
            rows.append(("Pixel size", f"{info.resolution[0]:g} x {info.resolution[1]:g}"))
    if info.bounds is not None:
        x0, y0, x1, y1 = info.bounds
        rows.append(
            ("Extent", f"{_fmt_number(x0)}, {_fmt_number(y0)} : {_fmt_number(x1)}, {_fmt_number(y1)}")
        )
    if info.kind == "vector":
        if info.code_field or info.name_field:
            rows.append(
                ("District keys", f"code = {info.code_field or '?'}, name = {info.name_field or '(none)'}")
            )
        if info.invalid_count is not None:
            check = (
                f"{info.invalid_count:,} invalid, {info.empty_count:,} empty, "
                f"{info.null_count:,} missing"
            )
            if info.invalid_fids:
                more = " ..." if (info.invalid_count or 0) > len(info.invalid_fids) else ""
                check += f" (invalid fid: {', '.join(map(str, info.invalid_fids))}{more})"
            rows.append(("Geometry check", check))
    lines = _aligned(rows)
    if info.kind == "vector":
        lines.extend(_field_lines(info.fields))
    return "\n".join(lines)


def _aligned(rows: list[tuple[str, str]]) -> list[str]:
    width = max(len(k) for k, _ in rows) + 1
    return [f"{k + ':':<{width}} {v}" for k, v in rows]


def _field_lines(fields: list[tuple[str, str]]) -> list[str]:
    name_width = max((_display_width(n) for n, _ in fields), default=0)
    return [f"Fields ({len(fields)}):"] + [
        f"  {name}{' ' * (name_width - _display_width(name))}  {kind}" for name, kind in fields
    ]


def _format_table(info: LayerInfo) -> str:
    rows = [("File", info.path), ("Kind", f"indicator table ({info.driver})")]
    if info.layer:
        rows.append(("Sheet", info.layer))
    if info.encoding:
        rows.append(("Encoding", f"{info.encoding} ({info.encoding_source})"))
    if info.header_row is not None:
        rows.append(("Header", f"line {info.header_row + 1}"))
    rows.append(("Rows", f"{info.feature_count:,}" if info.feature_count is not None else "?"))
    rows.append(("Code column", f"{info.code_field} (level {info.level})"))
    rows.append(("Name column", info.name_field or "(none)"))
    lines = _aligned(rows) + [f"Note: {w}" for w in info.warnings]
    return "\n".join(lines + _field_lines(info.fields))
