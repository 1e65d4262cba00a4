"""The one scoring entry point of the app: a scenario (or criteria) on a matrix -> a result.

Every shell scores through here (the app's live session, ``smartzone score``
and ``compare``, the compare and sensitivity views, the report, the QGIS
bridge and :mod:`smartzone.api`), so they share one policy:

* **Missing indicators** are an error, never silently dropped: a criterion
  whose indicator is not a column of the matrix raises
  :class:`MissingIndicatorError` naming the indicators and what to do.
* **Imported candidate maps** (scenarios of method ``"external"``) are not
  scored: their result is read from the file (see
  :mod:`smartzone.app.core.candidate_import`).
* **Exclusions** (constraints, missing-value policies) are the scoring
  engine's (:func:`smartzone.scoring.prepare.prepare`); every shell shows the
  same excluded districts with the same reasons.
* The result's ``recipe`` records the scenario name, the level and the input
  files, whoever scored it.

:class:`ScenarioScorer` keeps a :class:`~smartzone.scoring.engine.ScoringSession`
so that a weight change re-scores in milliseconds (the app's live path); the
result is the same as a fresh :func:`score_scenario`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from smartzone.app.core.keys import frozen
from smartzone.scoring.errors import CriteriaError

if TYPE_CHECKING:
    import pandas as pd

    from smartzone.app.core.model.project import Project, Scenario
    from smartzone.scoring.engine import ScoringSession
    from smartzone.scoring.model import Criterion, ScoreResult

__all__ = [
    "MissingIndicatorError",
    "NoCriteriaError",
    "ScenarioScorer",
    "check_criteria",
    "make_scorer",
    "score_criteria",
    "score_scenario",
    "scoring_session",
]



class NoCriteriaError(CriteriaError):
    """A scenario to be scored has no criteria."""


class MissingIndicatorError(CriteriaError):
    """Criteria name indicators that the matrix does not have."""

    def __init__(self, missing: Sequence[str], available: Sequence[str], scenario: str | None = None) -> None:
        self.missing = tuple(missing)
        self.available = tuple(available)
        where = f"Scenario '{scenario}': " if scenario else ""
        shown = ", ".join(self.available[:12]) + (" ..." if len(self.available) > 12 else "")
        super().__init__(
            f"{where}indicator(s) {', '.join(self.missing)} are not in the indicator data "
            f"(available: {shown or 'none'}). Remove these criteria or add a table or raster "
            "layer that provides them.", key="missing_indicators", scenario=scenario or "",
            missing=list(self.missing), available=list(self.available),
        )


def check_criteria(
    criteria: Sequence[Criterion], matrix: pd.DataFrame, scenario: str | None = None
) -> tuple[Criterion, ...]:
    """``criteria`` unchanged when every indicator is a column of ``matrix``.

    Raises
    ------
    MissingIndicatorError
        Some indicators are missing (the one policy: never drop them silently).
    NoCriteriaError
        No criteria at all.
    """
    if not criteria:
        # The app shows this text translated (AppSession.rescore).
        raise NoCriteriaError("No criteria: add at least one indicator in the Criteria panel.", key="no_criteria")
    cols = {str(c) for c in matrix.columns}
    missing = [c.indicator for c in criteria if c.indicator not in cols]
    if missing:
        raise MissingIndicatorError(missing, [str(c) for c in matrix.columns], scenario)
    return tuple(criteria)


def make_scorer(method: str, params: Mapping[str, Any] | None = None) -> Any:
    """A scorer instance from its id and parameters (see :func:`smartzone.scoring.registry.get_scorer`)."""
    from smartzone.scoring.registry import get_scorer

    return get_scorer(method, **dict(params or {}))


def scoring_session(
    matrix: pd.DataFrame, criteria: Sequence[Criterion], method: str,
    params: Mapping[str, Any] | None = None, *, scenario: str | None = None,
) -> ScoringSession:
    """A :class:`~smartzone.scoring.engine.ScoringSession` after the policy checks (for sensitivity runs)."""
    from smartzone.scoring.engine import ScoringSession

    crits = check_criteria(criteria, matrix, scenario)
    return ScoringSession(matrix, crits, make_scorer(method, params))


def score_criteria(
    matrix: pd.DataFrame, criteria: Sequence[Criterion], method: str = "wlc",
    params: Mapping[str, Any] | None = None,
) -> ScoreResult:
    """Score ``criteria`` on ``matrix`` with ``method`` (no project: the QGIS bridge, scripts)."""
    return scoring_session(matrix, criteria, method, params).score()


def _stamp_recipe(result: ScoreResult, project: Project, scenario: Scenario) -> ScoreResult:
    recipe = result.recipe
    recipe.setdefault("scenario", scenario.name)
    recipe.setdefault("level", project.level)
    recipe.setdefault("inputs", {lyr.id: str(lyr.path) for lyr in project.layers})
    return result


class ScenarioScorer:
    """Scores scenarios of a project on one matrix, re-using the prepared matrix across weight edits.

    Parameters
    ----------
    project
        The project (its scenarios, level and layers).
    matrix
        Districts x raw indicators of the project (:func:`smartzone.app.core.pipeline.load_matrix`).
    """

    def __init__(self, project: Project, matrix: pd.DataFrame) -> None:
        self.project = project
        self.matrix = matrix
        self.session: ScoringSession | None = None
        self._key: Any = None

    def criteria(self, scenario: str | None = None) -> tuple[Criterion, ...]:
        """The criteria of ``scenario`` (default: active), checked against the matrix."""
        sc = self.project.get_scenario(scenario)
        return check_criteria(sc.criteria, self.matrix, sc.name)

    def score(self, scenario: str | None = None) -> ScoreResult:
        """Score ``scenario`` (default: the active one); fast when only weights changed since the last call."""
        import numpy as np

        from smartzone.app.core.model.project import EXTERNAL_METHOD

        project = self.project
        sc = project.get_scenario(scenario)
        if sc.method == EXTERNAL_METHOD:  # imported candidate map: the scores come from its file
            from smartzone.app.core.candidate_import import external_result

            self.session, self._key = None, None
            return _stamp_recipe(external_result(project, sc), project, sc)
        crits = check_criteria(sc.criteria, self.matrix, sc.name)
        # The key ignores weights: a weight change re-uses the prepared matrix.
        key = (id(self.matrix), sc.method, frozen(sc.params), tuple(frozen(replace(c, weight=0.0)) for c in crits))
        if self.session is not None and key == self._key:
            result = self.session.rescore(np.array([c.weight for c in crits], dtype=float))
        else:
            from smartzone.scoring.engine import ScoringSession

            self.session = ScoringSession(self.matrix, crits, make_scorer(sc.method, sc.params))
            self._key = key
            result = self.session.score()
        return _stamp_recipe(result, project, sc)


def score_scenario(project: Project, matrix: pd.DataFrame, scenario: str | None = None) -> ScoreResult:
    """Score one scenario of ``project`` on ``matrix`` (see the module docstring for the policy)."""
    return ScenarioScorer(project, matrix).score(scenario)
