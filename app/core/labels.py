"""Data labels in the user's language: the one helper for names that come with the data.

UI texts go through Qt's ``tr()`` and ``resources/i18n/smartzone_ko.ts``; the
names that come with the data (indicator names and units from the demo
metadata, preset names, levels) are worded here, for the app, the report and
the command line alike. Qt-free.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, TypeVar

_T = TypeVar("_T")

__all__ = [
    "UNITS_KO", "bilingual", "category_label", "indicator_caption", "indicator_facts", "indicator_units", "indicator_year", "level_words",
    "name_with_year", "reason_words", "scenario_title", "score_years", "year_span",
]

def bilingual(ko: _T, en: _T, language: str | bool) -> _T:
    """The Korean or the English of a data label declared in both (``label_ko``/``label_en``,
    ``name_ko``/``name_en``): ``ko`` for ``language`` ``"ko"`` (or True, the Korean UI), else ``en``.

    The one place a bilingual pair from the data or a declaration is chosen; UI words go
    through the ``.ts`` instead (:mod:`smartzone.app.core.words`).
    """
    korean = language == "ko" if isinstance(language, str) else bool(language)
    return ko if korean else en


def category_label(category: str, language: str | bool) -> str:
    """A solution category's name (``"climate"`` -> ``"기후위기 대응"`` / ``"Climate crisis response"``)
    from the planner's ``CATEGORY_LABELS``; an unknown category is returned as is."""
    from smartzone.scoring.planner import CATEGORY_LABELS

    ko, en = CATEGORY_LABELS.get(category, (category, category))
    return bilingual(ko, en, language)


#: Korean for the units of the demo metadata (which states them in English).
UNITS_KO = {
    "persons": "명",
    "%": "%",
    "% per year": "%/년",
    "persons/km²": "명/km²",
    "households": "가구",
    "persons/household": "명/가구",
    "% of households": "가구 중 %",
    "% of population": "인구 중 %",
    "% of housing units": "주택 중 %",
    "per 1,000 persons": "인구 천 명당",
    "deaths per 1,000 persons": "인구 천 명당 사망자",
    "% of dwellings": "주택 중 %",
    "million KRW per person": "1인당 백만 원",
    "% of gross value added": "총부가가치 중 %",
    "births per woman": "여성 1명당 출생아",
    "fraction (0-1)": "비율 (0-1)",
}


@lru_cache(maxsize=8)
def _info(level: str) -> dict[str, dict[str, Any]]:
    try:
        from smartzone.resources import demo_data

        return {str(d["id"]): d for d in demo_data.indicator_info(level)}
    except Exception:  # no demo metadata for this data (user files): no units or years
        return {}


def indicator_units(level: str, language: str = "en") -> dict[str, str]:
    """Indicator id -> unit from the demo metadata, in ``language`` (empty for user data)."""
    units = {k: str(d.get("unit", "")) for k, d in _info(level).items()}
    return {k: UNITS_KO.get(u, u) for k, u in units.items()} if language == "ko" else units


def indicator_year(indicator: str, level: str) -> str:
    """``"2020"`` or ``"2010–2020"``: the year(s) of an indicator's data ('' for user data)."""
    years = [str(y) for y in (_info(level).get(indicator) or {}).get("years") or []]
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else "")


def year_span(years: list[str] | tuple[str, ...]) -> str:
    """``["2019", "2020–2025"]`` -> ``"2019–2025"``: first to last year of several indicators' data."""
    every = sorted({y for span in years for y in str(span).split("–") if y})
    return f"{every[0]}–{every[-1]}" if len(every) > 1 else (every[0] if every else "")


def score_years(recipe: Any, level: str | None) -> str:
    """``"2019–2025"``: the first to last year of the data a score combines, from the criteria of
    its recipe (``ScoreResult.recipe``) at ``level`` ('' for user data or no recipe). Legends of
    the score, the results header and the report say it alike."""
    criteria = recipe.get("criteria") if isinstance(recipe, dict) else None
    if not level or not isinstance(criteria, list):
        return ""
    return year_span([indicator_year(str(c.get("indicator", "")), level)
                      for c in criteria if isinstance(c, dict) and c.get("indicator")])


def name_with_year(name: str, indicator: str, level: str) -> str:
    """``"인구밀도"`` -> ``"인구밀도 (2025)"``; unchanged when the name already shows its years
    (``"총인구 (2025)"``, ``"… 2020→2025"``) or the data have none (user files)."""
    year = indicator_year(indicator, level)
    if not year or all(y in name for y in year.split("–")):
        return name
    return f"{name} ({year})"


def indicator_facts(indicators: list[str], level: str) -> list[dict[str, Any]]:
    """Per indicator with demo metadata: id, Korean and English label, unit and year (for exports)."""
    out = []
    for ind in indicators:
        d = _info(level).get(ind)
        if d:
            out.append({"indicator": ind, "label_ko": d.get("label_ko", ""), "label_en": d.get("label_en", ""),
                        "unit": str(d.get("unit", "")), "year": indicator_year(ind, level)})
    return out


def indicator_caption(indicator: str, name: str, level: str, language: str = "en") -> str:
    """``"인구밀도 (명/km², 2020)"``: a legend title with the unit and the year(s) of the data."""
    d = _info(level).get(indicator)
    if not d:
        return name
    unit = str(d.get("unit", ""))
    unit = UNITS_KO.get(unit, unit) if language == "ko" else unit
    when = indicator_year(indicator, level)
    extra = ", ".join(p for p in (unit, when) if p)
    return f"{name} ({extra})" if extra else name


def level_words(level: str, language: str = "ko") -> str:
    """``"시군구"`` / ``"읍면동"`` (Korean) or ``"Municipalities (si/gun/gu)"`` (English: no Korean)."""
    from smartzone.app.core.levels import LEVEL_LABELS, LEVEL_ROMANISED

    ko, en = LEVEL_LABELS.get(level, (level, level))
    if language == "ko":
        return ko
    romanised = LEVEL_ROMANISED.get(level)
    head = en[:1].upper() + en[1:]
    return f"{head} ({romanised})" if romanised else head


@lru_cache(maxsize=16)
def _preset_names(preset_id: str) -> tuple[str, str] | None:
    try:
        from smartzone.app.core.model.presets import load_preset

        p = load_preset(preset_id)
    except Exception:  # unknown or broken preset: the scenario's own name is shown
        return None
    return p.name_ko, p.name_en


def scenario_title(scenario: Any, language: str = "ko") -> str:
    """The scenario's own name; for a scenario made from a preset, the preset's
    Korean or English name (``"industry-hub (2)"`` -> ``"스마트도시 특화단지 (산업 거점) (2)"``)."""
    name = str(scenario.name)
    preset = getattr(scenario, "preset", None)
    names = _preset_names(str(preset)) if preset else None
    if not names or not (name == preset or name.startswith(f"{preset} (")):
        return name
    ko, en = names
    return (bilingual(ko, en, language) or ko or en or name) + name[len(str(preset)):]


_HANGUL = re.compile("[\uac00-\ud7a3]")
_MISSING_REASON = re.compile(r"^missing value in (?P<ind>.+) \(policy: exclude\)$")


def _one_language(text: str, language: str) -> str:
    """``"too small for a zone / 인구 1천 명 미만"`` -> the half in ``language`` (presets word their
    reasons in both, English first); a text in one language is kept as it is."""
    parts = [p.strip() for p in text.split(" / ")]
    if len(parts) < 2:
        return text
    korean = [p for p in parts if _HANGUL.search(p)]
    other = [p for p in parts if not _HANGUL.search(p)]
    if language == "ko" and korean:
        return " / ".join(korean)
    if language != "ko" and other:
        return " / ".join(other)
    return text


def one_language(text: str, language: str) -> str:
    """A preset's reason worded in both languages (``"too small / 인구 1천 명 미만"``): the half in
    ``language``; a reason in one language is returned as it is (the constraint editor shows it)."""
    return _one_language(text, language)


def reason_words(reason: Any, names: dict[str, str] | None = None, language: str = "ko") -> str:
    """An exclusion reason of the engine worded for a reader: indicator ids replaced by their names,
    the preset's bilingual reason in ``language``, the missing-value reason worded.

    ``"pop_2020 < 1,000 (fewer than 1,000 residents / 인구 1천 명 미만)"`` ->
    ``"총인구 (2020) < 1,000 (인구 1천 명 미만)"``; several reasons (``"; "``) are worded each.
    """
    names = names or {}
    out = []
    for part in str(reason or "").split("; "):
        part = part.strip()
        if not part:
            continue
        missing = _MISSING_REASON.match(part)
        if missing:
            ind = missing.group("ind")
            name = names.get(ind, ind)
            out.append(f"{name} 값 없음 (결측 처리: 제외)" if language == "ko"
                       else f"no value for {name} (missing values: exclude)")
            continue
        head, rest = "", part
        for ind in sorted(names, key=len, reverse=True):
            if part.startswith(ind + " ") or part.startswith(ind + ":") or part == ind:
                head, rest = names[ind], part[len(ind):]
                break
        open_at = rest.find(" (")  # the rule, then the preset's reason in parentheses
        if open_at >= 0 and rest.endswith(")"):
            rest = rest[:open_at] + " (" + _one_language(rest[open_at + 2:-1], language) + ")"
        out.append(head + rest)
    return "; ".join(out)
