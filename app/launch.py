"""Start the desktop app (``smartzone`` with no sub-command).

* No display (Linux without ``DISPLAY``/``WAYLAND_DISPLAY`` and no
  ``QT_QPA_PLATFORM``, or ``QT_QPA_PLATFORM=offscreen``/``minimal``, which show
  no window): say so and run ``smartzone score`` on ``PROJECT`` (or the demo) instead.
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
from typing import Any

# The fallback's own output folder is refreshed on every run (said in the message, so it is
# not a silent overwrite): the README's demo command must work more than once.
FALLBACK_ARGS = ["score", "--preset", "industry-hub", "--level", "sigungu", "--out", "smartzone-out",
                 "--overwrite"]


#: Qt platforms that show no window: the app would wait for a user who cannot see it.
INVISIBLE_PLATFORMS = ("offscreen", "minimal")


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] not in INVISIBLE_PLATFORMS
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _no_display_reason() -> str:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return f"QT_QPA_PLATFORM={platform} shows no window"
    return "No display found"


def _run_headless_score(project: str | None = None) -> int:
    """Score instead of opening a window: the named project, else the demo."""
    from smartzone.app.cli import main

    argv = list(FALLBACK_ARGS)
    if project:
        argv = ["score", "--project", project, "--out", FALLBACK_ARGS[FALLBACK_ARGS.index("--out") + 1],
                "--overwrite"]
        what = f"the project {project}"
    else:
        what = "the demo"
    out = Path(argv[argv.index("--out") + 1])
    print(f"{_no_display_reason()}: running `smartzone {' '.join(argv)}` on {what} instead", flush=True)
    if out.is_dir() and any(out.iterdir()):
        print(f"(results already in {out}/ are replaced)", flush=True)
    return int(main(argv) or 0)


def make_app(argv: list[str] | None = None) -> Any:
    """Create (or return) the QApplication with fonts and translation installed."""
    from PySide6.QtWidgets import QApplication

    from smartzone.app import i18n, render

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or sys.argv[:1])
        app.setApplicationName("SmartZone")
        app.setOrganizationName("SmartZone")
    font = app.font()
    font.setFamilies(render.font_families())  # Latin digits that read right, Hangul from Nanum Gothic
    app.setFont(font)
    i18n.install_translator()
    return app


def run(args: Any) -> int:
    """Entry point used by :func:`smartzone.app.cli.main`; returns the exit code."""
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        if not _has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no visible window
    elif not _has_display():
        return _run_headless_score(getattr(args, "project", None))
    t0 = time.perf_counter()
    app = make_app()
    from smartzone.app import excepthooks

    excepthooks.install(app, show_dialogs=not screenshot)  # errors in callbacks/threads are shown
    from smartzone.app.widgets.main_window import MainWindow

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
