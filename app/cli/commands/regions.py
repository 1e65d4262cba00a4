"""``smartzone regions``: contiguous candidate regions (Locate Regions for districts).

Examples::

    smartzone regions --k 3 --max-size 4 --out results
    smartzone regions --level emd --preset shrinking-city --k 2 --max-size 8 --max-area 300 \\
        --min-separation 5 --objective mean --out results --export shp

Scores the scenario as ``smartzone score`` does, then picks ``--k`` regions,
each a group of neighbouring districts (Queen contiguity; an island district
can only form a region on its own), that maximise the total (or mean) score
under the limits. Writes ``DIR/regions.gpkg`` (layer ``regions``: every
district with its ``region`` id, 0 = none, styled for QGIS), ``DIR/regions.csv``
(one row per region) and, with ``--export shp``, ``DIR/regions.shp``. Exact
(MILP, HiGHS) up to ``--exact-limit`` scored districts, seeded region growing
beyond (see :mod:`smartzone.scoring.regions`).
"""
from __future__ import annotations

import argparse
import sys
from typing import Any

from smartzone.app.cli.commands.score import (
    DEFAULT_PRESET,
    CommandError,
    build_project,
    guarded,
    make_feedback,
)


def register(subparsers: Any) -> None:
    """Add the ``regions`` sub-command."""
    p = subparsers.add_parser(
        "regions",
        help="find contiguous candidate regions (groups of neighbouring districts) with the best scores",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument("--preset", help=f"preset id (default {DEFAULT_PRESET})")
    p.add_argument("--level", help="sigungu (시군구, default) or emd (읍면동)")
    p.add_argument("--project", metavar="FILE", help="use a project file instead of the demo")
    p.add_argument("--scenario", metavar="NAME", help="scenario of the project (default: the active one)")
    p.add_argument("--method", metavar="ID", help="scorer instead of the scenario's")
    p.add_argument("--k", type=int, default=3, help="number of regions (default 3)")
    p.add_argument("--min-size", type=int, default=2, help="districts per region, at least (default 2)")
    p.add_argument("--max-size", type=int, default=5, help="districts per region, at most (default 5)")
    p.add_argument("--objective", choices=("total", "mean"), default="total",
                   help="maximise the total (default) or the mean score of the districts chosen")
    p.add_argument("--max-area", type=float, metavar="KM2", help="largest area of a region (km²)")
    p.add_argument("--min-area", type=float, metavar="KM2", help="smallest area of a region (km²)")
    p.add_argument("--max-population", type=float, help="largest population of a region")
    p.add_argument("--min-population", type=float, help="smallest population of a region")
    p.add_argument("--population-field", metavar="INDICATOR",
                   help="indicator holding the population (default: pop_2020 or population)")
    p.add_argument("--max-extent", type=float, metavar="KM",
                   help="compactness: largest distance between two district centroids of a region (km)")
    p.add_argument("--min-separation", type=float, default=0.0, metavar="KM",
                   help="smallest distance between districts of different regions (km); any value > 0 "
                   "keeps regions from touching (default 0: they may touch)")
    p.add_argument("--solver", choices=("auto", "exact", "greedy"), default="auto",
                   help="exact MILP, seeded region growing, or auto (exact up to --exact-limit districts)")
    p.add_argument("--exact-limit", type=int, default=80, help="auto: largest instance solved exactly")
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds for the MILP (default 60)")
    p.add_argument("--out", metavar="DIR", help="output folder; without it nothing is written")
    p.add_argument("--export", metavar="FMT", nargs="+", action="extend", default=None,
                   help="extra formats: shp (regions.gpkg and regions.csv are always written)")
    p.add_argument("--encoding", default="cp949", help="shapefile encoding: cp949 (default) or utf-8")
    p.add_argument("--overwrite", action="store_true", help="replace existing outputs")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``smartzone regions``; returns the exit status."""
    return guarded(_run, args)


def _run(args: argparse.Namespace) -> int:
    from smartzone.app.cli.commands.score import _check_encoding, _prepare_out_dir
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.core.regions import RegionOptions, find_regions, region_rows, write_regions

    formats = ["gpkg", "csv"]
    for item in args.export or ():
        for fmt in str(item).lower().replace(",", " ").split():
            if fmt.lstrip(".") not in ("shp", "gpkg", "csv"):
                raise CommandError(f"unknown export format {fmt!r}: use shp.")
            formats.append(fmt.lstrip("."))
    encoding = _check_encoding(args.encoding)
    project, scenario = build_project(args)
    out_dir = None
    if args.out:
        out_dir = _prepare_out_dir(args.out, [], args.overwrite)
        existing = [p.name for p in (out_dir / "regions.gpkg", out_dir / "regions.csv") if p.exists()]
        if existing and not args.overwrite:
            raise CommandError(f"{', '.join(existing)} already exist in {out_dir}; use --overwrite to replace them.")
    options = RegionOptions(
        k=args.k, min_size=args.min_size, max_size=args.max_size, objective=args.objective,
        max_area_km2=args.max_area, min_area_km2=args.min_area, max_population=args.max_population,
        min_population=args.min_population, population_field=args.population_field,
        max_extent_km=args.max_extent, min_separation_km=args.min_separation, method=args.solver,
        time_limit=args.time_limit,
    )
    if args.exact_limit < 0:
        raise CommandError("--exact-limit must be 0 or more.")
    feedback = make_feedback(args.quiet, "scoring")
    with feedback.catch_interrupt():
        score_run = run_scenario(project, scenario, feedback=feedback)
    frame = score_run.frame()
    if options.method == "auto":
        n = int(frame["score"].notna().sum())
        options.method = "exact" if n <= args.exact_limit else "greedy"
    try:
        frame, sol, facts = find_regions(score_run, frame, options)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    table = region_rows(frame, sol, facts["problem"])
    sc = project.get_scenario(scenario)
    kind = "exact MILP (HiGHS)" if sol.method == "exact" else "seeded region growing (heuristic)"
    status = "optimal" if sol.optimal else ("not proven optimal" if sol.method == "exact" else "heuristic")
    print(f"SmartZone candidate regions: scenario '{sc.name}', {project.level}, {len(frame)} districts; "
          f"{kind}, {status}, {sol.seconds:.2f} s")
    print(f"objective ({sol.objective_kind} score): {sol.objective:.2f}")
    for _, row in table.iterrows():
        extra = f", {row['area_km2']:.0f} km²" if "area_km2" in table.columns else ""
        if "population" in table.columns:
            extra += f", population {row['population']:,.0f}"
        print(f"  region {row['region']}: {row['size']} districts, mean {row['mean_score']:.1f}, "
              f"total {row['total_score']:.1f}{extra}: {row['names']}")
    if facts.get("islands"):
        print(f"  ({len(facts['islands'])} districts without a land neighbour can only be regions on their own)")
    if out_dir is not None:
        metadata = {"title": f"SmartZone candidate regions: {sc.name}", "scenario": sc.name,
                    "level": project.level, "recipe": score_run.result.recipe,
                    "regions": {"options": {k: v for k, v in options.__dict__.items()},
                                "method": sol.method, "optimal": sol.optimal, "objective": sol.objective}}
        reports = write_regions(frame, table, out_dir, formats, overwrite=args.overwrite, encoding=encoding,
                                metadata=metadata)
        print("written:")
        for rep in reports:
            for line in rep.summary().splitlines():
                print(f"  {line}")
    sys.stdout.flush()
    return 0
