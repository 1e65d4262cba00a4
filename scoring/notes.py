"""Notes of the engine for the user: a stable kind, its parameters and the English words.

A :class:`Note` is a ``str`` (the English sentence the command line prints and
the JSON recipe keeps, unchanged) that also carries ``kind`` and ``params``, so
an interface in another language words it again from the kind rather than
parsing English. Kinds and their parameters:

``infinite_values``   indicator, count
``all_excluded``      (none)
``filled``            indicator, count, value, policy ("median" or "zero")
``constant``          indicator, value
``zero_product``      count, total, criteria (tuple of (indicator, count), most first)
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["NOTE_KINDS", "Note"]

NOTE_KINDS = ("infinite_values", "all_excluded", "filled", "constant", "zero_product")


class Note(str):
    """An English note that keeps its ``kind`` and ``params`` for translation."""

    kind: str
    params: Mapping[str, Any]

    def __new__(cls, kind: str, text: str, **params: Any) -> Note:
        if kind not in NOTE_KINDS:
            raise ValueError(f"Unknown note kind {kind!r}; choose one of {', '.join(NOTE_KINDS)}.")
        self = super().__new__(cls, text)
        self.kind = kind
        self.params = dict(params)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own reduction would rebuild the note from its text alone (copies, Dask workers)
        return (_rebuild, (self.kind, str(self), dict(self.params)))


def _rebuild(kind: str, text: str, params: dict[str, Any]) -> Note:
    return Note(kind, text, **params)
