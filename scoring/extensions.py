"""Optional compiled extensions: the one rule for loading them and for switching them off.

SmartZone's C kernels (zonal statistics, grid windows, raster overviews) are built at install
time when a compiler is there; without one, or with their environment switch set to ``0``,
``false``, ``no`` or ``off``, the NumPy paths do the same work. It lives in ``scoring``
(standard library only) so that ``layers`` can use it too.
"""
from __future__ import annotations

import importlib
import os
from typing import Any

__all__ = ["optional_extension"]

_OFF = ("0", "false", "no", "off")


def optional_extension(module: str, switch: str) -> Any:
    """The compiled module ``module`` (a dotted name), or None when it was not built or the
    environment variable ``switch`` turns the compiled kernels off."""
    if os.environ.get(switch, "1").strip().lower() in _OFF:
        return None
    try:
        return importlib.import_module(module)
    except ImportError:
        return None
