"""Scenario manager: new (from a preset or empty), duplicate, rename, delete, make active.

Every action is one undoable project edit (:class:`~smartzone.app.core.model.project.Project`
already has ``add_scenario``, ``add_preset_scenario``, ``duplicate_scenario``,
``rename_scenario`` and ``remove_scenario``); the list shows each scenario by
its own name (a preset's Korean or English name, never its id) with its
method and number of criteria.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smartzone.app.core.labels import bilingual, scenario_title
from smartzone.app.drawing import i18n
from smartzone.app.drawing.error_words import error_text
from smartzone.app.drawing.i18n import fill


def _method_name(method: str) -> str:
    from smartzone.scoring.registry import available_scorers

    cls = available_scorers().get(method)
    if cls is None:  # a plugin's method not installed here: the id is all there is
        return method
    return bilingual(cls.name_ko, cls.name_en, i18n.is_korean()) or method


class ScenarioManager(QDialog):
    """Manage the project's scenarios (see the module docstring)."""

    def __init__(self, project: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Scenarios"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Scenarios of this project (the active one is in bold):")))
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _item: self.activate())
        row.addWidget(self.list, 1)
        col = QVBoxLayout()
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.clicked.connect(self.new_dialog)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(self.rename_dialog)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_dialog)
        self.activate_button = QPushButton(self.tr("Make active"))
        self.activate_button.clicked.connect(self.activate)
        for b in (self.new_button, self.duplicate_button, self.rename_button, self.delete_button,
                  self.activate_button):
            col.addWidget(b)
        col.addStretch(1)
        row.addLayout(col)
        lay.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: #b2182b; }")
        lay.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(560, 340)
        project.events.scenario_changed.connect(self.refresh)
        self.finished.connect(lambda _r: project.events.scenario_changed.disconnect(self.refresh))
        self.refresh()

    # ------------------------------------------------------------------ list
    def refresh(self, info: Any = None) -> None:
        current = self.selected() or self.project.active
        lang = "ko" if i18n.is_korean() else "en"
        self.list.clear()
        for name in self.project.scenario_names:
            sc = self.project.scenarios[name]
            text = fill(self.tr("%1 — %2, %3 criteria"),
                scenario_title(sc, lang), _method_name(sc.method), str(len(sc.criteria)))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(text)  # the whole line where the list is narrow, never the id ("industry-hub")
            if name == self.project.active:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if name == current:
                self.list.setCurrentItem(item)
        self.delete_button.setEnabled(self.list.count() > 1)

    def selected(self) -> str | None:
        item = self.list.currentItem() if hasattr(self, "list") else None
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(i)

    def _run(self, action: Any) -> bool:
        """Run a project edit; a refused edit (duplicate name ...) is shown, not raised."""
        try:
            action()
        except Exception as exc:  # ProjectError and friends: messages written for users
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        return True

    # --------------------------------------------------------------- actions
    def new_scenario(self, name: str, preset: str | None = None) -> bool:
        """Add a scenario from ``preset`` (or empty, with the active scenario's method) and make it active."""
        from smartzone.app.core.model.project import Scenario

        name = name.strip()
        if preset:
            ok = self._run(lambda: self.project.add_preset_scenario(preset, name=name or None))
        else:
            ok = self._run(lambda: self.project.add_scenario(Scenario(name=name, method=self.project.scenario.method)))
        if ok:
            self.select(self.project.active or "")
        return ok

    def duplicate(self) -> bool:
        name = self.selected()
        ok = name is not None and self._run(lambda: self.project.duplicate_scenario(name))
        if ok:
            self.select(self.project.active or "")
        return ok

    def rename(self, new: str) -> bool:
        old = self.selected()
        ok = old is not None and self._run(lambda: self.project.rename_scenario(old, new))
        if ok:
            self.select(new.strip())
        return ok

    def delete(self) -> bool:
        name = self.selected()
        if name is None or len(self.project.scenario_names) <= 1:
            self.message.setText(self.tr("A project keeps at least one scenario."))
            return False
        return self._run(lambda: self.project.remove_scenario(name))

    def activate(self) -> bool:
        name = self.selected()
        return name is not None and self._run(lambda: self.project.set_active(name))

    # --------------------------------------------------------------- dialogs
    def new_dialog(self) -> None:
        from smartzone.app.core.labels import _preset_names
        from smartzone.app.core.model.presets import available_presets

        presets = available_presets()
        lang_ko = i18n.is_korean()
        choices = [self.tr("Empty scenario")]
        for p in presets:
            names = _preset_names(p)
            choices.append(fill(self.tr("From preset: %1"),
                (names[0] if lang_ko else names[1]) if names else p))
        choice, ok = QInputDialog.getItem(self, self.tr("New scenario"), self.tr("Start from:"), choices, 0, False)
        if not ok:
            return
        preset = presets[choices.index(choice) - 1] if choices.index(choice) > 0 else None
        name, ok = QInputDialog.getText(self, self.tr("New scenario"), self.tr("Name:"),
                                        text=preset or self.tr("New scenario"))
        if ok:
            self.new_scenario(name, preset)

    def rename_dialog(self) -> None:
        old = self.selected()
        if old is None:
            return
        new, ok = QInputDialog.getText(self, self.tr("Rename scenario"), self.tr("New name:"), text=old)
        if ok:
            self.rename(new)

    def delete_dialog(self) -> None:
        name = self.selected()
        if name is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete scenario"),
                                      fill(self.tr("Delete the scenario “%1”? (Edit > Undo brings it back.)"),
                                          name))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete()
