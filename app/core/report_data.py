"""Data of the PDF report that needs no Qt: its sources and the Monte-Carlo sensitivity table.

Used by ``smartzone score --report`` and by the app's export dialog.
"""
from __future__ import annotations

from typing import Any

from smartzone.app.core.export import demo_metadata

__all__ = ["DEFAULT_MC_RUNS", "report_sources", "sensitivity_table"]

#: Monte-Carlo runs of the report's sensitivity summary unless asked otherwise.
DEFAULT_MC_RUNS = 500


def report_sources(project: Any, scenario: str | None = None) -> list[Any]:
    """Data sources for the report: demo metadata entries (name, licence, attribution) and user files.

    The candidate-map file of an imported (``external``) scenario is listed
    for ``scenario`` (for every external scenario when ``scenario`` is None).
    """
    sources: list[Any] = []
    if any(lyr.options.get("demo") for lyr in project.layers):
        meta = demo_metadata()
        for src in (meta.get("sources") or {}).values():
            if isinstance(src, dict):
                sources.append(dict(src))
    for lyr in project.layers:
        if not lyr.options.get("demo"):
            sources.append({"name": lyr.display_name, "licence": "-", "attribution": str(lyr.path)})
    for sc in project.scenarios.values():
        if scenario is not None and sc.name != scenario:
            continue
        if sc.method == "external" and sc.params.get("path"):
            from smartzone.app.core.labels import scenario_title

            sources.append({"name_ko": f"{scenario_title(sc, 'ko')} (가져온 후보지 지도)",
                            "name_en": f"{scenario_title(sc, 'en')} (imported candidate map)", "licence": "-",
                            "attribution": str(sc.params["path"])})
    return sources


def sensitivity_table(run: Any, n_runs: int = DEFAULT_MC_RUNS, top_k: int = 10, *,
                      feedback: Any = None) -> Any:
    """Monte-Carlo weight sensitivity of a scoring run as ``code, p_top_k, rank_p05, rank_p95`` (or None).

    ``None`` for an imported candidate map (no weights), a scenario with
    fewer than two criteria or a method that ignores weights (nothing to perturb).
    """
    sc = run.project.get_scenario(run.scenario)
    if sc.method == "external":
        return None
    if len(sc.criteria) < 2:
        return None
    from smartzone.app.core.scoring import scoring_session
    from smartzone.scoring.errors import ParameterError
    from smartzone.scoring.sensitivity import monte_carlo

    session = scoring_session(run.matrix, sc.criteria, sc.method, sc.params, scenario=sc.name)
    try:
        mc = monte_carlo(session, n_runs=int(n_runs), top_k=int(top_k), seed=0, feedback=feedback)
    except ParameterError:  # a method that ignores weights: nothing to perturb
        return None
    table = mc.to_frame()
    table.index.name = "code"
    table = table.reset_index()
    # what the figures are, for the report's wording (runs, top-k, what varied)
    table.attrs.update(runs=int(n_runs), top_k=int(top_k), concentration=50.0, varied="weights")
    return table
