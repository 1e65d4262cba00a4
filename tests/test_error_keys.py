"""Every error a user can meet in ``layers/``, ``app/core/`` and ``scoring/`` carries a ``key`` (issue 14 §3).

The app words a keyed error in the UI's language (:mod:`smartzone.app.drawing.error_words`,
through the ``.ts``); an error without a key reaches the Korean UI as a family sentence with the
English original after "원문:". This test scans the sources (``ast``, no import) for
``raise SomeSmartZoneError(...)`` without ``key=``: a new one fails here. Give it a key, its
params and its sentence in ``error_words.py`` (tests/app/test_error_words.py shows how).

``NOT_YET_KEYED`` was the backlog (sites per function, counted; 147 on 2026-12-07, none left the
same evening): it may only shrink; when you key a site, lower its count (the test fails until you
do, so the list stays true). ``INTERNAL`` holds programming errors no user input reaches (a caller passing the wrong
type): they are allowed to stay unkeyed.
"""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("layers", "app/core", "scoring")

#: Programming errors only a caller's code can cause (wrong argument type), never a user's file
#: or action: worded from their family in the Korean UI, as any bug would be.
INTERNAL: dict[tuple[str, str], int] = {
    # export_shapefile/write_gpkg called with something that is not a GeoDataFrame
    ("layers/export.py", "_prepare_geometries"): 1,
    # zonal_stats called with something that is neither a DistrictLayer nor a GeoDataFrame
    ("layers/zonal.py", "_districts_in_raster_crs"): 1,
    # a writer handed a FileSet of another folder than the one it writes into
    ("layers/export.py", "_own_or_shared"): 1,
    # scoring's API called by code with the wrong type or shape (the app and the CLI pass checked values)
    ("scoring/ahp.py", "group_ahp"): 1,  # one matrix where a list of matrices is due
    ("scoring/prepare.py", "_check_criteria"): 2,  # matrix not a DataFrame, criterion not a Criterion
    ("scoring/regions.py", "_check"): 1,  # neighbour pairs built by code out of range
    ("scoring/sensitivity.py", "_as_session"): 2,  # neither a ScoringSession nor (matrix, criteria)
    ("scoring/sensitivity.py", "_check_session"): 1,  # a scorer not built on Scorer
    ("scoring/standardize.py", "grade_classes"): 1,  # n_classes (the form checks grade's own parameter)
    ("scoring/standardize.py", "standardize"): 1,  # not a Standardization object
    ("scoring/standardize.py", "transform_curve"): 2,  # curve sample count and padding chosen by the code
    ("scoring/weights.py", "_complete_rows"): 1,  # a matrix that is not 2-D
    ("scoring/weights.py", "equal_weights"): 1,  # n is the criteria count
    ("scoring/weights.py", "objective_weights"): 1,  # standardised source without the standardised matrix
    ("scoring/shapley.py", "baseline_shapley"): 1,  # x and baseline of mismatched shapes
    ("scoring/compare.py", "_ranks_of"): 1,  # neither a ScoreResult nor a rank Series
    ("scoring/planner/robust.py", "plan_robustness"): 1,  # score runs of the wrong shape
    # a plan problem's shapes built by code; the readers (scores file, score run) check the user's
    # codes and scores first (scores_duplicate_code, scores_negative ...)
    ("scoring/planner/model.py", "PlanProblem.__post_init__"): 6,
}

#: Not keyed yet (issue 14 §3): shrink only. Empty since 2026-12-07 (147 sites of layers/ and app/core/
#: were keyed, then scoring/'s); keep it so.
NOT_YET_KEYED: dict[tuple[str, str], int] = {}


def _self_keyed(node: ast.ClassDef) -> bool:
    """A class whose ``__init__`` passes its own ``key=`` (e.g. ``MissingIndicatorError``)."""
    return any(isinstance(f, ast.FunctionDef) and f.name == "__init__"
               and any(isinstance(c, ast.Call) and any(k.arg == "key" for k in c.keywords) for c in ast.walk(f))
               for f in node.body)


def _descendants(bases: dict[str, set[str]], root: str) -> set[str]:
    names = {root}
    while True:
        more = {n for n, b in bases.items() if b & names} - names
        if not more:
            return names
        names |= more


def _smartzone_error_names() -> set[str]:
    """Names of SmartZoneError and its subclasses (and simple aliases) defined in the sources, less
    the cancellation family (:func:`~smartzone.app.core.errorboundary.describe` keys it "cancelled")
    and classes that key themselves."""
    bases: dict[str, set[str]] = {}
    self_keyed: set[str] = set()
    for folder in ("scoring", "layers", "app"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ClassDef):
                    bases.setdefault(node.name, set()).update(
                        b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases)
                    if _self_keyed(node):
                        self_keyed.add(node.name)
                elif (isinstance(node, ast.Assign) and isinstance(node.value, ast.Name)
                      and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)):
                    bases.setdefault(node.targets[0].id, set()).add(node.value.id)
    return _descendants(bases, "SmartZoneError") - _descendants(bases, "Cancelled") - self_keyed


def _unkeyed_raises() -> Counter[tuple[str, str]]:
    names = _smartzone_error_names()
    found: Counter[tuple[str, str]] = Counter()
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()

            def visit(node: ast.AST, scope: list[str], rel: str = rel) -> None:
                for child in ast.iter_child_nodes(node):
                    if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                        visit(child, [*scope, child.name])
                        continue
                    # every error built, raised at once or not (a helper that returns one for its caller
                    # to raise, a guard that builds one per case: both hid unkeyed errors from a raise-only scan)
                    if isinstance(child, ast.Call):
                        func = child.func
                        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                        if name in names and not any(k.arg in ("key", None) for k in child.keywords):
                            found[(rel, ".".join(scope))] += 1
                    visit(child, scope)

            visit(ast.parse(path.read_text(encoding="utf-8")), [])
    return found


def test_the_scan_knows_the_error_families() -> None:
    names = _smartzone_error_names()
    assert {"LayerReadError", "ExportError", "PlanError", "ProjectFileError", "CandidateImportError",
            "NoCriteriaError"} <= names, names
    assert not {"Cancelled", "CancelledError", "MissingIndicatorError"} & names, names


def test_no_new_unkeyed_smartzone_error() -> None:
    found = _unkeyed_raises()
    allowed = Counter(INTERNAL) + Counter(NOT_YET_KEYED)
    new = {site: n - allowed[site] for site, n in found.items() if n > allowed[site]}
    assert not new, (
        f"raise of a SmartZoneError without key= (give it a key and its words in "
        f"app/drawing/error_words.py): {new}")
    keyed = {site: allowed[site] - found[site] for site in allowed if found[site] < allowed[site]}
    assert not keyed, f"sites keyed since: lower their count in NOT_YET_KEYED / INTERNAL of {__file__}: {keyed}"
