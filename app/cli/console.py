"""Console helpers for the command line: progress feedback and aligned tables.

:class:`ConsoleFeedback` implements the :class:`~smartzone.layers.feedback.Feedback`
protocol on a terminal: a one-line progress bar redrawn with ``\\r`` on a TTY,
plain ``progress: NN%`` lines at 10 % steps otherwise (logs, CI). Inside
:meth:`ConsoleFeedback.catch_interrupt`, a first Ctrl-C asks long work to stop
(``is_canceled()`` turns true); a second one interrupts at once.

:func:`format_table` aligns columns by *display* width, so Hangul (two
terminal cells per syllable, East-Asian width "W") lines up with Latin text.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

__all__ = ["ConsoleFeedback", "cli_language", "display_width", "error_words", "fit", "format_table"]


def cli_language() -> str:
    """The language of the command line's words: ``SMARTZONE_LANG`` (``ko`` or ``en``), else English.

    English by default, whatever the app's chosen language: scripts and logs read the same words
    on every machine. ``SMARTZONE_LANG=ko`` words what the commands print (the plan, its amounts in
    억원) and keyed errors in Korean.
    """
    lang = os.environ.get("SMARTZONE_LANG", "").strip().lower()
    return lang if lang in ("ko", "en") else "en"


def error_words(error: Any) -> str | None:
    """An error (an exception caught on purpose, or what the error boundary made of one: a
    :class:`~smartzone.app.core.errorboundary.Described`) in the command line's language.

    Under ``SMARTZONE_LANG=ko`` a keyed error is worded in Korean as the app words it; None
    otherwise (the error's own English). Every command's errors pass here: the one error
    boundary of :func:`smartzone.app.cli.main` and the commands that catch their own.
    """
    if cli_language() != "ko" or not getattr(error, "key", None):
        return None
    from smartzone.app.drawing.error_words import error_text

    return " ".join(error_text(error, "ko").split()) or None


# ---------------------------------------------------------------------------
# East-Asian width aware text
# ---------------------------------------------------------------------------
def display_width(text: str) -> int:
    """Number of terminal cells ``text`` occupies (wide/fullwidth characters count 2)."""
    width = 0
    for ch in str(text):
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _truncate(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def fit(text: Any, width: int, align: str = "<") -> str:
    """``text`` padded (or truncated with "…") to ``width`` cells; ``align`` is "<", ">" or "^"."""
    s = _truncate(str(text), width)
    pad = max(0, width - display_width(s))
    if align == ">":
        return " " * pad + s
    if align == "^":
        return " " * (pad // 2) + s + " " * (pad - pad // 2)
    return s + " " * pad


def format_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    align: Sequence[str] | None = None,
    max_width: int = 40,
    sep: str = "  ",
) -> str:
    """Render ``rows`` under ``headers`` as aligned text lines (no trailing newline).

    ``align`` gives "<" (left) or ">" (right) per column; numbers default to right.
    Cells wider than ``max_width`` cells are truncated.
    """
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in row] for row in rows]
    n = len(headers)
    if align is None:
        align = [
            ">" if rows and all(isinstance(r[i], int | float) for r in rows) else "<" for i in range(n)
        ]
    widths = [min(max_width, max(display_width(r[i]) for r in cells)) for i in range(n)]
    lines = []
    for k, row in enumerate(cells):
        lines.append(sep.join(fit(row[i], widths[i], align[i]) for i in range(n)).rstrip())
        if k == 0:
            lines.append(sep.join("-" * w for w in widths))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# feedback
# ---------------------------------------------------------------------------
class ConsoleFeedback:
    """Progress, cancel and messages on a terminal stream (stderr by default).

    Parameters
    ----------
    stream
        Where to write (default ``sys.stderr``).
    tty
        Force bar mode (``True``) or line mode (``False``); default: ``stream.isatty()``.
    label
        Text before the bar, e.g. "scoring".
    width
        Bar width in cells.
    quiet
        Write nothing (``is_canceled`` still works).
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        tty: bool | None = None,
        label: str = "",
        width: int = 30,
        quiet: bool = False,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if tty is None:
            try:
                tty = bool(self.stream.isatty())
            except (AttributeError, ValueError):
                tty = False
        self.tty = tty
        self.label = label
        self.width = width
        self.quiet = quiet
        self._canceled = False
        self._percent = -1
        self._next_step = 10
        self._bar_len = 0
        self._lock = threading.Lock()

    # Feedback protocol ----------------------------------------------------
    def set_progress(self, percent: float) -> None:
        """Report progress (0-100; values outside are clipped)."""
        try:
            value = int(max(0.0, min(100.0, float(percent))))
        except (TypeError, ValueError):
            return
        with self._lock:
            if value == self._percent:
                return
            self._percent = value
            if self.quiet:
                return
            if self.tty:
                self._draw()
            elif value >= self._next_step:
                step = value // 10 * 10
                self._write(f"progress: {step}%\n")
                self._next_step = step + 10

    def is_canceled(self) -> bool:
        return self._canceled

    def info(self, message: str) -> None:
        """Print a message on its own line (keeping the bar below it on a TTY)."""
        if self.quiet:
            return
        with self._lock:
            if self.tty and self._bar_len:
                self._write("\r" + " " * self._bar_len + "\r")
                self._write(f"{message}\n")
                self._draw()
            else:
                self._write(f"{message}\n")

    # extras ----------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the running work to stop."""
        self._canceled = True

    def reset(self, label: str | None = None) -> None:
        """Start a new progress run (ends the current bar line)."""
        self.finish()
        if label is not None:
            self.label = label
        self._percent = -1
        self._next_step = 10

    def finish(self) -> None:
        """End the progress line (TTY) so later output starts on a fresh line."""
        with self._lock:
            if self.tty and self._bar_len and not self.quiet:
                self._write("\n")
            self._bar_len = 0

    @contextmanager
    def catch_interrupt(self) -> Iterator[ConsoleFeedback]:
        """Within the block, Ctrl-C sets :meth:`is_canceled`; a second Ctrl-C raises
        ``KeyboardInterrupt``. A no-op outside the main thread."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return

        def handler(signum: int, frame: Any) -> None:
            if self._canceled:
                raise KeyboardInterrupt
            self._canceled = True
            self.info("cancelling... (press Ctrl-C again to stop at once)")

        previous = signal.signal(signal.SIGINT, handler)
        try:
            yield self
        finally:
            signal.signal(signal.SIGINT, previous)
            self.finish()

    # internals ---------------------------------------------------------------
    def _draw(self) -> None:
        value = max(self._percent, 0)
        filled = round(self.width * value / 100)
        bar = "#" * filled + "-" * (self.width - filled)
        prefix = f"{self.label} " if self.label else ""
        text = f"{prefix}[{bar}] {value:3d}%"
        pad = max(0, self._bar_len - display_width(text))
        self._write("\r" + text + " " * pad)
        self._bar_len = display_width(text)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass
