"""The words of a report, from the project and the scoring run (Qt-free).

A reviewer reads the scenario's own name (never a preset id), the level in
words, and for each criterion the indicator's name, source and year, its
direction, standardisation and weight in plain Korean or English and the
preset's note on why (and through which proxy) it is used; then each
exclusion rule with the number of districts it excluded.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from smartzone.app.core.labels import bilingual, level_words, scenario_title
from smartzone.app.core.words import QT_TRANSLATE_NOOP, words

__all__ = ["CriterionText", "ReportContent", "level_words", "report_content", "scenario_title"]

#: A criterion's direction and missing-value policy in words: id -> English, worded in the
#: report's language from the .ts (context ``ReportContent``) by :func:`_words`.
_DIRECTION: dict[str, str] = {
    "benefit": QT_TRANSLATE_NOOP("ReportContent", "higher value, higher score"),
    "cost": QT_TRANSLATE_NOOP("ReportContent", "lower value, higher score"),
}
_MISSING: dict[str, str] = {
    "exclude": QT_TRANSLATE_NOOP("ReportContent", "excluded"),
    "median": QT_TRANSLATE_NOOP("ReportContent", "median imputed"),
    "mean": QT_TRANSLATE_NOOP("ReportContent", "mean imputed"),
    "zero": QT_TRANSLATE_NOOP("ReportContent", "zero imputed"),
    "min": QT_TRANSLATE_NOOP("ReportContent", "minimum imputed"),
    "max": QT_TRANSLATE_NOOP("ReportContent", "maximum imputed"),
    "worst": QT_TRANSLATE_NOOP("ReportContent", "worst value imputed"),
}


def _words(table: Mapping[str, str], key: str, language: str) -> str:
    """``table[key]`` in ``language`` (``key`` itself when the table has no entry)."""
    return words(language, "ReportContent", table[key]) if key in table else key


def _preset_notes(scenario: Any, language: str) -> dict[str, str]:
    preset = getattr(scenario, "preset", None)
    if not preset:
        return {}
    try:
        from smartzone.app.core.model.presets import load_preset

        return load_preset(str(preset)).notes(language)
    except Exception:  # no preset file: no notes
        return {}


def _indicator_info(level: str) -> dict[str, dict[str, Any]]:
    try:
        from smartzone.resources import demo_data

        return {str(i["id"]): i for i in demo_data.indicator_info(level)}
    except Exception:  # user data without metadata
        return {}


def _source_words(info: Mapping[str, Any], language: str) -> str:
    """``"통계청 인구주택총조사 ... (2020)"`` from the demo metadata's source ids and years."""
    try:
        from smartzone.resources import demo_data

        sources = demo_data.metadata().get("sources") or {}
    except Exception:
        sources = {}
    names = []
    for sid in info.get("source") or []:
        src = sources.get(sid) or {}
        names.append(str(src.get(f"name_{language}") or src.get("name_ko") or sid))
    all_years = [str(y) for y in info.get("years") or []]
    years = f"{all_years[0]}–{all_years[-1]}" if len(all_years) > 1 else "".join(all_years)  # as in legends
    text = "; ".join(names)
    return f"{text} ({years})" if years and text else text or years


@dataclass
class CriterionText:
    """One criterion in words."""

    indicator: str
    name: str
    source: str
    direction: str
    standardization: str
    weight: float
    missing: str
    note: str


@dataclass
class ReportContent:
    """Everything worded for one report."""

    title: str
    scenario: str
    level: str
    method: str
    criteria: list[CriterionText] = field(default_factory=list)
    exclusions: list[tuple[str, int]] = field(default_factory=list)
    n_excluded: int = 0


def _std_words(std: Any, language: str) -> str:
    from smartzone.scoring.standardize import STANDARDIZATIONS

    method = std.get("method") if isinstance(std, Mapping) else std
    spec = STANDARDIZATIONS.get(str(method))
    if spec is None:
        return str(method or "–")
    return bilingual(spec.label_ko, spec.label_en, language)


def report_content(project: Any, scenario: Any, result: Any, language: str = "ko",
                   labels: Mapping[str, str] | None = None) -> ReportContent:
    """Word the report of ``scenario`` scored into ``result`` for a reviewer."""
    level = str(getattr(project, "level", ""))
    info = _indicator_info(level)
    notes = _preset_notes(scenario, language)
    recipe = dict(getattr(result, "recipe", {}) or {})
    weights = recipe.get("weights") if isinstance(recipe.get("weights"), Mapping) else {}
    names: dict[str, str] = dict(labels or {})
    crit_text = []
    for c in scenario.criteria:
        ind = c.indicator
        meta = info.get(ind, {})
        label = bilingual(c.label_ko, c.label_en, language) or c.label_ko or c.label_en
        name = label or names.get(ind) or str(meta.get(f"label_{language}") or meta.get("label_ko") or ind)
        names[ind] = name
        weight = float(weights.get(ind, c.weight)) if weights else float(c.weight)
        crit_text.append(CriterionText(
            indicator=ind,
            name=name,
            source=_source_words(meta, language) if meta else "–",
            direction=_words(_DIRECTION, str(c.direction), language),
            standardization=_std_words(c.standardization.method, language),
            weight=weight,
            missing=_words(_MISSING, str(c.missing), language),
            note=notes.get(ind, ""),
        ))
    total = sum(ct.weight for ct in crit_text) or 1.0
    for ct in crit_text:
        ct.weight = ct.weight / total
    excluded = dict(getattr(result, "excluded", {}) or {})
    counts: Counter[str] = Counter()
    for reason in excluded.values():
        for part in str(reason).split("; "):
            counts[part.strip()] += 1
    from smartzone.app.core.labels import reason_words
    from smartzone.scoring.constraints import constraint_label

    rules = []  # every rule, also those that excluded nothing, then the other reasons (missing values)
    for c in scenario.criteria:
        for con in c.constraints:
            label = constraint_label(c.indicator, con)
            rules.append((reason_words(label, names, language), counts.pop(label, 0)))
    rules += sorted(((reason_words(r, names, language), n) for r, n in counts.items()),
                   key=lambda kv: (-kv[1], kv[0]))
    method = str(recipe.get("method_name") if language == "ko" else recipe.get("method_name_en")
                 or recipe.get("method") or scenario.method)
    title = scenario_title(scenario, language)
    return ReportContent(
        title=title, scenario=title, level=level_words(level, language), method=method,
        criteria=crit_text, exclusions=rules,
        n_excluded=len(excluded),
    )


def sensitivity_words(attrs: Mapping[str, Any], language: str = "ko") -> str:
    """What a sensitivity summary is: runs, top-k, what was varied."""
    runs, k = attrs.get("runs"), attrs.get("top_k")
    conc = attrs.get("concentration")
    if runs is None or k is None:
        return ""
    text = QT_TRANSLATE_NOOP(
        "ReportContent",
        "Monte-Carlo weight sensitivity: the weights were redrawn {runs} times from a Dirichlet "
        "distribution centred on the chosen weights (concentration {conc}) and the districts re-scored. "
        "'P(top {k})' is the share of the {runs} runs in which a district ranked in the top {k}; "
        "'rank 90% interval' is the 5th-95th percentile of its rank. Indicator values and "
        "standardisations were not varied.")
    return words(language, "ReportContent", text).format(runs=runs, conc=conc, k=k)


def top_names(frame: Any, codes: Sequence[str]) -> list[str]:
    """Readable names of some districts (시도 prefix kept: "서구" exists in five cities)."""
    by_code = dict(zip(frame["code"].astype(str), frame["name"].astype(str), strict=False))
    return [by_code.get(str(c), str(c)) for c in codes]
