"""Verified, atomic export of scored districts: Shapefile, GeoPackage, CSV.

Every writer here

* refuses to replace an existing export unless ``overwrite=True``;
* writes everything into a staging folder *in the target folder*, reads it back
  and verifies it (feature count, CRS, Korean text, DBF field names), and only
  then commits the files as one unit through :class:`smartzone.layers.atomic.FileSet`
  (journaled: a killed export is rolled back by the next run); on any failure
  nothing partial remains and a previous export is intact. Pass one ``fileset`` to
  several writers to commit a whole run (GeoPackage + CSV + shapefile) at once;
* returns an :class:`ExportReport` (paths, counts, CRS, encoding, field-name
  map, warnings, repaired geometries).

Shapefiles are written for official submission: attributes in CP949 (Korean
Windows, the default) or UTF-8 with a ``.cpg`` saying which, DBF field names
shortened to 10 bytes in that encoding (see :mod:`smartzone.layers.fieldnames`)
with a mapping file, a metadata file (JSON and text), optionally a QGIS style
(``.qml``) and optionally one ``.zip`` package.

Qt-free.
"""
from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import errno
import json
import math
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

import numpy as np
import pandas as pd

from smartzone.layers._guard import guard
from smartzone.layers.atomic import FileSet, check_replaceable
from smartzone.layers.errors import CRSError, ExportError
from smartzone.layers.fieldnames import (
    DBF_NAME_MAX_BYTES,
    field_map_csv_text,
    normalize_encoding,
    read_dbf_field_names,
    shorten_field_names,
    truncate_to_bytes,
)
from smartzone.layers.notes import ReadingNote
from smartzone.layers.qml import StyleSpec, style_to_qml

__all__ = [
    "DBF_TEXT_MAX_BYTES",
    "SHAPEFILE_SUFFIXES",
    "FORMULA_PREFIXES",
    "ExportReport",
    "export_shapefile",
    "csvw_metadata",
    "neutralise_formula",
    "write_csv",
    "write_gpkg",
]

DBF_TEXT_MAX_BYTES = 254
"""Longest text value a DBF character field holds, in bytes of the file's encoding."""

#: Files that belong to one shapefile export ``<name><suffix>`` (written or stale).
SHAPEFILE_SUFFIXES: tuple[str, ...] = (
    ".shp",
    ".shx",
    ".dbf",
    ".prj",
    ".cpg",
    ".qml",
    ".qix",
    ".sbn",
    ".sbx",
    ".shp.xml",
    "_fields.csv",
    "_metadata.json",
    "_metadata.txt",
)

_CPG_NAMES = {"cp949": "CP949", "utf-8": "UTF-8", "euc_kr": "EUC-KR"}
# dBASE language-driver ids (header byte 29) that GDAL, ArcGIS and QGIS map to a code page.
_DBF_LDID = {"cp949": 0x79, "euc_kr": 0x79}
_FORBIDDEN_NAME_CHARS = set('/\\:*?"<>|')


@dataclass
class ExportReport:
    """What an export wrote and how it verified.

    Attributes
    ----------
    path
        The main output: ``.shp``, ``.zip``, ``.gpkg`` or ``.csv``.
    paths
        Every file written (inside the parent directory; for a zip just the zip).
    format
        ``"ESRI Shapefile"``, ``"GPKG"`` or ``"CSV"``.
    feature_count
        Rows written (and read back).
    crs
        ``"EPSG:5179"`` etc. (``None`` for CSV).
    crs_label
        ``"EPSG:5179 (Korea 2000 / Unified CS)"``.
    encoding
        Attribute encoding as written in the ``.cpg`` (``"CP949"``, ``"UTF-8"``).
    field_map
        Full column name -> name in the file (shortened for a shapefile).
    warnings
        Human-readable warnings (datum shift, truncated text, repaired geometries ...).
    repaired
        Number of geometries that were invalid and repaired with ``make_valid``.
    verified
        True once the read-back checks passed (always True on a returned report).
    """

    path: Path
    paths: list[Path]
    format: str
    feature_count: int
    crs: str | None
    crs_label: str | None
    encoding: str
    field_map: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    repaired: int = 0
    verified: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-able dict (paths as strings)."""
        data = asdict(self)
        data["path"] = str(self.path)
        data["paths"] = [str(p) for p in self.paths]
        return data

    def summary(self) -> str:
        """A few lines for the command line / status bar."""
        lines = [
            f"{self.format}: {self.path} ({self.feature_count} features"
            + (f", {self.crs_label}" if self.crs_label else "")
            + f", {self.encoding})",
        ]
        if self.repaired:
            lines.append(f"  repaired geometries: {self.repaired}")
        renamed = {k: v for k, v in self.field_map.items() if k != v}
        if renamed:
            lines.append(f"  shortened field names: {len(renamed)} (see the _fields.csv mapping)")
        lines.extend(f"  warning: {w}" for w in self.warnings)
        return "\n".join(lines)


# ---------------------------------------------------------------------------
# small helpers


def _software_version() -> str:
    try:
        from importlib.metadata import version

        return version("smartzone")
    except Exception:  # pragma: no cover - not installed
        return "unknown"


def _check_name(name: str) -> str:
    name = str(name).strip()
    if not name or name in {".", ".."} or any(c in _FORBIDDEN_NAME_CHARS for c in name):
        raise ExportError(
            f"Export name {name!r} is not a valid file name (no path separators or any of "
            f"{''.join(sorted(_FORBIDDEN_NAME_CHARS))}).",
            key="export_bad_name", name=name, chars="".join(sorted(_FORBIDDEN_NAME_CHARS))
        )
    if name.lower().endswith(".shp"):
        name = name[:-4]
    return name


def _resolve_crs(crs: Any) -> Any:
    from smartzone.layers.crs import parse_crs

    try:
        return parse_crs(crs)
    except CRSError as exc:
        raise ExportError(f"Cannot export: {exc}", key=exc.key, **exc.params) from exc


def _crs_id(crs: Any) -> str:
    code = crs.to_epsg(min_confidence=70)
    if code is not None:
        return f"EPSG:{code}"
    auth = crs.to_authority(min_confidence=70)
    if auth is not None:
        return f"{auth[0]}:{auth[1]}"
    return str(crs.name)


def _crs_matches(read_crs: Any, target: Any) -> bool:
    from pyproj import CRS

    if read_crs is None:
        return False
    try:
        got = CRS.from_user_input(read_crs)
    except Exception:
        return False
    if got.equals(target, ignore_axis_order=True):
        return True
    a, b = got.to_epsg(min_confidence=70), target.to_epsg(min_confidence=70)
    return a is not None and a == b


def _row_label(frame: pd.DataFrame, pos: int) -> str:
    label = f"row {pos + 1}"
    for col in ("code", "name"):
        if col in frame.columns:
            value = frame[col].iloc[pos]
            if value is not None and not (isinstance(value, float) and math.isnan(value)):
                label += f" ({col} {value})"
            break
    return label


def _district(frame: pd.DataFrame, pos: int) -> str:
    """The code or name of row ``pos`` (empty when the frame has neither)."""
    for col in ("code", "name"):
        if col in frame.columns:
            value = frame[col].iloc[pos]
            if value is not None and not (isinstance(value, float) and math.isnan(value)):
                return str(value)
    return ""


def _datum_shift_warning(source: Any, target: Any, frame: Any) -> str | None:
    """Warning text when ``target`` or ``source`` is a legacy Bessel system, else None."""
    from pyproj import Geod, Transformer

    from smartzone.layers.crs import describe_transform, is_legacy_bessel

    if not (is_legacy_bessel(target) or is_legacy_bessel(source)):
        return None
    if source.equals(target):
        return ReadingNote(
            "datum_unshifted",
            f"The output CRS {_crs_label(target)} is a legacy Bessel (Tokyo / Korean 1985) "
            f"system and the data were already in it: no datum shift was applied. Users on "
            f"Korea 2000 systems (EPSG:5179, 5186) must apply a datum shift of several hundred metres.",
            crs=_crs_label(target))
    info = describe_transform(source, target)
    shift, metres = "", math.nan
    try:
        if len(frame):
            x0, y0, x1, y1 = frame.total_bounds
            to_geo = Transformer.from_crs(source, source.geodetic_crs, always_xy=True)
            lon, lat = to_geo.transform((x0 + x1) / 2, (y0 + y1) / 2)
            datum = Transformer.from_crs(source.geodetic_crs, target.geodetic_crs, always_xy=True)
            lon2, lat2 = datum.transform(lon, lat)
            metres = Geod(ellps="GRS80").inv(lon, lat, lon2, lat2)[2]
            if math.isfinite(metres):
                shift = f" The datum shift here is about {metres:,.0f} m."
    except Exception:  # pragma: no cover - purely informative
        shift = ""
    accuracy = f"stated accuracy {info.accuracy_m:g} m" if info.accuracy_m is not None else "accuracy not stated"
    return ReadingNote(
        "datum_shift",
        f"Legacy Bessel system: coordinates were transformed from {info.source} to {info.target} "
        f"with a datum shift between Korea 2000 (GRS80, ITRF2000) and the Bessel 1841 "
        f"(Tokyo / Korean 1985) datum, using '{info.description}' ({accuracy}).{shift} "
        f"Check alignment against the recipient's base map; prefer EPSG:5179 or EPSG:5186.",
        source=str(info.source), target=str(info.target), operation=str(info.description),
        accuracy=info.accuracy_m, metres=float(metres) if math.isfinite(metres) else None)


def _json_default(obj: Any) -> Any:
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, pd.Series):
        return {str(k): v for k, v in obj.to_dict().items()}
    if isinstance(obj, pd.DataFrame):
        return obj.to_dict(orient="records")
    if isinstance(obj, (Path, _dt.date, _dt.datetime)):
        return str(obj)
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if hasattr(obj, "to_dict"):
        return obj.to_dict()
    return str(obj)


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value))
    except TypeError:  # pragma: no cover
        return False


def _text_columns(frame: pd.DataFrame) -> list[str]:
    geom = getattr(frame, "_geometry_column_name", None)
    out = []
    for col in frame.columns:
        if col == geom:
            continue
        dtype = frame[col].dtype
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            out.append(col)
    return out


def _norm_text(value: Any) -> str:
    return "" if _is_missing(value) else str(value)


# ---------------------------------------------------------------------------
# atomic staging / commit


def _existing(paths: Iterable[Path]) -> list[Path]:
    return [p for p in paths if p.exists() or p.is_symlink()]


def _refuse_overwrite(existing: list[Path], overwrite: bool) -> None:
    for p in existing:  # a folder named like an output is the user's: never replaced
        check_replaceable(p)
    if existing and not overwrite:
        shown = ", ".join(str(p) for p in existing[:6]) + (" ..." if len(existing) > 6 else "")
        raise ExportError(
            f"Refusing to overwrite existing file(s): {shown}. Choose another name or pass "
            f"overwrite=True (command line: --overwrite).",
            key="export_exists", files=[p.name for p in existing]
        )


@contextlib.contextmanager
def _own_or_shared(folder: Path, fileset: FileSet | None, overwrite: bool) -> Iterator[tuple[FileSet, bool]]:
    """The caller's :class:`FileSet` (committed by the caller) or a new one committed here."""
    if fileset is not None:
        if fileset.folder.resolve() != folder.resolve():
            raise ExportError(f"{folder} is not the folder of this export set ({fileset.folder}).")
        yield fileset, False
        return
    with FileSet(folder, overwrite=overwrite) as own:
        yield own, True


# ---------------------------------------------------------------------------
# geometry and attribute preparation


def _prepare_geometries(frame: Any, target: Any, what: str, file: Path | None = None) -> tuple[Any, int]:
    """Reproject to ``target``, repair invalid geometries, keep polygonal parts.

    Returns the new GeoDataFrame and the number of repaired geometries.
    """
    import geopandas as gpd
    import shapely
    from shapely.geometry import MultiPolygon, Polygon

    if not isinstance(frame, gpd.GeoDataFrame):
        raise ExportError(f"{what}: expected a GeoDataFrame with district geometries.")
    at = {"path": str(file)} if file is not None else {}
    if len(frame) == 0:
        raise ExportError(f"{what}: the table has no districts; nothing to export.", key="export_empty", **at)
    if frame.crs is None:
        raise ExportError(
            f"{what}: the districts have no coordinate reference system; cannot reproject.", key="export_no_crs", **at
        )
    gdf = frame.copy()
    geoms = gdf.geometry.values
    missing = shapely.is_missing(np.asarray(geoms)) | shapely.is_empty(np.asarray(geoms))
    if missing.any():
        pos = int(np.flatnonzero(missing)[0])
        raise ExportError(
            f"{what}: {_row_label(gdf, pos)} has an empty geometry ({int(missing.sum())} in all); "
            f"remove or fix those districts before exporting.", key="export_empty_geometry", row=pos + 1,
            district=_district(gdf, pos), count=int(missing.sum()), **at,
        )
    if not gdf.crs.equals(target):  # type: ignore[union-attr]  # frame.crs checked above
        try:
            gdf = gdf.to_crs(target)
        except Exception as exc:
            raise ExportError(f"{what}: cannot reproject to {_crs_id(target)} ({exc}).", key="export_reproject",
                              crs=_crs_id(target), detail=str(exc).splitlines()[0] if str(exc) else type(exc).__name__,
                              **at) from exc
    arr = np.asarray(gdf.geometry.values)
    if not np.all(np.isfinite(shapely.bounds(arr))):
        raise ExportError(f"{what}: reprojection to {_crs_id(target)} gave non-finite coordinates.",
                          key="export_reproject_invalid", crs=_crs_id(target), **at)
    invalid = ~shapely.is_valid(arr)
    repaired = int(invalid.sum())
    if repaired:
        fixed = shapely.make_valid(arr[invalid])
        arr = arr.copy()
        arr[invalid] = fixed
    out = []
    for pos, geom in enumerate(arr):
        if isinstance(geom, (Polygon, MultiPolygon)):
            out.append(geom)
            continue
        parts = [
            g for g in shapely.get_parts(geom) if isinstance(g, (Polygon, MultiPolygon)) and not g.is_empty
        ]
        polys: list[Polygon] = []
        for g in parts:
            polys.extend(g.geoms if isinstance(g, MultiPolygon) else [g])
        if not polys:
            raise ExportError(
                f"{what}: {_row_label(gdf, pos)} has no polygon area (geometry type "
                f"{geom.geom_type}); only district polygons can be exported.", key="export_not_polygon",
                row=pos + 1, district=_district(gdf, pos), kind=str(geom.geom_type), **at,
            )
        out.append(polys[0] if len(polys) == 1 else MultiPolygon(polys))
    gdf = gdf.set_geometry(gpd.GeoSeries(out, index=gdf.index, crs=target))
    return gdf, repaired


def _prepare_attributes(
    gdf: Any, encoding: str | None, what: str, warn: list[str]
) -> Any:
    """Make attribute columns writable: str column names, bool -> int, objects -> text.

    With ``encoding`` (shapefile), text is checked to be encodable and cut to
    the DBF limit of 254 bytes on a character boundary.
    """
    geom_name = gdf.geometry.name
    rename = {c: str(c) for c in gdf.columns if not isinstance(c, str)}
    if rename:
        gdf = gdf.rename(columns=rename)
    for col in list(gdf.columns):
        if col == geom_name:
            continue
        series = gdf[col]
        dtype = series.dtype
        if pd.api.types.is_bool_dtype(dtype):
            gdf[col] = series.astype("Int64" if series.isna().any() else "int64")
        elif isinstance(dtype, pd.CategoricalDtype):
            gdf[col] = series.astype(object).where(series.notna(), None)
        elif pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            values: list[str | None] = []
            for v in series.tolist():
                if _is_missing(v):
                    values.append(None)
                elif isinstance(v, str):
                    values.append(v)
                elif isinstance(v, (dict, list, tuple)):
                    values.append(json.dumps(v, ensure_ascii=False, default=_json_default))
                else:
                    values.append(str(v))
            gdf[col] = pd.Series(values, index=series.index, dtype=object)
    if encoding is None:
        return gdf
    truncated: dict[str, int] = {}
    for col in _text_columns(gdf):
        values = gdf[col].tolist()
        changed = False
        for pos, v in enumerate(values):
            if v is None:
                continue
            try:
                raw = v.encode(encoding)
            except UnicodeEncodeError as exc:
                bad = v[exc.start : exc.end]
                raise ExportError(
                    f"{what}: field {col!r}, {_row_label(gdf, pos)}: the text {v!r} contains "
                    f"{bad!r} (U+{ord(bad[0]):04X}), which {encoding.upper()} cannot store. "
                    f"Export with encoding='utf-8' or change the text.",
                    key="export_encoding", field=col, row=_row_label(gdf, pos), char=bad, encoding=encoding.upper()
                ) from exc
            if len(raw) > DBF_TEXT_MAX_BYTES:
                values[pos] = truncate_to_bytes(v, DBF_TEXT_MAX_BYTES, encoding)
                truncated[col] = truncated.get(col, 0) + 1
                changed = True
        if changed:
            gdf[col] = pd.Series(values, index=gdf.index, dtype=object)
    for col, n in truncated.items():
        warn.append(ReadingNote(
            "text_cut", f"Field {col!r}: {n} text value(s) longer than {DBF_TEXT_MAX_BYTES} bytes were cut "
            f"to fit the DBF limit (full text is in the GeoPackage/CSV exports).",
            field=str(col), count=n, limit=DBF_TEXT_MAX_BYTES))
    return gdf


# ---------------------------------------------------------------------------
# metadata


def _metadata_document(metadata: Mapping[str, Any] | None, report: ExportReport) -> dict[str, Any]:
    user = dict(metadata or {})
    return {
        "metadata": user,
        "export": {
            "format": report.format,
            "file": report.path.name,
            "crs": report.crs,
            "crs_label": report.crs_label,
            "encoding": report.encoding,
            "feature_count": report.feature_count,
            "repaired_geometries": report.repaired,
            "field_map": report.field_map,
            "warnings": report.warnings,
        },
        "software": {
            "name": "SmartZone",
            "version": _software_version(),
            "gdal": _gdal_version(),
            "exported_at": _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        },
    }


def _gdal_version() -> str:
    try:
        import pyogrio

        return str(pyogrio.__gdal_version_string__)
    except Exception:  # pragma: no cover
        return "unknown"


def _lookup(meta: Mapping[str, Any], *keys: str) -> Any:
    for source in (
        meta,
        cast("Mapping[str, Any]", meta.get("recipe")) if isinstance(meta.get("recipe"), Mapping) else {},
    ):
        for key in keys:
            if key in source and source[key] not in (None, "", [], {}):
                return source[key]
    return None


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def _metadata_text(doc: Mapping[str, Any]) -> str:
    """Human-readable (Korean / English) rendering of the metadata document."""
    meta: Mapping[str, Any] = doc.get("metadata", {})
    exp: Mapping[str, Any] = doc["export"]
    sw: Mapping[str, Any] = doc["software"]
    lines = ["SmartZone 내보내기 메타데이터 / export metadata", "=" * 48]

    def item(ko: str, en: str, value: Any) -> None:
        if value not in (None, "", [], {}):
            lines.append(f"{ko} ({en}): {_fmt(value)}")

    item("제목", "Title", _lookup(meta, "title", "name"))
    item("일시", "Date", sw["exported_at"])
    item("소프트웨어", "Software", f"SmartZone {sw['version']} (GDAL {sw['gdal']})")
    item("파일", "File", exp["file"])
    item("형식", "Format", exp["format"])
    item("좌표계", "CRS", exp["crs_label"])
    item("문자 인코딩", "Encoding", exp["encoding"])
    item("피처 수", "Features", exp["feature_count"])
    lines.append(f"보정된 도형 (Repaired geometries): {exp['repaired_geometries']}")

    method = _lookup(meta, "method_name", "method", "scorer")
    item("방법", "Method", method)
    item("매개변수", "Parameters", _lookup(meta, "params", "parameters"))
    weights = _lookup(meta, "weights")
    if isinstance(weights, Mapping):
        lines.append("가중치 (Weights):")
        lines.extend(f"  - {k}: {_fmt(v)}" for k, v in weights.items())
    else:
        item("가중치", "Weights", weights)
    criteria = _lookup(meta, "criteria")
    if isinstance(criteria, list):
        lines.append("평가 기준 (Criteria):")
        for c in criteria:
            if isinstance(c, Mapping):
                std = c.get("standardization", {})
                std_name = std.get("method") if isinstance(std, Mapping) else std
                label = c.get("label_ko") or c.get("label_en") or ""
                head = f"{c.get('indicator', '?')}" + (f" ({label})" if label else "")
                details = ", ".join(
                    s
                    for s in (
                        f"year {c['year']}" if c.get("year") else "",
                        f"unit {c['unit']}" if c.get("unit") else "",
                        f"direction {c['direction']}" if c.get("direction") else "",
                        f"standardization {std_name}" if std_name else "",
                        f"weight {_fmt(c['weight'])}" if "weight" in c else "",
                        f"missing {c['missing']}" if c.get("missing") else "",
                        f"constraints {_fmt(c['constraints'])}" if c.get("constraints") else "",
                    )
                    if s
                )
                lines.append(f"  - {head}: {details}")
            else:
                lines.append(f"  - {_fmt(c)}")
    sources = _lookup(meta, "sources", "data_sources")
    if isinstance(sources, Mapping):  # resources metadata form: {id: {name_ko, licence, ...}}
        sources = [
            {"name": v.get("name") or v.get("name_ko") or v.get("name_en") or k,
             "licence": v.get("licence") or v.get("license"),
             "attribution": v.get("attribution") or v.get("attribution_ko") or v.get("publisher"),
             "url": v.get("url")} if isinstance(v, Mapping) else f"{k}: {v}"
            for k, v in sources.items()
        ]
    if isinstance(sources, list):
        lines.append("자료 출처 및 이용 조건 (Data sources and licences):")
        for s in sources:
            if isinstance(s, Mapping):
                parts = [str(s.get("name", "?"))]
                for key in ("licence", "license", "attribution", "url", "year"):
                    if s.get(key):
                        parts.append(f"{key}: {s[key]}")
                lines.append("  - " + "; ".join(parts))
            else:
                lines.append(f"  - {s}")
    shown = {"title", "name", "method_name", "method", "scorer", "params", "parameters", "weights",
             "criteria", "sources", "data_sources", "recipe", "indicators"}
    others = {k: v for k, v in meta.items() if k not in shown}
    recipe = meta.get("recipe")
    if isinstance(recipe, Mapping):
        others.update({f"recipe.{k}": v for k, v in recipe.items() if k not in shown})
    if others:
        lines.append("기타 (Other):")
        lines.extend(f"  - {k}: {_fmt(v)}" for k, v in others.items())
    renamed = {k: v for k, v in exp["field_map"].items()}
    if renamed:
        lines.append("필드 이름 (Field names, full -> in file):")
        lines.extend(f"  - {k} -> {v}" for k, v in renamed.items())
    if exp["warnings"]:
        lines.append("경고 (Warnings):")
        lines.extend(f"  - {w}" for w in exp["warnings"])
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------------------
# verification


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _read_back(message: str, path: Path | str, check: str, **params: Any) -> ExportError:
    """A written file that does not read back as written (``check``: what differs), keyed
    ``export_read_back``; the staged file has the final file's name, and nothing was committed."""
    return ExportError(message, key="export_read_back", path=str(path), check=check, **params)


def _verify_shapefile(
    shp: Path,
    *,
    source: Any,
    short_names: list[str],
    encoding: str,
    cpg: str,
    target: Any,
    what: str,
    text_columns: list[str],
) -> None:
    import pyogrio

    n = len(source)
    try:
        info = pyogrio.read_info(shp)
    except Exception as exc:
        raise _read_back(f"{what}: written file {shp.name} cannot be read back ({exc}).", shp, "unreadable",
                         detail=_first_line(exc)) from exc
    if info["features"] != n:
        raise _read_back(f"{what}: read back {info['features']} features, expected {n}.", shp, "features",
                         got=int(info["features"]), expected=n)
    if not _crs_matches(info["crs"], target):
        raise _read_back(f"{what}: read back CRS {info['crs']!r}, expected {_crs_id(target)}.", shp, "crs",
                         got=str(info["crs"] or "-"), expected=_crs_id(target))
    if list(info["fields"]) != short_names:
        raise _read_back(
            f"{what}: read back fields {list(info['fields'])}, expected {short_names}.", shp, "fields",
            got=[str(f) for f in info["fields"]], expected=list(short_names),
        )
    cpg_path = shp.with_suffix(".cpg")
    if not cpg_path.exists() or cpg_path.read_text(encoding="ascii", errors="replace").strip() != cpg:
        raise _read_back(f"{what}: {cpg_path.name} is missing or does not say {cpg}.", shp, "cpg",
                         file=cpg_path.name, expected=cpg)
    raw_names = read_dbf_field_names(shp.with_suffix(".dbf"))
    seen: set[str] = set()
    for raw, expected in zip(raw_names, short_names, strict=False):
        shown = raw.decode(encoding, errors="replace")
        if len(raw) > DBF_NAME_MAX_BYTES:
            raise _read_back(f"{what}: DBF field name {raw!r} is longer than 10 bytes.", shp, "dbf_name",
                             name=shown, expected=expected)
        try:
            decoded = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise _read_back(f"{what}: DBF field name {raw!r} does not decode as {cpg}.", shp, "dbf_name",
                             name=shown, expected=expected) from exc
        if decoded != expected:
            raise _read_back(f"{what}: DBF field name {decoded!r} differs from {expected!r}.", shp, "dbf_name",
                             name=decoded, expected=expected)
        if decoded.casefold() in seen:
            raise _read_back(f"{what}: DBF field name {decoded!r} is not unique.", shp, "dbf_name",
                             name=decoded, expected=expected)
        seen.add(decoded.casefold())
    if len(raw_names) != len(short_names):
        raise _read_back(f"{what}: the DBF has {len(raw_names)} fields, expected {len(short_names)}.", shp,
                         "fields", got=[r.decode(encoding, errors="replace") for r in raw_names],
                         expected=list(short_names))
    back = pyogrio.read_dataframe(shp)
    if back.geometry.isna().any() or back.geometry.is_empty.any():
        raise _read_back(f"{what}: some geometries read back empty.", shp, "geometry",
                         count=int((back.geometry.isna() | back.geometry.is_empty).sum()))
    for full, short in zip(source.columns.drop(source.geometry.name), short_names, strict=True):
        if full not in text_columns:
            continue
        want = [_norm_text(v) for v in source[full].tolist()]
        got = [_norm_text(v) for v in back[short].tolist()]
        for pos, (a, b) in enumerate(zip(want, got, strict=True)):
            if a.rstrip() != b.rstrip():
                raise _read_back(
                    f"{what}: field {short!r}, {_row_label(source, pos)} reads back as {b!r}, "
                    f"expected {a!r} (encoding problem).", shp, "text",
                    field=short, row=pos + 1, got=b, expected=a,
                )


def _verify_gpkg(path: Path, layer: str, source: Any, target: Any, style: bool, what: str) -> None:
    import pyogrio

    from smartzone.layers.gpkg_style import read_layer_styles

    try:
        info = pyogrio.read_info(path, layer=layer)
    except Exception as exc:
        raise _read_back(f"{what}: cannot read layer {layer!r} back ({exc}).", path, "unreadable",
                         detail=_first_line(exc)) from exc
    if info["features"] != len(source):
        raise _read_back(f"{what}: read back {info['features']} features, expected {len(source)}.", path,
                         "features", got=int(info["features"]), expected=len(source))
    if not _crs_matches(info["crs"], target):
        raise _read_back(f"{what}: read back CRS {info['crs']!r}, expected {_crs_id(target)}.", path, "crs",
                         got=str(info["crs"] or "-"), expected=_crs_id(target))
    expected = [c for c in source.columns if c != source.geometry.name]
    if list(info["fields"]) != expected:
        raise _read_back(f"{what}: read back fields {list(info['fields'])}, expected {expected}.", path,
                         "fields", got=[str(f) for f in info["fields"]], expected=expected)
    text = _text_columns(source)
    if text:
        back = pyogrio.read_dataframe(path, layer=layer, columns=text, read_geometry=False)
        for col in text:
            want = [_norm_text(v) for v in source[col].tolist()]
            got = [_norm_text(v) for v in back[col].tolist()]
            if want != got:
                pos = next(i for i, (a, b) in enumerate(zip(want, got, strict=True)) if a != b)
                raise _read_back(
                    f"{what}: field {col!r}, {_row_label(source, pos)} reads back as "
                    f"{got[pos]!r}, expected {want[pos]!r}.", path, "text",
                    field=str(col), row=pos + 1, got=got[pos], expected=want[pos],
                )
    if style and not any(r.get("f_table_name") == layer for r in read_layer_styles(path)):
        raise _read_back(f"{what}: the layer style was not stored in layer_styles.", path, "style")


# ---------------------------------------------------------------------------
# public writers


@guard("Shapefile export into", writing=True, path_arg=1)
def export_shapefile(
    frame: Any,
    out_dir: str | Path,
    name: str,
    *,
    encoding: str = "cp949",
    crs: Any = "EPSG:5179",
    metadata: Mapping[str, Any] | None = None,
    style: StyleSpec | Mapping[str, Any] | None = None,
    zip: bool = False,
    overwrite: bool = False,
    field_names: Mapping[str, str] | None = None,
    fileset: FileSet | None = None,
) -> ExportReport:
    """Write districts as an ESRI Shapefile package for official submission.

    Parameters
    ----------
    frame
        GeoDataFrame with polygon geometries and a CRS (any; reprojected), usually
        ``code, name, score, rank, ...`` from ``app.pipeline.result_frame``.
    out_dir
        Directory to write into (created if missing).
    name
        Base file name (``<name>.shp`` ...); may be Korean.
    encoding
        Attribute and field-name encoding: ``"cp949"`` (default; Korean Windows,
        ArcGIS) or ``"utf-8"``. The ``.cpg`` says ``CP949`` or ``UTF-8``.
    crs
        Output CRS: ``"EPSG:5179"`` (default), ``"EPSG:5186"``, or anything
        :func:`smartzone.layers.crs.parse_crs` accepts. Legacy Bessel systems
        (e.g. EPSG:5174) add a datum-shift warning to the report.
    metadata
        Method, weights, criteria, sources and licences, title ... (e.g.
        ``ScoreResult.recipe`` plus the data-source list); written to
        ``<name>_metadata.json`` and ``<name>_metadata.txt`` with export details.
    style
        :class:`~smartzone.layers.qml.StyleSpec` (or dict) for ``<name>.qml``.
    zip
        Write one ``<name>.zip`` holding all parts instead of loose files.
    overwrite
        Replace an existing export of the same name (otherwise refuse).
    field_names
        Short DBF names chosen by the caller (``{full: short}``); others are
        shortened automatically.
    fileset
        Stage the files into this :class:`~smartzone.layers.atomic.FileSet` (its folder
        must be ``out_dir``); the caller commits it together with the run's other files.
        Without it the shapefile is committed here, as one unit.

    Returns
    -------
    ExportReport

    Raises
    ------
    ExportError
        Existing export (without ``overwrite``), no CRS, empty/non-polygon
        geometry, text not encodable in CP949 (naming field and row), or a
        failed read-back. Nothing is left behind on failure.
    """
    import pyogrio

    name = _check_name(name)
    out_dir = Path(out_dir)
    enc = normalize_encoding(encoding)
    cpg = _CPG_NAMES.get(enc, enc.upper())
    what = f"Shapefile {out_dir / (name + '.shp')}"
    target = _resolve_crs(crs)
    spec = StyleSpec.coerce(style) if style is not None else None

    family = [out_dir / f"{name}{s}" for s in SHAPEFILE_SUFFIXES]
    zip_path = out_dir / f"{name}.zip"
    _refuse_overwrite(_existing([zip_path] if zip else family), overwrite)

    warn: list[str] = []
    source_crs = getattr(frame, "crs", None)
    gdf, repaired = _prepare_geometries(frame, target, what, zip_path if zip else out_dir / f"{name}.shp")
    if repaired:
        warn.append(ReadingNote(
            "geometries_repaired", f"{repaired} invalid geometr{'y was' if repaired == 1 else 'ies were'} "
            f"repaired (make_valid, polygon parts kept).", count=repaired))
    shift = _datum_shift_warning(source_crs, target, frame)
    if shift:
        warn.append(shift)
    gdf = _prepare_attributes(gdf, enc, what, warn)
    geom_name = gdf.geometry.name
    columns = [c for c in gdf.columns if c != geom_name]
    if len(columns) > 255:
        raise ExportError(f"{what}: {len(columns)} fields; a DBF holds at most 255.", key="export_too_many_fields",
                          path=str(out_dir / f"{name}.shp"), count=len(columns))
    field_map = shorten_field_names(columns, encoding=enc, overrides=field_names)
    short = [field_map[c] for c in columns]
    text_cols = _text_columns(gdf)
    out = gdf.rename(columns=field_map)
    if spec is not None:
        if spec.field not in field_map:
            raise ExportError(f"{what}: style field {spec.field!r} is not a column of the table.",
                              key="export_style_field", path=str(out_dir / f"{name}.shp"), field=spec.field)
        spec = spec.with_field(field_map[spec.field])
        if spec.label_field is not None:
            label = field_map.get(spec.label_field)
            spec = spec.__class__(**{**spec.to_dict(), "label_field": label})

    report = ExportReport(
        path=zip_path if zip else out_dir / f"{name}.shp",
        paths=[],
        format="ESRI Shapefile",
        feature_count=len(gdf),
        crs=_crs_id(target),
        crs_label=_crs_label(target),
        encoding=cpg,
        field_map=field_map,
        warnings=warn,
        repaired=repaired,
    )

    with _own_or_shared(out_dir, fileset, overwrite) as (fs, own):
        tmp = fs.area()
        shp = tmp / f"{name}.shp"
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                pyogrio.write_dataframe(out, shp, driver="ESRI Shapefile", encoding=cpg)
            except Exception as exc:
                raise ExportError(f"{what}: GDAL could not write the file ({exc}).",
                                  key="export_gdal", detail=str(exc)) from exc
        for w in caught:
            if issubclass(w.category, RuntimeWarning):
                warn.append(f"GDAL: {w.message}")
        _classic_esri_prj(tmp / f"{name}.prj", target)
        _write_part(tmp / f"{name}.cpg", cpg, "ascii", what)
        if enc in _DBF_LDID:
            _set_dbf_ldid(tmp / f"{name}.dbf", _DBF_LDID[enc])
        _write_part(tmp / f"{name}_fields.csv", field_map_csv_text(field_map, encoding=enc),
                    "utf-8-sig", what)
        if spec is not None:
            _write_part(tmp / f"{name}.qml", style_to_qml(spec), "utf-8", what)
        _verify_shapefile(
            shp,
            source=gdf,
            short_names=short,
            encoding=enc,
            cpg=cpg,
            target=target,
            what=what,
            text_columns=text_cols,
        )
        report.verified = True
        doc = _metadata_document(metadata, report)
        _write_part(tmp / f"{name}_metadata.json",
                    json.dumps(doc, ensure_ascii=False, indent=2, default=_json_default), "utf-8", what)
        _write_part(tmp / f"{name}_metadata.txt", _metadata_text(doc), "utf-8-sig", what)
        parts = sorted(p for p in tmp.iterdir() if p.is_file())

        if zip:
            (tmp / "package").mkdir()
            staged_zip = tmp / "package" / f"{name}.zip"
            with zipfile.ZipFile(staged_zip, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for p in parts:
                    zf.write(p, arcname=p.name)
            _verify_zip(staged_zip, name, [p.name for p in parts], len(gdf), target, what)
            report.paths = [fs.add(staged_zip)]
        else:
            report.paths = [fs.add(p) for p in parts]
            fs.replace(p.name for p in family)  # stale .qix/.sbn/... of an older export go too
        if own:
            fs.commit()
    return report


def _write_part(path: Path, text: str, encoding: str, what: str) -> None:
    """Write one staged part of an export; a full disk names the part, nothing is committed."""
    try:
        path.write_text(text, encoding=encoding, newline="")
    except OSError as exc:
        full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
        raise ExportError(
            f"{what}: could not write {path.name} ("
            + ("the disk is full" if full else str(exc.strerror or exc))
            + "). Nothing was changed in the folder; "
            + ("free some space and export again." if full else "check the folder and export again."),
            key="export_part_failed", path=str(path), full=full, detail=str(exc.strerror or exc),
        ) from exc


def _classic_esri_prj(prj: Path, target: Any) -> None:
    """Rewrite Korea 2000 names in the ``.prj`` to the classic ESRI spelling.

    Recent PROJ databases (9.2+) name EPSG:5179 ``KGD2002_Unified_Coordinate_System``;
    GDAL/QGIS builds with older PROJ (e.g. QGIS 3.22 on Debian 12, GDAL 3.6)
    do not recognise that name and show a custom CRS. The classic ESRI names
    (``Korea_2000_Korea_Unified_Coordinate_System``, ``GCS_Korea_2000``,
    ``D_Korea_2000``) are recognised by old and new GDAL, QGIS and ArcGIS. The
    rewrite is kept only if pyproj still identifies the same EPSG code.
    """
    import re

    from pyproj import CRS

    if not prj.exists():
        return
    text = prj.read_text(encoding="ascii", errors="replace")
    new = re.sub(r'PROJCS\["KGD2002_', 'PROJCS["Korea_2000_Korea_', text)
    new = re.sub(r'GEOGCS\["(?:GCS_)?KGD2002"', 'GEOGCS["GCS_Korea_2000"', new)
    new = new.replace('DATUM["D_Korea_Geodetic_Datum_2002"', 'DATUM["D_Korea_2000"')
    if new == text:
        return
    try:
        same = CRS.from_wkt(new).to_epsg(min_confidence=70) == target.to_epsg(min_confidence=70)
    except Exception:
        same = False
    if same:
        prj.write_text(new, encoding="ascii")


def _set_dbf_ldid(dbf: Path, ldid: int) -> None:
    """Write the language-driver id into the DBF header (byte 29).

    GDAL writes 0 ("unknown"); 0x79 means code page 949, so GDAL, QGIS and
    ArcGIS still decode CP949 correctly if the ``.cpg`` gets lost.
    """
    with open(dbf, "r+b") as fh:
        fh.seek(29)
        fh.write(bytes([ldid]))


def _crs_label(crs: Any) -> str:
    from smartzone.layers.crs import crs_label

    return crs_label(crs)


def _verify_zip(path: Path, name: str, members: list[str], n: int, target: Any, what: str) -> None:
    import pyogrio

    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
        names = sorted(zf.namelist())
    if bad is not None or names != sorted(members):
        raise _read_back(f"{what}: the zip package is incomplete or damaged ({bad or names}).", path, "zip")
    info = pyogrio.read_info(f"/vsizip/{path}/{name}.shp")
    if info["features"] != n or not _crs_matches(info["crs"], target):
        raise _read_back(f"{what}: the shapefile inside the zip does not read back correctly.", path, "zip")


@guard("GeoPackage", writing=True, path_arg=1)
def write_gpkg(
    frame: Any,
    path: str | Path,
    layer: str = "scores",
    *,
    style: StyleSpec | Mapping[str, Any] | None = None,
    overwrite: bool = False,
    crs: Any = None,
    metadata: Mapping[str, Any] | None = None,
    fileset: FileSet | None = None,
) -> ExportReport:
    """Write districts to a GeoPackage layer, with the QGIS style stored inside.

    Parameters
    ----------
    frame
        GeoDataFrame with polygon geometries and a CRS.
    path
        ``.gpkg`` file. With ``overwrite=True`` an existing file is replaced as
        a whole (other layers in it are not kept).
    layer
        Layer (table) name.
    style
        Optional :class:`~smartzone.layers.qml.StyleSpec`; stored in the
        ``layer_styles`` table (QML and SLD) as the default style, so QGIS
        applies it when the layer is opened.
    overwrite
        Replace an existing file (otherwise refuse).
    crs
        Output CRS; default the frame's own CRS.
    metadata
        Optional dict stored as JSON in the layer description (GDAL ``DESCRIPTION``).
    fileset
        Stage into this :class:`~smartzone.layers.atomic.FileSet` (committed by the caller).

    Returns
    -------
    ExportReport
        ``encoding`` is ``"UTF-8"`` (GeoPackage text is always UTF-8).
    """
    import pyogrio

    from smartzone.layers.gpkg_style import write_layer_style

    path = Path(path)
    what = f"GeoPackage {path}"
    if not layer or not str(layer).strip():
        raise ExportError(f"{what}: empty layer name.", key="export_layer_name", path=str(path))
    _refuse_overwrite(_existing([path]), overwrite)
    if getattr(frame, "crs", None) is None:
        raise ExportError(f"{what}: the districts have no coordinate reference system.", key="export_no_crs",
                          path=str(path))
    target = _resolve_crs(crs if crs is not None else frame.crs)
    spec = StyleSpec.coerce(style) if style is not None else None
    warn: list[str] = []
    source_crs = frame.crs
    gdf, repaired = _prepare_geometries(frame, target, what, path)
    if repaired:
        warn.append(ReadingNote(
            "geometries_repaired", f"{repaired} invalid geometries were repaired (make_valid, polygon parts kept).",
            count=repaired))
    shift = _datum_shift_warning(source_crs, target, frame)
    if shift:
        warn.append(shift)
    gdf = _prepare_attributes(gdf, None, what, warn)
    if spec is not None and spec.field not in gdf.columns:
        raise ExportError(f"{what}: style field {spec.field!r} is not a column of the table.",
                          key="export_style_field", path=str(path), field=spec.field)
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    report = ExportReport(
        path=path,
        paths=[path],
        format="GPKG",
        feature_count=len(gdf),
        crs=_crs_id(target),
        crs_label=_crs_label(target),
        encoding="UTF-8",
        field_map={c: c for c in columns},
        warnings=warn,
        repaired=repaired,
    )
    layer_options = {}
    if metadata:
        layer_options["DESCRIPTION"] = json.dumps(metadata, ensure_ascii=False, default=_json_default)
    with _own_or_shared(path.parent, fileset, overwrite) as (fs, own):
        staged = fs.area() / path.name
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                pyogrio.write_dataframe(
                    gdf,
                    staged,
                    layer=str(layer),
                    driver="GPKG",
                    promote_to_multi=True,
                    layer_options=layer_options or None,
                    # GeoPackage 1.2: readable by older GDAL/QGIS on ministry desktops.
                    dataset_options={"VERSION": "1.2"},
                )
            except Exception as exc:
                raise ExportError(f"{what}: GDAL could not write the file ({exc}).",
                                  key="export_gdal", detail=str(exc)) from exc
        warn.extend(f"GDAL: {w.message}" for w in caught if issubclass(w.category, RuntimeWarning))
        if spec is not None:
            write_layer_style(staged, str(layer), spec)
        _verify_gpkg(staged, str(layer), gdf, target, spec is not None, what)
        report.verified = True
        fs.add(staged)
        if own:
            fs.commit()
    return report


#: First characters that make Excel, LibreOffice or Google Sheets read a cell as a formula
#: (OWASP "CSV injection"): ``=HYPERLINK(...)``, ``+cmd|...``, ``@SUM(...)``.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: Any) -> Any:
    """``'=HYPERLINK(...)`` for ``=HYPERLINK(...)``: a leading apostrophe keeps a cell text.

    Only text is changed; numbers (including negative ones) are written as numbers.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _is_code_column(name: str) -> bool:
    low = name.lower()
    return low.endswith("code") or low.endswith("_cd") or low.endswith("코드")


#: Suffix of a CSV's W3C "CSV on the Web" metadata file (``scores.csv`` -> ``scores.csv-metadata.json``,
#: the name a CSVW processor looks for first; distinct from a shapefile's ``<name>_metadata.json``).
CSVW_SUFFIX = "-metadata.json"


def _csvw_datatype(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series.dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(series.dtype):
        return "integer"
    if pd.api.types.is_float_dtype(series.dtype):
        return "double"
    return "string"


def csvw_metadata(
    table: pd.DataFrame,
    url: str,
    *,
    columns: Mapping[str, Mapping[str, Any]] | None = None,
    table_properties: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """W3C CSV on the Web metadata (``tableSchema.columns``) of a table written as ``url``.

    Each column gets ``name`` and ``titles`` (its header cell, as CSVW validation requires),
    a ``datatype`` from its dtype (string, integer, double, boolean) and the extra
    properties given in ``columns[name]`` (e.g. ``dc:description``, ``dc:temporal``,
    ``dc:source``); ``table_properties`` go on the table (``dc:title``, ``dc:license`` …).
    """
    extra = columns or {}
    cols = []
    for name in table.columns:
        entry: dict[str, Any] = {"name": str(name), "titles": str(name),
                                 "datatype": _csvw_datatype(table[name])}
        entry.update(extra.get(str(name), {}))
        cols.append(entry)
    doc: dict[str, Any] = {"@context": ["http://www.w3.org/ns/csvw", {"@language": "en"}], "url": url}
    doc.update(table_properties or {})
    doc["dialect"] = {"encoding": "utf-8", "header": True, "doubleQuote": True}
    doc["tableSchema"] = {"columns": cols}
    if "code" in table.columns and table["code"].is_unique:
        doc["tableSchema"]["primaryKey"] = "code"
    return doc


@guard("CSV", writing=True, path_arg=1)
def write_csv(
    df: pd.DataFrame,
    path: str | Path,
    *,
    bom: bool = True,
    overwrite: bool = False,
    fileset: FileSet | None = None,
    csvw: Mapping[str, Any] | None = None,
) -> ExportReport:
    """Write a table as CSV, UTF-8 with BOM by default (Excel shows Korean).

    Geometry columns are dropped. A named index (e.g. ``code``) becomes the
    first column. Code columns (``code``, ``*_code``) are written as text,
    never as numbers (``11010``, not ``11010.0``). Text cells are quoted.

    Parameters
    ----------
    df
        Table (a GeoDataFrame is accepted; its geometry is dropped).
    path
        ``.csv`` file.
    bom
        Start the file with the UTF-8 byte-order mark (default True).
    overwrite
        Replace an existing file (otherwise refuse).
    fileset
        Stage into this :class:`~smartzone.layers.atomic.FileSet` (committed by the caller).
    csvw
        Also write ``<file>.csv-metadata.json``, W3C CSV on the Web metadata (see
        :func:`csvw_metadata`), with the keys ``columns`` (column -> extra properties such
        as ``dc:temporal``) and ``table`` (table properties such as ``dc:license``);
        committed with the CSV, all or nothing.

    Returns
    -------
    ExportReport
        ``crs`` is None; ``encoding`` ``"UTF-8-SIG"`` or ``"UTF-8"``.
    """
    path = Path(path)
    what = f"CSV {path}"
    sidecar = path.with_name(path.name + CSVW_SUFFIX)
    _refuse_overwrite(_existing([path, sidecar] if csvw is not None else [path]), overwrite)
    table = pd.DataFrame(df).copy()
    names = [str(c) for c in table.columns]
    if len(set(names)) != len(names):  # before any column is looked up by name (a repeated name gives a frame)
        raise ExportError(f"{what}: duplicate column names {names}.", key="export_duplicate_columns",
                          path=str(path), columns=sorted({c for c in names if names.count(c) > 1}))
    geom_cols = [
        c for c in table.columns if str(getattr(table[c].dtype, "name", "")) == "geometry"
    ]
    table = table.drop(columns=geom_cols)
    if table.index.name is not None or any(n is not None for n in table.index.names):
        table = table.reset_index()
    table.columns = [str(c) for c in table.columns]
    for col in table.columns:
        series = table[col]
        if (_is_code_column(col) or pd.api.types.is_object_dtype(series.dtype)
                or pd.api.types.is_string_dtype(series.dtype)):
            if pd.api.types.is_float_dtype(series.dtype):
                series = series.map(lambda v: None if _is_missing(v) else f"{v:.0f}" if float(v).is_integer() else str(v))
            table[col] = series.map(lambda v: None if _is_missing(v) else str(v)).astype(object)
    text_cols = [c for c in table.columns if pd.api.types.is_object_dtype(table[c].dtype)]
    csv_warnings: list[str] = []
    neutralised: dict[str, int] = {}
    for col in text_cols:  # reviewers open scores.csv in Excel: no cell may become a formula
        values = table[col].tolist()
        safe = [neutralise_formula(v) for v in values]
        changed = sum(1 for a, b in zip(values, safe, strict=True) if a != b)
        if changed:
            table[col] = pd.Series(safe, index=table.index, dtype=object)
            neutralised[col] = changed
    if neutralised:
        csv_warnings.append(ReadingNote(
            "formula_prefixed",
            "Text starting with =, +, -, @, a tab or a line break was prefixed with ' so that "
            "spreadsheets show it as text, not a formula: "
            + ", ".join(f"{n} cell(s) in {c!r}" for c, n in neutralised.items()) + ".",
            cells=[(str(c), int(n)) for c, n in neutralised.items()]))
    encoding = "utf-8-sig" if bom else "utf-8"
    doc = None if csvw is None else csvw_metadata(
        table, path.name, columns=csvw.get("columns"), table_properties=csvw.get("table"))
    with _own_or_shared(path.parent, fileset, overwrite) as (fs, own):
        area = fs.area()
        staged = area / path.name
        try:
            table.to_csv(
                staged, index=False, encoding=encoding, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n"
            )
        except OSError as exc:
            raise ExportError(f"{what}: cannot write ({exc}).", key="export_part_failed", path=str(path),
                              full=exc.errno in (errno.ENOSPC, errno.EDQUOT), detail=str(exc.strerror or exc)) from exc
        back = pd.read_csv(staged, encoding=encoding, dtype=str, keep_default_na=False)
        if len(back) != len(table) or list(back.columns) != list(table.columns):
            raise _read_back(f"{what}: read back {back.shape}, expected {table.shape}.", path, "table",
                             got=f"{back.shape[0]} x {back.shape[1]}", expected=f"{table.shape[0]} x {table.shape[1]}")
        for col in text_cols:
            want = [_norm_text(v) for v in table[col].tolist()]
            if want != back[col].tolist():
                pos = next((i for i, (a, b) in enumerate(zip(want, back[col].tolist(), strict=True)) if a != b), 0)
                raise _read_back(f"{what}: column {col!r} does not read back identically.", path, "text",
                                 field=str(col), row=pos + 1, got=str(back[col].iloc[pos]), expected=want[pos])
        fs.add(staged)
        if doc is not None:
            meta = area / sidecar.name
            try:
                meta.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            except OSError as exc:
                raise ExportError(f"{what}: cannot write {sidecar.name} ({exc}).", key="export_part_failed",
                                  path=str(sidecar), full=exc.errno in (errno.ENOSPC, errno.EDQUOT),
                                  detail=str(exc.strerror or exc)) from exc
            fs.add(meta)
        if own:
            fs.commit()
    return ExportReport(
        path=path,
        paths=[path] if doc is None else [path, sidecar],
        format="CSV",
        feature_count=len(table),
        crs=None,
        crs_label=None,
        encoding="UTF-8-SIG" if bom else "UTF-8",
        field_map={c: c for c in table.columns},
        warnings=csv_warnings,
        verified=True,
    )
