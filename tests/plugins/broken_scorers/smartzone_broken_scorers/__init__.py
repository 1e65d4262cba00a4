"""Scorers that misbehave in every way the registry must survive."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from smartzone.scoring import Aggregation, Scorer, ScoreResult


class _Base(Scorer):
    name_ko: ClassVar[str] = "고장"
    name_en: ClassVar[str] = "Broken"


class RaisesInScore(_Base):
    id: ClassVar[str] = "raises"

    def aggregate(self, values: np.ndarray, weights: np.ndarray, *, prepared: Any, params: Mapping[str, Any]) -> Aggregation:
        raise ZeroDivisionError("plugin bug")


class WrongShape(_Base):
    id: ClassVar[str] = "wrong_shape"

    def aggregate(self, values: np.ndarray, weights: np.ndarray, *, prepared: Any, params: Mapping[str, Any]) -> Aggregation:
        s = values @ weights * 100
        return Aggregation(score=s, contributions=np.zeros((values.shape[0], 1)))


class ReturnsNaN(_Base):
    id: ClassVar[str] = "returns_nan"

    def aggregate(self, values: np.ndarray, weights: np.ndarray, *, prepared: Any, params: Mapping[str, Any]) -> Aggregation:
        s = values @ weights * 100
        s[0] = np.nan
        return Aggregation(score=s, contributions=values * weights * 100)


class OutOfRange(_Base):
    id: ClassVar[str] = "out_of_range"

    def aggregate(self, values: np.ndarray, weights: np.ndarray, *, prepared: Any, params: Mapping[str, Any]) -> Aggregation:
        return Aggregation(score=values @ weights * 1000, contributions=values * weights * 1000)


class WrongType:
    """Duck-typed scorer (not a Scorer subclass) whose score() returns a dict."""

    id: ClassVar[str] = "wrong_type"
    name_ko: ClassVar[str] = "고장"
    name_en: ClassVar[str] = "Broken"
    params: ClassVar[tuple[Any, ...]] = ()

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {}

    def set_params(self, **params: Any) -> WrongType:
        return self

    def score(self, matrix: Any, criteria: Any) -> ScoreResult:
        return {"score": [1, 2, 3]}  # type: ignore[return-value]


class Misnamed(_Base):
    id: ClassVar[str] = "not_the_entry_point_name"


class FakeWlc(_Base):
    id: ClassVar[str] = "wlc"


not_a_class = 42
