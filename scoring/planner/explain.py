"""Why no plan meets the rules, in words that name the rules in conflict.

A deletion filter over the optional rules finds a smallest set that cannot
hold together (dropping any one of them makes a plan possible). Then small
auxiliary programmes bound what that set allows: the largest spend, the
largest spend on a floor's categories, the largest spend in shrinking
districts, each compared with what the minimum rule needs.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from smartzone.scoring.planner.milp import max_spend, solve_milp
from smartzone.scoring.planner.model import CATEGORY_LABELS, PlanProblem, PlanRules

__all__ = ["Explanation", "conflicting_rules", "explain_infeasible"]


class Explanation(str):
    """The planner's English sentences (what the command line prints), with each sentence's
    ``kind`` and ``params`` in ``parts`` so an interface words it again in another language
    (the app's plan panel and the Korean report: ``smartzone.app.core.planning.message_words``).

    Kinds and their parameters (amounts in 억원):

    ``no_eligible``             (none)
    ``below_cheapest``          budget, solution (id), name_ko, name_en, cost
    ``budget_alone``            budget
    ``conflict``                keys (rule keys in conflict), budget
    ``min_spend_above_budget``  min_spend, budget
    ``floor_short``             key (the floor's rule key), categories, share, need, got, eligible, total
    ``concentration_short``     need, got, shrinking (eligible shrinking districts)
    ``min_spend_short``         keys (the other rules in force), top, min_spend, eligible, total
    ``too_few_eligible``        eligible, wanted
    ``min_max_districts``       wanted, most
    ``district_min_budget``     wanted, district_min, budget
    ``cheapest_too_much``       wanted, cost
    ``optimal_empty``           keys (the binding rules; empty: no solution brings a benefit)
    """

    parts: tuple[tuple[str, Mapping[str, Any]], ...]

    def __new__(cls, parts: list[tuple[str, str, Mapping[str, Any]]]) -> Explanation:
        self = super().__new__(cls, " ".join(text for _kind, text, _p in parts))
        self.parts = tuple((kind, dict(params)) for kind, _text, params in parts)
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the parts
        return (_rebuild, (str(self), self.parts))


def _rebuild(text: str, parts: tuple[tuple[str, Mapping[str, Any]], ...]) -> Explanation:
    out = str.__new__(Explanation, text)
    out.parts = tuple(parts)
    return out


def _feasible(problem: PlanProblem, rules: PlanRules, time_limit: float) -> bool:
    zero = np.zeros((len(problem.codes), len(problem.catalogue)))
    out = solve_milp(problem, rules, zero, time_limit=time_limit, mip_rel_gap=1.0)
    return out.units is not None


def _only(rules: PlanRules, keep: list[str]) -> PlanRules:
    out = rules
    for key in rules.rule_keys():
        if key not in keep:
            out = out.without(key)
    return out


def conflicting_rules(
    problem: PlanProblem, rules: PlanRules, time_limit: float = 20.0,
    check: Callable[[], None] | None = None,
) -> list[str]:
    """A smallest set of rule keys that, with the budget, admits no plan (empty if the budget alone fails)."""
    keep = rules.rule_keys()
    for key in list(keep):
        if check is not None:
            check()
        trial = [k for k in keep if k != key]
        if not _feasible(problem, _only(rules, trial), time_limit):
            keep = trial
    return keep


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _fmt(v: float) -> str:
    return f"{v:,.2f}".rstrip("0").rstrip(".") + " 억원"


def _cats(cats: tuple[str, ...]) -> str:
    return " or ".join(CATEGORY_LABELS[c][1] for c in cats)


def explain_infeasible(
    problem: PlanProblem, rules: PlanRules, time_limit: float = 20.0,
    check: Callable[[], None] | None = None,
) -> Explanation:
    """A few sentences naming the rules in conflict and the numbers behind it (:class:`Explanation`)."""
    n_elig = int(problem.eligible.sum())
    n_all = len(problem.codes)
    where = f"the {n_elig} eligible districts" + (f" (of {n_all})" if n_elig < n_all else "")
    conflict = conflicting_rules(problem, rules, time_limit, check)
    names = [rules.describe(k) for k in conflict]
    parts: list[tuple[str, str, Mapping[str, Any]]] = []

    def say(kind: str, text: str, **params: Any) -> None:
        parts.append((kind, text, params))

    if not conflict:
        say("budget_alone", f"No plan fits {rules.describe('budget')}.", budget=rules.budget)
        return Explanation(parts)
    head = f"No plan meets {_join(names)} together with {rules.describe('budget')}"
    if len(conflict) > 1:
        head += "; dropping any one of them makes a plan possible"
    say("conflict", head + ".", keys=tuple(conflict), budget=rules.budget)
    core = _only(rules, conflict)
    if "min_spend" in conflict:
        m = rules.min_spend
        if m > rules.budget:
            say("min_spend_above_budget",
                f"The minimum spend of {_fmt(m)} is above the budget of {_fmt(rules.budget)}.",
                min_spend=m, budget=rules.budget)
        else:
            others = core.without("min_spend")
            for f in others.floors:
                need = f.share * m
                got = max_spend(problem, _only(others, []), f.categories, time_limit=time_limit)
                if got is not None and got < need - 1e-9:
                    say("floor_short",
                        f"{f.describe()[0].upper()}{f.describe()[1:]} needs at least {_fmt(need)} of "
                        f"{_cats(f.categories)} solutions, but only {_fmt(got)} of them fit {where}.",
                        key=f.key, categories=tuple(f.categories), share=f.share, need=need, got=got,
                        eligible=n_elig, total=n_all)
            if "concentration" in conflict:
                need = rules.concentration * m
                got = max_spend(problem, _only(others, []), shrinking_only=True, time_limit=time_limit)
                assert problem.shrinking is not None
                n_shr = int((problem.shrinking & problem.eligible).sum())
                if got is not None and got < need - 1e-9:
                    say("concentration_short",
                        f"The concentration rule needs at least {_fmt(need)} in shrinking districts, "
                        f"but only {_fmt(got)} of solutions fit the {n_shr} eligible shrinking districts.",
                        need=need, got=got, shrinking=n_shr)
            if len(parts) == 1:
                top = max_spend(problem, others, time_limit=time_limit)
                with_rules = ("with " + _join([rules.describe(k) for k in others.rule_keys()])
                              if others.rule_keys() else "within the budget")
                say("min_spend_short",
                    f"{with_rules[0].upper()}{with_rules[1:]}, at most {_fmt(top or 0.0)} of solutions fit "
                    f"{where}, less than the minimum spend of {_fmt(m)}.",
                    keys=tuple(others.rule_keys()), top=top or 0.0, min_spend=m, eligible=n_elig, total=n_all)
    elif "min_districts" in conflict:
        k = rules.min_districts or 0
        if k > n_elig:
            say("too_few_eligible", f"Only {n_elig} districts are eligible, fewer than the {k} to fund.",
                eligible=n_elig, wanted=k)
        elif rules.max_districts is not None and k > rules.max_districts:
            say("min_max_districts", f"At least {k} and at most {rules.max_districts} districts cannot both hold.",
                wanted=k, most=rules.max_districts)
        elif rules.district_min and k * rules.district_min > rules.budget:
            say("district_min_budget",
                f"{k} districts x {_fmt(rules.district_min)} = {_fmt(k * rules.district_min)}, "
                f"more than the budget of {_fmt(rules.budget)}.",
                wanted=k, district_min=rules.district_min, budget=rules.budget)
        else:
            cheapest = float(problem.catalogue.costs.min())
            say("cheapest_too_much",
                f"Funding {k} districts costs at least {_fmt(k * cheapest)} with the cheapest solution; "
                f"the rules leave less than that.", wanted=k, cost=k * cheapest)
    return Explanation(parts)
