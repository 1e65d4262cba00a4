"""Progress, cancel and message reporting for long work (the QGIS Processing idea).

``layers``, ``scoring`` and the app's pipelines accept any object with these three methods;
the Qt app, the QGIS plugin and the command line each implement it; tests use
:class:`NullFeedback` or a plain stub. It lives in ``scoring`` (standard library only) so
that both ``scoring`` and ``layers`` can type against it.
"""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from smartzone.scoring.errors import Cancelled

__all__ = ["Feedback", "NullFeedback", "check_canceled"]


@runtime_checkable
class Feedback(Protocol):
    """Receiver of progress (0-100 %), cancel requests and user messages."""

    def set_progress(self, percent: float) -> None: ...

    def is_canceled(self) -> bool: ...

    def info(self, message: str) -> None: ...


class NullFeedback:
    """Feedback that ignores everything and is never cancelled."""

    def set_progress(self, percent: float) -> None:
        pass

    def is_canceled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        pass


def check_canceled(feedback: Feedback | None) -> None:
    """Raise :class:`~smartzone.scoring.errors.Cancelled` if the user asked to stop."""
    if feedback is not None and feedback.is_canceled():
        raise Cancelled("Cancelled by the user.")
