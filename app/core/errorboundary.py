"""The one error boundary of the CLI and the app: any exception becomes a message for the user.

SmartZone's own errors (:class:`~smartzone.scoring.errors.SmartZoneError`) already say which
file, what is wrong and what to do, and are shown as they are. Anything else is a bug or an
environment failure (disk full, out of memory): the user gets one readable sentence and the
technical detail is kept in a log file instead of a traceback on the screen.

Qt-free: the CLI uses :func:`report`, the app's excepthooks (:mod:`smartzone.app.gui.excepthooks`)
use :func:`describe`.
"""
from __future__ import annotations

import errno
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smartzone.scoring.errors import Cancelled, SmartZoneError

__all__ = ["Described", "describe", "log_path", "report"]

#: Exit status of a SmartZone error (bad input), of an unexpected failure, and of Ctrl+C.
EXIT_USER, EXIT_BUG, EXIT_INTERRUPTED = 2, 3, 130


@dataclass(frozen=True)
class Described:
    """How to show one exception: the message, the technical detail, and its kind.

    ``key`` and ``params`` say the same for wording it in another language
    (:mod:`smartzone.app.drawing.error_words`): a SmartZone error's own key, or
    ``"cancelled"``, ``"disk_full"``, ``"permission"``, ``"os_error"``, ``"memory"``,
    ``"recursion"``, ``"bug"``; ``error_class`` names the SmartZone error's family for
    one without a key (``"CRSError"``, ``"EncodingError"`` ...).
    """

    message: str
    detail: str
    kind: str  # "user" (SmartZone error or environment), "cancelled" or "bug"
    key: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    error_class: str = ""
    lineage: tuple[str, ...] = ()  # the exception's classes, most specific first (wording by family)

    @property
    def exit_status(self) -> int:
        return {"user": EXIT_USER, "cancelled": EXIT_INTERRUPTED}.get(self.kind, EXIT_BUG)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def describe(exc: BaseException) -> Described:
    """The user message for ``exc`` (never a traceback); the traceback goes in ``detail``."""
    detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, (Cancelled, KeyboardInterrupt)):
        return Described("Cancelled by the user.", detail, "cancelled", "cancelled")
    if isinstance(exc, SmartZoneError):
        family = next((c.__name__ for c in type(exc).__mro__ if c.__module__ == SmartZoneError.__module__),
                      "SmartZoneError")
        return Described(_one_line(exc) or type(exc).__name__, detail, "user", getattr(exc, "key", None),
                         dict(getattr(exc, "params", {}) or {}), family,
                         tuple(c.__name__ for c in type(exc).__mro__))
    filename = {"path": exc.filename} if isinstance(exc, OSError) and exc.filename else {}
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        where = f" while writing {exc.filename}" if exc.filename else ""
        return Described(f"The disk is full{where}. Free some space and try again; "
                         "files already there were not changed.", detail, "user", "disk_full", filename)
    if isinstance(exc, PermissionError):
        where = f" {exc.filename}" if exc.filename else ""
        return Described(f"Permission denied{where}: choose a folder you can write to.", detail, "user",
                         "permission", filename)
    if isinstance(exc, OSError) and exc.filename:
        return Described(f"{exc.strerror or exc}: {exc.filename}.", detail, "user", "os_error",
                         {**filename, "detail": exc.strerror or str(exc)})
    if isinstance(exc, MemoryError):
        return Described("Out of memory: close other programs or use a smaller area.", detail, "user", "memory")
    if isinstance(exc, RecursionError):
        return Described("The input is nested too deeply to be read.", detail, "user", "recursion")
    text = _one_line(exc)
    return Described(
        f"Unexpected error ({type(exc).__name__}{': ' + text if text else ''}). This is a bug in "
        "SmartZone; please report it with the log file named below.", detail, "bug", "bug",
        {"error": f"{type(exc).__name__}{': ' + text if text else ''}"})


def log_path() -> Path:
    """Where technical details of unexpected errors are written (``SMARTZONE_LOG`` overrides)."""
    env = os.environ.get("SMARTZONE_LOG")
    return Path(env) if env else Path(tempfile.gettempdir()) / "smartzone-errors.log"


def write_log(described: Described) -> Path | None:
    """Append the detail to the log file; ``None`` if it cannot be written."""
    path = log_path()
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n{described.detail}\n")
    except OSError:
        return None
    return path


def report(exc: BaseException, prog: str = "smartzone",
           words: Callable[[Described], str | None] | None = None) -> int:
    """Print ``exc`` for the command line (one message, no traceback); return the exit status.

    ``words`` gives the message in another language (None: the exception's own English);
    ``SMARTZONE_DEBUG=1`` also prints the traceback, for developers.
    """
    described = describe(exc)
    message = (words(described) if words is not None else None) or described.message
    if described.kind == "cancelled":
        print(f"{prog}: interrupted", file=sys.stderr)
    elif described.kind == "user":
        print(f"{prog}: error: {message}", file=sys.stderr)
    else:
        where = write_log(described)
        print(f"{prog}: error: {message}", file=sys.stderr)
        if where is not None:
            print(f"{prog}: details written to {where}", file=sys.stderr)
    if os.environ.get("SMARTZONE_DEBUG"):
        print(described.detail, file=sys.stderr)
    return described.exit_status
