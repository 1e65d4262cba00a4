"""The scoring engine's errors a user reaches from the app or the command line, in the Korean UI
(issue 14 §3): weights and weighting methods, AHP matrices and expert panels, standardisation
parameters, reclass tables, exclusion rules, Locate Regions limits and sensitivity settings.

Each error is raised by the real code from real input (the project model, the engine's API as the
app and the CLI call it, expert matrix files); it carries a ``key`` and is worded in Korean without
"원문:", and in English without Korean, while ``str(exc)`` (what the command line prints) stays the
engine's English message.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from smartzone.app.drawing.error_words import error_text
from smartzone.scoring.errors import SmartZoneError

_HANGUL = re.compile("[\uac00-\ud7a3]")


def _raised(call: Callable[[], Any]) -> SmartZoneError:
    with pytest.raises(SmartZoneError) as info:
        call()
    return info.value


def _check(exc: SmartZoneError, key: str, ko_words: tuple[str, ...], english: str) -> None:
    assert exc.key == key, (exc.key, str(exc))
    ko = error_text(exc, "ko")
    assert "원문" not in ko and all(w in ko for w in ko_words), (key, ko_words, ko)
    # the Korean sentence is Korean: few Latin words left once ids, quoted values and lists are removed
    rest = re.sub(r"'[^']*'|\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|[A-Za-z_]+\d+\w*|[a-z]+_[a-z_]+", "", ko)
    assert not re.search(r"\b(must|the|not|is|are|need|Use|Give|weights?|matrix)\b", rest), (key, ko)
    en = error_text(exc, "en")
    assert en and not _HANGUL.search(re.sub(r"'[^']*'", "", en)), (key, en)
    assert english in str(exc), (key, str(exc))  # the command line's English, unchanged


def _matrix() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    return pd.DataFrame({"pop": rng.uniform(1, 100, 30), "jobs": rng.uniform(-5, 50, 30),
                         "lc": rng.choice([110.0, 210.0, 310.0], 30)},
                        index=[f"{11010 + i}" for i in range(30)])


def test_weights_and_weighting_methods_are_korean(qapp) -> None:
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.core.weighting import derived_weights
    from smartzone.scoring.model import Criterion
    from smartzone.scoring.weights import compute_weights, normalize_weights, rank_weights

    project = Project.demo("sigungu")
    project.set_weights(dict.fromkeys(project.scenario.indicators, 0.0))
    _check(_raised(lambda: run_scenario(project, project.scenario.name)), "weights_all_zero",
           ("모든 가중치가 0입니다",), "all weights are zero")
    crit = [Criterion("pop"), Criterion("jobs")]
    _check(_raised(lambda: derived_weights(_matrix(), crit, "entropy")), "entropy_negative",
           ("jobs에 음수가 있습니다", "CRITIC"), "entropy weights on the raw values need non-negative")
    _check(_raised(lambda: normalize_weights([1.0, -2.0], names=["pop", "jobs"])), "weight_negative",
           ("기준 'jobs'의 가중치가 -2입니다",), "must be >= 0")
    # a criterion of the demo data is named by its label, not its id
    _check(_raised(lambda: normalize_weights([1.0, -0.5], names=["companies_per_1000", "pop_2020"])),
           "weight_negative", ("기준 '총인구 (2020)'의 가중치가 -0.5입니다",), "'pop_2020' must be >= 0")
    _check(_raised(lambda: normalize_weights([1.0], names=["pop", "jobs"])), "weights_count",
           ("기준은 2개인데 가중치는 1개입니다",), "got 1 weights for 2 criteria")
    _check(_raised(lambda: compute_weights("swing")), "weighting_unknown",
           ("알 수 없는 가중치 방법 'swing'",), "unknown weighting method 'swing'")
    _check(_raised(lambda: rank_weights([1, 2], method="borda")), "param_choice",  # type: ignore[arg-type]
           ("순위 가중 방법", "roc"), "rank method must be")
    _check(_raised(lambda: rank_weights([1, float("nan")])), "ranks_invalid", ("순위",), "ranks must be finite")


def test_ahp_matrices_and_expert_panels_are_korean(tmp_path: Path, qapp) -> None:
    from smartzone.app.core.ahp_io import read_expert_matrices
    from smartzone.scoring.ahp import ahp_analysis, group_ahp

    labels = ["pop", "jobs", "lc"]
    _check(_raised(lambda: ahp_analysis([[1, 3, 5], [3, 1, 2], [0.2, 0.5, 1]], labels=labels)),
           "ahp_not_reciprocal", ("1행(pop), 2열(jobs)", "역수 관계가 아닙니다"), "is not reciprocal at row 1 (pop)")
    _check(_raised(lambda: ahp_analysis([[1, 1e9, 5], [1e-9, 1, 2], [0.2, 0.5, 1]], labels=labels)),
           "ahp_off_scale", ("Saaty 척도",), "Saaty's 1/9 .. 9 scale")
    _check(_raised(lambda: ahp_analysis([[1, -3], [-1 / 3, 1]])), "ahp_not_positive",
           ("1행(C1), 2열(C2)", "양수"), "comparisons must be positive")
    nan = float("nan")
    linked = [[1, 2, nan, nan], [0.5, 1, nan, nan], [nan, nan, 1, 3], [nan, nan, 1 / 3, 1]]
    _check(_raised(lambda: ahp_analysis(linked)), "ahp_not_linked", ("서로 한 번도 비교되지 않습니다",),
           "do not link all criteria")
    _check(_raised(lambda: ahp_analysis([[1, 2, 3], [0.5, 1, 2]])), "ahp_not_square", ("정방행렬이 아닙니다",),
           "must be square")

    # an expert panel imported from files, as the AHP editor does
    (tmp_path / "전문가1.csv").write_text(",pop,jobs,lc\npop,1,3,5\njobs,1/3,1,2\nlc,1/5,1/2,1\n", encoding="utf-8")
    (tmp_path / "전문가2.csv").write_text(",pop,jobs,area\npop,1,2,4\njobs,1/2,1,2\narea,1/4,1/2,1\n",
                                       encoding="utf-8")
    (tmp_path / "전문가3.csv").write_text(",pop,jobs,lc\npop,1,3,5\njobs,3,1,2\nlc,1/5,1/2,1\n", encoding="utf-8")
    panel = read_expert_matrices([tmp_path / "전문가1.csv", tmp_path / "전문가2.csv"])
    _check(_raised(lambda: group_ahp(panel)), "ahp_experts_differ", ("전문가 2은(는) 기준",),
           "expert 2: criteria")
    panel = read_expert_matrices([tmp_path / "전문가1.csv", tmp_path / "전문가3.csv"])
    _check(_raised(lambda: group_ahp(panel, method="aip")), "ahp_not_reciprocal", ("전문가 2: 1행(pop), 2열(jobs)", "역수 관계가 아닙니다"),
           "expert 2: matrix is not reciprocal")
    panel = read_expert_matrices([tmp_path / "전문가1.csv", tmp_path / "전문가1.csv"])
    _check(_raised(lambda: group_ahp(panel, method="geo")), "param_choice",  # type: ignore[arg-type]
           ("방법", "aij"), "method must be 'aij' or 'aip'")
    _check(_raised(lambda: group_ahp(panel, expert_weights=[1, -1])), "ahp_expert_weights",
           ("전문가 가중치",), "expert_weights must be non-negative")
    _check(_raised(lambda: group_ahp([])), "ahp_no_experts", ("전문가 행렬이 없습니다",), "matrices is empty")


def test_standardisation_parameters_and_reclass_tables_are_korean(qapp) -> None:
    """Criteria as the Criteria panel and the presets build them, scored with the engine."""
    from smartzone.scoring.model import Constraint, Criterion, Standardization
    from smartzone.scoring.prepare import prepare

    def bad(std: Standardization, **kw: Any) -> SmartZoneError:
        return _raised(lambda: prepare(_matrix(), [Criterion("pop", standardization=std, **kw), Criterion("lc")]))

    for std, key, words, english in [
        (Standardization("fuzzy_large", {"midpoint": "가운데"}), "param_not_number",
         ("기준 'pop': ", "숫자여야 하는데"), "criterion pop: fuzzy_large.midpoint must be a number"),
        (Standardization("minmax", {"colour": 3}), "param_unknown", ("매개변수 'colour'을(를) 받지 않습니다",),
         "unknown parameter(s) 'colour'"),
        (Standardization("sigmoid"), "standardization_unknown", ("알 수 없는 표준화 방법 'sigmoid'",),
         "unknown standardization 'sigmoid'"),
        (Standardization("reclass", {"ranges": [[0, 50, 1.0], [40, 100, 0.5]]}), "reclass_overlap",
         ("재분류 구간이 겹칩니다",), "ranges overlap"),
        (Standardization("reclass", {"ranges": [[50, 0, 1.0]]}), "reclass_low_high",
         ("재분류 표 1행의 하한(50)은 상한(0)보다 작아야 합니다",), "low (50) must be less than high (0)"),
        (Standardization("reclass", {"ranges": [[0, 50, 3.0]]}), "reclass_score",
         ("재분류 표 1행의 점수는 0부터 1까지의 숫자여야 하는데 3.0입니다",), "range row 1 score must be between 0 and 1"),
        (Standardization("reclass", {"ranges": []}), "reclass_no_ranges", ("재분류 표에 행이 없습니다",),
         "ranges must be a non-empty list"),
        (Standardization("categorical", {"mapping": {"숲": 1.0}}), "reclass_class_code",
         ("숫자 코드가 아닙니다",), "is not a numeric code"),
    ]:
        _check(bad(std), key, words, english)
    exc = _raised(lambda: prepare(_matrix(), [Criterion("pop", constraints=(Constraint("~", 3),))]))  # type: ignore[arg-type]
    _check(exc, "constraint_operator", ("기준 'pop': ", "제외 조건의 연산자"), "operator must be one of")
    exc = _raised(lambda: prepare(_matrix(), [Criterion("pop", direction="up")]))  # type: ignore[arg-type]
    _check(exc, "direction", ("편익", "'up'"), "direction must be 'benefit' or 'cost'")
    exc = _raised(lambda: prepare(_matrix(), [Criterion("pop"), Criterion("gdp")]))
    _check(exc, "criteria_unknown_indicator", ("지표 gdp이(가) 자료에 없습니다",), "unknown indicator(s): gdp")
    exc = _raised(lambda: prepare(_matrix().assign(pop="많음"), [Criterion("pop")]))
    _check(exc, "column_not_numeric", ("지표 'pop'은(는) 숫자가 아닙니다",), "column pop is not numeric")
    exc = _raised(lambda: prepare(_matrix().assign(pop=-1.0), [Criterion("pop", standardization=Standardization(
        "ratio"))]))
    _check(exc, "ratio_not_positive", ("비율 표준화는",), "the ratio standardisation divides")


def test_regions_and_sensitivity_settings_are_korean(qapp) -> None:
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.core.regions import RegionOptions, find_regions
    from smartzone.app.core.weighting import one_at_a_time_rows
    from smartzone.scoring.model import Criterion
    from smartzone.scoring.sensitivity import monte_carlo

    project = Project.demo("sigungu")
    run = run_scenario(project, project.scenario.name)
    frame = run.frame()
    _check(_raised(lambda: find_regions(run, frame, RegionOptions(k=12))), "regions_count",
           ("권역 수는 1부터 10까지의 정수여야 하는데 12입니다",), "k (number of regions) must be an integer")
    _check(_raised(lambda: find_regions(run, frame, RegionOptions(min_size=4, max_size=2))), "regions_sizes",
           ("최소 4, 최대 2",), "need 1 <= min_size <= max_size")
    _check(_raised(lambda: find_regions(run, frame, RegionOptions(k=10, min_size=40, max_size=40))),
           "regions_too_few_districts", ("권역 10개에는 400곳이 필요합니다",), "regions of at least 40 need 400")

    crit = [Criterion("pop"), Criterion("lc")]
    _check(_raised(lambda: one_at_a_time_rows(_matrix(), crit, "wlc", {}, steps=1)), "sensitivity_setting",
           ("'단계 수'은(는) 2 이상의 정수여야 하는데 1입니다",), "'steps' parameter of one_at_a_time")
    _check(_raised(lambda: one_at_a_time_rows(_matrix(), crit, "fuzzy_and", {})), "sensitivity_unweighted",
           ("기준 가중치를 쓰지 않아",), "does not use criterion weights")
    from smartzone.app.core.scoring import scoring_session

    session = scoring_session(_matrix(), crit, "wlc")
    _check(_raised(lambda: monte_carlo(session, n_runs=0)), "sensitivity_setting", ("'실행 횟수'은(는) 1 이상의 정수",),
           "'n_runs' parameter of monte_carlo")
    _check(_raised(lambda: monte_carlo(session, concentration=-1.0)), "sensitivity_setting",
           ("0보다 큰 숫자여야",), "'concentration' parameter")


def test_expert_matrix_files_are_korean(tmp_path: Path, qapp) -> None:
    """The AHP editor's import of an expert panel: a bad cell, a matrix that is not square."""
    from smartzone.app.core.ahp_io import read_expert_matrices

    bad = tmp_path / "전문가.csv"
    bad.write_text(",pop,jobs\npop,1,많이\njobs,1/3,1\n", encoding="utf-8")
    _check(_raised(lambda: read_expert_matrices([bad])), "expert_matrix_cell",
           ("'전문가.csv', 'pop'행 'jobs'열: '많이'은(는) 판단값이 아닙니다",), "is not a judgement")
    bad.write_text(",pop,jobs,lc\npop,1,3,5\njobs,1/3,1,2\n", encoding="utf-8")
    _check(_raised(lambda: read_expert_matrices([bad])), "expert_matrix_not_square", ("2행 3열입니다",),
           "2 rows but 3 columns")
    _check(_raised(lambda: read_expert_matrices([])), "ahp_no_experts", ("전문가 행렬이 없습니다",),
           "No expert matrices")


def test_methods_grids_hot_spots_and_plans_are_korean(qapp) -> None:
    """Scoring methods and their parameters, a grid's criteria, hot-spot settings, a plan's amounts."""
    from smartzone.app.core.hotspots import HotspotOptions, hotspots_of
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.scoring.grid import GridPlan
    from smartzone.scoring.model import Criterion, Standardization
    from smartzone.scoring.planner.model import PlanRules, Solution
    from smartzone.scoring.transform import logarithm

    project = Project.demo("sigungu")
    project.set_method("wlc", {"exponent": 2})
    _check(_raised(lambda: run_scenario(project, project.scenario.name)), "scorer_param_unknown",
           ("평가 방법 'wlc'에는 매개변수 'exponent'이(가) 없습니다",), "Unknown parameter 'exponent'")
    project = Project.demo("sigungu")
    project.set_method("electre")
    _check(_raised(lambda: run_scenario(project, project.scenario.name)), "method_unknown",
           ("알 수 없는 평가 방법 'electre'",), "Unknown scoring method 'electre'")
    project = Project.demo("sigungu")
    project.set_method("promethee2", {"preference": "linear", "q": 0.5, "p": 0.2})
    _check(_raised(lambda: run_scenario(project, project.scenario.name)), "promethee_thresholds",
           ("선형 선호 함수에는", "q = 0.5, p = 0.2"), "needs 0 <= q < p")

    _check(_raised(lambda: GridPlan([Criterion("pop")], "topsis")), "grid_method_not_cellwise",
           ("평가 방법 'topsis'은(는) 모든 셀을",), "compares every cell with the others")
    _check(_raised(lambda: GridPlan([Criterion("pop", standardization=Standardization("percentile"))])),
           "grid_standardization_global", ("기준 'pop': ", "순위를 한꺼번에"), "ranks every cell")
    _check(_raised(lambda: GridPlan([])), "grid_plan_no_criteria", ("격자에 기준이 없습니다",), "a grid needs at least one")
    _check(_raised(lambda: logarithm([1.0, 2.0], shift=5.0, factor=1.0, lower=1.0, upper=9.0)), "transform_shift",
           ("이동값(5)은 하한 임계값(1)보다 작아야 합니다",), "logarithm shift (5) must be below")

    run = run_scenario(Project.demo("sigungu"), Project.demo("sigungu").scenario.name)
    frame = run.frame()
    scores = frame.set_index("code")["score"]
    _check(_raised(lambda: hotspots_of(frame, scores, HotspotOptions(permutations=9))), "param_between",
           ("'순열 횟수'은(는) 99과(와) 99,999 사이여야 하는데 9입니다",), "permutations must be")
    _check(_raised(lambda: hotspots_of(frame, scores, HotspotOptions(alpha=1.5))), "param_between",
           ("'유의수준'은(는) 0과(와) 1 사이",), "alpha must lie strictly between 0 and 1")

    base = {"id": "drt", "name_ko": "수요응답형 교통", "name_en": "DRT", "category": "mobility", "value": 1.0}
    _check(_raised(lambda: Solution(**base, cost="많이")), "plan_not_number",  # type: ignore[arg-type]
           ("솔루션 'drt'의 비용은 숫자(억원)여야 하는데 '많이'입니다",), "the cost must be a number")
    _check(_raised(lambda: PlanRules(budget="백억")), "plan_not_number",  # type: ignore[arg-type]
           ("숫자(억원)여야 하는데 '백억'입니다",), "The budget must be a number")


def test_the_command_line_keeps_the_engines_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The keys change nothing on the command line: `smartzone regions --k 12` prints the engine's English."""
    from smartzone.app.cli import main

    code = main(["regions", "--k", "12", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code != 0 and "k (number of regions) must be an integer from 1 to 10, got 12" in err, err
    assert not _HANGUL.search(err), err


def test_a_plugins_invalid_result_is_worded_as_the_plugins_fault() -> None:
    """A third-party scorer returning scores for the wrong districts: keyed, so the Korean UI says which plug-in and
    what is wrong instead of the family sentence plus the English original."""
    from smartzone.scoring import Criterion, get_scorer
    from smartzone.scoring.registry import GuardedScorer, ScorerInfo
    from smartzone.scoring.result import check_result

    class Shifty:
        id = "shifty"

        def get_params(self) -> dict[str, Any]:
            return {}

        def score(self, matrix: pd.DataFrame, criteria: Any) -> Any:
            result = get_scorer("wlc").score(matrix, criteria)
            result.score.index = [f"x{c}" for c in result.score.index]  # someone else's districts
            return result

    crit = [Criterion("pop"), Criterion("jobs")]
    scorer = GuardedScorer(Shifty(), ScorerInfo("shifty", Shifty, "shifty-dist", "shifty:Shifty", False))
    exc = _raised(lambda: scorer.score(_matrix(), crit))  # installed as a plug-in: the guard's words
    _check(exc, "plugin_failed", ("평가 플러그인 'shifty'(shifty-dist)", "실패했습니다", "invalid result"),
           "failed: invalid result")
    exc = _raised(lambda: check_result(Shifty().score(_matrix(), crit), _matrix().index, crit, method="shifty"))
    _check(exc, "plugin_invalid_result", ("평가 플러그인 'shifty'", "잘못된 결과", "작성자에게 알리세요"),
           "returned an invalid result")  # checked directly (check_scorer, a script)


def test_a_declared_parameter_out_of_its_form_and_huge_values_are_keyed() -> None:
    """ParamSpec.validate's errors (every scorer's declared parameters, checked at call time) and values too large
    to standardise: keyed by what is wrong, so the Korean UI names the parameter by its label."""
    from smartzone.scoring import Criterion, get_scorer
    from smartzone.scoring.model import Standardization
    from smartzone.scoring.standardize import standardize

    crit = [Criterion("pop"), Criterion("jobs")]
    for value, key, words, english in ((-1.0, "param_between", ("'위험 태도 α'", "0.0과(와) 1000.0 사이여야"), "range"),
                                       ("x", "param_not_number", ("'위험 태도 α'", "숫자여야"), "must be a float")):
        exc = _raised(lambda v=value: get_scorer("owa", alpha=v).score(_matrix(), crit))
        _check(exc, key, words, english)
    exc = _raised(lambda: standardize(np.array([1.7e308, -1.7e308, 5.0]), Standardization("minmax")))
    _check(exc, "values_too_large", ("너무 커서 표준화할 수 없습니다",), "too large to standardise")
