"""Criteria panel: scenario, method and its parameters, criteria with weights.

Everything edited here goes through the project's undoable edit methods; the
panel redraws itself from the model on ``criteria_changed``. Weight sliders
show each criterion's *normalised* share (they always sum to 100 %): moving
one sets that criterion's raw weight so its share is the slider's value and
the others keep their proportions. A drag is one undo step.

Below the list, two tabs for the selected criterion: *Standardisation*
(method, parameters, missing values, transform chart) and *Constraints*
(:class:`~smartzone.app.gui.widgets.constraint_editor.ConstraintEditor`: hard
exclusions such as ``pop_2020 < 100,000``, each edit one undo step).
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.labels import bilingual, indicator_units, scenario_title
from smartzone.app.drawing import i18n
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill
from smartzone.app.gui.widgets.constraint_editor import ConstraintEditor
from smartzone.app.gui.widgets.param_form import ParamForm
from smartzone.app.gui.widgets.transform_chart import TransformChart

if TYPE_CHECKING:
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.session import AppSession
    from smartzone.scoring.registry import ScorerClass

MAX_SHARE = 0.99  # a 100 % share would need infinite raw weight


def criterion_label(c: Any) -> str:
    ko, en = getattr(c, "label_ko", ""), getattr(c, "label_en", "")
    return bilingual(ko, en, i18n.is_korean()) or ko or en or c.indicator


def scenario_display_name(scenario: Any) -> str:
    """What the scenario list shows: the preset's Korean/English name for a scenario made
    from a preset (``"industry-hub (2)"`` -> ``"스마트도시 특화단지 (산업 거점) (2)"``), else its name."""
    return scenario_title(scenario, "ko" if i18n.is_korean() else "en")


class CriteriaPanel(QWidget):
    """Edits the active scenario of a project.

    Signals
    -------
    criterion_selected(str)
        The indicator whose transform is shown (the map can display it).
    """

    criterion_selected = Signal(str)

    def __init__(self, project: Project, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Any = None
        self.session = session
        self._structure: Any = None
        self._updating = False
        self.current: str | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)

        top = QFormLayout()
        self.scenario_combo = QComboBox()
        self.scenario_combo.currentIndexChanged.connect(self._scenario_chosen)
        scenario_row = QHBoxLayout()
        scenario_row.addWidget(self.scenario_combo, 1)
        self.scenarios_button = QPushButton(self.tr("Manage…"))
        self.scenarios_button.setToolTip(self.tr("New, duplicate, rename or delete scenarios"))
        self.scenarios_button.clicked.connect(self.open_scenario_manager)
        scenario_row.addWidget(self.scenarios_button)
        top.addRow(self.tr("Scenario"), scenario_row)
        self.method_combo = QComboBox()
        self.method_combo.currentIndexChanged.connect(self._method_chosen)
        top.addRow(self.tr("Method"), self.method_combo)
        lay.addLayout(top)
        self.params_box = QGroupBox(self.tr("Method parameters"))
        pl = QVBoxLayout(self.params_box)
        self.param_form = ParamForm()
        self.param_form.changed.connect(self._params_changed)
        pl.addWidget(self.param_form)
        lay.addWidget(self.params_box)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Direction"),
                                              self.tr("Weight"), "%"])
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # sized to the direction combo
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._row_selected)
        lay.addWidget(self.table, 2)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add criterion"))
        self.add_menu = QMenu(self)
        self.add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self.add_menu)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_current)
        self.ahp_button = QPushButton(self.tr("AHP…"))
        self.ahp_button.setToolTip(self.tr("Derive the weights from pairwise comparisons"))
        self.ahp_button.clicked.connect(self.open_ahp)
        self.equal_button = QPushButton(self.tr("Equal weights"))
        self.equal_button.clicked.connect(self._equal_weights)
        self.derive_button = QPushButton(self.tr("Weights from…"))
        self.derive_menu = QMenu(self)
        for key, text in (("entropy", self.tr("Entropy of the data")), ("critic", self.tr("CRITIC (contrast and conflict)")),
                          ("roc", self.tr("Rank order centroid (list order = importance)")),
                          ("rank_sum", self.tr("Rank sum (list order = importance)")),
                          ("rank_reciprocal", self.tr("Rank reciprocal (list order = importance)"))):
            self.derive_menu.addAction(text, partial(self.derive_weights, key))
        self.derive_button.setMenu(self.derive_menu)
        for b in (self.add_button, self.remove_button, self.ahp_button, self.equal_button, self.derive_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        self.detail = QTabWidget()
        self.detail.setDocumentMode(True)
        std_page = QWidget()
        dl = QVBoxLayout(std_page)
        dl.setContentsMargins(4, 4, 4, 4)
        form = QFormLayout()
        self.std_combo = QComboBox()
        self.std_combo.currentIndexChanged.connect(self._std_chosen)
        form.addRow(self.tr("Method"), self.std_combo)
        self.missing_combo = QComboBox()
        for key, text in (("median", self.tr("impute median")), ("zero", self.tr("score 0")),
                          ("exclude", self.tr("exclude district"))):
            self.missing_combo.addItem(text, key)
        self.missing_combo.currentIndexChanged.connect(self._missing_chosen)
        form.addRow(self.tr("Missing values"), self.missing_combo)
        dl.addLayout(form)
        self.std_form = ParamForm()
        self.std_form.changed.connect(self._std_params_changed)
        dl.addWidget(self.std_form)
        self.chart = TransformChart()
        dl.addWidget(self.chart)
        dl.addStretch(1)
        self.detail.addTab(std_page, self.tr("Standardisation"))
        self.constraint_editor = ConstraintEditor()
        self.constraint_editor.edited.connect(self._constraints_edited)
        self.detail.addTab(self.constraint_editor, self.tr("Constraints"))
        lay.addWidget(self.detail, 3)
        self.set_project(project)
        session.loaded.connect(self.refresh)
        session.busy_changed.connect(self.refresh)

    # ------------------------------------------------------------------ model
    def set_project(self, project: Any) -> None:
        if self.project is not None:
            self.project.events.criteria_changed.disconnect(self.refresh)
            self.project.events.scenario_changed.disconnect(self.refresh)
        self.project = project
        project.events.criteria_changed.connect(self.refresh)
        project.events.scenario_changed.connect(self.refresh)
        self._structure = None
        self.refresh()

    def refresh(self, info: Any = None) -> None:
        """Update the widgets from the model.

        A ``criteria_changed`` whose ``what`` is only ``"weights"`` (a slider drag, a typed
        share) updates the sliders and percentages; any other event (scenarios, method,
        parameters, criteria, data loaded, busy) refreshes the scenario list, the method, its
        parameters and the detail tabs, and rebuilds the rows only when the criteria set
        (indicators, directions) or the language changed.
        """
        if getattr(info, "type", None) == "criteria_changed" and getattr(info, "what", ()) == ("weights",) \
                and self._structure is not None:
            self._updating = True
            try:
                self._update_weights()
            finally:
                self._updating = False
            return
        sc = self.project.scenario
        self._updating = True
        try:
            self._refresh_top()
            structure = (sc.name, tuple(c.indicator for c in sc.criteria),
                         tuple(c.direction for c in sc.criteria), i18n.is_korean())
            if structure != self._structure:
                self._rebuild_rows()
                self._structure = structure
            self._update_weights()
        finally:
            self._updating = False
        self._show_detail()

    def _refresh_top(self) -> None:
        p = self.project
        names = list(p.scenario_names)
        items = [(scenario_display_name(p.scenarios[n]), n) for n in names]
        combo = self.scenario_combo
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != items:
            combo.clear()
            for text, name in items:
                combo.addItem(text, name)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)  # the full name
        combo.setCurrentIndex(combo.findData(p.active))
        combo.setToolTip(combo.currentText())  # never the internal id ("industry-hub")
        if self.method_combo.count() == 0:
            for cls in _scorers():
                name = bilingual(cls.name_ko, cls.name_en, i18n.is_korean()) or cls.id
                self.method_combo.addItem(name, cls.id)
        sc = p.scenario
        i = self.method_combo.findData(sc.method)
        if i < 0:
            self.method_combo.addItem(sc.method, sc.method)
            i = self.method_combo.count() - 1
        self.method_combo.setCurrentIndex(i)
        chosen = next((c for c in _scorers() if c.id == sc.method), None)
        specs = chosen.params if chosen is not None else ()
        self.param_form.set_specs(specs, dict(sc.params))
        self.params_box.setVisible(bool(specs))

    def _rebuild_rows(self) -> None:
        sc = self.project.scenario
        self.table.setRowCount(len(sc.criteria))
        labels = self.session.indicator_labels()
        from smartzone.app.core.labels import indicator_year, name_with_year

        level = self.project.level
        for row, c in enumerate(sc.criteria):
            # the year of the criterion's data beside its name (issue 11 §7)
            item = QTableWidgetItem(name_with_year(labels.get(c.indicator, criterion_label(c)), c.indicator, level))
            year = indicator_year(c.indicator, level)
            tip = fill(self.tr("Column %1 of the indicator table"), c.indicator)
            item.setToolTip(tip + (" — " + fill(self.tr("Data of %1"), year) if year else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.indicator)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, 0, item)
            direction = QComboBox()
            direction.addItem(self.tr("benefit ↑"), "benefit")
            direction.addItem(self.tr("cost ↓"), "cost")
            direction.setCurrentIndex(0 if c.direction == "benefit" else 1)
            direction.currentIndexChanged.connect(lambda _=0, ind=c.indicator, w=direction:
                                                  self._direction_chosen(ind, w.currentData()))
            self.table.setCellWidget(row, 1, direction)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, 100)
            slider.setObjectName(f"weight_{c.indicator}")
            slider.valueChanged.connect(lambda v, ind=c.indicator: self._slider_moved(ind, v))
            slider.sliderReleased.connect(self.project.end_merge)
            self.table.setCellWidget(row, 2, slider)
            # typed weights ("12.5 %") beside the slider: the share of the total
            pct = QDoubleSpinBox()
            pct.setObjectName(f"share_{c.indicator}")
            pct.setRange(0.0, MAX_SHARE * 100)
            pct.setDecimals(1)
            pct.setSingleStep(0.5)
            pct.setSuffix(" %")
            pct.setKeyboardTracking(False)  # apply on Enter or focus out, not per keystroke
            pct.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
            pct.setAlignment(Qt.AlignmentFlag.AlignRight)
            pct.valueChanged.connect(lambda v, ind=c.indicator: self.set_share(ind, v / 100.0))
            self.table.setCellWidget(row, 3, pct)
        self._size_direction_column()
        if self.current not in sc.indicators and sc.criteria:
            self.current = sc.criteria[0].indicator
        if self.current in sc.indicators:
            self.table.selectRow(sc.index_of(self.current))

    def _size_direction_column(self) -> None:
        """Fit the direction column to its combo boxes (the longest item, in this language)."""
        probe = QComboBox()
        probe.addItem(self.tr("benefit ↑"))
        probe.addItem(self.tr("cost ↓"))
        header = self.table.horizontalHeader()
        # Room around the text: the bare size hint leaves "편익 ↑" touching the drop-down arrow.
        width = max(probe.sizeHint().width() + 14, header.sectionSizeFromContents(1).width()) + 4
        self.table.setColumnWidth(1, width)

    def _update_weights(self) -> None:
        sc = self.project.scenario
        total = sum(c.weight for c in sc.criteria) or 1.0
        for row, c in enumerate(sc.criteria):
            share = c.weight / total
            slider = self.table.cellWidget(row, 2)
            if isinstance(slider, QSlider) and not slider.isSliderDown():
                slider.blockSignals(True)
                slider.setValue(round(share * 100))
                slider.blockSignals(False)
            box = self.table.cellWidget(row, 3)
            if isinstance(box, QDoubleSpinBox) and not box.hasFocus():
                box.blockSignals(True)
                box.setValue(share * 100)
                box.blockSignals(False)

    def slider(self, indicator: str) -> QSlider:
        """The weight slider of ``indicator`` (tests, benchmarks)."""
        row = self.project.scenario.index_of(indicator)
        w = self.table.cellWidget(row, 2)
        assert isinstance(w, QSlider)
        return w

    # ---------------------------------------------------------------- edits
    def share_box(self, indicator: str) -> QDoubleSpinBox:
        """The typed-weight box of ``indicator`` (tests)."""
        w = self.table.cellWidget(self.project.scenario.index_of(indicator), 3)
        assert isinstance(w, QDoubleSpinBox)
        return w

    def _slider_moved(self, indicator: str, value: int) -> None:
        if not self._updating:
            self.set_share(indicator, value / 100.0)

    def set_share(self, indicator: str, share: float) -> None:
        """Give ``indicator`` this share of the total weight (0-1), the others keep their ratios."""
        if self._updating:
            return
        sc = self.project.scenario
        share = min(max(float(share), 0.0), MAX_SHARE)
        others = sum(c.weight for c in sc.criteria if c.indicator != indicator)
        if others <= 0:
            others = 1.0
            self.project.set_weights({c.indicator: (0.0 if c.indicator == indicator else 1.0)
                                      for c in sc.criteria})
        raw = share / (1 - share) * others
        self.project.set_weight(indicator, raw)

    def derive_weights(self, method: str) -> bool:
        """Entropy / CRITIC weights from the data or rank-order weights from the list order (one undo step)."""
        from smartzone.app.core.weighting import derived_weights

        sc = self.project.scenario
        crits = [c for c in sc.criteria if self.session.matrix is not None and c.indicator in self.session.matrix]
        if len(crits) < 2:
            QMessageBox.information(self, self.tr("Weights"), self.tr("Derived weights need at least two criteria."))
            return False
        try:
            try:
                weights = derived_weights(self.session.matrix, crits, method)
            except Exception:
                if method != "entropy":
                    raise
                # entropy needs non-negative values: growth rates are not; use the 0-1 standardised values
                weights = derived_weights(self.session.matrix, crits, method, "standardised")
        except Exception as exc:  # degenerate data (a constant indicator ...): say why
            QMessageBox.warning(self, self.tr("Weights"), fill(self.tr("Cannot derive the weights: %1"),
                error_text(exc)))
            return False
        self.project.set_weights(weights)
        return True

    def _equal_weights(self) -> None:
        sc = self.project.scenario
        if sc.criteria:
            self.project.set_weights({c.indicator: 1.0 for c in sc.criteria})

    def open_scenario_manager(self) -> Any:
        """The scenario manager (new, duplicate, rename, delete); returns the dialog (tests)."""
        from smartzone.app.gui.widgets.scenario_manager import ScenarioManager

        dlg = ScenarioManager(self.project, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def open_ahp(self) -> None:
        from smartzone.app.gui.widgets.ahp_editor import apply_ahp

        sc = self.project.scenario
        if len(sc.criteria) < 2:
            QMessageBox.information(self, self.tr("AHP"), self.tr("AHP needs at least two criteria."))
            return
        labels = self.session.indicator_labels()
        apply_ahp(self, self.project, list(sc.indicators), [labels.get(c.indicator, c.indicator) for c in sc.criteria])

    def _direction_chosen(self, indicator: str, direction: str) -> None:
        if self._updating:
            return
        c = self.project.scenario.criterion(indicator)
        if c.direction != direction:
            self.project.set_criterion(indicator, replace(c, direction=direction))

    def _scenario_chosen(self, index: int) -> None:
        if not self._updating and index >= 0:
            self.project.set_active(self.scenario_combo.itemData(index))

    def _method_chosen(self, index: int) -> None:
        if self._updating or index < 0:
            return
        method = self.method_combo.itemData(index)
        if method != self.project.scenario.method:
            self.project.set_method(method)

    def _params_changed(self, values: dict[str, Any]) -> None:
        if not self._updating:
            self._guarded(self.project.set_params, values)

    def _fill_add_menu(self) -> None:
        self.add_menu.clear()
        matrix = self.session.matrix
        used = set(self.project.scenario.indicators)
        if matrix is None:
            self.add_menu.addAction(self.tr("(data still loading)")).setEnabled(False)
            return
        labels = self.session.indicator_labels()
        for col in matrix.columns:
            if col not in used:
                act = self.add_menu.addAction(f"{labels.get(col, col)}  ({col})")
                act.triggered.connect(lambda _=False, col=col: self._add(col))

    def _add(self, indicator: str) -> None:
        from smartzone.scoring.model import Criterion

        self.current = indicator
        self._guarded(self.project.add_criterion, Criterion(indicator=indicator, weight=1.0))

    def _remove_current(self) -> None:
        if self.current is not None and self.current in self.project.scenario.indicators:
            self.project.remove_criterion(self.current)

    def _guarded(self, fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except (ValueError, KeyError) as exc:
            QMessageBox.warning(self, self.tr("Cannot apply"), error_text(exc))

    # ---------------------------------------------------------------- detail
    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        self.current = item.data(Qt.ItemDataRole.UserRole)
        self._show_detail()
        if self.current:
            self.criterion_selected.emit(self.current)

    def _show_detail(self) -> None:
        sc = self.project.scenario
        if self.current not in sc.indicators or self.session.busy:
            # busy: the loaded data is of the previous level or layers; show none of it
            self.detail.setEnabled(False)
            self.chart.clear()
            self.constraint_editor.set_criterion(None)
            self._update_constraints_tab(0)
            return
        self.detail.setEnabled(True)
        c = sc.criterion(self.current)
        self._updating = True
        try:
            from smartzone.scoring.standardize import STANDARDIZATIONS

            if self.std_combo.count() == 0:
                for sid, std in STANDARDIZATIONS.items():
                    self.std_combo.addItem(bilingual(std.label_ko, std.label_en, i18n.is_korean()), sid)
            self.std_combo.setCurrentIndex(max(self.std_combo.findData(c.standardization.method), 0))
            spec = STANDARDIZATIONS.get(c.standardization.method)
            self.std_form.set_specs(spec.parameters if spec else (), dict(c.standardization.params))
            self.missing_combo.setCurrentIndex(max(self.missing_combo.findData(c.missing), 0))
        finally:
            self._updating = False
        label = self.session.indicator_labels().get(c.indicator, criterion_label(c))
        import numpy as np

        data = self.session.indicator_values(c.indicator) if self.session.matrix is not None else np.empty(0)
        self.chart.set_data(data, c.standardization, c.direction, label)
        values = None  # None: data not loaded yet; empty: the data has no such column
        matrix = self.session.matrix
        if matrix is not None:
            import pandas as pd

            values = (pd.to_numeric(matrix[c.indicator], errors="coerce").to_numpy(dtype=float)
                      if c.indicator in matrix.columns else np.array([]))
        unit = indicator_units(self.project.level, "ko" if i18n.is_korean() else "en").get(c.indicator, "")
        self.constraint_editor.set_criterion(c.indicator, c.constraints, values, unit=unit, label=label,
                                             direction=c.direction)
        self._update_constraints_tab(len(c.constraints))

    def _update_constraints_tab(self, n: int) -> None:
        text = self.tr("Constraints")
        self.detail.setTabText(1, f"{text} ({n})" if n else text)

    def _constraints_edited(self, constraints: tuple[Any, ...]) -> None:
        """One edit in the constraint editor: one undoable ``set_criterion`` (re-scores)."""
        if self._updating or self.current is None or self.current not in self.project.scenario.indicators:
            return
        c = self.project.scenario.criterion(self.current)
        if tuple(constraints) != c.constraints:
            try:
                self.project.set_criterion(self.current, replace(c, constraints=tuple(constraints)))
            except (ValueError, KeyError) as exc:
                QMessageBox.warning(self, self.tr("Cannot apply"), error_text(exc))
                self._show_detail()  # back to the model's constraints

    def _std_chosen(self, index: int) -> None:
        if self._updating or self.current is None or index < 0:
            return
        from smartzone.scoring.model import Standardization

        c = self.project.scenario.criterion(self.current)
        method = self.std_combo.itemData(index)
        if method != c.standardization.method:
            self._guarded(self.project.set_criterion, self.current,
                          replace(c, standardization=Standardization(method=method)))

    def _std_params_changed(self, values: dict[str, Any]) -> None:
        if self._updating or self.current is None:
            return
        from smartzone.scoring.model import Standardization

        c = self.project.scenario.criterion(self.current)
        params = {k: v for k, v in values.items() if v is not None}
        self._guarded(self.project.set_criterion, self.current,
                      replace(c, standardization=Standardization(c.standardization.method, params)))

    def _missing_chosen(self, index: int) -> None:
        if self._updating or self.current is None or index < 0:
            return
        c = self.project.scenario.criterion(self.current)
        value = self.missing_combo.itemData(index)
        if value != c.missing:
            self.project.set_criterion(self.current, replace(c, missing=value))


def _scorers() -> list[ScorerClass]:
    """The scorer classes of the registry (built-ins, then plugins that loaded)."""
    from smartzone.scoring.registry import available_scorers

    return list(available_scorers().values())
