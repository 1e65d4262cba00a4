"""Editor of one criterion's constraints (hard exclusions).

A constraint excludes a district where ``raw <op> value`` holds (e.g.
``pop_2020 < 100,000``); the scoring engine records the rule and its reason per
excluded district. This widget shows the constraints of one criterion as a
small table (operator, value in the indicator's unit, reason, districts hit)
with Add / Remove, and a live count of the districts the selected constraint
excludes, computed from the loaded matrix.

The widget holds no state of its own: it emits ``edited(tuple)`` with the
criterion's new constraints and the owner applies that through the project's
undo stack; the model change then comes back through :meth:`set_criterion`.
Run alone on the demo data: ``python -m smartzone.app.gui.widgets.constraint_editor``.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.drawing.i18n import fill
from smartzone.scoring.constraints import constraint_mask, format_number
from smartzone.scoring.model import Constraint, ConstraintOp

#: Operator id (as stored in :class:`Constraint`) and how it is shown.
OPERATORS: tuple[tuple[str, str], ...] = (
    ("<", "<"), ("<=", "≤"), (">", ">"), (">=", "≥"), ("==", "="), ("!=", "≠"),
)


def excluded_count(values: Any, constraint: Constraint) -> int:
    """Number of districts ``constraint`` excludes among ``values`` (NaN never counts)."""
    raw = np.asarray(values, dtype=float)
    return int(constraint_mask(raw, constraint).sum()) if raw.size else 0


def _finite(values: Any) -> np.ndarray:
    if values is None:
        return np.array([])
    raw = np.asarray(values, dtype=float)
    return raw[np.isfinite(raw)]


def _nice(value: float, digits: int = 2) -> float:
    """``value`` rounded to ``digits`` significant digits (31,742 -> 32,000)."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    exp = math.floor(math.log10(abs(value))) - digits + 1
    return round(value / 10**exp) * 10**exp if exp > 0 else round(value, -exp)


def _value_decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def spin_settings(values: Any, current: Sequence[float] = ()) -> tuple[float, float, int, float]:
    """Spin-box ``(minimum, maximum, decimals, step)`` for an indicator's data.

    The range is the data range widened by its span on each side (never below
    0 for non-negative data) and always holds the ``current`` values; decimals
    and step follow the data's magnitude (population: whole numbers, steps of
    10,000; fractions 0-1: three decimals, steps of 0.01).
    """
    data = _finite(values)
    cur = [float(v) for v in current if math.isfinite(float(v))]
    if data.size:
        lo, hi = float(data.min()), float(data.max())
        integers = bool(np.all(data == np.round(data)))
    else:
        lo, hi = (min(cur), max(cur)) if cur else (0.0, 1.0)
        integers = False
    span = hi - lo
    if span <= 0:
        span = abs(hi) or 1.0
    mag = round(math.log10(span))
    decimals = 0 if integers else min(max(3 - mag, 0), 6)
    for v in cur:
        decimals = max(decimals, min(_value_decimals(v), 6))
    step = max(10.0 ** (mag - 2), 10.0 ** -decimals)
    if integers:
        step = max(step, 1.0)
    low = lo - span
    if lo >= 0:
        low = 0.0
    high = hi + span
    low = min([low, *cur])
    high = max([high, *cur])
    return (math.floor(low / step) * step, math.ceil(high / step) * step, decimals, step)


class ConstraintEditor(QWidget):
    """The constraints of one criterion, editable.

    Signals
    -------
    edited(object)
        The criterion's new constraints (``tuple[Constraint, ...]``) after one
        user edit (operator chosen, value entered or stepped, reason entered,
        constraint added or removed).
    """

    edited = Signal(object)

    OP, VALUE, REASON, COUNT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: str | None = None
        self.label = ""
        self.unit = ""
        self.direction = "benefit"
        self._constraints: tuple[Constraint, ...] = ()
        self._values: np.ndarray | None = None
        self._select_row: int | None = None
        self._updating = False

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        lay.addWidget(self.intro)
        self.range_label = QLabel()
        self.range_label.setWordWrap(True)
        lay.addWidget(self.range_label)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("constraints_table")
        self.table.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Value"), self.tr("Reason"),
                                              self.tr("Excluded")])
        count_header = self.table.horizontalHeaderItem(self.COUNT)
        assert count_header is not None  # made by setHorizontalHeaderLabels
        count_header.setToolTip(self.tr("Districts this constraint excludes in the loaded data"))
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(self.OP, QHeaderView.ResizeMode.Fixed)
        hh.setSectionResizeMode(self.VALUE, QHeaderView.ResizeMode.Fixed)
        hh.setSectionResizeMode(self.REASON, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(self.COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._update_count_label)
        lay.addWidget(self.table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add constraint"))
        self.add_button.setToolTip(self.tr("Exclude the districts where this indicator crosses a threshold"))
        self.add_button.clicked.connect(self.add_constraint)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        self.count_label = QLabel()
        self.count_label.setObjectName("constraint_count")
        self.count_label.setWordWrap(True)
        lay.addWidget(self.count_label)
        lay.addStretch(1)
        self._size_columns()
        self._update_texts()

    # ----------------------------------------------------------------- input
    def set_criterion(self, indicator: str | None, constraints: Sequence[Constraint] = (),
                      values: Any = None, *, unit: str = "", label: str = "",
                      direction: str = "benefit") -> None:
        """Show ``constraints`` of ``indicator``; ``values`` are its raw values (None: not loaded)."""
        constraints = tuple(constraints)
        same_rows = indicator == self.indicator and len(constraints) == len(self._constraints)
        want = self._select_row if self._select_row is not None else (
            self.current_row() if indicator == self.indicator else 0)
        self._select_row = None
        self.indicator, self.label, self.unit, self.direction = indicator, label or (indicator or ""), unit, direction
        self._values = None if values is None else np.asarray(values, dtype=float)
        self._constraints = constraints
        self._updating = True
        try:
            if same_rows and self.table.rowCount() == len(constraints):
                for row, con in enumerate(constraints):
                    self._fill_row(row, con)
            else:
                self._rebuild()
            if constraints and want >= 0 and self.current_row() != min(want, len(constraints) - 1):
                self.table.selectRow(min(want, len(constraints) - 1))
        finally:
            self._updating = False
        self._update_texts()

    def constraints(self) -> tuple[Constraint, ...]:
        """The constraints as last given by :meth:`set_criterion`."""
        return self._constraints

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def excluded_count(self, row: int | None = None) -> int | None:
        """Districts excluded by constraint ``row`` (default: the selected one); None without data."""
        if self._values is None:
            return None
        row = self.current_row() if row is None else row
        if not 0 <= row < len(self._constraints):
            return None
        return excluded_count(self._values, self._row_constraint(row))

    def op_combo(self, row: int) -> QComboBox:
        w = self.table.cellWidget(row, self.OP)
        assert isinstance(w, QComboBox)
        return w

    def value_spin(self, row: int) -> QDoubleSpinBox:
        w = self.table.cellWidget(row, self.VALUE)
        assert isinstance(w, QDoubleSpinBox)
        return w

    def reason_edit(self, row: int) -> QLineEdit:
        w = self.table.cellWidget(row, self.REASON)
        assert isinstance(w, QLineEdit)
        return w

    # ----------------------------------------------------------------- edits
    def add_constraint(self) -> None:
        """Append a constraint: below the 10th percentile for a benefit, above the 90th for a cost."""
        if self.indicator is None:
            return
        data = _finite(self._values)
        cost = self.direction == "cost"
        op: ConstraintOp = ">" if cost else "<"
        value = _nice(float(np.percentile(data, 90 if cost else 10))) if data.size else 0.0
        self._select_row = len(self._constraints)
        self.edited.emit((*self._constraints, Constraint(op, value, "")))

    def remove_current(self) -> None:
        """Remove the selected constraint (the last one if none is selected)."""
        if not self._constraints:
            return
        row = self.current_row()
        if row < 0:
            row = len(self._constraints) - 1
        self._select_row = min(row, len(self._constraints) - 2) if len(self._constraints) > 1 else None
        self.edited.emit(self._constraints[:row] + self._constraints[row + 1:])

    def _row_edited(self, row: int) -> None:
        if self._updating or not 0 <= row < len(self._constraints):
            return
        new = self._row_constraint(row)
        if new != self._constraints[row]:
            self._select_row = row
            self.edited.emit(self._constraints[:row] + (new,) + self._constraints[row + 1:])

    def _row_constraint(self, row: int) -> Constraint:
        """The constraint as the row's editors show it (typed but not entered values included)."""
        spin = self.value_spin(row)
        text = spin.cleanText()
        value = spin.valueFromText(text) if text.strip() else spin.value()
        reason = self.reason_edit(row).text().strip()
        if row < len(self._constraints) and reason == self._shown_reason(self._constraints[row].reason).strip():
            reason = self._constraints[row].reason  # shown in the UI language, kept in both
        return Constraint(self.op_combo(row).currentData(), float(value), reason)

    @staticmethod
    def _shown_reason(reason: str) -> str:
        """A preset's reason in the UI language (presets word theirs in English and Korean)."""
        from smartzone.app.core.labels import one_language
        from smartzone.app.drawing import i18n

        return one_language(reason, "ko" if i18n.current_language() == "ko" else "en")

    # ------------------------------------------------------------------ view
    def _rebuild(self) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(self._constraints))
        for row, con in enumerate(self._constraints):
            combo = QComboBox()
            for op, text in OPERATORS:
                combo.addItem(text, op)
                combo.setItemData(combo.count() - 1, op, Qt.ItemDataRole.ToolTipRole)
            combo.currentIndexChanged.connect(lambda _=0, row=row: self._row_edited(row))
            self.table.setCellWidget(row, self.OP, combo)
            spin = QDoubleSpinBox()
            spin.setKeyboardTracking(False)  # commit on Enter / focus out / arrow step, not per key
            spin.setGroupSeparatorShown(True)
            spin.setAccelerated(True)
            spin.valueChanged.connect(lambda _=0.0, row=row: self._row_edited(row))
            # Typed text (keyboard tracking off: no valueChanged yet) previews the count.
            spin.lineEdit().textEdited.connect(lambda _="", row=row: self._preview(row))
            self.table.setCellWidget(row, self.VALUE, spin)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("reason shown in the results"))
            reason.editingFinished.connect(lambda row=row: self._row_edited(row))
            self.table.setCellWidget(row, self.REASON, reason)
            count = QTableWidgetItem("")
            count.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, self.COUNT, count)
            self._fill_row(row, con)
        self._size_columns()

    def _fill_row(self, row: int, con: Constraint) -> None:
        combo = self.op_combo(row)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(con.op), 0))
        combo.blockSignals(False)
        spin = self.value_spin(row)
        lo, hi, decimals, step = spin_settings(self._values, [c.value for c in self._constraints])
        spin.blockSignals(True)
        spin.setDecimals(decimals)
        spin.setRange(lo, hi)
        spin.setSingleStep(step)
        spin.setValue(float(con.value))
        spin.setToolTip(self._range_text())
        spin.blockSignals(False)
        reason = self.reason_edit(row)
        shown = self._shown_reason(con.reason)  # not the English half in the Korean UI
        if reason.text() != shown:
            reason.setText(shown)
        if not reason.hasFocus():
            reason.setCursorPosition(0)  # show the start of a long reason
        reason.setToolTip(shown)
        self._set_count(row, self.excluded_count(row) if self._values is not None else None)

    def _set_count(self, row: int, n: int | None) -> None:
        item = self.table.item(row, self.COUNT)
        if item is not None:
            item.setText("–" if n is None else f"{n:,}")

    def _preview(self, row: int) -> None:
        """Live count while a value is being typed (not yet applied)."""
        if self._updating or not 0 <= row < len(self._constraints):
            return
        self._set_count(row, self.excluded_count(row))
        self._update_count_label()

    def _size_columns(self) -> None:
        probe = QComboBox()
        for _op, text in OPERATORS:
            probe.addItem(text)
        self.table.setColumnWidth(self.OP, max(probe.sizeHint().width() + 4, 56))
        spin = QDoubleSpinBox()
        spin.setGroupSeparatorShown(True)
        spin.setDecimals(0)
        spin.setRange(0, 9_999_999)
        width = spin.sizeHint().width() + 8
        if self.table.rowCount():
            width = max(width, max(self.value_spin(r).sizeHint().width() for r in range(self.table.rowCount())))
        self.table.setColumnWidth(self.VALUE, min(width, 150))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows (at least two, at most six, then it scrolls): no empty box."""
        t = self.table
        row_h = t.rowHeight(0) if t.rowCount() else t.verticalHeader().defaultSectionSize()
        rows = min(max(t.rowCount(), 2), 6)
        height = t.horizontalHeader().height() + rows * row_h + 2 * t.frameWidth() + 2
        t.setFixedHeight(height)

    def _range_text(self) -> str:
        data = _finite(self._values)
        parts = [fill(self.tr("Unit: %1"), self.unit)] if self.unit else []
        if self._values is None:
            parts.append(self.tr("Data still loading."))
        elif not data.size:
            parts.append(self.tr("No values in the data."))
        else:
            parts.append(fill(self.tr("Data range: %1 – %2"),
                format_number(float(data.min())), format_number(float(data.max()))))
        return " · ".join(parts)

    def _update_texts(self) -> None:
        enabled = self.indicator is not None
        self.add_button.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and bool(self._constraints))
        if not enabled:
            self.intro.setText(self.tr("Select a criterion to edit its constraints."))
            self.range_label.setText("")
        else:
            self.intro.setText(fill(self.tr("Districts where “%1” meets a rule below are excluded from the score; "
                                            "the results list the reason."), self.label))
            self.range_label.setText(self._range_text())
        self._update_count_label()

    def _update_count_label(self) -> None:
        if not self._constraints:
            self.count_label.setText(self.tr("No constraints: no district is excluded by this criterion."))
            return
        n = self.excluded_count()
        if n is None:
            self.count_label.setText(self.tr("Select a constraint to see how many districts it excludes.")
                                     if self._values is not None else self.tr("Data still loading."))
            return
        text = fill(self.tr("%1 districts excluded by this constraint"), f"{n:,}")
        if len(self._constraints) > 1 and self._values is not None:
            hit = np.zeros(self._values.shape, dtype=bool)
            for row in range(len(self._constraints)):
                hit |= constraint_mask(self._values, self._row_constraint(row))
            text += " · " + fill(self.tr("%1 by all constraints of this criterion"),
                f"{int(hit.sum()):,}")
        self.count_label.setText(text)


def _main() -> int:  # pragma: no cover - manual preview
    """Show the editor on the demo's population column."""
    import sys

    import pandas as pd

    from smartzone.app.gui.launch import make_app
    from smartzone.resources import demo_data

    app = make_app(sys.argv)
    frame = pd.read_csv(demo_data.indicators_path("sigungu"), dtype={"code": str})
    editor = ConstraintEditor()
    state: dict[str, tuple[Constraint, ...]] = {"c": (Constraint("<", 1000, "인구 1천 명 미만"),)}

    def show() -> None:
        editor.set_criterion("pop_2020", state["c"], frame["pop_2020"].to_numpy(float), unit="persons",
                             label="총인구 (2020)")

    def edited(new: tuple[Constraint, ...]) -> None:
        state["c"] = new
        show()

    editor.edited.connect(edited)
    show()
    editor.resize(460, 300)
    editor.show()
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
