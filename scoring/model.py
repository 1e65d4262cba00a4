"""Core value types of the scoring engine.

A *matrix* is a :class:`pandas.DataFrame` indexed by district code (``str``) with
one column per raw indicator, in the indicator's own unit. A *criterion* says how
one indicator enters a score. A scorer turns ``(matrix, criteria)`` into a
:class:`ScoreResult`. Everything here is plain data: it serialises to JSON
(``to_dict``/``from_dict``) so a scenario or a result's recipe can be stored and
reproduced.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import pandas as pd

Direction = Literal["benefit", "cost"]
MissingPolicy = Literal["exclude", "median", "zero"]
ConstraintOp = Literal["<", "<=", ">", ">=", "==", "!="]


@dataclass(frozen=True)
class Standardization:
    """How raw values become a 0-1 suitability (1 = most suitable, after direction).

    ``method`` is one of the ids in :mod:`smartzone.scoring.standardize`
    (``minmax``, ``zscore``, ``percentile``, ``grade5``, ``fuzzy_linear``,
    ``fuzzy_sigmoid``, ``fuzzy_jshaped``, ``fuzzy_gaussian``, ``fuzzy_mssmall``,
    ``fuzzy_mslarge``, ``fuzzy_small``, ``fuzzy_large``, ``fuzzy_near``,
    ``fuzzy_logistic``, ``fuzzy_trapezoid``, ``reclass``, ``categorical``);
    ``params`` are that method's parameters in the indicator's own unit.
    """

    method: str = "minmax"
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Standardization:
        return cls(method=str(data.get("method", "minmax")), params=dict(data.get("params", {})))


@dataclass(frozen=True)
class Constraint:
    """Hard exclusion: a district is excluded where ``raw <op> value`` is true.

    Example: ``Constraint(">", 0.8, "forest fraction above 80 %")``.
    """

    op: ConstraintOp
    value: float
    reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Constraint:
        return cls(op=data["op"], value=float(data["value"]), reason=str(data.get("reason", "")))


@dataclass(frozen=True)
class Criterion:
    """One indicator's role in a score.

    Parameters
    ----------
    indicator
        Column of the matrix (raw values, indicator's own unit).
    direction
        ``"benefit"``: higher raw is better; ``"cost"``: lower raw is better.
    standardization
        Transform of raw values to 0-1.
    weight
        Relative importance (any non-negative number; normalised to sum 1 by the engine).
    constraints
        Hard exclusions applied to raw values before scoring.
    missing
        What to do with a missing raw value: exclude the district, impute the
        median, or score 0. Always reported in the result.
    label_ko, label_en
        Display names; default to the indicator id.
    """

    indicator: str
    direction: Direction = "benefit"
    standardization: Standardization = field(default_factory=Standardization)
    weight: float = 1.0
    constraints: tuple[Constraint, ...] = ()
    missing: MissingPolicy = "median"
    label_ko: str = ""
    label_en: str = ""

    @property
    def id(self) -> str:
        return self.indicator

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "direction": self.direction,
            "standardization": self.standardization.to_dict(),
            "weight": self.weight,
            "constraints": [c.to_dict() for c in self.constraints],
            "missing": self.missing,
            "label_ko": self.label_ko,
            "label_en": self.label_en,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Criterion:
        return cls(
            indicator=str(data["indicator"]),
            direction=data.get("direction", "benefit"),
            standardization=Standardization.from_dict(data.get("standardization", {})),
            weight=float(data.get("weight", 1.0)),
            constraints=tuple(Constraint.from_dict(c) for c in data.get("constraints", ())),
            missing=data.get("missing", "median"),
            label_ko=str(data.get("label_ko", "")),
            label_en=str(data.get("label_en", "")),
        )


@dataclass
class ScoreResult:
    """Uniform output of every scorer.

    Attributes
    ----------
    score
        Score per district on 0-100 (index = district code); NaN where excluded.
    rank
        1 = best; ties share the lowest rank ("min" method); ``<NA>`` where excluded.
    contributions
        District x criterion: the points each criterion adds to the score (for
        additive methods they sum to ``score``; for others a documented attribution).
    excluded
        District code -> human-readable reason(s) it was excluded.
    recipe
        Everything needed to reproduce the score: method id, parameters,
        normalised weights, criteria (``Criterion.to_dict``), data version,
        engine version.
    diagnostics
        Method-specific numbers (consistency ratio, ROC AUC, silhouette, ...)
        and the missing-value report.
    """

    score: pd.Series
    rank: pd.Series
    contributions: pd.DataFrame
    excluded: dict[str, str]
    recipe: dict[str, Any]
    diagnostics: dict[str, Any] = field(default_factory=dict)
