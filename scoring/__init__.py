"""Pure computation on a districts x criteria matrix: standardisation, weights, aggregation.

Quick start::

    from smartzone.scoring import Criterion, ScoringSession, get_scorer

    session = ScoringSession(matrix, [Criterion("ict_share", weight=2), Criterion("land_price", "cost")], "wlc")
    result = session.score()              # ScoreResult: score 0-100, rank, contributions, recipe
    result = session.rescore([1.0, 1.0])  # fast path: only the weights changed

Scorers are discovered through the ``smartzone.scorers`` entry-point group
(:func:`available_scorers`); see ``docs/plugins.md`` to write one.
No Qt, no file IO here; scikit-learn and scipy are imported only when a
method that needs them runs.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Public names -> the submodule defining them. Imported on first use so that
# ``import smartzone.scoring.errors`` (every CLI command) stays cheap: scipy and
# pandas load only when something actually scores.
_EXPORTS: dict[str, str] = {
    "Aggregation": "result",
    "Comparison": "compare",
    "ConformanceError": "check",
    "Constraint": "model",
    "Criterion": "model",
    "CriteriaError": "errors",
    "MonteCarloResult": "sensitivity",
    "OneAtATimeResult": "sensitivity",
    "ParamSpec": "params",
    "ParameterError": "errors",
    "PluginError": "errors",
    "PluginFailure": "registry",
    "PreparedMatrix": "prepare",
    "ScoreResult": "model",
    "Scorer": "base",
    "ScoringError": "errors",
    "ScoringSession": "engine",
    "GridSuitability": "grid",
    "Standardization": "model",
    "ahp_weights": "ahp",
    "available_scorers": "registry",
    "check_result": "result",
    "check_scorer": "check",
    "clone": "base",
    "compare_rankings": "compare",
    "data_version": "result",
    "describe_scorers": "registry",
    "engine_version": "result",
    "get_scorer": "registry",
    "monte_carlo": "sensitivity",
    "one_at_a_time": "sensitivity",
    "plugin_errors": "registry",
    "prepare": "prepare",
}

__all__ = [
    "Aggregation",
    "Comparison",
    "ConformanceError",
    "Constraint",
    "CriteriaError",
    "Criterion",
    "GridSuitability",
    "MonteCarloResult",
    "OneAtATimeResult",
    "ParamSpec",
    "ParameterError",
    "PluginError",
    "PluginFailure",
    "PreparedMatrix",
    "ScoreResult",
    "Scorer",
    "ScoringError",
    "ScoringSession",
    "Standardization",
    "ahp_weights",
    "available_scorers",
    "check_result",
    "check_scorer",
    "clone",
    "compare_rankings",
    "data_version",
    "describe_scorers",
    "engine_version",
    "get_scorer",
    "monte_carlo",
    "one_at_a_time",
    "plugin_errors",
    "prepare",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smartzone.scoring' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # static analysers see the eager imports
    from .ahp import ahp_weights
    from .base import Scorer, clone
    from .check import ConformanceError, check_scorer
    from .compare import Comparison, compare_rankings
    from .engine import ScoringSession
    from .errors import CriteriaError, ParameterError, PluginError, ScoringError
    from .grid import GridSuitability
    from .model import Constraint, Criterion, ScoreResult, Standardization
    from .params import ParamSpec
    from .prepare import PreparedMatrix, prepare
    from .registry import (
        PluginFailure,
        available_scorers,
        describe_scorers,
        get_scorer,
        plugin_errors,
    )
    from .result import Aggregation, check_result, data_version, engine_version
    from .sensitivity import MonteCarloResult, OneAtATimeResult, monte_carlo, one_at_a_time
