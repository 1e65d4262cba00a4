"""Declared parameters of scorers and of standardisation methods.

A scorer declares its parameters once, as a tuple of :class:`ParamSpec`. The
same declaration gives the constructor's keywords, the defaults, the call-time
validation (with one fixed error wording) and the form the app builds (the QGIS
adapter builds its processing parameters from :meth:`ParamSpec.to_dict`). The
standardisation methods (:mod:`smartzone.scoring.standardize`) declare theirs
with the same type, so the app's form has one kind of declaration to read.
"""
from __future__ import annotations

import math
import numbers
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from .errors import ParameterError

ParamKind = Literal["float", "int", "bool", "choice", "str", "codes", "ranges", "mapping"]
PARAM_KINDS: tuple[str, ...] = ("float", "int", "bool", "choice", "str", "codes", "ranges", "mapping")


@dataclass(frozen=True)
class ParamSpec:
    """One declared parameter of a scorer or a standardisation method.

    Parameters
    ----------
    name
        Python identifier; the constructor keyword and the recipe key.
    kind
        ``"float"``, ``"int"``, ``"bool"``, ``"choice"`` (one of ``choices``),
        ``"str"``, ``"codes"`` (a list of district codes, e.g. reference sites),
        or, for standardisation tables, ``"ranges"`` (``[[low, high, score], ...]``)
        and ``"mapping"`` (``{class value: score}``), which their owner checks as a whole.
    default
        Value used when the keyword is not given. ``codes`` default to ``()``.
        ``None`` with ``auto=True`` means "derived from the data" (see ``help``).
    min, max
        Inclusive bounds for ``float``/``int``; for ``codes`` the minimum and
        maximum number of codes. ``None`` = unbounded.
    choices
        Allowed values of a ``choice`` parameter.
    label_ko, label_en, help
        Texts of the form field (``help`` in English with the unit).
    auto
        ``True`` if ``None`` is accepted and means "from the data".
    required
        ``True`` if the user must give a value (no usable default).
    """

    name: str
    kind: ParamKind
    default: Any
    min: float | None = None
    max: float | None = None
    choices: tuple[Any, ...] = ()
    label_ko: str = ""
    label_en: str = ""
    help: str = ""
    auto: bool = False
    required: bool = False

    def __post_init__(self) -> None:
        if not self.name.isidentifier() or self.name.startswith("_"):
            raise TypeError(f"ParamSpec name {self.name!r} must be a public Python identifier")
        if self.kind not in PARAM_KINDS:
            raise TypeError(f"ParamSpec {self.name!r}: kind must be one of {PARAM_KINDS}, got {self.kind!r}")
        if self.kind == "choice" and not self.choices:
            raise TypeError(f"ParamSpec {self.name!r}: a 'choice' parameter needs choices")

    # ------------------------------------------------------------------ text
    def expectation(self) -> str:
        """What a valid value looks like, in the words of the error message."""
        lo, hi = self.min, self.max
        if self.kind in ("float", "int"):
            article = "a float" if self.kind == "float" else "an int"
            if lo is not None and hi is not None:
                return f"{article} in the range [{lo}, {hi}]"
            if lo is not None:
                return f"{article} >= {lo}"
            if hi is not None:
                return f"{article} <= {hi}"
            return article
        if self.kind == "bool":
            return "a bool"
        if self.kind == "choice":
            return "one of " + ", ".join(repr(c) for c in self.choices)
        if self.kind == "str":
            return "a str"
        if self.kind == "ranges":
            return "a table of [low, high, score] rows"
        if self.kind == "mapping":
            return "a table of class value: score"
        count = ""
        if lo is not None and hi is not None:
            count = f" ({int(lo)} to {int(hi)} codes)"
        elif lo is not None:
            count = f" (at least {int(lo)})"
        elif hi is not None:
            count = f" (at most {int(hi)})"
        return "a list of district codes" + count

    def error(self, value: Any, owner: str) -> ParameterError:
        """The fixed-wording error for an invalid ``value``, keyed by what is wrong with it (error_words)."""
        key, extra = self._problem(value)
        return ParameterError(
            f"The {self.name!r} parameter of {owner} must be {self.expectation()}. "
            f"Got {value!r} instead.",
            key=key, name=self.name, label_ko=self.label_ko, label_en=self.label_en, value=repr(value), **extra,
        )

    def _problem(self, value: Any) -> tuple[str, dict[str, Any]]:
        """The key of what is wrong with ``value`` and its words' values."""
        lo, hi = self.min, self.max
        if value is None and self.kind in ("ranges", "mapping"):
            return "param_required", {}
        if self.kind in ("float", "int"):
            if isinstance(value, bool) or not isinstance(value, numbers.Real) or (
                    isinstance(value, float) and math.isnan(value)):
                return "param_not_number", {}
            if self.kind == "int" and not isinstance(value, numbers.Integral):
                return "param_not_whole", {}
            if lo is not None and hi is not None:
                return "param_between", {"low": lo, "high": hi}
            return ("param_below", {"least": lo}) if lo is not None and value < lo else ("param_above", {"most": hi})
        if self.kind == "choice":
            return "param_choice", {"choices": list(self.choices)}
        count = {"low": int(lo) if lo is not None else None, "high": int(hi) if hi is not None else None}
        return "param_form", {"kind": self.kind, **(count if self.kind == "codes" else {})}

    # ------------------------------------------------------------ validation
    def validate(self, value: Any, owner: str = "the scorer") -> Any:
        """Return ``value`` coerced to the declared kind, or raise :class:`ParameterError`.

        ``codes`` come back as a tuple of ``str`` without duplicates (first
        occurrence kept); numbers as built-in ``float``/``int``.
        """
        kind = self.kind
        if value is None and self.auto:
            return None  # derived from the data
        if kind in ("ranges", "mapping"):
            if value is None:
                raise self.error(value, owner)
            return value  # a table: its owner checks the rows together (see reclass)
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, numbers.Real):
                raise self.error(value, owner)
            out: Any = float(value)
            if math.isnan(out) or not self._in_range(out):
                raise self.error(value, owner)
            return out
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, numbers.Integral):
                raise self.error(value, owner)
            out = int(value)
            if not self._in_range(out):
                raise self.error(value, owner)
            return out
        if kind == "bool":
            if type(value).__name__ not in ("bool", "bool_"):
                raise self.error(value, owner)
            return bool(value)
        if kind == "choice":
            if not isinstance(value, str | int | float | bool) or value not in self.choices:
                raise self.error(value, owner)
            return value
        if kind == "str":
            if not isinstance(value, str):
                raise self.error(value, owner)
            return value
        # codes
        if isinstance(value, str | bytes) or not isinstance(value, Iterable):
            raise self.error(value, owner)
        codes: list[str] = []
        for item in value:
            if isinstance(item, bool) or not isinstance(item, str | numbers.Integral):
                raise self.error(value, owner)
            code = str(item)
            if code not in codes:
                codes.append(code)
        if not self._in_range(len(codes)):
            raise self.error(value, owner)
        return tuple(codes)

    def _in_range(self, x: float) -> bool:
        if self.min is not None and x < self.min:
            return False
        return not (self.max is not None and x > self.max)

    # ----------------------------------------------------------------- data
    def to_dict(self) -> dict[str, Any]:
        """Plain-data description for form builders (app, QGIS adapter)."""
        default = list(self.default) if self.kind == "codes" else self.default
        return {
            "name": self.name,
            "kind": self.kind,
            "default": default,
            "min": self.min,
            "max": self.max,
            "choices": list(self.choices),
            "label_ko": self.label_ko or self.name,
            "label_en": self.label_en or self.name,
            "help": self.help,
        }


def json_param(value: Any) -> Any:
    """A validated parameter value as plain JSON data (tuples become lists)."""
    if isinstance(value, tuple):
        return list(value)
    return value
