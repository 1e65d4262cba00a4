"""SmartZone's public Python API: load a project or a preset, score, compare, export.

Qt-free: importing and using this module never imports PySide6 or PyQt5, so it
runs in scripts, notebooks, servers and QGIS's Python alike. The desktop app,
the ``smartzone`` command and the QGIS plugin score through the same core
(:mod:`smartzone.app.core.scoring`), so a result here equals theirs.

Examples
--------
>>> from smartzone import api
>>> project = api.demo("industry-hub", level="sigungu")          # doctest: +SKIP
>>> run = api.score(project)                                     # doctest: +SKIP
>>> run.frame().head()                                           # doctest: +SKIP
>>> cmp = api.compare(project, "industry-hub", "shrinking-city")  # doctest: +SKIP
>>> cmp.spearman                                                 # doctest: +SKIP
>>> api.export(run, "out", formats=("gpkg", "csv"))              # doctest: +SKIP

See ``docs/api.md``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Union

from smartzone.app.core.export import EXPORT_FORMATS
from smartzone.app.core.levels import LEVEL_LABELS, LEVELS
from smartzone.app.core.model.project import Project, ProjectError, Scenario
from smartzone.app.core.pipeline import ScoreRun
from smartzone.app.core.scoring import MissingIndicatorError, NoCriteriaError

if TYPE_CHECKING:
    import pandas as pd

    from smartzone.layers.export import ExportReport
    from smartzone.scoring.compare import Comparison
    from smartzone.scoring.feedback import Feedback
    from smartzone.scoring.model import ScoreResult
    from smartzone.scoring.planner import Catalogue, PlanResult, ShareFloor

#: What :func:`compare` compares: a run, a result, a Series of ranks indexed by district code,
#: or (with a project) a scenario name or preset id.
Ranking = Union["ScoreRun", "ScoreResult", "pd.Series", str]

__all__ = [
    "EXPORT_FORMATS",
    "LEVELS",
    "LEVEL_LABELS",
    "MissingIndicatorError",
    "NoCriteriaError",
    "Project",
    "ProjectError",
    "Scenario",
    "ScoreRun",
    "compare",
    "demo",
    "export",
    "load_project",
    "plan",
    "presets",
    "score",
]


def presets() -> list[str]:
    """Ids of the bundled presets (``["industry-hub", "shrinking-city", ...]``)."""
    from smartzone.app.core.model.presets import available_presets

    return available_presets()


def demo(preset: str = "industry-hub", level: str = "sigungu") -> Project:
    """The bundled demo data (census districts, indicators, land cover) with ``preset`` active.

    Parameters
    ----------
    preset
        A preset id (:func:`presets`) or the path of a preset ``.toml``.
    level
        ``"sigungu"`` (시군구, about 250 districts) or ``"emd"`` (읍면동, about 3,500).

    Raises
    ------
    PresetError
        Unknown preset (the message lists the available ones).
    ProjectError
        Unknown level.
    """
    return Project.demo(level=level, preset=preset)


def load_project(path: str | Path, *, level: str | None = None) -> Project:
    """A project file (``*.smartzone.json``), optionally switched to ``level``.

    Warnings of the loader (a layer file that moved ...) are in ``project.warnings``.
    """
    project = Project.load(path)
    if level is not None and level != project.level:
        project.set_level(level)
    return project


def _project(source: Project | str | Path, level: str | None) -> Project:
    if isinstance(source, Project):
        if level is not None and level != source.level:
            source.set_level(level)
        return source
    text = str(source)
    if text in presets():
        return demo(text, level or "sigungu")
    return load_project(source, level=level)


def score(
    source: Project | str | Path,
    scenario: str | None = None,
    *,
    level: str | None = None,
    weights: Mapping[str, float] | None = None,
    feedback: Feedback | None = None,
) -> ScoreRun:
    """Score a scenario: the districts, their indicator matrix and the result.

    Parameters
    ----------
    source
        A :class:`Project`, a preset id (scored on the demo data) or a project file.
    scenario
        Scenario name (default: the active one).
    level
        Switch the project to this level first (``"sigungu"`` or ``"emd"``).
    weights
        Indicator -> weight edits applied to the scenario first (an undoable project edit).
    feedback
        Optional object with ``set_progress(percent)``, ``is_canceled()`` and ``info(message)``.

    Returns
    -------
    ScoreRun
        ``.result`` (:class:`~smartzone.scoring.model.ScoreResult`: ``score`` 0-100,
        ``rank``, ``excluded`` reasons, ``contributions``, ``recipe``), ``.layer``,
        ``.matrix`` and ``.frame()`` (one row per district with geometry).

    Raises
    ------
    MissingIndicatorError
        A criterion's indicator is not in the data (never silently dropped).
    ScoringError, LayerError, ProjectError
        Bad parameters, unreadable files, malformed project.
    """
    from smartzone.app.core.pipeline import run_scenario

    project = _project(source, level)
    if weights:
        project.set_weights(dict(weights), scenario=scenario)
    return run_scenario(project, scenario, feedback=feedback)


def _ranking(item: Ranking, project: Project | None) -> ScoreResult | pd.Series:
    if isinstance(item, ScoreRun):
        return item.result
    if isinstance(item, str):
        if project is None:
            from smartzone.scoring.errors import ParameterError

            raise ParameterError(f"compare: {item!r} names a scenario; pass its project first: "
                                 "compare(project, scenario_a, scenario_b).")
        if item not in project.scenarios and item in presets():
            project.add_preset_scenario(item, name=item, activate=False)
        return score(project, item).result
    return item  # a ScoreResult or a Series of ranks


def compare(
    *args: Project | Ranking, top_k: int = 10, labels: tuple[str, str] | None = None
) -> Comparison:
    """How much two rankings agree: Spearman's rho, Kendall's tau, top-k overlap, rank changes.

    Call as ``compare(a, b)`` with two :class:`ScoreRun`, ``ScoreResult`` or
    Series of ranks, or as ``compare(project, "scenario A", "scenario B")``
    (a preset id not yet in the project is added as a scenario).

    Returns
    -------
    Comparison
        ``spearman``, ``kendall``, ``overlap``, ``jaccard``, ``ranks``, ``rank_change`` ...
    """
    from smartzone.scoring.compare import compare_rankings

    usage = "compare(a, b) or compare(project, scenario_a, scenario_b)"
    project: Project | None = None
    if len(args) == 3 and isinstance(args[0], Project):
        project, a, b = args[0], args[1], args[2]
        if labels is None and isinstance(a, str) and isinstance(b, str):
            labels = (a, b)
    elif len(args) == 2:
        a, b = args
    else:
        raise TypeError(usage)
    if isinstance(a, Project) or isinstance(b, Project):
        raise TypeError(usage)
    return compare_rankings(_ranking(a, project), _ranking(b, project), top_k=top_k, labels=labels)


def export(
    run: ScoreRun,
    out_dir: str | Path,
    *,
    formats: Iterable[str] = ("gpkg", "csv"),
    name: str = "scores",
    crs: str | None = None,
    encoding: str = "cp949",
    zip: bool = False,
    overwrite: bool = False,
) -> list[ExportReport]:
    """Write the scores of ``run`` in each of ``formats`` (keys of :data:`EXPORT_FORMATS`), as one unit.

    If any format fails (CP949 cannot store a name, disk full ...), none is written. The files are those of ``smartzone score --export`` and of the app's export
    dialog: GeoPackage with its QGIS style, CSV (UTF-8 with BOM), Shapefile
    (CP949 with ``.cpg`` by default, 10-byte field names with a map).

    Returns
    -------
    list of ExportReport
        One per format: paths, feature count, CRS, encoding, field-name map, warnings.
    """
    from smartzone.app.core.export import write_score_set

    reports, _recovered = write_score_set(run, list(formats), out_dir, name, crs=crs, encoding=encoding,
                                          zip=zip, overwrite=overwrite)
    return reports


def plan(
    run: ScoreRun, budget: float, *, catalogue: Catalogue | str | Path | None = None,
    min_share: str | ShareFloor | Iterable[str | ShareFloor] | None = None, min_spend: float = 0.0,
    shrinking: str | None = None, concentration: float | None = None, district_min: float | None = None,
    district_max: float | None = None, min_districts: int | None = None, max_districts: int | None = None,
    time_limit: float = 60.0, prices: bool = True,
) -> PlanResult:
    """Deployment plan: which smart solutions go to which districts of ``run``, within ``budget`` (억원).

    The same planner as ``smartzone plan`` (see ``docs/planner.md``): maximise
    the sum of score x value over deployments, each solution at most once per
    district, total cost <= ``budget``, at least 35 % of the cost on climate and
    digital-inclusion solutions (``min_share``: other floors as
    ``["climate,digital_inclusion=0.35", "health_care=0.1"]``, ``[]`` for none),
    and the optional rules. ``catalogue``: a CSV/XLSX path or a
    :class:`~smartzone.scoring.planner.Catalogue` (default: the bundled one).
    ``shrinking``: ``"top:N"``, ``"score>=X"``, ``"INDICATOR<X"`` or a file of codes.

    Returns
    -------
    smartzone.scoring.planner.PlanResult
        ``status`` ("optimal", "time_limit", "empty", "infeasible" with the
        rules in conflict in ``message``), ``objective``, ``gap``,
        ``deployments()``, ``statement()`` (the compliance statement), ``to_dict()``.
    """
    from smartzone.app.core.planning import make_rules, plan_run

    rules = make_rules(budget, min_share=min_share, min_spend=min_spend, concentration=concentration,
                       shrinking=shrinking, district_min=district_min, district_max=district_max,
                       min_districts=min_districts, max_districts=max_districts)
    result, _inputs = plan_run(run, rules, catalogue=catalogue, shrinking=shrinking, time_limit=time_limit,
                               prices=prices)
    return result
