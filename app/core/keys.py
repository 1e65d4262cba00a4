"""Cache keys made of values, not of their ``repr``.

A ``repr`` is the wrong key for a cache: two equal option sets can print differently
(``{"stats": [...], "prefix": "lc"}`` and ``{"prefix": "lc", "stats": [...]}``) and two
different values can print alike (a long array's ``repr`` is abridged, an object may
define a constant one). :func:`frozen` turns option values into hashable ones that are
equal exactly when the values are.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Hashable, Mapping
from typing import Any

__all__ = ["frozen"]


class _Same:
    """An unhashable, unknown value: equal only to itself (kept alive, so its id is not reused)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Same) and other.value is self.value

    def __hash__(self) -> int:
        return id(self.value)


def frozen(value: Any) -> Hashable:
    """A hashable key for ``value``, equal to another's exactly when the values are equal.

    Mappings compare without their order, lists and tuples item by item, sets as sets,
    dataclass instances (a criterion) field by field, numpy arrays by dtype, shape and contents; a scalar keeps its type (``True`` is not
    ``1``: at worst an equal value of another type misses the cache, never the reverse);
    any other unhashable object only matches itself.
    """
    if isinstance(value, Mapping):
        return ("map", frozenset((frozen(k), frozen(v)) for k, v in value.items()))
    if isinstance(value, list | tuple):
        return (type(value).__name__, tuple(frozen(v) for v in value))
    if isinstance(value, set | frozenset):
        return ("set", frozenset(frozen(v) for v in value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value), tuple(frozen(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if type(value).__module__ == "numpy" and hasattr(value, "tobytes") and hasattr(value, "shape"):
        return ("array", str(value.dtype), tuple(value.shape), value.tobytes())
    try:
        hash(value)
    except TypeError:
        return ("object", _Same(value))
    return (type(value), value)
