"""The planner's explanations (no plan, an empty plan) in the UI's and the report's language (issue 14 §3).

The engine words them in English for the command line; each sentence also carries its kind and
numbers (:class:`~smartzone.scoring.planner.explain.Explanation`), and
:func:`smartzone.app.core.planning.message_words` words them again: Korean with 억원, English
with the English UI's "100M KRW".
"""

from __future__ import annotations

import copy
import pickle
import re

import numpy as np
import pytest

from smartzone.app.core.planning import message_words
from smartzone.scoring.planner import (
    Catalogue,
    Planner,
    PlanProblem,
    PlanRules,
    ShareFloor,
    Solution,
)

_HANGUL = re.compile("[\uac00-\ud7a3]")
_ENGLISH = re.compile(r"[A-Za-z]{3,}")


def _cat(costs, cats) -> Catalogue:
    return Catalogue(
        tuple(
            Solution(f"s{i}", f"솔루션{i}", f"solution {i}", k, c, 1.0)
            for i, (c, k) in enumerate(zip(costs, cats, strict=True))
        )
    )


def _korean_only(text: str) -> None:
    assert _HANGUL.search(text), text
    assert not _ENGLISH.findall(text), text


def test_conflicting_rules_are_explained_in_korean() -> None:
    cat = _cat([0.7, 3.0, 1.0], ["climate", "mobility", "safety"])
    problem = PlanProblem(
        ["11010", "11020", "11030", "11040", "11050"], [np.nan, 50, 60, 70, np.nan], cat
    )
    result = Planner().solve(problem, PlanRules(budget=20.0, min_spend=10.0))
    assert result.status == "infeasible"
    assert [kind for kind, _ in result.message.parts] == ["conflict", "floor_short"]
    ko = message_words(result.message, result.rules, "ko")
    _korean_only(ko)
    assert "기후위기 대응 또는 디지털 포용 최소 비중 35 %" in ko and "최소 집행액 10 억원" in ko, ko
    assert (
        "3.5 억원 이상" in ko and "2.1 억원뿐" in ko and "선정 가능한 지역 3곳 (전체 5곳 중)" in ko
    ), ko
    en = message_words(result.message, result.rules, "en")
    assert "억원" not in en and "at least 3.5 100M KRW" in en and not _HANGUL.search(en), en
    # the command line's English is unchanged, and copies keep the parts
    assert "the minimum spend of 10 억원" in result.message
    assert pickle.loads(pickle.dumps(result.message)).parts == copy.copy(result.message).parts


@pytest.mark.parametrize(
    ("rules", "words"),
    [
        (PlanRules(budget=5.0, min_spend=6.0), "최소 집행액 6 억원이 예산 5 억원보다 큽니다"),
        (
            PlanRules(budget=10.0, min_districts=3),
            "선정 가능한 지역은 2곳으로, 지원할 3곳보다 적습니다",
        ),
        (PlanRules(budget=0.5), "가장 저렴한 솔루션인 솔루션0 (1 억원)보다 적어 빈 계획입니다"),
        (
            PlanRules(budget=10.0, min_spend=10.0, max_districts=1),
            "억원으로, 최소 집행액 10 억원보다 적습니다",
        ),
        (
            PlanRules(budget=5, min_spend=5, floors=(ShareFloor(("climate",), 0.9),)),
            "이 규칙 중 하나만 빼도",
        ),
    ],
)
def test_each_explanation_is_korean(rules: PlanRules, words: str) -> None:
    cat = _cat([1.0, 2.0], ["climate", "mobility"])
    problem = PlanProblem(["11010", "11020", "11030"], [10.0, np.nan, 30.0], cat)
    result = Planner().solve(problem, rules)
    assert result.status in ("infeasible", "empty")
    ko = message_words(result.message, result.rules, "ko")
    _korean_only(ko.replace("솔루션0", ""))
    assert words in ko, ko


def test_a_plain_message_is_shown_as_it_is() -> None:
    """A result read back from JSON has no parts: its English words, not an error."""
    rules = PlanRules(budget=5.0)
    assert message_words("optimal plan", rules, "ko") == "optimal plan"
    assert message_words("budget of 5 억원", rules, "en") == "budget of 5 100M KRW"


@pytest.mark.gui
def test_plan_panel_explains_no_plan_in_korean(qtbot) -> None:
    """The panel showed the engine's English explanation in the Korean UI."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.plan_panel import PlanPanel
    from smartzone.app.gui.widgets.session import AppSession

    session = AppSession(Project.demo(level="sigungu", preset="shrinking-city"))
    assert session.wait_loaded(120)
    qtbot.waitUntil(lambda: session.result is not None, timeout=60_000)
    panel = PlanPanel(session)
    qtbot.addWidget(panel)
    cat = _cat([1.0], ["climate"])
    problem = PlanProblem(["11010"], [50.0], cat)
    result = Planner(prices=False, greedy=False).solve(
        problem, PlanRules(budget=5.0, min_spend=6.0)
    )
    assert i18n.install_translator("ko")
    try:
        panel.show_result(result)
        text = panel.summary.text()
    finally:
        i18n.install_translator("en")
    assert "최소 집행액 6 억원이 예산 5 억원보다 큽니다" in text, text
    assert "minimum spend" not in text and "above the budget" not in text, text


def test_shrinking_districts_by_indicator_name_or_in_korean() -> None:
    """The shrinking-districts field takes an indicator by its display name, 점수 and 상위:N too."""
    import pandas as pd

    from smartzone.app.core.planning import shrinking_flags

    frame = pd.DataFrame({"code": ["1", "2", "3"], "name": ["가", "나", "다"], "score": [90.0, 50.0, 70.0]})
    matrix = pd.DataFrame({"pop_change_2010_2020": [-1.0, 2.0, -0.5]}, index=["1", "2", "3"])
    labels = {"pop_change_2010_2020": "인구 증감률 2010→2020"}
    by_id, _ = shrinking_flags("pop_change_2010_2020<0", frame, matrix, labels)
    by_name, _ = shrinking_flags("인구 증감률 2010→2020 < 0", frame, matrix, labels)
    assert by_id.tolist() == by_name.tolist() == [True, False, True]
    assert shrinking_flags("상위:2", frame, matrix)[0].tolist() == shrinking_flags("top:2", frame, matrix)[0].tolist()
    assert shrinking_flags("점수>=60", frame, matrix)[0].tolist() == [True, False, True]


@pytest.mark.gui
def test_shrinking_field_example_names_the_indicator(qtbot) -> None:
    """The field's placeholder showed the raw id ``pop_change_2010_2020`` in the Korean UI."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.plan_panel import PlanPanel
    from smartzone.app.gui.widgets.session import AppSession

    session = AppSession(Project.demo(level="sigungu", preset="shrinking-city"))
    assert i18n.install_translator("ko")
    try:
        panel = PlanPanel(session)
        qtbot.addWidget(panel)
        text = panel.shrinking.placeholderText()
    finally:
        i18n.install_translator("en")
    assert text == "예: 상위:60, 점수>=60, 인구 증감률 2010→2020<0", text
    english = PlanPanel(session)
    qtbot.addWidget(english)
    assert english.shrinking.placeholderText() == "e.g. top:60, score>=60, Population change 2010→2020<0"
