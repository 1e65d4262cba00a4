"""The deployment planner's engine: optimum against enumeration, rules, explanations, reduction."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartzone.scoring.planner import (
    Catalogue,
    PlanError,
    Planner,
    PlanProblem,
    PlanRules,
    ShareFloor,
    Solution,
    check_plan,
    greedy_plan,
    parse_share_rule,
)
from smartzone.scoring.planner.milp import solve_milp

CATS = ["climate", "mobility", "digital_inclusion", "health_care", "safety"]


def _catalogue(costs, values, cats, **extra) -> Catalogue:
    sols = []
    for i, (c, v, k) in enumerate(zip(costs, values, cats, strict=True)):
        kw = {key: val[i] for key, val in extra.items()}
        sols.append(Solution(f"s{i}", f"솔루션{i}", f"solution {i}", k, c, v, **kw))
    return Catalogue(tuple(sols))


def _problem(rng, n_d, n_s, *, excluded=0, shrinking=None, **extra) -> PlanProblem:
    costs = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0], n_s)
    values = rng.uniform(0.5, 3.0, n_s).round(2)
    cats = [CATS[i % len(CATS)] for i in range(n_s)]
    cat = _catalogue(costs, values, cats, **extra)
    scores = rng.uniform(0, 100, n_d).round(1)
    if excluded:
        scores[rng.choice(n_d, excluded, replace=False)] = np.nan
    codes = [f"{11 + i % 3}{i:03d}" for i in range(n_d)]
    flags = rng.random(n_d) < 0.5 if shrinking is None else shrinking
    need = rng.uniform(0.5, 1.5, (n_d, n_s)).round(2)
    return PlanProblem(codes, scores, cat, need=need, shrinking=flags)


def _enumerate(problem: PlanProblem, rules: PlanRules) -> float | None:
    """Best objective over every plan that passes every check (None: no plan)."""
    n_d, n_s = problem.benefit.shape
    choices = []
    for s in problem.catalogue.solutions:
        choices.append([0, *range(s.min_units, s.max_units + 1)])
    per_cell = [choices[j] for _ in range(n_d) for j in range(n_s)]
    best = None
    benefit = problem.benefit
    for combo in itertools.product(*per_cell):
        units = np.array(combo, dtype=np.int64).reshape(n_d, n_s)
        if all(c.passed for c in check_plan(problem, rules, units)):
            obj = float((units * benefit).sum())
            best = obj if best is None or obj > best else best
    return best


RULE_SETS = [
    PlanRules(budget=4.0),
    PlanRules(budget=5.0, min_spend=4.0),
    PlanRules(budget=6.0, floors=(ShareFloor(("climate", "digital_inclusion"), 0.5),
                                  ShareFloor(("mobility",), 0.2)), min_spend=3.0),
    PlanRules(budget=6.0, concentration=0.6, min_spend=2.0),
    PlanRules(budget=7.0, district_max=2.5, max_districts=2),
    PlanRules(budget=7.0, district_min=2.0, min_districts=2),
    PlanRules(budget=3.0, min_spend=2.9, floors=(ShareFloor(("health_care",), 0.9),)),
    PlanRules(budget=0.4),
]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("rules", RULE_SETS, ids=lambda r: "-".join(r.rule_keys()) or "budget")
def test_optimum_equals_enumeration(seed: int, rules: PlanRules) -> None:
    rng = np.random.default_rng(seed)
    problem = _problem(rng, 3, 3, excluded=int(seed % 3 == 0))
    best = _enumerate(problem, rules)
    result = Planner(prices=False, greedy=False).solve(problem, rules)
    if best is None:
        assert result.status == "infeasible"
        assert result.message
        return
    assert result.status in ("optimal", "empty")
    assert result.objective == pytest.approx(best, rel=1e-6, abs=1e-6)
    assert all(c.passed for c in result.checks)


@pytest.mark.parametrize("seed", range(4))
def test_units_and_links_against_enumeration(seed: int) -> None:
    rng = np.random.default_rng(100 + seed)
    cat_extra = {
        "max_units": [2, 1, 3], "min_units": [1, 1, 2],
        "requires": [(), ("s0",), ()], "excludes": [(), (), ()],
    }
    problem = _problem(rng, 2, 3, **cat_extra)
    for rules in (PlanRules(budget=6.0, floors=()), PlanRules(budget=8.0, min_spend=5.0)):
        best = _enumerate(problem, rules)
        result = Planner(prices=False, greedy=False).solve(problem, rules)
        if best is None:
            assert result.status == "infeasible"
        else:
            assert result.objective == pytest.approx(best, rel=1e-6, abs=1e-6)


def test_exclusive_pair_against_enumeration() -> None:
    rng = np.random.default_rng(7)
    problem = _problem(rng, 3, 3, excludes=[("s1",), ("s0",), ()])
    rules = PlanRules(budget=20.0, floors=())
    best = _enumerate(problem, rules)
    result = Planner(prices=False, greedy=False).solve(problem, rules)
    assert result.objective == pytest.approx(best)
    assert not ((result.units[:, 0] > 0) & (result.units[:, 1] > 0)).any()


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("rules", [
    PlanRules(budget=12.0),
    PlanRules(budget=15.0, concentration=0.5, min_spend=10.0),
    PlanRules(budget=15.0, district_max=4.0, max_districts=5),
], ids=["default", "concentration", "districts"])
def test_reduction_keeps_the_optimum(seed: int, rules: PlanRules) -> None:
    """Dropping dominated pairs (reduce.py) never changes the optimal objective."""
    rng = np.random.default_rng(seed)
    problem = _problem(rng, 40, 6, excluded=3, requires=[(), (), ("s0",), (), (), ()])
    full = solve_milp(problem, rules, reduce=False)
    reduced = solve_milp(problem, rules, reduce=True)
    assert full.status == reduced.status == "optimal"
    assert reduced.objective == pytest.approx(full.objective, rel=1e-7)


def test_example_of_the_issue_explains_the_floor() -> None:
    """Only 2.1 억원 of climate solutions fit the eligible districts; the floor needs 3.5."""
    cat = _catalogue([0.7, 3.0, 1.0], [1, 1, 1], ["climate", "mobility", "safety"])
    scores = np.array([np.nan, 50, 60, 70, np.nan])
    problem = PlanProblem(["11010", "11020", "11030", "11040", "11050"], scores, cat)
    result = Planner().solve(problem, PlanRules(budget=20.0, min_spend=10.0))
    assert result.status == "infeasible"
    msg = result.message
    assert "the 35 % floor on climate or digital inclusion" in msg
    assert "the minimum spend of 10 억원" in msg
    assert "at least 3.5 억원" in msg and "only 2.1 억원" in msg
    assert "3 eligible districts (of 5)" in msg
    assert not result.units.any()


def test_infeasible_min_districts_named() -> None:
    cat = _catalogue([1.0, 2.0], [1, 1], ["climate", "mobility"])
    problem = PlanProblem(["11010", "11020", "11030"], [10.0, np.nan, 30.0], cat)
    result = Planner().solve(problem, PlanRules(budget=10.0, min_districts=3))
    assert result.status == "infeasible"
    assert "Only 2 districts are eligible, fewer than the 3 to fund" in result.message


def test_min_spend_above_budget_is_explained() -> None:
    cat = _catalogue([1.0], [1.0], ["climate"])
    problem = PlanProblem(["11010"], [50.0], cat)
    result = Planner().solve(problem, PlanRules(budget=5.0, min_spend=6.0))
    assert result.status == "infeasible"
    assert "above the budget of 5 억원" in result.message


def test_budget_below_cheapest_solution_gives_an_empty_plan() -> None:
    cat = _catalogue([1.0, 2.0], [1, 1], ["climate", "mobility"])
    problem = PlanProblem(["11010", "11020"], [10.0, 20.0], cat)
    result = Planner().solve(problem, PlanRules(budget=0.5))
    assert result.status == "empty"
    assert "below the cheapest eligible solution" in result.message and "1 억원" in result.message
    assert not result.units.any()
    assert result.compliant


def test_floor_makes_the_plan_empty_without_floor_categories() -> None:
    """No climate/digital solution: only the empty plan meets the 35 % floor; a note says why."""
    cat = _catalogue([1.0, 2.0], [1, 1], ["mobility", "safety"])
    problem = PlanProblem(["11010", "11020"], [10.0, 20.0], cat)
    result = Planner().solve(problem, PlanRules(budget=10.0))
    assert result.status == "optimal" and not result.units.any()
    assert any("35 % floor" in n for n in result.notes)
    floor = next(c for c in result.checks if c.key.startswith("floor:"))
    # without the floor both solutions go to both districts: 2 x 10 + 2 x 20
    assert floor.binding and floor.price == pytest.approx(60.0)


def test_price_of_binding_floor_is_the_benefit_lost() -> None:
    cat = _catalogue([1.0, 1.0], [1.0, 2.0], ["climate", "mobility"])
    problem = PlanProblem(["11010", "11020"], [50.0, 40.0], cat)
    rules = PlanRules(budget=2.0, floors=(ShareFloor(("climate",), 0.5),))
    result = Planner().solve(problem, rules)
    # without the floor: both mobility units (100 + 80); with it: one of each, best is 100 + 50
    assert result.objective == pytest.approx(150.0)
    floor = next(c for c in result.checks if c.key == "floor:climate")
    assert floor.price == pytest.approx(30.0) and floor.binding
    assert floor.achieved == pytest.approx(0.5)


def test_summary_and_spend_by_sido() -> None:
    rng = np.random.default_rng(3)
    problem = _problem(rng, 12, 5)
    result = Planner().solve(problem, PlanRules(budget=8.0, concentration=0.3))
    data = result.to_dict()
    assert data["status"] == "optimal"
    assert sum(data["spend_by_sido"].values()) == pytest.approx(result.total_cost)
    assert set(data["spend_by_sido"]) <= {"11", "12", "13"}
    assert sum(data["spend_by_category"].values()) == pytest.approx(result.total_cost)
    assert [c["rule"] for c in data["compliance"]][:3] == ["budget", "floor:climate+digital_inclusion",
                                                           "concentration"]
    assert data["greedy"]["objective"] <= result.objective + 1e-9
    assert {d.code for d in result.deployments()} <= set(problem.codes)


def test_time_limit_returns_a_plan_with_its_gap() -> None:
    rng = np.random.default_rng(0)
    problem = _problem(rng, 400, 12)
    result = Planner(time_limit=0.05, prices=False, greedy=False).solve(
        problem, PlanRules(budget=60.0, district_max=3.0, max_districts=25))
    assert result.status in ("optimal", "time_limit")
    if result.status == "time_limit":
        # a plan of HiGHS with its gap, or the greedy plan when HiGHS found none in time
        assert (result.gap is not None and result.gap >= 0) or "greedy" in result.message
        assert "gap" in result.message
    assert all(c.passed for c in result.checks)


# --------------------------------------------------------------------------- properties


@st.composite
def instances(draw):
    seed = draw(st.integers(0, 10_000))
    rng = np.random.default_rng(seed)
    n_d = draw(st.integers(1, 25))
    n_s = draw(st.integers(1, 6))
    problem = _problem(rng, n_d, n_s, excluded=draw(st.integers(0, n_d // 2)))
    floors = []
    if draw(st.booleans()):
        floors.append(ShareFloor(("climate", "digital_inclusion"), draw(st.floats(0, 1))))
    if draw(st.booleans()):
        floors.append(ShareFloor(("mobility",), draw(st.floats(0, 0.6))))
    budget = draw(st.floats(0, 30))
    rules = PlanRules(
        budget=budget, floors=tuple(floors),
        min_spend=draw(st.sampled_from([0.0, budget * 0.5, budget * 0.9])),
        concentration=draw(st.sampled_from([0.0, 0.3, 0.8])),
        district_max=draw(st.sampled_from([None, 2.0, 5.0])),
        district_min=draw(st.sampled_from([None, 1.0])),
        max_districts=draw(st.sampled_from([None, 1, 4])),
    )
    return problem, rules


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances())
def test_no_returned_plan_breaks_a_rule_or_the_budget(instance) -> None:
    problem, rules = instance
    result = Planner(prices=False, time_limit=20).solve(problem, rules)
    if result.status == "infeasible":
        assert result.message and not result.units.any()
        return
    assert result.total_cost <= rules.budget + 1e-6
    failed = [c.text() for c in result.checks if not c.passed]
    assert not failed, failed
    assert not result.units[~problem.eligible].any()
    g_units, _ = greedy_plan(problem, rules)
    assert (g_units * problem.catalogue.costs).sum() <= rules.budget + 1e-6
    assert (g_units * problem.benefit).sum() <= result.objective + 1e-6 or not all(
        c.passed for c in check_plan(problem, rules, g_units))


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("kwargs, words", [
    ({"cost": 0}, r"more than 0 \(in 100M KRW\)"),
    ({"cost": -2}, r"more than 0 \(in 100M KRW\)"),
    ({"category": "weather"}, "unknown category 'weather'"),
    ({"value": "x"}, "must be a number"),
    ({"max_units": 0}, "max_units"),
])
def test_bad_solutions_are_refused(kwargs, words) -> None:
    base = {"id": "a", "name_ko": "가", "name_en": "a", "category": "climate", "cost": 1.0, "value": 1.0}
    with pytest.raises(PlanError, match=words):
        Solution(**{**base, **kwargs})


def test_bad_rules_are_refused() -> None:
    with pytest.raises(PlanError, match="unknown category 'wether'"):
        parse_share_rule("climate,wether=0.3")
    with pytest.raises(PlanError, match="between 0 and 1"):
        parse_share_rule("climate=1.5")
    assert parse_share_rule("climate+digital_inclusion=35%").share == pytest.approx(0.35)
    with pytest.raises(PlanError, match="budget"):
        PlanRules(budget=-1)
    with pytest.raises(PlanError, match="above the per-district maximum"):
        PlanRules(budget=5, district_min=3, district_max=2)


def test_catalogue_links_are_checked() -> None:
    a = Solution("a", "", "", "climate", 1, 1, requires=("b",))
    b = Solution("b", "", "", "climate", 1, 1, requires=("a",))
    with pytest.raises(PlanError, match="cycle"):
        Catalogue((a, b))
    with pytest.raises(PlanError, match="not in the catalogue"):
        Catalogue((Solution("a", "", "", "climate", 1, 1, requires=("zzz",)),))
    with pytest.raises(PlanError, match="max_units 1"):
        Catalogue((Solution("a", "", "", "climate", 1, 1, max_units=2, excludes=("b",)),
                   Solution("b", "", "", "climate", 1, 1)))


def test_docs_worked_example() -> None:
    """docs/planner.md's example, number by number."""
    cat = Catalogue((Solution("heat_shelter", "스마트 그늘막", "Smart shade", "climate", 1, 1),
                     Solution("drt", "수요응답형 교통", "DRT", "mobility", 3, 4),
                     Solution("remote_care", "비대면 진료", "Remote care", "health_care", 2, 2)))
    problem = PlanProblem(["11010", "11020", "37320"], [80, 50, np.nan], cat)
    result = Planner().solve(problem, PlanRules(budget=5))
    assert result.objective == pytest.approx(450.0)
    assert result.units.tolist() == [[1, 1, 0], [1, 0, 0], [0, 0, 0]]
    floor = result.checks[1]
    assert floor.achieved == pytest.approx(0.4) and floor.price == pytest.approx(30.0)
    assert result.greedy is not None
    assert result.greedy.objective == pytest.approx(230.0) and result.greedy.total_cost == pytest.approx(4.0)
    bad = Planner().solve(problem, PlanRules(budget=5, min_spend=5, floors=(ShareFloor(("climate",), 0.9),)))
    assert bad.message == (
        "No plan meets the 90 % floor on climate and the minimum spend of 5 억원 together with the "
        "budget of 5 억원; dropping any one of them makes a plan possible. The 90 % floor on climate "
        "needs at least 4.5 억원 of climate solutions, but only 2 억원 of them fit the 2 eligible "
        "districts (of 3)."
    )


def test_robustness_counts_how_often_each_pair_is_chosen() -> None:
    from smartzone.scoring.planner.robust import plan_robustness

    rng = np.random.default_rng(5)
    problem = _problem(rng, 10, 4)
    rules = PlanRules(budget=6.0)
    base = Planner(prices=False, greedy=False).solve(problem, rules)
    same = plan_robustness(problem, rules, np.tile(problem.scores, (3, 1)))
    assert np.array_equal(same.frequency, (base.units > 0).astype(float))
    # half the runs with the scores reversed: pairs of both plans appear with frequency 1/2 or 1
    flipped = problem.with_scores(100 - problem.scores)
    other = Planner(prices=False, greedy=False).solve(flipped, rules)
    mixed = plan_robustness(problem, rules, np.vstack([problem.scores, 100 - problem.scores]))
    expected = ((base.units > 0).astype(float) + (other.units > 0)) / 2
    assert np.allclose(mixed.frequency, expected)
    assert mixed.n_runs == 2 and mixed.infeasible_runs == 0
