"""Layers panel: the project's layers with visibility, opacity, order, add/remove, properties.

Adding a file (button, or drag-and-drop onto the main window) first checks it
in a worker thread (vector: read as districts; raster: open; table: read); a
file that cannot be used is reported in a message box with the reader's
explanation (which file, what is wrong, what to do), never a traceback.
The list shows the top-most layer first, as in QGIS.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill
from smartzone.layers import formats
from smartzone.layers.formats import suffixes

VECTOR_EXT = set(suffixes("vector"))
RASTER_EXT = set(suffixes("raster"))
TABLE_EXT = set(suffixes("table"))
KIND_ICON = {"vector": "▱", "raster": "▦", "table": "▤"}


def kind_of(path: str | Path) -> str | None:
    """``vector``, ``raster`` or ``table`` from the file extension (None if unsupported)."""
    return formats.kind_of(path)


def check_layer(path: str, kind: str, feedback: Any = None) -> dict[str, Any]:
    """Read ``path`` as ``kind`` to validate it; returns facts for the properties dialog.

    Runs in a worker. Raises the readers' own errors (written for users).
    """
    info: dict[str, Any] = {"path": path, "kind": kind}
    if kind == "vector":
        from smartzone.layers.vector import read_districts

        layer = read_districts(path, feedback=feedback)
        info["count"] = len(layer.frame)
        info["crs"] = str(layer.crs)
        info["fields"] = [c for c in layer.frame.columns if c != "geometry"]
        info["report"] = layer.report.summary() if hasattr(layer.report, "summary") else str(layer.report)
        info["layer"] = layer.layer_name
    elif kind == "raster":
        from smartzone.layers.raster import open_raster

        r = open_raster(path)
        info["count"] = f"{r.width} x {r.height} px"
        info["crs"] = str(r.crs)
        info["fields"] = [f"kind: {r.kind}", f"dtype: {r.dtype}", f"nodata: {r.nodata}"]
        info["report"] = ""
    else:
        from smartzone.layers.tables import read_table

        t = read_table(path)
        info["count"] = len(t.frame)
        info["crs"] = "–"
        info["fields"] = [str(c) for c in t.frame.columns]
        info["report"] = f"encoding: {getattr(t, 'encoding', '?')}"
    return info


class LayersPanel(QWidget):
    """Observes ``project.layers``; edits go through the project's methods.

    Signals
    -------
    message(str, str)
        (level, text) for the main window's message bar.
    """

    message = Signal(str, str)

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Any = None
        self._updating = False
        self._workers: list[Any] = []
        self.facts: dict[str, dict[str, Any]] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.list = QListWidget()
        self.list.setMinimumHeight(60)
        self.list.itemChanged.connect(self._item_changed)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemDoubleClicked.connect(lambda _item: self.show_properties())
        lay.addWidget(self.list)
        op = QHBoxLayout()
        op.addWidget(QLabel(self.tr("Opacity")))
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.valueChanged.connect(self._opacity_changed)
        op.addWidget(self.opacity)
        lay.addLayout(op)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Add a vector (GPKG, SHP, GeoJSON), raster (GeoTIFF) or table (CSV, XLSX)"))
        self.add_button.clicked.connect(self.add_dialog)
        self.up_button = QPushButton("▲")
        self.up_button.setToolTip(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self._move(+1))
        self.down_button = QPushButton("▼")
        self.down_button.setToolTip(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self._move(-1))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove)
        self.props_button = QPushButton(self.tr("Properties"))
        self.props_button.clicked.connect(self.show_properties)
        for b in (self.add_button, self.up_button, self.down_button, self.remove_button, self.props_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.set_project(project)

    def set_project(self, project: Any) -> None:
        if self.project is not None:
            self.project.events.layers_changed.disconnect(self.refresh)
        self.project = project
        project.events.layers_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, info: Any = None) -> None:
        """Rebuild the list from the model (top layer first)."""
        current = self.current_id()
        layers = list(reversed(self.project.layers))
        ids = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if ids == [lyr.id for lyr in layers]:
            # Same layers in the same order: update in place so items (and the
            # current row) survive visibility / opacity edits.
            self._updating = True
            try:
                for i, lyr in enumerate(layers):
                    item = self.list.item(i)
                    item.setText(f"{KIND_ICON.get(lyr.kind, '')}  {self.shown_name(lyr)}")
                    item.setCheckState(Qt.CheckState.Checked if lyr.visible else Qt.CheckState.Unchecked)
            finally:
                self._updating = False
            self._current_changed()
            return
        self._updating = True
        try:
            self.list.clear()
            for lyr in reversed(self.project.layers):
                item = QListWidgetItem(f"{KIND_ICON.get(lyr.kind, '')}  {self.shown_name(lyr)}")
                item.setData(Qt.ItemDataRole.UserRole, lyr.id)
                item.setToolTip(str(lyr.path))
                flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
                item.setCheckState(Qt.CheckState.Checked if lyr.visible else Qt.CheckState.Unchecked)
                self.list.addItem(item)
                if lyr.id == current:
                    self.list.setCurrentItem(item)
        finally:
            self._updating = False
        self._current_changed()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    # ---------------------------------------------------------------- edits
    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        lid = item.data(Qt.ItemDataRole.UserRole)
        visible = item.checkState() == Qt.CheckState.Checked
        if self.project.layer(lid).visible != visible:
            self.project.set_layer_visible(lid, visible)

    def _current_changed(self, *_: Any) -> None:
        lid = self.current_id()
        enabled = lid is not None
        for w in (self.opacity, self.up_button, self.down_button, self.remove_button, self.props_button):
            w.setEnabled(enabled)
        if lid is not None:
            self.opacity.blockSignals(True)
            self.opacity.setValue(round(self.project.layer(lid).opacity * 100))
            self.opacity.blockSignals(False)

    def _opacity_changed(self, value: int) -> None:
        lid = self.current_id()
        if lid is not None and not self._updating:
            self.project.set_layer_opacity(lid, value / 100)

    def _move(self, delta: int) -> None:
        lid = self.current_id()
        if lid is None:
            return
        ids = [lyr.id for lyr in self.project.layers]
        pos = ids.index(lid)
        new = max(0, min(len(ids) - 1, pos + delta))
        if new != pos:
            self.project.move_layer(lid, new)

    def _remove(self) -> None:
        lid = self.current_id()
        if lid is None:
            return
        lyr = self.project.layer(lid)
        if lyr.role == "districts":
            answer = QMessageBox.question(
                self, self.tr("Remove layer"),
                self.tr("This is the districts layer used for scoring. Remove it anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.project.remove_layer(lid)

    # ---------------------------------------------------------------- adding
    def add_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add layers"), "", self.file_filter())
        self.add_files(files)

    def file_filter(self) -> str:
        """The Add-layers dialog's filters, from the one format registry (layers/formats.py)."""
        from smartzone.layers.formats import name_filter

        return ";;".join((name_filter(self.tr("All supported")), name_filter(self.tr("Vector"), "vector"),
                          name_filter(self.tr("Raster"), "raster"), name_filter(self.tr("Tables"), "table")))

    def add_files(self, paths: Iterable[str]) -> None:
        """Check each file in a worker and add the good ones; explain the bad ones."""
        from smartzone.app.gui.workers import run_in_thread

        for path in paths:
            kind = kind_of(path)
            if kind is None:
                self._error(path, self.tr("This file type is not supported. Use GeoPackage, Shapefile, "
                                          "GeoJSON, GeoTIFF, CSV or XLSX."))
                continue
            self.message.emit("info", fill(self.tr("Checking %1…"), Path(path).name))

            def failed(msg: str, _tb: str, path: str = path) -> None:
                self._error(path, msg)

            worker = run_in_thread(check_layer, path, kind, on_done=self._checked, on_error=failed)
            self._workers.append(worker)

    def _checked(self, info: dict[str, Any]) -> None:
        from smartzone.app.core.model.project import LayerRef

        path = Path(info["path"])
        kind = info["kind"]
        taken = {lyr.id for lyr in self.project.layers}
        base = re.sub(r"\W+", "_", path.stem).strip("_").lower() or kind
        lid, n = base, 2
        while lid in taken:
            lid, n = f"{base}_{n}", n + 1
        options: dict[str, Any] = {}
        if kind == "table" and self.project.layer_by_role("indicators") is None:
            options["role"] = "indicators"
        if kind == "vector" and self.project.layer_by_role("districts") is None:
            options["role"] = "districts"
        if kind == "vector" and info.get("layer"):
            options["layer"] = info["layer"]
        self.facts[lid] = info
        try:
            self.project.add_layer(LayerRef(id=lid, kind=kind, path=path.resolve(), name=path.name,
                                            opacity=0.7 if kind == "raster" else 1.0, options=options))
        except ValueError as exc:
            self._error(str(path), error_text(exc))
            return
        self.message.emit("info", fill(self.tr("Added %1 (%2)"), path.name, str(info["count"])))

    def _error(self, path: str, message: str) -> None:
        name = Path(path).name  # named once: the reader's message usually names the file already
        self.message.emit("error", message if name in message else f"{name}: {message}")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot add layer"),
                          fill(self.tr("%1 could not be added."), Path(path).name), parent=self)
        box.setInformativeText(message)
        box.setModal(False)
        box.show()
        self._last_error_box = box

    def shown_name(self, lyr: Any) -> str:
        """The layer's name in the UI language: the demo layers are named by role, the user's by file."""
        if not lyr.options.get("demo"):
            return str(lyr.display_name)
        from smartzone.app.core.labels import level_words
        from smartzone.app.drawing import i18n

        level = str(lyr.options.get("layer") or self.project.level)
        words = level_words(level, "ko" if i18n.is_korean() else "en")
        if lyr.role == "landcover":
            return self.tr("Land cover MODIS 2019")
        if lyr.role == "districts":
            return fill(self.tr("%1 boundaries 2020"), words)
        if lyr.role == "indicators":
            return fill(self.tr("%1 indicators"), words)
        return str(lyr.display_name)

    # ------------------------------------------------------------ properties
    def properties_text(self, layer_id: str) -> str:
        """Text of the properties dialog: kind, path, CRS, count, fields (``layers.describe``), in the UI language."""
        lyr = self.project.layer(layer_id)
        kinds = {"vector": self.tr("vector layer"), "raster": self.tr("raster layer"), "table": self.tr("table")}
        roles = {"districts": self.tr("districts (scored)"), "indicators": self.tr("indicator table"),
                 "landcover": self.tr("land cover")}
        rows = [(self.tr("Name"), self.shown_name(lyr)), (self.tr("Kind"), kinds.get(lyr.kind, lyr.kind)),
                (self.tr("File"), str(lyr.path)), (self.tr("Role"), roles.get(lyr.role or "", lyr.role or "–"))]
        head = "\n".join(f"{k}: {v}" for k, v in rows)
        try:
            from smartzone.layers.describe import describe

            info = describe(lyr.path, lyr.options.get("layer") or lyr.options.get("sheet"), check_geometry=False)
        except Exception as exc:
            return head + "\n\n" + fill(self.tr("Cannot read the file: %1"), error_text(exc))
        return head + "\n\n" + self.info_text(info)

    def _dtype_words(self, dtype: str) -> str:
        """``uint8`` -> "8-bit unsigned integer" in the UI language (the name itself when unknown)."""
        import numpy as np

        try:
            dt = np.dtype(dtype)
        except TypeError:
            return dtype
        words = {"u": self.tr("%1-bit unsigned integer"), "i": self.tr("%1-bit integer"),
                 "f": self.tr("%1-bit floating point")}.get(dt.kind)
        return fill(words, str(dt.itemsize * 8)) if words else dtype

    def info_text(self, info: Any) -> str:
        """A ``layers.describe.LayerInfo`` worded in the UI language (``format_info`` is the CLI's English)."""
        loc = QLocale()

        def num(v: float, decimals: int = 2) -> str:
            return loc.toString(float(v), "f", decimals)

        def count(v: Any) -> str:
            return loc.toString(int(v)) if v is not None else self.tr("unknown")

        none = self.tr("none")
        rows: list[tuple[str, str]] = [(self.tr("Driver"), str(info.driver))]
        if info.kind == "table":
            if info.layer:
                rows.append((self.tr("Sheet"), str(info.layer)))
            if info.header_row is not None:
                rows.append((self.tr("Header"), fill(self.tr("line %1"), str(info.header_row + 1))))
            rows.append((self.tr("Rows"), count(info.feature_count)))
            rows.append((self.tr("Code column"), str(info.code_field or "?")))
            rows.append((self.tr("Name column"), str(info.name_field or none)))
        if info.kind == "vector":
            if len(info.layers) > 1:
                rows.append((self.tr("Layers in the file"), ", ".join(info.layers)))
            rows.append((self.tr("Layer"), str(info.layer)))
        if info.kind != "table":
            crs = str(info.crs)
            rows.append((self.tr("Coordinate system"), self.tr("unknown (no EPSG code)")
                         if crs.startswith("unknown") else (none if crs.startswith("none") else crs)))
        if info.kind == "vector":
            rows.append((self.tr("Features"), count(info.feature_count)))
            geometries = {"Point": self.tr("points"), "MultiPoint": self.tr("multi-points"),
                          "LineString": self.tr("lines"), "MultiLineString": self.tr("multi-lines"),
                          "Polygon": self.tr("polygons"), "MultiPolygon": self.tr("multi-polygons")}
            kind = str(info.geometry_type or "").replace(" Z", "").replace(" M", "")
            rows.append((self.tr("Geometry"), geometries.get(kind, kind) if kind else self.tr("none (attribute table)")))
        if info.encoding:
            how = {"cpg": self.tr("from the .cpg file"), "detected": self.tr("detected from the bytes"),
                   "ascii": self.tr("ASCII only"), "format": self.tr("fixed by the format"),
                   "explicit": self.tr("given")}.get(info.encoding_source or "", "")
            rows.append((self.tr("Encoding"), f"{info.encoding} ({how})" if how else str(info.encoding)))
        if info.kind == "raster":
            rows.append((self.tr("Size"), fill(self.tr("%1 x %2 pixels, %3 band(s)"),
                str(info.width), str(info.height), str(info.band_count))))
            rows.append((self.tr("Data type"), ", ".join(self._dtype_words(d) for d in info.dtypes)))
            rows.append((self.tr("No-data"), none if info.nodata is None else f"{info.nodata:g}"))
            if info.resolution:
                rows.append((self.tr("Pixel size"), f"{info.resolution[0]:g} x {info.resolution[1]:g}"))
        if info.bounds is not None:
            x0, y0, x1, y1 = info.bounds
            rows.append((self.tr("Extent"), f"{num(x0)}, {num(y0)} : {num(x1)}, {num(y1)}"))
        if info.kind == "vector" and (info.code_field or info.name_field):
            rows.append((self.tr("District code / name"), f"{info.code_field or '?'} / {info.name_field or none}"))
        lines = [f"{k}: {v}" for k, v in rows]
        fields = [name for name, _kind in info.fields]
        if fields:  # the file's own column names, as they are in the file
            lines.append(fill(self.tr("Fields (%1): %2"), str(len(fields)), ", ".join(fields)))
        from smartzone.app.drawing.note_words import (
            NoteWords,  # the reader's warnings, in the UI language
        )

        words = NoteWords()
        lines += [f"• {words(w)}" for w in getattr(info, "warnings", None) or []]
        return "\n".join(lines)

    def show_properties(self) -> None:
        lid = self.current_id()
        if lid is None:
            return
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Layer properties"))
        lay = QVBoxLayout(dlg)
        text = QPlainTextEdit(self.properties_text(lid))
        text.setReadOnly(True)
        lay.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dlg.reject)
        lay.addWidget(buttons)
        dlg.resize(620, 420)
        dlg.exec()
