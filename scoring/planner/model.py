"""The deployment planner's inputs: solutions, the catalogue, the rules and the problem.

Plain, validated data (no IO): :mod:`smartzone.layers.catalogue` reads catalogues
from files, :mod:`smartzone.scoring.planner.milp` solves. Costs are in 억원
(100 million KRW) throughout. See ``docs/planner.md`` for the model.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smartzone.scoring.errors import ScoringError

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "DEFAULT_FLOOR",
    "Catalogue",
    "PlanError",
    "PlanProblem",
    "PlanRules",
    "ShareFloor",
    "Solution",
    "need_factors",
    "parse_share_rule",
]

#: The categories a solution may have (the 4th Smart City Comprehensive Plan's fields).
CATEGORIES = ("climate", "digital_inclusion", "mobility", "safety", "health_care", "economy", "governance")
#: Korean and English labels of the categories (one place for reports, the app and the CLI).
CATEGORY_LABELS: dict[str, tuple[str, str]] = {
    "climate": ("기후위기 대응", "climate"),
    "digital_inclusion": ("디지털 포용", "digital inclusion"),
    "mobility": ("교통·모빌리티", "mobility"),
    "safety": ("안전", "safety"),
    "health_care": ("보건·돌봄", "health care"),
    "economy": ("경제·산업", "economy"),
    "governance": ("행정·데이터", "governance"),
}
_EPS = 1e-9


class PlanError(ScoringError, ValueError):
    """A catalogue, a rule or a planning problem is invalid; the message says which and why."""


class PlanCancelled(ScoringError):
    """The user cancelled planning through its ``feedback``."""


def _number(value: Any, what: str, amount: str = "", solution: str = "") -> float:
    """``value`` as a finite float; ``amount`` (``cost``, ``budget`` ...) and ``solution`` name it as plain
    data for the error's key."""
    try:
        out = float(value)
    except (TypeError, ValueError):
        raise PlanError(f"{what} must be a number; got {value!r}.", key="plan_not_number", amount=amount,
                        id=solution, value=repr(value)) from None
    if not math.isfinite(out):
        raise PlanError(f"{what} must be a finite number; got {value!r}.", key="plan_not_number", amount=amount,
                        id=solution, value=repr(value))
    return out


@dataclass(frozen=True)
class Solution:
    """One smart-city solution of the catalogue.

    Parameters
    ----------
    id : str
        Stable identifier (``drt``, ``iot_flood_sensor`` ...).
    name_ko, name_en : str
        Display names.
    category : str
        One of :data:`CATEGORIES`.
    cost : float
        Cost of one unit in 억원 (> 0).
    value : float
        Relative value of one unit (> 0); the benefit of a unit in district
        ``d`` is ``score_d x value x need_ds``.
    source : str
        Where the cost comes from.
    need : tuple of str
        Need drivers: bundled indicator ids, ``+`` (high values raise the need,
        the default) or ``-`` (low values raise it) appended, e.g. ``density-``;
        ``a/b-`` uses ``a``, or ``b`` where the table has no ``a``.
    max_units, min_units : int
        Units one district can take (default 1, i.e. at most once per district);
        a district that gets the solution gets at least ``min_units`` units.
    requires : tuple of str
        Solutions that must be in the same district before this one.
    excludes : tuple of str
        Solutions that cannot share a district with this one.
    """

    id: str
    name_ko: str
    name_en: str
    category: str
    cost: float
    value: float
    source: str = ""
    need: tuple[str, ...] = ()
    max_units: int = 1
    min_units: int = 1
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        label = f"solution '{self.id}'"
        if not str(self.id).strip():
            raise PlanError("A solution has an empty id.", key="row_no_id")
        if self.category not in CATEGORIES:
            raise PlanError(
                f"{label}: unknown category {self.category!r}; use one of {', '.join(CATEGORIES)}.",
                key="row_unknown_category", id=self.id, text=str(self.category), categories=list(CATEGORIES),
            )
        cost = _number(self.cost, f"{label}: the cost", "cost", self.id)
        if cost <= 0:
            raise PlanError(f"{label}: the cost must be more than 0 (in 100M KRW); got {self.cost!r}.",
                            key="plan_cost_not_positive", id=self.id, value=self.cost)
        value = _number(self.value, f"{label}: the value", "value", self.id)
        if value <= 0:
            raise PlanError(f"{label}: the value must be more than 0; got {self.value!r}.", key="row_not_positive",
                            id=self.id, column="value", text=str(self.value))
        if int(self.max_units) != self.max_units or self.max_units < 1:
            raise PlanError(f"{label}: max_units must be a whole number >= 1; got {self.max_units!r}.",
                            key="row_not_whole", id=self.id, column="max_units", text=str(self.max_units))
        if int(self.min_units) != self.min_units or not 1 <= self.min_units <= self.max_units:
            raise PlanError(
                f"{label}: min_units must be a whole number from 1 to max_units ({self.max_units}); "
                f"got {self.min_units!r}.", key="solution_min_units", id=self.id, most=self.max_units,
                value=self.min_units,
            )
        object.__setattr__(self, "cost", cost)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "max_units", int(self.max_units))
        object.__setattr__(self, "min_units", int(self.min_units))
        for name in ("need", "requires", "excludes"):
            object.__setattr__(self, name, tuple(str(v).strip() for v in getattr(self, name) if str(v).strip()))
        if self.id in self.requires or self.id in self.excludes:
            raise PlanError(f"{label} cannot require or exclude itself.", key="solution_self_reference", id=self.id)

    def need_drivers(self) -> list[tuple[str, int]]:
        """``(indicator id, +1 or -1)`` for each need driver."""
        out = []
        for item in self.need:
            sign = -1 if item.endswith("-") else 1
            out.append((item.rstrip("+-").strip(), sign))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name_ko": self.name_ko, "name_en": self.name_en, "category": self.category,
            "cost": self.cost, "value": self.value, "source": self.source, "need": list(self.need),
            "max_units": self.max_units, "min_units": self.min_units,
            "requires": list(self.requires), "excludes": list(self.excludes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Solution:
        def seq(key: str) -> tuple[str, ...]:
            v = data.get(key) or ()
            return tuple(str(x) for x in ([v] if isinstance(v, str) else v))

        return cls(
            id=str(data["id"]), name_ko=str(data.get("name_ko", "")), name_en=str(data.get("name_en", "")),
            category=str(data.get("category", "")), cost=data.get("cost"), value=data.get("value", 1.0),  # type: ignore[arg-type]
            source=str(data.get("source", "")), need=seq("need"),
            max_units=int(data.get("max_units", 1)), min_units=int(data.get("min_units", 1)),
            requires=seq("requires"), excludes=seq("excludes"),
        )


@dataclass(frozen=True)
class Catalogue:
    """An ordered set of solutions with unique ids whose links point inside the set."""

    solutions: tuple[Solution, ...]

    def __post_init__(self) -> None:
        sols = tuple(self.solutions)
        object.__setattr__(self, "solutions", sols)
        if not sols:
            raise PlanError("The catalogue has no solutions.", key="plan_catalogue_empty")
        seen: set[str] = set()
        for s in sols:
            if s.id in seen:
                raise PlanError(f"The catalogue lists solution '{s.id}' twice; ids must be unique.",
                                key="catalogue_duplicate_id", id=s.id)
            seen.add(s.id)
        for s in sols:
            for other in (*s.requires, *s.excludes):
                if other not in seen:
                    raise PlanError(
                        f"solution '{s.id}' requires or excludes '{other}', which is not in the catalogue.",
                        key="catalogue_unknown_reference", id=s.id, other=other,
                    )
        units = {s.id: s.max_units for s in sols}
        for s in sols:
            for other in s.excludes:
                if units[s.id] > 1 or units[other] > 1:
                    raise PlanError(
                        f"solutions '{s.id}' and '{other}' exclude each other, so both must have "
                        "max_units 1 (a district gets one or the other).",
                        key="catalogue_exclusive_units", id=s.id, other=other,
                    )
        order = {s.id: i for i, s in enumerate(sols)}
        # prerequisite cycles would make every member impossible: refuse them
        state: dict[str, int] = {}

        def visit(sid: str, path: list[str]) -> None:
            if state.get(sid) == 2:
                return
            if state.get(sid) == 1:
                raise PlanError(f"Prerequisites form a cycle: {' -> '.join([*path, sid])}.",
                                key="catalogue_cycle", cycle=" -> ".join([*path, sid]))
            state[sid] = 1
            for r in sols[order[sid]].requires:
                visit(r, [*path, sid])
            state[sid] = 2

        for s in sols:
            visit(s.id, [])

    def __len__(self) -> int:
        return len(self.solutions)

    def __iter__(self) -> Any:
        return iter(self.solutions)

    @property
    def ids(self) -> list[str]:
        return [s.id for s in self.solutions]

    def index(self, sid: str) -> int:
        return self.ids.index(sid)

    @property
    def costs(self) -> np.ndarray:
        return np.array([s.cost for s in self.solutions], dtype=float)

    @property
    def values(self) -> np.ndarray:
        return np.array([s.value for s in self.solutions], dtype=float)

    @property
    def categories(self) -> list[str]:
        return [s.category for s in self.solutions]

    def to_records(self) -> list[dict[str, Any]]:
        return [s.to_dict() for s in self.solutions]

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> Catalogue:
        return cls(tuple(Solution.from_dict(r) for r in records))


@dataclass(frozen=True)
class ShareFloor:
    """Cost of ``categories`` >= ``share`` x total cost of the plan."""

    categories: tuple[str, ...]
    share: float

    def __post_init__(self) -> None:
        cats = tuple(dict.fromkeys(str(c).strip() for c in self.categories if str(c).strip()))
        if not cats:
            raise PlanError("A share floor names no category.", key="plan_share_no_category")
        unknown = [c for c in cats if c not in CATEGORIES]
        if unknown:
            raise PlanError(
                f"The share rule names unknown categor{'y' if len(unknown) == 1 else 'ies'} "
                f"{', '.join(repr(c) for c in unknown)}; use {', '.join(CATEGORIES)}.",
                key="plan_share_unknown_category", categories=unknown, allowed=list(CATEGORIES),
            )
        share = _number(self.share, f"The share of {'+'.join(cats)}", "share")
        if not 0.0 <= share <= 1.0:
            raise PlanError(
                f"The share of {'+'.join(cats)} must be between 0 and 1 (e.g. 0.35 for 35 %); got {self.share!r}.",
                key="plan_share_range", categories=list(cats), value=self.share,
            )
        object.__setattr__(self, "categories", cats)
        object.__setattr__(self, "share", share)

    @property
    def key(self) -> str:
        return "floor:" + "+".join(self.categories)

    def describe(self) -> str:
        names = " or ".join(CATEGORY_LABELS[c][1] for c in self.categories)
        return f"the {self.share * 100:g} % floor on {names}"

    def to_text(self) -> str:
        return f"{','.join(self.categories)}={self.share:g}"


#: The 35 % rule of the 4th Smart City Comprehensive Plan.
DEFAULT_FLOOR = ShareFloor(("climate", "digital_inclusion"), 0.35)


def parse_share_rule(text: str) -> ShareFloor:
    """``"climate,digital_inclusion=0.35"`` -> :class:`ShareFloor` (``35%`` also accepted)."""
    if "=" not in str(text):
        raise PlanError(f"A share rule looks like 'climate,digital_inclusion=0.35'; got {text!r}.",
                        key="plan_share_rule_form", text=str(text))
    cats, _, share = str(text).rpartition("=")
    share = share.strip()
    try:
        value = float(share.rstrip("%")) / (100.0 if share.endswith("%") else 1.0)
    except ValueError:
        raise PlanError(f"The share in {text!r} is not a number; write e.g. 0.35 or 35%.", key="plan_share_rule_form",
                        text=str(text)) from None
    return ShareFloor(tuple(c for c in cats.replace("+", ",").split(",")), value)


@dataclass(frozen=True)
class PlanRules:
    """What a plan must satisfy (costs in 억원).

    Parameters
    ----------
    budget : float
        Total cost of the plan <= budget.
    floors : tuple of ShareFloor
        Category-share floors (default the 35 % rule).
    min_spend : float
        Total cost >= min_spend (0: none).
    concentration : float
        Share (0-1) of the plan's cost that must go to districts flagged as
        shrinking (0: none).
    district_min, district_max : float or None
        A funded district gets at least / at most this much (None: no bound).
    min_districts, max_districts : int or None
        Number of districts funded.
    """

    budget: float
    floors: tuple[ShareFloor, ...] = (DEFAULT_FLOOR,)
    min_spend: float = 0.0
    concentration: float = 0.0
    district_min: float | None = None
    district_max: float | None = None
    min_districts: int | None = None
    max_districts: int | None = None

    def __post_init__(self) -> None:
        budget = _number(self.budget, "The budget", "budget")
        if budget < 0:
            raise PlanError(f"The budget must be 0 or more (in 100M KRW); got {self.budget!r}.",
                            key="plan_amount_negative", rule="budget", value=self.budget)
        object.__setattr__(self, "budget", budget)
        object.__setattr__(self, "floors", tuple(self.floors))
        keys = [f.key for f in self.floors]
        if len(set(keys)) != len(keys):
            raise PlanError("Two share floors name the same categories; keep one.", key="plan_share_twice")
        ms = _number(self.min_spend, "The minimum spend", "min_spend")
        if ms < 0:
            raise PlanError(f"The minimum spend must be 0 or more (in 100M KRW); got {self.min_spend!r}.",
                            key="plan_amount_negative", rule="min_spend", value=self.min_spend)
        object.__setattr__(self, "min_spend", ms)
        conc = _number(self.concentration, "The concentration share", "concentration")
        if not 0.0 <= conc <= 1.0:
            raise PlanError(
                f"The concentration share must be between 0 and 1 (e.g. 0.5 for 50 %); got {self.concentration!r}.",
                key="plan_concentration_range", value=self.concentration,
            )
        object.__setattr__(self, "concentration", conc)
        for name in ("district_min", "district_max"):
            v = getattr(self, name)
            if v is not None:
                v = _number(v, f"The per-district {'minimum' if name.endswith('min') else 'maximum'} spend", name)
                if v < 0:
                    raise PlanError(f"The per-district spend bounds must be 0 or more (in 100M KRW); got {v!r}.",
                                    key="plan_amount_negative", rule=name, value=v)
                object.__setattr__(self, name, v)
        if (self.district_min is not None and self.district_max is not None
                and self.district_min > self.district_max + _EPS):
            raise PlanError(
                f"The per-district minimum spend ({self.district_min:g} 100M KRW) is above the per-district "
                f"maximum ({self.district_max:g} 100M KRW).", key="plan_district_min_above_max",
                district_min=self.district_min, district_max=self.district_max,
            )
        for name in ("min_districts", "max_districts"):
            v = getattr(self, name)
            if v is not None:
                if int(v) != v or v < 0:
                    raise PlanError(f"{name} must be a whole number >= 0; got {v!r}.", key="plan_districts_count",
                                    rule=name, value=v)
                object.__setattr__(self, name, int(v))

    def rule_keys(self) -> list[str]:
        """The optional rules in force, by key (the budget is always in force)."""
        out = [f.key for f in self.floors]
        if self.min_spend > 0:
            out.append("min_spend")
        if self.concentration > 0:
            out.append("concentration")
        if self.district_min is not None and self.district_min > 0:
            out.append("district_min")
        if self.district_max is not None:
            out.append("district_max")
        if self.min_districts:
            out.append("min_districts")
        if self.max_districts is not None:
            out.append("max_districts")
        return out

    def describe(self, key: str) -> str:
        """Words for the rule ``key``."""
        for f in self.floors:
            if f.key == key:
                return f.describe()
        return {
            "budget": f"the budget of {self.budget:g} 억원",
            "min_spend": f"the minimum spend of {self.min_spend:g} 억원",
            "concentration": f"the rule to spend at least {self.concentration * 100:g} % in shrinking districts",
            "district_min": f"the per-district minimum of {self.district_min or 0:g} 억원",
            "district_max": f"the per-district maximum of {self.district_max or 0:g} 억원",
            "min_districts": f"the minimum of {self.min_districts} districts funded",
            "max_districts": f"the maximum of {self.max_districts} districts funded",
        }[key]

    def to_dict(self) -> dict[str, Any]:
        return {
            "budget": self.budget, "floors": [f.to_text() for f in self.floors],
            "min_spend": self.min_spend, "concentration": self.concentration,
            "district_min": self.district_min, "district_max": self.district_max,
            "min_districts": self.min_districts, "max_districts": self.max_districts,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanRules:
        floors = data.get("floors")
        return cls(
            budget=data.get("budget", 0.0),
            floors=(DEFAULT_FLOOR,) if floors is None else tuple(parse_share_rule(t) for t in floors),
            min_spend=data.get("min_spend", 0.0) or 0.0,
            concentration=data.get("concentration", 0.0) or 0.0,
            district_min=data.get("district_min"), district_max=data.get("district_max"),
            min_districts=data.get("min_districts"), max_districts=data.get("max_districts"),
        )

    def without(self, key: str) -> PlanRules:
        """These rules with ``key`` dropped."""
        from dataclasses import replace

        if key.startswith("floor:"):
            return replace(self, floors=tuple(f for f in self.floors if f.key != key))
        cleared: dict[str, Any] = {
            "min_spend": 0.0, "concentration": 0.0, "district_min": None, "district_max": None,
            "min_districts": None, "max_districts": None,
        }
        return replace(self, **{key: cleared[key]})


@dataclass
class PlanProblem:
    """Districts with scores, a catalogue, and per-(district, solution) need factors.

    Parameters
    ----------
    codes : sequence of str
        District codes (시도 = the first two digits).
    scores : array (n_districts,)
        Scores (0-100); NaN marks a district the scenario excluded.
    catalogue : Catalogue
    need : array (n_districts, n_solutions), optional
        Multipliers of the benefit (default 1); see :func:`need_factors`.
    shrinking : array of bool (n_districts,), optional
        Districts flagged as shrinking (for the concentration rule).
    names : sequence of str, optional
        District names, for messages.
    """

    codes: Sequence[str]
    scores: np.ndarray
    catalogue: Catalogue
    need: np.ndarray | None = None
    shrinking: np.ndarray | None = None
    names: Sequence[str] | None = None
    eligible: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.codes = [str(c) for c in self.codes]
        self.scores = np.asarray(self.scores, dtype=float).reshape(-1)
        n = len(self.codes)
        if self.scores.shape[0] != n:
            raise PlanError(f"{n} district codes but {self.scores.shape[0]} scores.")
        if len(set(self.codes)) != n:
            raise PlanError("District codes must be unique.")
        if np.any(self.scores[np.isfinite(self.scores)] < 0):
            raise PlanError("Scores must be 0 or more (0-100); a district has a negative score.")
        s = len(self.catalogue)
        if self.need is None:
            self.need = np.ones((n, s))
        self.need = np.asarray(self.need, dtype=float)
        if self.need.shape != (n, s):
            raise PlanError(f"need factors must be {n} x {s}; got {self.need.shape}.")
        if not np.all(np.isfinite(self.need)) or np.any(self.need < 0):
            raise PlanError("need factors must be finite and >= 0.")
        if self.shrinking is None:
            self.shrinking = np.zeros(n, dtype=bool)
        self.shrinking = np.asarray(self.shrinking, dtype=bool).reshape(-1)
        if self.shrinking.shape[0] != n:
            raise PlanError(f"{n} districts but {self.shrinking.shape[0]} shrinking flags.")
        if self.names is None:
            self.names = list(self.codes)
        self.eligible = np.isfinite(self.scores)

    @property
    def benefit(self) -> np.ndarray:
        """``(n_districts, n_solutions)`` benefit of one unit: score x value x need (0 where excluded)."""
        score = np.where(self.eligible, self.scores, 0.0)
        assert self.need is not None
        out: np.ndarray = score[:, None] * self.catalogue.values[None, :] * self.need
        return out

    def with_scores(self, scores: np.ndarray) -> PlanProblem:
        """The same problem with other scores (Monte-Carlo runs)."""
        return PlanProblem(self.codes, scores, self.catalogue, self.need, self.shrinking, self.names)


def need_factors(catalogue: Catalogue, indicators: Mapping[str, np.ndarray], n: int) -> tuple[np.ndarray, list[str]]:
    """Need multipliers ``0.5 + mean percentile`` of each solution's drivers, and notes.

    ``indicators`` maps an indicator id to its ``(n,)`` values. A driver's
    percentile in a district is its rank among the districts (0-1, reversed for
    ``-`` drivers; a missing value counts 0.5). The factor is 0.5 + the mean
    over the solution's drivers found, so it lies in [0.5, 1.5] and averages
    about 1; a solution whose drivers are all missing keeps factor 1 (and a
    note says so).
    """
    out = np.ones((n, len(catalogue)))
    notes: list[str] = []
    cache: dict[str, np.ndarray] = {}
    for j, sol in enumerate(catalogue.solutions):
        parts = []
        missing = []
        for alternatives, sign in sol.need_drivers():
            # "a/b": the first of the alternatives the table has (levels carry different years)
            ind = next((a for a in alternatives.split("/") if a in indicators), "")
            if not ind:
                missing.append(alternatives)
                continue
            if ind not in cache:
                v = np.asarray(indicators[ind], dtype=float)
                ok = np.isfinite(v)
                pct = np.full(n, 0.5)
                if ok.sum() > 1:
                    order = v[ok].argsort(kind="stable").argsort(kind="stable")
                    pct[ok] = order / (ok.sum() - 1)
                cache[ind] = pct
            parts.append(cache[ind] if sign > 0 else 1.0 - cache[ind])
        if parts:
            out[:, j] = 0.5 + np.mean(parts, axis=0)
        if missing:
            notes.append(f"solution '{sol.id}': need driver(s) {', '.join(missing)} not in the indicator table"
                         + ("; need factor 1" if not parts else ""))
    return out, notes
