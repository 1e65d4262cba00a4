"""The SmartZone project: layers, scenarios (criteria, weights, method), view.

The model is Qt-free and observable (:class:`~smartzone.app.core.model.events.ProjectEvents`);
widgets observe it and call its edit methods. Every edit of criteria and
scenarios goes through :attr:`Project.undo_stack` so it can be undone.

Design decisions
----------------
* **A scenario belongs to the project's level.** ``Project.level`` ("sigungu"
  or "emd") says which districts are scored; every scenario's criteria refer
  to indicators of that level. :meth:`Project.set_level` switches level as one
  undoable edit: bundled demo layers follow the level, and scenarios created
  from a preset get that preset's criteria for the new level (keeping the
  user's edits of criteria present at both levels, and criteria the user added).
* Value objects (:class:`LayerRef`, :class:`Scenario`,
  :class:`~smartzone.scoring.model.Criterion`) are immutable; the project
  replaces them on edit, so an undo command only stores before/after values.
* ``layers`` is in drawing order: ``layers[0]`` is drawn first (at the bottom).
* Layer paths are absolute in memory; the project file stores them relative to
  its own folder (see :mod:`smartzone.app.core.model.projectfile`).
* Undoable: criteria, weights, method, parameters, scenario add / rename /
  remove / duplicate, level, layer add / remove / move. Not undoable but marking
  the project dirty: layer visibility, opacity and options, CRS, title. Neither
  undoable nor dirty (session state, still saved): active scenario, view extent.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from smartzone.app.core.levels import LEVEL_LABELS, LEVELS
from smartzone.app.core.model.events import ProjectEvents
from smartzone.app.core.model.undo import Command, FunctionCommand, UndoStack
from smartzone.scoring.errors import CriteriaError, SmartZoneError
from smartzone.scoring.model import Criterion

__all__ = [
    "DEFAULT_CRS",
    "EXTERNAL_METHOD",
    "LEVELS",
    "LayerRef",
    "Project",
    "ProjectError",
    "Scenario",
]

DEFAULT_CRS = "EPSG:5179"
#: Method id of a scenario imported from a candidate map (scores read from its file, not
#: computed): the project file, the scoring service and the import share this one value.
EXTERNAL_METHOD = "external"
LayerKind = Literal["vector", "raster", "table"]
_KINDS = ("vector", "raster", "table")

Extent = tuple[float, float, float, float]

#: The demo project's stored title; the app shows it in the UI's language ("SmartZone demo").
DEMO_TITLE = "SmartZone 데모 (demo)"


class ProjectError(SmartZoneError, ValueError):
    """An edit or a project content is invalid (unknown scenario, duplicate name ...)."""


# ---------------------------------------------------------------------------
# value objects
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class LayerRef:
    """A layer of the project (a reference to a file, not its data).

    Parameters
    ----------
    id
        Unique id within the project (``"districts"``, ``"landcover"`` ...).
    kind
        ``"vector"``, ``"raster"`` or ``"table"``.
    path
        Absolute path of the file.
    name
        Display name.
    visible, opacity
        Map display state (opacity 0-1).
    options
        Reading/display options, e.g. ``role`` ("districts", "indicators",
        "landcover"), ``layer`` (GeoPackage layer), ``code_field``,
        ``name_field``, ``code_column``, ``encoding``, ``crs`` (assumed CRS),
        ``legend``, ``demo`` (bundled file that follows the level).
    """

    id: str
    kind: LayerKind
    path: Path
    name: str = ""
    visible: bool = True
    opacity: float = 1.0
    options: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ProjectError(f"Layer {self.id!r}: kind must be one of {', '.join(_KINDS)}, got {self.kind!r}.",
                               key="layer_kind", layer=self.id, kind=str(self.kind), allowed=list(_KINDS))
        if not 0.0 <= float(self.opacity) <= 1.0:
            raise ProjectError(f"Layer {self.id!r}: opacity must be between 0 and 1, got {self.opacity!r}.",
                               key="layer_opacity", layer=self.id, value=self.opacity)
        object.__setattr__(self, "path", Path(self.path))
        object.__setattr__(self, "options", dict(self.options))

    @property
    def role(self) -> str | None:
        """``options["role"]`` ("districts", "indicators", "landcover" ...) or ``None``."""
        role = self.options.get("role")
        return str(role) if role is not None else None

    @property
    def display_name(self) -> str:
        return self.name or self.path.name


@dataclass(frozen=True)
class Scenario:
    """A named scoring recipe: scorer id, its parameters and the criteria.

    ``preset`` is the id of the preset it came from (if any); it lets
    :meth:`Project.set_level` re-derive the criteria for another level.
    """

    name: str
    method: str = "wlc"
    params: Mapping[str, Any] = field(default_factory=dict)
    criteria: tuple[Criterion, ...] = ()
    preset: str | None = None
    description: str = ""

    def __post_init__(self) -> None:
        if not str(self.name).strip():
            raise ProjectError("A scenario needs a non-empty name.", key="scenario_no_name")
        object.__setattr__(self, "params", dict(self.params))
        object.__setattr__(self, "criteria", tuple(self.criteria))
        seen: set[str] = set()
        for c in self.criteria:
            if c.indicator in seen:
                raise CriteriaError(f"Scenario {self.name!r}: indicator {c.indicator!r} is used twice.",
                                    key="criterion_twice", scenario=self.name, indicator=c.indicator)
            seen.add(c.indicator)

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(c.indicator for c in self.criteria)

    @property
    def weights(self) -> dict[str, float]:
        """Indicator -> raw (not normalised) weight."""
        return {c.indicator: c.weight for c in self.criteria}

    def index_of(self, indicator: str) -> int:
        for i, c in enumerate(self.criteria):
            if c.indicator == indicator:
                return i
        raise CriteriaError(
            f"Scenario {self.name!r} has no criterion {indicator!r}; "
            f"its criteria are: {', '.join(self.indicators) or 'none'}.", key="no_such_criterion",
            scenario=self.name, indicator=indicator, indicators=list(self.indicators),
        )

    def criterion(self, indicator: str) -> Criterion:
        """The criterion on ``indicator`` (``CriteriaError`` if there is none)."""
        return self.criteria[self.index_of(indicator)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "method": self.method,
            "params": dict(self.params),
            "preset": self.preset,
            "description": self.description,
            "criteria": [c.to_dict() for c in self.criteria],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scenario:
        return cls(
            name=str(data["name"]),
            method=str(data.get("method", "wlc")),
            params=dict(data.get("params") or {}),
            criteria=tuple(Criterion.from_dict(c) for c in data.get("criteria", ())),
            preset=data.get("preset"),
            description=str(data.get("description", "")),
        )

    @classmethod
    def from_preset(cls, preset: Any, level: str, name: str | None = None) -> Scenario:
        """Build a scenario from a :class:`~smartzone.app.core.model.presets.Preset` at ``level``."""
        return cls(
            name=name or preset.id,
            method=preset.method,
            params=dict(preset.params),
            criteria=preset.criteria_for(level),
            preset=preset.id,
            description=preset.name_ko,
        )


def _scenario_changes(old: Scenario, new: Scenario) -> tuple[str, ...]:
    """What differs between two versions of a scenario (the ``what`` of ``criteria_changed``)."""
    what: list[str] = []
    if old.method != new.method:
        what.append("method")
    if dict(old.params) != dict(new.params):
        what.append("params")
    if old.criteria != new.criteria:
        same_but_weight = old.indicators == new.indicators and all(
            replace(a, weight=0.0) == replace(b, weight=0.0) for a, b in zip(old.criteria, new.criteria, strict=True)
        )
        what.append("weights" if same_but_weight else "criteria")
    if (old.description, old.preset) != (new.description, new.preset):
        what.append("labels")
    return tuple(what)


def _check_weight(indicator: str, weight: float) -> float:
    try:
        value = float(weight)
    except (TypeError, ValueError):
        raise CriteriaError(f"Weight of {indicator!r} must be a number, got {weight!r}.", key="weight_invalid",
                            indicator=indicator, value=repr(weight)[:40]) from None
    if not math.isfinite(value) or value < 0:
        raise CriteriaError(f"Weight of {indicator!r} must be a finite number >= 0, got {weight!r}.",
                            key="weight_invalid", indicator=indicator, value=repr(weight)[:40])
    return value


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise ProjectError(f"Unknown level {level!r}: use one of {', '.join(LEVELS)}.", key="unknown_level",
                           level=str(level), levels=list(LEVELS))
    return level


# ---------------------------------------------------------------------------
# undo commands
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _State:
    level: str
    layers: tuple[LayerRef, ...]
    scenarios: tuple[Scenario, ...]
    active: str | None


class _SnapshotCommand(Command):
    """Replace scenarios (and optionally level/layers) by stored before/after values."""

    def __init__(
        self,
        project: Project,
        text: str,
        before: _State,
        after: _State,
        *,
        fields: frozenset[str],
        merge_key: Any = None,
        indicator: str | None = None,
    ) -> None:
        self.project = project
        self.text = text
        self.before = before
        self.after = after
        self.fields = fields
        self.merge_key = merge_key
        self.indicator = indicator

    def redo(self) -> None:
        self.project._apply_state(self.after, self.fields, self.indicator)

    def undo(self) -> None:
        self.project._apply_state(self.before, self.fields, self.indicator)

    def merge_with(self, other: Command) -> bool:
        if not isinstance(other, _SnapshotCommand) or other.fields != self.fields:
            return False
        self.after = other.after
        self.text = other.text
        return True

    def is_obsolete(self) -> bool:
        return self.before == self.after


class _LayerListCommand(Command):
    """Add, remove or move one layer; acts on the current list so that
    non-undoable edits of other layers (visibility ...) survive undo."""

    def __init__(self, project: Project, text: str, layer: LayerRef, old_index: int | None, new_index: int | None) -> None:
        self.project = project
        self.text = text
        self.layer = layer
        self.old_index = old_index
        self.new_index = new_index

    def _move(self, src: int | None, dst: int | None) -> None:
        layers = list(self.project._layers)
        current = next((lyr for lyr in layers if lyr.id == self.layer.id), self.layer)
        if src is not None:
            layers = [lyr for lyr in layers if lyr.id != self.layer.id]
        if dst is not None:
            layers.insert(min(dst, len(layers)), current)
        self.project._set_layers(tuple(layers), None)

    def redo(self) -> None:
        self._move(self.old_index, self.new_index)

    def undo(self) -> None:
        self._move(self.new_index, self.old_index)


# ---------------------------------------------------------------------------
# the project
# ---------------------------------------------------------------------------
class Project:
    """An observable, undoable SmartZone project.

    Parameters
    ----------
    level
        ``"sigungu"`` or ``"emd"``.
    layers
        Layers in drawing order (first = bottom).
    scenarios
        Scenarios in display order; names must be unique.
    active
        Name of the active scenario (default: the first).
    view_extent
        ``(xmin, ymin, xmax, ymax)`` in the project CRS, or ``None``.
    crs
        Project CRS as ``"EPSG:NNNN"`` (default EPSG:5179, Korea 2000 / Unified CS).
    title
        Free text shown in the window title and reports.
    """

    def __init__(
        self,
        *,
        level: str = "sigungu",
        layers: Iterable[LayerRef] = (),
        scenarios: Iterable[Scenario] = (),
        active: str | None = None,
        view_extent: Sequence[float] | None = None,
        crs: str = DEFAULT_CRS,
        title: str = "",
        path: str | Path | None = None,
    ) -> None:
        self.events = ProjectEvents(self)
        self.undo_stack = UndoStack()
        self._level = _check_level(level)
        self._layers: tuple[LayerRef, ...] = ()
        self._set_layers(tuple(layers), None, emit=False)
        self._scenarios: dict[str, Scenario] = {}
        for sc in scenarios:
            if sc.name in self._scenarios:
                raise ProjectError(f"Two scenarios are named {sc.name!r}.", key="scenario_exists", name=sc.name)
            self._scenarios[sc.name] = sc
        if active is not None and active not in self._scenarios:
            raise ProjectError(f"Active scenario {active!r} is not one of: {', '.join(self._scenarios) or 'none'}.",
                               key="no_such_scenario", name=str(active), scenarios=list(self._scenarios))
        self._active = active if active is not None else next(iter(self._scenarios), None)
        self._view_extent = self._check_extent(view_extent)
        self._crs = str(crs)
        self._title = str(title)
        self._path = Path(path).resolve() if path is not None else None
        self._extra_dirty = False
        self._last_dirty = False
        #: Problems found when the project was loaded (missing files ...), for the user.
        self.warnings: list[str] = []
        #: Keys of the loaded project file that SmartZone does not model, written back on save.
        self.unknown_keys: dict[str, Any] = {}
        self.undo_stack.changed.connect(self._on_stack_changed)
        self._plan: dict[str, Any] = {}

    # -- constructors ------------------------------------------------------
    @classmethod
    def demo(cls, level: str = "sigungu", preset: str = "industry-hub") -> Project:
        """The bundled demo project at ``level`` with ``preset`` active.

        Layers: districts of that level, its indicator table and the MODIS
        land-cover raster. Scenarios: one per bundled preset ("industry-hub",
        "shrinking-city" first), each with that preset's criteria for ``level``.
        """
        from smartzone.app.core.model.presets import available_presets, load_preset

        _check_level(level)
        names = available_presets()
        order: list[str] = [p for p in ("industry-hub", "shrinking-city") if p in names]
        order += [p for p in names if p not in order]
        if preset not in order:
            load_preset(preset)  # raises the "unknown preset, available: ..." error
            order.insert(0, preset)
        scenarios = [Scenario.from_preset(load_preset(p), level) for p in order]
        project = cls(
            level=level,
            layers=_demo_layers(level),
            scenarios=scenarios,
            active=preset,
            title=DEMO_TITLE,
        )
        project._view_extent = _layer_extent(project.layer_by_role("districts"))
        return project

    @classmethod
    def load(cls, path: str | Path) -> Project:
        """Read a project file (see :func:`smartzone.app.core.model.projectfile.load_project`)."""
        from smartzone.app.core.model.projectfile import load_project

        return load_project(path)

    def save(self, path: str | Path | None = None) -> Path:
        """Write the project atomically to ``path`` (default: its current path); returns it.

        After saving, the project is clean and its :attr:`path` is ``path``.
        """
        from smartzone.app.core.model.projectfile import save_project

        target = path if path is not None else self._path
        if target is None:
            raise ProjectError("This project has never been saved: give a file name.", key="project_never_saved")
        written = save_project(self, target)
        self.set_path(written)
        self.mark_clean()
        return written

    # -- read access ---------------------------------------------------------
    @property
    def level(self) -> str:
        return self._level

    @property
    def layers(self) -> tuple[LayerRef, ...]:
        return self._layers

    def layer(self, layer_id: str) -> LayerRef:
        for lyr in self._layers:
            if lyr.id == layer_id:
                return lyr
        raise ProjectError(
            f"No layer {layer_id!r} in the project; layers: {', '.join(lyr.id for lyr in self._layers) or 'none'}.",
            key="no_such_project_layer", layer=str(layer_id), layers=[lyr.id for lyr in self._layers],
        )

    def layer_by_role(self, role: str) -> LayerRef | None:
        """The first layer whose ``options["role"]`` is ``role``, or ``None``."""
        return next((lyr for lyr in self._layers if lyr.role == role), None)

    @property
    def scenarios(self) -> Mapping[str, Scenario]:
        """Read-only ordered mapping name -> :class:`Scenario`."""
        return MappingProxyType(self._scenarios)

    @property
    def scenario_names(self) -> list[str]:
        return list(self._scenarios)

    @property
    def active(self) -> str | None:
        return self._active

    @property
    def scenario(self) -> Scenario:
        """The active scenario."""
        if self._active is None:
            raise ProjectError("The project has no scenario.", key="no_scenario")
        return self._scenarios[self._active]

    def get_scenario(self, name: str | None = None) -> Scenario:
        """Scenario ``name`` (default: the active one); ``ProjectError`` lists the names if unknown."""
        if name is None:
            return self.scenario
        try:
            return self._scenarios[name]
        except KeyError:
            raise ProjectError(
                f"No scenario {name!r}; scenarios: {', '.join(self._scenarios) or 'none'}.", key="no_such_scenario",
                name=str(name), scenarios=list(self._scenarios),
            ) from None

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        """Criteria of the active scenario."""
        return self.scenario.criteria

    @property
    def view_extent(self) -> Extent | None:
        return self._view_extent

    @property
    def crs(self) -> str:
        return self._crs

    @property
    def title(self) -> str:
        return self._title

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dirty(self) -> bool:
        """True when there are unsaved changes."""
        return self._extra_dirty or not self.undo_stack.is_clean

    # -- undo ------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self.undo_stack.can_undo

    @property
    def can_redo(self) -> bool:
        return self.undo_stack.can_redo

    def undo(self) -> str:
        """Undo the last edit; returns its text ("" if nothing to undo)."""
        return self.undo_stack.undo()

    def redo(self) -> str:
        """Redo the last undone edit; returns its text ("" if nothing to redo)."""
        return self.undo_stack.redo()

    def end_merge(self) -> None:
        """Close the current run of merged slider moves (call on slider release)."""
        self.undo_stack.break_merge()

    # -- criteria edits (undoable) -------------------------------------------
    def set_weight(self, indicator: str, weight: float, *, scenario: str | None = None, merge: bool = True) -> None:
        """Set one criterion's raw weight. Consecutive calls on the same criterion merge
        into one undo step (a slider drag) unless ``merge`` is false."""
        sc = self.get_scenario(scenario)
        value = _check_weight(indicator, weight)
        i = sc.index_of(indicator)
        crit = replace(sc.criteria[i], weight=value)
        new = replace(sc, criteria=sc.criteria[:i] + (crit,) + sc.criteria[i + 1 :])
        key = ("weight", sc.name, indicator) if merge else None
        self._edit_scenario(sc, new, f"Change weight of {indicator}", merge_key=key, indicator=indicator)

    def set_weights(self, weights: Mapping[str, float], *, scenario: str | None = None) -> None:
        """Set several raw weights as one undo step (e.g. from AHP)."""
        sc = self.get_scenario(scenario)
        values = {ind: _check_weight(ind, w) for ind, w in weights.items()}
        for ind in values:
            sc.index_of(ind)
        criteria = tuple(replace(c, weight=values[c.indicator]) if c.indicator in values else c for c in sc.criteria)
        self._edit_scenario(sc, replace(sc, criteria=criteria), "Change weights")

    def set_criterion(self, indicator: str, criterion: Criterion, *, scenario: str | None = None) -> None:
        """Replace the criterion on ``indicator`` (the new one may use another indicator)."""
        sc = self.get_scenario(scenario)
        i = sc.index_of(indicator)
        _check_weight(criterion.indicator, criterion.weight)
        if criterion.indicator != indicator and criterion.indicator in sc.indicators:
            raise CriteriaError(f"Scenario {sc.name!r} already has a criterion {criterion.indicator!r}.",
                                key="criterion_twice", scenario=sc.name, indicator=criterion.indicator)
        new = replace(sc, criteria=sc.criteria[:i] + (criterion,) + sc.criteria[i + 1 :])
        self._edit_scenario(sc, new, f"Edit criterion {indicator}", indicator=criterion.indicator)

    def add_criterion(self, criterion: Criterion, *, index: int | None = None, scenario: str | None = None) -> None:
        """Add a criterion (at ``index``, default last)."""
        sc = self.get_scenario(scenario)
        if criterion.indicator in sc.indicators:
            raise CriteriaError(f"Scenario {sc.name!r} already has a criterion {criterion.indicator!r}.",
                                key="criterion_twice", scenario=sc.name, indicator=criterion.indicator)
        _check_weight(criterion.indicator, criterion.weight)
        criteria = list(sc.criteria)
        criteria.insert(len(criteria) if index is None else index, criterion)
        self._edit_scenario(sc, replace(sc, criteria=tuple(criteria)), f"Add criterion {criterion.indicator}",
                            indicator=criterion.indicator)

    def remove_criterion(self, indicator: str, *, scenario: str | None = None) -> None:
        """Remove the criterion on ``indicator``."""
        sc = self.get_scenario(scenario)
        i = sc.index_of(indicator)
        new = replace(sc, criteria=sc.criteria[:i] + sc.criteria[i + 1 :])
        self._edit_scenario(sc, new, f"Remove criterion {indicator}", indicator=indicator)

    def move_criterion(self, indicator: str, index: int, *, scenario: str | None = None) -> None:
        """Move the criterion on ``indicator`` to position ``index``."""
        sc = self.get_scenario(scenario)
        criteria = list(sc.criteria)
        crit = criteria.pop(sc.index_of(indicator))
        criteria.insert(max(0, min(index, len(criteria))), crit)
        self._edit_scenario(sc, replace(sc, criteria=tuple(criteria)), f"Move criterion {indicator}",
                            indicator=indicator)

    # -- deployment planner settings (undoable, saved as the file's "plan" section) ---------
    @property
    def plan(self) -> dict[str, Any]:
        """The planner's settings: ``{"rules": PlanRules.to_dict(), "catalogue": path or records}``."""
        return dict(self._plan)

    def set_plan(self, plan: Mapping[str, Any], text: str = "Change plan settings", *, record: bool = True) -> None:
        """Replace the planner's settings (an undoable edit; emits ``plan_changed``).

        ``record=False`` installs them without an undo step (loading a file).
        """
        import json

        before, after = dict(self._plan), json.loads(json.dumps(dict(plan)))  # plain JSON only
        if before == after:
            return

        def install(value: dict[str, Any]) -> None:
            self._plan = dict(value)
            self.events.plan_changed.emit(plan=dict(value))
            self.events.changed.emit(what="plan")

        if not record:
            self._plan = after
            return
        self.undo_stack.push(FunctionCommand(text, lambda: install(after), lambda: install(before)))

    def set_method(self, method: str, params: Mapping[str, Any] | None = None, *, scenario: str | None = None) -> None:
        """Switch the scorer (``params`` default to empty, i.e. the scorer's defaults)."""
        sc = self.get_scenario(scenario)
        if not str(method).strip():
            raise ProjectError("A scoring method id is needed.", key="no_method")
        new = replace(sc, method=str(method), params=dict(params or {}))
        self._edit_scenario(sc, new, f"Change method to {method}")

    def set_params(self, params: Mapping[str, Any], *, scenario: str | None = None) -> None:
        """Replace the scorer's parameters."""
        sc = self.get_scenario(scenario)
        self._edit_scenario(sc, replace(sc, params=dict(params)), f"Change parameters of {sc.method}")

    # -- scenario edits (undoable) --------------------------------------------
    def add_scenario(self, scenario: Scenario, *, activate: bool = True, index: int | None = None) -> None:
        """Add a scenario (names must be unique)."""
        if scenario.name in self._scenarios:
            raise ProjectError(f"A scenario named {scenario.name!r} already exists.", key="scenario_exists",
                               name=scenario.name)
        items = list(self._scenarios.values())
        items.insert(len(items) if index is None else index, scenario)
        active = scenario.name if activate or self._active is None else self._active
        self._edit(f"Add scenario {scenario.name}", self._state(scenarios=tuple(items), active=active),
                   carry_active=False)

    def add_preset_scenario(self, preset: str, name: str | None = None, *, activate: bool = True) -> Scenario:
        """Add a scenario from a bundled preset (or ``.toml`` path) at the project's level."""
        from smartzone.app.core.model.presets import load_preset

        p = load_preset(preset)
        sc = Scenario.from_preset(p, self._level, name=name or self._unique_name(p.id))
        self.add_scenario(sc, activate=activate)
        return sc

    def rename_scenario(self, old: str, new: str) -> None:
        """Rename scenario ``old`` to ``new`` (undoable)."""
        self.get_scenario(old)
        new = str(new).strip()
        if new == old:
            return
        if not new:
            raise ProjectError("A scenario needs a non-empty name.", key="scenario_no_name")
        if new in self._scenarios:
            raise ProjectError(f"A scenario named {new!r} already exists.", key="scenario_exists", name=new)
        items = tuple(replace(s, name=new) if s.name == old else s for s in self._scenarios.values())
        active = new if self._active == old else self._active
        self._edit(f"Rename scenario {old} to {new}", self._state(scenarios=items, active=active),
                   carry_active=False)

    def remove_scenario(self, name: str) -> None:
        """Remove scenario ``name`` (undoable); the next one becomes active if needed."""
        self.get_scenario(name)
        names = list(self._scenarios)
        items = tuple(s for s in self._scenarios.values() if s.name != name)
        active = self._active
        if active == name:
            i = names.index(name)
            rest = [n for n in names if n != name]
            active = rest[min(i, len(rest) - 1)] if rest else None
        self._edit(f"Remove scenario {name}", self._state(scenarios=items, active=active), carry_active=False)

    def duplicate_scenario(self, name: str | None = None, new_name: str | None = None, *, activate: bool = True) -> str:
        """Copy scenario ``name`` (default active) as ``new_name`` (default "<name> (2)"); returns the new name."""
        sc = self.get_scenario(name)
        new_name = new_name or self._unique_name(sc.name)
        if new_name in self._scenarios:
            raise ProjectError(f"A scenario named {new_name!r} already exists.", key="scenario_exists", name=new_name)
        items = list(self._scenarios.values())
        items.insert(items.index(sc) + 1, replace(sc, name=new_name))
        active = new_name if activate else self._active
        self._edit(f"Duplicate scenario {sc.name} as {new_name}", self._state(scenarios=tuple(items), active=active),
                   carry_active=False)
        return new_name

    def set_level(self, level: str) -> None:
        """Switch the analysis level (undoable); see the module docstring for what follows."""
        _check_level(level)
        if level == self._level:
            return
        layers = tuple(_relevel_layer(lyr, level) for lyr in self._layers)
        scenarios = tuple(_relevel_scenario(sc, self._level, level) for sc in self._scenarios.values())
        state = _State(level, layers, scenarios, self._active)
        self._edit(f"Change level to {level}", state, fields=frozenset({"level", "layers", "scenarios"}))

    # -- layer edits -------------------------------------------------------------
    def add_layer(self, layer: LayerRef, *, index: int | None = None) -> None:
        """Add a layer (undoable); ``index`` in drawing order, default on top."""
        if any(lyr.id == layer.id for lyr in self._layers):
            raise ProjectError(f"A layer with id {layer.id!r} already exists.", key="layer_exists", layer=layer.id)
        pos = len(self._layers) if index is None else index
        self.undo_stack.push(_LayerListCommand(self, f"Add layer {layer.display_name}", layer, None, pos))

    def remove_layer(self, layer_id: str) -> None:
        """Remove a layer (undoable)."""
        layer = self.layer(layer_id)
        pos = self._layers.index(layer)
        self.undo_stack.push(_LayerListCommand(self, f"Remove layer {layer.display_name}", layer, pos, None))

    def move_layer(self, layer_id: str, index: int) -> None:
        """Move a layer to ``index`` in drawing order (undoable)."""
        layer = self.layer(layer_id)
        pos = self._layers.index(layer)
        if pos == index:
            return
        self.undo_stack.push(_LayerListCommand(self, f"Move layer {layer.display_name}", layer, pos, index))

    def set_layer_visible(self, layer_id: str, visible: bool) -> None:
        self._update_layer(layer_id, visible=bool(visible))

    def set_layer_opacity(self, layer_id: str, opacity: float) -> None:
        self._update_layer(layer_id, opacity=float(opacity))

    def set_layer_options(self, layer_id: str, **options: Any) -> None:
        """Merge ``options`` into a layer's options (``None`` removes a key)."""
        merged = dict(self.layer(layer_id).options)
        for key, value in options.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        self._update_layer(layer_id, options=merged)

    # -- other state ---------------------------------------------------------------
    def set_active(self, name: str) -> None:
        """Make scenario ``name`` the active one (not undoable, not an unsaved change)."""
        self.get_scenario(name)
        if name != self._active:
            self._active = name
            self.events.scenario_changed.emit(active=name)
            self.events.changed.emit(what="active")

    def set_view_extent(self, extent: Sequence[float] | None) -> None:
        """Remember the map extent ``(xmin, ymin, xmax, ymax)`` in the project CRS."""
        value = self._check_extent(extent)
        if value != self._view_extent:
            self._view_extent = value
            self.events.view_changed.emit(extent=value)
            self.events.changed.emit(what="view")

    def set_crs(self, crs: str) -> None:
        """Set the project CRS (``"EPSG:NNNN"``); marks the project dirty."""
        crs = str(crs).strip()
        if crs != self._crs:
            self._crs = crs
            self._mark_dirty()
            self.events.crs_changed.emit(crs=crs, extent=self._view_extent)
            self.events.view_changed.emit(extent=self._view_extent)
            self.events.changed.emit(what="crs")

    def set_title(self, title: str) -> None:
        if title != self._title:
            self._title = str(title)
            self._mark_dirty()
            self.events.changed.emit(what="title")

    def set_path(self, path: str | Path | None) -> None:
        new = Path(path).resolve() if path is not None else None
        if new != self._path:
            self._path = new
            self.events.path_changed.emit(path=new)

    def mark_clean(self) -> None:
        """Declare the current state saved."""
        self._extra_dirty = False
        self.undo_stack.set_clean()  # emits, which updates the dirty flag

    # -- internals ------------------------------------------------------------------
    @staticmethod
    def _check_extent(extent: Sequence[float] | None) -> Extent | None:
        if extent is None:
            return None
        try:
            values = tuple(float(v) for v in extent)
        except (TypeError, ValueError):
            raise ProjectError(f"A view extent is four numbers (xmin, ymin, xmax, ymax), got {extent!r}.",
                               key="view_extent", value=repr(extent)[:80]) from None
        if len(values) != 4 or not all(math.isfinite(v) for v in values) or values[0] > values[2] or values[1] > values[3]:
            raise ProjectError(f"A view extent is four finite numbers xmin <= xmax, ymin <= ymax, got {extent!r}.",
                               key="view_extent", value=repr(extent)[:80])
        return (values[0], values[1], values[2], values[3])

    def _unique_name(self, base: str) -> str:
        if base not in self._scenarios:
            return base
        n = 2
        while f"{base} ({n})" in self._scenarios:
            n += 1
        return f"{base} ({n})"

    def _state(self, *, scenarios: tuple[Scenario, ...] | None = None, active: str | None = None) -> _State:
        return _State(
            self._level,
            self._layers,
            tuple(self._scenarios.values()) if scenarios is None else scenarios,
            self._active if scenarios is None else active,
        )

    def _edit_scenario(self, old: Scenario, new: Scenario, text: str, *, merge_key: Any = None,
                       indicator: str | None = None) -> None:
        items = tuple(new if s.name == old.name else s for s in self._scenarios.values())
        self._edit(text, self._state(scenarios=items, active=self._active), merge_key=merge_key, indicator=indicator)

    def _edit(self, text: str, after: _State, *, merge_key: Any = None, indicator: str | None = None,
              fields: frozenset[str] = frozenset({"scenarios"}), carry_active: bool = True) -> None:
        before = self._state()
        if before == after:
            return
        if carry_active:
            fields = fields | {"carry_active"}
        self.undo_stack.push(
            _SnapshotCommand(self, text, before, after, fields=fields, merge_key=merge_key, indicator=indicator)
        )

    def _apply_state(self, state: _State, fields: frozenset[str], indicator: str | None) -> None:
        """Install ``state`` (from an undo command) and emit the matching events."""
        old_level, old_scenarios, old_active = self._level, dict(self._scenarios), self._active
        if "level" in fields:
            self._level = state.level
        if "layers" in fields:
            self._set_layers(state.layers, None, emit=False)
        self._scenarios = {s.name: s for s in state.scenarios}
        if "carry_active" in fields and old_active in self._scenarios:
            self._active = old_active
        elif "carry_active" in fields:
            self._active = state.active if state.active in self._scenarios else next(iter(self._scenarios), None)
        else:
            self._active = state.active
        what = []
        if self._level != old_level:
            self.events.level_changed.emit(level=self._level)
            what.append("level")
        if "layers" in fields:
            self.events.layers_changed.emit(layer_id=None)
            what.append("layers")
        if list(self._scenarios) != list(old_scenarios) or self._active != old_active:
            self.events.scenario_changed.emit(active=self._active)
            what.append("scenarios")
        for name, sc in self._scenarios.items():
            if name in old_scenarios and old_scenarios[name] != sc:
                self.events.criteria_changed.emit(scenario=name, indicator=indicator,
                                                  what=_scenario_changes(old_scenarios[name], sc))
                if "criteria" not in what:
                    what.append("criteria")
        self.events.changed.emit(what=",".join(what))

    def _set_layers(self, layers: tuple[LayerRef, ...], layer_id: str | None, *, emit: bool = True) -> None:
        ids = [lyr.id for lyr in layers]
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            raise ProjectError(f"Layer ids must be unique; repeated: {', '.join(sorted(dupes))}.", key="layer_exists",
                               layer=", ".join(sorted(dupes)))
        self._layers = tuple(layers)
        if emit:
            self.events.layers_changed.emit(layer_id=layer_id)
            self.events.changed.emit(what="layers")

    def _update_layer(self, layer_id: str, **changes: Any) -> None:
        old = self.layer(layer_id)
        new = replace(old, **changes)
        if new == old:
            return
        self._set_layers(tuple(new if lyr.id == layer_id else lyr for lyr in self._layers), layer_id, emit=False)
        self._mark_dirty()
        self.events.layers_changed.emit(layer_id=layer_id)
        self.events.changed.emit(what="layers")

    def _mark_dirty(self) -> None:
        self._extra_dirty = True
        self._sync_dirty()

    def _sync_dirty(self) -> None:
        dirty = self.dirty
        if dirty != self._last_dirty:
            self._last_dirty = dirty
            self.events.dirty_changed.emit(dirty=dirty)

    def _on_stack_changed(self, _info: Any) -> None:
        self._sync_dirty()
        self.events.undo_changed.emit(
            can_undo=self.can_undo,
            can_redo=self.can_redo,
            undo_text=self.undo_stack.undo_text,
            redo_text=self.undo_stack.redo_text,
        )

    def __repr__(self) -> str:
        return (
            f"<Project level={self._level!r} layers={len(self._layers)} scenarios={list(self._scenarios)} "
            f"active={self._active!r} dirty={self.dirty} path={str(self._path) if self._path else None!r}>"
        )


# ---------------------------------------------------------------------------
# demo helpers
# ---------------------------------------------------------------------------
def _demo_layers(level: str) -> list[LayerRef]:
    from smartzone.resources import demo_data

    ko, _en = LEVEL_LABELS[level]
    layers = [
        LayerRef(
            id="landcover",
            kind="raster",
            path=Path(demo_data.landcover_path()),
            name="토지피복 MODIS 2019 (land cover)",
            visible=False,
            opacity=0.6,
            options={"role": "landcover", "legend": "modis_igbp", "demo": True},
        ),
        LayerRef(
            id="districts",
            kind="vector",
            path=Path(demo_data.districts_path()),
            name=f"{ko} 경계 2020 (districts)",
            options={"role": "districts", "layer": level, "code_field": "code", "name_field": "name", "demo": True},
        ),
        LayerRef(
            id="indicators",
            kind="table",
            path=Path(demo_data.indicators_path(level)),
            name=f"{ko} 지표 (indicators)",
            options={"role": "indicators", "code_column": "code", "demo": True},
        ),
    ]
    return layers


def _relevel_layer(layer: LayerRef, level: str) -> LayerRef:
    if not layer.options.get("demo"):
        return layer
    ko, _en = LEVEL_LABELS[level]
    if layer.role == "districts":
        return replace(layer, name=f"{ko} 경계 2020 (districts)", options={**layer.options, "layer": level})
    if layer.role == "indicators":
        from smartzone.resources import demo_data

        return replace(layer, path=Path(demo_data.indicators_path(level)), name=f"{ko} 지표 (indicators)")
    return layer


def _relevel_scenario(sc: Scenario, old_level: str, new_level: str) -> Scenario:
    if not sc.preset:
        return sc
    from smartzone.app.core.model.presets import PresetError, load_preset

    try:
        preset = load_preset(sc.preset)
    except PresetError:
        return sc
    preset_ids = {pc.criterion.indicator for pc in preset.criteria}
    current = {c.indicator: c for c in sc.criteria}
    as_preset = {c.indicator: c for c in preset.criteria_for(old_level)}
    # A criterion the user edited follows them to the new level; an unedited one takes the new
    # level's preset entry, which may differ (growth 2020→2025: min-max 0.25 for 시군구,
    # percentile 0.35 for 읍면동).
    criteria = [cur if (cur := current.get(c.indicator)) is not None and cur != as_preset.get(c.indicator) else c
                for c in preset.criteria_for(new_level)]
    criteria += [c for c in sc.criteria if c.indicator not in preset_ids]  # added by the user
    return replace(sc, criteria=tuple(criteria))


def _layer_extent(layer: LayerRef | None) -> Extent | None:
    """Bounds of a vector layer read from its metadata (fast; ``None`` on failure)."""
    if layer is None or not layer.path.exists():
        return None
    try:
        import pyogrio

        info = pyogrio.read_info(layer.path, layer=layer.options.get("layer"))
        bounds = info.get("total_bounds")
        if bounds is None:
            return None
        x0, y0, x1, y1 = (float(v) for v in bounds)
        return x0, y0, x1, y1
    except Exception:
        return None
