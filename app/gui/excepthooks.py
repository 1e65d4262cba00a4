"""Errors raised in Qt callbacks and in threads are shown, not lost (napari's notification idea).

In a windowed bundle there is no console: without these hooks an exception raised in a slot
or in a ``threading.Thread`` is printed to nowhere and the user sees nothing happen.
:func:`install` replaces ``sys.excepthook`` and ``threading.excepthook``; each error is
described by :mod:`smartzone.app.core.errorboundary` (the message for the user, the traceback into
the log file) and shown in a non-modal message box on the GUI thread.
"""
from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from smartzone.app.core.errorboundary import Described, describe, write_log

__all__ = ["ErrorReporter", "install", "reporter"]


class ErrorReporter(QObject):
    """Receives exceptions from any thread and shows them on the GUI thread."""

    #: message, detail, kind (see :class:`~smartzone.app.core.errorboundary.Described`)
    raised = Signal(str, str, str)

    def __init__(self, show_dialogs: bool = True) -> None:
        super().__init__()
        self.show_dialogs = show_dialogs
        self.shown: list[Described] = []  # what the user was told (tests read it)
        self._boxes: list[QMessageBox] = []
        self.raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc: BaseException) -> None:
        """Describe ``exc``, log bugs, and queue it to be shown (safe from any thread)."""
        from smartzone.app.drawing.error_words import error_text

        described = describe(exc)
        if described.kind == "bug":
            write_log(described)
        print(f"smartzone: error: {described.message}", file=sys.stderr)
        self.raised.emit(error_text(described), described.detail, described.kind)  # in the UI's language

    @Slot(str, str, str)
    def _show(self, message: str, detail: str, kind: str) -> None:
        self.shown.append(Described(message, detail, kind))
        if not self.show_dialogs or kind == "cancelled":
            return
        box = QMessageBox(QMessageBox.Icon.Critical if kind == "bug" else QMessageBox.Icon.Warning,
                          "SmartZone", message)
        if kind == "bug":
            box.setDetailedText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda *_: self._boxes.remove(box) if box in self._boxes else None)
        self._boxes.append(box)
        box.open()  # not the blocking exec loop: a modal loop inside a failing callback could re-enter it


_REPORTER: ErrorReporter | None = None


def reporter() -> ErrorReporter | None:
    """The installed reporter, or ``None`` before :func:`install`."""
    return _REPORTER


def install(app: QApplication | None = None, *, show_dialogs: bool = True) -> ErrorReporter:
    """Install the hooks (idempotent); returns the reporter."""
    global _REPORTER
    if _REPORTER is None:
        _REPORTER = ErrorReporter(show_dialogs=show_dialogs)
        if app is not None:
            _REPORTER.moveToThread(app.thread())
    rep = _REPORTER

    def _sys_hook(etype: type[BaseException], value: BaseException,
                  tb: TracebackType | None) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        rep.handle(value)

    def _thread_hook(args: Any) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            rep.handle(args.exc_value)

    sys.excepthook = _sys_hook
    threading.excepthook = _thread_hook
    return rep
