"""One root for every error SmartZone raises on purpose, and its narrow families.

Each class also inherits the matching built-in (rasterio's pattern), so a caller that
only knows ``OSError`` or ``ValueError`` still catches it, while ``except SmartZoneError``
catches everything SmartZone reports to the user. Messages are written for the user:
which file or value, what is wrong, what to do.

Why here: ``scoring`` never imports ``layers`` (import-linter contract), and ``layers`` may
import ``scoring``, so the one root both use lives in this dependency-free module (standard
library only; importing it does not load numpy or the rest of ``scoring``).
``smartzone.layers.errors`` re-exports the layer families under their historical names.

**Other languages.** The message is English (the command line prints it). An error may also
carry a ``key`` (what went wrong, e.g. ``"file_not_found"``) and ``params`` (the file, the
field, the values), so an interface in another language words it again from the key instead of
parsing English: the app's Korean UI does so in :mod:`smartzone.app.drawing.error_words`
(templates in its ``.ts``); an error without a key is worded from its class there.
"""
from __future__ import annotations

from typing import Any

__all__ = [
    "Cancelled",
    "CRSError",
    "CriteriaError",
    "EncodingError",
    "ExportError",
    "InputError",
    "JoinError",
    "LayerError",
    "LayerReadError",
    "ParameterError",
    "PluginError",
    "SchemaError",
    "ScoringError",
    "SmartZoneError",
    "UnsafePathError",
    "ZonalStatsError",
]


class SmartZoneError(Exception):
    """Root of every error SmartZone raises with a message meant for the user.

    Parameters
    ----------
    *args
        The English message (as for any exception).
    key
        What went wrong, stable across versions (``None``: worded from the class).
    **params
        The values the message names (``path``, ``field``, ``fields`` ...), for wording it again.
    """

    key: str | None
    params: dict[str, Any]

    def __init__(self, *args: object, key: str | None = None, **params: Any) -> None:
        super().__init__(*args)
        self.key = key
        self.params = dict(params)


class Cancelled(SmartZoneError):
    """Long work was stopped by the user (through a ``Feedback`` or Ctrl+C).

    The one cancellation exception of SmartZone: ``layers.errors.CancelledError`` and
    ``scoring.sensitivity.SensitivityCancelled`` are this class under older names.
    """


class InputError(SmartZoneError, ValueError):
    """An input (file, table, project value) is malformed; the message says where and how."""


# -- layers: reading, joining and writing data ------------------------------------------


class LayerError(SmartZoneError):
    """Root of all errors raised while reading, joining or writing layers."""


class LayerReadError(LayerError, OSError):
    """A file could not be opened or parsed as a layer."""


class CRSError(LayerError, ValueError):
    """A layer has no CRS, an unknown CRS, or one that cannot be transformed."""


class EncodingError(LayerError, UnicodeError):
    """Attribute text could not be decoded in any supported encoding, or decodes implausibly."""


class SchemaError(LayerError, ValueError):
    """A required field (admin code, name, score ...) is missing or malformed."""


class JoinError(LayerError, ValueError):
    """An indicator table could not be joined to a district layer."""


class ZonalStatsError(LayerError, ValueError):
    """Zonal statistics could not be computed for the given inputs."""


class ExportError(LayerError, OSError):
    """An export could not be written or did not verify when read back."""


class UnsafePathError(LayerError, PermissionError):
    """A path is refused: a network or virtual (``/vsi*``) path, a device file or a FIFO."""


# -- scoring -----------------------------------------------------------------------------


class ScoringError(SmartZoneError):
    """Root of all errors raised while scoring."""


class ParameterError(ScoringError, ValueError):
    """A scorer, standardisation or weighting parameter is out of range or of the wrong type."""


class CriteriaError(ScoringError, ValueError):
    """Criteria do not match the matrix (unknown indicator, no criteria, bad weights ...)."""


class PluginError(ScoringError, RuntimeError):
    """A third-party scorer failed to load, misbehaved or returned an invalid result."""
