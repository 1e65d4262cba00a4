"""One translation system (issue 10): the ``.ts`` is the one source of every UI and report word.

The Qt shells read the compiled ``.qm``; the core, the CLI and the report read the same ``.ts``
through the Qt-free :mod:`smartzone.app.core.words`. No module of ``app/`` keeps its own
Korean/English table any more, except the listed data labels.
"""
from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from smartzone.app.core.words import translations, ts_path, words

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "smartzone_ko.ts"
DATA = Path(__file__).resolve().parent / "data"
HANGUL = re.compile("[\uac00-\ud7a3]")
LATIN = re.compile("[A-Za-z]{3,}")


def test_words_reads_the_ts_and_falls_back_to_the_english_source() -> None:
    assert ts_path("ko").resolve() == TS.resolve()
    assert words("ko", "Report", "Legend") == "범례"
    assert words("en", "Report", "Legend") == "Legend"
    assert words("ko", "Report", "A text nobody translated") == "A text nobody translated"
    assert words("ko", "NoSuchContext", "Legend") == "Legend"  # the context is part of the key
    assert words("fr", "Report", "Legend") == "Legend"  # no such .ts: the source


def test_bilingual_picks_a_data_label_by_language_or_korean_flag() -> None:
    from smartzone.app.core.labels import bilingual

    assert (bilingual("평균", "Mean", "ko"), bilingual("평균", "Mean", "en")) == ("평균", "Mean")
    assert (bilingual("평균", "Mean", True), bilingual("평균", "Mean", False)) == ("평균", "Mean")


def test_words_agree_with_the_compiled_qm_for_every_entry() -> None:
    """The Qt-free reader and QTranslator give the same word for every message of the .ts."""
    pytest.importorskip("PySide6")
    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    assert tr.load(str(TS.with_suffix(".qm")))
    table = translations("ko")
    assert len(table) > 200
    differ = [(ctx, src) for (ctx, src), ko in table.items() if tr.translate(ctx, src) != ko]
    assert not differ, differ[:10]


def test_the_core_reader_imports_no_qt() -> None:
    """``words`` works with PySide6 and PyQt5 blocked from import (the core's contract)."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'PyQt5', 'shiboken6'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from smartzone.app.core.words import words\n"
        "print(words('ko', 'Report', 'Legend'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "범례"


def test_report_words_are_unchanged_by_the_move_to_the_ts() -> None:
    """The PDF report's words, Korean and English, are those of the tables they replaced
    (``_TEXT`` and ``_HOTSPOT_TEXT`` of app/drawing/report.py, kept in data/report_words_before.json)."""
    from smartzone.app.drawing import report

    before = json.loads((DATA / "report_words_before.json").read_text(encoding="utf-8"))
    for lang in ("ko", "en"):
        text = report._text(lang)  # words added since (the exported files' CRS) are new, not changed
        assert {k: text.get(k) for k in before["text"][lang]} == before["text"][lang]
        assert {k: words(lang, "Report", v) for k, v in report._HOTSPOT_WORDS.items()} == before["hotspot"][lang]


def test_plan_words_are_unchanged_by_the_move_to_the_ts() -> None:
    """The plan report's words, its statuses and PASS/FAIL are those of the tables they replaced
    (``_TEXT`` of app/cli/plan_report.py, ``_STATUS_KO`` and ``_PASS`` of app/core/planning.py)."""
    from smartzone.app.cli import plan_report
    from smartzone.app.core.planning import pass_words, status_words

    before = json.loads((DATA / "plan_words_before.json").read_text(encoding="utf-8"))
    for lang in ("ko", "en"):
        assert {k: words(lang, "PlanReport", v) for k, v in plan_report._WORDS.items()} == before["plan_report"][lang]
        assert (pass_words(True, lang), pass_words(False, lang)) == tuple(before["pass"][lang])
    for status, ko in before["status_ko"].items():
        assert (status_words(status, "ko"), status_words(status, "en")) == (ko, status)
    assert status_words("unknown", "ko") == "unknown"


def test_core_words_are_unchanged_by_the_move_to_the_ts() -> None:
    """Directions, missing-value policies (app/core/report_content.py) and hot-spot legend texts
    (app/core/hotspots.py) are those of the tables they replaced (data/core_words_before.json)."""
    from smartzone.app.core import hotspots, report_content

    before = json.loads((DATA / "core_words_before.json").read_text(encoding="utf-8"))
    for lang in ("ko", "en"):
        for table, name in ((report_content._DIRECTION, "direction"), (report_content._MISSING, "missing")):
            assert {k: report_content._words(table, k, lang) for k in table} == before[name][lang]
        assert {k: hotspots.cluster_words(k, lang) for k in hotspots.CLUSTER_STYLE} == before["clusters"][lang]
        assert hotspots.cluster_categories(lang) == {
            hotspots.CLUSTER_CODES[k]: (before["colours"][k], text) for k, text in before["clusters"][lang].items()}
    assert report_content._words(report_content._MISSING, "new_policy", "ko") == "new_policy"
    from smartzone.app.core import pipeline

    for lang in ("ko", "en"):  # the zonal columns' display names (pipeline.zonal_labels)
        stats = {k: words(lang, "ZonalWords", v) for k, v in pipeline._STAT_LABELS.items()}
        assert stats | {"share": words(lang, "ZonalWords", pipeline._SHARE)} == before["zonal_stats"][lang]
    from smartzone.app.core import classify

    for lang in ("ko", "en"):  # classification schemes and colour ramps of the style controls
        assert {k: words(lang, "Classify", v) for k, v in classify.SCHEMES.items()} == before["schemes"][lang]
        assert {k: words(lang, "Classify", v) for k, v in classify.RAMP_NAMES.items()} == before["ramps"][lang]
        assert {k: words(lang, "Render", v) for k, v in (("no_data", "No data / excluded"), ("score", "Score"))} \
            == before["render"][lang]


def test_zonal_column_names_in_both_languages() -> None:
    """pipeline.zonal_labels words its statistics from the .ts as its table did."""
    from smartzone.app.core import pipeline
    from smartzone.app.core.model.project import Project

    project = Project.demo("sigungu")
    lc = project.layer_by_role("landcover")
    assert lc is not None
    project.set_layer_options(lc.id, zonal={"stats": ["mean", "majority", "fractions"], "prefix": "lc"})
    ko, en = pipeline.zonal_labels(project, True), pipeline.zonal_labels(project, False)
    name = lc.display_name
    assert (ko["lc_mean"], en["lc_mean"]) == (f"{name}: 평균", f"{name}: mean")
    assert (ko["lc_majority"], en["lc_majority"]) == (f"{name}: 최빈 분류", f"{name}: majority class")
    assert ko["lc_frac_13"].endswith(" 비율") and en["lc_frac_13"].endswith(" share")


def test_sensitivity_note_is_unchanged_by_the_move_to_the_ts() -> None:
    """report_content.sensitivity_words: the sentences its Korean and English f-strings wrote."""
    from smartzone.app.core.report_content import sensitivity_words

    attrs = {"runs": 200, "top_k": 10, "concentration": 50.0}
    assert sensitivity_words(attrs, "ko") == (
        "몬테카를로 가중치 민감도: 가중치를 현재 값 중심의 디리클레 분포(집중도 50.0)에서 200회 "
        "무작위로 바꾸어 다시 평가했습니다. '상위 진입 확률'은 200회 중 상위 10위 안에 든 비율, "
        "'순위 90% 구간'은 순위의 5~95 백분위입니다. 지표 값과 표준화는 바꾸지 않았습니다.")
    assert sensitivity_words(attrs, "en") == (
        "Monte-Carlo weight sensitivity: the weights were redrawn 200 times from a Dirichlet "
        "distribution centred on the chosen weights (concentration 50.0) and the districts re-scored. "
        "'P(top 10)' is the share of the 200 runs in which a district ranked in the top 10; "
        "'rank 90% interval' is the 5th-95th percentile of its rank. Indicator values and "
        "standardisations were not varied.")
    assert sensitivity_words({}, "ko") == ""


def _plan_wordings() -> dict[str, list]:
    """rule_name, message_words (every explanation kind) and check_line, in ko and en, on fixed inputs."""
    from types import SimpleNamespace

    from smartzone.app.core import planning as pl
    from smartzone.scoring.planner import PlanRules
    from smartzone.scoring.planner.compliance import RuleCheck
    from smartzone.scoring.planner.model import ShareFloor

    rules_list = [
        PlanRules(budget=30.0, min_spend=12.5, concentration=0.5, district_min=1.25, district_max=4.0, min_districts=3,
                  max_districts=7, floors=(ShareFloor(("climate", "digital_inclusion"), 0.35), ShareFloor(("mobility",), 0.1))),
        PlanRules(budget=5.0),
    ]
    keys = ["budget", "min_spend", "concentration", "district_min", "district_max", "min_districts", "max_districts",
            "eligible", "units", "links", "floor:climate,digital_inclusion", "nope"]
    out = {"rule_name": [], "messages": [], "checks": []}
    for rules in rules_list:
        fkeys = [f.key for f in rules.floors]
        for k in keys + fkeys:
            for lang in ("ko", "en"):
                out["rule_name"].append([k, lang, pl.rule_name(k, rules, lang)])
        P = dict(eligible=12, total=250, budget=30.0, cost=1.5, name_ko="원격 돌봄", name_en="Remote care", solution="remote_care",
                 keys=("budget", "min_districts"), min_spend=12.345, need=7.5, got=3.25, share=0.35,
                 categories=("climate", "digital_inclusion"), shrinking=8, top=11.0, wanted=5, most=3, district_min=2.5)
        kinds = ["no_eligible", "below_cheapest", "budget_alone", "conflict", "min_spend_above_budget", "floor_short",
                 "concentration_short", "min_spend_short", "too_few_eligible", "min_max_districts", "district_min_budget",
                 "cheapest_too_much", "optimal_empty"]
        variants = [P, dict(P, keys=(), eligible=250, name_ko="", name_en="", total=250), dict(P, keys=("budget",), name_ko=None)]
        for kind in kinds:
            for v in variants:
                msg = SimpleNamespace(parts=[(kind, v)])
                out["messages"].append([kind, pl.message_words(msg, rules, "ko")])
        out["messages"].append(["two", pl.message_words(SimpleNamespace(parts=[("conflict", P), ("floor_short", P)]), rules, "ko")])
        out["messages"].append(["unknown", ""])
        for unit in ("억원", "share", "districts"):
            for passed in (True, False):
                for price in (None, 0.0, 12.34):
                    for key in ("budget", "floor:climate,digital_inclusion", "min_districts"):
                        c = RuleCheck(key=key, description=f"desc of {key} 억원", sense=">=", required=0.35 if unit == "share" else 12.5,
                                      achieved=0.4 if unit == "share" else 1234.5, unit=unit, passed=passed, price=price)
                        for lang in ("ko", "en"):
                            out["checks"].append([key, unit, passed, price, lang, pl.check_line(c, rules, lang)])
    return out


def test_plan_explanations_are_unchanged_by_the_move_to_the_ts() -> None:
    """The planner's Korean sentences (app/core/planning.py rule_name, message_words, check_line) as
    their f-strings wrote them (data/plan_explanations_before.json, made before the move)."""
    before = json.loads((DATA / "plan_explanations_before.json").read_text(encoding="utf-8"))
    after = json.loads(json.dumps(_plan_wordings(), ensure_ascii=False))
    for part in before:
        assert len(after[part]) == len(before[part])
        differ = [(b, a) for b, a in zip(before[part], after[part], strict=True) if a != b]
        assert not differ, differ[:3]


# ----------------------------------------------------------------------------- the guard


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _label_name(node: ast.AST) -> str:
    """``label_ko`` of ``c.label_ko``, ``info["label_ko"]``, ``c.get("label_ko")`` or a name ``ko``."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return str(node.slice.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
            and node.args and isinstance(node.args[0], ast.Constant):
        return str(node.args[0].value)
    return ""


def _pair(body: ast.AST, orelse: ast.AST) -> bool:
    """``x_ko`` / ``x_en`` (or ``ko`` / ``en``): a bilingual pair chosen by hand, not by labels.bilingual."""
    a, b = _label_name(body), _label_name(orelse)
    return (a.endswith("_ko") and b == a[:-3] + "_en") or (a, b) == ("ko", "en")


def language_tables(source: str) -> list[tuple[int, str]]:
    """Korean/English word tables kept beside the .ts: ``{"ko": ..., "en": ...}``,
    ``(id, "한국어", "English")`` tuples, ``"한국어" if lang == "ko" else "English"``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if k is not None and _is_str(k)]
            if {"ko", "en"} <= set(keys):
                found.append((node.lineno, '{"ko": ..., "en": ...}'))
            elif len(keys) >= 2 and len(keys) == len(node.values) and all(not HANGUL.search(k) for k in keys) \
                    and all(_is_str(v) and HANGUL.search(v.value) for v in node.values):  # type: ignore[attr-defined]
                found.append((node.lineno, '{"English": "Korean"}'))
        elif isinstance(node, ast.Tuple):
            texts = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if any(HANGUL.search(t) for t in texts) and any(LATIN.search(t) and not HANGUL.search(t) for t in texts):
                found.append((node.lineno, "(id, Korean, English)"))
        elif isinstance(node, ast.IfExp) and _pair(node.body, node.orelse):
            found.append((node.lineno, "label_ko if ko else label_en"))
        elif isinstance(node, ast.IfExp) \
                and any(_is_str(n) and n.value in ("ko", "en") for n in ast.walk(node.test)) \
                and _is_str(node.body) and _is_str(node.orelse) \
                and any(HANGUL.search(n.value) for n in (node.body, node.orelse)):  # type: ignore[attr-defined]
            found.append((node.lineno, "Korean if ko else English"))
    return sorted(found)


def _owner(tree: ast.Module, line: int) -> str:
    """The module-level name (assignment, function or class) whose lines hold ``line``."""
    for node in tree.body:
        if node.lineno <= line <= (node.end_lineno or node.lineno):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                return node.name
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                return node.targets[0].id
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                return node.target.id
    return "?"


def found_tables() -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("app/qgis/"):  # the PyQt5 plugin has its own .ts (app/qgis/build.py)
            continue
        if rel == "app/core/labels.py":  # the one data-label helper (bilingual, UNITS_KO ...)
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for line, _what in language_tables(source):
            out.setdefault((rel, _owner(tree, line)), []).append(line)
    return out


#: Data labels: names that come with the data (levels, district classes), worded through
#: app/core/labels.py, and the language menu's own names. They stay where they are.
DATA_LABELS = {
    ("app/core/levels.py", "LEVEL_LABELS"): "levels, worded by labels.level_words",
    ("app/drawing/i18n.py", "LANGUAGES"): "each language's name in itself (the language menu)",
    ("app/drawing/i18n.py", "_LOCALES"): "the number locale of each language",
    # words accepted in the user's input (column names, rule syntax), not words shown
    ("app/core/candidate_import.py", "SCORE_FIELDS"): "score column names recognised on import",
    ("app/core/candidate_import.py", "RANK_FIELDS"): "rank column names recognised on import",
    ("app/core/planning.py", "_SCORE_WORDS"): "'score'/'점수' accepted in plan rules",
    ("app/core/planning.py", "_TOP_WORDS"): "'top:'/'상위:' accepted in plan rules",
}

#: Tables not yet moved to the .ts (issue 10): this list only shrinks. Moving one means
#: listing its English texts with QT_TRANSLATE_NOOP, wording them with
#: smartzone.app.core.words.words (or tr() in a widget) and adding the Korean to the .ts.
NOT_YET_MOVED: set[tuple[str, str]] = set()


def test_the_guard_finds_each_kind_of_table() -> None:
    src = ('T = {"ko": {"a": "가"}, "en": {"a": "A"}}\n'
           'S = (("mean", "평균", "Mean"),)\n'
           'w = "평균" if lang == "ko" else "Mean"\n'
           'K = {"optimal": "최적 계획", "empty": "빈 계획"}\n'
           'n = c.label_ko if ko else c.label_en\n'
           'ok = words(lang, "Report", "Mean")\n')
    assert [w for _l, w in language_tables(src)] == ['{"ko": ..., "en": ...}', "(id, Korean, English)",
                                                     "Korean if ko else English", '{"English": "Korean"}',
                                                     "label_ko if ko else label_en"]


def test_no_korean_english_table_outside_the_ts() -> None:
    found = found_tables()
    new = {k: v for k, v in found.items() if k not in DATA_LABELS and k not in NOT_YET_MOVED}
    assert not new, ("Korean/English words kept outside resources/i18n/*.ts: list the English with "
                     f"QT_TRANSLATE_NOOP and word it with smartzone.app.core.words.words: {new}")
    gone = (set(DATA_LABELS) | NOT_YET_MOVED) - set(found)
    assert not gone, f"moved or removed: take them off the lists in this test: {sorted(gone)}"


def test_the_installer_bundles_the_ts() -> None:
    """The frozen app reads the report's and the core's words from the .ts: the bundle keeps it."""
    spec = (ROOT / "installer" / "smartzone.spec").read_text(encoding="utf-8")
    skipped = re.search(r"path\.suffix in (\{[^}]*\})", spec)
    assert skipped, "the resources loop of installer/smartzone.spec changed: check it still bundles *.ts"
    assert ".ts" not in ast.literal_eval(skipped.group(1))


@pytest.mark.gui
def test_zonal_dialog_names_its_statistics_in_the_ui_language(window) -> None:
    """STAT_CHOICES keeps the English; the check boxes show it translated (context ZonalDialog)."""
    from smartzone.app.drawing import i18n

    before = json.loads((DATA / "core_words_before.json").read_text(encoding="utf-8"))["zonal_dialog"]

    def shown() -> dict[str, str]:
        dlg = window.show_zonal_dialog()
        try:
            return {sid: cb.text() for sid, cb in dlg.stat_checks.items()}
        finally:
            dlg.reject()

    assert shown() == before["en"]
    i18n.install_translator("ko")
    try:
        assert shown() == before["ko"]
    finally:
        i18n.install_translator("en")
