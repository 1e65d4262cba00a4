"""Timings of the deployment planner: exact MILP (HiGHS) beside the greedy baseline.

    python bench/bench_plan.py                 # 시군구 and 읍면동, budgets 80 and 800 억원, 5 rounds
    python bench/bench_plan.py --rounds 3 --budgets 80
    python bench/bench_plan.py --full-model    # also the MILP without the dominance reduction (slow)

Inputs: the bundled demo districts and indicators (250 시군구, 3,501 읍면동), scored
with the ``shrinking-city`` preset; the bundled catalogue (25 solutions, need
factors from the indicators); the default rules (budget and the 35 % floor on
climate + digital inclusion). Scoring and reading happen before the clock.

Rows per (level, budget): the exact plan (``Planner(prices=False, greedy=False)``:
reduction + MILP), the greedy baseline (the anchor, measured in the same rounds),
and optionally the MILP on the full model. Each row: best and median wall time
of the rounds, the optimality gap HiGHS reports, the objective, and for the
greedy plan its share of the optimum and whether it meets the rules. Rounds
take the rows in turns so that load from elsewhere hits all alike; the load
averages are printed before and after.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
import warnings

import numpy as np


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
        return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"
    except OSError:
        return "load average n/a"


def _inputs(level: str):  # type: ignore[no-untyped-def]
    from smartzone.api import score
    from smartzone.app.core.planning import load_catalogue, problem_from_frame

    run = score("shrinking-city", level=level)
    return problem_from_frame(run.frame(), run.matrix, load_catalogue()).problem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--budgets", type=float, nargs="+", default=[80.0, 800.0])
    parser.add_argument("--levels", nargs="+", default=["sigungu", "emd"])
    parser.add_argument("--full-model", action="store_true", help="also solve without the reduction")
    args = parser.parse_args()
    warnings.simplefilter("ignore")

    from smartzone.scoring.planner import Planner, PlanRules, check_plan, greedy_plan
    from smartzone.scoring.planner.milp import solve_milp
    from smartzone.scoring.planner.reduce import candidate_mask

    print(_load())
    print(f"{'level':<8} {'n':>5} {'budget':>7} {'row':<16} {'best s':>8} {'median s':>9} {'gap':>8} "
          f"{'objective':>11} {'vars':>6}  note")
    for level in args.levels:
        problem = _inputs(level)
        n = int(problem.eligible.sum())
        for budget in args.budgets:
            rules = PlanRules(budget=budget)
            planner = Planner(prices=False, greedy=False, time_limit=120)
            planner.solve(problem, rules)  # warm-up (imports, HiGHS start)
            rows: dict[str, list[float]] = {"exact": [], "greedy": []}
            if args.full_model:
                rows["full model"] = []
            last: dict[str, object] = {}
            for _ in range(args.rounds):
                t = time.perf_counter()
                result = planner.solve(problem, rules)
                rows["exact"].append(time.perf_counter() - t)
                last["exact"] = result
                t = time.perf_counter()
                g_units, _ = greedy_plan(problem, rules)
                rows["greedy"].append(time.perf_counter() - t)
                last["greedy"] = g_units
                if args.full_model:
                    t = time.perf_counter()
                    last["full model"] = solve_milp(problem, rules, reduce=False, time_limit=120)
                    rows["full model"].append(time.perf_counter() - t)
            exact = last["exact"]
            n_vars = int(candidate_mask(problem, rules, problem.benefit).sum())
            g = last["greedy"]
            g_obj = float((g * problem.benefit).sum())  # type: ignore[operator]
            g_ok = all(c.passed for c in check_plan(problem, rules, g))  # type: ignore[arg-type]
            for name, times in rows.items():
                if name == "exact":
                    gap = f"{(exact.gap or 0) * 100:.2g} %"  # type: ignore[attr-defined]
                    obj = exact.objective  # type: ignore[attr-defined]
                    note = f"{exact.status}, cost {exact.total_cost:.1f}"  # type: ignore[attr-defined]
                    nv = str(n_vars)
                elif name == "greedy":
                    gap, obj, nv = "-", g_obj, "-"
                    note = (f"{g_obj / exact.objective * 100:.2f} % of optimum, "  # type: ignore[attr-defined]
                            f"{'meets the rules' if g_ok else 'breaks a rule'}")
                else:
                    full = last["full model"]
                    gap = f"{(full.gap or 0) * 100:.2g} %" if full.gap is not None else "n/a"  # type: ignore[attr-defined]
                    obj = full.objective  # type: ignore[attr-defined]
                    nv = str(n * len(problem.catalogue))
                    note = f"{full.status}"  # type: ignore[attr-defined]
                print(f"{level:<8} {n:>5} {budget:>7g} {name:<16} {min(times):>8.3f} "
                      f"{statistics.median(times):>9.3f} {gap:>8} {obj:>11.1f} {nv:>6}  {note}")
    print(_load())
    print(f"numpy {np.__version__}; rounds {args.rounds}")


if __name__ == "__main__":
    main()
