"""Exceptions raised by :mod:`smartzone.layers` (defined in :mod:`smartzone.scoring.errors`).

Every message is written for the user: which file, what is wrong, what to do.
Each class also inherits the matching built-in so generic handlers still work, and
:class:`~smartzone.scoring.errors.SmartZoneError` so one handler catches them all.
"""
from __future__ import annotations

from smartzone.scoring.errors import (
    Cancelled,
    CRSError,
    EncodingError,
    ExportError,
    JoinError,
    LayerError,
    LayerReadError,
    SchemaError,
    SmartZoneError,
    UnsafePathError,
    ZonalStatsError,
)

#: The one cancellation exception, under the name ``layers`` has always used.
CancelledError = Cancelled

__all__ = [
    "CRSError",
    "Cancelled",
    "CancelledError",
    "EncodingError",
    "ExportError",
    "JoinError",
    "LayerError",
    "LayerReadError",
    "SchemaError",
    "SmartZoneError",
    "UnsafePathError",
    "ZonalStatsError",
]
