"""From scores to a deployment plan and its files: the glue shared by the CLI, the app and QGIS.

Qt-free. :func:`problem_from_frame` turns a scored district frame (from
:func:`smartzone.app.core.pipeline.run_scenario` or a ``--scores`` file joined to the
bundled districts) and an indicator matrix into a
:class:`~smartzone.scoring.planner.PlanProblem`; :func:`shrinking_flags` reads
the ``--shrinking`` rule; :func:`plan_frames` makes ``plan.csv`` rows and the
``plan.gpkg`` districts; :func:`plan_summary` the JSON.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import numpy as np
import pandas as pd

from smartzone.app.core.words import QT_TRANSLATE_NOOP, words
from smartzone.scoring.planner import Catalogue, PlanError, PlanProblem, need_factors

if TYPE_CHECKING:
    import geopandas as gpd

    from smartzone.app.core.pipeline import ScoreRun
    from smartzone.layers.qml import StyleSpec
    from smartzone.scoring.feedback import Feedback
    from smartzone.scoring.planner import PlanResult, PlanRules, RuleCheck, ShareFloor
    from smartzone.scoring.planner.robust import Robustness

__all__ = [
    "PlanInputs",
    "check_line",
    "english_amounts",
    "message_words",
    "rule_name",
    "rule_words",
    "status_words",
    "load_catalogue",
    "make_rules",
    "plan_run",
    "run_robustness",
    "plan_frames",
    "plan_style",
    "plan_summary",
    "problem_from_frame",
    "scores_frame",
    "shrinking_flags",
]

_COMPARE = re.compile(r"^\s*(.+?)\s*(<=|>=|<|>)\s*([-+]?\d+(\.\d*)?)\s*$")
_SCORE_WORDS = ("score", "점수")
_TOP_WORDS = ("top:", "상위:")


#: The districts' frame of a plan: a GeoDataFrame when the plan is mapped (CLI, app), a plain
#: DataFrame where there is no geometry to carry (the QGIS plugin, whose Python has no geopandas).
FrameT = TypeVar("FrameT", bound=pd.DataFrame)


@dataclass
class PlanInputs(Generic[FrameT]):
    """A problem and what built it (for messages, files and reports)."""

    problem: PlanProblem
    frame: FrameT
    notes: list[str] = field(default_factory=list)
    shrinking_rule: str = ""


def load_catalogue(path: str | Path | None = None) -> Catalogue:
    """The user's catalogue, or the bundled one."""
    from smartzone.layers.catalogue import default_catalogue_path, read_catalogue

    return read_catalogue(path if path else default_catalogue_path())


def shrinking_flags(spec: str | None, frame: pd.DataFrame, matrix: pd.DataFrame | None,
                    labels: Mapping[str, str] | None = None) -> tuple[np.ndarray, str]:
    """Boolean flags per row of ``frame`` (``code``, ``name``, ``score``) and a description.

    ``spec`` is ``top:N`` (the N best-scored districts; also ``상위:N``), ``score>=X`` (or any
    comparison of ``score``/``점수`` or an indicator of ``matrix``, by its id, e.g.
    ``pop_change_2015_2020<0``, or by its display name in ``labels``, e.g.
    ``인구 증감률 2010→2020<0``), or a file: CSV/XLSX with a code column, or a
    text file with one code or district name per line (e.g. the official list
    of 인구감소지역).
    """
    n = len(frame)
    if not spec:
        return np.zeros(n, dtype=bool), ""
    spec = str(spec).strip()
    codes = frame["code"].astype(str).to_numpy()
    top = next((w for w in _TOP_WORDS if spec.lower().startswith(w)), None)
    if top is not None:
        try:
            k = int(spec[len(top):])
        except ValueError:
            raise PlanError(f"--shrinking {spec!r}: write top:N with a whole number N, e.g. top:50.") from None
        if k < 1:
            raise PlanError(f"--shrinking {spec!r}: N must be 1 or more.")
        score = pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype=float)
        order = np.argsort(-np.where(np.isfinite(score), score, -np.inf), kind="stable")[:k]
        flags = np.zeros(n, dtype=bool)
        flags[order[np.isfinite(score[order])]] = True
        return flags, f"the {k} best-scored districts"
    m = _COMPARE.match(spec)
    if m:
        name, op, value = m.group(1), m.group(2), float(m.group(3))
        if matrix is not None and name not in matrix.columns and labels:  # a display name -> its id
            by_label = {" ".join(str(v).split()).casefold(): k for k, v in labels.items()}
            name = by_label.get(" ".join(name.split()).casefold(), name)
        if name in _SCORE_WORDS:
            values = pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype=float)
        elif matrix is not None and name in matrix.columns:
            values = matrix[name].reindex(codes).to_numpy(dtype=float)
        else:
            avail = ", ".join(list(matrix.columns)[:12]) + " ..." if matrix is not None else "score"
            raise PlanError(f"--shrinking {spec!r}: {name!r} is neither 'score' nor an indicator ({avail}).")
        with np.errstate(invalid="ignore"):
            flags = {"<": values < value, "<=": values <= value, ">": values > value, ">=": values >= value}[op]
        return np.asarray(flags & np.isfinite(values)), f"districts where {name} {op} {value:g}"
    return _flags_from_file(Path(spec), frame)


def _flags_from_file(path: Path, frame: pd.DataFrame) -> tuple[np.ndarray, str]:
    from smartzone.layers.errors import LayerReadError

    if not path.exists():
        raise PlanError(
            f"--shrinking {str(path)!r} is neither top:N, a comparison such as score>=60, nor an existing file."
        )
    codes = frame["code"].astype(str).to_numpy()
    names = frame["name"].astype(str).to_numpy() if "name" in frame.columns else codes
    wanted: set[str] = set()
    if path.suffix.lower() in (".csv", ".xlsx", ".xlsm", ".tsv"):
        try:
            from smartzone.layers.tables import read_table

            table = read_table(path)
            wanted = {str(c) for c in table.frame.index}
        except Exception:
            wanted = set()
    if not wanted:
        from smartzone.layers.encoding import decode_text

        try:
            text, _ = decode_text(path.read_bytes(), path)
        except OSError as exc:
            raise LayerReadError(f"Cannot read '{path}': {exc.strerror or exc}.") from exc
        wanted = {line.strip().split(",")[0].strip() for line in text.splitlines() if line.strip()}
    flags = np.array([c in wanted or n in wanted or n.split(" ")[-1] in wanted for c, n in zip(codes, names, strict=True)])
    if not flags.any():
        raise PlanError(f"'{path}': none of its {len(wanted)} entries matches a district code or name of the layer.")
    return flags, f"the {int(flags.sum())} districts listed in {path.name}"


def problem_from_frame(
    frame: FrameT, matrix: pd.DataFrame | None, catalogue: Catalogue,
    shrinking: str | None = None, labels: Mapping[str, str] | None = None,
) -> PlanInputs[FrameT]:
    """The planning problem of a scored frame (``code``, ``name``, ``score``; NaN = excluded)."""
    codes = frame["code"].astype(str).tolist()
    scores = pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype=float)
    notes: list[str] = []
    need = None
    if matrix is not None and any(s.need for s in catalogue.solutions):
        m = matrix.reindex(codes)
        need, notes = need_factors(catalogue, {c: m[c].to_numpy(dtype=float) for c in m.columns}, len(codes))
    flags, rule = shrinking_flags(shrinking, frame, matrix, labels)
    problem = PlanProblem(codes, scores, catalogue, need=need, shrinking=flags,
                          names=frame["name"].astype(str).tolist() if "name" in frame.columns else None)
    return PlanInputs(problem, frame, notes, rule)


def scores_frame(path: str | Path) -> tuple[gpd.GeoDataFrame, pd.DataFrame, list[str]]:
    """A ``--scores`` file joined onto the bundled districts of its level; and that level's matrix.

    Districts of the layer missing from the file are excluded (NaN score);
    codes of the file not in the layer are an error naming them.
    """
    from smartzone.app.core.levels import LEVELS
    from smartzone.app.core.pipeline import load_matrix
    from smartzone.layers.errors import JoinError
    from smartzone.layers.plan_io import read_scores
    from smartzone.layers.tables import code_level

    scores = read_scores(path)
    level = code_level([str(c) for c in scores.index])
    if level not in LEVELS:
        raise JoinError(
            f"'{path}': its codes look like {level!r} codes; the planner needs 5-digit 시군구 or "
            "7-digit 읍면동 census codes (as in SmartZone's own scores.csv)."
        )
    layer, matrix = load_matrix(level)
    base = layer.frame
    layer_codes = base["code"].astype(str)
    unknown = [c for c in scores.index if c not in set(layer_codes)]
    if unknown:
        sample = ", ".join(unknown[:5]) + (" ..." if len(unknown) > 5 else "")
        raise JoinError(
            f"'{path}': {len(unknown)} district code(s) are not in the bundled {level} layer: {sample}. "
            "Use Statistics Korea census codes of 2020 (e.g. 11010 for 종로구)."
        )
    import geopandas as gpd

    out = gpd.GeoDataFrame(
        {"code": layer_codes.to_numpy(), "name": base["name"].astype(str).to_numpy(),
         "score": scores["score"].reindex(layer_codes).to_numpy(dtype=float)},
        geometry=base.geometry.to_numpy(), crs=base.crs,
    )
    notes = []
    missing = int(out["score"].isna().sum())
    if missing:
        notes.append(f"{missing} districts of the layer have no score in {Path(path).name}: they are not eligible.")
    return out, matrix, notes


def plan_frames(result: PlanResult, frame: gpd.GeoDataFrame, robustness: Robustness | None = None
                ) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
    """``plan.csv`` rows (one per deployment) and the districts of ``plan.gpkg``."""
    import geopandas as gpd

    problem = result.problem
    cat = problem.catalogue
    rows = []
    for d in result.deployments():
        rows.append({"code": d.code, "name": d.name, "solution": d.solution, "category": d.category,
                     "cost": round(d.cost, 6), "benefit": round(d.benefit, 6), "units": d.units})
    dep = pd.DataFrame(rows, columns=["code", "name", "solution", "category", "cost", "benefit", "units"])
    if robustness is not None and len(dep):
        idx = {c: i for i, c in enumerate(problem.codes)}
        ids = {s: j for j, s in enumerate(cat.ids)}
        dep["frequency"] = [float(robustness.frequency[idx[c], ids[s]]) for c, s in zip(dep["code"], dep["solution"], strict=True)]
    spend = result.spend_per_district
    sols = [";".join(cat.ids[j] for j in np.flatnonzero(result.units[i])) for i in range(len(problem.codes))]
    assert problem.shrinking is not None
    districts = gpd.GeoDataFrame(
        {
            "code": problem.codes,
            "name": list(problem.names or problem.codes),
            "score": problem.scores,
            "spend": spend,
            "n_solutions": (result.units > 0).sum(axis=1).astype(np.int64),
            "solutions": sols,
            "shrinking": problem.shrinking.astype(np.int64),
            "eligible": problem.eligible.astype(np.int64),
        },
        geometry=frame.geometry.to_numpy(), crs=frame.crs,
    )
    if robustness is not None:
        districts["frequency"] = robustness.district_frequency()
    return dep, districts


def plan_style(districts: gpd.GeoDataFrame) -> StyleSpec | None:
    """Graduated style of ``spend`` with the app's classification (None when nothing is spent).

    Qt-free (the QGIS plugin uses it too): :func:`smartzone.app.core.classify.classify`, the
    classes the Plan panel's map draws.
    """
    from smartzone.app.core.classify import classify
    from smartzone.layers.qml import StyleSpec

    values = districts["spend"].where(districts["spend"] > 0).to_numpy(dtype=float)
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return None
    cls = classify(values, scheme="quantiles", k=min(4, int(np.unique(finite).size)), cmap="YlOrRd")
    if not cls.k:
        return None
    return StyleSpec(
        field="spend", breaks=[float(b) for b in cls.bins], colors=list(cls.colors), labels=list(cls.labels),
        lower=float(finite.min()), method="quantiles", label_field=None,
        title="사업비 (억원) / spend (100M KRW)", no_data_label="미배정 (no deployment)",
    )


def sido_names(frame: pd.DataFrame) -> dict[str, str]:
    """시도 code (2 digits) -> name (the first word of the districts' names)."""
    out: dict[str, str] = {}
    for code, name in zip(frame["code"].astype(str), frame["name"].astype(str), strict=True):
        out.setdefault(code[:2], name.split(" ")[0] if " " in name else code[:2])
    return out


def plan_summary(result: PlanResult, inputs: PlanInputs[pd.DataFrame], extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """``plan_summary.json``: the result's summary plus names and provenance."""
    out = result.to_dict()
    names = sido_names(inputs.frame)
    out["spend_by_sido"] = {f"{k} {names.get(k, '')}".strip(): v for k, v in out["spend_by_sido"].items()}
    out["shrinking_rule"] = inputs.shrinking_rule
    out["notes"] = list(inputs.notes) + list(out.get("notes") or [])
    out["catalogue"] = [{"id": s.id, "name_ko": s.name_ko, "name_en": s.name_en, "category": s.category,
                         "cost": s.cost, "value": s.value, "source": s.source}
                        for s in result.problem.catalogue.solutions]
    if extra:
        out.update(extra)
    return out


def make_rules(
    budget: float, *, min_share: str | ShareFloor | Iterable[str | ShareFloor] | None = None,
    min_spend: float = 0.0, concentration: float | None = None,
    shrinking: str | None = None, district_min: float | None = None, district_max: float | None = None,
    min_districts: int | None = None, max_districts: int | None = None,
) -> PlanRules:
    """:class:`~smartzone.scoring.planner.PlanRules` from plain values.

    ``min_share``: None (the 35 % rule), or a list of ``"cats=share"`` texts or
    :class:`~smartzone.scoring.planner.ShareFloor`; ``concentration`` defaults
    to 0.5 when ``shrinking`` is given.
    """
    from smartzone.scoring.planner import DEFAULT_FLOOR, PlanRules, ShareFloor, parse_share_rule

    if min_share is None:
        floors: tuple[ShareFloor, ...] = (DEFAULT_FLOOR,)
    else:
        items = [min_share] if isinstance(min_share, str | ShareFloor) else list(min_share)
        floors = tuple(f if isinstance(f, ShareFloor) else parse_share_rule(f)
                       for f in items if not (isinstance(f, str) and f.strip().lower() == "none"))
    if concentration is not None and not shrinking:
        raise PlanError("A concentration share needs a shrinking rule saying which districts are shrinking.")
    conc = float(concentration) if concentration is not None else (0.5 if shrinking else 0.0)
    return PlanRules(budget=budget, floors=floors, min_spend=min_spend, concentration=conc,
                     district_min=district_min, district_max=district_max,
                     min_districts=min_districts, max_districts=max_districts)


def plan_run(
    run: ScoreRun, rules: PlanRules, *, catalogue: Catalogue | str | Path | None = None,
    shrinking: str | None = None, time_limit: float = 60.0, prices: bool = True,
    feedback: Feedback | None = None,
) -> tuple[PlanResult, PlanInputs[gpd.GeoDataFrame]]:
    """Plan on a :class:`~smartzone.app.core.pipeline.ScoreRun` (its scores, exclusions and indicators)."""
    from smartzone.scoring.planner import Planner

    cat = catalogue if isinstance(catalogue, Catalogue) else load_catalogue(catalogue)
    inputs = problem_from_frame(run.frame(), run.matrix, cat, shrinking)
    result = Planner(time_limit=time_limit, prices=prices).solve(inputs.problem, rules, feedback=feedback)
    return result, inputs


def run_robustness(run: ScoreRun, result: PlanResult, n_runs: int, *, seed: int = 0,
                   feedback: Feedback | None = None) -> Robustness:
    """Monte-Carlo over the scenario's weights: re-score and re-plan ``n_runs`` times.

    Raises
    ------
    ScoringError
        The scenario's method uses no weights (fuzzy, supervised) or it is an imported map.
    """
    from smartzone.app.core.scoring import scoring_session
    from smartzone.scoring.errors import ParameterError
    from smartzone.scoring.planner.robust import plan_robustness, sample_scores

    sc = run.project.get_scenario(run.scenario)
    if sc.method == "external":
        raise ParameterError("An imported candidate map has no weights to vary: robustness needs a scored scenario.")
    session = scoring_session(run.matrix, sc.criteria, sc.method, sc.params, scenario=sc.name)
    if not getattr(session.scorer, "uses_weights", True):
        raise ParameterError(f"The method {sc.method!r} does not use weights: robustness cannot vary them.")
    runs = sample_scores(session, list(result.problem.codes), n_runs, seed=seed)
    runs[:, ~result.problem.eligible] = np.nan  # keep the scenario's exclusions in every run
    return plan_robustness(result.problem, result.rules, runs, feedback=feedback)


# ---------------------------------------------------------------- words of a plan (report and plan panel)
#: The solver's statuses, worded by :func:`status_words` (context ``PlanWords`` of the .ts;
#: the English is the status itself).
_STATUSES = (QT_TRANSLATE_NOOP("PlanWords", "optimal"), QT_TRANSLATE_NOOP("PlanWords", "time_limit"),
             QT_TRANSLATE_NOOP("PlanWords", "empty"), QT_TRANSLATE_NOOP("PlanWords", "infeasible"))
#: A rule met or not, worded by :func:`pass_words`.
_PASS = (QT_TRANSLATE_NOOP("PlanWords", "PASS"), QT_TRANSLATE_NOOP("PlanWords", "FAIL"))


def pass_words(passed: bool, language: str = "ko") -> str:
    """``"충족"``/``"미충족"`` (Korean), ``"PASS"``/``"FAIL"`` (English): a rule met or not."""
    return words(language, "PlanWords", _PASS[0 if passed else 1])


def rule_words(check: RuleCheck, rules: PlanRules, language: str = "ko") -> str:
    """The rule of a compliance line in ``language`` (the engine words it in English): report and plan panel."""
    if language != "ko":
        return english_amounts(str(check.description))
    return rule_name(str(check.key), rules, "ko") or str(check.description)


def english_amounts(text: str) -> str:
    """The engine's English with its amounts in the English UI's unit: "80 억원" -> "80 100M KRW"."""
    return text.replace("억원", "100M KRW")


def rule_name(key: str, rules: PlanRules, language: str = "ko") -> str:
    """Words for the rule ``key`` of ``rules`` in ``language`` ("" when ``key`` is unknown)."""
    if language != "ko":
        try:
            return english_amounts(str(rules.describe(key)))
        except KeyError:
            return ""
    from smartzone.scoring.planner import CATEGORY_LABELS

    if key.startswith("floor:"):
        floor = next((f for f in rules.floors if f.key == key), None)
        if floor is not None:
            names = " 또는 ".join(CATEGORY_LABELS[c][0] for c in floor.categories)
            return f"{names} 최소 비중 {floor.share * 100:g} %"
    words = {
        "budget": f"예산 {rules.budget:g} 억원",
        "min_spend": f"최소 집행액 {rules.min_spend:g} 억원",
        "concentration": f"소멸위기 지역에 {rules.concentration * 100:g} % 이상 집행",
        "district_min": f"지역당 최소 {rules.district_min or 0:g} 억원",
        "district_max": f"지역당 최대 {rules.district_max or 0:g} 억원",
        "min_districts": f"최소 {rules.min_districts}개 지역 지원",
        "max_districts": f"최대 {rules.max_districts}개 지역 지원",
        "eligible": "시나리오가 제외하지 않은 지역에만 배치",
        "units": "지역별 솔루션 수량이 최소·최대 범위 안",
        "links": "지역별 선행 조건과 상호 배타 조합 준수",
    }
    return words.get(key, "")


def _eok(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") + " 억원"


def message_words(message: str, rules: PlanRules, language: str = "ko") -> str:
    """The planner's explanation (an infeasible or empty plan, :class:`~smartzone.scoring.planner.explain.Explanation`)
    in ``language``: Korean from each sentence's kind and parameters, English with the UI's unit.

    A plain string (an older result, a message of an unknown kind) is shown as it is.
    """
    if language != "ko":
        return english_amounts(str(message))
    parts = getattr(message, "parts", None)
    if not parts:
        return str(message)
    from smartzone.scoring.planner import CATEGORY_LABELS

    def rules_of(keys: Any) -> str:
        return ", ".join(rule_name(str(k), rules, "ko") or str(k) for k in keys)

    def where(p: Any) -> str:
        return (f"선정 가능한 지역 {p['eligible']}곳" + (f" (전체 {p['total']}곳 중)" if p["eligible"] < p["total"] else ""))

    out = []
    for kind, p in parts:
        if kind == "no_eligible":
            out.append("선정 가능한 지역이 없습니다 (시나리오가 모든 지역을 제외합니다). 빈 계획입니다.")
        elif kind == "below_cheapest":
            name = p.get("name_ko") or p.get("name_en") or p.get("solution")
            out.append(f"예산 {p['budget']:g} 억원이 가장 저렴한 솔루션인 {name} ({p['cost']:g} 억원)보다 적어 "
                       "빈 계획입니다. 예산을 늘리세요.")
        elif kind == "budget_alone":
            out.append(f"예산 {p['budget']:g} 억원 안에서 가능한 계획이 없습니다.")
        elif kind == "conflict":
            text = f"{rules_of(p['keys'])} 규칙과 예산 {p['budget']:g} 억원을 함께 지키는 계획이 없습니다"
            if len(p["keys"]) > 1:
                text += "; 이 규칙 중 하나만 빼도 계획이 가능합니다"
            out.append(text + ".")
        elif kind == "min_spend_above_budget":
            out.append(f"최소 집행액 {_eok(p['min_spend'])}이 예산 {_eok(p['budget'])}보다 큽니다.")
        elif kind == "floor_short":
            cats = " 또는 ".join(CATEGORY_LABELS[c][0] for c in p["categories"])
            out.append(f"{cats} 최소 비중 {p['share'] * 100:g} % 규칙에는 해당 분야 솔루션이 {_eok(p['need'])} 이상 "
                       f"필요하지만, {where(p)}에 배치할 수 있는 것은 {_eok(p['got'])}뿐입니다.")
        elif kind == "concentration_short":
            out.append(f"소멸위기 지역 집중 규칙에는 소멸위기 지역에 {_eok(p['need'])} 이상이 필요하지만, 선정 가능한 "
                       f"소멸위기 지역 {p['shrinking']}곳에 배치할 수 있는 것은 {_eok(p['got'])}뿐입니다.")
        elif kind == "min_spend_short":
            with_rules = f"{rules_of(p['keys'])} 규칙을 지키면" if p["keys"] else "예산 안에서"
            out.append(f"{with_rules} {where(p)}에 배치할 수 있는 솔루션은 최대 {_eok(p['top'])}으로, "
                       f"최소 집행액 {_eok(p['min_spend'])}보다 적습니다.")
        elif kind == "too_few_eligible":
            out.append(f"선정 가능한 지역은 {p['eligible']}곳으로, 지원할 {p['wanted']}곳보다 적습니다.")
        elif kind == "min_max_districts":
            out.append(f"최소 {p['wanted']}곳과 최대 {p['most']}곳 지원은 함께 지킬 수 없습니다.")
        elif kind == "district_min_budget":
            out.append(f"{p['wanted']}곳 × {_eok(p['district_min'])} = {_eok(p['wanted'] * p['district_min'])}로 "
                       f"예산 {_eok(p['budget'])}보다 많습니다.")
        elif kind == "cheapest_too_much":
            out.append(f"가장 저렴한 솔루션으로도 {p['wanted']}곳을 지원하려면 {_eok(p['cost'])} 이상이 필요하지만, "
                       "규칙이 허용하는 금액은 그보다 적습니다.")
        elif kind == "optimal_empty":
            out.append(f"최적 계획이 비어 있습니다: {rules_of(p['keys'])} 규칙 때문에 배치할 여지가 없습니다."
                       if p["keys"] else "최적 계획이 비어 있습니다: 편익을 내는 솔루션이 없습니다.")
        else:  # a sentence of a newer engine: the whole explanation in its English words
            return str(message)
    return " ".join(out)


def status_words(status: str, language: str = "ko") -> str:
    """The solver's status in ``language`` ("optimal" -> "최적 계획")."""
    return words(language, "PlanWords", str(status)) if str(status) in _STATUSES else str(status)


def check_line(check: RuleCheck, rules: PlanRules, language: str = "ko") -> str:
    """One compliance line: the engine's English ``check.text()``, or its Korean wording."""
    if language != "ko":  # the engine's English, its unit as the English UI names it
        return str(check.text()).replace("억원", "100M KRW")

    def fmt(v: float) -> str:
        if check.unit == "share":
            return f"{v * 100:.1f} %"
        if check.unit == "districts":
            return f"{v:g}곳"
        return f"{v:,.2f} 억원"

    line = (f"{pass_words(check.passed, 'ko')}  {rule_words(check, rules, 'ko')}: "
            f"요구 {check.sense} {fmt(check.required)}, 달성 {fmt(check.achieved)}")
    if check.price is not None:
        line += f"; 잠재가격 편익 {check.price:,.1f}" if check.binding else "; 여유 있음"
    return line
