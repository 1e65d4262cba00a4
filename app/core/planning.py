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
            raise PlanError(f"--shrinking {spec!r}: write top:N with a whole number N, e.g. top:50.",
                            key="shrinking_top", spec=spec) from None
        if k < 1:
            raise PlanError(f"--shrinking {spec!r}: N must be 1 or more.", key="shrinking_top", spec=spec)
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
            raise PlanError(f"--shrinking {spec!r}: {name!r} is neither 'score' nor an indicator ({avail}).",
                            key="shrinking_unknown_indicator", spec=spec, name=name,
                            available=list(matrix.columns) if matrix is not None else ["score"])
        with np.errstate(invalid="ignore"):
            flags = {"<": values < value, "<=": values <= value, ">": values > value, ">=": values >= value}[op]
        return np.asarray(flags & np.isfinite(values)), f"districts where {name} {op} {value:g}"
    return _flags_from_file(Path(spec), frame)


def _flags_from_file(path: Path, frame: pd.DataFrame) -> tuple[np.ndarray, str]:
    from smartzone.layers.errors import LayerReadError

    if not path.exists():
        raise PlanError(
            f"--shrinking {str(path)!r} is neither top:N, a comparison such as score>=60, nor an existing file.",
            key="shrinking_spec", spec=str(path),
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
            raise LayerReadError(f"Cannot read '{path}': {exc.strerror or exc}.", key="file_unreadable",
                                 path=str(path), detail=str(exc.strerror or exc)) from exc
        wanted = {line.strip().split(",")[0].strip() for line in text.splitlines() if line.strip()}
    flags = np.array([c in wanted or n in wanted or n.split(" ")[-1] in wanted for c, n in zip(codes, names, strict=True)])
    if not flags.any():
        raise PlanError(f"'{path}': none of its {len(wanted)} entries matches a district code or name of the layer.",
                        key="shrinking_file_no_match", path=str(path), count=len(wanted))
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
            "7-digit 읍면동 census codes (as in SmartZone's own scores.csv).", key="scores_level", path=str(path),
            level=str(level),
        )
    layer, matrix = load_matrix(level)
    base = layer.frame
    layer_codes = base["code"].astype(str)
    unknown = [c for c in scores.index if c not in set(layer_codes)]
    if unknown:
        sample = ", ".join(unknown[:5]) + (" ..." if len(unknown) > 5 else "")
        raise JoinError(
            f"'{path}': {len(unknown)} district code(s) are not in the bundled {level} layer: {sample}. "
            "Use Statistics Korea census codes of 2020 (e.g. 11010 for 종로구).", key="scores_unknown_codes",
            path=str(path), count=len(unknown), sample=sample, level=level,
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
        raise PlanError("A concentration share needs a shrinking rule saying which districts are shrinking.",
                        key="concentration_without_shrinking")
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
        raise ParameterError("An imported candidate map has no weights to vary: robustness needs a scored scenario.",
                             key="robustness_no_weights", scenario=sc.name, method=sc.method)
    session = scoring_session(run.matrix, sc.criteria, sc.method, sc.params, scenario=sc.name)
    if not getattr(session.scorer, "uses_weights", True):
        raise ParameterError(f"The method {sc.method!r} does not use weights: robustness cannot vary them.",
                             key="robustness_no_weights", scenario=sc.name, method=sc.method)
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
    if key.startswith("floor:"):
        floor = next((f for f in rules.floors if f.key == key), None)
        if floor is not None:
            return _w(language, QT_TRANSLATE_NOOP("PlanWords", "minimum share {share} % of {categories}"),
                      categories=_categories(floor.categories, language), share=f"{floor.share * 100:g}")
    rule = _RULES.get(key)
    if rule is None:
        return ""
    return _w(language, rule, budget=f"{rules.budget:g}", min_spend=f"{rules.min_spend:g}",
              concentration=f"{rules.concentration * 100:g}", district_min=f"{rules.district_min or 0:g}",
              district_max=f"{rules.district_max or 0:g}", min_districts=rules.min_districts,
              max_districts=rules.max_districts)


#: The rules in words (Korean through the .ts, context ``PlanWords``; the English of the UI is the engine's).
_RULES = {
    "budget": QT_TRANSLATE_NOOP("PlanWords", "budget {budget} 100M KRW"),
    "min_spend": QT_TRANSLATE_NOOP("PlanWords", "minimum spend {min_spend} 100M KRW"),
    "concentration": QT_TRANSLATE_NOOP("PlanWords", "at least {concentration} % spent in shrinking districts"),
    "district_min": QT_TRANSLATE_NOOP("PlanWords", "at least {district_min} 100M KRW per district"),
    "district_max": QT_TRANSLATE_NOOP("PlanWords", "at most {district_max} 100M KRW per district"),
    "min_districts": QT_TRANSLATE_NOOP("PlanWords", "at least {min_districts} districts funded"),
    "max_districts": QT_TRANSLATE_NOOP("PlanWords", "at most {max_districts} districts funded"),
    "eligible": QT_TRANSLATE_NOOP("PlanWords", "deployed only in districts the scenario does not exclude"),
    "units": QT_TRANSLATE_NOOP("PlanWords", "units per district within their minimum and maximum"),
    "links": QT_TRANSLATE_NOOP("PlanWords", "each district's prerequisites and exclusive pairs respected"),
}


def _w(language: str, source: str, **fields: object) -> str:
    """``source`` (context ``PlanWords``) in ``language`` with its ``{fields}`` filled."""
    return words(language, "PlanWords", source).format(**fields)


def _categories(categories: Iterable[str], language: str) -> str:
    """``"기후위기 대응 또는 디지털 포용"``: solution categories joined by "or"."""
    from smartzone.app.core.labels import category_label

    return _w(language, QT_TRANSLATE_NOOP("PlanWords", " or ")).join(category_label(c, language) for c in categories)


def _eok(value: float, language: str = "ko") -> str:
    """``"12.35 억원"``: an amount with its unit (trailing zeros dropped)."""
    return _w(language, QT_TRANSLATE_NOOP("PlanWords", "{amount} 100M KRW"),
              amount=f"{value:,.2f}".rstrip("0").rstrip("."))


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
    ko = "ko"

    def rules_of(keys: Any) -> str:
        return ", ".join(rule_name(str(k), rules, ko) or str(k) for k in keys)

    def where(p: Any) -> str:
        text = _w(ko, QT_TRANSLATE_NOOP("PlanWords", "{eligible} eligible districts"), eligible=p["eligible"])
        if p["eligible"] < p["total"]:
            text += _w(ko, QT_TRANSLATE_NOOP("PlanWords", " (of {total})"), total=p["total"])
        return text

    out = []
    for kind, p in parts:
        if kind == "no_eligible":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "No district is eligible (the scenario excludes them all). The plan is empty.")))
        elif kind == "below_cheapest":
            name = p.get("name_ko") or p.get("name_en") or p.get("solution")
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "The plan is empty: the budget of {budget} 100M KRW is below the cheapest solution, "
                "{name} ({cost} 100M KRW). Raise the budget."), budget=f"{p['budget']:g}", name=name,
                cost=f"{p['cost']:g}"))
        elif kind == "budget_alone":
            out.append(_w(ko, QT_TRANSLATE_NOOP("PlanWords", "No plan fits the budget of {budget} 100M KRW."),
                          budget=f"{p['budget']:g}"))
        elif kind == "conflict":
            text = _w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "No plan keeps the rules {rules} together with the budget of {budget} 100M KRW"),
                rules=rules_of(p["keys"]), budget=f"{p['budget']:g}")
            if len(p["keys"]) > 1:
                text += _w(ko, QT_TRANSLATE_NOOP("PlanWords", "; dropping any one of these rules allows a plan"))
            out.append(text + ".")
        elif kind == "min_spend_above_budget":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "The minimum spend of {min_spend} exceeds the budget of {budget}."),
                min_spend=_eok(p["min_spend"]), budget=_eok(p["budget"])))
        elif kind == "floor_short":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "The minimum share of {share} % for {categories} needs at least {need} of those "
                "solutions, but {where} can take only {got}."), categories=_categories(p["categories"], ko),
                share=f"{p['share'] * 100:g}", need=_eok(p["need"]), where=where(p), got=_eok(p["got"])))
        elif kind == "concentration_short":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "The rule on shrinking districts needs at least {need} in them, but the "
                "{shrinking} eligible shrinking districts can take only {got}."),
                need=_eok(p["need"]), shrinking=p["shrinking"], got=_eok(p["got"])))
        elif kind == "min_spend_short":
            with_rules = (_w(ko, QT_TRANSLATE_NOOP("PlanWords", "With the rules {rules},"), rules=rules_of(p["keys"]))
                          if p["keys"] else _w(ko, QT_TRANSLATE_NOOP("PlanWords", "Within the budget,")))
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "{with_rules} {where} can take solutions of at most {top}, less than the minimum "
                "spend of {min_spend}."), with_rules=with_rules, where=where(p), top=_eok(p["top"]),
                min_spend=_eok(p["min_spend"])))
        elif kind == "too_few_eligible":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "Only {eligible} districts are eligible, fewer than the {wanted} to fund."),
                eligible=p["eligible"], wanted=p["wanted"]))
        elif kind == "min_max_districts":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "At least {wanted} and at most {most} districts cannot both hold."),
                wanted=p["wanted"], most=p["most"]))
        elif kind == "district_min_budget":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "{wanted} districts × {district_min} = {total}, more than the budget of {budget}."),
                wanted=p["wanted"], district_min=_eok(p["district_min"]),
                total=_eok(p["wanted"] * p["district_min"]), budget=_eok(p["budget"])))
        elif kind == "cheapest_too_much":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "Funding {wanted} districts needs at least {cost} even with the cheapest solution, "
                "but the rules allow less."), wanted=p["wanted"], cost=_eok(p["cost"])))
        elif kind == "optimal_empty":
            out.append(_w(ko, QT_TRANSLATE_NOOP(
                "PlanWords", "The optimal plan is empty: the rules {rules} leave no room to deploy."),
                rules=rules_of(p["keys"])) if p["keys"] else _w(ko, QT_TRANSLATE_NOOP(
                    "PlanWords", "The optimal plan is empty: no solution yields a benefit.")))
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
            return _w("ko", QT_TRANSLATE_NOOP("PlanWords", "{n} districts"), n=f"{v:g}")
        return _w("ko", QT_TRANSLATE_NOOP("PlanWords", "{amount} 100M KRW"), amount=f"{v:,.2f}")

    line = _w("ko", QT_TRANSLATE_NOOP("PlanWords", "{status}  {rule}: required {sense} {required}, achieved {achieved}"),
              status=pass_words(check.passed, "ko"), rule=rule_words(check, rules, "ko"), sense=check.sense,
              required=fmt(check.required), achieved=fmt(check.achieved))
    if check.price is not None:
        line += (_w("ko", QT_TRANSLATE_NOOP("PlanWords", "; shadow price {price} of benefit"), price=f"{check.price:,.1f}")
                 if check.binding else _w("ko", QT_TRANSLATE_NOOP("PlanWords", "; slack")))
    return line
