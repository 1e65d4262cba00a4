"""SmartZone main window: map in the centre, Layers / Criteria / Results docks.

The window observes one :class:`~smartzone.app.core.model.project.Project`; the
:class:`~smartzone.app.gui.widgets.session.AppSession` turns it into districts and
scores. Menus: File (new demo, open, save, save as, recent, export map image),
Edit (undo/redo on the project's undo stack), View (zoom, map display, level),
Analysis (compare scenarios, zonal statistics), Settings (language), Help.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.classify import RAMP_NAMES, RAMPS, SCHEMES
from smartzone.app.core.labels import bilingual, level_words
from smartzone.app.core.levels import LEVELS
from smartzone.app.drawing import i18n, render
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill
from smartzone.app.gui.widgets.map_canvas import MapCanvas, RasterOverlay
from smartzone.app.gui.widgets.session import AppSession

if TYPE_CHECKING:
    from smartzone.app.core.model.project import Project

PROJECT_FILTER = "SmartZone project (*.smartzone.json *.json)"


def DistrictGeometryFor(frame: Any) -> Any:  # noqa: N802 (reads like a type)
    """Display geometry of a vector layer's frame (built in the worker)."""
    geom = render.DistrictGeometry.from_frame(frame)
    geom.build_lod(0)
    return geom
SCORE = "__score__"
STANDARDISED = "__std__:"  # display-combo data prefix of a standardised-criterion map
HOTSPOTS = "__hotspots__"  # display-combo data of the LISA cluster map of the score


def icon(name: str) -> QIcon:
    """Bundled SVG icon (empty icon if missing)."""
    path = render.resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def ramp_icon(name: str, width: int = 48, height: int = 12) -> QIcon:
    """A swatch of the colour ramp ``name`` for the style controls."""
    from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPixmap

    colours = RAMPS[name]
    pixmap = QPixmap(width, height)
    gradient = QLinearGradient(0, 0, width, 0)
    for i, colour in enumerate(colours):
        gradient.setColorAt(i / max(len(colours) - 1, 1), QColor(colour))
    painter = QPainter(pixmap)
    painter.fillRect(pixmap.rect(), gradient)
    painter.end()
    return QIcon(pixmap)


class MessageBar(QFrame):
    """A dismissible one-line message above the map (info / warning / error)."""

    COLORS = {"info": ("#e8f1fb", "#1d4f91"), "warning": ("#fff4d6", "#7a5200"), "error": ("#fde8e8", "#9b1c1c")}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        lay.addWidget(close)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        bg, fg = self.COLORS.get(level, self.COLORS["info"])
        self.setStyleSheet(f"MessageBar {{ background: {bg}; border-bottom: 1px solid {fg}; }}"
                           f" QLabel {{ color: {fg}; }}")
        self.level = level
        self.label.setText(text)
        self.show()
        if level == "info":
            # The context object ties the timer to this widget: it must not fire after deletion.
            QTimer.singleShot(6000, self, lambda: self.hide() if self.label.text() == text else None)


class MainWindow(QMainWindow):
    """The SmartZone desktop window for one project at a time."""

    def __init__(self, project: Project | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.resize(1440, 900)
        self.setWindowIcon(icon("smartzone"))
        self.project: Project | None = None
        self.display = SCORE
        self.context_pending = False  # parent outlines and names being dissolved in a worker
        self.session: AppSession | None = None
        self.compare_dock: QDockWidget | None = None  # Analysis ▸ Compare, made on first use
        self.canvas = MapCanvas(self)
        self.canvas.placeholder = self.tr("Loading SmartZone…")
        self.message_bar = MessageBar()
        central = QWidget()
        cl = QVBoxLayout(central)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(0)
        cl.addWidget(self.message_bar)
        cl.addWidget(self.canvas, 1)
        self.setCentralWidget(central)
        self.setWindowTitle("SmartZone")
        self._build_status_bar()
        from smartzone.app.gui.widgets.grid_actions import load_scheduler_setting

        load_scheduler_setting()  # Settings ▸ Dask scheduler, kept between sessions
        self._opening: Any = None
        self.open_error: str | None = None
        if project is not None:
            self.set_project(project)

    @property
    def shown(self) -> Project:
        """The shown project. The actions and the slots that use it exist only once a project is
        shown (:attr:`project` is None while the first one opens)."""
        assert self.project is not None, "no project is shown yet"
        return self.project

    @property
    def live(self) -> AppSession:
        """The session of the shown project. The panels and the slots that use it exist only once
        a project is shown (:attr:`session` is None before)."""
        assert self.session is not None, "no project is shown yet"
        return self.session

    def _build_ui(self) -> None:
        """Docks, actions, menus and toolbars (once a project exists)."""
        assert self.project is not None
        self.session = AppSession(self.project, self)
        self.canvas.set_crs(self.project.crs)
        # The visible extent is written back to the project (saved with it), a little after panning.
        self._view_timer = QTimer(self)
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(300)
        self._view_timer.timeout.connect(self._store_view)
        self.canvas.view_changed.connect(self._view_timer.start)
        self.canvas.placeholder = self.tr("Loading map…")
        self._build_panels()
        self._update_title()
        self._update_undo()

    def open_async(self, path: str | None = None, *, interactive: bool = True) -> None:
        """Read a project file (or build the demo) in a worker, then show it.

        Importing the project model pulls in pandas and the scoring engine;
        doing it here lets the window paint first.
        """
        from smartzone.app.gui.workers import run_in_thread

        def job(feedback: Any = None) -> Any:
            from smartzone.app.core.model.project import Project

            return Project.load(path) if path else Project.demo()

        def failed(message: str, _detail: str) -> None:
            self.open_error = message
            if not interactive:
                return
            QMessageBox.warning(self, "SmartZone", self.tr("Cannot open project:") + f"\n{path}\n\n{message}")
            if path:
                self.open_async(None)

        def opened(project: Any) -> None:
            self.set_project(project)
            bar = getattr(self, "message_bar", None)
            for warning in getattr(project, "warnings", []) or []:  # e.g. files outside its folder
                if bar is not None:
                    bar.show_message("warning", warning)

        self._opening = run_in_thread(job, on_done=opened, on_error=failed)

    # ================================================================ build
    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.coords_label = QLabel()
        self.coords_label.setMinimumWidth(360)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel_loading)
        self.score_label = QLabel()
        sb.addPermanentWidget(self.score_label)
        sb.addPermanentWidget(self.progress)
        sb.addPermanentWidget(self.cancel_button)
        sb.addPermanentWidget(self.coords_label)

    def _build_docks(self) -> None:
        from smartzone.app.gui.widgets.criteria_panel import CriteriaPanel
        from smartzone.app.gui.widgets.layers_panel import LayersPanel
        from smartzone.app.gui.widgets.results_panel import ResultsPanel

        self.layers_panel = LayersPanel(self.project)
        self.criteria_panel = CriteriaPanel(self.shown, self.live)
        old = getattr(self, "results_panel", None)  # rebuilt on a language switch: keep the sensitivity view
        self.results_panel = ResultsPanel(self.live, sensitivity=old.sensitivity if old is not None else None)
        self.layers_dock = self._dock(self.tr("Layers"), "layers", self.layers_panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.criteria_dock = self._dock(self.tr("Criteria"), "criteria", self.criteria_panel,
                                        Qt.DockWidgetArea.LeftDockWidgetArea)
        self.results_dock = self._dock(self.tr("Results"), "results", self.results_panel,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        from smartzone.app.gui.widgets.identify_panel import IdentifyPanel

        self.identify_panel = IdentifyPanel(self.live)
        self.identify_dock = self._dock(self.tr("Identify"), "identify", self.identify_panel,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.splitDockWidget(self.results_dock, self.identify_dock, Qt.Orientation.Vertical)
        from smartzone.app.gui.widgets.plan_panel import PlanPanel

        self.plan_panel = PlanPanel(self.live)
        # the plan panel scrolls in its dock: its form, map and chart need ~850 px, and as the dock's
        # minimum they made the window at least 1,100 px tall (taller than a 1080p screen) and left
        # the identify view, which shares the column, a row and a half
        plan_scroll = QScrollArea()
        plan_scroll.setWidget(self.plan_panel)
        plan_scroll.setWidgetResizable(True)
        plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        plan_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plan_dock = self._dock(self.tr("Plan"), "plan", plan_scroll, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.results_dock, self.plan_dock)
        self.results_dock.raise_()
        self.splitDockWidget(self.layers_dock, self.criteria_dock, Qt.Orientation.Vertical)
        # Dock sizes only stick once the window has its size: apply them after layout.
        QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        h = max(self.height() - 120, 400)
        self.resizeDocks([self.layers_dock, self.criteria_dock], [int(h * 0.2), int(h * 0.8)],
                         Qt.Orientation.Vertical)
        self.resizeDocks([self.layers_dock, self.results_dock], [420, 440], Qt.Orientation.Horizontal)
        # the identify view gets room for a criterion list (it was squeezed to a row and a half
        # under the results and plan tabs)
        self.resizeDocks([self.results_dock, self.identify_dock], [int(h * 0.6), int(h * 0.4)],
                         Qt.Orientation.Vertical)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot: Any, shortcut: Any = None, icon_name: str | None = None,
                tip: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                act.setShortcuts(shortcut)
            else:
                act.setShortcut(shortcut)
        if icon_name:
            act.setIcon(icon(icon_name))
        if tip:
            act.setToolTip(tip)
        act.triggered.connect(slot)
        return act

    def _build_actions(self) -> None:
        K = QKeySequence
        self.act_new = self._action(self.tr("&New demo project"), self.new_demo, K.StandardKey.New, "new")
        self.act_open = self._action(self.tr("&Open…"), self.open_dialog, K.StandardKey.Open, "open")
        self.act_save = self._action(self.tr("&Save"), self.save, K.StandardKey.Save, "save")
        self.act_save_as = self._action(self.tr("Save &As…"), self.save_as, K.StandardKey.SaveAs)
        self.act_export = self._action(self.tr("Export map image…"), self.export_image, None, "image")
        self.act_add_layer = self._action(self.tr("Add layer…"), self.layers_panel.add_dialog,
                                          K("Ctrl+Shift+A"), "add-layer")
        self.act_quit = self._action(self.tr("&Quit"), self.close, K.StandardKey.Quit)
        self.act_undo = self._action(self.tr("&Undo"), self.undo, K.StandardKey.Undo, "undo")
        self.act_redo = self._action(self.tr("&Redo"), self.redo, [K("Ctrl+Shift+Z"), K("Ctrl+Y")], "redo")
        self.act_zoom_in = self._action(self.tr("Zoom &in"), self.canvas.zoom_in, [K("Ctrl++"), K("Ctrl+=")],
                                        "zoom-in")
        self.act_zoom_out = self._action(self.tr("Zoom &out"), self.canvas.zoom_out, K("Ctrl+-"), "zoom-out")
        self.act_zoom_full = self._action(self.tr("&Full extent"), self.canvas.zoom_full, K("Ctrl+Shift+F"),
                                          "zoom-full")
        self.act_zoom_layer = self._action(self.tr("Zoom to &layer"), self.zoom_to_layer, None)
        self.act_zoom_sel = self._action(self.tr("Zoom to &selection"), self.canvas.zoom_to_selection,
                                         K("Ctrl+J"), "zoom-selection")
        self.act_about = self._action(self.tr("&About SmartZone"), self.about)
        self.act_export_scores = self._action(self.tr("&Export scores…"), self.export_scores, K("Ctrl+E"))
        self.act_compare = self._action(self.tr("&Compare scenarios"), self.show_compare)
        self.act_import_candidates = self._action(self.tr("&Import candidate map…"), self.import_candidates)
        self.act_zonal = self._action(self.tr("&Zonal statistics…"), self.show_zonal_dialog, None, None,
                                      self.tr("Summarise a land-cover raster over the districts as new indicators"))
        self.act_grid = self._action(self.tr("&Grid suitability…"), self.show_grid_dialog, None, None,
                                     self.tr("Score raster criteria cell by cell into a suitability GeoTIFF layer"))
        self.act_dask = self._action(self.tr("&Dask scheduler…"), self.set_dask_scheduler)
        self.act_regions = self._action(self.tr("Candidate &regions…"), self.show_regions_dialog, None, None,
                                        self.tr("Groups of neighbouring districts with the best scores"))

    def _build_menus(self) -> None:
        mb = self.menuBar()
        mb.clear()
        m = mb.addMenu(self.tr("&File"))
        m.addActions([self.act_new, self.act_open])
        self.recent_menu = m.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        m.addSeparator()
        m.addActions([self.act_save, self.act_save_as])
        m.addSeparator()
        m.addActions([self.act_add_layer, self.act_import_candidates, self.act_export_scores, self.act_export])
        m.addSeparator()
        m.addAction(self.act_quit)
        e = mb.addMenu(self.tr("&Edit"))
        e.addActions([self.act_undo, self.act_redo])
        v = mb.addMenu(self.tr("&View"))
        v.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_full, self.act_zoom_layer,
                      self.act_zoom_sel])
        v.addSeparator()
        for dock in (self.layers_dock, self.criteria_dock, self.results_dock, self.plan_dock):
            v.addAction(dock.toggleViewAction())
        a = mb.addMenu(self.tr("&Analysis"))
        a.addAction(self.act_compare)
        a.addAction(self.act_zonal)
        a.addAction(self.act_grid)
        a.addAction(self.act_regions)
        s = mb.addMenu(self.tr("&Settings"))
        s.addAction(self.act_dask)
        lang_menu = s.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        current = i18n.current_language()
        for code, label in i18n.LANGUAGES.items():
            act = lang_menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.setData(code)
            group.addAction(act)
            act.triggered.connect(lambda _=False, code=code: self.set_language(code))
        h = mb.addMenu(self.tr("&Help"))
        h.addAction(self.act_about)

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main"))
        tb.setObjectName("toolbar_main")
        tb.setIconSize(QSize(20, 20))
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(tb)
        tb.addActions([self.act_new, self.act_open, self.act_save])
        tb.addSeparator()
        tb.addActions([self.act_undo, self.act_redo])
        tb.addSeparator()
        tb.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_full, self.act_zoom_sel])
        tb.addSeparator()
        tb.addAction(self.act_add_layer)
        style = QToolBar(self.tr("Map style"))
        style.setObjectName("toolbar_style")
        self.addToolBar(style)
        style.addWidget(QLabel(" " + self.tr("Level") + " "))
        self.level_combo = QComboBox()
        for level in LEVELS:  # "시군구" in Korean, "Municipalities (si/gun/gu)" in English
            self.level_combo.addItem(level_words(level, "ko" if i18n.is_korean() else "en"), level)
        self.level_combo.currentIndexChanged.connect(self._level_chosen)
        style.addWidget(self.level_combo)
        style.addWidget(QLabel("  " + self.tr("Map") + " "))
        self.display_combo = QComboBox()
        # wide enough for "Hot spots of the score (LISA)" (cut at 18 characters); longer indicator
        # names show whole in the list and in the legend's title
        self.display_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.display_combo.setMinimumContentsLength(30)
        self.display_combo.currentIndexChanged.connect(self._display_chosen)
        style.addWidget(self.display_combo)
        style.addWidget(QLabel("  " + self.tr("Classes") + " "))
        self.scheme_combo = QComboBox()
        for sid, name in SCHEMES.items():  # the core's names, translated (context Classify)
            self.scheme_combo.addItem(QCoreApplication.translate("Classify", name), sid)
        self.scheme_combo.currentIndexChanged.connect(self._style_chosen)
        style.addWidget(self.scheme_combo)
        self.k_spin = QSpinBox()
        self.k_spin.setRange(2, 9)
        self.k_spin.setValue(5)
        self.k_spin.valueChanged.connect(self._style_chosen)
        style.addWidget(self.k_spin)
        self.ramp_combo = QComboBox()
        for name in RAMPS:  # named in the UI language, with a swatch of its colours
            self.ramp_combo.addItem(ramp_icon(name), QCoreApplication.translate("Classify", RAMP_NAMES.get(name, name)),
                                    name)
        self.ramp_combo.setIconSize(QSize(48, 12))
        self.ramp_combo.setToolTip(self.tr("Colour ramp of the map and its legend"))
        self.ramp_combo.currentIndexChanged.connect(self._style_chosen)
        style.addWidget(self.ramp_combo)

    def _connect(self) -> None:
        s = self.live
        s.loading.connect(self._loading)
        s.progress.connect(lambda v: self.progress.setValue(int(v)))
        s.loaded.connect(self._loaded)
        s.failed.connect(self._load_failed)
        s.canceled.connect(self._load_canceled)
        s.busy_changed.connect(self._busy_changed)
        s.result_changed.connect(self._result_changed)
        self.canvas.coordinates_changed.connect(self.coords_label.setText)
        self.canvas.selection_changed.connect(self.results_panel.set_selection)
        self.canvas.selection_changed.connect(self.identify_panel.show_selection)
        self.results_panel.selection_changed.connect(self._table_selection)
        self.layers_panel.message.connect(self.message_bar.show_message)
        self.criteria_panel.criterion_selected.connect(self._criterion_selected)

    def _connect_project(self) -> None:
        ev = self.shown.events
        ev.dirty_changed.connect(self._update_title)
        ev.path_changed.connect(self._update_title)
        ev.undo_changed.connect(self._update_undo)
        ev.layers_changed.connect(self._sync_layers)
        ev.level_changed.connect(self._sync_level)
        ev.crs_changed.connect(self._sync_crs)
        ev.view_changed.connect(self._sync_view)
        self._sync_level()
        self._sync_crs()
        self._sync_layers()

    def _disconnect_project(self) -> None:
        ev = self.shown.events
        for event, cb in ((ev.dirty_changed, self._update_title), (ev.path_changed, self._update_title),
                          (ev.undo_changed, self._update_undo), (ev.layers_changed, self._sync_layers),
                          (ev.level_changed, self._sync_level), (ev.crs_changed, self._sync_crs),
                          (ev.view_changed, self._sync_view)):
            event.disconnect(cb)

    # ================================================================ project
    def set_project(self, project: Project) -> None:
        """Show ``project`` (first project, New, Open)."""
        self._opening = None
        if self.project is None:
            self.project = project
            self._build_ui()
            return
        self._disconnect_project()
        self._drop_compare()
        self.project = project
        self.display = SCORE
        self.canvas.set_districts(None)
        self.canvas.rasters = []
        self.canvas.set_crs(project.crs)
        self.layers_panel.set_project(project)
        self.criteria_panel.set_project(project)
        assert self.session is not None
        self.session.set_project(project)
        self._connect_project()
        self._update_title()
        self._update_undo()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False if the user cancelled (True while none is shown yet)."""
        if self.project is None or not self.project.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The project has unsaved changes. Save them before closing?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return True

    def new_demo(self) -> None:
        if not self.maybe_save():
            return
        from smartzone.app.core.model.project import Project

        self.set_project(Project.demo())

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "", PROJECT_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a project file; errors are shown, not raised."""
        from smartzone.app.core.model.project import Project

        try:
            project = Project.load(path)
        except Exception as exc:  # any read problem is the user's file: explain it
            QMessageBox.warning(self, self.tr("Cannot open project"), f"{Path(path).name}\n\n{exc}")
            return False
        self.set_project(project)
        self._recent().add(project.path or path)
        for warning in getattr(project, "warnings", []) or []:
            self.message_bar.show_message("warning", warning)
        return True

    def save(self) -> bool:
        if self.shown.path is None:
            return self.save_as()
        return self.save_to(self.shown.path)

    def save_as(self) -> bool:
        start = str(self.shown.path or Path.home() / "smartzone-project.smartzone.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), start, PROJECT_FILTER)
        return self.save_to(path) if path else False

    def save_to(self, path: str | Path) -> bool:
        try:
            written = self.shown.save(path)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Cannot save project"), f"{path}\n\n{exc}")
            return False
        self._recent().add(written)
        self.statusBar().showMessage(fill(self.tr("Saved %1"), str(written)), 4000)
        return True

    def _recent(self) -> Any:
        from smartzone.app.core.model.recent import RecentProjects

        return RecentProjects()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = self._recent().items(existing_only=True)
        if not items:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for p in items:
            act = self.recent_menu.addAction(p.name)
            act.setToolTip(str(p))
            act.triggered.connect(lambda _=False, p=p: self.maybe_save() and self.open_path(p))

    def undo(self) -> None:
        text = self.shown.undo()
        if text:
            self.statusBar().showMessage(fill(self.tr("Undone: %1"), text), 3000)

    def redo(self) -> None:
        text = self.shown.redo()
        if text:
            self.statusBar().showMessage(fill(self.tr("Redone: %1"), text), 3000)

    def _update_undo(self, info: Any = None) -> None:
        p = self.shown
        self.act_undo.setEnabled(p.can_undo)
        self.act_redo.setEnabled(p.can_redo)
        st = p.undo_stack
        self.act_undo.setText(self.tr("&Undo") + (f": {self.undo_words(st.undo_text)}" if st.undo_text else ""))
        self.act_redo.setText(self.tr("&Redo") + (f": {self.undo_words(st.redo_text)}" if st.redo_text else ""))

    def undo_words(self, text: str) -> str:
        """An undo step as the model records it ("Change weight of pop_2020", "Change level to
        emd": English with ids) in the UI language, naming indicators, methods, levels and
        scenarios as the panels do; a description of no known form is shown as it is."""
        import re

        from smartzone.app.core.labels import scenario_title
        from smartzone.app.gui.widgets.scenario_manager import _method_name

        lang = "ko" if i18n.is_korean() else "en"
        labels = self.live.indicator_labels() if self.session is not None else {}

        def ind(v: str) -> str:
            return str(labels.get(v, v))

        def scen(v: str) -> str:
            sc = self.shown.scenarios.get(v)
            return scenario_title(sc, lang) if sc is not None else v

        def same(v: str) -> str:
            return v

        rules: tuple[tuple[str, str, tuple[Any, ...]], ...] = (
            (r"Change weight of (.+)", self.tr("Change weight of %1"), (ind,)),
            (r"Change weights", self.tr("Change weights"), ()),
            (r"Edit criterion (.+)", self.tr("Edit criterion %1"), (ind,)),
            (r"Add criterion (.+)", self.tr("Add criterion %1"), (ind,)),
            (r"Remove criterion (.+)", self.tr("Remove criterion %1"), (ind,)),
            (r"Move criterion (.+)", self.tr("Move criterion %1"), (ind,)),
            (r"Change plan settings", self.tr("Change plan settings"), ()),
            (r"Change method to (.+)", self.tr("Change method to %1"), (_method_name,)),
            (r"Change parameters of (.+)", self.tr("Change parameters of %1"), (_method_name,)),
            (r"Add scenario (.+)", self.tr("Add scenario %1"), (scen,)),
            (r"Rename scenario (.+) to (.+)", self.tr("Rename scenario %1 to %2"), (same, scen)),
            (r"Remove scenario (.+)", self.tr("Remove scenario %1"), (scen,)),
            (r"Duplicate scenario (.+) as (.+)", self.tr("Duplicate scenario %1 as %2"), (scen, scen)),
            (r"Change level to (\w+)", self.tr("Change level to %1"), (lambda v: level_words(v, lang),)),
            (r"Add layer (.+)", self.tr("Add layer %1"), (same,)),
            (r"Remove layer (.+)", self.tr("Remove layer %1"), (same,)),
            (r"Move layer (.+)", self.tr("Move layer %1"), (same,)),
        )
        for pattern, template, words in rules:
            m = re.fullmatch(pattern, text)
            if m is not None:
                return fill(template, *(f(g) for f, g in zip(words, m.groups(), strict=True)))
        return text

    def _update_title(self, info: Any = None) -> None:
        p = self.shown
        from smartzone.app.core.model.project import DEMO_TITLE

        title = self.tr("SmartZone demo") if p.title == DEMO_TITLE else p.title  # no Korean in the English UI
        name = p.path.name if p.path else (title or self.tr("Untitled"))
        self.setWindowTitle(f"{name}{' *' if p.dirty else ''} — SmartZone")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.project is None or self.maybe_save():
            event.accept()
        else:
            event.ignore()

    # ================================================================ data
    def _loading(self, message: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.statusBar().showMessage(message)

    def _cancel_loading(self) -> None:
        if self.session is not None:
            self.session.cancel()

    def _hide_progress(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _load_failed(self, message: str) -> None:
        if self.session is not None and self.session._worker is None:
            self._hide_progress()
            self.statusBar().clearMessage()
        self.message_bar.show_message("error", message)

    def _busy_changed(self, busy: bool) -> None:
        # the session's (translated) loading message, emitted just before it turns busy
        self.canvas.set_busy((self.statusBar().currentMessage() or "…") if busy else "")

    def _load_canceled(self) -> None:
        self._hide_progress()
        self.statusBar().showMessage(self.tr("Loading cancelled; the previous data is kept."), 4000)

    def _loaded(self) -> None:
        self._hide_progress()
        self.statusBar().clearMessage()
        geom = self.live.geometry
        # Same districts (e.g. new zonal columns only): keep the view and the mapped indicator.
        same = geom is not None and geom is self.canvas.geometry_
        self.canvas.set_districts(geom, fit=not same)
        if not same:
            self._sync_view()  # the project's saved view, when it has one
        if not same:
            self._load_context()
        self._fill_display_combo()
        if self.display != SCORE:
            if self.display_combo.currentData() == self.display:
                self._display_chosen(self.display_combo.currentIndex())
            else:
                self.display = SCORE
        self._sync_layers()

    def _load_context(self) -> None:
        """Parent outlines and label tiers of the districts, dissolved in a worker (seconds)."""
        from smartzone.app.gui.workers import run_in_thread

        layer, geom = self.live.layer, self.live.geometry
        if layer is None or geom is None:
            return

        def job(feedback: Any = None) -> Any:
            from smartzone.app.drawing.render_context import MapContext

            ctx = MapContext.from_frame(layer.frame)
            if ctx.outline is not None:
                ctx.outline.build_lod(0)
                ctx.outline.build_lod(1)
            return ctx

        self._context_geom = geom
        self.context_pending = True
        # A bound method of the window, not a closure: Qt drops the connection if the window is
        # deleted before the worker ends (a closure would then touch a deleted canvas).
        self._context_worker = run_in_thread(job, on_done=self._context_loaded, on_error=self._context_failed)

    def _context_loaded(self, ctx: Any) -> None:
        if self.canvas.geometry_ is self._context_geom:
            self.canvas.set_context(ctx)
            self.context_pending = False

    def _context_failed(self, *_: Any) -> None:
        # The map is whole without its parent outlines and names: nothing to tell the user.
        self.context_pending = False

    def _result_changed(self, result: Any) -> None:
        if self.display == SCORE:
            self._show_score(result)
        elif self.display == HOTSPOTS:  # recomputed once weights stop moving (999 permutations)
            QTimer.singleShot(400, self._hotspots_if_current)
        s = self.live
        self.score_label.setText(fill(self.tr("scored in %1 ms"), f"{s.last_score_ms:.0f}"))

    def _show_score(self, result: Any) -> None:
        from smartzone.app.gui.widgets.criteria_panel import scenario_display_name

        s = self.live
        if result is None:
            self.canvas.set_values(None)
            return
        from smartzone.app.core.labels import score_years

        name = scenario_display_name(s.project.scenario)
        years = score_years(result.recipe, s.project.level)  # issue 11 §7: the years of the data
        title = fill(self.tr("Score (%1)"), name)
        if years:  # on a line of its own: a long title would push the legend over the scale bar
            title += "\n" + fill(self.tr("Data of %1"), years)
        self.canvas.set_values(s.aligned(result.score), ranks=s.aligned(result.rank),
                               label=self.tr("Score"), legend_title=title)

    def _fill_display_combo(self) -> None:
        combo = self.display_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Score"), SCORE)
        combo.addItem(self.tr("Hot spots of the score (LISA)"), HOTSPOTS)
        labels = self._indicator_labels()
        if self.live.matrix is not None:
            for col in self.live.matrix.columns:
                combo.addItem(labels.get(col, col), col)
            # per-criterion maps of the standardised values (what the score adds up)
            for crit in self.live.criteria():
                name = labels.get(crit.indicator, crit.indicator)
                combo.addItem(fill(self.tr("Standardised: %1"), name), STANDARDISED + crit.indicator)
        combo.setCurrentIndex(max(combo.findData(self.display), 0))
        combo.blockSignals(False)

    def _indicator_labels(self) -> dict[str, str]:
        return self.live.indicator_labels()

    def _display_chosen(self, index: int) -> None:
        key = self.display_combo.itemData(index)
        if key is None:
            return
        self.display = key
        if key == SCORE:
            self._show_score(self.live.result)
        elif key == HOTSPOTS:
            self._show_hotspots()
        else:
            label = self.display_combo.itemText(index)
            if key.startswith(STANDARDISED):
                self.canvas.set_values(self.live.standardized_values(key[len(STANDARDISED):]), ranks=None,
                                       label=label, legend_title=label)
                return
            from smartzone.app.core.labels import indicator_caption

            categories = self.live.categories().get(key)
            values = self.live.indicator_values(key)
            # legends carry the unit and the year of the data: "인구밀도 (명/km², 2020)"
            title = indicator_caption(key, label, self.shown.level, "ko" if i18n.is_korean() else "en")
            self.canvas.set_values(values, ranks=None, label=label, legend_title=title, categories=categories)


    def _hotspots_if_current(self) -> None:
        if self.display == HOTSPOTS and self.session is not None:
            self._show_hotspots()

    def _show_hotspots(self) -> None:
        """Map the local Moran's I clusters of the current score (HH/LL/HL/LH/ns, FDR, 999 permutations)."""
        from smartzone.app.core.hotspots import cluster_categories, cluster_values, hotspots_of

        result, layer = self.live.result, self.live.layer
        if result is None or layer is None:
            return
        try:
            hs, _ = hotspots_of(layer.frame, result.score)
        except Exception as exc:  # shown, never a traceback
            self.message_bar.show_message("error", fill(self.tr("Hot spots could not be computed: %1"),
                error_text(exc)))
            return
        label = self.tr("Hot spots (local Moran's I, FDR 5%)")
        language = "ko" if i18n.current_language() == "ko" else "en"
        self.canvas.set_values(self.live.aligned(cluster_values(hs.cluster)), ranks=None, label=label,
                               legend_title=label, categories=cluster_categories(language))

    def _criterion_selected(self, indicator: str) -> None:
        self.statusBar().showMessage(
            fill(self.tr("Tip: choose “%1” in the Map list to map the raw indicator."),
                 self._indicator_labels().get(indicator, indicator)), 4000)  # as the Map list names it

    def _style_chosen(self, *_: Any) -> None:
        self.canvas.set_style(scheme=self.scheme_combo.currentData(), k=self.k_spin.value(),
                              cmap=self.ramp_combo.currentData())

    def _level_chosen(self, index: int) -> None:
        level = self.level_combo.itemData(index)
        if level and level != self.shown.level:
            try:
                self.shown.set_level(level)
            except Exception as exc:
                self.message_bar.show_message("error", error_text(exc))

    def _sync_level(self, info: Any = None) -> None:
        self.level_combo.blockSignals(True)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(self.shown.level), 0))
        self.level_combo.blockSignals(False)

    def _sync_crs(self, info: Any = None) -> None:
        """The map is drawn in the project's CRS (the session re-reads the districts in it)."""
        self.canvas.set_crs(self.shown.crs)

    def _sync_view(self, info: Any = None) -> None:
        """Show the project's saved extent (a project opened, a view set from a script ...)."""
        extent = self.shown.view_extent
        if extent is None or self.canvas.geometry_ is None or self._view_matches(extent):
            return
        self.canvas.zoom_to_bounds(extent, margin=0.0)  # a saved view is shown as it was saved
        self._view_timer.stop()  # the project already has this view

    def _view_matches(self, extent: Any) -> bool:
        """Whether the canvas shows ``extent`` (fitted: one axis spans it, the other holds it)."""
        x0, y0, x1, y1 = self.canvas.view_bounds()
        ex0, ey0, ex1, ey1 = extent
        tol = 0.01 * max(ex1 - ex0, ey1 - ey0, 1.0)
        holds = x0 <= ex0 + tol and y0 <= ey0 + tol and x1 >= ex1 - tol and y1 >= ey1 - tol
        spans = (abs(x0 - ex0) < tol and abs(x1 - ex1) < tol) or (abs(y0 - ey0) < tol and abs(y1 - ey1) < tol)
        return holds and spans

    def _store_view(self) -> None:
        if self.project is not None and self.canvas.geometry_ is not None:
            extent = self.project.view_extent
            if extent is None or not self._view_matches(extent):
                self.project.set_view_extent(self.canvas.view_bounds())

    def _sync_layers(self, info: Any = None) -> None:
        """Mirror the project's layer visibility/opacity and raster layers on the canvas."""
        p = self.shown
        districts = p.layer_by_role("districts")
        if districts is not None:
            self.canvas.set_district_display(visible=districts.visible, opacity=districts.opacity)
        self._sync_vectors()
        wanted = {lyr.id: lyr for lyr in p.layers if lyr.kind == "raster"}
        current = {ov.id: ov for ov in self.canvas.rasters}
        for lid in set(current) - set(wanted):
            self.canvas.remove_raster(lid)
        for lid, lyr in wanted.items():
            ov = current.get(lid)
            if ov is None:
                self._open_raster(lyr)
            else:
                changed = ov.visible != lyr.visible
                ov.visible, ov.opacity = lyr.visible, lyr.opacity
                if changed and ov.visible:
                    self.canvas.refresh_rasters()
                self.canvas.update()

    def _sync_vectors(self) -> None:
        """Extra vector layers (not the scored districts) are drawn as outlines."""
        from smartzone.app.gui.widgets.map_canvas import VectorOverlay
        from smartzone.app.gui.workers import run_in_thread

        p = self.shown
        extra = [lyr for lyr in p.layers if lyr.kind == "vector" and lyr.role != "districts"]
        cache = getattr(self, "_vector_cache", {})
        self._vector_cache = cache
        overlays = []
        for lyr in extra:
            key = (lyr.id, str(lyr.path))
            geom = cache.get(key)
            if geom is None:
                if key not in getattr(self, "_vector_pending", set()):
                    self._vector_pending = getattr(self, "_vector_pending", set()) | {key}

                    def job(lyr: Any = lyr, feedback: Any = None) -> Any:
                        from smartzone.layers.vector import read_districts

                        layer = read_districts(lyr.path, layer=lyr.options.get("layer"),
                                               target_crs=self.canvas.crs, feedback=feedback)
                        return DistrictGeometryFor(layer.frame)

                    def done(g: Any, key: Any = key) -> None:
                        cache[key] = g
                        self._vector_pending.discard(key)
                        self._sync_vectors()

                    def failed(msg: str, _tb: str, key: Any = key, name: str = lyr.display_name) -> None:
                        self._vector_pending.discard(key)
                        self.message_bar.show_message("error", f"{name}: {msg}")

                    run_in_thread(job, on_done=done, on_error=failed)
                continue
            overlays.append(VectorOverlay(lyr.id, geom, lyr.display_name, lyr.visible, lyr.opacity))
        self.canvas.set_vectors(overlays)

    def _open_raster(self, lyr: Any) -> None:
        from smartzone.app.gui.workers import run_in_thread

        def job(feedback: Any = None) -> Any:
            from smartzone.layers.raster import open_raster

            legend = None
            if lyr.options.get("legend") == "modis_igbp":
                from smartzone.layers.legends import MODIS_IGBP_LEGEND

                legend = MODIS_IGBP_LEGEND
            return open_raster(lyr.path, legend=legend) if legend is not None else open_raster(lyr.path)

        def done(raster: Any) -> None:
            colors: dict[Any, str] = {}
            entries: list[tuple[str, str]] = []
            legend = getattr(raster, "legend", None)
            if legend is not None:
                for e in legend.entries:
                    colors[e.value] = e.color
                    entries.append((e.color, bilingual(e.label_ko, e.label_en, i18n.is_korean())))
            # the legend's title: the layer's name in the UI language, as in the layers panel
            self.canvas.add_raster(RasterOverlay(lyr.id, raster, self.layers_panel.shown_name(lyr), lyr.visible,
                                                 lyr.opacity, colors=colors, legend=entries))

        run_in_thread(job, on_done=done,
                      on_error=lambda msg, _tb: self.message_bar.show_message(
                          "error", f"{lyr.display_name}: {msg}"))

    def _table_selection(self, codes: list[str]) -> None:
        self.canvas.set_selection(codes)
        self.identify_panel.show_selection(codes)

    def zoom_to_layer(self) -> None:
        lid = self.layers_panel.current_id()
        ov = next((r for r in self.canvas.rasters if r.id == lid), None)
        if ov is not None and ov.raster is not None:
            from smartzone.app.gui.widgets.map_canvas import _raster_bounds

            self.canvas.zoom_to_bounds(_raster_bounds(ov.raster))
        else:
            self.canvas.zoom_full()

    # ================================================================ misc
    def export_image(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map image"), "smartzone-map.png",
                                              "PNG (*.png)")
        if path:
            img = self.canvas.render_image(QSize(1600, 1200))
            if not img.save(path):
                QMessageBox.warning(self, self.tr("Export failed"), fill(self.tr("Could not write %1"),
                    path))

    def import_candidates(self, path: str | None = None) -> None:
        """Add a region's candidate map (a score or rank field) as a scenario (undoable)."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from smartzone.app.core.candidate_import import (
            CandidateImportError,
            candidate_fields,
            candidate_report,
            import_candidate_map,
        )
        from smartzone.layers.errors import LayerError
        from smartzone.layers.formats import name_filter

        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import candidate map"), "",
                name_filter(self.tr("Vector files"), "vector") + ";;" + self.tr("All files (*)"))
        if not path:
            return
        try:
            try:
                sc = import_candidate_map(self.shown, path)
            except CandidateImportError as exc:
                fields = candidate_fields(path) if "No score or rank field" in str(exc) else []
                if not fields:
                    raise
                field, ok = QInputDialog.getItem(self, self.tr("Import candidate map"),
                                                 self.tr("Field with the scores or ranks:"), fields, 0, False)
                if not ok:
                    return
                kinds = [self.tr("Scores (higher is better)"), self.tr("Ranks (1 is best)")]
                kind, ok = QInputDialog.getItem(self, self.tr("Import candidate map"),
                                                self.tr("The field holds:"), kinds, 0, False)
                if not ok:
                    return
                sc = import_candidate_map(self.shown, path, value_field=field,
                                          kind="score" if kind == kinds[0] else "rank")
        except (CandidateImportError, LayerError) as exc:
            self.message_bar.show_message("error", error_text(exc))
            return
        report = candidate_report(self.shown, sc.name)
        level = "warning" if report.unmatched or report.mismatched or report.warnings else "info"
        self.message_bar.show_message(level, self._import_summary(report).replace("\n", "<br>"))

    def _import_summary(self, report: Any) -> str:
        """The candidate-map import report in the UI language (file, field, matches, rescaling)."""
        import html
        from pathlib import Path as _Path

        kind = {"score": self.tr("scores"), "rank": self.tr("ranks")}.get(report.kind, report.kind)
        lines = [
            fill(self.tr("%1 [%2]: %3 districts, %4 from the field “%5”"),
                _Path(report.path).name, str(report.layer), str(report.n_features), kind, str(report.value_field)),
            fill(self.tr("matched %1 districts; not in the project: %2; project districts missing from the file: %3"),
                str(report.matched), str(len(report.unmatched)), str(len(report.missing))),
        ]
        if report.no_value:
            lines.append(fill(self.tr("no value for %1 districts"), str(len(report.no_value))))
        if report.rescaled:
            lo, hi = report.value_range
            lines.append(fill(self.tr("scores %1–%2 rescaled to 0–100"), f"{lo:g}", f"{hi:g}"))
        from smartzone.app.drawing.note_words import NoteWords

        words = NoteWords()  # the file's reading warnings in the UI language
        lines.extend(words(w) for w in report.warnings
                     if getattr(w, "kind", None) != "scores_rescaled" or not report.rescaled)  # said above
        return "\n".join(html.escape(line) for line in lines)

    def export_scores(self) -> None:
        """Shapefile / GeoPackage / CSV / PDF export (the export dialog of smartzone.app.gui.widgets)."""
        from smartzone.app.gui.widgets.export_dialog import ExportDialog

        ExportDialog(self.project, self, plan=self.plan_panel.plan_for_report).exec()  # a plan goes in the report

    def _drop_compare(self) -> None:
        dock = self.compare_dock
        if dock is not None:
            self.removeDockWidget(dock)
            dock.deleteLater()
            self.compare_dock = None

    def show_grid_dialog(self) -> Any:
        """Analysis ▸ Grid suitability: a recipe -> a suitability GeoTIFF added as a raster layer."""
        from smartzone.app.gui.widgets.grid_actions import start_grid

        return start_grid(self)

    def set_dask_scheduler(self) -> None:
        """Settings ▸ Dask scheduler: where zonal statistics and grids run (empty = this computer)."""
        from smartzone.app.gui.widgets.grid_actions import ask_scheduler

        try:
            ask_scheduler(self)
        except ValueError as exc:
            self.message_bar.show_message("error", error_text(exc))

    def show_zonal_dialog(self) -> Any:
        """Analysis ▸ Zonal statistics: raster statistics per district become indicators.

        Returns the dialog (shown non-modally, so tests can fill and accept it);
        accepting sets the raster layer's ``zonal`` option and the session
        reloads the matrix in its worker (progress bar and Cancel in the status bar).
        """
        from smartzone.app.gui.widgets.zonal_dialog import ZonalDialog

        dlg = ZonalDialog(self.project, self)
        dlg.applied.connect(self._zonal_applied)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.zonal_dialog = dlg
        return dlg

    def show_regions_dialog(self) -> Any:
        """Analysis ▸ Candidate regions: find contiguous regions on the current score and map them."""
        from smartzone.app.gui.widgets.regions_dialog import RegionsDialog

        dlg = RegionsDialog(self.live, self)
        dlg.found.connect(self._show_regions)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.regions_dialog = dlg
        return dlg

    def _show_regions(self, values: Any, categories: Any) -> None:
        label = self.tr("Candidate regions")
        self.display = "__regions__"
        self.canvas.set_values(values, ranks=None, label=label, legend_title=label, categories=categories)
        geom = self.live.geometry  # the regions' values are aligned to it
        codes = [c for c, v in zip(geom.codes, values, strict=False) if v > 0] if geom is not None else []
        self.canvas.set_selection(codes)
        self.canvas.zoom_to_selection()  # zoom onto the regions, then drop the outline that hides their colours
        self.canvas.set_selection([])

    def _zonal_applied(self, layer_id: str) -> None:
        # An unchanged option emits no layers_changed (e.g. OK again after a cancelled
        # reload): reload whenever the loaded data does not match the project.
        if self.session is not None and self.session._worker is None:
            self.session._on_layers()

    def show_compare(self) -> None:
        """Scenario comparison in a dock next to the results (created on first use)."""
        dock = self.compare_dock
        if dock is None:
            from smartzone.app.gui.widgets.compare_view import CompareView

            dock = self.compare_dock = self._dock(self.tr("Compare"), "compare", CompareView(self.project),
                                                  Qt.DockWidgetArea.RightDockWidgetArea)
            self.tabifyDockWidget(self.results_dock, dock)
        dock.show()
        dock.raise_()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About SmartZone"), self.tr(
            "<b>SmartZone</b><br>Site selection for Korean smart-city special zones and shrinking cities."
            "<br><br>Fonts: Nanum Gothic (SIL Open Font License)."))

    def set_language(self, lang: str) -> None:
        """Switch language and rebuild the window's texts."""
        i18n.set_language(lang)
        self.message_bar.show_message("info", self.tr("Language changed. Some texts update after a restart."))
        self._rebuild_ui()

    def _build_panels(self) -> None:
        """Docks, actions, menus and toolbar, wired to the window and the project."""
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._connect_project()

    def _rebuild_ui(self) -> None:
        self._drop_compare()
        state = self.saveState()
        for dock in (self.layers_dock, self.criteria_dock, self.results_dock, self.plan_dock):
            self.removeDockWidget(dock)
            dock.deleteLater()
        for tb in self.findChildren(QToolBar):
            self.removeToolBar(tb)
            tb.deleteLater()
        self._disconnect_project()
        self._build_panels()
        self.restoreState(state)
        if self.live.matrix is not None:
            self._fill_display_combo()
            self.results_panel.show_result(self.live.result)
        self._update_title()
        self._update_undo()

    # ================================================================ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        projects = [p for p in paths if p.lower().endswith(".smartzone.json")]
        if projects:
            if self.maybe_save():
                self.open_path(projects[0])
        else:
            self.layers_panel.add_files(paths)
        event.acceptProposedAction()

    # ================================================================ for tests
    def wait_ready(self, timeout: float = 60.0) -> bool:
        """Block (processing events) until the project is open, loaded and scored."""
        import time

        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + timeout
        while self.session is None and self.open_error is None and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        if self.session is None:
            return False
        ok = self.session.wait_loaded(max(end - time.monotonic(), 0.1))
        QCoreApplication.processEvents()
        # The parent outlines and names are dissolved in a worker after the districts are shown:
        # a screenshot taken before they arrive shows a map without them.
        while ok and self.context_pending and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return ok and self.canvas.geometry_ is not None

    def score_values(self) -> np.ndarray:
        return np.asarray(self.canvas.values) if self.canvas.values is not None else np.array([])
