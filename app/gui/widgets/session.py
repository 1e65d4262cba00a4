"""Derived data of the open project: districts, matrix, scoring session, result.

The :class:`~smartzone.app.core.model.project.Project` is the single source of
truth; this object only caches what is computed from it (read layers, the
indicator matrix, a :class:`~smartzone.scoring.engine.ScoringSession`) and
tells the widgets when a new result is ready. A weight change re-scores with
``ScoringSession.rescore`` (milliseconds); other criteria edits rebuild the
session; a level or layer change reloads the data in a worker thread.
"""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from smartzone.app.core.keys import frozen
from smartzone.app.core.labels import bilingual
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.render import DistrictGeometry

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

    from smartzone.app.core.model.events import Event
    from smartzone.app.core.model.project import Project
    from smartzone.layers.vector import DistrictLayer
    from smartzone.scoring.model import Criterion, ScoreResult

#: What the loaded data depend on: (level, CRS, the data layers with their options as
#: :func:`~smartzone.app.core.keys.frozen` values, so equal options hit and unequal ones miss).
DataKey = tuple[str, str, tuple[tuple[object, ...], ...]]


class AppSession(QObject):
    """Loads and scores the project's data for the widgets.

    Signals
    -------
    loading(str)
        Data loading started (message).
    progress(float)
        Loading progress 0-100.
    loaded()
        Districts and matrix are ready (``geometry``, ``matrix``, ``layer``).
    failed(str)
        Loading or scoring failed; a message for the user.
    canceled()
        The user cancelled a reload; the previous districts and matrix stay, and the
        project edits that asked for the reload (a level change ...) are undone, so the
        project is back in the state the data and result were computed for.
    busy_changed(bool)
        True while new data loads (a level or layer change): the districts, matrix and
        result are still the previous ones, so level-dependent views show a busy state
        instead of mixing them with the project's new criteria; False when loading ended.
    result_changed(object)
        A new :class:`~smartzone.scoring.model.ScoreResult` (or None).
    """

    loading = Signal(str)
    progress = Signal(float)
    loaded = Signal()
    failed = Signal(str)
    canceled = Signal()
    busy_changed = Signal(bool)
    result_changed = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project: Project = project
        self._observed: Project | None = None  # the project whose events this session receives
        self.layer: DistrictLayer | None = None
        self.matrix: pd.DataFrame | None = None
        self.geometry: DistrictGeometry | None = None
        self.result: ScoreResult | None = None
        self.scoring: Any = None
        self._scorer: Any = None
        self._worker: Any = None
        self._load_key: DataKey | None = None
        self._loaded_key: DataKey | None = None
        self.zonal_labels: dict[str, str] = {}
        self.last_score_ms = 0.0
        self._labels: dict[str, str] = {}
        self._labels_key: Any = None
        self._align_cache: Any = None
        self._loaded_project: Any = None
        self._restore_index: int | None = None  # undo index of the state the shown data belongs to
        self._restoring = False
        self.set_project(project)

    # ---------------------------------------------------------------- project
    def set_project(self, project: Project) -> None:
        """Observe ``project`` (disconnecting the previous one) and load its data."""
        if self._observed is not None:
            for ev, cb in self._connections(self._observed):
                ev.disconnect(cb)
        self.project = self._observed = project
        for ev, cb in self._connections(project):
            ev.connect(cb)
        self.reload()

    def _connections(self, project: Project) -> list[tuple[Event, Callable[..., None]]]:
        ev = project.events
        return [
            (ev.criteria_changed, self._on_criteria),
            (ev.scenario_changed, self._on_criteria),
            (ev.level_changed, self._on_layers),
            (ev.layers_changed, self._on_layers),
            (ev.crs_changed, self._on_layers),
        ]

    def _data_key(self) -> DataKey:
        """What the loaded data depend on: level, CRS and the data layers with their options."""
        p = self.project
        roles: list[tuple[object, ...]] = []
        for lyr in p.layers:
            if lyr.kind in ("vector", "table") and lyr.role in ("districts", "indicators", None):
                roles.append((lyr.id, str(lyr.path), frozen(lyr.options)))
            elif lyr.kind == "raster" and lyr.options.get("zonal"):
                # zonal statistics of a raster layer are columns of the matrix
                roles.append((lyr.id, str(lyr.path), frozen(lyr.options.get("zonal")),
                              frozen(lyr.options.get("legend")), frozen(lyr.options.get("band"))))
        return (p.level, p.crs, tuple(roles))

    @property
    def busy(self) -> bool:
        """True while data is loading for a changed level or layers (the shown data is the previous)."""
        return self._worker is not None

    def _on_layers(self, info: Any = None) -> None:
        if not self._restoring and self._data_key() != self._load_key:
            self.reload()

    def _on_criteria(self, info: Any = None) -> None:
        # While loading, the criteria may already be those of the new level: scoring them on
        # the previous matrix would show a mixed state. The load scores when it is done.
        if self.matrix is not None and not self.busy and not self._restoring:
            self.rescore()

    # ---------------------------------------------------------------- loading
    def reload(self) -> None:
        """Read districts and matrix in a worker; scores when done."""
        from smartzone.app.gui.workers import run_in_thread

        was_busy = self._worker is not None
        if was_busy:
            self._worker.cancel()
        elif self._loaded_project is self.project and self._loaded_key is not None:
            # Called from the edit that changed the data (inside the undo stack's push, undo or
            # redo, before its index moves): this index is the state the shown data belongs to.
            self._restore_index = self.project.undo_stack.index
        else:
            self._restore_index = None
        self._load_key = key = self._data_key()
        project = self.project
        self.loading.emit(self.tr("Loading districts and indicators…"))
        previous = (self.layer, self.geometry)
        from smartzone.app.drawing import i18n

        korean = i18n.is_korean()

        def job(feedback: Any = None) -> Any:
            from smartzone.app.core.pipeline import load_matrix, zonal_labels

            layer, matrix = load_matrix(project, feedback)
            if layer is previous[0] and previous[1] is not None:
                geom = previous[1]  # same districts (cached): only indicator columns changed
            else:
                geom = DistrictGeometry.from_frame(layer.frame)
                # Coarse paths are built here so the first paint on the GUI thread is quick.
                geom.build_lod(0)
                geom.build_lod(1)
            return project, layer, matrix, geom, key, zonal_labels(project, korean)

        holder: list[Any] = []

        def current() -> bool:  # signals of a superseded reload are ignored
            return bool(holder) and self._worker is holder[0]

        def progress(value: float) -> None:
            if current():
                self.progress.emit(value)

        def done(payload: Any) -> None:
            if current():
                self._loaded(payload)

        def failed(msg: str, detail: str) -> None:
            if current():
                self._load_failed(msg, detail)

        def canceled() -> None:
            if current():
                self._load_canceled()

        worker = run_in_thread(job, on_done=done, on_error=failed, on_progress=progress, on_canceled=canceled)
        holder.append(worker)
        self._worker = worker
        if not was_busy:
            self.busy_changed.emit(True)

    def _loaded(self, payload: Any) -> None:
        project, layer, matrix, geom, key, labels = payload
        if project is not self.project:
            return  # a newer project replaced it meanwhile
        self._worker = None
        self._restore_index = None
        self._loaded_key = key
        self._loaded_project = project
        self.zonal_labels = labels
        self.layer, self.matrix, self.geometry = layer, matrix, geom
        self.scoring = None
        self._scorer = None
        self.busy_changed.emit(False)
        self.loaded.emit()
        self.rescore()

    def _load_failed(self, message: str, detail: str) -> None:
        self._worker = None
        self._restore_index = None
        self._load_key = self._loaded_key  # the data shown is still the previous load's
        self.busy_changed.emit(False)
        self.failed.emit(message)

    def _load_canceled(self) -> None:
        self._worker = None
        # Keep the previous districts and matrix; the next layer change reloads.
        self._load_key = self._loaded_key
        restore, self._restore_index = self._restore_index, None
        if restore is not None:
            self._restore_project(restore)
        self.busy_changed.emit(False)
        self.canceled.emit()

    def _restore_project(self, index: int) -> None:
        """Undo (or redo) the project back to undo index ``index``: the state of the shown data."""
        project = self.project
        stack = project.undo_stack
        self._restoring = True
        try:
            while stack.index > index and project.can_undo:
                project.undo()
            while stack.index < index and project.can_redo:
                project.redo()
        finally:
            self._restoring = False
        if self._data_key() == self._loaded_key and self.matrix is not None:
            self.rescore()

    def cancel(self) -> bool:
        """Ask the running reload to stop; False when nothing is loading."""
        if self._worker is None:
            return False
        self._worker.cancel()
        return True

    def wait_loaded(self, timeout: float = 30.0) -> bool:
        """Block until loading finished (tests, screenshots); processes Qt events."""
        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + timeout
        while self._worker is not None and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        QCoreApplication.processEvents()
        return self.matrix is not None

    # ---------------------------------------------------------------- scoring
    def criteria(self) -> tuple[Criterion, ...]:
        """Criteria of the active scenario, checked against the loaded matrix (the core's one policy).

        Raises
        ------
        MissingIndicatorError
            A criterion's indicator is not in the matrix.
        """
        from smartzone.app.core.scoring import check_criteria

        sc = self.project.scenario
        assert self.matrix is not None, "no data loaded yet"  # callers check `loaded` first
        return check_criteria(sc.criteria, self.matrix, sc.name)

    def rescore(self) -> ScoreResult | None:
        """Score the active scenario; fast path when only weights changed (nothing while loading)."""
        matrix = self.matrix
        if matrix is None or self.busy:
            return None
        from smartzone.app.core.scoring import NoCriteriaError

        t0 = time.perf_counter()
        try:
            result = self._score(matrix)
        except Exception as exc:  # scoring errors are user errors (bad parameters ...)
            self.result = None
            if isinstance(exc, NoCriteriaError):
                message = self.tr("No criteria: add at least one indicator in the Criteria panel.")
            else:
                message = error_text(exc)
            self.failed.emit(message)
            self.result_changed.emit(None)
            return None
        self.last_score_ms = (time.perf_counter() - t0) * 1000
        self.result = result
        self.result_changed.emit(result)
        return result

    def _score(self, matrix: pd.DataFrame) -> ScoreResult:
        from smartzone.app.core.scoring import ScenarioScorer

        scorer = self._scorer
        if scorer is None or scorer.project is not self.project or scorer.matrix is not matrix:
            scorer = self._scorer = ScenarioScorer(self.project, matrix)
        result = scorer.score()
        self.scoring = scorer.session
        return result

    # ---------------------------------------------------------------- helpers
    def aligned(self, series: Any) -> np.ndarray:
        """A Series indexed by code, as an array in map (geometry) order."""
        if self.geometry is None or series is None:
            return np.array([])
        import pandas as pd

        # The position of each map district in the series' index, cached per index
        # object: re-scores return series over the same index, so this is a take().
        index = series.index
        cached = self._align_cache
        if cached is None or cached[0] is not index:
            pos = pd.Index(index.astype(str)).get_indexer(self.geometry.codes)
            cached = self._align_cache = (index, pos)
        pos = cached[1]
        values = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
        out = values[np.where(pos >= 0, pos, 0)]
        out[pos < 0] = np.nan
        return out

    def indicator_values(self, indicator: str) -> np.ndarray:
        """Raw values of an indicator in map order."""
        if self.matrix is None or indicator not in self.matrix.columns:
            return np.full(len(self.geometry or []), np.nan)
        return self.aligned(self.matrix[indicator])

    def indicator_labels(self) -> dict[str, str]:
        """Display name of each indicator: criterion labels, else the demo metadata, else the id."""
        from smartzone.app.drawing import i18n

        ko = i18n.is_korean()
        level = getattr(self.project, "level", "")
        if self._labels_key != (level, ko):
            labels: dict[str, str] = {}
            try:
                from smartzone.resources import demo_data

                for info in demo_data.indicator_info(level):
                    labels[info["id"]] = bilingual(info["label_ko"], info["label_en"], ko)
            except Exception:  # user data without metadata: ids are the labels
                pass
            self._labels, self._labels_key = labels, (level, ko)
        out = dict(self._labels)
        out.update(self.zonal_labels)
        for c in self.project.scenario.criteria:
            label = bilingual(c.label_ko, c.label_en, ko) or c.label_ko or c.label_en
            if label:
                out[c.indicator] = label
        return out

    def standardized_values(self, indicator: str) -> np.ndarray:
        """Standardised (0-1) values of a criterion in map order, as the scorer sees them."""
        n = len(self.geometry or [])
        if self.scoring is None:
            return np.full(n, np.nan)
        prepared = self.scoring.prepared
        names = [c.indicator for c in prepared.criteria]
        if indicator not in names:
            return np.full(n, np.nan)
        import pandas as pd

        column = pd.Series(prepared.values[:, names.index(indicator)], index=prepared.codes)
        return self.aligned(column)

    def categories(self) -> dict[str, dict[float, tuple[str, str]]]:
        """Class colours and names of categorical columns (land-cover majority class)."""
        from smartzone.app.core.pipeline import zonal_categories
        from smartzone.app.drawing import i18n

        key = (self._loaded_key, i18n.is_korean())
        if getattr(self, "_categories_key", None) != key:
            self._categories = zonal_categories(self.project, i18n.is_korean())
            self._categories_key = key
        return self._categories

    def names(self) -> dict[str, str]:
        if self.geometry is None:
            return {}
        return dict(zip(self.geometry.codes, self.geometry.names, strict=True))
