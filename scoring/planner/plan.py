"""Solve a deployment plan and explain it: the :class:`Planner` and its :class:`PlanResult`."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smartzone.scoring.planner.compliance import (
    RuleCheck,
    check_plan,
    spend_by_category,
    spend_by_sido,
    spend_shrinking,
)
from smartzone.scoring.planner.explain import Explanation, explain_infeasible
from smartzone.scoring.planner.greedy import greedy_plan
from smartzone.scoring.planner.milp import solve_milp
from smartzone.scoring.planner.model import PlanCancelled, PlanError, PlanProblem, PlanRules

__all__ = ["Deployment", "GreedyBaseline", "PlanResult", "Planner"]


@dataclass(frozen=True)
class Deployment:
    """Units of one solution in one district."""

    code: str
    name: str
    solution: str
    category: str
    units: int
    cost: float
    benefit: float


@dataclass
class GreedyBaseline:
    """The greedy plan beside the optimum."""

    units: np.ndarray
    objective: float
    total_cost: float
    seconds: float
    checks: list[RuleCheck]

    @property
    def compliant(self) -> bool:
        return all(c.passed for c in self.checks)

    def to_dict(self, optimum: float | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "objective": self.objective, "total_cost": self.total_cost, "seconds": self.seconds,
            "compliant": self.compliant,
            "failed_rules": [c.key for c in self.checks if not c.passed],
        }
        if optimum:
            out["share_of_optimum"] = self.objective / optimum
        return out


@dataclass
class PlanResult:
    """A plan and everything said about it.

    ``status`` is ``"optimal"``, ``"time_limit"`` (the best plan found in the
    time limit; ``gap`` says how far from optimal it may be), ``"empty"``
    (nothing affordable: ``message`` says why) or ``"infeasible"`` (no plan
    meets the rules: ``message`` names the rules in conflict; ``units`` all 0).
    """

    status: str
    message: str
    problem: PlanProblem
    rules: PlanRules
    units: np.ndarray
    objective: float = 0.0
    bound: float | None = None
    gap: float | None = None
    seconds: float = 0.0
    checks: list[RuleCheck] = field(default_factory=list)
    greedy: GreedyBaseline | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def feasible(self) -> bool:
        return self.status != "infeasible"

    @property
    def compliant(self) -> bool:
        return self.feasible and all(c.passed for c in self.checks)

    @property
    def total_cost(self) -> float:
        return float((self.units * self.problem.catalogue.costs[None, :]).sum())

    @property
    def spend_per_district(self) -> np.ndarray:
        out: np.ndarray = (self.units * self.problem.catalogue.costs[None, :]).sum(axis=1)
        return out

    def spend_by_category(self) -> dict[str, float]:
        return spend_by_category(self.problem, self.units)

    def spend_by_sido(self) -> dict[str, float]:
        return spend_by_sido(self.problem, self.units)

    def spend_shrinking(self) -> float:
        return spend_shrinking(self.problem, self.units)

    def deployments(self) -> list[Deployment]:
        p = self.problem
        benefit = p.benefit
        names = list(p.names or p.codes)
        out = []
        for d, s in zip(*np.nonzero(self.units), strict=True):
            sol = p.catalogue.solutions[s]
            u = int(self.units[d, s])
            out.append(Deployment(p.codes[d], names[d], sol.id, sol.category, u, u * sol.cost,
                                  float(u * benefit[d, s])))
        return out

    def statement(self) -> list[str]:
        """The compliance statement, one line per rule."""
        return [c.text() for c in self.checks]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready summary (``plan_summary.json``)."""
        total = self.total_cost
        by_cat = self.spend_by_category()
        shr = self.spend_shrinking()
        return {
            "status": self.status,
            "message": self.message,
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "seconds": self.seconds,
            "compliant": self.compliant,
            "totals": {
                "cost": total,
                "budget": self.rules.budget,
                "deployments": int((self.units > 0).sum()),
                "units": int(self.units.sum()),
                "districts_funded": int((self.spend_per_district > 0).sum()),
                "districts_eligible": int(self.problem.eligible.sum()),
                "shrinking_spend": shr,
            },
            "shares": {k: (v / total if total > 0 else 0.0) for k, v in by_cat.items()},
            "spend_by_category": by_cat,
            "spend_by_sido": self.spend_by_sido(),
            "rules": self.rules.to_dict(),
            "compliance": [c.to_dict() for c in self.checks],
            "greedy": None if self.greedy is None else self.greedy.to_dict(self.objective),
            "notes": list(self.notes),
        }


def _check(feedback: Any) -> None:
    if feedback is not None and feedback.is_canceled():
        raise PlanCancelled("Planning cancelled by the user.", key="cancelled")


def _progress(feedback: Any, percent: float, message: str | None = None) -> None:
    if feedback is None:
        return
    _check(feedback)
    if message:
        feedback.info(message)
    feedback.set_progress(percent)


class Planner:
    """Exact deployment planner (MILP through scipy's HiGHS).

    Parameters
    ----------
    time_limit : float
        Seconds for the main solve; on expiry the best plan found is returned
        with status ``"time_limit"`` and its gap.
    mip_rel_gap : float
        Relative optimality gap at which HiGHS stops (default 1e-6: optimal
        up to rounding).
    prices : bool
        Re-solve without each rule in force to price it (one MILP per rule).
    greedy : bool
        Compute the greedy baseline.
    """

    _parameter_constraints: dict[str, tuple[float, float]] = {
        "time_limit": (0.01, 86_400.0), "mip_rel_gap": (0.0, 1.0),
    }

    def __init__(self, *, time_limit: float = 60.0, mip_rel_gap: float = 1e-6, prices: bool = True,
                 greedy: bool = True) -> None:
        self.time_limit = time_limit
        self.mip_rel_gap = mip_rel_gap
        self.prices = prices
        self.greedy = greedy

    def get_params(self) -> dict[str, Any]:
        return {"time_limit": self.time_limit, "mip_rel_gap": self.mip_rel_gap, "prices": self.prices,
                "greedy": self.greedy}

    def _validate(self) -> None:
        for name, (lo, hi) in self._parameter_constraints.items():
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int | float) or not lo <= float(v) <= hi:
                raise PlanError(f"The '{name}' parameter of Planner must be a number in [{lo}, {hi}]. "
                                f"Got {v!r} instead.", key="param_between", name=name, low=lo, high=hi,
                                value=repr(v))

    def solve(self, problem: PlanProblem, rules: PlanRules, *, feedback: Any = None) -> PlanResult:
        """The optimal plan of ``problem`` under ``rules`` (see :class:`PlanResult`)."""
        self._validate()
        t0 = time.perf_counter()
        cat = problem.catalogue
        zero = np.zeros((len(problem.codes), len(cat)), dtype=np.int64)
        n_elig = int(problem.eligible.sum())
        has_minimum = rules.min_spend > 0 or bool(rules.min_districts)
        _progress(feedback, 1, f"planning over {n_elig} eligible districts x {len(cat)} solutions")
        standalone = [s for s in cat.solutions if not s.requires]
        cheapest = min(standalone, key=lambda s: s.cost * s.min_units)
        if not has_minimum and (n_elig == 0 or rules.budget < cheapest.cost * cheapest.min_units):
            if n_elig == 0:
                why = Explanation([("no_eligible", "No district is eligible (the scenario excludes them all): "
                                    "the plan is empty.", {})])
            else:
                cost = cheapest.cost * cheapest.min_units
                why = Explanation([("below_cheapest",
                                    f"The budget of {rules.budget:g} 억원 is below the cheapest eligible solution, "
                                    f"{cheapest.name_en or cheapest.id} ({cost:g} 억원): the plan is empty.",
                                    {"budget": rules.budget, "solution": cheapest.id, "name_ko": cheapest.name_ko,
                                     "name_en": cheapest.name_en, "cost": cost})])
            return PlanResult("empty", why, problem, rules, zero, seconds=time.perf_counter() - t0,
                              checks=check_plan(problem, rules, zero))
        out = solve_milp(problem, rules, time_limit=self.time_limit, mip_rel_gap=self.mip_rel_gap)
        if out.units is None:
            if out.status == "infeasible":
                _progress(feedback, 50, "no plan meets the rules; finding the rules in conflict")
                why = explain_infeasible(problem, rules, time_limit=self.time_limit,
                                         check=lambda: _check(feedback))
                return PlanResult("infeasible", why, problem, rules, zero, seconds=time.perf_counter() - t0)
            g_units, _ = greedy_plan(problem, rules)
            if not all(c.passed for c in check_plan(problem, rules, g_units)):
                raise PlanError(
                    f"The solver found no plan within the time limit of {self.time_limit:g} s "
                    f"({out.message}). Allow more time or relax the rules.",
                    key="plan_time_limit", seconds=f"{self.time_limit:g}", detail=str(out.message),
                )
            # the greedy plan meets every rule: it is the best plan known, its gap unknown
            out.units, out.status, out.gap = g_units, "time_limit", None
            out.objective = float((g_units * problem.benefit).sum())
        units = out.units
        msg = "optimal plan" if out.status == "optimal" else (
            f"time limit of {self.time_limit:g} s reached: best plan found, gap "
            + (f"{out.gap * 100:.3g} %" if out.gap is not None else "unknown (the greedy plan)"))
        result = PlanResult(out.status, msg, problem, rules, units, objective=out.objective,
                            bound=out.bound, gap=out.gap, seconds=out.seconds,
                            checks=check_plan(problem, rules, units))
        keys = rules.rule_keys() if self.prices else []
        steps = len(keys) + (1 if self.greedy else 0)
        for i, key in enumerate(keys):
            _progress(feedback, 10 + 85 * i / max(steps, 1), f"pricing {rules.describe(key)}")
            free = solve_milp(problem, rules.without(key), time_limit=self.time_limit,
                              mip_rel_gap=self.mip_rel_gap)
            for c in result.checks:
                if c.key == key:
                    c.price = max(0.0, free.objective - out.objective) if free.units is not None else None
        if self.greedy:
            _progress(feedback, 95, "greedy baseline")
            g_units, g_sec = greedy_plan(problem, rules)
            result.greedy = GreedyBaseline(
                g_units, float((g_units * problem.benefit).sum()),
                float((g_units * cat.costs[None, :]).sum()), g_sec, check_plan(problem, rules, g_units),
            )
        if not units.any():
            binding = [c for c in result.checks if c.binding]
            words = ", ".join(c.description for c in binding)
            result.notes.append(Explanation([(
                "optimal_empty",
                "The optimal plan is empty" + (": " + words + " leave no room" if binding
                                               else ": no solution brings a benefit") + ".",
                {"keys": tuple(c.key for c in binding)})]))
        if feedback is not None:
            feedback.set_progress(100)
        return result
