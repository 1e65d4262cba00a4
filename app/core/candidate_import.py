"""Import an external candidate map (a region's submission) as a scenario.

Regions and consultants send their own candidate maps: a shapefile or
GeoPackage of 시군구 / 읍면동 with a score or a rank column, very often CP949
without a ``.cpg``. :func:`import_candidate_map` reads such a file with
:func:`smartzone.layers.vector.read_districts` (code normalisation, encoding
detection, CRS checks), matches its codes to the project's districts and adds
it to the project as a scenario of method ``"external"`` (undoable), so it can
be compared with the project's own scenarios like any other.

The scenario stores only where the values come from::

    Scenario(name, method="external",
             params={"path": "/abs/path/submission.shp",   # relative in the project file
                     "value_field": "순위", "kind": "rank",
                     "layer": None, "code_field": None})

and :func:`external_result` re-reads the file (cached per file stamp) whenever
the scenario is scored (:func:`smartzone.app.core.pipeline.score_project`).

Values to scores
----------------
``kind="score"`` (higher = better)
    Values already on 0-100 are kept. Values outside 0-100 (e.g. 0-1 or raw
    points) are rescaled linearly: ``100 * (v - min) / (max - min)``; the
    report says so (``rescaled=True`` and the original range). Ranks follow
    the scores (1 = best, ties share the lowest rank).
``kind="rank"`` (1 = best)
    ``score = 100 * (1 - (rank - 1) / (n - 1))`` where ``n`` is the number of
    ranked districts (or the largest rank, if larger), so rank 1 scores 100 and
    the last rank 0. Grades (등급, 1 = best class) are treated as ranks with ties.

Districts of the project that the file does not carry, or carries without a
value, are *excluded* in the result (with the reason); codes of the file that
the project does not know are listed in the report (``unmatched``). A file
sharing no code with the project raises :class:`CandidateImportError` (wrong
level or another code system, e.g. 10-digit 행정동 codes against 7-digit
census codes).
"""
from __future__ import annotations

import math
import os
import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from smartzone.app.core.model.project import EXTERNAL_METHOD, Project, ProjectError, Scenario
from smartzone.layers.notes import ReadingNote

if TYPE_CHECKING:
    import pandas as pd

    from smartzone.scoring.model import ScoreResult

__all__ = [
    "EXTERNAL_METHOD",
    "RANK_FIELDS",
    "SCORE_FIELDS",
    "CandidateImportError",
    "CandidateReport",
    "candidate_fields",
    "candidate_report",
    "external_result",
    "import_candidate_map",
    "is_external",
    "read_candidate_map",
]

#: Field names recognised as scores (higher = better), case-insensitive, in order of preference.
SCORE_FIELDS: tuple[str, ...] = ("score", "점수", "총점", "적합도", "suitability", "scores")
#: Field names recognised as ranks / grades (1 = best), case-insensitive, in order of preference.
RANK_FIELDS: tuple[str, ...] = ("rank", "순위", "등급", "ranking", "grade")

Kind = Literal["score", "rank"]
_CACHE_SIZE = 8
_cache: OrderedDict[tuple[Any, ...], tuple[Any, CandidateReport]] = OrderedDict()


class CandidateImportError(ProjectError):
    """A candidate map cannot be used: no value field, no code in common, bad values."""


@dataclass
class CandidateReport:
    """What importing a candidate map found.

    Attributes
    ----------
    path, layer
        File and layer read.
    code_field, value_field, kind
        Source fields used and how the values were read (``"score"``/``"rank"``).
    encoding, encoding_source
        Attribute encoding of the file and how it was decided (``cpg``,
        ``detected`` ...; see :class:`smartzone.layers.vector.LoadReport`).
    n_features
        Rows in the file.
    matched
        Codes found in both the file and the project.
    unmatched
        Codes of the file that are not districts of the project (sorted).
    missing
        Districts of the project the file does not carry (excluded).
    translated
        Matched codes that came through the census ↔ 행정표준코드 crosswalk.
    mismatched
        Codes of the file whose name disagrees with the project's district of that
        code (not used: never a silent match).
    code_match
        The full :class:`smartzone.layers.codes.CodeMatchReport` (code and name on
        both sides of every row).
    no_value
        Matched districts without a usable value (excluded).
    rescaled
        True when scores outside 0-100 were rescaled to 0-100.
    value_range
        ``(min, max)`` of the original values over the matched districts.
    warnings
        Messages for the user (from reading the file and from the import).
    """

    path: str
    layer: str
    code_field: str
    value_field: str
    kind: str
    encoding: str = ""
    encoding_source: str = ""
    n_features: int = 0
    matched: int = 0
    unmatched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    no_value: list[str] = field(default_factory=list)
    rescaled: bool = False
    value_range: tuple[float, float] = (math.nan, math.nan)
    warnings: list[str] = field(default_factory=list)
    translated: int = 0
    mismatched: list[str] = field(default_factory=list)
    code_match: Any = None  # smartzone.layers.codes.CodeMatchReport

    def code_lines(self) -> list[str]:
        """Matched / translated / mismatched / unmatched, with code and name on both sides."""
        return self.code_match.summary_lines() if self.code_match is not None else []

    def summary(self) -> str:
        """A few lines for the message bar / command line."""
        lo, hi = self.value_range
        lines = [
            f"{Path(self.path).name} [{self.layer}]: {self.n_features} features, "
            f"{self.kind} from field '{self.value_field}' (codes '{self.code_field}', "
            f"encoding {self.encoding} ({self.encoding_source}))",
            f"matched {self.matched} districts"
            + (f" ({self.translated} through the code crosswalk)" if self.translated else "")
            + f"; mismatched by name: {len(self.mismatched)}"
            + f"; not in the project: {len(self.unmatched)}"
            + (f" ({_sample(self.unmatched)})" if self.unmatched else "")
            + f"; project districts missing from the file: {len(self.missing)}",
            *self.code_lines(),
        ]
        if self.no_value:
            lines.append(f"no value for {len(self.no_value)} districts ({_sample(self.no_value)})")
        if self.rescaled:
            lines.append(f"scores {lo:g}-{hi:g} rescaled to 0-100")
        lines.extend(self.warnings)
        return "\n".join(lines)


def _sample(codes: Sequence[str], k: int = 5) -> str:
    head = ", ".join(codes[:k])
    return head + (f", ... (+{len(codes) - k})" if len(codes) > k else "")


# --------------------------------------------------------------------------- helpers


def is_external(scenario: Scenario) -> bool:
    """True for a scenario imported from a candidate map."""
    return scenario.method == EXTERNAL_METHOD


def _kind(kind: str) -> Kind:
    """``kind`` as a :data:`Kind`; anything but ``"score"`` or ``"rank"`` is an error."""
    if kind == "score":
        return "score"
    if kind == "rank":
        return "rank"
    raise CandidateImportError(f"kind must be 'score' or 'rank', got {kind!r}.", key="candidate_kind",
                               kind=str(kind))


def _pick_value_field(columns: Sequence[str], value_field: str | None, kind: str | None,
                      path: Path) -> tuple[str, Kind]:
    """The value field and its kind (given, or found among :data:`SCORE_FIELDS` / :data:`RANK_FIELDS`)."""
    wanted = _kind(kind) if kind is not None else None
    lower = {str(c).strip().lower(): str(c) for c in columns}
    if value_field is not None:
        col = value_field if value_field in columns else lower.get(value_field.strip().lower())
        if col is None:
            raise CandidateImportError(
                f"{path.name} has no field {value_field!r}; fields: {', '.join(map(str, columns)) or '(none)'}.",
                key="candidate_no_field", path=str(path), field=str(value_field), fields=[str(c) for c in columns],
            )
        if wanted is None:
            wanted = "rank" if _matches(col, RANK_FIELDS) else "score"
        return col, wanted
    # exact names first (rank before score only when kind says so), then names containing them
    groups: list[tuple[Kind, tuple[str, ...]]] = [("score", SCORE_FIELDS), ("rank", RANK_FIELDS)]
    if wanted == "rank":
        groups.reverse()
    elif wanted == "score":
        groups = groups[:1]
    for exact in (True, False):
        for group_kind, names in groups:
            for name in names:
                for low, col in lower.items():
                    if (low == name) if exact else (name in low):
                        return col, (wanted or group_kind)
    raise CandidateImportError(
        f"No score or rank field found in {path.name}; fields: {', '.join(map(str, columns)) or '(none)'}. "
        f"Name the field with value_field= (recognised names: {', '.join(SCORE_FIELDS + RANK_FIELDS)}).",
        key="candidate_no_value_field", path=str(path), fields=[str(c) for c in columns],
    )


def _matches(col: str, names: Sequence[str]) -> bool:
    low = col.strip().lower()
    return any(n in low for n in names)


_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def _to_numbers(values: Any) -> pd.Series:
    """Numbers from a column: numeric as is; text like ``"1,234"``, ``"3위"``, ``"2등급"`` parsed."""
    import pandas as pd

    s = pd.Series(values)
    if pd.api.types.is_numeric_dtype(s):
        return pd.to_numeric(s, errors="coerce").astype("float64")

    def parse(v: Any) -> float:
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return math.nan
        m = _NUMBER.search(str(v).replace(",", ""))
        return float(m.group()) if m else math.nan

    return pd.Series([parse(v) for v in s], index=s.index, dtype="float64")


def _stamp(path: Path) -> tuple[Any, ...]:
    try:
        st = os.stat(path)
    except OSError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


def _project_districts(project: Project) -> tuple[list[str], Any]:
    from smartzone.app.core.pipeline import load_matrix

    layer, _matrix = load_matrix(project)
    return layer.codes, layer


def candidate_fields(path: str | Path, *, layer: str | int | None = None, code_field: str | None = None,
                     encoding: str | None = None) -> list[str]:
    """Fields of a candidate map that could hold scores or ranks (numbers, or text such as "3위").

    For a "which field?" question when :func:`import_candidate_map` finds no
    field named like a score or rank. Codes and names are left out.
    """
    import numpy as np

    from smartzone.layers.vector import read_districts

    dl = read_districts(Path(path), layer=layer, code_field=code_field, encoding=encoding,
                        assume_crs="EPSG:5179", target_crs=None)
    frame = dl.frame
    out = []
    for col in frame.columns:
        if col in ("code", "name", frame.geometry.name):
            continue
        values = _to_numbers(frame[col].to_numpy()).to_numpy(dtype=float)
        if np.isfinite(values).mean() >= 0.5:
            out.append(str(col))
    return out


# --------------------------------------------------------------------------- reading


def read_candidate_map(
    project: Project,
    path: str | Path,
    *,
    layer: str | int | None = None,
    code_field: str | None = None,
    value_field: str | None = None,
    kind: str | None = None,
    encoding: str | None = None,
    use_cache: bool = True,
) -> tuple[ScoreResult, CandidateReport]:
    """Read a candidate map and turn it into a result over the project's districts.

    Does not change the project. See the module docstring for how values
    become scores.

    Parameters
    ----------
    project
        Its districts (:func:`smartzone.app.core.pipeline.load_matrix`) define the
        codes matched against.
    path
        Shapefile (``.shp`` or ``.zip``), GeoPackage, GeoJSON or FlatGeobuf.
    layer, code_field, encoding
        As for :func:`smartzone.layers.vector.read_districts` (default: first
        layer, detected code field, ``.cpg`` or detected encoding).
    value_field
        Field with the scores or ranks; default the first field named like
        :data:`SCORE_FIELDS` or :data:`RANK_FIELDS`.
    kind
        ``"score"`` or ``"rank"``; default from the field name (rank, 순위,
        등급 -> rank).

    Returns
    -------
    (ScoreResult, CandidateReport)
        ``recipe`` = ``{"method": "external", "source": path, "field": value_field,
        "kind": kind, ...}``; ``contributions`` has no columns.

    Raises
    ------
    CandidateImportError
        No value field, no usable value, no code shared with the project.
    LayerError
        The file cannot be read (see ``read_districts``).
    """
    import numpy as np
    import pandas as pd

    from smartzone.layers.vector import read_districts
    from smartzone.scoring.model import ScoreResult

    path = Path(path).resolve()
    codes, _layer = _project_districts(project)
    key = (_stamp(path), repr(layer), code_field, value_field, kind, encoding, tuple(codes))
    if use_cache and key in _cache:
        _cache.move_to_end(key)
        result, report = _cache[key]
        return _copy_result(result), _copy_report(report)

    dl = read_districts(path, layer=layer, code_field=code_field, encoding=encoding,
                        assume_crs=project.crs, target_crs=None)
    frame = dl.frame
    attr_cols = [c for c in frame.columns if c not in ("code", "name", frame.geometry.name)]
    col, how = _pick_value_field(attr_cols, value_field, kind, path)
    from smartzone.layers.codes import match_codes

    src_codes = frame["code"].astype(str).tolist()
    src_names = frame["name"].astype(str).tolist() if dl.report.name_field else None
    project_names = dict(zip(_layer.frame["code"].astype(str), _layer.frame["name"].astype(str), strict=False))
    code_match = match_codes(src_codes, src_names, codes, project_names)
    mapping = code_match.mapping
    values = _to_numbers(frame[col].to_numpy())
    values.index = pd.Index(src_codes, name="code")
    report = CandidateReport(
        path=str(path), layer=dl.layer_name, code_field=dl.report.code_field, value_field=col, kind=how,
        encoding=dl.report.encoding, encoding_source=dl.report.encoding_source, n_features=len(frame),
        warnings=list(dl.report.warnings),
    )
    report.code_match = code_match
    report.translated = code_match.counts["translated"]
    report.mismatched = [r.source_code for r in code_match.of("mismatched")]
    report.unmatched = sorted(r.source_code for r in code_match.of("unmatched"))
    usable = values.index.isin(list(mapping))
    values = values[usable]
    values.index = pd.Index([mapping[c] for c in values.index], name="code")
    project_codes = pd.Index(codes, name="code")
    in_project = values.index.isin(project_codes)
    report.matched = int(in_project.sum())
    report.missing = [c for c in codes if c not in set(values.index)]
    if report.matched == 0:
        mism = code_match.of("mismatched")
        detail = (" Codes whose names disagree: " + "; ".join(r.describe() for r in mism[:3]) + "."
                  if mism else "")
        raise CandidateImportError(
            f"None of the {len(src_codes)} codes of {path.name} (field '{report.code_field}', e.g. "
            f"{_sample(src_codes, 3)}) is a district of the project ({len(codes)} "
            f"{project.level} districts, e.g. {_sample(list(codes), 3)}). Is the file of another level "
            f"or another code system?{detail}", key="candidate_no_match", path=str(path),
            field=str(report.code_field), count=len(src_codes), sample=_sample(src_codes, 3), level=project.level,
            districts=len(codes), district_sample=_sample(list(codes), 3),
        )
    v = values[in_project]
    finite = v[np.isfinite(v.to_numpy(dtype=float))]
    report.no_value = sorted(v.index[~np.isfinite(v.to_numpy(dtype=float))].tolist())
    if finite.empty:
        raise CandidateImportError(f"Field '{col}' of {path.name} has no numeric value for the matched districts.",
                                   key="candidate_no_values", path=str(path), field=str(col))
    lo, hi = float(finite.min()), float(finite.max())
    report.value_range = (lo, hi)
    if how == "rank":
        ranked = finite.astype(float)
        if lo < 1:
            report.warnings.append(ReadingNote(
                "ranks_offset", f"ranks start at {lo:g}, not 1: the smallest is taken as rank 1.", low=lo))
            ranked = ranked - lo + 1.0
        n = max(len(ranked), int(math.ceil(float(ranked.max()))))
        score = (100.0 * (1.0 - (ranked - 1.0) / (n - 1.0))).clip(0.0, 100.0) if n > 1 else ranked * 0.0 + 100.0
    else:
        if lo < 0.0 or hi > 100.0:
            report.rescaled = True
            score = (finite - lo) / (hi - lo) * 100.0 if hi > lo else finite * 0.0 + 100.0
            report.warnings.append(ReadingNote(
                "scores_rescaled", f"scores {lo:g}-{hi:g} are outside 0-100: rescaled linearly to 0-100.",
                low=lo, high=hi))
        else:
            score = finite.astype(float)
    score_full = pd.Series(np.nan, index=project_codes, dtype="float64")
    score_full.loc[score.index] = score.to_numpy(dtype=float)
    if not score_full.index.is_unique:  # read_districts forbids duplicates; defensive
        score_full = score_full[~score_full.index.duplicated()]
    rank = score_full.rank(ascending=False, method="min").astype("Int64")
    excluded = {c: "not in the candidate map (후보지 지도에 없음)" for c in report.missing}
    for r in code_match.of("mismatched"):
        if r.target_code in excluded:
            excluded[r.target_code] = (f"code {r.source_code} of the candidate map names '{r.source_name}', "
                                       f"not '{r.target_name}' (이름 불일치)")
    excluded.update({c: f"no value in field '{col}' (값 없음)" for c in report.no_value})
    recipe = {
        "method": EXTERNAL_METHOD,
        "method_name": "외부 후보지 지도 (external candidate map)",
        "source": str(path),
        "file": path.name,
        "layer": dl.layer_name,
        "field": col,
        "kind": how,
        "code_field": report.code_field,
        "encoding": report.encoding,
        "rescaled": report.rescaled,
        "value_range": [lo, hi],
        "matched": report.matched,
        "unmatched": len(report.unmatched),
        "code_match": code_match.to_dict(),
        "params": {"value_field": col, "kind": how},
        "weights": {},
        "criteria": [],
    }
    result = ScoreResult(
        score=score_full,
        rank=rank,
        contributions=pd.DataFrame(index=project_codes),
        excluded=excluded,
        recipe=recipe,
        diagnostics={"candidate_report": report.summary()},
    )
    if use_cache:
        _cache[key] = (result, report)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return _copy_result(result), _copy_report(report)


def _copy_result(result: ScoreResult) -> ScoreResult:
    from dataclasses import replace

    return replace(result, excluded=dict(result.excluded), recipe=dict(result.recipe),
                   diagnostics=dict(result.diagnostics))


def _copy_report(report: CandidateReport) -> CandidateReport:
    from dataclasses import replace

    return replace(report, unmatched=list(report.unmatched), missing=list(report.missing),
                   no_value=list(report.no_value), warnings=list(report.warnings),
                   mismatched=list(report.mismatched))


def clear_cache() -> None:
    """Forget cached candidate maps."""
    _cache.clear()


# --------------------------------------------------------------------------- scenarios


def _scenario_options(scenario: Scenario) -> dict[str, Any]:
    p = scenario.params
    if not p.get("path"):
        raise CandidateImportError(f"Scenario {scenario.name!r} (external) has no source file path.",
                                   key="candidate_no_path", scenario=scenario.name)
    return {
        "layer": p.get("layer"),
        "code_field": p.get("code_field"),
        "value_field": p.get("value_field"),
        "kind": p.get("kind"),
        "encoding": p.get("encoding"),
    }


def external_result(project: Project, scenario: str | Scenario | None = None) -> ScoreResult:
    """The result of an external scenario, read from its file (cached per file stamp).

    Raises
    ------
    CandidateImportError
        Not an external scenario, file missing, no code in common ...
    """
    sc = scenario if isinstance(scenario, Scenario) else project.get_scenario(scenario)
    if not is_external(sc):
        raise CandidateImportError(f"Scenario {sc.name!r} is not an imported candidate map (method {sc.method!r}).",
                                   key="candidate_not_imported", scenario=sc.name, method=sc.method)
    path = Path(str(sc.params["path"])) if sc.params.get("path") else None
    options = _scenario_options(sc)
    assert path is not None
    if not path.exists():
        raise CandidateImportError(
            f"Scenario {sc.name!r}: candidate map {path} was not found. Put the file back or import it again.",
            key="candidate_file_missing", scenario=sc.name, path=str(path),
        )
    result, _report = read_candidate_map(project, path, **options)
    result.recipe["scenario"] = sc.name
    result.recipe["level"] = project.level
    return result


def candidate_report(project: Project, scenario: str | Scenario | None = None) -> CandidateReport:
    """The import report of an external scenario (matched / unmatched codes ...)."""
    sc = scenario if isinstance(scenario, Scenario) else project.get_scenario(scenario)
    if not is_external(sc):
        raise CandidateImportError(f"Scenario {sc.name!r} is not an imported candidate map (method {sc.method!r}).",
                                   key="candidate_not_imported", scenario=sc.name, method=sc.method)
    _result, report = read_candidate_map(project, Path(str(sc.params["path"])), **_scenario_options(sc))
    return report


def import_candidate_map(
    project: Project,
    path: str | Path,
    *,
    layer: str | int | None = None,
    code_field: str | None = None,
    value_field: str | None = None,
    kind: str | None = None,
    name: str | None = None,
    encoding: str | None = None,
    activate: bool = False,
) -> Scenario:
    """Add a candidate map file as a scenario of method ``"external"`` (one undo step).

    Parameters
    ----------
    project
        The project (its districts and level).
    path
        Shapefile, GeoPackage, GeoJSON or FlatGeobuf with district codes and a
        score or rank field.
    layer, code_field, value_field, kind, encoding
        See :func:`read_candidate_map`; the field and kind actually used are
        stored in the scenario.
    name
        Scenario name (default: the file name without suffix, made unique).
    activate
        Make the new scenario the active one.

    Returns
    -------
    Scenario
        The scenario added; :func:`candidate_report` gives the matching report.

    Raises
    ------
    CandidateImportError, LayerError
        As :func:`read_candidate_map`; nothing is added then.
    """
    path = Path(path).resolve()
    _result, report = read_candidate_map(project, path, layer=layer, code_field=code_field,
                                         value_field=value_field, kind=kind, encoding=encoding)
    base = (name or path.stem).strip() or path.stem
    if name is not None and name in project.scenarios:
        raise CandidateImportError(f"A scenario named {name!r} already exists.", key="scenario_exists", name=name)
    scenario_name = project._unique_name(base) if name is None else name
    params: dict[str, Any] = {
        "path": str(path),
        "value_field": report.value_field,
        "kind": report.kind,
    }
    if layer is not None:
        params["layer"] = layer
    if code_field is not None:
        params["code_field"] = code_field
    if encoding is not None:
        params["encoding"] = encoding
    sc = Scenario(
        name=scenario_name,
        method=EXTERNAL_METHOD,
        params=params,
        criteria=(),
        preset=None,
        description=f"외부 후보지 지도 (external): {path.name} [{report.value_field}, {report.kind}]",
    )
    project.add_scenario(sc, activate=activate)
    return sc
