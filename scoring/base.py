"""The scorer interface.

A scorer is a small class in the style of a scikit-learn estimator:

* class attributes: a stable lowercase ``id`` (also its entry-point name),
  ``name_ko``/``name_en`` and ``params``, a tuple of
  :class:`~smartzone.scoring.params.ParamSpec` declared once;
* the constructor takes those parameters as keywords only and stores them
  unchanged (defaults from the declaration); they are validated when scoring,
  with one fixed error wording (:class:`~smartzone.scoring.errors.ParameterError`);
* ``get_params``/``set_params``/:func:`clone` make the recipe plain data;
* ``score(matrix, criteria) -> ScoreResult``.

Subclasses normally implement only :meth:`Scorer.aggregate`, which receives the
prepared 0-1 values of the valid districts (direction applied, missing values
handled, constraints applied) and the normalised weights; the base class does
the preparation, the ranks, the recipe and the result (see
:mod:`smartzone.scoring.result`).
"""
from __future__ import annotations

import copy
import inspect
import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, TypeVar

import numpy as np
import pandas as pd

from .errors import ParameterError
from .model import Criterion, ScoreResult
from .params import ParamSpec, json_param
from .result import Aggregation, ResultContext, data_version

_ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_RESERVED = {"id", "name_ko", "name_en", "params", "score", "aggregate", "scale"}

S = TypeVar("S", bound="Scorer")


class Scorer:
    """Base class of every scorer (built-in or plugin).

    Class attributes
    ----------------
    id : str
        Stable lowercase id, e.g. ``"wlc"``; the entry-point name in the
        ``smartzone.scorers`` group and ``recipe["method"]``.
    name_ko, name_en : str
        Display names.
    params : tuple of ParamSpec
        The declared parameters (the only source of names, defaults and limits).
    scale : str
        One sentence: how the 0-100 score is scaled and whether it is absolute
        (comparable between runs) or relative to the districts scored.
    uses_weights : bool
        False for methods that ignore criterion weights (e.g. fuzzy AND).
    additive : bool
        True when contributions sum exactly to the score (all built-ins).
    """

    id: ClassVar[str] = ""
    name_ko: ClassVar[str] = ""
    name_en: ClassVar[str] = ""
    params: ClassVar[tuple[ParamSpec, ...]] = ()
    scale: ClassVar[str] = ""
    uses_weights: ClassVar[bool] = True
    additive: ClassVar[bool] = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names = [p.name for p in cls.params]
        if len(set(names)) != len(names):
            raise TypeError(f"{cls.__name__}.params declares a parameter twice: {names}")
        clash = _RESERVED.intersection(names)
        if clash:
            raise TypeError(f"{cls.__name__}.params uses reserved names {sorted(clash)}")
        if "__init__" not in cls.__dict__:
            cls.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
                [
                    inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=p.default)
                    for p in cls.params
                ]
            )

    def __init__(self, **params: Any) -> None:
        self._check_names(params)
        for spec in self.params:
            setattr(self, spec.name, params.get(spec.name, spec.default))

    # ----------------------------------------------------------- parameters
    def _check_names(self, params: Mapping[str, Any]) -> None:
        known = {p.name for p in self.params}
        for name in params:
            if name not in known:
                valid = ", ".join(sorted(known)) or "none"
                raise ParameterError(
                    f"Unknown parameter {name!r} for scorer {self.id!r}. Valid parameters: {valid}.",
                    key="scorer_param_unknown", name=str(name), method=str(self.id), expected=sorted(known),
                )

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The parameters as stored (unvalidated), keyed by declared name."""
        return {spec.name: getattr(self, spec.name) for spec in self.params}

    def set_params(self: S, **params: Any) -> S:
        """Set parameters by name; unknown names raise :class:`ParameterError`."""
        self._check_names(params)
        for name, value in params.items():
            setattr(self, name, value)
        return self

    def validated_params(self) -> dict[str, Any]:
        """Validate every parameter against its declaration; return the coerced values."""
        owner = f"{type(self).__name__} ({self.id!r})"
        return {spec.name: spec.validate(getattr(self, spec.name), owner) for spec in self.params}

    def recipe_params(self) -> dict[str, Any]:
        """Validated parameters as plain JSON data (for ``ScoreResult.recipe``)."""
        return {k: json_param(v) for k, v in self.validated_params().items()}

    def __repr__(self) -> str:
        changed = []
        for spec in self.params:
            value = getattr(self, spec.name)
            if value is not spec.default and value != spec.default:
                changed.append(f"{spec.name}={value!r}")
        return f"{type(self).__name__}({', '.join(changed)})"

    # ---------------------------------------------------------------- score
    def score(self, matrix: pd.DataFrame, criteria: Sequence[Criterion]) -> ScoreResult:
        """Score every district of ``matrix`` on 0-100.

        Parameters
        ----------
        matrix
            Districts x raw indicators, indexed by district code.
        criteria
            How indicators enter the score (direction, standardisation, weight,
            constraints, missing-value policy).

        Returns
        -------
        ScoreResult
        """
        from .prepare import prepare

        params = self.validated_params()
        prepared = prepare(matrix, criteria)
        context = ResultContext(prepared, data_version(matrix, prepared.criteria))
        return self.score_prepared(prepared, context, params=params)

    def score_prepared(
        self,
        prepared: Any,
        context: ResultContext,
        *,
        params: Mapping[str, Any] | None = None,
        values: np.ndarray | None = None,
        weights: np.ndarray | None = None,
    ) -> ScoreResult:
        """Score an already prepared matrix (used by the engine's cache).

        ``values`` (valid rows only) and ``weights`` override the prepared ones.
        """
        p = self.validated_params() if params is None else dict(params)
        if values is None:
            values = prepared.values if context.all_valid else prepared.values[context.valid]
        v = values
        w = np.asarray(prepared.weights if weights is None else weights, dtype=float)
        agg = self.aggregate(v, w, prepared=prepared, params=p)
        return context.build(
            agg,
            method=self.id,
            params={k: json_param(x) for k, x in p.items()},
            weights=w,
            scale=self.scale,
            method_names=(self.name_ko, self.name_en),
        )

    def aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any,
        params: Mapping[str, Any],
    ) -> Aggregation:
        """Combine prepared values into scores (implemented by each method).

        Parameters
        ----------
        values
            ``(m, k)`` standardised values in [0, 1] of the ``m`` valid districts
            (1 = most suitable; cost criteria already reversed), criteria order.
        weights
            ``(k,)`` non-negative weights summing to 1.
        prepared
            The whole :class:`~smartzone.scoring.prepare.PreparedMatrix` (codes,
            raw values, valid mask) for methods that need district codes.
        params
            Validated parameters.
        """
        raise NotImplementedError(f"{type(self).__name__} must implement aggregate()")


def clone(scorer: S) -> S:
    """A new unfitted scorer of the same class with deep-copied parameters."""
    return type(scorer)(**copy.deepcopy(scorer.get_params()))


def valid_id(value: Any) -> bool:
    """True for a stable lowercase scorer id (``[a-z][a-z0-9_]*``)."""
    return isinstance(value, str) and bool(_ID_RE.match(value))


def valid_codes(prepared: Any, codes: Sequence[str]) -> tuple[np.ndarray, list[str], list[str]]:
    """Positions among the valid rows of ``codes``; plus unknown and excluded codes."""
    all_codes = pd.Index(prepared.codes).astype(str)
    valid = np.asarray(prepared.valid, dtype=bool)
    valid_codes_index = all_codes[valid]
    unknown = [c for c in codes if c not in all_codes]
    excluded = [c for c in codes if c in all_codes and c not in valid_codes_index]
    pos = valid_codes_index.get_indexer([c for c in codes if c in valid_codes_index])
    return pos.astype(np.int64), unknown, excluded
