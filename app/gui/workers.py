"""Background work for the app: a worker with progress, cancel and messages.

Long work (loading layers, Monte-Carlo sensitivity, zonal statistics) runs on
Python thread pools and talks to the UI only through Qt signals, which Qt
delivers (queued) on the GUI thread.

Why not QThreadPool: its threads are foreign to Python, so each job gets a
fresh Python thread state and thread-locals are dropped between jobs. pyproj
keeps its PROJ context per thread and crashed (segfault in ``CRS.from_wkt``)
when a second job ran on the same QThreadPool thread. Python-created threads
keep their state for their whole life. The function receives a :class:`QtFeedback`,
which implements the ``Feedback`` protocol of :mod:`smartzone.scoring.feedback`
(``set_progress``/``is_canceled``/``info``), so library code stays Qt-free.
"""
from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from smartzone.app.core.errorboundary import describe
from smartzone.scoring.errors import Cancelled


class WorkerSignals(QObject):
    """Signals of one :class:`Worker` (QRunnable cannot have signals itself)."""

    progress = Signal(float)
    message = Signal(str)
    finished = Signal(object)
    failed = Signal(str, str)  # user message, technical detail
    canceled = Signal()


class QtFeedback:
    """Thread-safe ``Feedback`` that forwards progress and messages as signals."""

    def __init__(self, signals: WorkerSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def set_progress(self, percent: float) -> None:
        self._signals.progress.emit(float(percent))

    def is_canceled(self) -> bool:
        return self._cancel.is_set()

    def info(self, message: str) -> None:
        self._signals.message.emit(str(message))

    def cancel(self) -> None:
        self._cancel.set()


def user_message(exc: BaseException) -> str:
    """A message for the user in the UI's language: SmartZone errors as written (worded again in
    Korean from their key), anything else described (no traceback).

    Runs on the worker's thread: ``QCoreApplication.translate`` is thread-safe.
    """
    from smartzone.app.drawing.error_words import error_text

    return error_text(describe(exc))


class Worker:
    """Run ``fn(*args, feedback=..., **kwargs)`` on a pool thread.

    Connect to ``worker.signals`` before :meth:`start`. Exceptions become
    ``failed(message, traceback)``; a cancelled run (the function raised
    :class:`~smartzone.scoring.errors.Cancelled` or returned after cancel) emits ``canceled``.
    """

    def __init__(self, fn: Callable[..., Any], *args: Any, pass_feedback: bool = True,
                 **kwargs: Any) -> None:
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.feedback = QtFeedback(self.signals)
        self.pass_feedback = pass_feedback
        self.done = threading.Event()

    def run(self) -> None:
        try:
            if self.pass_feedback:
                result = self.fn(*self.args, feedback=self.feedback, **self.kwargs)
            else:
                result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # SystemExit from a plugin must not vanish in the pool
            if self.feedback.is_canceled() or isinstance(exc, Cancelled):
                self.signals.canceled.emit()
            else:
                self.signals.failed.emit(user_message(exc), traceback.format_exc())
        else:
            if self.feedback.is_canceled():
                self.signals.canceled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            self.done.set()

    def cancel(self) -> None:
        """Ask the function to stop at its next ``is_canceled`` check."""
        self.feedback.cancel()

    def start(self, pool: ThreadPoolExecutor | None = None) -> Worker:
        _RUNNING.add(self)
        self.signals.finished.connect(lambda *_: _RUNNING.discard(self))
        self.signals.failed.connect(lambda *_: _RUNNING.discard(self))
        self.signals.canceled.connect(lambda *_: _RUNNING.discard(self))
        (pool or io_pool()).submit(self.run)
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the function returned (signals may still be queued)."""
        return self.done.wait(timeout)


_RUNNING: set[Worker] = set()  # keeps workers alive until their signals are delivered
_POOLS: dict[str, ThreadPoolExecutor] = {}


def io_pool() -> ThreadPoolExecutor:
    """One thread for file reading (GDAL, PROJ, pyogrio), which is not safe to run concurrently."""
    if "io" not in _POOLS:
        _POOLS["io"] = ThreadPoolExecutor(max_workers=1, thread_name_prefix="smartzone-io")
    return _POOLS["io"]


def compute_pool() -> ThreadPoolExecutor:
    """Threads for pure computations (Monte-Carlo sensitivity)."""
    if "compute" not in _POOLS:
        _POOLS["compute"] = ThreadPoolExecutor(max_workers=2, thread_name_prefix="smartzone-compute")
    return _POOLS["compute"]


def run_in_thread(fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], Any] | None = None,
                  on_error: Callable[[str, str], Any] | None = None,
                  on_progress: Callable[[float], Any] | None = None,
                  on_canceled: Callable[[], Any] | None = None,
                  pass_feedback: bool = True, pool: ThreadPoolExecutor | None = None,
                  **kwargs: Any) -> Worker:
    """Start ``fn`` (default: on the serial I/O pool) and wire the callbacks; returns the worker."""
    worker = Worker(fn, *args, pass_feedback=pass_feedback, **kwargs)
    if on_done is not None:
        worker.signals.finished.connect(on_done)
    if on_error is not None:
        worker.signals.failed.connect(on_error)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    if on_canceled is not None:
        worker.signals.canceled.connect(on_canceled)
    return worker.start(pool or io_pool())
