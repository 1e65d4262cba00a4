"""Exact reduction of the planning MILP: drop (district, solution) pairs no optimal plan needs.

Why: HiGHS's simplex spends one bound flip per item on these knapsack-like
programmes, so its time grows with the square of the number of variables
(25,000 binaries took seconds even for the LP relaxation). A budget admits few
deployments, though, and a dominance argument tells which ones can be left out
without changing the optimum.

The argument (written out in ``docs/planner.md``). Group the solutions into
*components* joined by ``requires``/``excludes`` links; without per-district or
district-count rules a component's units in one district can be moved as a
whole to another eligible district of the same shrinking group that has none of
them: cost, category spend, shrinking spend and the links are unchanged. If
district ``d'`` *dominates* ``d`` on the component (weight of every solution at
least as high, ties broken by position), the move does not lower the
objective. A component can be present in at most ``K = floor(room / cheapest
unit of the component)`` districts (room = the most the plan can spend on the
component: the budget, and for a solution outside a floor's categories at most
``1 - p`` of it), so a district with ``K`` or more dominators
in its group can be dropped for that component: if it were used, one of its
dominators would be free. With per-district or district-count rules the whole
district is the component (all solutions at once) and ``K`` is also capped by
the maximum number of districts funded.
"""
from __future__ import annotations

import numpy as np

from smartzone.scoring.planner.model import PlanProblem, PlanRules

__all__ = ["candidate_mask", "components"]

_CHUNK_CELLS = 8_000_000


def components(problem: PlanProblem) -> list[list[int]]:
    """Solution indices grouped by ``requires``/``excludes`` links (singletons for unlinked solutions)."""
    cat = problem.catalogue
    parent = list(range(len(cat)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    ids = cat.ids
    for j, s in enumerate(cat.solutions):
        for other in (*s.requires, *s.excludes):
            a, b = find(j), find(ids.index(other))
            if a != b:
                parent[a] = b
    groups: dict[int, list[int]] = {}
    for j in range(len(cat)):
        groups.setdefault(find(j), []).append(j)
    return list(groups.values())


def _top_k_by_dominance(w: np.ndarray, k: int) -> np.ndarray:
    """Rows of ``w`` (n x m) dominated by fewer than ``k`` other rows (ties broken by position)."""
    n = w.shape[0]
    if k >= n:
        return np.ones(n, dtype=bool)
    if k <= 0:
        return np.zeros(n, dtype=bool)
    if w.shape[1] == 1:
        order = np.argsort(-w[:, 0], kind="stable")
        keep = np.zeros(n, dtype=bool)
        keep[order[:k]] = True
        return keep
    # A dominator has a sum at least as large: sort by sum (ties by position) and count each
    # row's dominators among the rows before it, first only among the leading rows (enough
    # for most: scores make the columns move together), then among all earlier rows for
    # the few rows still undecided.
    order = np.lexsort((np.arange(n), -w.sum(axis=1)))
    ws = w[order]
    lead = min(n, 4 * k)
    counts = _dominators(ws, np.arange(n), lead)
    undecided = np.flatnonzero((counts < k) & (np.arange(n) > lead))
    if undecided.size:
        counts[undecided] = _dominators(ws, undecided, n)
    keep = np.zeros(n, dtype=bool)
    keep[order[counts < k]] = True
    return keep


def _dominators(ws: np.ndarray, rows: np.ndarray, limit: int) -> np.ndarray:
    """For each position in ``rows``: how many earlier positions (below ``limit``) dominate it.

    ``ws`` is sorted by sum, so a dominator of position ``i`` always comes before ``i``.
    """
    out = np.zeros(rows.size, dtype=np.int64)
    prefix = ws[:limit]
    step = max(1, _CHUNK_CELLS // max(limit * ws.shape[1], 1))
    for lo in range(0, rows.size, step):
        pos = rows[lo : lo + step]
        ge = (prefix[None, :, :] >= ws[pos][:, None, :]).all(axis=2)
        before = np.arange(limit)[None, :] < pos[:, None]
        out[lo : lo + step] = (ge & before).sum(axis=1)
    return out


def candidate_mask(problem: PlanProblem, rules: PlanRules, weights: np.ndarray) -> np.ndarray:
    """``(n_districts, n_solutions)`` bool: the pairs the MILP keeps (an optimal plan exists among them)."""
    cat = problem.catalogue
    n_d, n_s = weights.shape
    mask = np.zeros((n_d, n_s), dtype=bool)
    elig = problem.eligible
    assert problem.shrinking is not None
    unit_cost = cat.costs * np.array([s.min_units for s in cat.solutions], dtype=float)
    coupled = bool(
        (rules.district_min is not None and rules.district_min > 0)
        or rules.district_max is not None or rules.min_districts or rules.max_districts is not None
    )
    # a floor of share p on categories C leaves at most (1 - p) x budget to the other solutions
    room = np.full(n_s, rules.budget)
    cats = np.array(cat.categories)
    for floor in rules.floors:
        room[~np.isin(cats, floor.categories)] *= 1.0 - floor.share
    comps = [list(range(n_s))] if coupled else components(problem)
    for comp_list in comps:
        comp = np.asarray(comp_list, dtype=np.int64)
        # every district holding the component spends at least its cheapest unit on it
        spend = min(rules.budget, float(room[comp].sum()))
        k = int(np.floor(spend / float(unit_cost[comp].min()) + 1e-9))
        if coupled and rules.max_districts is not None:
            k = min(k, rules.max_districts)
        if coupled and rules.min_districts:
            k = max(k, rules.min_districts)  # keep enough districts to report infeasibility honestly
        for group in (True, False):
            rows = np.flatnonzero(elig & (problem.shrinking == group))
            if rows.size == 0:
                continue
            keep = _top_k_by_dominance(weights[np.ix_(rows, comp)], k)
            mask[np.ix_(rows[keep], comp)] = True
    return mask
