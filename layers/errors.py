"""Exceptions raised by :mod:`smartzone.layers`.

Every message is written for the user: which file, what is wrong, what to do.
Each class also inherits the matching built-in so generic handlers still work.
"""
from __future__ import annotations


class LayerError(Exception):
    """Root of all errors raised while reading, joining or writing layers."""


class LayerReadError(LayerError, OSError):
    """A file could not be opened or parsed as a layer."""


class CRSError(LayerError, ValueError):
    """A layer has no CRS, an unknown CRS, or one that cannot be transformed."""


class EncodingError(LayerError, UnicodeError):
    """Attribute text could not be decoded in any supported encoding."""


class SchemaError(LayerError, ValueError):
    """A required field (admin code, name, score ...) is missing or malformed."""


class JoinError(LayerError, ValueError):
    """An indicator table could not be joined to a district layer."""


class ZonalStatsError(LayerError, ValueError):
    """Zonal statistics could not be computed for the given inputs."""


class ExportError(LayerError, OSError):
    """An export could not be written or did not verify when read back."""


class CancelledError(LayerError):
    """Long work was cancelled by the user through a :class:`Feedback`."""
