"""A tiny, Qt-free event emitter for the project model.

Widgets observe the model by connecting callbacks to :class:`Event` objects::

    project.events.criteria_changed.connect(panel.refresh)

Each callback receives one :class:`EventInfo` whose attributes are the keyword
payload given to :meth:`Event.emit` plus ``type`` (the event's name) and
``source`` (the emitting object). Passing one object rather than keyword
arguments means a payload can grow without breaking existing observers.

A callback that raises is logged and skipped, so one broken observer cannot
leave the model half-updated; set ``Event.raise_errors = True`` (the test suite
does) to let such errors propagate instead.

Bound methods are held by **weak reference** (as psygnal and napari do): an
observer that is garbage-collected, or a Qt object whose C++ side is destroyed
(its ``destroyed`` signal, found by duck typing so that this module stays
Qt-free), is dropped without a manual ``disconnect``. Plain functions and
lambdas are held strongly (nothing else would keep them alive).

Payloads say what changed: ``criteria_changed`` carries ``what`` (a tuple of
``"weights"``, ``"criteria"``, ``"method"``, ``"params"``, ``"labels"``), so an
observer does not have to diff the model itself.

Why not psygnal itself: its emission loop stops at the first callback that
raises, and the model must not be left half-observed by one broken widget.
"""
from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["Event", "EventInfo", "ProjectEvents"]

_log = logging.getLogger(__name__)

Callback = Callable[["EventInfo"], Any]


class _Slot:
    """One connected callback: a weak reference for bound methods, a strong one otherwise."""

    __slots__ = ("__weakref__", "_ref", "_strong")

    def __init__(self, callback: Callback, on_dead: Callable[[_Slot], None]) -> None:
        owner = getattr(callback, "__self__", None)
        self._strong: Callback | None = None
        self._ref: weakref.WeakMethod[Any] | None = None
        if owner is not None and hasattr(callback, "__func__"):
            try:
                self._ref = weakref.WeakMethod(callback, lambda _r: on_dead(self))
            except TypeError:  # an owner that cannot be weakly referenced
                self._strong = callback
            else:
                destroyed = getattr(owner, "destroyed", None)  # a QObject: its C++ side may go first
                if destroyed is not None and hasattr(destroyed, "connect"):
                    slot_ref = weakref.ref(self)

                    def _gone(*_: Any) -> None:
                        slot = slot_ref()
                        if slot is not None:
                            on_dead(slot)

                    destroyed.connect(_gone)
        else:
            self._strong = callback

    def get(self) -> Callback | None:
        """The callback, or None once its owner is gone."""
        if self._strong is not None:
            return self._strong
        return self._ref() if self._ref is not None else None


class EventInfo:
    """What an observer receives: ``type``, ``source`` and the payload as attributes."""

    def __init__(self, type: str, source: Any, payload: dict[str, Any]) -> None:
        self.type = type
        self.source = source
        self.payload = payload
        for key, value in payload.items():
            setattr(self, key, value)

    def __repr__(self) -> str:
        items = ", ".join(f"{k}={v!r}" for k, v in self.payload.items())
        return f"EventInfo(type={self.type!r}{', ' if items else ''}{items})"


class Event:
    """One named event with a list of callbacks.

    Parameters
    ----------
    name
        Event name, given to callbacks as ``EventInfo.type``.
    source
        Object reported as ``EventInfo.source`` (usually the model).
    """

    #: When true, exceptions raised by callbacks propagate out of :meth:`emit`.
    raise_errors: bool = False

    def __init__(self, name: str, source: Any = None) -> None:
        self.name = name
        self._source_ref = weakref.ref(source) if source is not None else None
        self._slots: list[_Slot] = []
        self._blocked = 0

    @property
    def source(self) -> Any:
        """The emitting object (``None`` if it has been garbage-collected)."""
        return self._source_ref() if self._source_ref is not None else None

    def connect(self, callback: Callback) -> Callback:
        """Call ``callback(info)`` on every emission; returns it (usable as a decorator).

        Connecting the same callback twice has no extra effect. A bound method is
        held weakly: when its object goes away, it is disconnected by itself.
        """
        if not callable(callback):
            raise TypeError(f"Event {self.name!r}: callback must be callable, got {callback!r}")
        if callback not in self.callbacks:
            self._slots.append(_Slot(callback, self._drop))
        return callback

    def _drop(self, slot: _Slot) -> None:
        if slot in self._slots:
            self._slots.remove(slot)

    def disconnect(self, callback: Callback | None = None) -> None:
        """Remove ``callback`` (or every callback when ``None``); unknown callbacks are ignored."""
        if callback is None:
            self._slots.clear()
            return
        for slot in list(self._slots):
            if slot.get() == callback:
                self._slots.remove(slot)

    @property
    def callbacks(self) -> tuple[Callback, ...]:
        """The connected callbacks whose owners are alive, in connection order."""
        return tuple(cb for cb in (slot.get() for slot in self._slots) if cb is not None)

    @contextmanager
    def blocked(self) -> Iterator[None]:
        """Suppress emissions inside the ``with`` block."""
        self._blocked += 1
        try:
            yield
        finally:
            self._blocked -= 1

    def emit(self, **payload: Any) -> EventInfo | None:
        """Call every callback with an :class:`EventInfo` built from ``payload``."""
        if self._blocked:
            return None
        info = EventInfo(self.name, self.source, payload)
        for callback in self.callbacks:
            try:
                callback(info)
            except Exception:
                if Event.raise_errors:
                    raise
                _log.exception("Error in a callback of event %r", self.name)
        return info

    def __repr__(self) -> str:
        return f"<Event {self.name!r} with {len(self.callbacks)} callback(s)>"


class ProjectEvents:
    """The events of a :class:`~smartzone.app.core.model.project.Project`.

    Attributes
    ----------
    changed
        Any change at all (emitted after each specific event); payload ``what``.
    layers_changed
        Layer list, order, visibility, opacity or options changed; payload ``layer_id``
        (``None`` for list changes).
    criteria_changed
        Criteria, weights, method or parameters of a scenario changed; payload
        ``scenario`` (name), ``indicator`` (or ``None``) and ``what``: the aspects that
        changed, a tuple of ``"weights"`` (only weights: the fast re-score path),
        ``"criteria"`` (criteria added, removed, moved or edited beyond the weight),
        ``"method"`` and ``"params"``.
    scenario_changed
        Scenarios added, removed, renamed or the active one switched; payload ``active``.
    level_changed
        The analysis level changed; payload ``level``.
    view_changed
        The saved view extent changed; payload ``extent`` (project CRS).
    crs_changed
        The project CRS changed (data is re-read in it); payload ``crs`` and ``extent``.
    dirty_changed
        The unsaved-changes flag flipped; payload ``dirty``.
    path_changed
        The project file path changed (save as / load); payload ``path``.
    undo_changed
        Undo/redo availability or texts changed; payload ``can_undo``, ``can_redo``.
    plan_changed
        The deployment planner's settings changed; payload ``plan``.
    """

    NAMES = (
        "changed",
        "layers_changed",
        "criteria_changed",
        "scenario_changed",
        "level_changed",
        "view_changed",
        "crs_changed",
        "dirty_changed",
        "path_changed",
        "undo_changed",
        "plan_changed",
    )

    def __init__(self, source: Any = None) -> None:
        for name in self.NAMES:
            setattr(self, name, Event(name, source))

    # Declared for type checkers and readers.
    changed: Event
    plan_changed: Event
    layers_changed: Event
    criteria_changed: Event
    scenario_changed: Event
    level_changed: Event
    view_changed: Event
    crs_changed: Event
    dirty_changed: Event
    path_changed: Event
    undo_changed: Event

    def __iter__(self) -> Iterator[Event]:
        return (getattr(self, name) for name in self.NAMES)

    def disconnect_all(self) -> None:
        """Remove every callback from every event (e.g. when a window closes)."""
        for event in self:
            event.disconnect()
