"""``smartzone score``: score the demo (or a project) and write the results.

Examples::

    smartzone score --preset industry-hub --level sigungu --out results
    smartzone score --project plan.smartzone.json --scenario "my scenario" --out results --export shp
    smartzone score --preset shrinking-city --level emd --out results --method topsis --top 20

Writes ``DIR/scores.gpkg`` (layer ``scores``, with a QGIS style) and
``DIR/scores.csv`` (UTF-8 with BOM): ``code, name, [sido,] score, rank,
excluded, c_<indicator> ...``; ``--export shp`` adds ``DIR/scores.shp`` (CP949
by default, with ``.cpg``). ``--report [PATH]`` adds a PDF report
(``DIR/report.pdf`` by default) and its map ``<name>_map.png``, with a
Monte-Carlo sensitivity summary (see :mod:`smartzone.app.cli.commands.report_options`).
Prints the top districts, the excluded count and the data provenance. Exit
status 2 with a one-line message on bad input.

The QGIS style written into the GeoPackage and beside the shapefile comes
from :func:`smartzone.app.drawing.report.style_for_scores`, so its classes and colours
are those of the app's map and the report.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartzone.app.cli.commands import help_text
from smartzone.app.cli.console import cli_language
from smartzone.app.core.export import EXPORT_FORMATS as _FORMATS
from smartzone.app.core.export import demo_metadata as _demo_metadata
from smartzone.app.core.export import output_paths, provenance_lines, write_score_set
from smartzone.app.core.levels import LEVELS, level_label
from smartzone.scoring.errors import SmartZoneError

if TYPE_CHECKING:  # the parser must not import pandas & co. (``smartzone --help`` stays fast)
    from smartzone.app.core.model.project import Project

OUTPUT_NAME = "scores"
EXPORT_FORMATS = tuple(_FORMATS)
DEFAULT_PRESET = "industry-hub"


def user_errors() -> tuple[type[BaseException], ...]:
    """Errors shown to the user on one line (exit status 2); imported when a command runs."""
    from smartzone.app.core.model.presets import PresetError
    from smartzone.app.core.model.project import ProjectError

    return (ProjectError, PresetError)


class CommandError(SmartZoneError):
    """Bad command-line input; the message is printed, exit status 2."""


def register(subparsers: Any) -> None:
    """Add the ``score`` sub-command."""
    p = subparsers.add_parser(
        "score",
        help="score districts with a preset or a project scenario and write the results",
        description=help_text(__doc__),
    )
    from smartzone.app.core.model.presets import available_presets

    p.add_argument("--preset", help=f"preset id: {', '.join(available_presets()) or 'none installed'} "
                   f"(default {DEFAULT_PRESET}; ignored with --project unless the project has no such "
                   "scenario)")
    p.add_argument("--level", choices=None, help="sigungu (시군구) or emd (읍면동); default sigungu "
                   "or the project's level")
    p.add_argument("--out", metavar="DIR", help="output folder (created if missing); without it "
                   "nothing is written")
    p.add_argument("--top", metavar="N", type=int, default=10, help="districts to list (default 10)")
    p.add_argument("--project", metavar="FILE", help="score a project file instead of the demo")
    p.add_argument("--scenario", metavar="NAME", help="scenario of the project (default: the active one)")
    p.add_argument("--method", metavar="ID", help="use this scorer instead of the scenario's "
                   "(its default parameters)")
    p.add_argument("--export", metavar="FMT", nargs="+", action="extend", default=None,
                   help="extra formats: shp, gpkg, csv (gpkg and csv are always written)")
    p.add_argument("--encoding", default="cp949", help="shapefile encoding: cp949 (default) or utf-8")
    p.add_argument("--crs", metavar="EPSG:NNNN", help="CRS of the GeoPackage and shapefile "
                   "(default: the project CRS, EPSG:5179)")
    p.add_argument("--overwrite", action="store_true", help="replace existing outputs")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.add_argument("--weights", choices=("entropy", "critic", "roc", "rank_sum", "rank_reciprocal"), default=None,
                   help="replace the scenario's weights: objective weights computed from the data (entropy, "
                   "critic) or rank-order weights from the criteria's order, first = most important "
                   "(roc = rank order centroid, rank_sum, rank_reciprocal)")
    p.add_argument("--oat", nargs="?", const=21, type=int, default=None, metavar="STEPS",
                   help="one-at-a-time sensitivity: sweep each weight from 0 to 1 in STEPS steps (default 21) "
                   "and print the weight range over which the top --top districts stay the same")
    p.add_argument("--weights-source", choices=("raw", "standardised"), default="raw",
                   help="values the objective weights see: raw indicators (the classical method, "
                   "default) or the criteria's 0-1 standardised values")
    h = p.add_argument_group("hot spots", "local spatial statistics of the scores (esda), Queen "
                             "contiguity with islands linked to their nearest district")
    h.add_argument("--hotspots", nargs="?", const="moran", choices=("moran", "gi"), default=None,
                   help="add lisa_cluster (HH/HL/LH/LL/ns) and lisa_p (local Moran's I, default) or "
                   "gi_cluster (hot/cold/ns) and gi_p (Getis-Ord Gi*) to the outputs")
    h.add_argument("--permutations", type=int, default=999, help="conditional permutations (default 999)")
    h.add_argument("--seed", type=int, default=0, help="random seed of the permutations (default 0)")
    h.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05)")
    h.add_argument("--correction", choices=("fdr", "bonferroni", "none"), default="fdr",
                   help="multiple-testing correction (default fdr: Benjamini-Hochberg)")
    h.add_argument("--hotspots-spread", metavar="RUNS", type=int, default=0,
                   help="also local Moran's I of the Monte-Carlo rank spread (p95 - p05) over RUNS "
                   "weight perturbations: spread_cluster, spread_p")
    from smartzone.app.cli.commands import report_options

    report_options.add_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``smartzone score``; returns the exit status."""
    return guarded(_run, args)


def guarded(func: Any, args: argparse.Namespace) -> int:
    """Run ``func(args)``, turning user-facing errors into one line on stderr and status 2."""
    shown: tuple[type[BaseException], ...] = (SmartZoneError, *user_errors())
    try:
        return int(func(args) or 0)
    except shown as exc:
        from smartzone.app.cli.console import error_words

        message = error_words(exc) or " ".join(str(exc).split())
        print(f"smartzone: error: {message}", file=sys.stderr)
        return 2


# ---------------------------------------------------------------------------
# shared with ``smartzone compare``
# ---------------------------------------------------------------------------
def check_level(level: str | None) -> str | None:
    if level is not None and level not in LEVELS:
        raise CommandError(f"unknown level {level!r}: use one of {', '.join(LEVELS)}.")
    return level


def open_project(path: str, level: str | None = None) -> Project:
    """Load a project file for the command line (warnings to stderr)."""
    from smartzone.app.core.model.project import Project

    project = Project.load(path)
    for warning in project.warnings:
        print(f"smartzone: warning: {warning}", file=sys.stderr)
    if level is not None and level != project.level:
        project.set_level(level)
    return project


def demo_project(preset: str, level: str) -> Project:
    """The demo project at ``level`` with ``preset`` active."""
    from smartzone.app.core.model.presets import load_preset
    from smartzone.app.core.model.project import Project

    load_preset(preset)  # unknown preset -> error listing the available ones
    try:
        return Project.demo(level=level, preset=preset)
    except FileNotFoundError as exc:  # demo data not built
        raise CommandError(str(exc)) from None


def make_feedback(quiet: bool, label: str) -> Any:
    from smartzone.app.cli.console import ConsoleFeedback

    return ConsoleFeedback(label=label, quiet=quiet)


def _fmt_score(value: Any) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if v != v else f"{v:.1f}"


def top_table(frame: Any, n: int, labels: dict[str, str] | None = None) -> str:
    """The ``n`` best-ranked rows of a result frame as an aligned text table."""
    from smartzone.app.cli.console import format_table

    ranked = frame[frame["rank"].notna()].sort_values(["rank", "code"]).head(max(0, n))
    contrib = [c for c in frame.columns if str(c).startswith("c_")]
    # show 시도 only when the names do not already start with it
    sido = "sido" in frame.columns and not all(
        str(nm).startswith(str(sd)) for nm, sd in zip(frame["name"], frame["sido"], strict=False)
    )
    headers = ["rank", "code", "name"] + (["sido"] if sido else []) + ["score"]
    rows = []
    for _, r in ranked.iterrows():
        row = [int(r["rank"]), r["code"], r["name"]]
        if sido:
            row.append(r["sido"])
        row.append(_fmt_score(r["score"]))
        if contrib:
            top = sorted(contrib, key=lambda c: -(float(r[c]) if r[c] == r[c] else 0.0))[0]
            ind = top[2:]
            row.append(f"{(labels or {}).get(ind, ind)} {_fmt_score(r[top])}")
        rows.append(row)
    if contrib:
        headers.append("largest contribution")
    align = [">", "<", "<"] + (["<"] if sido else []) + [">", "<"][: 2 if contrib else 1]
    return format_table(headers, rows, align=align)


def indicator_labels(language: str | None = None) -> dict[str, str]:
    """Indicator id -> label from the demo metadata in the command line's language (empty if unavailable).

    English unless ``SMARTZONE_LANG=ko`` (:func:`~smartzone.app.cli.console.cli_language`): the English
    output has no Korean but the district names.
    """
    key = "label_ko" if (language or cli_language()) == "ko" else "label_en"
    meta = _demo_metadata()
    return {d["id"]: d.get(key) or d.get("label_ko") or d["id"] for d in meta.get("indicators", []) if "id" in d}


# ---------------------------------------------------------------------------
# score
# ---------------------------------------------------------------------------
def _outputs(out_dir: Path, formats: Sequence[str]) -> list[Path]:
    return [p for fmt in formats for p in output_paths(out_dir, OUTPUT_NAME, fmt)]


def _prepare_out_dir(out: str, formats: Sequence[str], overwrite: bool) -> Path:
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise CommandError(f"output folder {out_dir} is a file, not a folder.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CommandError(f"cannot create output folder {out_dir}: {exc.strerror or exc}.") from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise CommandError(f"output folder {out_dir} is not writable.")
    existing = [p for p in _outputs(out_dir, formats) if p.exists()]
    names = ", ".join(p.name for p in existing)
    if existing and not overwrite:
        raise CommandError(f"{names} already exist in {out_dir}; use --overwrite to replace them.")
    if existing:  # never replace results without saying so
        print(f"smartzone: replacing the existing {names} in {out_dir}", file=sys.stderr)
    return out_dir


def _formats(extra: Sequence[str] | None) -> list[str]:
    formats = ["gpkg", "csv"]
    for item in extra or ():
        for fmt in str(item).lower().replace(",", " ").split():
            fmt = fmt.lstrip(".")
            if fmt not in EXPORT_FORMATS:
                raise CommandError(f"unknown export format {fmt!r}: use {', '.join(EXPORT_FORMATS)}.")
            if fmt not in formats:
                formats.append(fmt)
    return formats


def _check_encoding(encoding: str) -> str:
    enc = encoding.lower().replace("_", "-")
    if enc in ("cp949", "euc-kr", "ms949"):
        return "cp949"
    if enc in ("utf-8", "utf8"):
        return "utf-8"
    raise CommandError(f"unknown shapefile encoding {encoding!r}: use cp949 or utf-8.")


def _check_crs(crs: str | None) -> str | None:
    if crs is None:
        return None
    try:
        from pyproj import CRS

        CRS.from_user_input(crs)
    except Exception:
        raise CommandError(f"unknown CRS {crs!r}: use an EPSG code such as EPSG:5179 or EPSG:5186.") from None
    return crs


def build_project(args: argparse.Namespace) -> tuple[Project, str]:
    """The project and scenario name that ``score`` (and ``compare``) work on."""
    level = check_level(args.level)
    if args.project:
        project = open_project(args.project, level)
        name = args.scenario
        if name is None and args.preset:
            name = args.preset if args.preset in project.scenarios else None
            if name is None:
                name = project.add_preset_scenario(args.preset, activate=True).name
        scenario = project.get_scenario(name).name
    else:
        preset = args.preset or DEFAULT_PRESET
        project = demo_project(preset, level or "sigungu")
        scenario = project.get_scenario(args.scenario or preset).name
    if getattr(args, "method", None):
        project.set_method(args.method, scenario=scenario)
    return project, scenario


def _write_outputs(run: Any, frame: Any, out_dir: Path, formats: Sequence[str], args: argparse.Namespace,
                   crs: str | None, encoding: str, provenance: list[str]) -> list[str]:
    reports, recovered = write_score_set(run, formats, out_dir, OUTPUT_NAME, frame=frame, crs=crs,
                                         encoding=encoding, overwrite=args.overwrite, provenance=provenance)
    for message in recovered:
        print(f"smartzone: warning: {message}", file=sys.stderr)
    return [rep.summary() for rep in reports]


def _run(args: argparse.Namespace) -> int:
    if args.top < 0:
        raise CommandError("--top must be 0 or more.")
    formats = _formats(args.export)
    encoding = _check_encoding(args.encoding)
    crs = _check_crs(args.crs)
    from smartzone.app.cli.commands import report_options

    try:
        pdf = report_options.report_path(args)
    except report_options.ReportOptionError as exc:
        raise CommandError(str(exc)) from None
    project, scenario = build_project(args)  # validates preset, level, project first
    out_dir = _prepare_out_dir(args.out, formats, args.overwrite) if args.out else None
    if pdf is not None:
        try:
            report_options.check_report_target(pdf, args.overwrite)
        except report_options.ReportOptionError as exc:
            raise CommandError(str(exc)) from None

    from smartzone.app.core.pipeline import run_scenario

    feedback = make_feedback(args.quiet, "scoring")
    with feedback.catch_interrupt():
        run = run_scenario(project, scenario, feedback=feedback)
    if getattr(args, "weights", None):
        run = _objective_weights(run, args.weights, args.weights_source)
    if getattr(args, "oat", None) is not None:
        _print_oat(run, int(args.oat), max(1, int(args.top) or 10))
    for warning in run.result.diagnostics.get("warnings", []) or []:
        print(f"smartzone: warning: {warning}", file=sys.stderr)
    frame = run.frame()
    hotspot_lines: list[str] = []
    if getattr(args, "hotspots", None):
        frame, hotspot_lines = _hotspots(run, frame, args)
    sc = project.get_scenario(scenario)
    level_ko = level_label(project.level)
    provenance = provenance_lines(project)
    n_total = len(frame)
    n_excluded = int((frame["excluded"] != "").sum())

    print(f"SmartZone scores: scenario '{sc.name}' ({sc.description or sc.preset or 'custom'}), "
          f"{level_ko} ({project.level}), method {sc.method}, {len(sc.criteria)} criteria")
    print()
    print(top_table(frame, args.top, indicator_labels()))
    print()
    imputed = len(run.imputed_codes())
    print(f"scored: {n_total - n_excluded} of {n_total} districts; excluded: {n_excluded}"
          + (f"; scored with filled-in values: {imputed}" if imputed else ""))
    for message in run.messages():
        print(f"note: {message}")
    reasons = Counter(r for text in frame["excluded"] if text for r in str(text).split("; "))
    if len(reasons) > 1:
        print("  reasons (a district may have several):")
    for reason, count in reasons.most_common(5):
        print(f"  {count:5d}  {reason}")
    for line in hotspot_lines:
        print(line)
    if provenance:
        print("data sources:")
        for line in provenance:
            print(line)
    if out_dir is not None:
        feedback.reset("writing")
        summaries = _write_outputs(run, frame, out_dir, formats, args, crs, encoding, provenance)
        print("written:")
        for text in summaries:
            for line in text.splitlines():
                print(f"  {line}")
    if pdf is not None:
        feedback.reset("report")
        with feedback.catch_interrupt():
            written = report_options.write_report(
                run, frame, pdf, overwrite=args.overwrite, top_n=max(args.top, 20),
                n_runs=args.report_runs, language=args.report_language, feedback=feedback,
                exported_crs=crs if out_dir is not None and formats else None,
            )
        print(f"report: {written}")
        print(f"  map:  {written.with_name(written.stem + '_map.png')}")
    return 0


def _objective_weights(run: Any, method: str, source: str) -> Any:
    """Set the scenario's weights to entropy / CRITIC / rank-order weights and score again."""
    from smartzone.app.core.pipeline import rescore
    from smartzone.app.core.weighting import RANK_METHODS, derived_weights

    sc = run.project.get_scenario(run.scenario)
    weights = derived_weights(run.matrix, sc.criteria, method, source)
    run.project.set_weights(weights, scenario=run.scenario)
    listed = ", ".join(f"{k} {v:.3f}" for k, v in weights.items())
    what = "criteria order" if method in RANK_METHODS else f"{source} values"
    print(f"{method} weights ({what}): {listed}")
    return rescore(run)


def _print_oat(run: Any, steps: int, top_k: int) -> None:
    """One-at-a-time sensitivity of the run's weights, one line per criterion."""
    from smartzone.app.core.weighting import one_at_a_time_rows

    if steps < 2:
        raise CommandError("--oat needs at least 2 steps.")
    sc = run.project.get_scenario(run.scenario)
    rows = one_at_a_time_rows(run.matrix, sc.criteria, sc.method, sc.params, steps=steps, top_k=top_k)
    print(f"one-at-a-time sensitivity ({steps} steps per weight, others rescaled): "
          f"weight range keeping the same top {top_k}")
    width = max(len(r.indicator) for r in rows)
    for r in rows:
        print(f"  {r.indicator.ljust(width)}  weight {r.weight:6.1%}  top {top_k} unchanged "
              f"from {r.stable_low:6.1%} to {r.stable_high:6.1%}")


def _hotspots(run: Any, frame: Any, args: argparse.Namespace) -> tuple[Any, list[str]]:
    """Add the hot-spot columns to the result frame; lines to print."""
    from smartzone.app.core.hotspots import HotspotOptions, add_hotspots, rank_spread

    if args.hotspots_spread < 0:
        raise CommandError("--hotspots-spread must be 0 or more.")
    options = HotspotOptions(method=args.hotspots, permutations=args.permutations, seed=args.seed,
                             alpha=args.alpha, correction=args.correction)
    spread = rank_spread(run, args.hotspots_spread, args.seed) if args.hotspots_spread else None
    frame, summaries = add_hotspots(frame, options, spread=spread)
    run.result.recipe["hotspots"] = [s.describe() for s in summaries]
    return frame, ["hot spots:"] + [f"  {s.describe()}" for s in summaries]
