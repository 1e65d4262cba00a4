"""The one schema of a project file: types, ranges, choices, sizes and nesting depth.

A project file is data that may come from anyone, so it is checked as a whole at load, before
any of its values reaches the model, a reader or GDAL: a wrong type (``"standardization":
"minmax"``, ``"code_field": 5``, ``"band": "two"``), an unknown encoding (``base64``), a
number out of range or a 100,000-deep nesting gets one message naming the file, the place
(``scenarios[0].criteria[2].weight``), what was expected and what was found.

The schema is declared once below (:data:`PROJECT`); :func:`validate` walks it. Keys the
schema does not know are allowed and kept on save (a newer SmartZone or another tool may have
written them); see :func:`unknown_keys`.

Hand-written rather than ``jsonschema``: forty lines of walker, no dependency for the
installer to collect, and messages in the project's wording.
"""
from __future__ import annotations

import codecs
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from smartzone.app.core.levels import LEVELS

__all__ = ["MAX_BYTES", "MAX_DEPTH", "PROJECT", "SchemaViolation", "check_depth", "validate"]

#: Largest project file read (a real one is a few kB).
MAX_BYTES = 20 * 1024 * 1024
#: Deepest nesting of objects and lists accepted (a real project is 6 deep).
MAX_DEPTH = 32


class SchemaViolation(ValueError):
    """One value does not fit the schema; ``where`` is its place in the file."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where} {message}" if where else message)
        self.where = where


# ---------------------------------------------------------------------------
# schema nodes


@dataclass(frozen=True)
class Node:
    nullable: bool = False

    def check(self, value: Any, where: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def _got(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass(frozen=True)
class Str(Node):
    max_len: int = 4096
    choices: tuple[str, ...] = ()
    test: Callable[[str], bool] | None = None
    test_text: str = ""

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, str):
            raise SchemaViolation(where, f"must be text, got {_got(value)}.")
        if self.choices and value not in self.choices:
            raise SchemaViolation(where, f"must be one of {', '.join(self.choices)}, got {_got(value)}.")
        if len(value) > self.max_len:
            raise SchemaViolation(where, f"is {len(value)} characters long; at most {self.max_len}.")
        if "\x00" in value:
            raise SchemaViolation(where, "contains a NUL character.")
        if self.test is not None and not self.test(value):
            raise SchemaViolation(where, f"must be {self.test_text}, got {_got(value)}.")


@dataclass(frozen=True)
class Num(Node):
    lo: float = -math.inf
    hi: float = math.inf
    integer: bool = False

    def check(self, value: Any, where: str) -> None:
        kind = "an integer" if self.integer else "a number"
        ok = isinstance(value, int) if self.integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok:
            raise SchemaViolation(where, f"must be {kind}, got {_got(value)}.")
        if not math.isfinite(value):
            raise SchemaViolation(where, f"must be a finite number, got {_got(value)}.")
        if not self.lo <= value <= self.hi:
            raise SchemaViolation(where, f"must be between {self.lo:g} and {self.hi:g}, got {value!r}.")


@dataclass(frozen=True)
class Bool(Node):
    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, bool):
            raise SchemaViolation(where, f"must be true or false, got {_got(value)}.")


@dataclass(frozen=True)
class Either(Node):
    options: tuple[Node, ...] = ()
    text: str = ""

    def check(self, value: Any, where: str) -> None:
        for node in self.options:
            try:
                node.check(value, where)
                return
            except SchemaViolation:
                continue
        raise SchemaViolation(where, f"must be {self.text}, got {_got(value)}.")


@dataclass(frozen=True)
class List(Node):
    item: Node = field(default_factory=Node)
    max_items: int = 10_000
    length: int | None = None

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, list):
            raise SchemaViolation(where, f"must be a list, got {_got(value)}.")
        if self.length is not None and len(value) != self.length:
            raise SchemaViolation(where, f"must have {self.length} entries, got {len(value)}.")
        if len(value) > self.max_items:
            raise SchemaViolation(where, f"has {len(value)} entries; at most {self.max_items}.")
        for i, v in enumerate(value):
            _check(self.item, v, f"{where}[{i}]")


@dataclass(frozen=True)
class Obj(Node):
    fields: Mapping[str, Node] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    values: Node | None = None  # schema of the values of keys not in ``fields`` (None: any JSON)

    def check(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            raise SchemaViolation(where, f"must be an object ({{...}}), got {_got(value)}.")
        for key in self.required:
            if key not in value:
                raise SchemaViolation(where or "the file", f"has no {key!r}.")
        for key, v in value.items():
            sub = f"{where}.{key}" if where else str(key)
            node = self.fields.get(key, self.values)
            if node is not None:
                _check(node, v, sub)


@dataclass(frozen=True)
class AnyJSON(Node):
    """Free-form JSON (scorer parameters, plugin settings): only its size is bounded."""

    def check(self, value: Any, where: str) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            raise SchemaViolation(where, f"must be a finite number, got {value!r}.")
        if isinstance(value, str) and len(value) > 100_000:
            raise SchemaViolation(where, "is longer than 100,000 characters.")


def _check(node: Node, value: Any, where: str) -> None:
    if value is None:
        if node.nullable or isinstance(node, AnyJSON):
            return
        raise SchemaViolation(where, "must not be null.")
    node.check(value, where)


# ---------------------------------------------------------------------------
# the project file


def _is_text_encoding(name: str) -> bool:
    """A codec that turns bytes into text (``cp949``, ``utf-8``), not ``base64`` or ``rot13``."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return bool(getattr(info, "_is_text_encoding", True))


def _is_crs_text(text: str) -> bool:
    return 0 < len(text) <= 4096


_ENCODING = Str(nullable=True, max_len=40, test=_is_text_encoding,
                test_text="a text encoding such as cp949 or utf-8")
_NAME = Str(max_len=1000)
_OPT_NAME = Str(max_len=1000, nullable=True)
_PARAMS = Obj(values=AnyJSON(), nullable=True)

#: Layer options SmartZone reads (others are kept as they are).
LAYER_OPTIONS = Obj(
    fields={
        "role": _OPT_NAME,
        "layer": Either(options=(Str(max_len=1000), Num(integer=True, lo=0, hi=10_000)),
                        text="a layer name or index", nullable=True),
        "code_field": _OPT_NAME,
        "name_field": _OPT_NAME,
        "code_column": _OPT_NAME,
        "sheet": Either(options=(Str(max_len=1000), Num(integer=True, lo=0, hi=10_000)),
                        text="a sheet name or index", nullable=True),
        "encoding": _ENCODING,
        "crs": Str(nullable=True, test=_is_crs_text, test_text="a CRS such as EPSG:5179"),
        "band": Num(integer=True, lo=1, hi=100_000, nullable=True),
        "legend": _OPT_NAME,
        "demo": Bool(nullable=True),
        "zonal": Either(options=(Obj(fields={"stats": List(item=Str(max_len=100), max_items=100),
                                             "prefix": Str(max_len=100)},
                                     values=AnyJSON()), Bool()),
                        text="an object with stats and prefix", nullable=True),
    },
    values=AnyJSON(),
)

LAYER = Obj(
    fields={
        "id": Str(max_len=200),
        "kind": Str(choices=("vector", "raster", "table")),
        "path": Str(max_len=4096),
        "name": _NAME,
        "visible": Bool(),
        "opacity": Num(lo=0.0, hi=1.0),
        "options": LAYER_OPTIONS,
    },
    required=("id", "kind", "path"),
)

CONSTRAINT = Obj(
    fields={
        "op": Str(choices=("<", "<=", ">", ">=", "==", "!=")),
        "value": Num(),
        "reason": Str(max_len=1000),
    },
    required=("op", "value"),
)

CRITERION = Obj(
    fields={
        "indicator": Str(max_len=200),
        "direction": Str(choices=("benefit", "cost")),
        "standardization": Obj(fields={"method": Str(max_len=100), "params": _PARAMS}),
        "weight": Num(lo=0.0, hi=1e12),
        "constraints": List(item=CONSTRAINT, max_items=100),
        "missing": Str(choices=("exclude", "median", "zero")),
        "label_ko": _NAME,
        "label_en": _NAME,
    },
    required=("indicator",),
)

SCENARIO = Obj(
    fields={
        "name": Str(max_len=200),
        "method": Str(max_len=100),
        "params": _PARAMS,
        "preset": _OPT_NAME,
        "description": Str(max_len=10_000),
        "criteria": List(item=CRITERION, max_items=1000),
    },
    required=("name",),
)

PROJECT = Obj(
    fields={
        "format": Str(max_len=100),
        "schema_version": Num(integer=True, lo=0, hi=1_000_000),
        "generator": Str(max_len=200),
        "title": Str(max_len=1000),
        "level": Str(choices=LEVELS),
        "crs": Str(test=_is_crs_text, test_text="a CRS such as EPSG:5179"),
        "view_extent": List(item=Num(), length=4, nullable=True),
        "layers": List(item=LAYER, max_items=1000),
        "active": _OPT_NAME,
        "scenarios": List(item=SCENARIO, max_items=1000),
        # the deployment planner's settings (budget, rules, catalogue): see Project.plan
        "plan": Obj(values=AnyJSON(), nullable=True),
    },
)


def validate(data: Any) -> None:
    """Check parsed project JSON against :data:`PROJECT`; raise :class:`SchemaViolation`."""
    _check(PROJECT, data, "")


def check_depth(text: str, limit: int = MAX_DEPTH) -> None:
    """Refuse JSON text nested deeper than ``limit`` before parsing it (no RecursionError)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                raise SchemaViolation("", f"is nested more than {limit} levels deep; a SmartZone "
                                      "project is a few levels deep.")
        elif ch in "]}":
            depth -= 1


# Top-level, layer, scenario and criterion keys the model does not hold: kept on save.
_KNOWN = {
    "project": set(PROJECT.fields),
    "layer": set(LAYER.fields),
    "scenario": set(SCENARIO.fields),
    "criterion": {*CRITERION.fields},
}


def unknown_keys(data: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of ``data`` that SmartZone does not model, by place, to write back on save.

    ``{"project": {...}, "layers": {layer_id: {...}}, "scenarios": {name: {...}},
    "criteria": {(scenario, indicator): {...}}}``
    """
    out: dict[str, Any] = {"project": {k: v for k, v in data.items() if k not in _KNOWN["project"]},
                           "layers": {}, "scenarios": {}, "criteria": {}}
    for lyr in data.get("layers") or []:
        extra = {k: v for k, v in lyr.items() if k not in _KNOWN["layer"]}
        if extra:
            out["layers"][lyr["id"]] = extra
    for sc in data.get("scenarios") or []:
        extra = {k: v for k, v in sc.items() if k not in _KNOWN["scenario"]}
        if extra:
            out["scenarios"][sc["name"]] = extra
        for c in sc.get("criteria") or []:
            extra = {k: v for k, v in c.items() if k not in _KNOWN["criterion"]}
            if extra:
                out["criteria"][(sc["name"], c["indicator"])] = extra
    return out


def merge_unknown(doc: dict[str, Any], unknown: Mapping[str, Any] | None) -> dict[str, Any]:
    """Put kept unknown keys back into a project dict (known keys always win)."""
    if not unknown:
        return doc
    for k, v in (unknown.get("project") or {}).items():
        doc.setdefault(k, v)
    for lyr in doc.get("layers", []):
        for k, v in (unknown.get("layers") or {}).get(lyr.get("id"), {}).items():
            lyr.setdefault(k, v)
    for sc in doc.get("scenarios", []):
        for k, v in (unknown.get("scenarios") or {}).get(sc.get("name"), {}).items():
            sc.setdefault(k, v)
        for c in sc.get("criteria", []):
            for k, v in (unknown.get("criteria") or {}).get((sc.get("name"), c.get("indicator")), {}).items():
                c.setdefault(k, v)
    return doc
