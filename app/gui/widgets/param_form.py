"""A form generated from declared parameters (``ParamSpec`` of a scorer or a standardisation).

A new scoring plugin gets a UI without UI code: every declared parameter
becomes an editor chosen by its kind (float -> spin box with the declared
limits, int, bool -> check box, choice -> combo box, str -> line edit, codes ->
comma-separated line edit). The form emits ``changed(dict)`` with the values
the user set, and shows the parameter's help as a tooltip.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from smartzone.app.core.labels import bilingual
from smartzone.app.drawing import i18n
from smartzone.app.drawing.param_words import choice_text, help_text


def _kind(spec: Any) -> str:
    """The declared kind (:class:`~smartzone.scoring.params.ParamSpec`)."""
    return str(spec.kind)


def _label(spec: Any) -> str:
    ko, en = getattr(spec, "label_ko", ""), getattr(spec, "label_en", "")
    return bilingual(ko, en, i18n.is_korean()) or en or ko or spec.name


class ParamForm(QWidget):
    """Editors for a sequence of parameter declarations.

    Parameters
    ----------
    specs
        Declarations with ``name``, ``kind``, ``default``, ``min``,
        ``max``, ``choices``, ``label_ko``, ``label_en``, ``help``.
    values
        Current values (missing keys show the default).
    """

    changed = Signal(dict)

    def __init__(self, specs: Sequence[Any] = (), values: Mapping[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._editors: dict[str, tuple[Any, QWidget]] = {}
        self._updating = False
        self.set_specs(specs, values)

    def set_specs(self, specs: Sequence[Any], values: Mapping[str, Any] | None = None) -> None:
        """Rebuild the editors for ``specs``."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._editors.clear()
        values = dict(values or {})
        self._updating = True
        try:
            for spec in specs:
                editor = self._make_editor(spec)
                if editor is None:
                    continue
                tip = help_text(spec)  # in the UI language
                label = QLabel(_label(spec))
                if tip:
                    label.setToolTip(tip)
                    editor.setToolTip(tip)
                self._layout.addRow(label, editor)
                self._editors[spec.name] = (spec, editor)
                self._set_value(spec, editor, values.get(spec.name, spec.default))
        finally:
            self._updating = False
        if not self._editors:
            self._layout.addRow(QLabel(self.tr("No parameters.")))

    def _make_editor(self, spec: Any) -> QWidget | None:
        kind = _kind(spec)
        lo = getattr(spec, "min", None)
        hi = getattr(spec, "max", None)
        if kind == "float":
            w = QDoubleSpinBox()
            w.setDecimals(4)
            w.setRange(-1e12 if lo is None else float(lo), 1e12 if hi is None else float(hi))
            span = (float(hi) - float(lo)) if lo is not None and hi is not None else 1.0
            w.setSingleStep(span / 20 if 0 < span < 1e6 else 0.1)
            if getattr(spec, "auto", False):
                w.setSpecialValueText(self.tr("auto (from data)"))
                w.setMinimum(w.minimum() - w.singleStep())
            w.valueChanged.connect(self._emit)
            return w
        if kind == "int":
            w2 = QSpinBox()
            limit = 2**31 - 1  # QSpinBox holds a C int
            w2.setRange(-limit if lo is None else max(int(lo), -limit), limit if hi is None else min(int(hi), limit))
            w2.valueChanged.connect(self._emit)
            return w2
        if kind == "bool":
            w3 = QCheckBox()
            w3.toggled.connect(self._emit)
            return w3
        if kind == "choice":
            w4 = QComboBox()
            for c in getattr(spec, "choices", ()):
                w4.addItem(choice_text(c), c)  # the id in English, its words in Korean
            w4.currentIndexChanged.connect(self._emit)
            return w4
        w5 = QLineEdit()
        if kind == "codes":
            w5.setPlaceholderText(self.tr("district codes, comma separated"))
        elif kind in ("ranges", "mapping"):
            w5.setPlaceholderText("[[low, high, score], …]" if kind == "ranges" else "{class: score, …}")
        w5.editingFinished.connect(self._emit)
        return w5

    def _set_value(self, spec: Any, editor: QWidget, value: Any) -> None:
        kind = _kind(spec)
        if isinstance(editor, QDoubleSpinBox):
            if value is None or (isinstance(value, float) and math.isnan(value)):
                editor.setValue(editor.minimum())  # shows "auto"
            else:
                editor.setValue(float(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
        elif isinstance(editor, QLineEdit):
            if kind == "codes":
                editor.setText(", ".join(str(v) for v in (value or ())))
            elif kind in ("ranges", "mapping"):
                import json

                editor.setText("" if value is None else json.dumps(value, ensure_ascii=False))
            else:
                editor.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        """Current values by parameter name (``None`` for "auto")."""
        out: dict[str, Any] = {}
        for name, (spec, editor) in self._editors.items():
            kind = _kind(spec)
            if isinstance(editor, QDoubleSpinBox):
                auto = getattr(spec, "auto", False) and editor.value() == editor.minimum()
                out[name] = None if auto else editor.value()
            elif isinstance(editor, QSpinBox):
                out[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                out[name] = editor.isChecked()
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentData()
            elif isinstance(editor, QLineEdit):
                text = editor.text().strip()
                if kind == "codes":
                    out[name] = [t.strip() for t in text.split(",") if t.strip()]
                elif kind in ("ranges", "mapping"):
                    import json

                    try:
                        out[name] = json.loads(text) if text else spec.default
                    except ValueError:
                        out[name] = spec.default
                else:
                    out[name] = text
        return out

    def editor(self, name: str) -> QWidget:
        """The editor widget of parameter ``name`` (for tests)."""
        return self._editors[name][1]

    def _emit(self, *_: Any) -> None:
        if not self._updating:
            self.changed.emit(self.values())
