"""Exceptions raised by :mod:`smartzone.scoring`."""
from __future__ import annotations


class ScoringError(Exception):
    """Root of all errors raised while scoring."""


class ParameterError(ScoringError, ValueError):
    """A scorer, standardisation or weighting parameter is out of range or of the wrong type."""


class CriteriaError(ScoringError, ValueError):
    """Criteria do not match the matrix (unknown indicator, no criteria, bad weights ...)."""


class PluginError(ScoringError, RuntimeError):
    """A third-party scorer failed to load or returned an invalid result."""
