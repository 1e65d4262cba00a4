"""Scoring presets: bundled TOML recipes (``resources/presets/*.toml``).

A preset names a scorer (``method``), its ``params`` and a list of criteria,
each optionally restricted to some analysis ``levels``. The format is given in
``docs/briefs/CONTRACTS.md`` ("Preset format")::

    preset = load_preset("industry-hub")
    criteria = preset.criteria_for("emd")

Presets are read with :mod:`tomllib`; nothing is evaluated.
"""
from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smartzone.app.core.levels import LEVELS  # the one definition (re-exported here)
from smartzone.scoring.errors import SmartZoneError

if TYPE_CHECKING:  # imported where criteria are built: the CLI's parser lists presets without pandas
    from smartzone.scoring.model import Criterion

__all__ = [
    "LEVELS",
    "Preset",
    "PresetCriterion",
    "PresetError",
    "available_presets",
    "load_preset",
    "presets_dir",
]

_DIRECTIONS = ("benefit", "cost")
_MISSING = ("exclude", "median", "zero")
_OPS = ("<", "<=", ">", ">=", "==", "!=")


class PresetError(SmartZoneError, ValueError):
    """A preset is unknown or its TOML file is malformed."""


def presets_dir() -> Path:
    """Folder of the bundled presets (``resources/presets``)."""
    from smartzone.resources import RESOURCES_DIR

    return RESOURCES_DIR / "presets"


def available_presets() -> list[str]:
    """Ids of the bundled presets (file stems), sorted."""
    folder = presets_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.toml"))


@dataclass(frozen=True)
class PresetCriterion:
    """A criterion of a preset with the levels it applies to and its rationale."""

    criterion: Criterion
    levels: tuple[str, ...] = LEVELS
    note: str = ""
    note_ko: str = ""


@dataclass(frozen=True)
class Preset:
    """A parsed preset file."""

    id: str
    name_ko: str
    name_en: str
    method: str
    params: Mapping[str, Any] = field(default_factory=dict)
    criteria: tuple[PresetCriterion, ...] = ()
    description_ko: str = ""
    description_en: str = ""
    path: Path | None = None

    def criteria_for(self, level: str) -> tuple[Criterion, ...]:
        """The criteria that apply at ``level`` ("sigungu" or "emd"), in file order."""
        if level not in LEVELS:
            raise PresetError(
                f"Unknown level {level!r} for preset {self.id!r}: use one of {', '.join(LEVELS)}.",
                key="unknown_level", level=str(level), levels=list(LEVELS),
            )
        return tuple(pc.criterion for pc in self.criteria if level in pc.levels)

    def notes(self, language: str = "en") -> dict[str, str]:
        """Indicator id -> the preset's note on why (and through which proxy) it is used,
        in Korean (``"ko"``, falling back to English) or English."""
        return {pc.criterion.indicator: (pc.note_ko or pc.note) if language == "ko" else (pc.note or pc.note_ko)
                for pc in self.criteria}


def _resolve(id_or_path: str | Path) -> Path:
    text = str(id_or_path)
    candidate = Path(text)
    if candidate.suffix.lower() == ".toml" or candidate.is_file():
        if not candidate.is_file():
            raise PresetError(f"Preset file {candidate} does not exist.", key="file_not_found", path=str(candidate))
        return candidate
    path = presets_dir() / f"{text}.toml"
    if path.is_file():
        return path
    names = available_presets()
    listing = ", ".join(names) if names else "none are installed"
    raise PresetError(f"Unknown preset {text!r}; available presets: {listing}.", key="preset_unknown", name=text,
                      available=list(names))


def _bad(message: str, path: Path | None, problem: str, **params: Any) -> PresetError:
    """A preset file's problem, keyed ``preset_invalid`` (``problem``: what is wrong)."""
    return PresetError(message, key="preset_invalid", problem=problem, **({"path": str(path)} if path else {}),
                       **params)


def _require(data: Mapping[str, Any], key: str, kind: type, where: str, path: Path | None = None,
             indicator: str = "") -> Any:
    if key not in data:
        raise _bad(f"{where}: missing key {key!r}.", path, "missing_key", name=key, indicator=indicator)
    value = data[key]
    if kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(f"{where}: {key!r} must be a number, got {value!r}.", path, "wrong_type", name=key,
                       kind="float", value=repr(value)[:80], indicator=indicator)
        return float(value)
    if not isinstance(value, kind):
        raise _bad(f"{where}: {key!r} must be a {kind.__name__}, got {value!r}.", path, "wrong_type", name=key,
                   kind=kind.__name__, value=repr(value)[:80], indicator=indicator)
    return value


def _parse_criterion(entry: Any, where: str, path: Path | None = None) -> PresetCriterion:
    from smartzone.scoring.model import Constraint, Criterion, Standardization

    if not isinstance(entry, Mapping):
        raise _bad(f"{where}: each [[criteria]] entry must be a table.", path, "entry_not_table")
    indicator = _require(entry, "indicator", str, where, path)
    where = f"{where} ({indicator})"
    direction = entry.get("direction", "benefit")
    if direction not in _DIRECTIONS:
        raise _bad(f"{where}: direction must be 'benefit' or 'cost', got {direction!r}.", path, "direction",
                   indicator=indicator, value=repr(direction)[:80])
    weight = _require(entry, "weight", float, where, path, indicator) if "weight" in entry else 1.0
    if not math.isfinite(weight) or weight < 0:
        raise _bad(f"{where}: weight must be a non-negative number, got {weight!r}.", path, "weight",
                   indicator=indicator, value=repr(weight))
    missing = entry.get("missing", "median")
    if missing not in _MISSING:
        raise _bad(f"{where}: missing must be one of {', '.join(_MISSING)}, got {missing!r}.", path, "missing",
                   indicator=indicator, value=repr(missing)[:80], allowed=list(_MISSING))
    levels = entry.get("levels", list(LEVELS))
    if isinstance(levels, str):
        levels = [levels]
    if not isinstance(levels, list) or not levels or any(lv not in LEVELS for lv in levels):
        raise _bad(f"{where}: levels must be a list of {', '.join(LEVELS)}, got {levels!r}.", path, "levels",
                   indicator=indicator, value=repr(levels)[:80], allowed=list(LEVELS))
    std = entry.get("standardization", {})
    if isinstance(std, str):
        std = {"method": std}
    if not isinstance(std, Mapping):
        raise _bad(f"{where}: standardization must be a table, got {std!r}.", path, "standardization",
                   indicator=indicator, value=repr(std)[:80])
    constraints = []
    for c in entry.get("constraints", []):
        if not isinstance(c, Mapping) or c.get("op") not in _OPS or "value" not in c:
            raise _bad(
                f"{where}: each constraint needs op (one of {' '.join(_OPS)}) and value, got {c!r}.", path,
                "constraint", indicator=indicator, value=repr(c)[:80], allowed=list(_OPS),
            )
        constraints.append(Constraint.from_dict(c))
    criterion = Criterion(
        indicator=indicator,
        direction=direction,
        standardization=Standardization.from_dict(std),
        weight=weight,
        constraints=tuple(constraints),
        missing=missing,
        label_ko=str(entry.get("label_ko", "")) or _demo_label(indicator, "label_ko"),
        label_en=str(entry.get("label_en", "")) or _demo_label(indicator, "label_en"),
    )
    return PresetCriterion(criterion, tuple(levels), str(entry.get("note", "")), str(entry.get("note_ko", "")))


def _demo_label(indicator: str, key: str) -> str:
    """The bundled indicator's display name, so recipes, exports and reports read well."""
    try:
        from smartzone.resources import demo_data

        labels = {d["id"]: d for d in demo_data.metadata()["indicators"]}
    except Exception:  # no demo metadata (a user's own preset on other data): no label
        return ""
    return str(labels.get(indicator, {}).get(key, ""))


def load_preset(id_or_path: str | Path) -> Preset:
    """Read a preset by bundled id (``"industry-hub"``) or by path to a ``.toml`` file.

    Raises
    ------
    PresetError
        Unknown id (the message lists the available ones), unreadable or
        malformed file (the message names the file and the problem).
    """
    path = _resolve(id_or_path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise PresetError(f"Preset file {path} is not valid TOML: {exc}.", key="preset_not_toml", path=str(path),
                          detail=str(exc)) from exc
    except OSError as exc:
        raise PresetError(f"Cannot read preset file {path}: {exc.strerror or exc}.", key="file_unreadable",
                          path=str(path), detail=str(exc.strerror or exc)) from exc
    where = f"Preset file {path}"
    preset_id = str(data.get("id", path.stem))
    method = _require(data, "method", str, where, path)
    params = data.get("params", {})
    if not isinstance(params, Mapping):
        raise _bad(f"{where}: [params] must be a table.", path, "params")
    entries = data.get("criteria", [])
    if not isinstance(entries, list) or not entries:
        raise _bad(f"{where}: at least one [[criteria]] entry is needed.", path, "no_criteria")
    criteria = tuple(_parse_criterion(e, where, path) for e in entries)
    seen: set[tuple[str, str]] = set()
    for pc in criteria:
        for level in pc.levels:
            key = (pc.criterion.indicator, level)
            if key in seen:
                raise _bad(f"{where}: indicator {key[0]!r} is listed twice for level {level!r}.", path, "twice",
                           indicator=key[0], level=level)
            seen.add(key)
    return Preset(
        id=preset_id,
        name_ko=str(data.get("name_ko", preset_id)),
        name_en=str(data.get("name_en", preset_id)),
        method=method,
        params=dict(params),
        criteria=criteria,
        description_ko=str(data.get("description_ko", "")),
        description_en=str(data.get("description_en", "")),
        path=path,
    )
