"""``check_scorer``: the conformance suite every scorer (built-in or plugin) must pass.

Run it in your plugin's tests::

    from smartzone.scoring import check_scorer
    from my_plugin import MyScorer

    def test_conformance():
        check_scorer(MyScorer)

It instantiates the scorer with its defaults (``codes`` parameters that need
at least one code get synthetic reference districts), scores a synthetic
matrix with benefit and cost criteria, a constraint and missing values, and
checks the declaration, the parameter API, the result (range, ranks,
contributions, excluded districts, recipe), determinism, reproduction from
the recipe, invariance to the order of the criteria and that the input is not
modified. All failing checks are reported together in one
:class:`ConformanceError`.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .errors import ParameterError
from .model import Constraint, Criterion, ScoreResult
from .params import ParamSpec
from .registry import declaration_problems
from .result import result_problems


class ConformanceError(AssertionError):
    """A scorer failed one or more conformance checks (message lists them)."""


@dataclass
class CheckReport:
    """Which checks passed (only returned when all passed)."""

    scorer: str
    passed: list[str] = field(default_factory=list)


def synthetic_problem(n: int = 40, seed: int = 0) -> tuple[pd.DataFrame, list[Criterion], set[str]]:
    """A small districts x indicators problem and the codes it must exclude.

    Four indicators (two benefit, two cost, different units), one constraint
    excluding districts with fewer than 2,000 residents, one missing value
    with policy ``exclude`` and one with ``median``.
    """
    rng = np.random.default_rng(seed)
    codes = [f"{11010 + 10 * i}" for i in range(n)]
    frame = pd.DataFrame(
        {
            "population": rng.integers(500, 400_000, n).astype(float),
            "ict_share": rng.uniform(0.0, 0.3, n),
            "land_price": rng.lognormal(13.0, 0.6, n),
            "aged_ratio": rng.uniform(0.08, 0.45, n),
            "unused": rng.normal(size=n),
        },
        index=pd.Index(codes, name="code"),
    )
    frame.iloc[0, 0] = 1_200.0
    frame.iloc[5, 1] = np.nan  # excluded (policy exclude)
    frame.iloc[7, 3] = np.nan  # imputed (median)
    criteria = [
        Criterion(
            "population", "benefit", weight=2.0,
            constraints=(Constraint("<", 2_000.0, "fewer than 2,000 residents"),),
        ),
        Criterion("ict_share", "benefit", weight=3.0, missing="exclude"),
        Criterion("land_price", "cost", weight=1.0),
        Criterion("aged_ratio", "cost", weight=1.5, missing="median"),
    ]
    expected = {codes[5]} | {c for c, p in zip(codes, frame["population"], strict=True) if p < 2_000.0}
    return frame, criteria, expected


def _defaults(cls: type, frame: pd.DataFrame, expected_excluded: set[str]) -> dict[str, Any]:
    """Constructor arguments: synthetic reference districts for required ``codes`` params."""
    kwargs: dict[str, Any] = {}
    candidates = [c for c in frame.index if c not in expected_excluded]
    # reference districts with a recognisable profile: highest ICT share
    ranked = frame.loc[candidates, "ict_share"].sort_values(ascending=False).index.tolist()
    for spec in getattr(cls, "params", ()):
        if spec.kind == "codes" and (spec.min or 0) >= 1:
            count = max(int(spec.min or 1), 5)
            if spec.max is not None:
                count = min(count, int(spec.max))
            kwargs[spec.name] = tuple(ranked[:count])
    return kwargs


def _invalid_value(spec: ParamSpec) -> Any:
    if spec.kind in ("float", "int"):
        if spec.max is not None:
            return spec.max + 1
        if spec.min is not None:
            return spec.min - 1
        return "not a number"
    if spec.kind == "choice":
        return "__not_a_choice__"
    if spec.kind == "bool":
        return "yes"
    if spec.kind == "codes":
        return 12345.5
    return None  # str: anything goes


def check_scorer(
    scorer: Any,
    *,
    n: int = 40,
    seed: int = 0,
    atol: float = 1e-6,
    require_additive: bool | None = None,
) -> CheckReport:
    """Run the conformance checks on a scorer class (or instance).

    Parameters
    ----------
    scorer
        A scorer class, or an instance whose parameters are used as the base
        configuration.
    n, seed
        Size and seed of the synthetic problem.
    atol
        Tolerance for "same score" (criterion-order invariance, determinism).
    require_additive
        Require contributions to sum to the score; default: the class's
        ``additive`` attribute (True for every built-in).

    Returns
    -------
    CheckReport
        The names of the checks (all passed).

    Raises
    ------
    ConformanceError
        Listing every failed check.
    """
    cls: type[Any] = scorer if isinstance(scorer, type) else type(scorer)
    name = getattr(cls, "id", cls.__name__)
    report = CheckReport(str(name))
    failures: list[str] = []

    def check(label: str, fn: Callable[[], None]) -> None:
        try:
            fn()
        except ConformanceError as exc:
            failures.append(f"{label}: {exc}")
        except Exception as exc:  # noqa: BLE001 - every failure is a finding
            failures.append(f"{label}: {type(exc).__name__}: {exc}")
        else:
            report.passed.append(label)

    problems = declaration_problems(cls)
    if problems:
        raise ConformanceError(f"{cls.__name__}: declaration: " + "; ".join(problems))

    frame, criteria, expected_excluded = synthetic_problem(n, seed)
    base_params = dict(scorer.get_params()) if not isinstance(scorer, type) else {}
    params = {**_defaults(cls, frame, expected_excluded), **base_params}
    specs: tuple[ParamSpec, ...] = cls.params

    def make(**overrides: Any) -> Any:
        return cls(**{**params, **overrides})

    def fail(message: str) -> None:
        raise ConformanceError(message)

    # ------------------------------------------------------------ params
    def params_defaults_valid() -> None:
        for spec in specs:
            if spec.kind == "codes" and (spec.min or 0) >= 1:
                continue
            spec.validate(spec.default, cls.__name__)

    def params_round_trip() -> None:
        est = make()
        got = est.get_params()
        if set(got) != {s.name for s in specs}:
            fail(f"get_params() keys {sorted(got)} differ from declared params {[s.name for s in specs]}")
        again = cls(**got).get_params()
        if again != got:
            fail("cls(**get_params()).get_params() differs from get_params()")
        if est.set_params(**got) is not est:
            fail("set_params() must return the scorer itself")
        if specs:
            spec = specs[0]
            value = getattr(est, spec.name)
            est.set_params(**{spec.name: value})
            if est.get_params()[spec.name] is not value and est.get_params()[spec.name] != value:
                fail("set_params() did not store the value unchanged")

    def unknown_param_rejected() -> None:
        try:
            cls(__surely_not_a_param__=1)
        except (ParameterError, TypeError):
            return
        fail("an unknown constructor keyword was accepted")

    def invalid_param_rejected_at_call_time() -> None:
        for spec in specs:
            bad = _invalid_value(spec)
            if bad is None:
                continue
            est = make()
            try:
                est.set_params(**{spec.name: bad})  # stored unchanged, not validated yet
            except ParameterError:
                fail(f"set_params({spec.name}={bad!r}) validated eagerly; validate when scoring")
            try:
                est.score(frame, criteria)
            except ParameterError:
                continue
            fail(f"scoring with {spec.name}={bad!r} did not raise ParameterError")

    check("params_defaults_valid", params_defaults_valid)
    check("params_round_trip", params_round_trip)
    check("unknown_param_rejected", unknown_param_rejected)
    check("invalid_param_rejected_at_call_time", invalid_param_rejected_at_call_time)

    # ------------------------------------------------------------ result
    state: dict[str, ScoreResult] = {}
    before = frame.copy(deep=True)

    def result_valid() -> None:
        result = make().score(frame, criteria)
        state["result"] = result
        problems = result_problems(result, frame.index, criteria, method=str(name))
        if problems:
            fail("; ".join(problems))
        if not result.score.index.equals(frame.index):
            fail("score index is not the matrix index in matrix order")

    check("result_valid", result_valid)
    if "result" not in state:
        raise ConformanceError(f"{cls.__name__} failed conformance checks:\n- " + "\n- ".join(failures))
    result = state["result"]

    def excluded_districts() -> None:
        if set(result.excluded) != expected_excluded:
            fail(f"excluded {sorted(result.excluded)}, expected {sorted(expected_excluded)}")
        if not all(isinstance(v, str) and v for v in result.excluded.values()):
            fail("every excluded district needs a reason")

    def input_not_modified() -> None:
        if not frame.equals(before):
            fail("score() modified the input matrix")

    def contributions_sum() -> None:
        additive = getattr(cls, "additive", False) if require_additive is None else require_additive
        if not additive:
            return
        scored = result.score.notna()
        total = result.contributions[scored].sum(axis=1).to_numpy()
        gap = np.abs(total - result.score[scored].to_numpy())
        if gap.size and gap.max() > 1e-6:
            fail(f"contributions do not sum to the score (max gap {gap.max():.3g})")

    def recipe_complete() -> None:
        recipe = result.recipe
        if recipe["method"] != name:
            fail(f"recipe method {recipe['method']!r} is not the scorer id {name!r}")
        json.dumps(recipe, allow_nan=True)
        w = recipe["weights"]
        if set(w) != {c.indicator for c in criteria} or not math.isclose(sum(w.values()), 1.0, abs_tol=1e-9):
            fail(f"recipe weights {w} are not the normalised criterion weights")
        if not str(recipe["data_version"]):
            fail("recipe data_version is empty")
        if len(recipe["criteria"]) != len(criteria):
            fail("recipe criteria do not list every criterion")

    def diagnostics_json() -> None:
        json.dumps(result.diagnostics, allow_nan=True)

    def reproducible_from_recipe() -> None:
        recipe = result.recipe
        crit = [Criterion.from_dict(d) for d in recipe["criteria"]]
        again = cls(**recipe["params"]).score(frame, crit)
        _same_scores(again.score, result.score, atol, "score reproduced from the recipe")
        if again.recipe["data_version"] != recipe["data_version"]:
            fail("data_version changed for the same data")

    def deterministic() -> None:
        again = make().score(frame, criteria)
        _same_scores(again.score, result.score, 0.0, "second run")
        if not again.rank.equals(result.rank):
            fail("ranks differ between two identical runs")

    def criterion_order_invariance() -> None:
        reordered = list(reversed(criteria))
        again = make().score(frame, reordered)
        _same_scores(again.score, result.score, atol, "score with the criteria reversed")
        c1 = result.contributions
        c2 = again.contributions[list(c1.columns)]
        scored = result.score.notna()
        gap = np.abs(c1[scored].to_numpy() - c2[scored].to_numpy())
        if gap.size and gap.max() > max(atol, 1e-6) * 100:
            fail(f"contributions change with the criteria order (max gap {gap.max():.3g})")
        if again.recipe["data_version"] != result.recipe["data_version"]:
            fail("data_version depends on the criteria order")

    def weight_scale_invariance() -> None:
        scaled = [Criterion.from_dict({**c.to_dict(), "weight": c.weight * 7.0}) for c in criteria]
        again = make().score(frame, scaled)
        _same_scores(again.score, result.score, atol, "score with all weights times 7")

    check("excluded_districts", excluded_districts)
    check("input_not_modified", input_not_modified)
    check("contributions_sum_to_score", contributions_sum)
    check("recipe_complete", recipe_complete)
    check("diagnostics_json", diagnostics_json)
    check("reproducible_from_recipe", reproducible_from_recipe)
    check("deterministic", deterministic)
    check("criterion_order_invariance", criterion_order_invariance)
    check("weight_scale_invariance", weight_scale_invariance)

    if failures:
        raise ConformanceError(f"{cls.__name__} failed conformance checks:\n- " + "\n- ".join(failures))
    return report


def _same_scores(a: pd.Series, b: pd.Series, atol: float, what: str) -> None:
    x = a.reindex(b.index).to_numpy(dtype=float)
    y = b.to_numpy(dtype=float)
    if not np.array_equal(np.isnan(x), np.isnan(y)):
        raise ConformanceError(f"{what}: excluded districts differ")
    ok = ~np.isnan(y)
    gap = np.abs(x[ok] - y[ok])
    if gap.size and gap.max() > atol:
        raise ConformanceError(f"{what}: scores differ by up to {gap.max():.3g}")
