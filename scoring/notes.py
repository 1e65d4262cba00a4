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
from typing import Any, Self

__all__ = ["NOTE_KINDS", "KindedNote", "Note"]

NOTE_KINDS = ("infinite_values", "all_excluded", "filled", "constant", "zero_product")


class KindedNote(str):
    """An English sentence that keeps a ``kind`` (one of the class's ``kinds``) and its ``params``.

    The shared base of the engine's :class:`Note` and the readers'
    :class:`smartzone.layers.notes.ReadingNote`: each subclass declares its ``kinds`` and
    ``what`` (how an unknown kind is named in the error).
    """

    kinds: tuple[str, ...] = ()
    what = "note"
    kind: str
    params: Mapping[str, Any]

    def __new__(cls, kind: str, text: str, **params: Any) -> Self:
        if kind not in cls.kinds:
            raise ValueError(f"Unknown {cls.what} kind {kind!r}; choose one of {', '.join(cls.kinds)}.")
        self = super().__new__(cls, text)
        self.kind = kind
        self.params = dict(params)
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own reduction would rebuild the note from its text alone (copies, Dask workers)
        return (_rebuild, (type(self), self.kind, str(self), dict(self.params)))


def _rebuild(cls: type[KindedNote], kind: str, text: str, params: dict[str, Any]) -> KindedNote:
    return cls(kind, text, **params)


class Note(KindedNote):
    """An English note of the engine that keeps its ``kind`` and ``params`` for translation."""

    kinds = NOTE_KINDS
