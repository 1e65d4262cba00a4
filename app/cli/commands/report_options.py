"""``smartzone score --report``: the PDF report from the command line.

Helpers the ``score`` command calls; Qt-free at import time. Writing the
report renders the map with Qt (:func:`smartzone.app.drawing.render.render_map_image`),
so :func:`write_report` creates an off-screen ``QGuiApplication`` when none is
running (``QT_QPA_PLATFORM=offscreen`` when there is no display); every Qt
import stays inside that function.

The report (:func:`smartzone.app.drawing.report.build_report`) holds the map, the
method and weights, the data sources (from the demo metadata for bundled
files, file paths otherwise), the top-N table and a Monte-Carlo sensitivity
summary (:func:`smartzone.scoring.sensitivity.monte_carlo`, 200-1000 runs,
default 500; skipped for imported candidate maps, which have no weights).
``<name>_map.png`` is written beside the PDF.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

# Report data is computed by the Qt-free core (the app's export dialog uses it too).
from smartzone.app.core.report_data import DEFAULT_MC_RUNS, report_sources, sensitivity_table
from smartzone.scoring.errors import SmartZoneError

__all__ = [
    "DEFAULT_REPORT_NAME",
    "MC_RUNS_RANGE",
    "add_arguments",
    "check_report_target",
    "report_path",
    "report_sources",
    "sensitivity_table",
    "write_report",
]

#: File name of the report inside ``--out`` when ``--report`` has no path.
DEFAULT_REPORT_NAME = "report.pdf"
#: Allowed number of Monte-Carlo runs for the report's sensitivity summary.
MC_RUNS_RANGE = (200, 1000)


class ReportOptionError(SmartZoneError, ValueError):
    """Bad ``--report`` options (the score command prints the message, exit status 2)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--report [PATH]``, ``--report-runs N`` and ``--report-language`` to ``parser``."""
    parser.add_argument(
        "--report", metavar="PATH", nargs="?", const="", default=None,
        help=f"also write a PDF report (and PATH_map.png beside it); default PATH is "
             f"DIR/{DEFAULT_REPORT_NAME} with --out",
    )
    parser.add_argument(
        "--report-runs", metavar="N", type=int, default=DEFAULT_MC_RUNS,
        help=f"Monte-Carlo runs of the report's sensitivity summary ({MC_RUNS_RANGE[0]}-{MC_RUNS_RANGE[1]}, "
             f"default {DEFAULT_MC_RUNS})",
    )
    parser.add_argument("--report-language", choices=("ko", "en"), default="ko",
                        help="language of the report headings (default ko)")


def report_path(args: argparse.Namespace) -> Path | None:
    """The PDF path asked for with ``--report`` (``None`` without it).

    Raises
    ------
    ReportOptionError
        ``--report`` without a path and without ``--out``; runs out of range.
    """
    value = getattr(args, "report", None)
    if value is None:
        return None
    runs = int(getattr(args, "report_runs", DEFAULT_MC_RUNS))
    if not MC_RUNS_RANGE[0] <= runs <= MC_RUNS_RANGE[1]:
        raise ReportOptionError(f"--report-runs must be between {MC_RUNS_RANGE[0]} and {MC_RUNS_RANGE[1]}, got {runs}.")
    if value == "":
        if not getattr(args, "out", None):
            raise ReportOptionError("--report needs a file name (--report plan.pdf) or an output folder (--out DIR).")
        return Path(args.out) / DEFAULT_REPORT_NAME
    path = Path(value)
    if path.is_dir():
        path = path / DEFAULT_REPORT_NAME
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path


def _map_png(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + "_map.png")


def check_report_target(pdf: Path, overwrite: bool) -> None:
    """Refuse before any work when the report (or its PNG) exists and ``overwrite`` is false."""
    existing = [p for p in (pdf, _map_png(pdf)) if p.exists()]
    if existing and not overwrite:
        raise ReportOptionError(
            f"{', '.join(p.name for p in existing)} already exist in {pdf.parent}; use --overwrite to replace them."
        )
    parent = pdf.parent if str(pdf.parent) else Path(".")
    if parent.exists() and not os.access(parent, os.W_OK | os.X_OK):
        raise ReportOptionError(f"cannot write the report: folder {parent} is not writable.")


def _ensure_qt() -> None:
    """A Qt application for rendering the map (off-screen when there is no display).

    A ``QApplication`` (a ``QGuiApplication`` that also allows widgets) is
    created when none runs, so that code running later in the same process
    (the app, pytest-qt) can still create widgets: Qt aborts when widgets are
    made under a plain ``QGuiApplication``.
    """
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication

    global _QT_APP
    if QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _QT_APP = QApplication(sys.argv[:1])
    from smartzone.app.drawing.render import ensure_gui_app

    ensure_gui_app()


_QT_APP: Any = None  # keeps the application created by _ensure_qt alive


def write_report(run: Any, frame: Any, pdf: Path, *, overwrite: bool, top_n: int = 20,
                 n_runs: int = DEFAULT_MC_RUNS, language: str = "ko", feedback: Any = None,
                 exported_crs: str | None = None) -> Path:
    """Write the PDF report (and ``<stem>_map.png``) of a scoring run; returns the PDF path.

    Parameters
    ----------
    run
        :class:`smartzone.app.core.pipeline.ScoreRun`.
    frame
        ``run.frame()`` (``code, name, score, rank, ..., geometry``).
    pdf
        Target file.
    overwrite
        Replace existing files (``--overwrite``).
    top_n
        Rows of the top table (at least 10).
    n_runs
        Monte-Carlo runs of the sensitivity summary.
    exported_crs
        ``--crs`` of the files written with the report (``--export``), named in the report.
    """
    from smartzone.app.drawing.report import build_run_report

    sens = sensitivity_table(run, n_runs, top_k=10, feedback=feedback)
    _ensure_qt()
    return build_run_report(run, frame, pdf, sensitivity=sens, overwrite=overwrite, top_n=max(10, int(top_n)),
                            language=language, exported_crs=exported_crs)
