"""From a project to scores: read layers, build the indicator matrix, score.

Qt-free and shared by the app (run in a worker thread) and the command line.
Heavy libraries are imported inside the functions so importing this module is
cheap.

* :func:`load_matrix` reads the districts layer and the indicator table of a
  project (or of the bundled demo at a level), joins them and returns the
  districts plus the *matrix* (indexed by district code, one numeric column per
  indicator). Results are cached per input files (path, modification time,
  size) and reading options.
* :func:`score_project` scores a scenario with the scoring engine.
* :func:`result_frame` turns a score result into a GeoDataFrame ready for
  export: ``code, name, score, rank, excluded, c_<indicator> ..., geometry``.
"""
from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartzone.app.model.project import LEVELS, Project, ProjectError

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from smartzone.layers.feedback import Feedback
    from smartzone.layers.vector import DistrictLayer
    from smartzone.scoring.model import ScoreResult

__all__ = [
    "CONTRIBUTION_PREFIX",
    "ScoreRun",
    "clear_cache",
    "load_matrix",
    "result_frame",
    "run_scenario",
    "score_project",
]

#: Prefix of the per-criterion contribution columns in :func:`result_frame`.
CONTRIBUTION_PREFIX = "c_"
_CACHE_SIZE = 4
_cache: OrderedDict[tuple[Any, ...], tuple[Any, Any, list[str]]] = OrderedDict()


class _SubFeedback:
    """Maps a sub-task's 0-100 % onto ``[start, end]`` of a parent feedback."""

    def __init__(self, parent: Feedback | None, start: float, end: float) -> None:
        self.parent, self.start, self.end = parent, start, end

    def set_progress(self, percent: float) -> None:
        if self.parent is not None:
            self.parent.set_progress(self.start + (self.end - self.start) * float(percent) / 100.0)

    def is_canceled(self) -> bool:
        return self.parent is not None and self.parent.is_canceled()

    def info(self, message: str) -> None:
        if self.parent is not None:
            self.parent.info(message)


@dataclass(frozen=True)
class _Inputs:
    districts: Path
    districts_options: tuple[tuple[str, Any], ...]
    table: Path | None
    table_options: tuple[tuple[str, Any], ...]
    target_crs: str


def _stamp(path: Path | None) -> tuple[Any, ...]:
    if path is None:
        return ()
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


def _freeze(options: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted((k, repr(v)) for k, v in options.items()))


def _inputs(source: Project | str) -> tuple[_Inputs, dict[str, Any], dict[str, Any]]:
    if isinstance(source, str):
        if source not in LEVELS:
            raise ProjectError(f"Unknown level {source!r}: use one of {', '.join(LEVELS)}.")
        from smartzone.resources import demo_data

        dist_opts = {"layer": source, "code_field": "code", "name_field": "name"}
        table_opts = {"code_column": "code"}
        inputs = _Inputs(
            Path(demo_data.districts_path()), _freeze(dist_opts),
            Path(demo_data.indicators_path(source)), _freeze(table_opts), "EPSG:5179",
        )
        return inputs, dist_opts, table_opts
    project = source
    districts = project.layer_by_role("districts")
    if districts is None:
        districts = next((lyr for lyr in project.layers if lyr.kind == "vector"), None)
    if districts is None:
        raise ProjectError(
            "The project has no districts layer: add a vector layer of 시군구 or 읍면동 boundaries."
        )
    table = project.layer_by_role("indicators")
    if table is None:
        table = next((lyr for lyr in project.layers if lyr.kind == "table"), None)
    o = districts.options
    dist_opts = {
        "layer": o.get("layer"),
        "code_field": o.get("code_field"),
        "name_field": o.get("name_field"),
        "assume_crs": o.get("crs"),
        "encoding": o.get("encoding"),
    }
    table_opts: dict[str, Any] = {}
    if table is not None:
        t = table.options
        table_opts = {"code_column": t.get("code_column"), "encoding": t.get("encoding"), "sheet": t.get("sheet")}
    inputs = _Inputs(
        districts.path, _freeze(dist_opts),
        table.path if table is not None else None, _freeze(table_opts), project.crs,
    )
    return inputs, dist_opts, table_opts


def clear_cache() -> None:
    """Forget cached matrices (e.g. after the user edits a file in place)."""
    _cache.clear()


def load_matrix(
    source: Project | str, feedback: Feedback | None = None, *, use_cache: bool = True
) -> tuple[DistrictLayer, pd.DataFrame]:
    """Districts and their indicator matrix for a project, or for the demo at a level.

    Parameters
    ----------
    source
        A :class:`Project` (its ``districts`` and ``indicators`` layers are
        used; without a table, the numeric fields of the districts layer are the
        indicators) or a level name (``"sigungu"``/``"emd"``) for the bundled demo.
    feedback
        Receives progress (0-100 %) and messages; may cancel.
    use_cache
        Reuse a previous result for unchanged files (path, mtime, size) and options.

    Returns
    -------
    (DistrictLayer, DataFrame)
        The districts (in the project CRS, ``frame`` with ``code``, ``name``,
        geometry, plus the joined table columns) and the matrix: indexed by
        district code (``str``, one row per district, layer order), one float
        column per numeric indicator; NaN where the table has no value.
        Treat both as read-only: they are shared through the cache.

    Raises
    ------
    LayerError
        Reading or joining failed (message names the file).
    ProjectError
        The project has no districts layer, or an unknown level.
    """
    inputs, dist_opts, table_opts = _inputs(source)
    key = (inputs, _stamp(inputs.districts), _stamp(inputs.table))
    if use_cache and key in _cache:
        _cache.move_to_end(key)
        layer, matrix, _cols = _cache[key]
        if feedback is not None:
            feedback.set_progress(100)
        return layer, matrix

    from smartzone.layers.feedback import check_canceled
    from smartzone.layers.vector import read_districts

    check_canceled(feedback)
    if feedback is not None:
        feedback.set_progress(0)
        feedback.info(f"reading districts {inputs.districts.name}")
    kwargs = {k: v for k, v in dist_opts.items() if v is not None}
    assume_crs = kwargs.pop("assume_crs", None)
    layer = read_districts(
        inputs.districts,
        **kwargs,
        assume_crs=assume_crs,
        target_crs=inputs.target_crs,
        feedback=_SubFeedback(feedback, 0, 70) if feedback is not None else None,
    )
    check_canceled(feedback)
    if inputs.table is not None:
        from smartzone.layers.tables import join_indicators, read_table

        if feedback is not None:
            feedback.info(f"reading indicators {inputs.table.name}")
        table = read_table(inputs.table, **{k: v for k, v in table_opts.items() if v is not None})
        if feedback is not None:
            feedback.set_progress(85)
        report = join_indicators(layer, table)
        if feedback is not None:
            feedback.info(report.summary())
        back = {new: old for old, new in report.renamed.items()}
        numeric = set(table.numeric_columns)
        cols = [c for c in report.columns if back.get(c, c) in numeric]
        layer = report.layer
        matrix = _matrix(layer.frame, cols, rename=back)
    else:
        import pandas as pd

        frame = layer.frame
        cols = [
            c for c in frame.columns
            if c not in ("code", "name", "geometry") and pd.api.types.is_numeric_dtype(frame[c])
        ]
        matrix = _matrix(frame, cols, rename={})
    if feedback is not None:
        feedback.set_progress(100)
    if use_cache:
        _cache[key] = (layer, matrix, cols)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return layer, matrix


def _matrix(frame: Any, columns: list[str], rename: dict[str, str]) -> pd.DataFrame:
    import pandas as pd

    matrix = pd.DataFrame(frame[columns]).astype("float64")
    matrix.index = pd.Index(frame["code"].astype(str).to_numpy(), name="code")
    matrix.columns = [rename.get(c, c) for c in columns]
    return matrix


def score_project(
    project: Project, scenario: str | None = None, *, feedback: Feedback | None = None
) -> ScoreResult:
    """Score ``scenario`` (default: the active one) of ``project`` with the scoring engine.

    The result's ``recipe`` also records the scenario name, level and input files.
    A scenario of method ``"external"`` (an imported candidate map, see
    :mod:`smartzone.app.model.candidate_import`) is not scored: its result is
    read from its file, with recipe ``{"method": "external", "source": file,
    "field": value field, "kind": "score"|"rank", ...}``.

    Raises
    ------
    ScoringError
        Unknown method, bad parameters, criteria not in the matrix ...
    LayerError, ProjectError
        As for :func:`load_matrix`.
    """
    return run_scenario(project, scenario, feedback=feedback).result


@dataclass
class ScoreRun:
    """Everything one scoring run produced (for the CLI, the app and reports)."""

    project: Project
    scenario: str
    layer: DistrictLayer
    matrix: pd.DataFrame
    result: ScoreResult

    def frame(self) -> gpd.GeoDataFrame:
        """:func:`result_frame` of this run."""
        return result_frame(self.layer, self.result)


def run_scenario(
    project: Project, scenario: str | None = None, *, feedback: Feedback | None = None
) -> ScoreRun:
    """Load the matrix and score ``scenario``; returns the layer, matrix and result."""
    from smartzone.layers.feedback import check_canceled
    from smartzone.scoring.engine import ScoringSession
    from smartzone.scoring.registry import get_scorer

    sc = project.get_scenario(scenario)
    layer, matrix = load_matrix(project, _SubFeedback(feedback, 0, 80) if feedback is not None else None)
    check_canceled(feedback)
    if sc.method == "external":  # imported candidate map: the scores come from its file
        from smartzone.app.model.candidate_import import external_result

        if feedback is not None:
            feedback.info(f"reading candidate map of '{sc.name}' ({sc.params.get('path')})")
        result = external_result(project, sc)
        result.recipe.setdefault("inputs", {lyr.id: str(lyr.path) for lyr in project.layers})
        if feedback is not None:
            feedback.set_progress(100)
        return ScoreRun(project, sc.name, layer, matrix, result)
    if feedback is not None:
        feedback.info(f"scoring '{sc.name}' with {sc.method} ({len(sc.criteria)} criteria)")
    scorer = get_scorer(sc.method, **dict(sc.params))
    result = ScoringSession(matrix, sc.criteria, scorer).score()
    recipe = result.recipe
    recipe.setdefault("scenario", sc.name)
    recipe.setdefault("level", project.level)
    recipe.setdefault("inputs", {lyr.id: str(lyr.path) for lyr in project.layers})
    if feedback is not None:
        feedback.set_progress(100)
    return ScoreRun(project, sc.name, layer, matrix, result)


def result_frame(layer: DistrictLayer, result: ScoreResult) -> gpd.GeoDataFrame:
    """One row per district: ``code, name, [sido,] score, rank, excluded, c_<indicator>..., geometry``.

    ``score`` is 0-100 (NaN where excluded), ``rank`` 1 = best (nullable
    integer), ``excluded`` the reason text ("" when scored), ``c_<indicator>``
    the points each criterion contributes. CRS is the layer's.
    """
    import geopandas as gpd
    import pandas as pd

    src = layer.frame
    codes = pd.Index(src["code"].astype(str).to_numpy(), name="code")
    out = pd.DataFrame(index=codes)
    out["code"] = codes.to_numpy()
    out["name"] = src["name"].astype(str).to_numpy() if "name" in src.columns else ""
    for extra in ("sido",):
        if extra in src.columns:
            out[extra] = src[extra].astype(str).to_numpy()
    out["score"] = pd.to_numeric(result.score.reindex(codes), errors="coerce").astype("float64")
    out["rank"] = pd.array(result.rank.reindex(codes), dtype="Int64")
    excluded = {str(k): str(v) for k, v in result.excluded.items()}
    out["excluded"] = [excluded.get(c, "") for c in codes]
    contributions = result.contributions
    if contributions is not None and len(contributions.columns):
        contrib = contributions.reindex(codes)
        for col in contrib.columns:
            out[f"{CONTRIBUTION_PREFIX}{col}"] = pd.to_numeric(contrib[col], errors="coerce").to_numpy()
    out = out.reset_index(drop=True)
    return gpd.GeoDataFrame(out, geometry=src.geometry.to_numpy(), crs=src.crs)
