"""AHP pairwise-comparison editor with a live consistency check.

The upper triangle holds Saaty-scale judgements (1/9 … 9: how much more
important the row criterion is than the column criterion); the lower
triangle shows the reciprocals; rows and columns carry the criteria's names.
Weights, λmax, the consistency index CI and ratio CR (below 0.10 is
acceptable by Saaty's rule) are recomputed with
:func:`smartzone.scoring.ahp.ahp_analysis` on every change; when CR is too
high the editor names the judgement to change and the value that would repair
it (the engine's ``worst_pair``), and asks before applying such weights. A
panel of experts' matrices (CSV or XLSX, :mod:`smartzone.app.core.ahp_io`)
can be imported and combined by AIJ or AIP (:func:`~smartzone.scoring.ahp.group_ahp`).
"Apply" writes the weights to the scenario as one undo step.
"""
from __future__ import annotations

import html
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill

SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]


def saaty_label(v: float) -> str:
    f = Fraction(v).limit_denominator(9)
    return str(f.numerator) if f.denominator == 1 else f"1/{f.denominator}"


def ahp_compute(matrix: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights and consistency ratio from ``smartzone.scoring.ahp``."""
    from smartzone.scoring import ahp

    weights, cr = ahp.ahp_weights(matrix)
    return np.asarray(weights, dtype=float), float(cr)


def matrix_from_weights(weights: Sequence[float]) -> np.ndarray:
    """A consistent starting matrix: ratios of the current weights snapped to the Saaty scale."""
    w = np.asarray(weights, dtype=float)
    w = np.where(w > 0, w, 1e-6)
    n = len(w)
    m = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            r = w[i] / w[j]
            v = min(SAATY, key=lambda s: abs(np.log(s) - np.log(r)))
            m[i, j], m[j, i] = v, 1 / v
    return m


class AhpEditor(QDialog):
    """Dialog editing a pairwise comparison matrix for the given criteria."""

    def __init__(self, labels: Sequence[str], weights: Sequence[float] | None = None,
                 parent: QWidget | None = None, ids: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.ids = list(ids) if ids is not None else list(labels)
        self.analysis: Any = None
        self.group: Any = None  # an imported expert panel's combined result (until a judgement is edited)
        self._expert_matrices: list[Any] = []
        self._filling = False
        self.suggestion: tuple[int, int, float] | None = None
        self.setWindowTitle(self.tr("AHP pairwise comparison"))
        self.labels = list(labels)
        n = len(self.labels)
        self.matrix = matrix_from_weights(weights) if weights is not None else np.ones((n, n))
        self.weights = np.full(n, 1 / n if n else 0.0)
        self.cr = 0.0
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "How much more important is the row criterion than the column criterion? "
            "(1 = equal, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely)"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(n, n + 1)
        # Rows and columns carry the full names: a column's name wraps over lines (never cut with "…"),
        # its tooltip repeats it.
        self.table.setHorizontalHeaderLabels([*(_wrap(lbl, f"{i + 1}. ") for i, lbl in enumerate(self.labels)),
                                              self.tr("Weight")])
        self.table.setVerticalHeaderLabels([f"{i + 1}. {label}" for i, label in enumerate(self.labels)])
        for i, label in enumerate(self.labels):
            header = self.table.horizontalHeaderItem(i)
            assert header is not None  # made by setHorizontalHeaderLabels
            header.setToolTip(label)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        lay.addWidget(self.table)
        self.cr_label = QLabel()
        self.cr_label.setTextFormat(Qt.TextFormat.RichText)
        self.cr_label.setWordWrap(True)
        lay.addWidget(self.cr_label)
        group_row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import expert matrices…"))
        self.import_button.setToolTip(self.tr(
            "One CSV file per expert, or one XLSX sheet per expert: the criteria in the first column "
            "and the header, judgements 1/9 … 9 in the cells."))
        self.import_button.clicked.connect(self.import_dialog)
        self.group_method = QComboBox()
        self.group_method.addItem(self.tr("AIJ: geometric mean of the judgements"), "aij")
        self.group_method.addItem(self.tr("AIP: geometric mean of the priorities"), "aip")
        self.group_method.currentIndexChanged.connect(self._regroup)
        group_row.addWidget(self.import_button)
        group_row.addWidget(self.group_method, 1)
        lay.addLayout(group_row)
        self.group_label = QLabel()
        self.group_label.setWordWrap(True)
        lay.addWidget(self.group_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply weights"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.combos: dict[tuple[int, int], QComboBox] = {}
        for i in range(n):
            for j in range(n):
                if i < j:
                    combo = QComboBox()
                    for v in SAATY:
                        combo.addItem(saaty_label(v), v)
                    combo.setCurrentIndex(_closest(self.matrix[i, j]))
                    combo.currentIndexChanged.connect(lambda _=0, i=i, j=j: self._changed(i, j))
                    self.table.setCellWidget(i, j, combo)
                    self.combos[(i, j)] = combo
                else:
                    item = QTableWidgetItem("1" if i == j else saaty_label(self.matrix[i, j]))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setForeground(QColor(120, 120, 120))
                    self.table.setItem(i, j, item)
        # wide enough for every column at its content's width (the names are never cut), within the screen
        self.table.resizeColumnsToContents()
        need = (self.table.verticalHeader().sizeHint().width() + self.table.horizontalHeader().length()
                + self.table.frameWidth() * 2 + 40)
        self.resize(min(max(need, 320 + 80 * n), 1600), min(260 + 34 * n, 860))
        self._recompute()

    def set_judgement(self, i: int, j: int, value: float) -> None:
        """Set "row i vs column j" (for tests and scripted use)."""
        if i > j:
            i, j, value = j, i, 1 / value
        self.combos[(i, j)].setCurrentIndex(_closest(value))

    def _changed(self, i: int, j: int) -> None:
        if self._expert_matrices and not self._filling:
            self._expert_matrices, self.group = [], None  # an edited judgement ends the panel's result
            self.group_label.setText(self.tr("Edited by hand: the expert panel's result no longer applies."))
        v = float(self.combos[(i, j)].currentData())
        self.matrix[i, j], self.matrix[j, i] = v, 1 / v
        item = self.table.item(j, i)
        if item is not None:
            item.setText(saaty_label(1 / v))
        self._recompute()

    def _recompute(self) -> None:
        from smartzone.scoring import ahp

        n = len(self.labels)
        try:
            result = self.group if self.group is not None else ahp.ahp_analysis(self.matrix, labels=self.labels)
        except Exception as exc:  # degenerate input: keep the dialog usable, say why
            self.analysis = None
            self.cr_label.setText(html.escape(fill(self.tr("Cannot compute AHP weights: %1"),
                error_text(exc))))
            return
        self.analysis = result
        self.weights, self.cr = np.asarray(result.weights, dtype=float), float(result.cr)
        for i in range(n):
            item = QTableWidgetItem(f"{self.weights[i] * 100:.1f} %")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(i, n, item)
        for combo in self.combos.values():
            combo.setStyleSheet("")
        ok = self.cr <= 0.10
        color = "#1a7f37" if ok else "#b2182b"
        figures = f"λmax = {result.lambda_max:.3f} · CI = {result.ci:.3f} · CR = {self.cr:.3f}"
        verdict = self.tr("acceptable (CR ≤ 0.10)") if ok else self.tr(
            "inconsistent: revise the judgements (CR must be < 0.10)")
        lines = [f"<span style='color:{color}'><b>{html.escape(figures)}</b> — {html.escape(verdict)}</span>"]
        pair = result.worst_pair
        if not ok and pair is not None and self.group is None:
            self.suggestion = (pair.i, pair.j, float(pair.suggested))
            worst = self.combos.get((pair.i, pair.j))
            if worst is not None:
                worst.setStyleSheet("QComboBox { background: #fde0dd; }")
            lines.append(html.escape(fill(self.tr(
                     "Change this judgement: “%1” vs “%2” is %3; the other judgements imply about %4. "
                     "Setting it to %5 gives CR = %6."),
                self.labels[pair.i], self.labels[pair.j], saaty_label(pair.current), f"{pair.implied:.2f}", saaty_label(pair.suggested), f"{pair.cr_after:.3f}")))
        else:
            self.suggestion = None
        self.cr_label.setText("<br>".join(lines))

    def accept(self) -> None:
        """Apply; weights from an inconsistent matrix (CR > 0.10) only after a warning."""
        if self.cr > 0.10:
            answer = QMessageBox.warning(
                self, self.tr("Inconsistent judgements"),
                fill(self.tr("CR = %1 is above 0.10: the judgements contradict each other and the weights "
                             "may not mean what the experts meant. Apply them anyway?"),
                    f"{self.cr:.3f}"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    # ---------------------------------------------------------------- expert panel
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import expert matrices"), "",
            self.tr("Matrices (*.csv *.xlsx);;All files (*)"))
        if paths:
            self.import_matrices(paths)

    def import_matrices(self, paths: Sequence[str]) -> bool:
        """Read a panel's matrices and combine them (AIJ or AIP); False with a message on error."""
        from smartzone.app.core.ahp_io import ExpertMatrixError, read_expert_matrices

        try:
            frames = [self._aligned(f) for f in read_expert_matrices(paths)]
        except ExpertMatrixError as exc:
            self.group_label.setText(html.escape(error_text(exc)))
            return False
        self._expert_matrices = frames
        return self._regroup()

    def _aligned(self, frame: Any) -> Any:
        """An expert's matrix in the editor's order; criteria named by label or id."""
        from smartzone.app.core.ahp_io import ExpertMatrixError

        names = {**{lbl: k for k, lbl in enumerate(self.labels)}, **{i: k for k, i in enumerate(self.ids)}}
        missing = [c for c in frame.index if c not in names]
        if missing or len(frame.index) != len(self.labels):
            raise ExpertMatrixError(fill(self.tr("The matrix's criteria %1 do not match this scenario's %2."),
                ", ".join(map(str, frame.index)), ", ".join(self.labels)), key="expert_matrix_criteria",
                criteria=[str(c) for c in frame.index], expected=list(self.labels))
        order = sorted(frame.index, key=lambda c: names[c])
        out = frame.loc[order, order]
        out.index = out.columns = self.labels
        return out

    def _regroup(self, *_: Any) -> bool:
        if not self._expert_matrices:
            return False
        from smartzone.scoring import ahp

        method = self.group_method.currentData()
        try:
            group = ahp.group_ahp(self._expert_matrices, method=method, labels=self.labels)
        except Exception as exc:  # inconsistent shapes, unlinked criteria: say so
            self.group_label.setText(html.escape(error_text(exc)))
            return False
        self.group = group
        self._filling = True
        try:  # show the combined (AIJ) judgements, snapped to the scale, in the matrix
            for (i, j), combo in self.combos.items():
                combo.setCurrentIndex(_closest(float(group.matrix[i, j])))
        finally:
            self._filling = False
        bad = sum(1 for r in group.individual if not r.consistent)
        self.group_label.setText(fill(self.tr("%1 experts combined by %2; %3 of them with CR > 0.10."),
            str(len(self._expert_matrices)), str(method).upper(), str(bad)))
        self._recompute()
        return True

    def result_weights(self) -> dict[str, float]:
        return dict(zip(self.labels, self.weights.tolist(), strict=True))


def _wrap(label: str, prefix: str = "", width: int = 12) -> str:
    """``prefix`` + ``label`` over lines of about ``width`` characters, broken between words (a
    column header); the prefix (the criterion's number) stays on the first word's line."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if not lines:
        return prefix + label
    if len(lines) > 1 and len(lines[-1]) <= 2 and " " in lines[-2]:  # no lone "수" on the last line
        head, _, last = lines[-2].rpartition(" ")
        lines[-2:] = [head, f"{last} {lines[-1]}"]
    lines[0] = prefix + lines[0]
    return "\n".join(lines)


def _closest(v: float) -> int:
    return int(np.argmin([abs(np.log(s) - np.log(max(v, 1e-9))) for s in SAATY]))


def apply_ahp(parent: Any, project: Any, indicators: Sequence[str], labels: Sequence[str]) -> bool:
    """Open the editor for the active scenario's criteria and apply the weights on OK."""
    sc = project.scenario
    weights = [sc.criterion(ind).weight for ind in indicators]
    dlg = AhpEditor(labels, weights, parent, ids=indicators)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return False
    project.set_weights(dict(zip(indicators, dlg.weights.tolist(), strict=True)))
    return True
