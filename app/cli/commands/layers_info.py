"""``smartzone layers info PATH [--layer NAME] [--json]``: describe a GIS file or indicator table.

Vector layers (Shapefile, GeoPackage, GeoJSON, FlatGeobuf), rasters (GeoTIFF)
and CSV/XLSX indicator tables (read as :func:`smartzone.layers.tables.read_table`
would: encoding, header line, code column).

Imports nothing heavy at module level (the parser of every ``smartzone``
call imports this module); GDAL, shapely and rasterio are loaded only when
the command runs.
"""
from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    """Add ``layers`` (with its ``info`` action) to the ``smartzone`` sub-commands.

    Parameters
    ----------
    subparsers : argparse._SubParsersAction
        The object returned by ``parser.add_subparsers()``.
    """
    layers = subparsers.add_parser(
        "layers",
        help="inspect district, indicator and raster files",
        description="Inspect GIS files: CRS, features, fields, encoding and geometry problems.",
    )
    actions = layers.add_subparsers(dest="layers_command", metavar="ACTION", required=True)
    info = actions.add_parser(
        "info",
        help="describe a vector layer, raster or indicator table",
        description=(
            "Describe a Shapefile, GeoPackage, GeoJSON, FlatGeobuf or GeoTIFF (driver, CRS, "
            "feature count, geometry type, fields, text encoding, geometry problems) or a "
            "CSV/XLSX indicator table (encoding, header line, admin-code column, columns)."
        ),
    )
    info.add_argument("path", metavar="PATH", help="file to describe")
    info.add_argument(
        "--layer", metavar="NAME", help="layer (or XLSX sheet) inside the file (default: the first)"
    )
    info.add_argument(
        "--no-check", action="store_true", help="skip the geometry validity check (faster)"
    )
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(func=func)


def func(args: argparse.Namespace) -> int:
    """Run ``smartzone layers info``; print the description and return the exit code.

    Errors from :mod:`smartzone.layers` propagate as
    :class:`~smartzone.layers.errors.LayerError`; ``smartzone.app.cli`` prints
    them on one line and exits with code 2.
    """
    from smartzone.layers.describe import describe, format_info

    layer: str | int | None = args.layer
    info = describe(args.path, layer, check_geometry=not getattr(args, "no_check", False))
    if getattr(args, "json", False):
        print(json.dumps(info.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_info(info))
    return 0
