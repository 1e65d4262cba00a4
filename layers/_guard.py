"""Every reader and writer of :mod:`smartzone.layers` turns library errors into SmartZone errors.

GDAL, GEOS, PROJ, openpyxl and the csv module raise their own exceptions, with messages
written for developers (``GEOSException: IllegalArgumentException: Points of LinearRing do
not form a closed linestring``). :func:`guard` wraps a public reader or writer: any exception
that is not already a :class:`~smartzone.scoring.errors.SmartZoneError` becomes one, naming
the file, saying what is wrong in words a planner understands and what to do. The original
exception stays chained (``__cause__``) for the log.

Known messages get specific wording (:data:`_KNOWN`); anything else still names the file and
the library's own first line.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, TypeVar, cast

from smartzone.layers.errors import (
    CRSError,
    EncodingError,
    ExportError,
    LayerReadError,
    SmartZoneError,
)

F = TypeVar("F", bound=Callable[..., Any])

_FIX_GEOMETRY = ("Repair it in QGIS (Vector > Geometry Tools > Fix Geometries) or the program "
                 "that made it, and open it again.")

#: (text in the library message, what is wrong, what to do, error class, key for the app's words)
_KNOWN: tuple[tuple[str, str, str, type[SmartZoneError], str], ...] = (
    ("closed linestring", "has a polygon ring that is not closed (its last point is not its first)",
     _FIX_GEOMETRY, LayerReadError, "geometry_ring_open"),
    ("NaN/Inf", "has NaN or infinite coordinates", _FIX_GEOMETRY, LayerReadError, "geometry_not_finite"),
    ("encountered NaN", "has NaN or infinite coordinates", _FIX_GEOMETRY, LayerReadError, "geometry_not_finite"),
    ("Error creating Transformer", "has a coordinate reference system that cannot be transformed "
     "(an engineering/local grid, or an unknown datum)",
     "Reproject it in QGIS to a Korean CRS (e.g. EPSG:5179 or EPSG:5186), or choose the CRS it "
     "really uses (assume_crs / the layer's CRS option).", CRSError, "crs_untransformable"),
    ("Invalid projection", "has a coordinate reference system PROJ does not understand",
     "Fix or remove its .prj and choose the CRS (assume_crs / the layer's CRS option).", CRSError,
     "crs_not_understood"),
    ("File is not a zip file", "is not an Excel workbook (an .xlsx is a ZIP archive; this file is not)",
     "Open it in Excel or LibreOffice and save it again as .xlsx, or export the table as CSV.",
     LayerReadError, "xlsx_not_zip"),
    ("field larger than field limit", "has a cell longer than 131,072 characters",
     "This is not an indicator table as SmartZone expects; check the file (a stray quote "
     "character can join many lines into one cell).", LayerReadError, "table_cell_too_long"),
    ("embedded null", "contains a NUL byte where text was expected",
     "The file is damaged; export it again from its source.", LayerReadError, "file_nul_byte"),
    ("No space left", "could not be written: the disk is full",
     "Free some space and try again; files already there were not changed.", ExportError, "disk_full"),
)


def explain(exc: BaseException, what: str, writing: bool = False, path: str = "") -> SmartZoneError:
    """The SmartZone error for a library exception raised while reading/writing ``what`` (the file ``path``).

    Each carries a key and the path, so the app words it in its language (error_words).
    """
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    for needle, problem, todo, cls, key in _KNOWN:
        if needle in text:
            return cls(f"{what} {problem}. {todo}", key=key, path=path)
    if isinstance(exc, UnicodeError):
        return EncodingError(f"{what} holds text that is not in the expected encoding ({first}). "
                             "Give its encoding (cp949 or utf-8) or fix its .cpg file.",
                             key="text_encoding_unknown", path=path)
    if isinstance(exc, MemoryError):
        return LayerReadError(f"{what} is too large to process in the available memory.", key="file_too_large",
                              path=path)
    if isinstance(exc, OSError) and writing:
        return ExportError(f"{what} could not be written ({exc.strerror or first}). Check the "
                           "folder and the free space; files already there were not changed.",
                           key="file_not_written", path=path, detail=exc.strerror or first)
    verb = "written" if writing else "read"
    cls = ExportError if writing else LayerReadError
    return cls(f"{what} could not be {verb} ({type(exc).__name__}: {first}). Check that the file "
               "is complete and of a supported format; if it opens elsewhere, please report this.",
               key="file_not_written" if writing else "file_unsupported", path=path,
               detail=f"{type(exc).__name__}: {first}")


def _raised_in(exc: BaseException, fn: Callable[..., Any]) -> bool:
    """Whether ``exc`` was raised by ``fn``'s own body (not by a library it called)."""
    tb = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    return last is not None and last.tb_frame.f_code is getattr(fn, "__code__", None)


def guard(kind: str, *, writing: bool = False, path_arg: int = 0) -> Callable[[F], F]:
    """Decorate a reader/writer whose argument ``path_arg`` is the file (``kind`` names it)."""

    def deco(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return fn(*args, **kwargs)
            except SmartZoneError:
                raise
            except (ValueError, TypeError) as exc:
                if _raised_in(exc, fn):  # the function's own argument check: a caller's mistake
                    raise
                raise _explained(exc, args, kwargs) from exc
            except Exception as exc:
                raise _explained(exc, args, kwargs) from exc

        def _explained(exc: BaseException, args: tuple[Any, ...], kwargs: dict[str, Any]) -> SmartZoneError:
            target = args[path_arg] if len(args) > path_arg else kwargs.get("path", "?")
            try:
                shown = os.fspath(target)
            except TypeError:
                shown = str(target)
            return explain(exc, f"{kind} '{shown}'", writing, shown)

        return cast(F, wrapper)

    return deco
