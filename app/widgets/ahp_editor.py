"""AHP pairwise-comparison editor with a live consistency ratio.

The upper triangle holds Saaty-scale judgements (1/9 … 9: how much more
important the row criterion is than the column criterion); the lower
triangle shows the reciprocals. Weights and the consistency ratio (CR; below
0.10 is acceptable by Saaty's rule) are recomputed with
``smartzone.scoring.ahp`` on every change. "Apply" writes the weights to the
scenario as one undo step.
"""
from __future__ import annotations

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
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import smartzone.app.qtcompat  # noqa: F401

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
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        # Columns are numbered (long Korean names would make the matrix too wide); rows carry the names.
        self.table.setHorizontalHeaderLabels([*(str(i + 1) for i in range(n)), self.tr("Weight")])
        self.table.setVerticalHeaderLabels([f"{i + 1}. {label}" for i, label in enumerate(self.labels)])
        for i, label in enumerate(self.labels):
            self.table.horizontalHeaderItem(i).setToolTip(label)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table)
        self.cr_label = QLabel()
        lay.addWidget(self.cr_label)
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
        self.resize(min(320 + 80 * n, 1400), min(220 + 34 * n, 800))
        self._recompute()

    def set_judgement(self, i: int, j: int, value: float) -> None:
        """Set "row i vs column j" (for tests and scripted use)."""
        if i > j:
            i, j, value = j, i, 1 / value
        self.combos[(i, j)].setCurrentIndex(_closest(value))

    def _changed(self, i: int, j: int) -> None:
        v = float(self.combos[(i, j)].currentData())
        self.matrix[i, j], self.matrix[j, i] = v, 1 / v
        item = self.table.item(j, i)
        if item is not None:
            item.setText(saaty_label(1 / v))
        self._recompute()

    def _recompute(self) -> None:
        n = len(self.labels)
        try:
            self.weights, self.cr = ahp_compute(self.matrix)
        except Exception as exc:  # module missing or degenerate input: keep the dialog usable
            self.cr_label.setText(self.tr("Cannot compute AHP weights: %1").replace("%1", str(exc)))
            return
        for i in range(n):
            item = QTableWidgetItem(f"{self.weights[i] * 100:.1f} %")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(i, n, item)
        ok = self.cr < 0.10
        color = "#1a7f37" if ok else "#b2182b"
        verdict = self.tr("acceptable") if ok else self.tr("inconsistent: revise the judgements (CR must be < 0.10)")
        self.cr_label.setText(f"<span style='color:{color}'><b>CR = {self.cr:.3f}</b> — {verdict}</span>")

    def result_weights(self) -> dict[str, float]:
        return dict(zip(self.labels, self.weights.tolist(), strict=True))


def _closest(v: float) -> int:
    return int(np.argmin([abs(np.log(s) - np.log(max(v, 1e-9))) for s in SAATY]))


def apply_ahp(parent: Any, project: Any, indicators: Sequence[str], labels: Sequence[str]) -> bool:
    """Open the editor for the active scenario's criteria and apply the weights on OK."""
    sc = project.scenario
    weights = [sc.criterion(ind).weight for ind in indicators]
    dlg = AhpEditor(labels, weights, parent)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return False
    project.set_weights(dict(zip(indicators, dlg.weights.tolist(), strict=True)))
    return True
