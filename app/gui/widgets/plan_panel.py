"""The Plan panel: which smart solutions go where, within budget and the 35 % rule.

Beside the results: the solution catalogue (editable), the budget and rules, a run in the
background (progress, cancel), a map of spend per district, a category chart with the
floor's line, a compliance badge. Settings are the project's ``plan`` section (saved in
the project file, undoable through the project's undo stack); the panel holds no state of
its own beyond the last result. Runnable alone on the demo::

    python -m smartzone.app.gui.widgets.plan_panel
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.labels import bilingual, category_label
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill

if TYPE_CHECKING:
    from smartzone.app.gui.widgets.session import AppSession

_COLUMNS = ("id", "name", "category", "cost", "value")  # "name": name_ko or name_en, by the UI language


def _lang_i() -> int:
    """Index into CATEGORY_LABELS' (Korean, English) for the UI language."""
    from smartzone.app.drawing import i18n

    return 0 if i18n.is_korean() else 1


def _category_key(text: str) -> str:
    """A category typed in the table: its key, or its Korean or English label."""
    from smartzone.scoring.planner import CATEGORY_LABELS

    text = text.strip()
    for key, labels in CATEGORY_LABELS.items():
        if text == key or text in labels:
            return key
    return text
_FLOOR_CATS = ("climate", "digital_inclusion")
_CATEGORY_COLOURS = {
    "climate": "#1b9e77", "digital_inclusion": "#66a61e", "mobility": "#7570b3", "safety": "#e7298a",
    "health_care": "#d95f02", "economy": "#e6ab02", "governance": "#666666",
}


class CategoryChart(QWidget):
    """Horizontal bars: share of the plan's cost per category, with the floor's line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shares: dict[str, float] = {}
        self.floor = 0.35
        self.setMinimumHeight(150)

    def set_shares(self, shares: dict[str, float], floor: float) -> None:
        self.shares, self.floor = dict(shares), float(floor)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        from smartzone.scoring.planner import CATEGORIES

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        label_w, top = 110, 18
        rows = [*CATEGORIES, "floor"]
        row_h = max(12.0, (h - top - 4) / len(rows))
        bar_w = max(40.0, w - label_w - 50)
        p.setPen(QColor("#333333"))
        p.drawText(QRectF(0, 0, w, top), Qt.AlignmentFlag.AlignLeft, self.tr("Share of plan cost"))
        green = sum(self.shares.get(c, 0.0) for c in _FLOOR_CATS)
        for i, cat in enumerate(rows):
            y = top + i * row_h
            if cat == "floor":
                name, share, colour = self.tr("climate + digital"), green, "#1b9e77"
            else:
                name, share, colour = category_label(cat, _lang_i() == 0), self.shares.get(cat, 0.0), _CATEGORY_COLOURS[cat]
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(0, y, label_w - 6, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       name)
            p.fillRect(QRectF(label_w, y + 2, bar_w * min(share, 1.0), row_h - 4), QColor(colour))
            p.drawText(QRectF(label_w + bar_w * min(share, 1.0) + 4, y, 60, row_h), Qt.AlignmentFlag.AlignVCenter,
                       f"{share * 100:.0f} %")
        x = label_w + bar_w * self.floor
        p.setPen(QPen(QColor("#c0392b"), 2, Qt.PenStyle.DashLine))
        p.drawLine(int(x), top, int(x), int(top + len(rows) * row_h))
        p.setPen(QColor("#c0392b"))
        p.drawText(QRectF(x + 3, 0, 80, top), Qt.AlignmentFlag.AlignLeft, f"{self.floor * 100:g} %")
        p.end()


class _Summary(QLabel):
    """The summary's label: a new text asks its box for a new height."""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        box = self.parentWidget()
        while box is not None and not isinstance(box, QScrollArea):
            box = box.parentWidget()
        if box is not None:
            box.updateGeometry()


class _SummaryBox(QScrollArea):
    """The plan's summary: asks for its lines' whole height, scrolls when the panel is lower."""

    def sizeHint(self) -> Any:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        label = self.widget()
        if label is not None:
            hint.setHeight(label.heightForWidth(max(self.viewport().width(), 100)) + 4)
        return hint


class PlanPanel(QWidget):
    """Deployment planner on the session's current scores (see :mod:`smartzone.app.core.planning`)."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.result: Any = None
        self.inputs: Any = None  # the PlanInputs of ``result`` (the PDF report's plan section)
        self.plan_scenario: str | None = None  # the scenario ``result`` was planned on
        self._planning: str | None = None
        self.worker: Any = None
        self._filling = False

        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("id"), self.tr("name"), self.tr("category"),
                                              self.tr("cost (100M KRW)"), self.tr("value")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the catalogue's keys ("iot_flood_sensor") are not words: the name says it, its tooltip gives the key
        self.table.setColumnHidden(0, True)
        self.table.verticalHeader().setVisible(False)
        # one line per solution: a name wrapped onto a row one line high lost its second line
        # ("Smart shade and heat-wave shelters"); the name's tooltip gives it whole
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._catalogue_edited)
        self.load_button = QPushButton(self.tr("Load catalogue…"))
        self.load_button.clicked.connect(self._load_catalogue)
        self.bundled_button = QPushButton(self.tr("Bundled catalogue"))
        self.bundled_button.clicked.connect(lambda: self._store({"catalogue": None}, self.tr("Use the bundled catalogue")))

        self.budget = QDoubleSpinBox()
        self.budget.setRange(0.0, 1_000_000.0)
        self.budget.setDecimals(1)
        self.budget.setSuffix(self.tr(" 100M KRW"))
        self.floor = QDoubleSpinBox()
        self.floor.setRange(0.0, 100.0)
        self.floor.setSuffix(" %")
        self.min_spend = QDoubleSpinBox()
        self.min_spend.setRange(0.0, 1_000_000.0)
        self.min_spend.setSuffix(self.tr(" 100M KRW"))
        self.shrinking = QLineEdit()
        self.shrinking.setPlaceholderText(self._shrinking_example())
        self.shrinking.setToolTip(self._shrinking_example())  # the whole example where the field is narrow
        self.concentration = QDoubleSpinBox()
        self.concentration.setRange(0.0, 100.0)
        self.concentration.setSuffix(" %")
        self.max_districts = QSpinBox()
        self.max_districts.setRange(0, 100_000)
        self.max_districts.setSpecialValueText(self.tr("no limit"))
        self.runs = QSpinBox()
        self.runs.setRange(0, 500)
        self.runs.setSpecialValueText(self.tr("off"))
        self.runs.setToolTip(self.tr("Re-plan with weights drawn around the scenario's: how often each "
                                     "district gets a solution"))
        self.map_mode = QComboBox()
        self.map_mode.addItem(self.tr("Spend per district"))
        self.map_mode.addItem(self.tr("How often chosen (robustness)"))
        self.map_mode.currentIndexChanged.connect(lambda _i: self._show_map())
        self.robustness: Any = None
        for w in (self.budget, self.floor, self.min_spend, self.concentration):
            w.editingFinished.connect(self._rules_edited)
        self.max_districts.editingFinished.connect(self._rules_edited)
        self.shrinking.editingFinished.connect(self._rules_edited)

        self.run_button = QPushButton(self.tr("Plan"))
        self.run_button.clicked.connect(self.run_plan)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._undo)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.badge = QLabel()
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumHeight(26)
        self.summary = _Summary()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        from smartzone.app.gui.widgets.map_canvas import MapCanvas

        self.map = MapCanvas()
        self.map.setMinimumHeight(220)
        self.chart = CategoryChart()

        form = QFormLayout()
        form.addRow(self.tr("Budget"), self.budget)
        form.addRow(self.tr("Climate + digital inclusion at least"), self.floor)
        form.addRow(self.tr("Minimum spend"), self.min_spend)
        form.addRow(self.tr("Shrinking districts"), self.shrinking)
        form.addRow(self.tr("Spend in shrinking districts at least"), self.concentration)
        form.addRow(self.tr("Districts funded at most"), self.max_districts)
        form.addRow(self.tr("Robustness runs"), self.runs)
        buttons = QHBoxLayout()
        for b in (self.run_button, self.cancel_button, self.undo_button):
            buttons.addWidget(b)
        cat_buttons = QHBoxLayout()
        cat_buttons.addWidget(self.load_button)
        cat_buttons.addWidget(self.bundled_button)

        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(QLabel(self.tr("Solution catalogue")))
        tl.addWidget(self.table, 1)  # the catalogue gives way first, then the summary scrolls
        tl.addLayout(cat_buttons)
        tl.addLayout(form)
        tl.addLayout(buttons)
        tl.addWidget(self.progress)
        tl.addWidget(self.badge)
        # the summary scrolls in its own box: a wrapped label's height is not in the layout's
        # minimum, and the form's spin boxes were squeezed below theirs once the plan's lines showed
        summary_box = _SummaryBox()
        summary_box.setWidget(self.summary)
        summary_box.setWidgetResizable(True)
        summary_box.setFrameShape(QFrame.Shape.NoFrame)
        summary_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        summary_box.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3 + 6)
        self.summary_box = summary_box
        tl.addWidget(summary_box)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.map_mode)
        bl.addWidget(self.map, 3)
        bl.addWidget(self.chart, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

        self._show_badge(None)
        self._watch(session.project)
        session.loaded.connect(self._districts_loaded)
        if session.geometry is not None:
            self._districts_loaded()

    # ---------------------------------------------------------------- settings
    def _watch(self, project: Any) -> None:
        self.project = project
        project.events.plan_changed.connect(self._plan_changed)
        self.refresh()

    def settings(self) -> dict[str, Any]:
        """The project's plan settings with defaults filled in."""
        plan = dict(self.project.plan)
        rules = {"budget": 80.0, "floors": ["climate,digital_inclusion=0.35"], "min_spend": 0.0,
                 "concentration": 0.0, "max_districts": None, "shrinking": ""}
        rules.update(plan.get("rules") or {})
        plan["rules"] = rules
        return plan

    def catalogue(self) -> Any:
        from smartzone.app.core.planning import load_catalogue
        from smartzone.scoring.planner import Catalogue

        records = self.settings().get("catalogue")
        if isinstance(records, list) and records:
            return Catalogue.from_records(records)
        return load_catalogue(records if isinstance(records, str) else None)

    def _store(self, changes: dict[str, Any], text: str) -> None:
        plan = self.settings()
        plan.update(changes)
        self.project.set_plan(plan, text)

    def _plan_changed(self, info: Any = None) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show the project's plan settings in the widgets."""
        self._filling = True
        try:
            s = self.settings()
            r = s["rules"]
            self.budget.setValue(float(r.get("budget") or 0.0))
            share = 0.0
            for text in r.get("floors") or []:
                cats, _, value = str(text).rpartition("=")
                if set(cats.replace("+", ",").split(",")) == set(_FLOOR_CATS):
                    share = float(value)
            self.floor.setValue(share * 100)
            self.min_spend.setValue(float(r.get("min_spend") or 0.0))
            self.shrinking.setText(str(r.get("shrinking") or ""))
            self.concentration.setValue(float(r.get("concentration") or 0.0) * 100)
            self.max_districts.setValue(int(r.get("max_districts") or 0))
            try:
                cat = self.catalogue()
            except Exception as exc:  # a moved catalogue file: say so, keep the panel usable
                self.summary.setText(error_text(exc))
                return
            self.table.setRowCount(len(cat))

            li = _lang_i()
            for i, sol in enumerate(cat.solutions):
                name = bilingual(sol.name_ko, sol.name_en, li == 0) or sol.name_ko or sol.name_en
                category = category_label(sol.category, li == 0)
                for j, value in enumerate((sol.id, name, category, f"{sol.cost:g}", f"{sol.value:g}")):
                    item = QTableWidgetItem(value)
                    if j == 0:
                        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    if j == 1:
                        item.setToolTip(name + "\n" + fill(self.tr("Catalogue id: %1"), sol.id))  # whole name
                    if j >= 3:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(i, j, item)
            self.table.resizeColumnsToContents()
        finally:
            self._filling = False

    def _rules_edited(self) -> None:
        if self._filling:
            return
        rules = dict(self.settings()["rules"])
        others = [t for t in rules.get("floors") or []
                  if set(str(t).rpartition("=")[0].replace("+", ",").split(",")) != set(_FLOOR_CATS)]
        share = self.floor.value() / 100
        rules.update({
            "budget": self.budget.value(),
            "floors": ([f"climate,digital_inclusion={share:g}"] if share > 0 else []) + others,
            "min_spend": self.min_spend.value(),
            "shrinking": self.shrinking.text().strip(),
            "concentration": self.concentration.value() / 100 if self.shrinking.text().strip() else 0.0,
            "max_districts": self.max_districts.value() or None,
        })
        self._store({"rules": rules}, self.tr("Change plan rules"))

    def _catalogue_edited(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        from smartzone.scoring.planner import Catalogue, PlanError

        records = self.catalogue().to_records()
        key = _COLUMNS[item.column()]
        row = records[item.row()]
        if key == "name":  # the name of the UI language
            row["name_ko" if _lang_i() == 0 else "name_en"] = item.text().strip()
        elif key == "category":  # shown by its label; typed as a label or a key
            row[key] = _category_key(item.text())
        else:
            row[key] = item.text().replace(",", "")
        try:
            cat = Catalogue.from_records(records)
        except (PlanError, ValueError) as exc:
            self.summary.setText(fill(self.tr("Not changed: %1"), error_text(exc)))
            self.refresh()
            return
        self._store({"catalogue": cat.to_records()}, fill(self.tr("Edit solution %1"), row["id"]))

    def _load_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Solution catalogue"), "",
                                              self.tr("Catalogues (*.csv *.xlsx)"))
        if path:
            self.load_catalogue_file(path)

    def load_catalogue_file(self, path: str) -> bool:
        """Read a user's CSV/XLSX catalogue into the project (an undoable edit)."""
        from smartzone.app.core.planning import load_catalogue

        try:
            cat = load_catalogue(path)
        except Exception as exc:
            self.summary.setText(error_text(exc))
            return False
        self._store({"catalogue": cat.to_records()}, self.tr("Load catalogue"))
        return True

    def _undo(self) -> None:
        if self.project.undo_stack.can_undo:
            self.project.undo_stack.undo()

    # ---------------------------------------------------------------- running
    def _districts_loaded(self) -> None:
        if self.session.project is not self.project:  # another project was opened
            self.project.events.plan_changed.disconnect(self._plan_changed)
            self._watch(self.session.project)
        self.map.set_districts(self.session.geometry)

    def run_plan(self) -> Any:
        """Plan on the current scores in a background thread; returns the worker (None if busy)."""
        if self.worker is not None or self.session.result is None or self.session.layer is None:
            return None
        from smartzone.app.core.pipeline import ScoreRun, result_frame
        from smartzone.app.core.planning import make_rules, problem_from_frame
        from smartzone.app.gui.workers import compute_pool, run_in_thread
        from smartzone.scoring.planner import Planner

        r = self.settings()["rules"]
        try:
            rules = make_rules(float(r["budget"]), min_share=list(r.get("floors") or []),
                               min_spend=float(r.get("min_spend") or 0.0),
                               concentration=float(r["concentration"]) if r.get("shrinking") else None,
                               shrinking=r.get("shrinking") or None, max_districts=r.get("max_districts"))
            catalogue = self.catalogue()
        except Exception as exc:
            self._failed(error_text(exc), "")
            return None
        layer, matrix, scored = self.session.layer, self.session.matrix, self.session.result
        if layer is None or matrix is None or scored is None:  # nothing scored yet
            return None
        frame = result_frame(layer, scored)
        shrinking = r.get("shrinking") or None
        labels = self.session.indicator_labels()  # an indicator may be named by its display name
        n_runs = self.runs.value()
        run = ScoreRun(self.project, self.project.active, layer, matrix, scored)
        self._planning = self.project.active

        def job(feedback: Any = None) -> Any:
            from smartzone.app.core.planning import run_robustness
            from smartzone.scoring.errors import ScoringError

            inputs = problem_from_frame(frame, matrix, catalogue, shrinking, labels)
            result = Planner(time_limit=60).solve(inputs.problem, rules, feedback=feedback)
            robust, note = None, ""
            if n_runs and result.units.any():
                try:
                    robust = run_robustness(run, result, n_runs, feedback=feedback)
                except ScoringError as exc:  # a method without weights
                    note = error_text(exc)
            return result, inputs, robust, note

        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.badge.setText(self.tr("planning…"))
        self.worker = run_in_thread(job, on_done=self._done, on_error=self._failed,
                                    on_progress=lambda v: self.progress.setValue(int(v)),
                                    on_canceled=self._canceled, pool=compute_pool())
        return self.worker

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finish(self) -> None:
        self.worker = None
        self.progress.setVisible(False)
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _canceled(self) -> None:
        self._finish()
        self.badge.setText(self.tr("cancelled"))

    def _shrinking_example(self) -> str:
        """The shrinking-districts field's example, with an indicator by its display name (not its id)."""
        labels = self.session.indicator_labels()
        indicator = next((i for i in ("pop_change_2010_2020", "pop_change_2020_2025") if i in labels),
                         next((i for i in labels if i.startswith("pop_change")), ""))
        example = fill(self.tr("e.g. top:60, score>=60, %1<0"), labels.get(indicator, indicator))
        return example if indicator else self.tr("e.g. top:60, score>=60")

    def _failed(self, message: str, detail: str) -> None:
        self._finish()
        self._show_badge("error")
        self.summary.setText(message)

    def _done(self, payload: Any) -> None:
        self._finish()
        result, inputs, robust, note = payload
        self.result = result
        self.inputs, self.plan_scenario = inputs, self._planning
        self.robustness = robust
        self.show_result(result)
        if note:
            self.summary.setText(self.summary.text() + "\n" + note)

    def plan_for_report(self, scenario: str) -> tuple[Any, Any, Any] | None:
        """The plan of ``scenario`` for its PDF report: ``(result, inputs, robustness)``, or None when
        the panel holds no plan, or one of another scenario or of scores since replaced."""
        result, inputs = self.result, self.inputs
        if result is None or inputs is None or scenario != self.plan_scenario:
            return None
        if getattr(inputs, "problem", None) is not getattr(result, "problem", None):
            return None
        return result, inputs, self.robustness

    def show_result(self, result: Any) -> None:
        """Badge, summary, map of spend per district and the category chart of ``result``."""


        self.result = result
        self._show_badge("infeasible" if result.status == "infeasible" else
                         "pass" if result.compliant else "fail")
        from smartzone.app.core.planning import check_line, message_words, status_words

        lang = "ko" if _lang_i() == 0 else "en"  # the status and the rules in the UI language
        lines = []
        if result.status == "infeasible":
            lines.append(message_words(result.message, result.rules, lang))
        else:
            total = result.total_cost
            lines.append(fill(self.tr("%1: benefit %2, gap %3 %, %4 s"),
                status_words(result.status, lang), f"{result.objective:,.1f}", f"{(result.gap or 0) * 100:.3g}", f"{result.seconds:.2f}"))
            lines.append(fill(self.tr("%1 (100M KRW) in %2 districts, %3 deployments"),
                f"{total:,.1f}", str(int((result.spend_per_district > 0).sum())), str(int((result.units > 0).sum()))))
            lines += [check_line(c, result.rules, lang) for c in result.checks
                      if c.key in ("budget", "min_spend", "concentration")
                      or c.key.startswith("floor:") or c.key.endswith("districts")]
            if result.greedy is not None and result.objective:
                lines.append(fill(self.tr("greedy baseline: %1 % of the optimum"),
                    f"{result.greedy.objective / result.objective * 100:.1f}"))
            if result.status == "empty":
                lines.append(message_words(result.message, result.rules, lang))
            lines += [message_words(note, result.rules, lang) for note in result.notes]  # e.g. an empty optimum
        self.summary.setText("\n".join(lines))
        self._show_map()
        total = result.total_cost
        shares = {k: (v / total if total > 0 else 0.0) for k, v in result.spend_by_category().items()}
        floor = next((f.share for f in result.rules.floors if set(f.categories) == set(_FLOOR_CATS)), 0.35)
        self.chart.set_shares(shares, floor)
        self.chart.setToolTip(", ".join(f"{category_label(k, _lang_i() == 0)} {v * 100:.1f} %"
                                        for k, v in shares.items() if v))

    def _show_map(self) -> None:
        """Spend per district, or how often a district gets a solution over the robustness runs."""
        import pandas as pd

        result = self.result
        if result is None or self.session.geometry is None:
            return
        codes = pd.Index(result.problem.codes)
        self.map.set_districts(self.session.geometry, fit=False)
        if self.map_mode.currentIndex() == 1 and self.robustness is not None:
            freq = self.robustness.district_frequency()
            values = pd.Series(np.where(freq > 0, freq * 100, np.nan), index=codes)
            label, title, cmap = self.tr("chosen in % of runs"), self.tr("Chosen (% of runs)"), "YlGnBu"
        else:
            spend = result.spend_per_district
            values = pd.Series(np.where(spend > 0, spend, np.nan), index=codes)
            label, title, cmap = self.tr("spend (100M KRW)"), self.tr("Spend (100M KRW)"), "YlOrRd"
        if values.notna().any():
            self.map.set_values(self.session.aligned(values), label=label, legend_title=title, cmap=cmap,
                                scheme="quantiles", k=4)
        else:
            self.map.set_values(None)

    def _show_badge(self, state: str | None) -> None:
        text, colour = {
            None: (self.tr("not planned yet"), "#bbbbbb"),
            "pass": (self.tr("PASS: every rule is met"), "#1e8449"),
            "fail": (self.tr("FAIL: a rule is broken"), "#c0392b"),
            "infeasible": (self.tr("NO PLAN: the rules conflict"), "#c0392b"),
            "error": (self.tr("error"), "#7f8c8d"),
        }[state]
        self.badge.setText(text)
        self.badge.setStyleSheet(f"background:{colour}; color:white; font-weight:bold; border-radius:4px;")


def _main() -> int:  # pragma: no cover - manual look
    import sys

    from PySide6.QtWidgets import QApplication

    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.session import AppSession

    app = QApplication.instance() or QApplication(sys.argv)
    session = AppSession(Project.demo(level="sigungu", preset="shrinking-city"))
    panel = PlanPanel(session)
    panel.resize(520, 900)
    panel.show()
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
