"""Check a plan against the rules and sum its spend by category, 시도 and shrinking districts."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from smartzone.scoring.planner.model import PlanProblem, PlanRules

__all__ = ["RuleCheck", "check_plan", "spend_by_category", "spend_by_sido", "spend_shrinking"]

#: Slack allowed when comparing sums of costs with a rule (억원 or share).
TOLERANCE = 1e-6


@dataclass
class RuleCheck:
    """One line of the compliance statement.

    ``required`` and ``achieved`` are in ``unit`` ("억원", "share" (0-1) or
    "districts"); ``sense`` is ">=" or "<="; ``price`` is the benefit the rule
    costs (the optimum without it minus the optimum with it), when computed.
    """

    key: str
    description: str
    sense: str
    required: float
    achieved: float
    unit: str
    passed: bool
    price: float | None = None

    @property
    def binding(self) -> bool:
        return self.price is not None and self.price > 1e-6

    def text(self) -> str:
        def fmt(v: float) -> str:
            if self.unit == "share":
                return f"{v * 100:.1f} %"
            if self.unit == "districts":
                return f"{v:g}"
            return f"{v:,.2f} 억원"

        line = (f"{'PASS' if self.passed else 'FAIL'}  {self.description}: required {self.sense} "
                f"{fmt(self.required)}, achieved {fmt(self.achieved)}")
        if self.price is not None:
            line += f"; price {self.price:,.1f} benefit" if self.binding else "; not binding"
        return line

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.key, "description": self.description, "sense": self.sense,
            "required": self.required, "achieved": self.achieved, "unit": self.unit,
            "status": "PASS" if self.passed else "FAIL", "binding": self.binding, "price": self.price,
        }


def _spend(problem: PlanProblem, units: np.ndarray) -> np.ndarray:
    """``(n_districts, n_solutions)`` cost of the plan."""
    out: np.ndarray = np.asarray(units, dtype=float) * problem.catalogue.costs[None, :]
    return out


def spend_by_category(problem: PlanProblem, units: np.ndarray) -> dict[str, float]:
    spend = _spend(problem, units).sum(axis=0)
    out: dict[str, float] = {}
    for cat, v in zip(problem.catalogue.categories, spend, strict=True):
        out[cat] = out.get(cat, 0.0) + float(v)
    return out


def spend_by_sido(problem: PlanProblem, units: np.ndarray) -> dict[str, float]:
    """Spend per 시도 (the first two digits of the district code), only where > 0."""
    per_d = _spend(problem, units).sum(axis=1)
    out: dict[str, float] = {}
    for code, v in zip(problem.codes, per_d, strict=True):
        if v > 0:
            out[str(code)[:2]] = out.get(str(code)[:2], 0.0) + float(v)
    return dict(sorted(out.items()))


def spend_shrinking(problem: PlanProblem, units: np.ndarray) -> float:
    assert problem.shrinking is not None
    return float(_spend(problem, units).sum(axis=1)[problem.shrinking].sum())


def check_plan(problem: PlanProblem, rules: PlanRules, units: np.ndarray) -> list[RuleCheck]:
    """The compliance statement: the budget, then every rule in force, and the catalogue's own rules."""
    units = np.asarray(units)
    spend_ds = _spend(problem, units)
    per_d = spend_ds.sum(axis=1)
    total = float(per_d.sum())
    tol = TOLERANCE * max(1.0, rules.budget)
    checks = [RuleCheck("budget", rules.describe("budget"), "<=", rules.budget, total, "억원",
                        total <= rules.budget + tol)]
    by_cat = spend_by_category(problem, units)
    for f in rules.floors:
        got = sum(by_cat.get(c, 0.0) for c in f.categories)
        share = got / total if total > 0 else 0.0
        checks.append(RuleCheck(f.key, f.describe(), ">=", f.share, share, "share",
                                got + tol >= f.share * total))
    if rules.min_spend > 0:
        checks.append(RuleCheck("min_spend", rules.describe("min_spend"), ">=", rules.min_spend, total,
                                "억원", total + tol >= rules.min_spend))
    if rules.concentration > 0:
        got = spend_shrinking(problem, units)
        share = got / total if total > 0 else 0.0
        checks.append(RuleCheck("concentration", rules.describe("concentration"), ">=", rules.concentration,
                                share, "share", got + tol >= rules.concentration * total))
    funded = per_d > 0
    if rules.district_min is not None and rules.district_min > 0:
        low = float(per_d[funded].min()) if funded.any() else 0.0
        checks.append(RuleCheck("district_min", rules.describe("district_min"), ">=", rules.district_min,
                                low, "억원", not funded.any() or low + tol >= rules.district_min))
    if rules.district_max is not None:
        high = float(per_d.max()) if per_d.size else 0.0
        checks.append(RuleCheck("district_max", rules.describe("district_max"), "<=", rules.district_max,
                                high, "억원", high <= rules.district_max + tol))
    n_funded = int(funded.sum())
    if rules.min_districts:
        checks.append(RuleCheck("min_districts", rules.describe("min_districts"), ">=",
                                float(rules.min_districts), float(n_funded), "districts",
                                n_funded >= rules.min_districts))
    if rules.max_districts is not None:
        checks.append(RuleCheck("max_districts", rules.describe("max_districts"), "<=",
                                float(rules.max_districts), float(n_funded), "districts",
                                n_funded <= rules.max_districts))
    checks.extend(_catalogue_checks(problem, units))
    return checks


def _catalogue_checks(problem: PlanProblem, units: np.ndarray) -> list[RuleCheck]:
    """Units within bounds, only eligible districts, prerequisites and exclusive pairs."""
    cat = problem.catalogue
    out: list[RuleCheck] = []
    outside = int(units[~problem.eligible].sum())
    out.append(RuleCheck("eligible", "only districts the scenario does not exclude", "<=", 0.0,
                         float(outside), "districts", outside == 0))
    bad_units = 0
    for j, s in enumerate(cat.solutions):
        col = units[:, j]
        bad_units += int(((col > s.max_units) | ((col > 0) & (col < s.min_units)) | (col < 0)).sum())
    out.append(RuleCheck("units", "units per district within each solution's min/max", "<=", 0.0,
                         float(bad_units), "districts", bad_units == 0))
    has_links = any(s.requires or s.excludes for s in cat.solutions)
    if has_links:
        bad = 0
        ids = cat.ids
        for j, s in enumerate(cat.solutions):
            for r in s.requires:
                bad += int(((units[:, j] > 0) & (units[:, ids.index(r)] == 0)).sum())
            for e in s.excludes:
                bad += int(((units[:, j] > 0) & (units[:, ids.index(e)] > 0)).sum())
        out.append(RuleCheck("links", "prerequisites and exclusive pairs in each district", "<=", 0.0,
                             float(bad), "districts", bad == 0))
    return out
