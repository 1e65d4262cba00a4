"""Export dialog: scores as Shapefile, GeoPackage, CSV or a PDF report, for official submission.

The user picks a scenario, a format, the shapefile encoding (CP949 by
default, UTF-8), the CRS (EPSG:5179 by default; 5186, 5185, 5187, 5188, the
legacy Bessel EPSG:5174 with a datum-shift warning, or any EPSG code), a zip
option, the output folder and a base name. Existing files are never replaced
silently: the dialog asks first. Scoring and writing run in a worker thread
(:func:`smartzone.app.gui.workers.run_in_thread`); the result panel then shows the
:class:`~smartzone.layers.export.ExportReport` (feature count, CRS, encoding,
field-name map, warnings) or the error message.

The writers are those of ``smartzone score``: :func:`smartzone.layers.export.export_shapefile`,
``write_gpkg``, ``write_csv`` (with the QGIS style of
:func:`smartzone.app.drawing.report.style_for_scores`) and
:func:`smartzone.app.drawing.report.build_report` for the PDF (its map is rendered on
the GUI thread, the PDF written in the worker).

Run alone on the demo: ``python -m smartzone.app.gui.widgets.export_dialog``.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
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
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.export import EXPORT_FORMATS
from smartzone.app.core.labels import bilingual
from smartzone.app.drawing import i18n
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import QT_TRANSLATE_NOOP, fill

__all__ = ["CRS_CHOICES", "FORMATS", "ExportDialog", "ExportJob", "planned_paths", "run_export"]

#: Format id -> (label, main file suffix): the core's export formats, then the PDF report.
FORMATS: dict[str, tuple[str, str]] = {
    **{f.id: (f.label, f.suffix) for f in EXPORT_FORMATS.values()},
    "pdf": ("PDF report (.pdf + map .png)", ".pdf"),
}
#: Offered CRSs (EPSG code, label); "custom" lets the user type any EPSG code.
CRS_CHOICES: tuple[tuple[int, str], ...] = (
    (5179, "EPSG:5179 — Korea 2000 / Unified CS (UTM-K)"),
    (5186, "EPSG:5186 — Korea 2000 / Central Belt 2010"),
    (5185, "EPSG:5185 — Korea 2000 / West Belt 2010"),
    (5187, "EPSG:5187 — Korea 2000 / East Belt 2010"),
    (5188, "EPSG:5188 — Korea 2000 / East Sea Belt 2010"),
    (5174, "EPSG:5174 — Korean 1985 / Modified Central Belt (Bessel, legacy)"),
)
ENCODINGS: tuple[tuple[str, str], ...] = (("cp949", "CP949 (EUC-KR, Korean Windows / ArcGIS)"),
                                          ("utf-8", "UTF-8"))

#: The labels above, marked for translation: the dialog shows them in the UI language (the core's
#: English labels stay the command line's and the API's). A label without a marker stays English.
_LABEL_WORDS = (
    QT_TRANSLATE_NOOP("ExportDialog", "ESRI Shapefile (.shp)"),
    QT_TRANSLATE_NOOP("ExportDialog", "GeoPackage (.gpkg)"),
    QT_TRANSLATE_NOOP("ExportDialog", "CSV table (.csv, UTF-8 with BOM)"),
    QT_TRANSLATE_NOOP("ExportDialog", "PDF report (.pdf + map .png)"),
    QT_TRANSLATE_NOOP("ExportDialog", "CP949 (EUC-KR, Korean Windows / ArcGIS)"),
    QT_TRANSLATE_NOOP("ExportDialog", "EPSG:5179 — Korea 2000 / Unified CS (UTM-K)"),
    QT_TRANSLATE_NOOP("ExportDialog", "EPSG:5186 — Korea 2000 / Central Belt 2010"),
    QT_TRANSLATE_NOOP("ExportDialog", "EPSG:5185 — Korea 2000 / West Belt 2010"),
    QT_TRANSLATE_NOOP("ExportDialog", "EPSG:5187 — Korea 2000 / East Belt 2010"),
    QT_TRANSLATE_NOOP("ExportDialog", "EPSG:5188 — Korea 2000 / East Sea Belt 2010"),
    QT_TRANSLATE_NOOP("ExportDialog", "EPSG:5174 — Korean 1985 / Modified Central Belt (Bessel, legacy)"),
)

LEGACY_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "⚠ %1 is a legacy system on the Bessel 1841 ellipsoid: converting from Korea 2000 needs a "
    "datum shift (%2, stated accuracy %3). Positions may differ by metres from other data; "
    "use it only when the recipient asks for it.",
)



# --------------------------------------------------------------------------- Qt-free work


class ExportJob:
    """What to export and how (plain data, handed to the worker)."""

    def __init__(self, *, project: Any, scenario: str, fmt: str, out_dir: str | Path, name: str,
                 encoding: str = "cp949", crs: str = "EPSG:5179", zip: bool = False,
                 overwrite: bool = False, language: str = "ko", plan: Any = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMATS)}.")
        self.project = project
        self.scenario = scenario
        self.fmt = fmt
        self.out_dir = Path(out_dir)
        self.name = name
        self.encoding = encoding
        self.crs = crs
        self.zip = zip
        self.overwrite = overwrite
        self.language = language
        #: the plan panel's plan of this scenario, ``(PlanResult, PlanInputs, Robustness | None)``:
        #: the PDF report gets the plan's compliance statement, spend map and tables
        self.plan = plan


def planned_paths(job: ExportJob) -> list[Path]:
    """The files an export would create (to ask before replacing any of them)."""
    if job.fmt == "pdf":
        return [job.out_dir / f"{job.name}.pdf", job.out_dir / f"{job.name}_map.png"]
    from smartzone.app.core.export import output_paths

    return output_paths(job.out_dir, job.name, job.fmt, zip=job.zip)


def prepare(job: ExportJob, feedback: Any = None) -> Any:
    """Score the scenario: a :class:`smartzone.app.core.pipeline.ScoreRun` and its result frame."""
    from smartzone.app.core.pipeline import run_scenario

    run = run_scenario(job.project, job.scenario, feedback=feedback)
    return run, run.frame()


def run_export(job: ExportJob, run: Any, frame: Any, map_image: Any = None, feedback: Any = None) -> Any:
    """Write the export; returns an :class:`~smartzone.layers.export.ExportReport` or the PDF path."""
    if job.fmt != "pdf":
        from smartzone.app.core.export import write_scores

        return write_scores(run, job.fmt, job.out_dir, job.name, frame=frame, crs=job.crs,
                            encoding=job.encoding, zip=job.zip, overwrite=job.overwrite)
    from smartzone.app.core.report_data import sensitivity_table
    from smartzone.app.drawing.report import build_run_report

    job.out_dir.mkdir(parents=True, exist_ok=True)
    sens = sensitivity_table(run, 500, top_k=10, feedback=feedback)
    sections = []
    if job.plan is not None:
        from smartzone.app.core.planning import plan_frames
        from smartzone.app.drawing.plan_section import plan_section

        result, inputs, robustness = job.plan
        _deps, districts = plan_frames(result, inputs.frame, robustness)
        sections.append(plan_section(result, inputs, districts, job.language))
    return build_run_report(run, frame, job.out_dir / f"{job.name}.pdf", sensitivity=sens, top_n=20,
                            language=job.language, map_image=map_image, overwrite=job.overwrite,
                            sections=sections)


def field_meanings(level: str, criteria: Any = (), korean: bool | None = None) -> dict[str, str]:
    """What each exported field holds, in the UI language (``c_density`` -> "기여: 인구밀도")."""
    if korean is None:
        korean = i18n.is_korean()
    names: dict[str, str] = {}
    try:
        from smartzone.resources import demo_data

        for info in demo_data.indicator_info(level):
            names[info["id"]] = bilingual(info["label_ko"], info["label_en"], korean)
    except Exception:  # user data without metadata: no meanings for the indicators
        pass
    for c in criteria:
        label = bilingual(c.label_ko, c.label_en, korean) or c.label_ko or c.label_en
        if label:
            names[c.indicator] = label
    translate = QCoreApplication.translate
    out = {"code": translate("ExportDialog", "district code"), "name": translate("ExportDialog", "district name"),
           "sido": translate("ExportDialog", "province"), "score": translate("ExportDialog", "score (0–100)"),
           "rank": translate("ExportDialog", "rank"),
           "excluded": translate("ExportDialog", "reason for exclusion")}
    contribution = translate("ExportDialog", "contribution: %1")
    for ind, label in names.items():
        out[f"c_{ind}"] = fill(contribution, label)
        out.setdefault(ind, label)
    return out


def report_text(report: Any, meanings: dict[str, str] | None = None) -> str:
    """Summary of an export for the result panel: counts, CRS, encoding, field map (with what each
    field holds, from ``meanings``), warnings (in the UI language)."""
    if isinstance(report, Path):
        png = report.with_name(report.stem + "_map.png")
        return "PDF: {}\n{}: {}".format(report, QCoreApplication.translate("ExportDialog", "Map image"), png)
    lines = [f"{report.format}: {report.path}",
             "{}: {}".format(QCoreApplication.translate("ExportDialog", "Features"), report.feature_count)]
    if report.crs_label:
        lines.append("{}: {}".format(QCoreApplication.translate("ExportDialog", "Coordinate system"), report.crs_label))
    lines.append("{}: {}".format(QCoreApplication.translate("ExportDialog", "Encoding"), report.encoding))
    from smartzone.app.drawing.note_words import NoteWords

    warning, words = QCoreApplication.translate("ExportDialog", "Warning"), NoteWords()
    lines.extend(f"{warning}: {words(w)}" for w in report.warnings)  # the writer's warnings, worded
    if report.field_map:
        lines.append(QCoreApplication.translate("ExportDialog", "Fields (full name → name in the file):"))
        shortened = QCoreApplication.translate("ExportDialog", "shortened")
        width = max(len(k) for k in report.field_map)
        short_width = max(len(v) for v in report.field_map.values()) + (len(shortened) + 4)
        for full, short in report.field_map.items():
            line = f"  {full.ljust(width)} → {short}" + ("" if full == short else f"  ({shortened})")
            meaning = (meanings or {}).get(full)
            lines.append(f"{line.ljust(width + short_width + 6)}  {meaning}" if meaning else line)
    if report.repaired:
        lines.append("{}: {}".format(QCoreApplication.translate("ExportDialog", "Repaired geometries"), report.repaired))
    if len(report.paths) > 1:
        lines.append("{}: ".format(QCoreApplication.translate("ExportDialog", "Files")) + ", ".join(p.name for p in report.paths))
    return "\n".join(lines)


def _map_image(frame: Any, language: str = "ko", recipe: Any = None) -> Any:
    """The report map (as :func:`smartzone.app.drawing.report.build_report` draws it), on the GUI thread."""
    import numpy as np
    import pandas as pd

    from smartzone.app.drawing.report import report_map

    ranked = frame[np.isfinite(pd.to_numeric(frame["score"], errors="coerce"))].sort_values("rank")
    return report_map(frame, ranked["code"].astype(str).head(10).tolist(), language, recipe)


# --------------------------------------------------------------------------- the dialog


class ExportDialog(QDialog):
    """Export the scores of a scenario (see the module docstring).

    Parameters
    ----------
    project
        The project; the scenario is scored with :func:`smartzone.app.core.pipeline.run_scenario`.
    scenario
        Scenario preselected (default: the active one).
    out_dir
        Folder preselected (default: the project's folder, else the home folder).

    Signals
    -------
    exported(object)
        The :class:`~smartzone.layers.export.ExportReport` (or PDF path) of a finished export.
    export_failed(str)
        The error message of a failed export.
    """

    exported = Signal(object)
    export_failed = Signal(str)

    def __init__(self, project: Any, parent: QWidget | None = None, *, scenario: str | None = None,
                 out_dir: str | Path | None = None, plan: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        #: ``plan(scenario)``: the plan panel's plan of that scenario or None (the PDF report adds it)
        self.plan = plan
        self.worker: Any = None
        self.last_report: Any = None
        self.last_error: str | None = None
        self._job: ExportJob | None = None
        self.setWindowTitle(self.tr("Export scores"))
        self.setMinimumWidth(620)
        self._build(scenario, out_dir)
        self._format_changed()
        self._crs_changed()

    # ------------------------------------------------------------------ UI
    def _build(self, scenario: str | None, out_dir: str | Path | None) -> None:
        form = QFormLayout()
        self.scenario_combo = QComboBox()
        from smartzone.app.core.labels import scenario_title

        lang = "ko" if i18n.is_korean() else "en"
        for name in self.project.scenario_names:  # the scenario's own name, never a preset id
            self.scenario_combo.addItem(scenario_title(self.project.scenarios[name], lang), name)
        pick = scenario or self.project.active
        if pick in self.project.scenario_names:
            self.scenario_combo.setCurrentIndex(self.project.scenario_names.index(pick))
        self.scenario_combo.currentIndexChanged.connect(self._scenario_changed)
        form.addRow(self.tr("Scenario"), self.scenario_combo)

        self.format_combo = QComboBox()
        for fid, (label, _suffix) in FORMATS.items():
            self.format_combo.addItem(self.tr(label), fid)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format"), self.format_combo)

        self.encoding_combo = QComboBox()
        for eid, label in ENCODINGS:
            self.encoding_combo.addItem(self.tr(label), eid)
        form.addRow(self.tr("Encoding"), self.encoding_combo)

        crs_row = QHBoxLayout()
        self.crs_combo = QComboBox()
        for code, label in CRS_CHOICES:
            self.crs_combo.addItem(self.tr(label), code)
        self.crs_combo.addItem(self.tr("Custom EPSG code…"), "custom")
        self.crs_combo.currentIndexChanged.connect(self._crs_changed)
        self.custom_crs = QLineEdit()
        self.custom_crs.setPlaceholderText(self.tr("EPSG code, e.g. 5179"))
        # wide enough for its hint in either language ("EPSG 코드 (예: 5179)" was cut)
        hint = self.custom_crs.fontMetrics().horizontalAdvance(self.custom_crs.placeholderText()) + 24
        self.custom_crs.setMinimumWidth(hint)
        self.custom_crs.setMaximumWidth(max(160, hint))
        self.custom_crs.textChanged.connect(self._crs_changed)
        # the custom code on a line of its own: beside the list it cut the list's longest name
        # ("… (Bessel, legacy)") and squeezed the row's label ("Coordinate sy")
        crs_row.addWidget(self.custom_crs)
        crs_row.addStretch(1)
        form.addRow(self.tr("Coordinate system"), self.crs_combo)
        form.addRow("", crs_row)
        self.crs_warning = QLabel()
        self.crs_warning.setWordWrap(True)
        self.crs_warning.setStyleSheet("QLabel { color: #8a4b00; background: #fff4e0; padding: 4px; }")
        self.crs_warning.hide()
        form.addRow("", self.crs_warning)

        self.zip_check = QCheckBox(self.tr("Zip all parts into one file"))
        form.addRow("", self.zip_check)

        folder_row = QHBoxLayout()
        start = out_dir or (self.project.path.parent if getattr(self.project, "path", None) else Path.home())
        self.folder_edit = QLineEdit(str(start))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Output folder"), folder_row)
        self.name_edit = QLineEdit()
        form.addRow(self.tr("File name"), self.name_edit)
        self._scenario_changed()

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.result_view = QPlainTextEdit()
        self.result_view.setReadOnly(True)
        self.result_view.setMinimumHeight(180)
        self.result_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.result_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.result_view, 1)
        layout.addWidget(self.buttons)

    def _scenario_changed(self, *_: Any) -> None:
        # the scenario's own name and the level in words, in the UI language, valid on Windows
        from smartzone.app.core.export import default_export_name

        lang = "ko" if i18n.is_korean() else "en"
        self.name_edit.setText(default_export_name(self.project, self.scenario_combo.currentData() or "", lang))

    def _format_changed(self, *_: Any) -> None:
        fmt = self.format_combo.currentData()
        self.encoding_combo.setEnabled(fmt == "shp")
        self.zip_check.setEnabled(fmt == "shp")
        geo = fmt in ("shp", "gpkg")
        self.crs_combo.setEnabled(geo)
        self.custom_crs.setEnabled(geo and self.crs_combo.currentData() == "custom")
        self._crs_changed()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose output folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    # ------------------------------------------------------------------ options
    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def set_crs(self, code: int | str) -> None:
        """Choose a listed EPSG code, or type it as a custom one."""
        i = self.crs_combo.findData(int(str(code).upper().removeprefix("EPSG:")))
        if i >= 0:
            self.crs_combo.setCurrentIndex(i)
        else:
            self.crs_combo.setCurrentIndex(self.crs_combo.findData("custom"))
            self.custom_crs.setText(str(code))

    def set_encoding(self, encoding: str) -> None:
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(encoding))

    def crs_text(self) -> str | None:
        """``"EPSG:NNNN"`` of the choice, or None when a custom code is invalid."""
        data = self.crs_combo.currentData()
        if data != "custom":
            return f"EPSG:{data}"
        text = self.custom_crs.text().strip().upper().removeprefix("EPSG:").strip()
        if not text.isdigit():
            return None
        try:
            from smartzone.layers.crs import parse_crs

            parse_crs(f"EPSG:{text}")
        except Exception:
            return None
        return f"EPSG:{text}"

    def _crs_changed(self, *_: Any) -> None:
        geo = self.format_combo.currentData() in ("shp", "gpkg")
        custom = self.crs_combo.currentData() == "custom"
        self.custom_crs.setEnabled(geo and custom)
        crs = self.crs_text()
        message = ""
        if geo and crs is None:
            message = fill(self.tr("Unknown EPSG code: %1"), self.custom_crs.text() or "–")
        elif geo and crs is not None:
            message = self.legacy_warning(crs) or ""
        self.crs_warning.setText(message)
        self.crs_warning.setVisible(bool(message))
        self._fit_warning()
        if hasattr(self, "export_button") and self.worker is None:
            self.export_button.setEnabled(not (geo and crs is None))

    def _fit_warning(self) -> None:
        """Give the wrapped warning the height its text needs: a form layout would give a
        word-wrapped label one line (22 of the 64 px the EPSG:5174 warning needs)."""
        label = self.crs_warning
        if label.isHidden():
            label.setMinimumHeight(0)
            return
        width = label.width() if label.width() > 50 else label.sizeHint().width()
        label.setMinimumHeight(label.heightForWidth(width))
        if self.height() < self.sizeHint().height():
            self.resize(self.width(), self.sizeHint().height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if hasattr(self, "crs_warning"):
            self._fit_warning()

    def legacy_warning(self, crs: str) -> str | None:
        """The datum-shift warning for a legacy Bessel CRS (None for Korea 2000 systems)."""
        from smartzone.layers.crs import crs_label, describe_transform, is_legacy_bessel

        try:
            if not is_legacy_bessel(crs):
                return None
            info = describe_transform(self.project.crs or "EPSG:5179", crs)
        except Exception:
            return None
        acc = f"{info.accuracy_m:g} m" if info.accuracy_m is not None else "?"
        op = info.description.split(" + ")
        shift = next((p for p in op if "to" in p and ("Korea" in p or "KGD" in p)), info.description)
        return fill(self.tr(LEGACY_WARNING), crs_label(crs), shift, acc)

    def job(self, *, overwrite: bool = False) -> ExportJob:
        """The export the current choices describe."""
        from smartzone.app.drawing import i18n

        return ExportJob(
            project=self.project,
            scenario=str(self.scenario_combo.currentData()),
            fmt=str(self.format_combo.currentData()),
            out_dir=self.folder_edit.text().strip(),
            name=self.name_edit.text().strip(),
            encoding=str(self.encoding_combo.currentData()),
            crs=self.crs_text() or "EPSG:5179",
            zip=self.zip_check.isChecked() and self.format_combo.currentData() == "shp",
            overwrite=overwrite,
            language="ko" if i18n.current_language() == "ko" else "en",
            plan=self.plan(str(self.scenario_combo.currentData()))
            if self.plan is not None and self.format_combo.currentData() == "pdf" else None,
        )

    # ------------------------------------------------------------------ running
    def confirm_overwrite(self, existing: Sequence[Path]) -> bool:
        """Ask before replacing files (tests replace this method)."""
        names = "\n".join(f"  {p}" for p in existing)
        answer = QMessageBox.question(
            self, self.tr("Replace existing files?"),
            fill(self.tr("These files already exist:\n%1\n\nReplace them?"), names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def start_export(self) -> bool:
        """Check the choices, ask before replacing files, then export in a worker; False if not started."""
        from smartzone.app.gui.workers import run_in_thread

        if self.worker is not None:
            return False
        if not self.folder_edit.text().strip():
            self._fail(self.tr("Choose an output folder."))
            return False
        if not self.name_edit.text().strip():
            self._fail(self.tr("Give a file name."))
            return False
        job = self.job()
        existing = [p for p in planned_paths(job) if p.exists()]
        if existing:
            if not self.confirm_overwrite(existing):
                self.status.setText(self.tr("Export cancelled: nothing was replaced."))
                return False
            job.overwrite = True
        self._job = job
        self.last_report, self.last_error = None, None
        self.result_view.clear()
        self.status.setText(self.tr("Exporting…"))
        self.progress.setValue(0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self.worker = run_in_thread(prepare, job, on_done=self._prepared, on_error=self._failed,
                                    on_progress=lambda v: self.progress.setValue(int(v * 0.6)))
        return True

    def _prepared(self, payload: Any) -> None:
        from smartzone.app.gui.workers import run_in_thread

        run, frame = payload
        job = self._job
        assert job is not None
        image = None
        if job.fmt == "pdf":
            try:
                image = _map_image(frame, job.language, getattr(run.result, "recipe", None))
            except Exception as exc:  # rendering problems are shown like export errors
                self._failed(error_text(exc), "")
                return
        self.worker = run_in_thread(run_export, job, run, frame, image, on_done=self._done, on_error=self._failed,
                                    on_progress=lambda v: self.progress.setValue(60 + int(v * 0.4)))

    def _done(self, report: Any) -> None:
        self.worker = None
        self.last_report = report
        self.progress.setValue(100)
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText("✔ " + self.tr("Written"))
        self.status.setStyleSheet("QLabel { color: #1b5e20; }")
        scenario = self.project.scenarios.get(str(self.scenario_combo.currentData()))
        meanings = field_meanings(self.project.level, scenario.criteria if scenario is not None else ())
        self.result_view.setPlainText(report_text(report, meanings))
        self.exported.emit(report)

    def _failed(self, message: str, _detail: str) -> None:
        self.worker = None
        self._fail(message)

    def _fail(self, message: str) -> None:
        self.last_error = message
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.status.setText("✖ " + fill(self.tr("Export failed: %1"), message))
        self.status.setStyleSheet("QLabel { color: #a50f15; }")
        self.export_failed.emit(message)

    def wait_done(self, timeout: float = 60.0) -> bool:
        """Block until the export finished (tests); processes Qt events. True when it succeeded."""
        import time

        from PySide6.QtCore import QCoreApplication

        end = time.monotonic() + timeout
        while self.worker is not None and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        QCoreApplication.processEvents()
        return self.worker is None and self.last_report is not None

    def reject(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        super().reject()


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - manual use
    """Open the dialog on the demo project."""
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import render

    render.ensure_fonts()
    dlg = ExportDialog(Project.demo())
    dlg.show()
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
