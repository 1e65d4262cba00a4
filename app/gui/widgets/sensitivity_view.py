"""Monte-Carlo sensitivity of the ranking: top-k probability and rank intervals.

Weights are drawn many times around the chosen ones (Dirichlet,
``smartzone.scoring.sensitivity.monte_carlo``)
in a worker thread with a progress bar and a cancel button. The chart shows,
for the best districts of the current run, the probability of staying in the
top k (bar) and the 5-95 % interval of their rank (whisker).
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.drawing import render
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill

if TYPE_CHECKING:
    from smartzone.app.gui.widgets.session import AppSession
    from smartzone.scoring.sensitivity import MonteCarloResult


class SensitivityChart(QWidget):
    """Rows: district name, P(top k) bar, rank interval whisker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, float, float, float]] = []  # name, p, lo, hi, base
        self.k = 10
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 300)

    def set_rows(self, rows: list[tuple[str, float, float, float, float]], k: int) -> None:
        self.rows, self.k = rows, k
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.fillRect(self.rect(), QColor("white"))
            p.setFont(render.map_font(8.5))
            fm = p.fontMetrics()
            if not self.rows:
                p.setPen(QColor(120, 120, 120))
                p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                           self.tr("Run the analysis to see how stable the ranking is\n"
                                   "when the weights vary."))
                return
            name_w = min(max(fm.horizontalAdvance(r[0]) for r in self.rows) + 10, self.width() // 3)
            half = (self.width() - name_w - 20) / 2
            x_bar, x_rank = name_w + 6, name_w + 14 + half
            top = 22.0
            row_h = max(12.0, min(22.0, (self.height() - top - 6) / len(self.rows)))
            max_rank = max(max(r[3] for r in self.rows), float(self.k), 1.0)
            p.setPen(QColor(60, 60, 60))
            p.drawText(QPointF(x_bar, 14), fill(self.tr("P(top %1)"), str(self.k)))
            p.drawText(QPointF(x_rank, 14), self.tr("rank 5–95 %"))
            for i, (name, prob, lo, hi, base) in enumerate(self.rows):
                y = top + i * row_h
                p.setPen(QColor(30, 30, 30))
                p.drawText(QRectF(0, y, name_w, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                           fm.elidedText(name, Qt.TextElideMode.ElideLeft, name_w - 2))
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#e8ecf0"))
                p.drawRect(QRectF(x_bar, y + 3, half - 8, row_h - 6))
                if math.isfinite(prob):
                    p.setBrush(QColor("#2c7fb8"))
                    p.drawRect(QRectF(x_bar, y + 3, (half - 8) * prob, row_h - 6))
                    p.setPen(QColor(255, 255, 255) if prob > 0.3 else QColor(30, 30, 30))
                    p.drawText(QPointF(x_bar + 4, y + row_h / 2 + fm.ascent() / 2 - 1), f"{prob * 100:.0f}%")

                def sx(r: float) -> float:
                    return x_rank + (r - 1) / max(max_rank - 1, 1) * (half - 30)

                if math.isfinite(lo) and math.isfinite(hi):
                    p.setPen(QPen(QColor("#7a0177"), 2))
                    yc = y + row_h / 2
                    p.drawLine(QPointF(sx(lo), yc), QPointF(sx(hi), yc))
                    p.drawLine(QPointF(sx(lo), yc - 3), QPointF(sx(lo), yc + 3))
                    p.drawLine(QPointF(sx(hi), yc - 3), QPointF(sx(hi), yc + 3))
                    p.setBrush(QColor("#7a0177"))
                    p.drawEllipse(QPointF(sx(base), yc), 3, 3)
                    p.setPen(QColor(60, 60, 60))
                    p.drawText(QPointF(sx(hi) + 5, yc + fm.ascent() / 2 - 1), f"{lo:.0f}–{hi:.0f}")
        finally:
            p.end()


class SensitivityView(QWidget):
    """Controls (runs, weight spread, k), progress with cancel, and the chart.

    Its texts follow a live language switch (``changeEvent`` on ``LanguageChange``, which Qt
    sends when a translator is installed or removed), the status line included: the view
    keeps what it last showed (a finished run, a one-at-a-time sweep, an error) and words it
    again; the main window hands the same view to the rebuilt results panel, so a finished
    or running analysis survives the switch.
    """

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker: Any = None
        self.last: MonteCarloResult | None = None
        self.oat_rows: list[Any] = []
        self._status: tuple[Any, ...] = ("",)  # what the status line says, worded by _status_text
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.runs_label = QLabel()
        row.addWidget(self.runs_label)
        self.runs = QSpinBox()
        self.runs.setRange(50, 20000)
        self.runs.setSingleStep(100)
        self.runs.setValue(500)
        row.addWidget(self.runs)
        self.spread_label = QLabel()
        row.addWidget(self.spread_label)
        self.spread = QDoubleSpinBox()
        self.spread.setRange(2.0, 1000.0)
        self.spread.setSingleStep(10.0)
        self.spread.setDecimals(0)
        self.spread.setValue(50.0)
        row.addWidget(self.spread)
        self.top_k_label = QLabel()
        row.addWidget(self.top_k_label)
        self.top_k = QSpinBox()
        self.top_k.setRange(1, 100)
        self.top_k.setValue(10)
        row.addWidget(self.top_k)
        row.addStretch(1)
        lay.addLayout(row)
        row2 = QHBoxLayout()
        self.run_button = QPushButton()
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.oat_button = QPushButton()
        self.oat_button.clicked.connect(self.run_one_at_a_time)
        row2.addWidget(self.run_button)
        row2.addWidget(self.oat_button)
        row2.addWidget(self.cancel_button)
        row2.addWidget(self.progress, 1)
        lay.addLayout(row2)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # the status scrolls in its own box: one-at-a-time lists a line per criterion, and the
        # chart below squeezed the label (its last lines cut) where the dock was short
        self.status_box = QScrollArea()
        self.status_box.setWidget(self.status)
        self.status_box.setWidgetResizable(True)
        self.status_box.setFrameShape(QFrame.Shape.NoFrame)
        self.status_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status_box.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.status_box.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)
        lay.addWidget(self.status_box)
        self.chart = SensitivityChart()
        lay.addWidget(self.chart, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the view in the current UI language (the chart words itself when painted)."""
        self.runs_label.setText(self.tr("Runs"))
        self.spread_label.setText(self.tr("Concentration"))
        tip = self.tr("Dirichlet concentration of the weight draws: 10 = weights vary a lot, 200 = a little")
        self.spread_label.setToolTip(tip)
        self.spread.setToolTip(tip)
        self.top_k_label.setText(self.tr("Top k"))
        self.run_button.setText(self.tr("Run"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.oat_button.setText(self.tr("One at a time"))
        self.oat_button.setToolTip(self.tr("Sweep each weight from 0 to 100 % (the others rescaled) and show the "
                                           "range over which the top k stays the same"))
        self.status.setText(self._status_text())
        self.chart.update()

    def _set_status(self, *state: Any) -> None:
        self._status = state
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        """The status line worded now from what it says (so a language switch words it again)."""
        kind, *args = self._status
        if kind == "first":
            return self.tr("Score the project first.")
        if kind == "running":
            return self.tr("Running…")
        if kind == "cancelled":
            return self.tr("Cancelled.")
        if kind == "failed":
            return fill(self.tr("Sensitivity analysis failed: %1"), str(args[0]))
        if kind == "done":
            return fill(self.tr("%1 weight sets evaluated."), f"{args[0]:,}")
        if kind == "oat":
            rows, top_k = args
            return self._oat_text(rows, top_k)
        if kind == "error":
            return str(args[0])
        return ""

    def _oat_text(self, rows: list[Any], top_k: int) -> str:
        labels = self.session.indicator_labels()
        loc = QLocale()
        lines = [fill(self.tr("One at a time (21 steps per weight, others rescaled): weight range keeping "
                              "the same top %1"), str(top_k))]
        for r in rows:
            lines.append(fill(self.tr("%1: %2 % now, top %3 unchanged from %4 % to %5 %"),
                labels.get(r.indicator, r.indicator), loc.toString(100 * r.weight, "f", 1), str(top_k), loc.toString(100 * r.stable_low, "f", 0), loc.toString(100 * r.stable_high, "f", 0)))
        return "\n".join(lines)

    def run(self) -> None:
        """Start the Monte-Carlo analysis in a worker."""
        from smartzone.app.gui.workers import compute_pool, run_in_thread

        s = self.session
        if s.matrix is None or s.result is None:
            self._set_status("first")
            return
        from smartzone.app.core.scoring import scoring_session
        from smartzone.scoring.errors import ScoringError
        from smartzone.scoring.sensitivity import monte_carlo

        sc = s.project.scenario
        try:
            session = scoring_session(s.matrix, sc.criteria, sc.method, sc.params, scenario=sc.name)
        except ScoringError as exc:
            self._set_status("error", error_text(exc))
            return
        n_runs, concentration, top_k = self.runs.value(), float(self.spread.value()), self.top_k.value()

        def job(feedback: Any = None) -> Any:
            return monte_carlo(session, n_runs=n_runs, concentration=concentration, top_k=top_k,
                               seed=0, feedback=feedback)

        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._set_status("running")
        self.worker = run_in_thread(job, on_done=self._done, on_error=self._failed,
                                    on_progress=lambda v: self.progress.setValue(int(v)),
                                    on_canceled=self._canceled, pool=compute_pool())

    def run_one_at_a_time(self) -> None:
        """One-at-a-time sweep of each weight in a worker; the stable ranges in the status text."""
        from smartzone.app.core.weighting import one_at_a_time_rows
        from smartzone.app.gui.workers import compute_pool, run_in_thread

        s = self.session
        if s.matrix is None or s.result is None:
            self._set_status("first")
            return
        sc = s.project.scenario
        matrix, crits, method, params = s.matrix, tuple(sc.criteria), sc.method, dict(sc.params)
        top_k = self.top_k.value()

        def job(feedback: Any = None) -> Any:
            return one_at_a_time_rows(matrix, crits, method, params, steps=21, top_k=top_k, feedback=feedback)

        def done(rows: Any) -> None:
            self._finish()
            self.progress.setValue(100)
            self.oat_rows = rows
            self._set_status("oat", rows, top_k)

        self.progress.setValue(0)
        self.run_button.setEnabled(False)
        self.oat_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._set_status("running")
        self.worker = run_in_thread(job, on_done=done, on_error=self._failed,
                                    on_progress=lambda v: self.progress.setValue(int(v)),
                                    on_canceled=self._canceled, pool=compute_pool())

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _finish(self) -> None:
        self.worker = None
        self.run_button.setEnabled(True)
        self.oat_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _canceled(self) -> None:
        self._finish()
        self._set_status("cancelled")

    def _failed(self, message: str, detail: str) -> None:
        self._finish()
        self._set_status("failed", message)

    def _done(self, result: MonteCarloResult) -> None:
        self._finish()
        self.progress.setValue(100)
        self.last = result
        rows = self.rows_from(result)
        self.chart.set_rows(rows, self.top_k.value())
        self._set_status("done", self.runs.value())

    def rows_from(self, result: MonteCarloResult, limit: int = 15) -> list[tuple[str, float, float, float, float]]:
        """Chart rows of the current top districts: name, P(top k), rank 5 % and 95 %, rank."""
        import pandas as pd

        prob, lo, hi = result.p_top_k, result.rank_p05, result.rank_p95
        if self.session.result is None:  # the scores failed since the analysis started
            return []
        base = self.session.result.rank
        names = self.session.names()
        top = pd.to_numeric(base, errors="coerce").dropna().sort_values().index[:limit]

        def val(series: pd.Series, code: str) -> float:  # NaN for a district not scored in the runs
            return float(series.get(code, np.nan))

        return [(names.get(str(c), str(c)), val(prob, c), val(lo, c), val(hi, c), float(base[c])) for c in top]
