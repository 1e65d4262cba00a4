"""Work-arounds for Qt binding bugs; import before calling into PySide6.

PySide6/shiboken6 6.12 wheels (abi3) return ``None`` from ``void`` methods
without taking a new reference. From Python 3.12 ``None`` is immortal, so this
is harmless there; on Python 3.11 every such call (``QPainter.drawPath``,
``setPen`` ...) drops one reference and after a few thousand calls the
interpreter aborts with "Fatal Python error: none_dealloc". Giving ``None``
a huge reference count emulates 3.12's immortality and makes the leak moot.
"""
from __future__ import annotations

import ctypes
import sys

_PATCHED = False


def _affected_binding() -> bool:
    """True for shiboken6 6.12.x, the release seen dropping ``None`` references.

    pyproject pins ``PySide6-Essentials<6.12``; this guard covers an environment
    that has 6.12 anyway (6.11.3 was checked: no leak).
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("shiboken6")
    except PackageNotFoundError:
        return False
    return found.startswith("6.12")


def patch_none_refcount() -> None:
    """Make ``None`` effectively immortal on CPython < 3.12 (idempotent)."""
    global _PATCHED
    if _PATCHED or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if not _affected_binding():
        return
    # ob_refcnt is the first field of every PyObject in release builds.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _PATCHED = True


patch_none_refcount()
