"""The ``smartzone`` executable: one front door to the two shells.

``smartzone COMMAND ...`` runs a command of the CLI (:mod:`smartzone.app.cli`).
``smartzone [PROJECT]``, ``--screenshot`` and ``--selftest`` need the desktop app
(:mod:`smartzone.app.gui`). This is the one module that knows both shells, so
that the CLI never imports the GUI and the GUI never imports the CLI (contracts
in pyproject.toml).

* No display (Linux without ``DISPLAY``/``WAYLAND_DISPLAY`` and no
  ``QT_QPA_PLATFORM``, or ``QT_QPA_PLATFORM=offscreen``/``minimal``, which show
  no window): say so and run ``smartzone score`` on ``PROJECT`` (or the demo) instead.
"""
from __future__ import annotations

import os
import sys
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
    from smartzone.app.cli import main as cli_main

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
    return int(cli_main(argv) or 0)


def open_app(args: Any) -> int:
    """``smartzone`` without a command: the self-test, a screenshot or the main window."""
    if getattr(args, "selftest", False):
        from smartzone.app.gui.selftest import run_selftest

        return run_selftest()
    if getattr(args, "screenshot", None):
        if not _has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no visible window
    elif not _has_display():
        return _run_headless_score(getattr(args, "project", None))
    from smartzone.app.gui import launch

    return launch.run(args)


def main(argv: list[str] | None = None) -> int:
    from smartzone.app.cli import main as cli_main

    return cli_main(argv, open_app=open_app)


if __name__ == "__main__":
    sys.exit(main())
