"""Progress, cancel and message reporting: re-exported from :mod:`smartzone.scoring.feedback`.

Kept so that ``from smartzone.layers.feedback import Feedback`` goes on working.
"""
from __future__ import annotations

from smartzone.scoring.errors import Cancelled as CancelledError
from smartzone.scoring.feedback import Feedback, NullFeedback, check_canceled

__all__ = ["CancelledError", "Feedback", "NullFeedback", "check_canceled"]
