"""Analysis ▸ Candidate regions: contiguous groups of neighbouring districts with the best scores.

A small form over :class:`smartzone.app.core.regions.RegionOptions` (number of
regions, districts per region, objective, area limit, compactness,
separation); "Find" solves on the current score and shows the regions on the
map (one colour per region) and one line per region in the dialog. The same
computation as ``smartzone regions``.

Run alone on the demo: ``python -m smartzone.app.gui.widgets.regions_dialog``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill

if TYPE_CHECKING:
    from smartzone.app.gui.widgets.session import AppSession


class RegionsDialog(QDialog):
    """Form + result text; emits :attr:`found` with ``(region ids in map order, categories)``."""

    found = Signal(object, object)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.solution: Any = None
        self.table: Any = None
        self.setWindowTitle(self.tr("Candidate regions"))
        form = QFormLayout()
        self.k = QSpinBox(minimum=1, maximum=10, value=3)
        self.min_size = QSpinBox(minimum=1, maximum=50, value=2)
        self.max_size = QSpinBox(minimum=1, maximum=50, value=4)
        self.objective = QComboBox()
        self.objective.addItem(self.tr("Total score"), "total")
        self.objective.addItem(self.tr("Mean score"), "mean")
        self.max_area = QDoubleSpinBox(minimum=0.0, maximum=1e6, value=0.0, decimals=0, suffix=" km²")
        self.max_area.setSpecialValueText(self.tr("no limit"))
        self.max_extent = QDoubleSpinBox(minimum=0.0, maximum=2000.0, value=0.0, decimals=1, suffix=" km")
        self.max_extent.setSpecialValueText(self.tr("no limit"))
        self.separation = QDoubleSpinBox(minimum=0.0, maximum=500.0, value=1.0, decimals=1, suffix=" km")
        form.addRow(self.tr("Regions"), self.k)
        form.addRow(self.tr("Districts per region, at least"), self.min_size)
        form.addRow(self.tr("Districts per region, at most"), self.max_size)
        form.addRow(self.tr("Maximise"), self.objective)
        form.addRow(self.tr("Largest area of a region"), self.max_area)
        form.addRow(self.tr("Largest extent (centroid distance)"), self.max_extent)
        form.addRow(self.tr("Smallest distance between regions"), self.separation)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.find_button = buttons.addButton(self.tr("Find regions"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.find_button.clicked.connect(self.solve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        # wide enough for a result line of district names; the dialog grows with its result
        # (a fixed size squeezed the form's spin boxes once the lines were shown)
        self.setMinimumWidth(520)

    def _show_result(self, text: str) -> None:
        """The result lines below the form; the dialog grows to show them whole (a wrapped label's
        height is not in the layout's minimum: the form's spin boxes were squeezed instead)."""
        self.result_label.setText(text)
        label = self.result_label
        label.setMinimumHeight(label.heightForWidth(max(label.width(), self.minimumWidth() - 24)))
        self.adjustSize()

    def options(self) -> Any:
        from smartzone.app.core.regions import RegionOptions

        return RegionOptions(
            k=self.k.value(), min_size=self.min_size.value(), max_size=self.max_size.value(),
            objective=self.objective.currentData(),
            max_area_km2=self.max_area.value() or None, max_extent_km=self.max_extent.value() or None,
            min_separation_km=self.separation.value(), method="auto", time_limit=20.0,
        )

    def solve(self) -> None:
        """Solve on the session's current score; show the regions or the reason there are none."""
        from smartzone.app.core.pipeline import ScoreRun, result_frame
        from smartzone.app.core.regions import REGION_COLOURS, find_regions, region_rows

        s = self.session
        if s.result is None or s.layer is None or s.matrix is None:
            return
        frame = result_frame(s.layer, s.result)
        run = ScoreRun(s.project, s.project.scenario.name, s.layer, s.matrix, s.result)
        options = self.options()
        if options.method == "auto":
            options.method = "exact" if int(frame["score"].notna().sum()) <= 80 else "greedy"
        try:
            frame, sol, facts = find_regions(run, frame, options)
        except Exception as exc:  # the limits cannot be met, bad CRS...: said, not raised
            self._show_result(fill(self.tr("No regions: %1"), error_text(exc)))
            return
        self.solution, self.table = sol, region_rows(frame, sol, facts["problem"])
        lines = [fill(self.tr("Objective %1 (%2)"),
            f"{sol.objective:.1f}", self.tr("optimal") if sol.optimal else self.tr("heuristic"))]
        for _, row in self.table.iterrows():
            lines.append(f"{row['region']}: {row['names']} ({row['mean_score']:.1f})")
        self._show_result("\n".join(lines))
        k = int(sol.region.max())
        categories = {float(r): (REGION_COLOURS[(r - 1) % len(REGION_COLOURS)],
                                 fill(self.tr("Region %1"), str(r))) for r in range(1, k + 1)}
        categories[0.0] = ("#f2f2f2", self.tr("not in a region"))
        import pandas as pd

        values = pd.Series(sol.region.astype(float), index=frame["code"].astype(str).to_numpy())
        self.found.emit(s.aligned(values), categories)


if __name__ == "__main__":  # pragma: no cover - manual look at the panel
    import sys

    from PySide6.QtWidgets import QApplication

    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    win = MainWindow(Project.demo(level="sigungu"))
    win.show()
    win.show_regions_dialog()
    sys.exit(app.exec())
