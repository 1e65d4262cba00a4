"""Scorer discovery through the ``smartzone.scorers`` entry-point group.

Built-in scorers are declared in SmartZone's own ``pyproject.toml`` exactly as
a plugin declares its own::

    [project.entry-points."smartzone.scorers"]
    wlc = "smartzone.scoring.methods.wlc:WeightedLinearCombination"

Discovery is lazy (first call to :func:`available_scorers`) and never raises
because of a plugin: a plugin that fails to import, is not a scorer class,
declares an id different from its entry-point name or reuses an id already
taken is skipped, logged and listed by :func:`plugin_errors`. Third-party
scorers come back from :func:`get_scorer` wrapped in :class:`GuardedScorer`,
which turns any exception inside ``score`` into a
:class:`~smartzone.scoring.errors.PluginError` and validates the returned
:class:`ScoreResult` (:func:`~smartzone.scoring.result.check_result`), so a
misbehaving plugin can fail a run but never takes the app down.
"""
from __future__ import annotations

import importlib.metadata
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import pandas as pd

from .base import Scorer, valid_id
from .errors import CriteriaError, ParameterError, PluginError, ScoringError
from .model import Criterion, ScoreResult
from .params import ParamSpec
from .result import result_problems

GROUP = "smartzone.scorers"
BUILTIN_DISTRIBUTION = "smartzone"

logger = logging.getLogger(__name__)


class ScorerClass(Protocol):
    """A registered scorer class, as :func:`declaration_problems` checks it: a
    :class:`~smartzone.scoring.base.Scorer` subclass or any class with these members
    (calling it with the parameters gives the scorer)."""

    @property
    def id(self) -> str: ...
    @property
    def name_ko(self) -> str: ...
    @property
    def name_en(self) -> str: ...
    @property
    def params(self) -> tuple[ParamSpec, ...]: ...

    def __call__(self, **params: Any) -> Any: ...


@dataclass(frozen=True)
class PluginFailure:
    """One reported plugin problem.

    Attributes
    ----------
    name
        Entry-point name (= intended scorer id).
    target
        ``module:attribute`` the entry point points at.
    distribution
        Installed distribution declaring it (``"?"`` if unknown).
    stage
        ``"load"`` (import / declaration problem, scorer skipped),
        ``"init"`` (constructor failed) or ``"score"`` (exception or invalid result).
    message
        What went wrong, for the user.
    """

    name: str
    target: str
    distribution: str
    stage: str
    message: str

    def __str__(self) -> str:
        return f"scorer plugin {self.name!r} ({self.distribution}, {self.target}) [{self.stage}]: {self.message}"


@dataclass(frozen=True)
class ScorerInfo:
    """A discovered scorer: its class and where it comes from."""

    id: str
    cls: ScorerClass
    distribution: str
    target: str
    builtin: bool

    def describe(self) -> dict[str, Any]:
        """Plain data for a method picker / parameter form."""
        return {
            "id": self.id,
            "name_ko": getattr(self.cls, "name_ko", self.id),
            "name_en": getattr(self.cls, "name_en", self.id),
            "builtin": self.builtin,
            "distribution": self.distribution,
            "scale": getattr(self.cls, "scale", ""),
            "params": [p.to_dict() for p in getattr(self.cls, "params", ())],
        }


_lock = threading.RLock()
_scorers: dict[str, ScorerInfo] | None = None
_failures: list[PluginFailure] = []


def _dist_name(ep: importlib.metadata.EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    name = getattr(dist, "name", None) if dist is not None else None
    return str(name) if name else "?"


def _is_builtin(dist: str) -> bool:
    return dist.replace("_", "-").lower() == BUILTIN_DISTRIBUTION


def _record(failure: PluginFailure) -> None:
    with _lock:
        _failures.append(failure)
    logger.warning("%s", failure)


def declaration_problems(obj: Any, name: str | None = None) -> list[str]:
    """Why ``obj`` cannot serve as a scorer class (empty list = fine)."""
    if not isinstance(obj, type):
        return [f"{obj!r} is not a class"]
    problems: list[str] = []
    sid = getattr(obj, "id", None)
    if not valid_id(sid):
        problems.append(f"id {sid!r} is not a lowercase identifier ([a-z][a-z0-9_]*)")
    elif name is not None and sid != name:
        problems.append(f"declares id {sid!r} but its entry point is named {name!r}")
    for attr in ("name_ko", "name_en"):
        if not isinstance(getattr(obj, attr, None), str) or not getattr(obj, attr):
            problems.append(f"{attr} is missing or empty")
    params = getattr(obj, "params", None)
    if not isinstance(params, tuple) or not all(isinstance(p, ParamSpec) for p in params):
        problems.append("params is not a tuple of ParamSpec")
    for method in ("score", "get_params", "set_params"):
        if not callable(getattr(obj, method, None)):
            problems.append(f"has no {method}() method")
    return problems


_BUILTIN_ORDER = ("wlc", "wpm", "owa", "fuzzy_and", "fuzzy_or", "topsis", "vikor", "supervised", "similarity")


def _sort_key(ep: importlib.metadata.EntryPoint) -> tuple[bool, int, str, str]:
    builtin = _is_builtin(_dist_name(ep))
    pos = _BUILTIN_ORDER.index(ep.name) if builtin and ep.name in _BUILTIN_ORDER else len(_BUILTIN_ORDER)
    return (not builtin, pos, ep.name, _dist_name(ep))


def _discover() -> dict[str, ScorerInfo]:
    found: dict[str, ScorerInfo] = {}
    try:
        eps = list(importlib.metadata.entry_points(group=GROUP))
    except Exception as exc:  # a corrupt installed distribution must not stop the app
        _record(PluginFailure("*", "*", "?", "load", f"cannot read entry points: {exc}"))
        return found
    # built-ins first, so a plugin can never shadow one; then by name for stable order
    eps.sort(key=_sort_key)
    for ep in eps:
        dist = _dist_name(ep)
        try:
            obj = ep.load()
        except BaseException as exc:  # noqa: BLE001 - SystemExit from a plugin import too
            if isinstance(exc, KeyboardInterrupt):
                raise
            _record(PluginFailure(ep.name, ep.value, dist, "load", f"import failed: {type(exc).__name__}: {exc}"))
            continue
        problems = declaration_problems(obj, ep.name)
        if problems:
            _record(PluginFailure(ep.name, ep.value, dist, "load", "; ".join(problems)))
            continue
        if ep.name in found:
            if found[ep.name].target == ep.value:
                continue  # the same distribution seen twice on sys.path
            _record(
                PluginFailure(
                    ep.name, ep.value, dist, "load",
                    f"id {ep.name!r} is already provided by {found[ep.name].distribution}; skipped",
                )
            )
            continue
        found[ep.name] = ScorerInfo(ep.name, obj, dist, ep.value, _is_builtin(dist))
    return found


def _registry() -> dict[str, ScorerInfo]:
    global _scorers
    with _lock:
        if _scorers is None:
            _scorers = _discover()
        return _scorers


def refresh() -> None:
    """Forget discovered scorers and load-stage failures; the next call re-scans entry points."""
    global _scorers
    with _lock:
        _scorers = None
        _failures[:] = [f for f in _failures if f.stage != "load"]


def available_scorers() -> dict[str, ScorerClass]:
    """Scorer id -> class, built-ins first. Broken plugins are left out (see :func:`plugin_errors`)."""
    return {sid: info.cls for sid, info in _registry().items()}


def scorer_info(scorer_id: str) -> ScorerInfo:
    """Where a scorer comes from; raises :class:`ParameterError` for an unknown id."""
    reg = _registry()
    if scorer_id not in reg:
        known = ", ".join(reg) or "none"
        broken = [f.name for f in plugin_errors() if f.name == scorer_id]
        hint = " (its plugin failed to load: see plugin_errors())" if broken else ""
        raise ParameterError(f"Unknown scoring method {scorer_id!r}{hint}. Available: {known}.",
                             key="method_unknown", method=str(scorer_id), available=list(reg), broken=bool(broken))
    return reg[scorer_id]


def describe_scorers() -> list[dict[str, Any]]:
    """Id, names, scale and parameter declarations of every available scorer."""
    return [info.describe() for info in _registry().values()]


def plugin_errors() -> list[PluginFailure]:
    """Every plugin problem reported since start-up (or the last :func:`refresh`)."""
    _registry()
    with _lock:
        return list(_failures)


def get_scorer(scorer_id: str, **params: Any) -> Any:
    """A new scorer instance by id.

    Built-ins come back as they are; third-party scorers wrapped in a
    :class:`GuardedScorer`.

    Raises
    ------
    ParameterError
        Unknown id or unknown parameter name.
    PluginError
        A plugin's constructor failed.
    """
    info = scorer_info(scorer_id)
    if info.builtin:
        return info.cls(**params)
    try:
        inner = info.cls(**params)
    except ScoringError:
        raise
    except (Exception, SystemExit, KeyboardInterrupt) as exc:  # sys.exit() in a plugin too
        failure = PluginFailure(info.id, info.target, info.distribution, "init", f"{type(exc).__name__}: {exc}")
        _record(failure)
        raise PluginError(f"Scoring method {info.id!r} could not be created: {failure.message}",
                          key="plugin_init_failed", method=str(info.id), detail=failure.message) from exc
    return GuardedScorer(inner, info)


def _read_only_copy(matrix: pd.DataFrame) -> pd.DataFrame:
    """A deep copy of ``matrix`` for a plugin: whatever it writes stays in its copy."""
    return matrix.copy(deep=True)


class GuardedScorer:
    """A third-party scorer whose failures become :class:`PluginError` and are reported.

    Everything except :meth:`score` is delegated to the wrapped scorer
    (``.scorer``).
    """

    def __init__(self, scorer: Any, info: ScorerInfo) -> None:
        self.scorer = scorer
        self.info = info

    def __getattr__(self, name: str) -> Any:
        return getattr(self.scorer, name)

    def __repr__(self) -> str:
        return f"GuardedScorer({self.scorer!r})"

    def set_params(self, **params: Any) -> GuardedScorer:
        self.scorer.set_params(**params)
        return self

    def _fail(self, message: str, exc: BaseException | None = None) -> PluginError:
        _record(PluginFailure(self.info.id, self.info.target, self.info.distribution, "score", message))
        err = PluginError(
            f"Scoring method {self.info.id!r} (plugin {self.info.distribution}) failed: {message}. "
            "Choose another method or update the plugin.",
            key="plugin_failed", method=self.info.id, distribution=self.info.distribution, detail=message,
        )
        if exc is not None:
            err.__cause__ = exc
        return err

    def score(self, matrix: pd.DataFrame, criteria: Sequence[Criterion]) -> ScoreResult:
        """Run the plugin's ``score``; validate its result against the matrix and criteria."""
        try:
            # a copy: a plugin that writes into its input must not change later scores
            result = self.scorer.score(_read_only_copy(matrix), criteria)
        except (ParameterError, CriteriaError):
            raise  # the user's input, not the plugin, is at fault
        except (KeyboardInterrupt, SystemExit) as exc:
            # sys.exit() or a stray KeyboardInterrupt in a plugin must not close SmartZone
            raise self._fail(f"it tried to stop SmartZone ({type(exc).__name__})", exc) from exc
        except Exception as exc:
            raise self._fail(f"{type(exc).__name__}: {exc}", exc) from exc
        try:
            problems = result_problems(result, matrix.index, list(criteria), method=self.info.id)
        except Exception as exc:  # a result so odd that checking it fails
            raise self._fail(f"result could not be checked ({type(exc).__name__}: {exc})", exc) from exc
        if problems:
            raise self._fail("invalid result: " + "; ".join(problems))
        if not result.score.index.equals(matrix.index):
            result.score = result.score.reindex(matrix.index)
            result.rank = result.rank.reindex(matrix.index)
            result.contributions = result.contributions.reindex(matrix.index)
        checked: ScoreResult = result  # validated by result_problems above
        return checked


def is_builtin(scorer: Any) -> bool:
    """True for an instance of a built-in scorer class (not wrapped)."""
    return isinstance(scorer, Scorer) and type(scorer).__module__.startswith("smartzone.scoring.methods")
