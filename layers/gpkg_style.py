"""Store a layer style inside a GeoPackage, the way QGIS does.

QGIS keeps styles in a table ``layer_styles`` of the GeoPackage itself (the
table GDAL/QGIS create on "Save style -> In database"). A row whose
``f_table_name`` is the layer and whose ``useAsDefault`` is true is applied
when the layer is opened. The table is registered in ``gpkg_contents`` as an
``attributes`` table so GDAL lists it and GeoPackage validators accept it.

Plain :mod:`sqlite3`; no Qt, no GDAL writes.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from smartzone.layers.errors import ExportError
from smartzone.layers.qml import StyleSpec, style_to_qml, style_to_sld

__all__ = ["LAYER_STYLES_DDL", "read_layer_styles", "write_layer_style"]

#: Schema of QGIS's ``layer_styles`` table in a GeoPackage (QGIS 3.x).
LAYER_STYLES_DDL = """
CREATE TABLE IF NOT EXISTS "layer_styles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "f_table_catalog" TEXT(256),
    "f_table_schema" TEXT(256),
    "f_table_name" TEXT(256),
    "f_geometry_column" TEXT(256),
    "styleName" TEXT(30),
    "styleQML" TEXT,
    "styleSLD" TEXT,
    "useAsDefault" BOOLEAN,
    "description" TEXT,
    "owner" TEXT(30),
    "ui" TEXT(30),
    "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)
"""


def _feature_layers(con: sqlite3.Connection) -> list[str]:
    """The feature layers a GeoPackage lists (for a message naming the ones there are)."""
    try:
        return [str(r[0]) for r in con.execute("SELECT table_name FROM gpkg_geometry_columns")]
    except sqlite3.Error:
        return []


def write_layer_style(
    gpkg_path: str | Path,
    layer: str,
    style: StyleSpec | Mapping[str, Any],
    *,
    style_name: str | None = None,
    description: str = "SmartZone score classes",
    default: bool = True,
) -> int:
    """Insert ``style`` for ``layer`` into the GeoPackage's ``layer_styles`` table.

    Parameters
    ----------
    gpkg_path
        An existing GeoPackage that contains ``layer``.
    layer
        Feature table the style belongs to.
    style
        :class:`StyleSpec` (or dict); written as QML (``styleQML``) and SLD (``styleSLD``).
    style_name
        Name shown in QGIS's style manager (default: the layer name).
    description
        Free text stored with the style.
    default
        Make it the default style (``useAsDefault``); any previous default of the
        same layer is unset.

    Returns
    -------
    int
        The ``id`` of the new row.

    Raises
    ------
    ExportError
        If the file is not a GeoPackage or has no such layer.
    """
    spec = StyleSpec.coerce(style)
    path = Path(gpkg_path)
    try:
        con = sqlite3.connect(path)
    except sqlite3.Error as exc:  # pragma: no cover - sqlite opens almost anything
        raise ExportError(f"{path}: cannot open as a GeoPackage ({exc}).", key="style_store_failed", path=str(path),
                          detail=str(exc)) from exc
    try:
        with con:
            row = con.execute(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (layer,)
            ).fetchone()
            if row is None:
                raise ExportError(f"{path}: GeoPackage has no feature layer {layer!r} to style.", key="no_such_layer",
                                  path=str(path), layer=str(layer), layers=_feature_layers(con))
            geom_col = row[0]
            con.execute(LAYER_STYLES_DDL)
            registered = con.execute(
                "SELECT 1 FROM gpkg_contents WHERE table_name = 'layer_styles'"
            ).fetchone()
            if registered is None:
                con.execute(
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                    "VALUES ('layer_styles', 'attributes', 'layer_styles', 'QGIS layer styles', "
                    "strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
                )
            if default:
                con.execute(
                    'UPDATE layer_styles SET "useAsDefault" = 0 WHERE f_table_name = ?', (layer,)
                )
            cur = con.execute(
                'INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, '
                'f_geometry_column, "styleName", "styleQML", "styleSLD", "useAsDefault", '
                'description, owner, ui) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
                (
                    "",
                    "",
                    layer,
                    geom_col,
                    style_name or layer,
                    style_to_qml(spec),
                    style_to_sld(spec, layer),
                    1 if default else 0,
                    description,
                    "",
                    None,
                ),
            )
            return int(cur.lastrowid or 0)
    except sqlite3.DatabaseError as exc:
        raise ExportError(f"{path}: cannot store the layer style ({exc}).", key="style_store_failed", path=str(path),
                          detail=str(exc)) from exc
    finally:
        con.close()


def read_layer_styles(gpkg_path: str | Path) -> list[dict[str, Any]]:
    """All rows of ``layer_styles`` (empty list if the table does not exist)."""
    con = sqlite3.connect(Path(gpkg_path))
    try:
        con.row_factory = sqlite3.Row
        exists = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'layer_styles'"
        ).fetchone()
        if exists is None:
            return []
        return [dict(r) for r in con.execute("SELECT * FROM layer_styles ORDER BY id")]
    finally:
        con.close()
