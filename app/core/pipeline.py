"""From a project to scores: read layers, build the indicator matrix, score.

Qt-free and shared by the app (run in a worker thread) and the command line.
Heavy libraries are imported inside the functions so importing this module is
cheap.

* :func:`load_matrix` reads the districts layer and the indicator table of a
  project (or of the bundled demo at a level), joins them and returns the
  districts plus the *matrix* (indexed by district code, one numeric column per
  indicator). Results are cached per input files (path, modification time,
  size) and reading options.
* Raster layers whose ``options["zonal"]`` is ``{"stats": [...], "prefix":
  "lc"}`` add zonal statistics of the raster over the districts to the matrix,
  as ``<prefix>_<column>`` (``lc_mean``, ``lc_frac_13`` ...); see
  :func:`zonal_specs`. They are cached per raster file, statistics and
  districts.
* :func:`score_project` scores a scenario with the scoring engine.
* :func:`result_frame` turns a score result into a GeoDataFrame ready for
  export: ``code, name, score, rank, excluded, c_<indicator> ..., geometry``.
"""
from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from smartzone.app.core.keys import frozen
from smartzone.app.core.labels import bilingual
from smartzone.app.core.model.project import EXTERNAL_METHOD, LEVELS, Project, ProjectError
from smartzone.app.core.words import QT_TRANSLATE_NOOP, words

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from smartzone.layers.feedback import Feedback
    from smartzone.layers.vector import DistrictLayer
    from smartzone.scoring.model import ScoreResult

__all__ = [
    "CONTRIBUTION_PREFIX",
    "ZONAL_STATS",
    "ScoreRun",
    "ZonalSpec",
    "clear_cache",
    "load_matrix",
    "open_layer_raster",
    "result_frame",
    "run_scenario",
    "score_project",
    "zonal_labels",
    "zonal_specs",
]

#: Prefix of the per-criterion contribution columns in :func:`result_frame`.
CONTRIBUTION_PREFIX = "c_"
_CACHE_SIZE = 4
_cache: OrderedDict[tuple[Any, ...], tuple[Any, Any, list[str]]] = OrderedDict()
_ZONAL_CACHE_SIZE = 16
_zonal_cache: OrderedDict[tuple[Any, ...], pd.DataFrame] = OrderedDict()
#: Statistics a raster layer's ``options["zonal"]["stats"]`` may list (see :mod:`smartzone.layers.zonal`).
ZONAL_STATS = ("mean", "sum", "min", "max", "count", "majority", "fractions")
_PREFIX_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


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
    districts_options: Hashable
    table: Path | None
    table_options: Hashable
    target_crs: str


def _stamp(path: Path | None) -> tuple[Any, ...]:
    if path is None:
        return ()
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


def _freeze(options: dict[str, Any]) -> Hashable:
    return frozen(options)


def _inputs(source: Project | str) -> tuple[_Inputs, dict[str, Any], dict[str, Any]]:
    if isinstance(source, str):
        if source not in LEVELS:
            raise ProjectError(f"Unknown level {source!r}: use one of {', '.join(LEVELS)}.", key="unknown_level",
                               level=str(source), levels=list(LEVELS))
        from smartzone.resources import demo_data

        dist_opts: dict[str, Any] = {"layer": source, "code_field": "code", "name_field": "name"}
        table_opts: dict[str, Any] = {"code_column": "code"}
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
            "The project has no districts layer: add a vector layer of 시군구 or 읍면동 boundaries.",
            key="no_districts_layer",
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
    table_opts = {}
    if table is not None:
        t = table.options
        table_opts = {"code_column": t.get("code_column"), "encoding": t.get("encoding"), "sheet": t.get("sheet")}
    inputs = _Inputs(
        districts.path, _freeze(dist_opts),
        table.path if table is not None else None, _freeze(table_opts), project.crs,
    )
    return inputs, dist_opts, table_opts


@dataclass(frozen=True)
class ZonalSpec:
    """Zonal statistics requested on one raster layer (its ``options["zonal"]``)."""

    layer_id: str
    path: Path
    stats: tuple[str, ...]
    prefix: str
    legend: str | None = None
    band: int = 1


def zonal_specs(project: Project) -> list[ZonalSpec]:
    """The zonal statistics the raster layers of ``project`` ask for, in layer order.

    A raster layer takes part when ``options["zonal"]`` is a mapping with
    ``stats`` (a non-empty list of :data:`ZONAL_STATS`) and ``prefix`` (a
    letter then letters, digits or ``_``; at most 32 characters).

    Raises
    ------
    ProjectError
        The option is malformed (message names the layer and what to fix), or
        two layers use the same prefix.
    """
    specs: list[ZonalSpec] = []
    seen: dict[str, str] = {}
    for lyr in project.layers:
        opt = lyr.options.get("zonal")
        if lyr.kind != "raster" or not opt:
            continue
        name = lyr.display_name
        if not isinstance(opt, dict):
            raise ProjectError(f"Layer '{name}': the zonal option must be a mapping with 'stats' and 'prefix'.",
                               key="zonal_option", layer=name, problem="not_mapping")
        stats = opt.get("stats")
        if isinstance(stats, str):
            stats = [stats]
        if not stats or not isinstance(stats, (list, tuple)):
            raise ProjectError(f"Layer '{name}': choose at least one zonal statistic ({', '.join(ZONAL_STATS)}).",
                               key="zonal_option", layer=name, problem="no_stats", allowed=list(ZONAL_STATS))
        bad = [str(s) for s in stats if s not in ZONAL_STATS]
        if bad:
            raise ProjectError(
                f"Layer '{name}': unknown zonal statistic(s) {', '.join(bad)}; use {', '.join(ZONAL_STATS)}.",
                key="zonal_option", layer=name, problem="unknown_stats", stats=bad, allowed=list(ZONAL_STATS),
            )
        prefix = str(opt.get("prefix") or "").strip()
        if not _PREFIX_RE.match(prefix):
            raise ProjectError(
                f"Layer '{name}': zonal prefix {prefix!r} must start with a letter and hold only letters, "
                "digits and '_' (at most 32 characters), e.g. 'lc'.", key="zonal_option", layer=name,
                problem="prefix", prefix=prefix,
            )
        if prefix in seen:
            raise ProjectError(
                f"Layers '{seen[prefix]}' and '{name}' both use the zonal prefix '{prefix}': give each its own.",
                key="zonal_option", layer=name, problem="prefix_twice", other=seen[prefix], prefix=prefix,
            )
        seen[prefix] = name
        legend = lyr.options.get("legend")
        specs.append(ZonalSpec(lyr.id, lyr.path, tuple(dict.fromkeys(stats)), prefix,
                               str(legend) if legend else None, int(lyr.options.get("band", 1) or 1)))
    return specs


def open_layer_raster(path: str | os.PathLike[str], legend: str | None = None, band: int = 1) -> Any:
    """Open a project raster with its legend option (``"modis_igbp"``); see :func:`~smartzone.layers.raster.open_raster`."""
    from smartzone.layers.raster import open_raster

    if legend == "modis_igbp":
        from smartzone.layers.legends import MODIS_IGBP_LEGEND

        return open_raster(path, legend=MODIS_IGBP_LEGEND, band=band)
    return open_raster(path, band=band)


#: A zonal statistic's words in a column's display name: id -> English, worded from the .ts
#: (context ``ZonalWords``) by :func:`smartzone.app.core.words.words`.
_STAT_LABELS: dict[str, str] = {
    "mean": QT_TRANSLATE_NOOP("ZonalWords", "mean"),
    "sum": QT_TRANSLATE_NOOP("ZonalWords", "sum"),
    "min": QT_TRANSLATE_NOOP("ZonalWords", "min"),
    "max": QT_TRANSLATE_NOOP("ZonalWords", "max"),
    "count": QT_TRANSLATE_NOOP("ZonalWords", "pixel count"),
    "majority": QT_TRANSLATE_NOOP("ZonalWords", "majority class"),
}
_SHARE = QT_TRANSLATE_NOOP("ZonalWords", "share")  # a class fraction: "<class> share"


def zonal_labels(project: Project, korean: bool = True) -> dict[str, str]:
    """Display names of the zonal columns of ``project``: ``{"lc_frac_13": "토지피복: 도시·건조지 비율"}``.

    Class fractions are named after the raster's legend (Korean or English);
    the raster is opened for its metadata only. Layers that cannot be read
    or have malformed options are skipped (``load_matrix`` reports those).
    """
    out: dict[str, str] = {}
    lang = "ko" if korean else "en"
    try:
        specs = zonal_specs(project)
    except ProjectError:
        return out
    names = {lyr.id: lyr.display_name for lyr in project.layers}
    for spec in specs:
        layer_name = names.get(spec.layer_id, spec.layer_id)
        legend = None
        if "fractions" in spec.stats:
            try:
                legend = open_layer_raster(spec.path, spec.legend, spec.band).legend
            except Exception:  # unreadable raster: plain ids; load_matrix explains the error
                legend = None
        for stat in spec.stats:
            if stat != "fractions":
                out[f"{spec.prefix}_{stat}"] = f"{layer_name}: {words(lang, 'ZonalWords', _STAT_LABELS[stat])}"
        for entry in legend or ():
            label = bilingual(entry.label_ko, entry.label_en, korean)
            share = words(lang, "ZonalWords", _SHARE)
            out[f"{spec.prefix}_frac_{entry.value}"] = f"{layer_name}: {label} {share}"
    return out


def zonal_categories(project: Project, korean: bool = True) -> dict[str, dict[float, tuple[str, str]]]:
    """Class colour and name of each value of the categorical zonal columns.

    ``{"lc_majority": {13.0: ("#a5a5a5", "도시·건조지"), ...}}`` for every
    ``majority`` column of a raster with a class legend, so maps draw the
    majority class with the legend's colours and names, not as a number ramp.
    """
    out: dict[str, dict[float, tuple[str, str]]] = {}
    try:
        specs = zonal_specs(project)
    except ProjectError:
        return out
    for spec in specs:
        if "majority" not in spec.stats or not spec.legend:
            continue
        try:
            legend = open_layer_raster(spec.path, spec.legend, spec.band).legend
        except Exception:  # unreadable raster: load_matrix explains the error
            legend = None
        if legend is None:
            continue
        out[f"{spec.prefix}_majority"] = {
            float(e.value): (e.color, bilingual(e.label_ko, e.label_en, korean)) for e in legend
        }
    return out


def clear_cache() -> None:
    """Forget cached matrices and zonal statistics (e.g. after the user edits a file in place)."""
    _cache.clear()
    _zonal_cache.clear()


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
        Zonal statistics of raster layers (see :func:`zonal_specs`) follow
        as ``<prefix>_<column>`` (``lc_mean``, ``lc_frac_13`` ...).
        Treat both as read-only: they are shared through the cache.

    Raises
    ------
    LayerError
        Reading or joining failed (message names the file).
    SchemaError
        A zonal column clashes with an indicator or another raster's column.
    CancelledError
        ``feedback.is_canceled()`` returned True (nothing is cached then).
    ProjectError
        The project has no districts layer, an unknown level, or a malformed
        ``zonal`` layer option.
    """
    inputs, dist_opts, table_opts = _inputs(source)
    specs = zonal_specs(source) if isinstance(source, Project) else []
    key = (inputs, _stamp(inputs.districts), _stamp(inputs.table))
    base_fb = feedback
    if specs and feedback is not None:
        base_fb = _SubFeedback(feedback, 0, 40)
    pending: dict[tuple[Any, ...], Any] = {}  # cache entries, written only when everything succeeded
    if use_cache and key in _cache:
        _cache.move_to_end(key)
        layer, matrix, _cols = _cache[key]
        if base_fb is not None:
            base_fb.set_progress(100)
    else:
        layer, matrix, cols = _load_base(inputs, dist_opts, table_opts, base_fb)
        pending[key] = (layer, matrix, cols)
    if specs:
        matrix = _add_zonal(layer, matrix, specs, inputs, feedback, pending if use_cache else None)
        if feedback is not None:
            feedback.set_progress(100)
    if use_cache:
        for k, value in pending.items():
            target: OrderedDict[Any, Any] = _zonal_cache if k and k[0] == "zonal" else _cache
            target[k] = value
            while len(target) > (_ZONAL_CACHE_SIZE if target is _zonal_cache else _CACHE_SIZE):
                target.popitem(last=False)
    return layer, matrix


def _load_base(
    inputs: _Inputs, dist_opts: dict[str, Any], table_opts: dict[str, Any], feedback: Feedback | None
) -> tuple[DistrictLayer, pd.DataFrame, list[str]]:
    """Districts joined with the indicator table, and the matrix (no cache)."""
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
        # the table's warnings (decimal commas, stray text cells ...) travel with the layer
        layer.report.warnings.extend(w for w in table.warnings if w not in layer.report.warnings)
        if feedback is not None:
            feedback.set_progress(85)
        report = join_indicators(layer, table)
        # codes translated through the crosswalk (or mismatched by name): told with the table's warnings
        layer.report.warnings.extend(w for w in report.warnings if w not in layer.report.warnings)
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
    return layer, matrix, cols


def _add_zonal(
    layer: DistrictLayer,
    matrix: pd.DataFrame,
    specs: list[ZonalSpec],
    inputs: _Inputs,
    feedback: Feedback | None,
    pending: dict[tuple[Any, ...], Any] | None,
) -> pd.DataFrame:
    """A new matrix: ``matrix`` plus the zonal statistics of ``specs`` (``matrix`` is not modified)."""
    import pandas as pd

    from smartzone.layers.errors import SchemaError
    from smartzone.layers.feedback import check_canceled

    districts_key = (inputs.districts, inputs.districts_options, inputs.target_crs, _stamp(inputs.districts))
    parts = [matrix]
    owner = {c: "the indicator table" for c in matrix.columns}
    step = 60.0 / len(specs)
    for i, spec in enumerate(specs):
        check_canceled(feedback)
        sub = _SubFeedback(feedback, 40 + i * step, 40 + (i + 1) * step) if feedback is not None else None
        zkey = ("zonal", _stamp(spec.path), spec.stats, spec.legend, spec.band, districts_key)
        stats = pending.get(zkey) if pending is not None else None
        if stats is None and pending is not None and zkey in _zonal_cache:
            _zonal_cache.move_to_end(zkey)
            stats = _zonal_cache[zkey]
        if stats is None:
            from smartzone.layers.zonal import zonal_stats

            if feedback is not None:
                feedback.info(f"zonal statistics ({', '.join(spec.stats)}) of {spec.path.name}")
            raster = open_layer_raster(spec.path, spec.legend, spec.band)
            from smartzone.app.core.scale import app_zonal_runner

            stats = zonal_stats(layer, raster, list(spec.stats), feedback=sub, runner=app_zonal_runner(sub))
            stats = stats.astype("float64")
            stats.index = pd.Index(stats.index.astype(str), name="code")
            if pending is not None:
                pending[zkey] = stats
        elif sub is not None:
            sub.set_progress(100)
        renamed = stats.add_prefix(f"{spec.prefix}_", axis="columns")
        for col in renamed.columns:
            if col in owner:
                raise SchemaError(
                    f"Zonal statistic column '{col}' of raster layer '{spec.layer_id}' clashes with a column "
                    f"of {owner[col]}: choose another prefix than '{spec.prefix}' in Analysis ▸ Zonal statistics.",
                    key="zonal_column_clash", column=col, layer=spec.layer_id, prefix=spec.prefix,
                )
            owner[col] = f"raster layer '{spec.layer_id}'"
        parts.append(renamed.reindex(matrix.index))
    check_canceled(feedback)
    out = pd.concat(parts, axis=1)
    out.index.name = matrix.index.name
    return out


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
    :mod:`smartzone.app.core.candidate_import`) is not scored: its result is
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

    def messages(self) -> list[str]:
        """What the user must be told about this run, beyond the scores.

        The reading warnings of the districts and the table (decimal commas, text cells read
        as missing ...) and the engine's notes (constant or infinite values, imputed values),
        shown by the CLI, the app and the report alike.
        """
        out = list(getattr(getattr(self.layer, "report", None), "warnings", []) or [])
        diagnostics = getattr(self.result, "diagnostics", {}) or {}
        out += list(diagnostics.get("notes", []) or [])
        # the notes themselves (English str with kind and params), so the app and the report word them
        return list(dict.fromkeys(out))

    def imputed_codes(self) -> set[str]:
        """Districts scored with at least one filled-in (median or zero) value."""
        missing = (getattr(self.result, "diagnostics", {}) or {}).get("missing", {}) or {}
        excluded = set(getattr(self.result, "excluded", None) or {})
        return {str(code) for rep in missing.values() if rep.get("policy") in ("median", "zero")
                for code in rep.get("codes", []) if str(code) not in excluded}


def run_scenario(
    project: Project, scenario: str | None = None, *, feedback: Feedback | None = None
) -> ScoreRun:
    """Load the matrix and score ``scenario``; returns the layer, matrix and result.

    Scoring goes through :func:`smartzone.app.core.scoring.score_scenario`, the
    one entry point (and policy) shared with the app and the QGIS plugin.
    """
    from smartzone.app.core.scoring import score_scenario
    from smartzone.layers.feedback import check_canceled

    sc = project.get_scenario(scenario)
    layer, matrix = load_matrix(project, _SubFeedback(feedback, 0, 80) if feedback is not None else None)
    check_canceled(feedback)
    if feedback is not None:
        if sc.method == EXTERNAL_METHOD:
            feedback.info(f"reading candidate map of '{sc.name}' ({sc.params.get('path')})")
        else:
            feedback.info(f"scoring '{sc.name}' with {sc.method} ({len(sc.criteria)} criteria)")
    result = score_scenario(project, matrix, sc.name)
    if feedback is not None:
        feedback.set_progress(100)
    return ScoreRun(project, sc.name, layer, matrix, result)


#: What objective weights are computed on: the indicators as measured, or the 0-1 standardised values.
WEIGHT_SOURCES: tuple[Literal["raw", "standardised"], ...] = ("raw", "standardised")


def objective_weights_for(
    matrix: pd.DataFrame, criteria: Any, method: str, source: str = "raw"
) -> dict[str, float]:
    """Entropy or CRITIC weights (indicator -> weight) of the valid districts of ``matrix``.

    ``source="raw"`` is the classical method on the indicators as measured;
    ``"standardised"`` uses the criteria's 0-1 values (see
    :mod:`smartzone.scoring.weights`).
    """
    import numpy as np

    from smartzone.scoring.errors import ParameterError
    from smartzone.scoring.prepare import prepare
    from smartzone.scoring.weights import objective_weights

    kind = next((s for s in WEIGHT_SOURCES if s == source), None)
    if kind is None:  # the engine's wording (scoring.weights.objective_weights)
        raise ParameterError(f"source must be 'raw' or 'standardised', got {source!r}", key="weight_source",
                             value=str(source))
    prepared = prepare(matrix, criteria)
    valid = np.asarray(prepared.valid, dtype=bool)
    benefit = [c.direction == "benefit" for c in prepared.criteria]
    w = objective_weights(
        method, raw=prepared.raw[valid], standardised=prepared.values[valid],
        benefit=benefit, source=kind, names=prepared.indicators,
    )
    return {c.indicator: float(x) for c, x in zip(prepared.criteria, w, strict=True)}


def rescore(run: ScoreRun) -> ScoreRun:
    """Score ``run``'s scenario again on the already loaded matrix (after a change of weights)."""
    from smartzone.scoring.engine import ScoringSession
    from smartzone.scoring.registry import get_scorer

    sc = run.project.get_scenario(run.scenario)
    result = ScoringSession(run.matrix, sc.criteria, get_scorer(sc.method, **dict(sc.params))).score()
    for key in ("scenario", "level", "inputs"):
        if key in run.result.recipe:
            result.recipe.setdefault(key, run.result.recipe[key])
    return ScoreRun(run.project, run.scenario, run.layer, run.matrix, result)


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
    out["rank"] = pd.array(result.rank.reindex(codes).to_numpy(), dtype="Int64")
    excluded = {str(k): str(v) for k, v in result.excluded.items()}
    out["excluded"] = [excluded.get(c, "") for c in codes]
    contributions = result.contributions
    if contributions is not None and len(contributions.columns):
        contrib = contributions.reindex(codes)
        for col in contrib.columns:
            out[f"{CONTRIBUTION_PREFIX}{col}"] = pd.to_numeric(contrib[col], errors="coerce").to_numpy()
    out = out.reset_index(drop=True)
    return gpd.GeoDataFrame(out, geometry=src.geometry.to_numpy(), crs=src.crs)
