"""Deployment planner: which smart solutions go where, within budget and the category-share rules.

Qt-free and IO-free. Quick start::

    from smartzone.scoring.planner import Catalogue, PlanProblem, PlanRules, Planner

    problem = PlanProblem(codes, scores, catalogue)          # scores 0-100, NaN = excluded
    result = Planner().solve(problem, PlanRules(budget=30))  # the 35 % rule by default
    result.status, result.objective, result.statement()

See ``docs/planner.md`` for the model and a worked example.
"""
from __future__ import annotations

from smartzone.scoring.planner.compliance import RuleCheck, check_plan
from smartzone.scoring.planner.greedy import greedy_plan
from smartzone.scoring.planner.model import (
    CATEGORIES,
    CATEGORY_LABELS,
    DEFAULT_FLOOR,
    Catalogue,
    PlanCancelled,
    PlanError,
    PlanProblem,
    PlanRules,
    ShareFloor,
    Solution,
    need_factors,
    parse_share_rule,
)
from smartzone.scoring.planner.plan import Deployment, GreedyBaseline, Planner, PlanResult

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "DEFAULT_FLOOR",
    "Catalogue",
    "Deployment",
    "GreedyBaseline",
    "PlanCancelled",
    "PlanError",
    "PlanProblem",
    "PlanResult",
    "PlanRules",
    "Planner",
    "RuleCheck",
    "ShareFloor",
    "Solution",
    "check_plan",
    "greedy_plan",
    "need_factors",
    "parse_share_rule",
]
