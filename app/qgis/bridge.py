"""Qt-free bridge between the QGIS algorithms and the SmartZone engine.

Everything that does not need QGIS lives here, so that it can be tested in
SmartZone's own environment as well as inside QGIS: the catalogue of scorers
and presets, matching indicator ids to layer fields, turning attribute values
into the engine's *matrix* (districts x raw indicators, indexed by code),
resolving scorer parameters and running the scoring engine.

The engine is :mod:`smartzone.scoring` (the very package the desktop app
uses), imported lazily so that QGIS can load the plugin and explain what is
missing when SmartZone is not installed in QGIS's Python.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from smartzone.scoring.errors import SmartZoneError

if TYPE_CHECKING:
    import pandas as pd

    from smartzone.layers.codes import CodeMatch
    from smartzone.scoring.model import Criterion, Direction, MissingPolicy, ScoreResult
    from smartzone.scoring.params import ParamSpec

__all__ = [
    "DIRECTIONS",
    "LEVELS",
    "MISSING_POLICIES",
    "STANDARDIZATIONS",
    "BridgeError",
    "PresetEntry",
    "ScorerEntry",
    "build_matrix",
    "custom_criteria",
    "engine_status",
    "match_fields",
    "normalize_code",
    "parse_codes",
    "parse_field_map",
    "preset_catalogue",
    "preset_criteria",
    "resolve_params",
    "result_rows",
    "run_scoring",
    "scorer_catalogue",
]

#: Analysis levels of the presets: 시군구 and 읍면동.
#: A copy of :data:`smartzone.app.core.levels.LEVELS` (tests/app/test_levels.py checks they agree):
#: the plugin must load, and say what is missing, where the engine is not installed.
LEVELS: tuple[str, ...] = ("sigungu", "emd")
#: Criterion directions offered by the custom-weights algorithm.
DIRECTIONS: tuple[str, ...] = ("benefit", "cost")
#: Missing-value policies (see :class:`smartzone.scoring.model.Criterion`).
MISSING_POLICIES: tuple[str, ...] = ("median", "exclude", "zero")
#: Parameter-free standardisations offered by the custom-weights algorithm.
STANDARDIZATIONS: tuple[str, ...] = ("minmax", "percentile", "zscore", "grade5")

_CODE_SPLIT = re.compile(r"[\s,;]+")


class BridgeError(SmartZoneError, ValueError):
    """Input that the engine cannot score; the message is written for the user."""


# --------------------------------------------------------------------------- engine
def engine_status() -> tuple[bool, str]:
    """Whether :mod:`smartzone.scoring` can be used here, and a message saying why not.

    Returns
    -------
    (bool, str)
        ``(True, "smartzone <version>")`` or ``(False, reason and what to do)``.
    """
    try:
        from importlib.metadata import PackageNotFoundError, version

        from smartzone.scoring.registry import available_scorers

        available_scorers()
    except ImportError as exc:
        return False, (
            f"The SmartZone engine cannot be imported in QGIS's Python ({exc}). "
            "Install it into the Python that runs QGIS: "
            "python -m pip install --no-deps smartzone, plus pandas, scipy and "
            "scikit-learn if QGIS lacks them (see docs/qgis-plugin.md)."
        )
    try:
        ver = version("smartzone")
    except PackageNotFoundError:
        ver = "(source tree)"
    return True, f"smartzone {ver}"


@dataclass(frozen=True)
class ScorerEntry:
    """A scoring method offered in the algorithms' method list."""

    id: str
    name_ko: str
    name_en: str
    params: tuple[ParamSpec, ...] = ()
    uses_weights: bool = True

    def label(self, korean: bool = False) -> str:
        """Display name with the stable id, e.g. ``"TOPSIS (closeness to the ideal) [topsis]"``."""
        name = self.name_ko if korean and self.name_ko else self.name_en
        return f"{name} [{self.id}]"


def scorer_catalogue() -> list[ScorerEntry]:
    """Every available scorer (built-ins first, then plugins) with its declared parameters.

    Built from :func:`smartzone.scoring.registry.available_scorers`; a broken
    scorer plugin is left out by the registry (see ``plugin_errors()``).
    """
    from smartzone.scoring.registry import available_scorers

    entries = []
    for sid, cls in available_scorers().items():
        entries.append(
            ScorerEntry(
                id=sid,
                name_ko=str(getattr(cls, "name_ko", sid) or sid),
                name_en=str(getattr(cls, "name_en", sid) or sid),
                params=tuple(getattr(cls, "params", ())),
                uses_weights=bool(getattr(cls, "uses_weights", True)),
            )
        )
    return entries


# --------------------------------------------------------------------------- presets
@dataclass(frozen=True)
class PresetEntry:
    """A bundled preset: id, names, method and method parameters."""

    id: str
    name_ko: str
    name_en: str
    method: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def label(self, korean: bool = False) -> str:
        """Display name with the id, e.g. ``"Smart-city special zone (industry hub) [industry-hub]"``."""
        name = self.name_ko if korean and self.name_ko else self.name_en
        return f"{name} [{self.id}]"


def preset_catalogue() -> list[PresetEntry]:
    """The bundled presets (``resources/presets/*.toml``), read with SmartZone's preset loader."""
    from smartzone.app.core.model.presets import available_presets, load_preset

    out = []
    for pid in available_presets():
        p = load_preset(pid)
        out.append(PresetEntry(p.id, p.name_ko, p.name_en, p.method, dict(p.params)))
    return out


def preset_criteria(preset_id: str, level: str) -> tuple[PresetEntry, tuple[Criterion, ...]]:
    """A preset and its criteria at ``level`` (``"sigungu"`` or ``"emd"``).

    Raises
    ------
    BridgeError
        Unknown preset or level (the message lists the valid ones).
    """
    from smartzone.app.core.model.presets import PresetError, load_preset

    try:
        p = load_preset(preset_id)
        criteria = p.criteria_for(level)
    except PresetError as exc:
        raise BridgeError(str(exc)) from exc
    return PresetEntry(p.id, p.name_ko, p.name_en, p.method, dict(p.params)), criteria


def _direction(name: str, direction: str) -> Direction:
    """One of :data:`DIRECTIONS`, else :class:`BridgeError`."""
    if direction == "benefit":
        return "benefit"
    if direction == "cost":
        return "cost"
    raise BridgeError(f"Direction of {name!r} must be 'benefit' or 'cost', got {direction!r}.")


def _missing_policy(missing: str) -> MissingPolicy:
    """One of :data:`MISSING_POLICIES`, else :class:`BridgeError`."""
    if missing == "median":
        return "median"
    if missing == "exclude":
        return "exclude"
    if missing == "zero":
        return "zero"
    raise BridgeError(f"Unknown missing-value policy {missing!r}: use one of {', '.join(MISSING_POLICIES)}.")


def custom_criteria(
    fields: Sequence[str],
    directions: Sequence[str],
    weights: Sequence[float],
    *,
    standardization: str = "minmax",
    missing: str = "median",
) -> tuple[Criterion, ...]:
    """Criteria for hand-picked fields: one per field, with its direction and weight.

    Raises
    ------
    BridgeError
        No field, a field picked twice, a negative or non-finite weight, all
        weights zero, or an unknown direction / standardisation / policy.
    """
    from smartzone.scoring.model import Criterion, Standardization

    if not fields:
        raise BridgeError("Pick at least one indicator field.")
    if not len(fields) == len(directions) == len(weights):
        raise BridgeError("Each indicator field needs one direction and one weight.")
    twice = sorted({f for f in fields if list(fields).count(f) > 1})
    if twice:
        raise BridgeError(f"Indicator field(s) picked more than once: {', '.join(twice)}.")
    if standardization not in STANDARDIZATIONS:
        raise BridgeError(
            f"Unknown standardisation {standardization!r}: use one of {', '.join(STANDARDIZATIONS)}."
        )
    policy = _missing_policy(missing)
    criteria = []
    for name, direction, weight in zip(fields, directions, weights, strict=True):
        sense = _direction(name, direction)
        w = float(weight)
        if not math.isfinite(w) or w < 0:
            raise BridgeError(f"Weight of {name!r} must be a non-negative number, got {weight!r}.")
        criteria.append(
            Criterion(
                indicator=name,
                direction=sense,
                standardization=Standardization(standardization),
                weight=w,
                missing=policy,
            )
        )
    if sum(c.weight for c in criteria) <= 0:
        raise BridgeError("At least one weight must be above 0.")
    return tuple(criteria)


# --------------------------------------------------------------------------- fields
def parse_field_map(text: str | None) -> dict[str, str]:
    """``"indicator=field, other=field2"`` -> ``{"indicator": "field", ...}``.

    Raises
    ------
    BridgeError
        An entry without ``=``.
    """
    out: dict[str, str] = {}
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise BridgeError(f"Field mapping entry {part!r} must read indicator=field.")
        key, value = (s.strip() for s in part.split("=", 1))
        if not key or not value:
            raise BridgeError(f"Field mapping entry {part!r} must read indicator=field.")
        out[key] = value
    return out


#: Prefix of the contribution columns in SmartZone's own score outputs (``c_<indicator>``);
#: equal to ``smartzone.app.core.pipeline.CONTRIBUTION_PREFIX`` (a test checks), not imported
#: because the pipeline pulls geopandas into QGIS's Python.
CONTRIBUTION_PREFIX = "c_"


def match_fields(
    indicators: Sequence[str],
    field_names: Sequence[str],
    overrides: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Find the layer field holding each indicator.

    In order: an explicit ``overrides`` entry; a field with exactly the
    indicator's name; the same ignoring case; a single field whose name ends
    with ``_<indicator>`` (QGIS prefixes joined fields with the joined layer's
    name, e.g. ``indicators_sigungu_ict_share``). Contribution columns of
    SmartZone's own outputs (``c_<indicator>``, points) never stand for the
    indicator; several candidates are an error that lists them.

    Raises
    ------
    BridgeError
        Some indicators have no field (all of them are listed, with what to do),
        or an override names a field the layer lacks.
    """
    overrides = dict(overrides or {})
    names = list(field_names)
    lower = {n.lower(): n for n in names}
    found: dict[str, str] = {}
    missing: list[str] = []
    ambiguous: dict[str, list[str]] = {}
    contributions: dict[str, str] = {}
    for ind in indicators:
        if ind in overrides:
            target = overrides[ind]
            if target not in names:
                raise BridgeError(
                    f"The field mapping names field {target!r} for {ind!r}, but the layer has no such field."
                )
            found[ind] = target
            continue
        if ind in names:
            found[ind] = ind
            continue
        if ind.lower() in lower:
            found[ind] = lower[ind.lower()]
            continue
        suffixed = [n for n in names if n.lower().endswith("_" + ind.lower())]
        # ``c_<indicator>`` of SmartZone's own scores is a contribution in points, not the indicator
        own = [n for n in suffixed if n.lower() == CONTRIBUTION_PREFIX + ind.lower()]
        suffixed = [n for n in suffixed if n not in own]
        if len(suffixed) == 1:
            found[ind] = suffixed[0]
            continue
        if len(suffixed) > 1:
            ambiguous[ind] = suffixed
        elif own:
            contributions[ind] = own[0]
        missing.append(ind)
    if missing:
        details = [f"{ind} matches several fields ({', '.join(c)}): name one with {ind}={c[0]}"
                   for ind, c in ambiguous.items()]
        details += [f"{field} is SmartZone's contribution of {ind} to a score (points), not the "
                    f"indicator" for ind, field in contributions.items()]
        raise BridgeError(
            "The input layer has no field for indicator(s) "
            f"{', '.join(missing)}. "
            + ("; ".join(details) + ". " if details else "")
            + "Join the indicator table first (for the demo: "
            "resources/demo/indicators_<level>.csv, joined on the district code) "
            "or map fields with indicator=field."
        )
    return found


# --------------------------------------------------------------------------- matrix
def normalize_code(value: Any) -> str | None:
    """A district code as text: ``11010``, ``11010.0`` and ``" 11010 "`` all give ``"11010"``.

    Returns ``None`` for a missing value (``None``, NaN, empty text).
    """
    if value is None or isinstance(value, bool):
        return None if value is None else str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    text = str(value).strip()
    return text or None


def parse_codes(text: str | Sequence[Any] | None) -> tuple[str, ...]:
    """District codes from text separated by commas, semicolons or spaces (duplicates dropped)."""
    if text is None:
        return ()
    items: Sequence[Any] = _CODE_SPLIT.split(text) if isinstance(text, str) else text
    out: list[str] = []
    for item in items:
        code = normalize_code(item)
        if code and code not in out:
            out.append(code)
    return tuple(out)


def _to_float(value: Any) -> float:
    if value is None or isinstance(value, bool):
        return math.nan
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(",", "")
    if not text:
        return math.nan
    try:
        return float(text)
    except ValueError:
        return math.nan


def build_matrix(codes: Sequence[Any], columns: Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    """The engine's matrix: one row per feature (feature order), indexed by district code.

    Parameters
    ----------
    codes
        District code of each feature (any type; see :func:`normalize_code`).
    columns
        Indicator id -> the raw values of each feature, in the indicator's own
        unit; ``None``/NaN/empty text = missing. Numbers stored as text are parsed.

    Raises
    ------
    BridgeError
        A feature without a code, duplicate codes, or an indicator whose
        values are all missing or not numbers.
    """
    import numpy as np
    import pandas as pd

    norm = [normalize_code(c) for c in codes]
    empty = [i for i, c in enumerate(norm) if c is None]
    if empty:
        raise BridgeError(
            f"{len(empty)} feature(s) have no district code (first feature index {empty[0]}): "
            "pick the field that holds the administrative code (e.g. 'code')."
        )
    index = pd.Index(norm, name="code", dtype=object)
    if index.has_duplicates:
        dup = sorted(set(index[index.duplicated()]))
        shown = ", ".join(dup[:5]) + (" ..." if len(dup) > 5 else "")
        raise BridgeError(
            f"The code field has duplicate values ({len(dup)}: {shown}); each district needs a unique "
            "administrative code."
        )
    data: dict[str, Any] = {}
    for name, values in columns.items():
        if len(values) != len(norm):
            raise BridgeError(f"Indicator {name!r} has {len(values)} values for {len(norm)} districts.")
        arr = np.array([_to_float(v) for v in values], dtype=np.float64)
        if len(arr) and np.isnan(arr).all():
            raise BridgeError(
                f"Indicator {name!r} has no numeric value in any feature. If it comes from a join, "
                "check that the join matched: both code fields must hold the same codes with the "
                "same type (text codes on both sides)."
            )
        data[name] = arr
    return pd.DataFrame(data, index=index)


# --------------------------------------------------------------------------- params
def resolve_params(
    specs: Sequence[ParamSpec],
    form: Mapping[str, Any],
    preset: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The keyword arguments for a scorer from the form and, for a preset, its ``[params]``.

    A value left at the declared default takes the preset's value when the
    preset sets one; otherwise the form value is used. Names the scorer
    does not declare are dropped. Values are not validated here: the engine
    validates them when scoring, with its fixed wording.
    """
    preset = dict(preset or {})
    out: dict[str, Any] = {}
    for spec in specs:
        value = form.get(spec.name, spec.default)
        at_default = value == (tuple(spec.default) if spec.kind == "codes" else spec.default)
        if spec.name in preset and at_default:
            value = preset[spec.name]
        out[spec.name] = value
    return out


# --------------------------------------------------------------------------- scoring
def run_scoring(
    matrix: pd.DataFrame,
    criteria: Sequence[Criterion],
    method: str,
    params: Mapping[str, Any] | None = None,
) -> ScoreResult:
    """Score ``matrix`` with the engine's :class:`~smartzone.scoring.engine.ScoringSession`.

    Raises
    ------
    BridgeError
        Anything the engine rejects (unknown method, invalid parameter,
        criteria not in the matrix, ...), with the engine's message.
    """
    from smartzone.app.core.scoring import score_criteria
    from smartzone.scoring.errors import ScoringError

    try:  # the app's one scoring entry point: same policy as the app and the CLI
        return score_criteria(matrix, criteria, method, params)
    except ScoringError as exc:
        raise BridgeError(" ".join(str(exc).split())) from exc


def result_rows(result: ScoreResult, codes: Sequence[str]) -> list[tuple[float | None, int | None, str]]:
    """``(score, rank, excluded reason)`` per code, in ``codes`` order; ``None`` where excluded."""
    import pandas as pd

    out: list[tuple[float | None, int | None, str]] = []
    score, rank = result.score, result.rank
    for code in codes:
        s = score.get(code)
        r = rank.get(code)
        s_val = None if s is None or pd.isna(s) else float(s)
        r_val = None if r is None or pd.isna(r) else int(r)
        out.append((s_val, r_val, str(result.excluded.get(code, ""))))
    return out


# --------------------------------------------------------------------------- code systems
@dataclass
class LayerCodes:
    """How the codes of a layer were matched to SmartZone's districts (issue 11 §1).

    Attributes
    ----------
    keys : list
        Per feature, the code it is scored under: the census code it was matched
        or translated to, its own code when it is unmatched, ``None`` when dropped.
    dropped : dict
        Feature index -> why it is not scored (a code whose name disagrees, ...).
    report : CodeMatchReport or None
        :func:`smartzone.layers.codes.match_codes`'s report (None: the codes are in
        no known system and are used as they are).
    name_field : str or None
        The layer's field whose names were checked.
    """

    keys: list[str | None]
    dropped: dict[int, str] = field(default_factory=dict)
    report: Any = None
    name_field: str | None = None

    def log_lines(self) -> list[str]:
        """Lines for the Processing log: the system, the counts, every problem row."""
        if self.report is None:
            return ["codes: not a known Korean code system; the layer's codes are used as they are"]
        lines = self.report.summary_lines(limit=50)
        lines[0] += f" (name field: {self.name_field})" if self.name_field else ""
        return lines

    def to_dict(self) -> dict[str, Any]:
        """For the recipe (the algorithm's RECIPE output)."""
        if self.report is None:
            return {"source_system": "unknown", "name_field": self.name_field}
        return {**self.report.to_dict(), "name_field": self.name_field}


def find_name_field(field_names: Sequence[str], code_field: str) -> str | None:
    """The layer's district-name field (``SIG_KOR_NM``, ``ADM_NM``, ``name``...), None without one."""
    from smartzone.layers.codes import NAME_FIELD_CANDIDATES

    lower = {n.lower(): n for n in field_names if n != code_field}
    for candidate in NAME_FIELD_CANDIDATES:
        if candidate in lower:
            return lower[candidate]
    return None


def _demo_districts(level: str) -> dict[str, str]:
    """Census code -> full name of SmartZone's districts at ``level`` (the bundled demo table)."""
    import csv
    import io
    from importlib.resources import files

    data = files("smartzone.resources").joinpath("demo", f"indicators_{level}.csv").read_bytes()
    # newline="" as the csv module wants (a Traversable's open() takes no newline argument)
    with io.StringIO(data.decode("utf-8"), newline="") as fh:
        return {row["code"]: row["name"] for row in csv.DictReader(fh)}


def match_layer_codes(codes: Sequence[Any], names: Sequence[Any] | None) -> LayerCodes:
    """Detect the code system of a layer's code field and key every feature by census code.

    The layer's codes (and names, when it has a name field) go through
    :func:`smartzone.layers.codes.match_codes` against SmartZone's districts, the
    same matching as ``smartzone compare`` and candidate import: 행정표준코드
    (``SIG_CD``, ``ADM_CD``) are translated through ``resources/codes``; a code
    whose name disagrees is *mismatched* and dropped (never scored as another
    district); an unmatched code keeps its own code.
    """
    from smartzone.layers.codes import match_codes

    norm = [normalize_code(c) for c in codes]
    present = [c for c in norm if c is not None]
    if not present:
        return LayerCodes(list(norm))
    lengths = [len(c) for c in present]
    level = "sigungu" if max(set(lengths), key=lengths.count) == 5 else "emd"
    targets = _demo_districts(level)
    src_names = None
    if names is not None:
        src_names = [None if n is None else (str(n).strip() or None) for n, c in zip(names, norm, strict=True)
                     if c is not None]
    report = match_codes(present, src_names, list(targets), targets)
    if report.source_system == "unknown":
        return LayerCodes(list(norm))
    by_source: dict[str, CodeMatch] = {}
    for match in report.rows:
        by_source.setdefault(match.source_code, match)
    used = set(report.mapping.values())
    keys: list[str | None] = []
    dropped: dict[int, str] = {}
    for i, code in enumerate(norm):
        row = by_source.get(code) if code is not None else None
        if row is None:
            keys.append(code)
        elif row.status in ("matched", "translated"):
            keys.append(row.target_code)
        elif row.status == "mismatched":
            keys.append(None)
            dropped[i] = f"code mismatch: {row.describe()}"
        elif code in used:  # an unmatched code equal to another feature's census code
            keys.append(None)
            dropped[i] = f"code {code} unmatched and equal to another district's census code"
        else:
            keys.append(code)
    return LayerCodes(keys, dropped, report)
