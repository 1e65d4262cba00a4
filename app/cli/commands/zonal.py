"""``smartzone zonal DISTRICTS RASTER --stats mean,... --out FILE.csv``: raster statistics per district.

One row per district: ``code`` and one column per statistic (``fractions``
gives one ``frac_<class>`` column per class). Runs in-process, or as Dask work
with ``--scheduler ADDRESS`` (or a local cluster for very large rasters); the
numbers are the same (:mod:`smartzone.app.core.scale`).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from smartzone.app.cli.commands._dask_options import add_dask_options, where_from


def register(subparsers: Any) -> None:
    """Add ``zonal`` to the ``smartzone`` sub-commands."""
    p = subparsers.add_parser(
        "zonal",
        help="raster statistics per district into a CSV",
        description="Zonal statistics of a raster (GeoTIFF) over district polygons, one CSV row per district.",
    )
    p.add_argument("districts", metavar="DISTRICTS", help="district polygons (GeoPackage, Shapefile, ...)")
    p.add_argument("raster", metavar="RASTER", help="raster file (GeoTIFF)")
    p.add_argument("--layer", metavar="NAME", help="layer inside the district file (default: the first)")
    p.add_argument("--code-field", metavar="FIELD", help="district code field (default: guessed)")
    p.add_argument("--stats", default="mean", metavar="LIST",
                   help="comma-separated: mean,sum,min,max,count,majority,fractions (default: mean)")
    p.add_argument("--method", choices=("auto", "fast", "exact"), default="auto",
                   help="pixel centres (fast) or coverage-weighted (exact); default: auto")
    p.add_argument("--out", required=True, metavar="FILE.csv", help="CSV to write (UTF-8 with BOM)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output file")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    add_dask_options(p)
    p.set_defaults(func=func)


def func(args: argparse.Namespace) -> int:
    from smartzone.app.core.scale import dask_client, zonal_runner
    from smartzone.layers.export import write_csv
    from smartzone.layers.raster import open_raster
    from smartzone.layers.vector import read_districts
    from smartzone.layers.zonal import zonal_stats

    stats = [s.strip() for s in str(args.stats).split(",") if s.strip()]
    districts = read_districts(args.districts, layer=args.layer, code_field=args.code_field)
    raster = open_raster(args.raster)
    where = where_from(args, "zonal", raster.width * raster.height)
    try:
        with dask_client(where) as client:
            runner = None if client is None else zonal_runner(client)
            table = zonal_stats(districts, raster, stats, method=args.method, runner=runner)
    except ConnectionError as exc:
        print(f"smartzone: error: {exc}", file=sys.stderr)
        return 2
    table = table.reset_index()
    write_csv(table, args.out, overwrite=args.overwrite)
    if not args.quiet:
        print(f"{args.out}: {len(table)} districts, {table.attrs.get('method', args.method)} method, "
              f"columns {', '.join(map(str, table.columns))}")
    return 0
