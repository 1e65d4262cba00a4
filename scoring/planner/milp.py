"""The planner's mixed-integer programme, built as sparse matrices and solved by HiGHS.

Variables: ``x[d, s]`` = units of solution ``s`` in eligible district ``d``
(integer in ``[0, max_units]``, or semi-integer ``0 or [min_units, max_units]``),
plus a binary ``f[d]`` "district funded" only when a per-district or
district-count rule needs it. The same builder serves the plan (maximise the
benefit), the auxiliary programmes that explain infeasibility (maximise spend,
or spend of some categories or districts) and feasibility checks. See
``docs/planner.md`` for the model written out.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from scipy.optimize import LinearConstraint, milp

from smartzone.scoring.planner.model import PlanProblem, PlanRules
from smartzone.scoring.planner.reduce import candidate_mask

__all__ = ["MilpOutcome", "solve_milp"]


@dataclass
class MilpOutcome:
    """What HiGHS returned, mapped back to ``units`` (n_districts x n_solutions)."""

    status: str  # "optimal", "time_limit" (a plan, maybe not optimal), "infeasible", "no_plan", "error"
    units: np.ndarray | None
    objective: float  # of the requested weights, at ``units``
    bound: float | None  # best bound on that objective (HiGHS's dual bound)
    gap: float | None  # relative gap (0 when optimal)
    seconds: float
    message: str


def _district_vars(rules: PlanRules) -> bool:
    return bool(
        (rules.district_min is not None and rules.district_min > 0)
        or rules.district_max is not None
        or rules.min_districts
        or rules.max_districts is not None
    )


def solve_milp(
    problem: PlanProblem,
    rules: PlanRules,
    weights: np.ndarray | None = None,
    *,
    time_limit: float = 60.0,
    mip_rel_gap: float = 1e-6,
    reduce: bool = True,
) -> MilpOutcome:
    """Maximise ``sum(weights * x)`` under ``rules`` (``weights`` default: the benefit).

    ``weights`` is ``(n_districts, n_solutions)``; zeros everywhere gives a
    feasibility check. ``reduce`` drops the pairs no optimal plan needs
    (:mod:`smartzone.scoring.planner.reduce`); False solves the full model.
    """
    t0 = time.perf_counter()
    cat = problem.catalogue
    n_s = len(cat)
    w_full = problem.benefit if weights is None else np.asarray(weights, dtype=float)
    units_full = np.zeros((len(problem.codes), n_s), dtype=np.int64)
    mask = candidate_mask(problem, rules, w_full) if reduce else (
        problem.eligible[:, None] & np.ones((1, n_s), dtype=bool))
    var_d, var_s = np.nonzero(mask)  # variables in district-major order
    n_x = var_d.size
    if n_x == 0:
        feasible = rules.min_spend <= 0 and not rules.min_districts
        return MilpOutcome("optimal" if feasible else "infeasible", units_full if feasible else None,
                           0.0, 0.0, 0.0, time.perf_counter() - t0, "no eligible district-solution pairs")
    dists, d_idx = np.unique(var_d, return_inverse=True)  # districts with variables, and each var's row
    n_d = dists.size
    costs = cat.costs
    umax = np.array([s.max_units for s in cat.solutions], dtype=float)
    umin = np.array([s.min_units for s in cat.solutions], dtype=float)
    use_f = _district_vars(rules)
    n_var = n_x + (n_d if use_f else 0)

    c = np.zeros(n_var)
    c[:n_x] = -w_full[var_d, var_s]  # milp minimises
    cost_x = costs[var_s]
    rows: list[sparse.csr_matrix] = []
    lo: list[np.ndarray] = []
    hi: list[np.ndarray] = []

    def dense_row(vec: np.ndarray, lb: float, ub: float) -> None:
        full = np.zeros(n_var)
        full[:n_x] = vec
        rows.append(sparse.csr_matrix(full[None, :]))
        lo.append(np.array([lb]))
        hi.append(np.array([ub]))

    def per_district(x_coef: np.ndarray, f_coef: np.ndarray | None, lb: float, ub: float) -> None:
        cols = [np.arange(n_x)] + ([n_x + np.arange(n_d)] if f_coef is not None else [])
        data = [x_coef] + ([f_coef] if f_coef is not None else [])
        rws = [d_idx] + ([np.arange(n_d)] if f_coef is not None else [])
        rows.append(sparse.csr_matrix((np.concatenate(data), (np.concatenate(rws), np.concatenate(cols))),
                                      shape=(n_d, n_var)))
        lo.append(np.full(n_d, lb))
        hi.append(np.full(n_d, ub))

    dense_row(cost_x, -np.inf, rules.budget)
    if rules.min_spend > 0:
        dense_row(cost_x, rules.min_spend, np.inf)
    cats = np.array(cat.categories)
    for floor in rules.floors:
        in_c = np.isin(cats, floor.categories).astype(float)
        dense_row((in_c[var_s] - floor.share) * cost_x, 0.0, np.inf)
    if rules.concentration > 0:
        assert problem.shrinking is not None
        shr = problem.shrinking[var_d].astype(float)
        dense_row((shr - rules.concentration) * cost_x, 0.0, np.inf)

    if use_f:
        cap = float(costs @ umax)
        big_m = min(rules.district_max, cap) if rules.district_max is not None else cap
        # spend in d - M f_d <= 0 : no spend unless funded, and at most the per-district maximum
        per_district(cost_x, np.full(n_d, -big_m), -np.inf, 0.0)
        if rules.district_min is not None and rules.district_min > 0:
            per_district(cost_x, np.full(n_d, -rules.district_min), 0.0, np.inf)
        if rules.min_districts:
            # funded means at least one unit: f_d - sum_s x_ds <= 0
            per_district(-np.ones(n_x), np.ones(n_d), -np.inf, 0.0)
        count = np.zeros(n_var)
        count[n_x:] = 1.0
        rows.append(sparse.csr_matrix(count[None, :]))
        lo.append(np.array([float(rules.min_districts or 0)]))
        hi.append(np.array([float(rules.max_districts) if rules.max_districts is not None else np.inf]))

    ids = cat.ids
    var_of = {(int(d), int(s)): i for i, (d, s) in enumerate(zip(var_d, var_s, strict=True))}
    link_rows: list[tuple[list[int], list[float], float]] = []
    for j, sol in enumerate(cat.solutions):
        for req in sol.requires:
            r = ids.index(req)
            # x_ds <= U_s x_dr : the prerequisite is in the same district
            for d in var_d[var_s == j]:
                i = var_of[(int(d), j)]
                k = var_of.get((int(d), r))
                if k is None:
                    link_rows.append(([i], [1.0], 0.0))  # no prerequisite possible here
                else:
                    link_rows.append(([i, k], [1.0, -umax[j]], 0.0))
        for other in sol.excludes:
            e = ids.index(other)
            if e < j and sol.id in cat.solutions[e].excludes:
                continue  # the pair was added from the other side
            for d in var_d[var_s == j]:
                k = var_of.get((int(d), e))
                if k is not None:  # both have max_units 1 (checked by Catalogue)
                    link_rows.append(([var_of[(int(d), j)], k], [1.0, 1.0], 1.0))
    if link_rows:
        r_i = np.concatenate([np.full(len(cols), n) for n, (cols, _, _) in enumerate(link_rows)])
        c_i = np.concatenate([cols for cols, _, _ in link_rows])
        v_i = np.concatenate([vals for _, vals, _ in link_rows])
        rows.append(sparse.csr_matrix((v_i, (r_i, c_i)), shape=(len(link_rows), n_var)))
        lo.append(np.full(len(link_rows), -np.inf))
        hi.append(np.array([ub for _, _, ub in link_rows]))

    a_all = sparse.vstack(rows, format="csr")
    constraint = LinearConstraint(a_all, np.concatenate(lo), np.concatenate(hi))
    integrality = np.ones(n_var, dtype=np.int64)
    semi = umin[var_s] > 1
    integrality[:n_x][semi] = 3  # semi-integer: 0 or min_units..max_units
    lb = np.zeros(n_var)
    lb[:n_x][semi] = umin[var_s][semi]
    ub = np.ones(n_var)
    ub[:n_x] = umax[var_s]
    from scipy.optimize import Bounds

    res = milp(
        c, constraints=constraint, integrality=integrality, bounds=Bounds(lb, ub),
        options={"time_limit": max(0.01, float(time_limit) - (time.perf_counter() - t0)),
                 "mip_rel_gap": float(mip_rel_gap), "disp": False,
                 # HiGHS's presolve finds nothing to reduce here and its probing took seconds
                 # on a few thousand knapsack columns: off
                 "presolve": False},
    )
    seconds = time.perf_counter() - t0
    if res.x is None:
        status = "infeasible" if res.status == 2 else ("no_plan" if res.status == 1 else "error")
        return MilpOutcome(status, None, 0.0, None, None, seconds, str(res.message))
    x = np.round(res.x[:n_x]).astype(np.int64)
    units_full[var_d, var_s] = np.maximum(x, 0)
    objective = float((w_full * units_full).sum())
    bound = getattr(res, "mip_dual_bound", None)
    bound = None if bound is None or not np.isfinite(bound) else -float(bound)
    gap = getattr(res, "mip_gap", None)
    gap = None if gap is None or not np.isfinite(gap) else max(0.0, float(gap))
    status = "optimal" if res.status == 0 else "time_limit"
    if status == "optimal" and gap is None:
        gap = 0.0
    return MilpOutcome(status, units_full, objective, bound, gap, seconds, str(res.message))


def max_spend(
    problem: PlanProblem,
    rules: PlanRules,
    categories: Sequence[str] | None = None,
    shrinking_only: bool = False,
    time_limit: float = 20.0,
) -> float | None:
    """Largest spend (of ``categories`` / in shrinking districts) that ``rules`` allow; None if none."""
    costs = problem.catalogue.costs
    w = np.tile(costs, (len(problem.codes), 1))
    if categories is not None:
        w = w * np.isin(np.array(problem.catalogue.categories), list(categories))[None, :]
    if shrinking_only:
        assert problem.shrinking is not None
        w = w * problem.shrinking[:, None]
    out = solve_milp(problem, rules, w, time_limit=time_limit, mip_rel_gap=1e-6)
    if out.units is None:
        return None
    # a time-limited search may stop below the maximum: use its bound, an upper limit
    return out.bound if out.status == "time_limit" and out.bound is not None else out.objective
