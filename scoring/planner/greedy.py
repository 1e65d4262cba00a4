"""A greedy baseline: what a planner filling the budget by benefit per 억원 would get.

Two passes over the (district, solution) units sorted by benefit / cost: first
only the units of each share floor's categories until the floor's share of the
budget is covered, then every unit that still fits the budget, the per-district
maximum, the district count, the catalogue's links and keeps every floor and
the concentration rule satisfied. Minimum rules (spend, districts, per-district
minimum) are not sought; the compliance statement says whether they hold.
"""
from __future__ import annotations

import time

import numpy as np

from smartzone.scoring.planner.model import PlanProblem, PlanRules

__all__ = ["greedy_plan"]


def greedy_plan(problem: PlanProblem, rules: PlanRules) -> tuple[np.ndarray, float]:
    """``(units, seconds)`` of the greedy baseline."""
    t0 = time.perf_counter()
    cat = problem.catalogue
    costs = cat.costs
    benefit = problem.benefit
    n_d, n_s = benefit.shape
    units = np.zeros((n_d, n_s), dtype=np.int64)
    elig = problem.eligible
    ratio = benefit / costs[None, :]
    ratio[~elig] = -np.inf
    order = np.argsort(-ratio, axis=None, kind="stable")
    order = order[np.isfinite(ratio.reshape(-1)[order]) & (benefit.reshape(-1)[order] > 0)]
    cats = np.array(cat.categories)
    ids = cat.ids
    floor_masks = [(f, np.isin(cats, f.categories)) for f in rules.floors]
    assert problem.shrinking is not None
    shrinking = problem.shrinking
    state = {"total": 0.0}
    floor_spend = [0.0] * len(floor_masks)
    shrink_spend = [0.0]
    per_d = np.zeros(n_d)

    def allowed(d: int, s: int, k: int) -> bool:
        """Can ``k`` more units of ``s`` go to ``d``?"""
        sol = cat.solutions[s]
        add = k * costs[s]
        if state["total"] + add > rules.budget + 1e-9:
            return False
        if units[d, s] + k > sol.max_units:
            return False
        if rules.district_max is not None and per_d[d] + add > rules.district_max + 1e-9:
            return False
        if rules.max_districts is not None and per_d[d] == 0 and (per_d > 0).sum() >= rules.max_districts:
            return False
        if any(units[d, ids.index(r)] == 0 for r in sol.requires):
            return False
        if any(units[d, ids.index(e)] > 0 for e in sol.excludes):
            return False
        new_total = state["total"] + add
        for i, (f, mask) in enumerate(floor_masks):
            if floor_spend[i] + (add if mask[s] else 0.0) < f.share * new_total - 1e-9:
                return False
        return bool(shrink_spend[0] + (add if shrinking[d] else 0.0) >= rules.concentration * new_total - 1e-9)

    def take(d: int, s: int, k: int) -> None:
        add = k * costs[s]
        units[d, s] += k
        state["total"] += add
        per_d[d] += add
        for i, (_f, mask) in enumerate(floor_masks):
            if mask[s]:
                floor_spend[i] += add
        if shrinking[d]:
            shrink_spend[0] += add

    def fill(candidates: np.ndarray, target: float | None, check_rules: bool) -> None:
        for flat in candidates:
            d, s = divmod(int(flat), n_s)
            sol = cat.solutions[s]
            while units[d, s] < sol.max_units:
                k = sol.min_units if units[d, s] == 0 else 1
                ok = allowed(d, s, k) if check_rules else _fits(d, s, k)
                if not ok:
                    break
                take(d, s, k)
            if target is not None and target <= 0:
                break

    def _fits(d: int, s: int, k: int) -> bool:
        # first pass: floor units only, so the floors are not checked yet
        sol = cat.solutions[s]
        add = k * costs[s]
        return bool(
            state["total"] + add <= rules.budget + 1e-9
            and units[d, s] + k <= sol.max_units
            and (rules.district_max is None or per_d[d] + add <= rules.district_max + 1e-9)
            and not (rules.max_districts is not None and per_d[d] == 0
                     and (per_d > 0).sum() >= rules.max_districts)
            and all(units[d, ids.index(r)] > 0 for r in sol.requires)
            and not any(units[d, ids.index(e)] > 0 for e in sol.excludes)
        )

    for i, (f, mask) in enumerate(floor_masks):
        target = f.share * rules.budget
        for flat in order[mask[order % n_s]]:
            if floor_spend[i] >= target - 1e-9:
                break
            d, s = divmod(int(flat), n_s)
            k = cat.solutions[s].min_units if units[d, s] == 0 else 1
            if floor_spend[i] + k * costs[s] <= target + 1e-9 and _fits(d, s, k):
                take(d, s, k)
    fill(order, None, True)
    return units, time.perf_counter() - t0
