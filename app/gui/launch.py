"""Start the desktop app (``smartzone`` with no sub-command, see :mod:`smartzone.app.main`).

* ``--screenshot FILE [PROJECT]``: open the project off-screen, wait until its
  data are loaded and painted, save the window as PNG, exit 0.
* Otherwise open ``PROJECT`` (or the bundled national demo) in the main window.

Only Qt is imported before the window shows; geopandas & co. load in a worker.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def make_app(argv: list[str] | None = None) -> QApplication:
    """Create (or return) the QApplication with fonts and translation installed.

    Raises
    ------
    RuntimeError
        The process already runs a Qt application without widgets (a ``QCoreApplication`` or
        ``QGuiApplication``), in which no window can be made.
    """
    from PySide6.QtWidgets import QApplication

    from smartzone.app.drawing import i18n, render

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
        app.setApplicationName("SmartZone")
        app.setOrganizationName("SmartZone")
    if not isinstance(app, QApplication):  # render.ensure_gui_app makes a QApplication too
        raise RuntimeError(f"SmartZone's windows need a QApplication; this process runs a {type(app).__name__}.")
    font = app.font()
    font.setFamilies(render.font_families())  # Latin digits that read right, Hangul from Nanum Gothic
    app.setFont(font)
    i18n.install_translator()
    return app


def run(args: Any) -> int:
    """Entry point used by :func:`smartzone.app.main.open_app`; returns the exit code."""
    screenshot = getattr(args, "screenshot", None)
    t0 = time.perf_counter()
    app = make_app()
    from smartzone.app.gui import excepthooks

    excepthooks.install(app, show_dialogs=not screenshot)  # errors in callbacks/threads are shown
    from smartzone.app.gui.widgets.main_window import MainWindow

    window = MainWindow()
    path = getattr(args, "project", None)
    if screenshot:
        window.resize(1600, 1000)
    window.show()
    app.processEvents()
    if os.environ.get("SMARTZONE_TIMING"):
        print(f"window shown after {time.perf_counter() - t0:.2f} s", file=sys.stderr)
    window.open_async(path, interactive=not screenshot)
    if screenshot:
        return _screenshot(app, window, Path(screenshot), t0)
    return int(app.exec())


def _screenshot(app: Any, window: Any, path: Path, t0: float) -> int:
    """Show off-screen, wait for data and a paint, grab the window to ``path``."""
    from PySide6.QtCore import QCoreApplication

    shown = time.perf_counter() - t0
    if not window.wait_ready(120):
        reason = window.open_error or "the project data could not be loaded"
        print(f"smartzone: error: {reason}", file=sys.stderr)
        return 2 if window.open_error else 1
    # let queued results and the first map paint happen
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    window.canvas.repaint()
    loaded = time.perf_counter() - t0
    image = window.grab()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        print(f"smartzone: error: cannot write {path}", file=sys.stderr)
        return 1
    print(f"screenshot saved to {path} (window {shown:.2f} s, map painted {loaded:.2f} s)")
    window.project.mark_clean()  # nothing to save: do not prompt on close
    window.close()
    app.processEvents()
    return 0
