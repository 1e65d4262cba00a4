"""Analysis ▸ Zonal statistics: summarise a raster over the districts as new indicators.

The dialog edits one raster layer's ``options["zonal"]`` (``{"stats": [...],
"prefix": "lc"}``); :func:`smartzone.app.core.pipeline.load_matrix` computes the
statistics and joins them to the matrix as ``<prefix>_<column>``
(``lc_mean``, ``lc_frac_13`` ...). The session reloads the matrix in its
worker when the option changes, so the window's progress bar and Cancel
button apply. Class fractions and the majority class are offered only for
categorical rasters (land cover); their classes are listed with the labels
of the raster's legend.

Run alone on the demo: ``python -m smartzone.app.gui.widgets.zonal_dialog``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.labels import bilingual
from smartzone.app.drawing import i18n
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import QT_TRANSLATE_NOOP

#: Statistics offered, with their labels (English, translated where shown: context ZonalDialog);
#: ``categorical``: only for class rasters.
STAT_CHOICES: tuple[tuple[str, str, bool], ...] = (
    ("mean", QT_TRANSLATE_NOOP("ZonalDialog", "Mean"), False),
    ("min", QT_TRANSLATE_NOOP("ZonalDialog", "Minimum"), False),
    ("max", QT_TRANSLATE_NOOP("ZonalDialog", "Maximum"), False),
    ("majority", QT_TRANSLATE_NOOP("ZonalDialog", "Majority class"), True),
    ("fractions", QT_TRANSLATE_NOOP("ZonalDialog", "Class fractions"), True),
)
_PREFIX_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,31}$")


class ZonalDialog(QDialog):
    """Choose a raster layer, statistics and a column prefix; OK sets the layer's zonal option.

    Signals
    -------
    applied(str)
        The zonal option of this layer id was set (or removed).
    """

    applied = Signal(str)

    #: Messages the dialog may show (tests assert which one).
    #: Marked with QT_TRANSLATE_NOOP so lupdate keeps them in the .ts; translated where shown.
    MESSAGES = {
        "no_raster": QT_TRANSLATE_NOOP("ZonalDialog", "The project has no raster layer: add one from a file."),
        "no_stats": QT_TRANSLATE_NOOP("ZonalDialog", "Choose at least one statistic."),
        "bad_prefix": QT_TRANSLATE_NOOP("ZonalDialog", "The prefix must start with a letter and hold only letters, digits and '_' (e.g. lc)."),
        "prefix_taken": QT_TRANSLATE_NOOP("ZonalDialog", "Layer '%1' already uses the prefix '%2'."),
        "clash": QT_TRANSLATE_NOOP("ZonalDialog", "Columns starting with '%1_' already exist among the indicators (%2): "
                            "choose another prefix."),
        "unreadable": QT_TRANSLATE_NOOP("ZonalDialog", "Cannot read the raster: %1"),
    }

    def __init__(self, project: Any, parent: QWidget | None = None, *, indicators: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Zonal statistics"))
        self.raster: Any = None
        self._indicators = indicators
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Summarise a raster (e.g. land cover) over each district. The results become "
                               "indicators named <i>prefix</i>_<i>statistic</i> for the criteria and the map."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.layer_combo = QComboBox()
        self.layer_combo.currentIndexChanged.connect(self._layer_chosen)
        row.addWidget(self.layer_combo, 1)
        self.add_button = QPushButton(self.tr("Add from file…"))
        self.add_button.clicked.connect(self._add_dialog)
        row.addWidget(self.add_button)
        form.addRow(self.tr("Raster layer"), row)
        self.kind_label = QLabel()
        form.addRow(self.tr("Kind"), self.kind_label)
        stats_box = QWidget()
        sl = QHBoxLayout(stats_box)
        sl.setContentsMargins(0, 0, 0, 0)
        self.stat_checks: dict[str, QCheckBox] = {}
        for sid, label, _cat in STAT_CHOICES:
            cb = QCheckBox(self.tr(label))
            cb.setObjectName(f"stat_{sid}")
            cb.toggled.connect(self._validate)
            self.stat_checks[sid] = cb
            sl.addWidget(cb)
        sl.addStretch(1)
        form.addRow(self.tr("Statistics"), stats_box)
        self.prefix_edit = QLineEdit()
        self.prefix_edit.setMaxLength(32)
        self.prefix_edit.setPlaceholderText("lc")
        self.prefix_edit.textChanged.connect(self._validate)
        form.addRow(self.tr("Column prefix"), self.prefix_edit)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Legend classes (one fraction column per class):")))
        self.classes = QListWidget()
        self.classes.setMinimumHeight(160)
        lay.addWidget(self.classes, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9b1c1c;")
        self.message_key: str | None = None
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = self.buttons.addButton(self.tr("Remove statistics"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(620, 480)
        self._fill_layers()

    # ------------------------------------------------------------------ layers
    def _fill_layers(self, select: str | None = None) -> None:
        rasters = [lyr for lyr in self.project.layers if lyr.kind == "raster"]
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        panel = getattr(self.parent(), "layers_panel", None)  # the layer's name as the layers panel shows it
        for lyr in rasters:
            self.layer_combo.addItem(panel.shown_name(lyr) if panel is not None else lyr.display_name, lyr.id)
        if select is None:
            first = next((lyr for lyr in rasters if lyr.options.get("zonal")), None) \
                or next((lyr for lyr in rasters if lyr.role == "landcover"), None)
            select = first.id if first is not None else None
        self.layer_combo.setCurrentIndex(max(self.layer_combo.findData(select), 0))
        self.layer_combo.blockSignals(False)
        self._layer_chosen()

    def layer_id(self) -> str | None:
        """Id of the chosen raster layer."""
        return self.layer_combo.currentData()

    def set_layer(self, layer_id: str) -> None:
        """Choose a raster layer by id."""
        index = self.layer_combo.findData(layer_id)
        if index < 0:
            raise KeyError(layer_id)
        self.layer_combo.setCurrentIndex(index)

    def _add_dialog(self) -> None:
        from smartzone.layers.formats import name_filter

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add raster layer"), "",
                                              name_filter(self.tr("Rasters"), "raster") + ";;" + self.tr("All files (*)"))
        if path:
            self.add_raster_file(path)

    def add_raster_file(self, path: str | Path) -> str | None:
        """Add a raster file to the project (undoable) and choose it; returns the new layer id."""
        from smartzone.app.core.model.project import LayerRef
        from smartzone.app.core.pipeline import open_layer_raster

        p = Path(path)
        try:
            open_layer_raster(p)
        except Exception as exc:  # the user's file: say why it cannot be used
            self._show("unreadable", error_text(exc))
            return None
        taken = {lyr.id for lyr in self.project.layers}
        base = re.sub(r"\W+", "_", p.stem).strip("_").lower() or "raster"
        lid, n = base, 2
        while lid in taken:
            lid, n = f"{base}_{n}", n + 1
        self.project.add_layer(LayerRef(id=lid, kind="raster", path=p.resolve(), name=p.name, opacity=0.7))
        self._fill_layers(select=lid)
        return lid

    def _layer_chosen(self, *_: Any) -> None:
        from smartzone.app.core.pipeline import open_layer_raster

        lid = self.layer_id()
        self.raster = None
        self.classes.clear()
        if lid is None:
            self.kind_label.setText("—")
            self._set_categorical(False)
            self.remove_button.setEnabled(False)
            self._validate()
            return
        lyr = self.project.layer(lid)
        try:
            self.raster = open_layer_raster(lyr.path, lyr.options.get("legend"), int(lyr.options.get("band", 1) or 1))
        except Exception as exc:
            self.kind_label.setText("—")
            self._set_categorical(False)
            self._show("unreadable", error_text(exc))
            return
        categorical = self.raster.kind == "categorical"
        self.kind_label.setText(self.tr("categorical (classes)") if categorical else self.tr("continuous values"))
        self._set_categorical(categorical)
        legend = self.raster.legend
        ko = i18n.is_korean()
        for entry in legend or ():
            pix = QPixmap(12, 12)
            pix.fill(QColor(entry.color))
            label = bilingual(entry.label_ko, entry.label_en, ko) or entry.label_ko or entry.label_en  # UI language
            item = QListWidgetItem(QIcon(pix), f"{entry.value:>3}  {label}")
            item.setToolTip(f"frac_{entry.value}: {label}")  # the column the class's fraction gets
            self.classes.addItem(item)
        self.classes.setEnabled(categorical)
        opt = lyr.options.get("zonal") or {}
        if isinstance(opt, dict) and opt.get("stats"):
            stats = set(opt.get("stats") or ())
            prefix = str(opt.get("prefix") or "")
        else:
            stats = {"fractions"} if categorical else {"mean"}
            prefix = "lc" if lyr.role == "landcover" else re.sub(r"[^A-Za-z0-9_]", "_", lid)[:12]
            if not prefix[:1].isalpha():
                prefix = "r_" + prefix
        for sid, cb in self.stat_checks.items():
            cb.blockSignals(True)
            cb.setChecked(sid in stats and cb.isEnabled())
            cb.blockSignals(False)
        self.prefix_edit.setText(prefix)
        self.remove_button.setEnabled(bool(lyr.options.get("zonal")))
        self._validate()

    def _set_categorical(self, categorical: bool) -> None:
        for sid, _label, cat_only in STAT_CHOICES:
            cb = self.stat_checks[sid]
            cb.setEnabled(categorical or not cat_only)
            if cat_only and not categorical:
                cb.setChecked(False)

    # ------------------------------------------------------------------ values
    def set_stats(self, stats: Any) -> None:
        """Tick exactly ``stats`` (ids of :data:`STAT_CHOICES`)."""
        wanted = set(stats)
        unknown = wanted - set(self.stat_checks)
        if unknown:
            raise ValueError(f"Unknown statistic(s): {', '.join(sorted(unknown))}")
        for sid, cb in self.stat_checks.items():
            cb.setChecked(sid in wanted)

    def stats(self) -> list[str]:
        """Ticked (and enabled) statistics, in display order."""
        return [sid for sid, cb in self.stat_checks.items() if cb.isChecked() and cb.isEnabled()]

    def prefix(self) -> str:
        return self.prefix_edit.text().strip()

    def option(self) -> dict[str, Any]:
        """The ``zonal`` layer option the dialog describes."""
        return {"stats": self.stats(), "prefix": self.prefix()}

    # ------------------------------------------------------------------ checks
    def _show(self, key: str | None, *args: str) -> None:
        self.message_key = key
        text = ""
        if key is not None:
            text = self.tr(self.MESSAGES[key])
            for i, arg in enumerate(args, 1):
                text = text.replace(f"%{i}", arg)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _base_indicators(self) -> list[str]:
        """Indicator columns not made by any raster layer's zonal option."""
        cols = self._indicators
        if cols is None:
            session = getattr(self.parent(), "session", None)
            matrix = getattr(session, "matrix", None)
            cols = list(matrix.columns) if matrix is not None else []
        prefixes = [str(lyr.options["zonal"].get("prefix")) + "_" for lyr in self.project.layers
                    if lyr.kind == "raster" and isinstance(lyr.options.get("zonal"), dict)]
        return [str(c) for c in cols if not any(str(c).startswith(p) for p in prefixes)]

    def _validate(self, *_: Any) -> bool:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        lid = self.layer_id()
        problem: tuple[str, ...] | None = None
        if lid is None:
            problem = ("no_raster",)
        elif self.raster is None:
            ok_button.setEnabled(False)  # keeps the "unreadable" message shown by _layer_chosen
            return False
        elif not self.stats():
            problem = ("no_stats",)
        elif not _PREFIX_RE.match(self.prefix()):
            problem = ("bad_prefix",)
        else:
            prefix = self.prefix()
            other = next((lyr for lyr in self.project.layers
                          if lyr.kind == "raster" and lyr.id != lid and isinstance(lyr.options.get("zonal"), dict)
                          and lyr.options["zonal"].get("prefix") == prefix), None)
            if other is not None:
                problem = ("prefix_taken", other.display_name, prefix)
            else:
                clash = [c for c in self._base_indicators() if c.startswith(prefix + "_")]
                if clash:
                    problem = ("clash", prefix, ", ".join(clash[:3]))
        self._show(*problem) if problem is not None else self._show(None)
        ok_button.setEnabled(problem is None)
        return problem is None

    # ------------------------------------------------------------------ apply
    def accept(self) -> None:
        """Set the layer's zonal option (the session then reloads the matrix) and close."""
        if not self._validate():
            return
        lid = self.layer_id()
        assert lid is not None
        self.project.set_layer_options(lid, zonal=self.option())
        self.applied.emit(lid)
        super().accept()

    def remove(self) -> None:
        """Drop the chosen layer's zonal statistics from the matrix and close."""
        lid = self.layer_id()
        if lid is not None:
            self.project.set_layer_options(lid, zonal=None)
            self.applied.emit(lid)
        super().accept()


def main() -> None:  # pragma: no cover - manual look
    """Show the dialog on the demo project and print the option chosen."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.launch import make_app

    app = make_app()
    project = Project.demo()
    dlg = ZonalDialog(project, indicators=[])
    layer_id = dlg.layer_id() if dlg.exec() else None
    if layer_id is not None:
        print(project.layer(layer_id).options.get("zonal"))
    del app


if __name__ == "__main__":  # pragma: no cover
    main()
