"""``smartzone plan --report``: the scoring report with the plan section.

The section itself (compliance statement, spend map, spend tables) is
:mod:`smartzone.app.drawing.plan_section`, which the app's PDF export adds too; with
``--scores FILE`` (no scenario) the report's first pages show the file's scores. Rendering
the map needs Qt (an off-screen application is created when none runs).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from smartzone.app.drawing.plan_section import _WORDS, plan_section

__all__ = ["_WORDS", "plan_section", "write_plan_report"]


def write_plan_report(result: Any, inputs: Any, districts: Any, pdf: str | Path, *, run: Any = None,
                      overwrite: bool = False, language: str = "ko") -> Path:
    """The scoring report with the plan section (``run``: the ScoreRun; None for a scores file)."""
    from smartzone.app.cli.commands.report_options import _ensure_qt
    from smartzone.app.drawing.report import build_report, build_run_report

    _ensure_qt()
    section = plan_section(result, inputs, districts, language)
    if run is not None:
        return build_run_report(run, run.frame(), pdf, overwrite=overwrite, language=language, sections=[section])
    frame = inputs.frame.copy()
    score = pd.to_numeric(frame["score"], errors="coerce")
    frame["rank"] = score.rank(ascending=False, method="min")
    return build_report(pdf, frame=frame, result_recipe={"method": "external", "method_name": "scores file"},
                        title="SmartZone deployment plan", language=language, overwrite=overwrite,
                        sections=[section])
