"""The plan section of the PDF report: compliance statement, spend map, spend tables.

Added to the scoring report (:mod:`smartzone.app.drawing.report`) through
``build_report(sections=...)`` by both shells: ``smartzone plan --report``
(:mod:`smartzone.app.cli.plan_report`) and the app's PDF export when the plan panel holds a
plan of the exported scenario. Rendering the map needs a running Qt application.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# the plan's words in Korean live in the core, shared with the app's plan panel
from smartzone.app.core.labels import bilingual, category_label
from smartzone.app.core.planning import (
    message_words,
    pass_words,
    rule_words,
    status_words,
)
from smartzone.app.core.words import QT_TRANSLATE_NOOP, words

__all__ = ["plan_section"]

#: The plan section's words: key -> English, worded in the report's language from the .ts
#: (context ``PlanReport``) by :func:`smartzone.app.core.words.words`.
_WORDS: dict[str, str] = {
    "heading": QT_TRANSLATE_NOOP("PlanReport", "Deployment plan: smart solutions"),
    "rule": QT_TRANSLATE_NOOP("PlanReport", "Rule"),
    "required": QT_TRANSLATE_NOOP("PlanReport", "Required"),
    "achieved": QT_TRANSLATE_NOOP("PlanReport", "Achieved"),
    "status": QT_TRANSLATE_NOOP("PlanReport", "Status"),
    "price": QT_TRANSLATE_NOOP("PlanReport", "Price (benefit)"),
    "category": QT_TRANSLATE_NOOP("PlanReport", "Category"),
    "spend": QT_TRANSLATE_NOOP("PlanReport", "Spend (100M KRW)"),
    "share": QT_TRANSLATE_NOOP("PlanReport", "Share"),
    "sido": QT_TRANSLATE_NOOP("PlanReport", "Province"),
    "top": QT_TRANSLATE_NOOP("PlanReport", "Main deployments"),
    "district": QT_TRANSLATE_NOOP("PlanReport", "District"),
    "solution": QT_TRANSLATE_NOOP("PlanReport", "Solution"),
    "benefit": QT_TRANSLATE_NOOP("PlanReport", "Benefit"),
    "map": QT_TRANSLATE_NOOP("PlanReport", "Spend per district (100M KRW)"),
}


def _fmt(check: Any, value: float) -> str:
    if check.unit == "share":
        return f"{value * 100:.1f} %"
    if check.unit == "districts":
        return f"{value:g}"
    return f"{value:,.2f}"


def plan_section(result: Any, inputs: Any, districts: Any, language: str = "ko") -> Callable[[Any], None]:
    """A ``build_report`` section writing the plan of ``result`` (a PlanResult)."""
    from smartzone.app.core.planning import sido_names

    t = {key: words(language, "PlanReport", source) for key, source in _WORDS.items()}

    def section(doc: Any) -> None:
        pdf = doc.pdf
        doc.section(t["heading"], min_space=120)
        total = result.total_cost
        ko = language == "ko"
        lines = [f"{result.status}: {message_words(result.message, result.rules, language)}"]
        if ko:
            lines = [status_words(str(result.status), language)]
            if result.status in ("infeasible", "empty"):  # the engine's explanation names the rules, in Korean
                lines.append(message_words(result.message, result.rules, language))
        if result.status != "infeasible":
            lines.append(words(language, "PlanReport", QT_TRANSLATE_NOOP(
                "PlanReport", "budget {budget} 100M KRW, spent {spent} 100M KRW in {n} districts ({units} "
                "deployments); benefit {benefit}, gap {gap} %")).format(
                budget=f"{result.rules.budget:g}", spent=f"{total:,.2f}",
                n=int((result.spend_per_district > 0).sum()), units=int((result.units > 0).sum()),
                benefit=f"{result.objective:,.1f}", gap=f"{(result.gap or 0) * 100:.3g}"))
            if result.greedy is not None and result.objective:
                g = result.greedy
                lines.append(words(language, "PlanReport", QT_TRANSLATE_NOOP(
                    "PlanReport", "greedy baseline: benefit {benefit} ({share} % of the optimum)")).format(
                    benefit=f"{g.objective:,.1f}", share=f"{g.objective / result.objective * 100:.1f}"))
        lines += [message_words(note, result.rules, language) for note in result.notes]  # e.g. an empty optimum
        if inputs.shrinking_rule:
            shrinking = getattr(getattr(inputs, "problem", None), "shrinking", None)
            # the rule is worded in English by the planning module: in Korean the count says it
            which = inputs.shrinking_rule if not ko else (int(np.sum(shrinking)) if shrinking is not None else None)
            lines.append(words(language, "PlanReport", QT_TRANSLATE_NOOP("PlanReport", "shrinking districts: {n}"))
                         .format(n=which) if which is not None
                         else words(language, "PlanReport", QT_TRANSLATE_NOOP("PlanReport", "shrinking districts designated")))
        doc.para("\n".join(lines), 9)
        rows = [[rule_words(c, result.rules, language), f"{c.sense} {_fmt(c, c.required)}", _fmt(c, c.achieved),
                 pass_words(c.passed, language),
                 "-" if c.price is None else (f"{c.price:,.1f}" if c.binding else "0")]
                for c in result.checks]
        doc.table([t["rule"], t["required"], t["achieved"], t["status"], t["price"]], rows,
                  widths=(78, 28, 28, 18, 28), align=("LEFT", "RIGHT", "RIGHT", "CENTER", "RIGHT"), size=8)
        by_cat = [(k, v) for k, v in result.spend_by_category().items() if v > 0]
        if by_cat:
            doc.table([t["category"], t["spend"], t["share"]],
                      [[category_label(k, language), f"{v:,.2f}", f"{v / total * 100:.1f} %"] for k, v in by_cat],
                      widths=(60, 35, 25), align=("LEFT", "RIGHT", "RIGHT"), size=8)
        names = sido_names(inputs.frame)
        by_sido = sorted(result.spend_by_sido().items(), key=lambda kv: -kv[1])
        if by_sido:
            doc.table([t["sido"], t["spend"]], [[names.get(k, k), f"{v:,.2f}"] for k, v in by_sido],
                      widths=(60, 35), align=("LEFT", "RIGHT"), size=8)
        if total > 0:
            _map(doc, districts, t["map"], language)
            deps = sorted(result.deployments(), key=lambda d: -d.benefit)[:20]
            # the solution's name in the report's language (its id when the catalogue gives none)
            sol_names = {s.id: bilingual(s.name_ko, s.name_en, ko) or s.id for s in inputs.problem.catalogue.solutions}
            doc.section(t["top"], min_space=60, size=12)
            doc.table([t["district"], t["solution"], t["category"], t["spend"], t["benefit"]],
                      [[d.name, sol_names.get(d.solution, d.solution), category_label(d.category, language), f"{d.cost:,.2f}",
                        f"{d.benefit:,.1f}"] for d in deps],
                      widths=(52, 44, 34, 24, 26), align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"), size=8)
        del pdf

    return section


def _map(doc: Any, districts: Any, title: str, language: str) -> None:
    from smartzone.app.drawing.render import render_map_image

    spend = pd.Series(np.where(districts["spend"] > 0, districts["spend"], np.nan),
                      index=districts["code"].astype(str).to_numpy())
    image = render_map_image(districts, spend, cmap="YlOrRd", k=4, width=1200, height=1300, legend=True,
                             legend_title=title, labels=False, language=language)
    # a scratch PNG for fpdf to embed (not an output: nothing to commit)
    with tempfile.TemporaryDirectory(prefix="smartzone-plan-map-") as scratch:
        png = Path(scratch) / "plan_map.png"
        image.save(str(png))  # PNG by the suffix
        doc.section(title, min_space=150, size=12)
        from smartzone.app.drawing.report import _fit_image

        _fit_image(doc.pdf, png, reserve=4, max_width=doc.pdf.epw * 0.8)
