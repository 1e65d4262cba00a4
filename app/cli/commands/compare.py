"""``smartzone compare``: how much do two rankings agree?

Each of ``A`` and ``B`` is one of:

* a scores file (``.gpkg``, ``.csv`` or ``.shp``) with a ``code`` column and a
  ``score`` or ``rank`` column (e.g. written by ``smartzone score``);
* the name of a scenario of ``--project FILE``;
* a preset id, scored on the demo data at ``--level`` (or the project's level).

Examples::

    smartzone compare industry-hub shrinking-city --level sigungu
    smartzone compare results/a/scores.csv results/b/scores.gpkg --top-k 20
    smartzone compare --project plan.smartzone.json "기본" "가중치 변경"

Prints Spearman's rho, Kendall's tau, the overlap of the two top-k lists and
the districts whose rank changed most (with their Korean names).
"""
from __future__ import annotations

import argparse
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartzone.app.cli.commands import help_text
from smartzone.app.cli.commands.score import (
    CommandError,
    check_level,
    demo_project,
    guarded,
    make_feedback,
    open_project,
)
from smartzone.app.core.export import EXPORT_FORMATS

#: Files ``smartzone score`` writes (the export registry's main files).
SCORE_FILE_SUFFIXES = tuple(f.suffix for f in EXPORT_FORMATS.values())


def register(subparsers: Any) -> None:
    """Add the ``compare`` sub-command."""
    p = subparsers.add_parser(
        "compare",
        help="compare two rankings (presets, project scenarios or score files)",
        description=help_text(__doc__),
    )
    p.add_argument("a", metavar="A", help="preset id, scenario of --project, or scores file")
    p.add_argument("b", metavar="B", help="preset id, scenario of --project, or scores file")
    p.add_argument("--top-k", type=int, default=10, metavar="K", help="size of the top lists compared (default 10)")
    p.add_argument("--level", help="sigungu or emd, for presets (default sigungu or the project's level)")
    p.add_argument("--project", metavar="FILE", help="project whose scenarios A and B may name")
    p.add_argument("--changes", type=int, default=10, metavar="N", help="largest rank changes listed (default 10)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``smartzone compare``; returns the exit status."""
    return guarded(_run, args)


@dataclass
class Ranking:
    """One side of a comparison: scores (higher = better) and names by district code."""

    label: str
    score: Any  # pandas Series indexed by code (NaN = excluded)
    rank: Any  # pandas Series (nullable int, 1 = best) indexed by code
    names: dict[str, str] = field(default_factory=dict)
    from_file: bool = False
    has_names: bool = False  # the file had a name column (matches are checked by name)
    code_match: Any = None  # smartzone.layers.codes.CodeMatchReport once aligned


# ---------------------------------------------------------------------------
# resolving A and B
# ---------------------------------------------------------------------------
def _from_run(run: Any, label: str) -> Ranking:
    frame = run.layer.frame
    names = dict(zip(frame["code"].astype(str), frame["name"].astype(str), strict=False))
    return Ranking(label, run.result.score, run.result.rank, names)


def _read_scores_file(path: Path) -> Ranking:
    import pandas as pd

    from smartzone.layers.errors import SchemaError
    from smartzone.layers.tables import normalize_code

    has_names = False
    if path.suffix.lower() == ".csv":
        from smartzone.layers.tables import read_table

        table = read_table(path)  # finds the code column (code, adm_cd, 행정구역코드 ...)
        frame = table.frame.reset_index()
        if table.name_column and "name" not in frame.columns:
            frame = frame.rename(columns={table.name_column: "name"})
        has_names = "name" in frame.columns
    else:
        frame, has_names = _read_vector_scores(path)
    cols = {str(c).lower(): c for c in frame.columns}
    if "code" not in cols:
        raise SchemaError(f"Scores file {path} has no 'code' column; columns: {', '.join(map(str, frame.columns))}.")
    codes = [normalize_code(c) for c in frame[cols["code"]]]
    index = pd.Index(codes, name="code", dtype="str")
    if "rank" in cols:
        values = pd.to_numeric(frame[cols["rank"]], errors="coerce").to_numpy(dtype=float)
        rank = pd.Series(pd.array(values.round(), dtype="Int64"), index=index)
        score = -pd.Series(values, index=index)  # higher = better
    elif "score" in cols:
        score = pd.Series(pd.to_numeric(frame[cols["score"]], errors="coerce").to_numpy(dtype=float), index=index)
        rank = score.rank(ascending=False, method="min").astype("Int64")
    else:
        raise SchemaError(
            f"Scores file {path} has neither a 'score' nor a 'rank' column; "
            f"columns: {', '.join(map(str, frame.columns))}."
        )
    names = {}
    if "name" in cols:
        names = dict(zip(codes, frame[cols["name"]].astype(str), strict=False))
    return Ranking(path.name, score, rank, names, from_file=True, has_names=has_names and bool(names))


def _read_vector_scores(path: Path) -> tuple[Any, bool]:
    """A scores layer with ``code`` (and ``name``) columns, whatever its fields are called.

    Through :func:`smartzone.layers.vector.read_districts`: the code field may be
    ``SIG_CD``/``ADM_CD``..., the name field ``SIG_KOR_NM``..., and a CP949
    shapefile without ``.cpg`` is decoded right.
    """
    import pyogrio

    from smartzone.layers.errors import LayerReadError
    from smartzone.layers.vector import read_districts

    try:
        layers = [str(row[0]) for row in pyogrio.list_layers(path)]
    except Exception as exc:
        raise LayerReadError(f"Cannot read scores file {path}: {str(exc).splitlines()[0]}") from None
    data_layers = [name for name in layers if name != "layer_styles"]
    layer = "scores" if "scores" in data_layers else (data_layers or layers)[0]
    dl = read_districts(path, layer=layer, assume_crs="EPSG:5179", target_crs=None)
    frame = dl.frame.drop(columns=[dl.frame.geometry.name])
    return frame, dl.report.name_field is not None


def align(file_side: Ranking, other: Ranking) -> Ranking:
    """Re-key a file's ranking onto the other side's districts, through the code crosswalk.

    Codes are matched by :func:`smartzone.layers.codes.match_codes` (census codes or
    행정표준코드, checked by name when the file has names); only matched and translated
    rows are kept, mismatched and unmatched ones are reported, never used.
    """
    import pandas as pd

    from smartzone.layers.codes import match_codes

    codes = [str(c) for c in file_side.score.index]
    names = [file_side.names.get(c) for c in codes] if file_side.has_names else None
    targets = [str(c) for c in other.score.index]
    cm = match_codes(codes, names, targets, other.names)
    mapping = cm.mapping
    keep = [c in mapping for c in codes]
    index = pd.Index([mapping[c] for c, k in zip(codes, keep, strict=True) if k], name="code", dtype="str")
    score = pd.Series(file_side.score.to_numpy()[keep], index=index)
    rank = pd.Series(file_side.rank.array[keep], index=index)
    renamed = {mapping[c]: file_side.names.get(c, "") for c in codes if c in mapping}
    return Ranking(file_side.label, score, rank, renamed, True, file_side.has_names, cm)


def kind_of(operand: str, args: argparse.Namespace, cache: dict[Any, Any]) -> str:
    """``"file"``, ``"scenario"`` or ``"preset"``; raises :class:`CommandError` otherwise."""
    from smartzone.app.core.model.presets import available_presets

    path = Path(operand)
    if path.suffix.lower() in SCORE_FILE_SUFFIXES:
        if not path.is_file():
            raise CommandError(f"scores file {path} does not exist.")
        return "file"
    level = check_level(args.level)
    project = cache.get("project")
    if args.project and project is None:
        project = cache["project"] = open_project(args.project, level)
    if project is not None and operand in project.scenarios:
        return "scenario"
    presets = available_presets()
    if operand in presets or path.suffix.lower() == ".toml":
        return "preset"
    where = f"a scenario of {args.project} ({', '.join(project.scenarios)}), " if project is not None else ""
    raise CommandError(
        f"{operand!r} is neither a scores file (.gpkg, .csv, .shp), {where}nor a preset "
        f"(available presets: {', '.join(presets) or 'none'})."
    )


def resolve(operand: str, args: argparse.Namespace, cache: dict[Any, Any]) -> Ranking:
    """Turn one of A/B into a :class:`Ranking` (scoring if needed)."""
    from smartzone.app.core.pipeline import run_scenario

    kind = kind_of(operand, args, cache)
    if kind == "file":
        return _read_scores_file(Path(operand))
    project = cache.get("project")
    if kind == "scenario":
        assert project is not None  # kind_of finds scenarios only in a loaded project
        target, name, label = project, operand, f"scenario '{operand}'"
    else:
        lvl = args.level or (project.level if project is not None else "sigungu")
        target = cache.get(("demo", lvl))
        if target is None:
            target = cache[("demo", lvl)] = demo_project(operand, lvl)
        if operand not in target.scenarios:
            target.add_preset_scenario(operand, name=operand)
        name, label = operand, f"preset '{operand}' ({lvl})"
    feedback = make_feedback(args.quiet, f"scoring {operand}")
    with feedback.catch_interrupt():
        run = run_scenario(target, name, feedback=feedback)
    return _from_run(run, label)


# ---------------------------------------------------------------------------
# comparing and printing
# ---------------------------------------------------------------------------
def compare(a: Ranking, b: Ranking, top_k: int) -> Any:
    """:func:`smartzone.scoring.compare.compare_rankings` of the two rankings."""
    from smartzone.scoring.compare import compare_rankings

    common = a.rank.dropna().index.intersection(b.rank.dropna().index)
    if len(common) == 0:
        raise CommandError(
            f"{a.label} and {b.label} have no ranked district in common: are they of the same level?"
        )
    return compare_rankings(a.rank, b.rank, top_k=top_k, labels=(a.label, b.label))


def _fmt(value: float, p: float) -> str:
    if math.isnan(value):
        return "n/a"
    if math.isnan(p):
        return f"{value:.3f}"
    return f"{value:.3f}  (p {'< 0.001' if p < 0.001 else f'= {p:.3f}'})"


def report(a: Ranking, b: Ranking, cmp: Any, n_changes: int) -> str:
    """The printed comparison: statistics, top-k overlap, largest rank changes."""
    from smartzone.app.cli.console import format_table

    def name(code: str) -> str:
        return a.names.get(code) or b.names.get(code) or ""

    k = cmp.top_k
    lines = [f"A: {a.label}", f"B: {b.label}", f"districts ranked in both: {cmp.n_common}", ""]
    stats = [
        ["Spearman rho", _fmt(cmp.spearman, cmp.spearman_p)],
        ["Kendall tau", _fmt(cmp.kendall, cmp.kendall_p)],
        [f"top-{k} overlap", f"{cmp.overlap} of {k} ({100 * cmp.overlap / k:.0f}%), Jaccard {cmp.jaccard:.2f}"],
    ]
    lines.append(format_table(["statistic", "value"], stats, align=["<", "<"]))
    for label, codes, col in (("A", cmp.only_in_a, "rank_a"), ("B", cmp.only_in_b, "rank_b")):
        if codes:
            shown = ", ".join(f"{name(c) or c} ({int(cmp.ranks.at[c, col])})" for c in codes[:k])
            lines.append(f"in the top {k} of {label} only: {shown}")
    changes = cmp.rank_change[cmp.rank_change != 0].head(max(0, n_changes))
    if len(changes):
        rows = []
        for code, d in changes.items():
            rows.append([code, name(code), int(cmp.ranks.at[code, "rank_a"]), int(cmp.ranks.at[code, "rank_b"]),
                         f"{'+' if d > 0 else ''}{int(d)}"])
        lines += ["", "largest rank changes (+ = higher in B):"]
        lines.append(format_table(["code", "name", "rank A", "rank B", "change"], rows,
                                  align=["<", "<", ">", ">", ">"]))
    only_a = int((cmp.ranks["rank_a"].notna() & cmp.ranks["rank_b"].isna()).sum())
    only_b = int((cmp.ranks["rank_b"].notna() & cmp.ranks["rank_a"].isna()).sum())
    if only_a or only_b:
        lines += ["", f"ranked only in A: {only_a}; only in B: {only_b} (excluded or absent on the other side)"]
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    if args.top_k < 1:
        raise CommandError("--top-k must be 1 or more.")
    cache: dict[Any, Any] = {}
    for operand in (args.a, args.b):  # fail fast, before any scoring
        kind_of(operand, args, cache)
    a = resolve(args.a, args, cache)
    b = resolve(args.b, args, cache)
    if b.from_file:
        b = align(b, a)
    elif a.from_file:
        a = align(a, b)
    for side in (a, b):
        if side.code_match is not None:
            print(f"{side.label}:")
            for line in side.code_match.summary_lines():
                print(f"  {line}")
    cmp = compare(a, b, args.top_k)
    print(report(a, b, cmp, args.changes))
    return 0
