"""Analysis ▸ Grid suitability and Settings ▸ Dask scheduler of the main window.

Grid suitability: the user picks a grid recipe (TOML/JSON, :mod:`smartzone.app.core.grid`)
and where to write the GeoTIFF; the work runs on a pool thread (windows here, or
on the Dask scheduler of the setting), its progress and cancel in the status
bar; the finished Cloud Optimized GeoTIFF is added to the project as a raster
layer, which Analysis ▸ Zonal statistics can then summarise per district.

Dask scheduler: an address (``tcp://host:8786``) kept in ``dask.json`` of the
configuration folder (:func:`smartzone.app.core.model.recent.config_dir`); empty = this
machine. The app's zonal statistics then run as Dask tasks, progress and
cancel fed from the futures (:func:`smartzone.app.core.scale.app_zonal_runner`).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from smartzone.app.drawing.i18n import fill

SETTINGS_FILE = "dask.json"


def _settings_path() -> Path:
    from smartzone.app.core.model.recent import config_dir

    return config_dir() / SETTINGS_FILE


def load_scheduler_setting() -> str | None:
    """Apply the saved scheduler address (at start-up); returns it."""
    from smartzone.app.core.scale import set_default_scheduler

    try:
        value = json.loads(_settings_path().read_text(encoding="utf-8")).get("scheduler")
    except (OSError, ValueError, AttributeError):
        value = None  # no setting yet (or an unreadable file): compute on this machine
    address = str(value or "").strip() or None
    set_default_scheduler(address)
    return address


def ask_scheduler(parent: QWidget, address: str | None = None) -> str | None:
    """Ask for the scheduler address (``address`` given: set it without asking, for tests)."""
    from smartzone.app.core.scale import default_scheduler, set_default_scheduler

    if address is None:
        text, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("GridActions", "Dask scheduler"),
            QCoreApplication.translate("GridActions", "Run zonal statistics and grid suitability on this Dask scheduler (e.g. tcp://10.0.0.5:8786; "
               "only a trusted machine). Leave empty to compute on this computer."),
            QLineEdit.EchoMode.Normal, default_scheduler() or "")
        if not ok:
            return default_scheduler()
        address = text
    address = address.strip()
    if address and not re.match(r"^(tcp|tls)://[^\s/:]+:\d+$", address):
        raise ValueError(QCoreApplication.translate("GridActions", "Write the scheduler address as tcp://HOST:PORT or tls://HOST:PORT."))
    path = _settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"scheduler": address}) + "\n", encoding="utf-8")
    set_default_scheduler(address or None)
    return address or None


def _grid_job(recipe_path: str, out: str, feedback: Any = None) -> Path:
    """Pool-thread job: the grid on the default scheduler (or here), returns the GeoTIFF's path."""
    from smartzone.app.core.grid import GridRecipe, run_grid
    from smartzone.app.core.scale import DaskGrid, Where, dask_client, default_scheduler

    recipe = GridRecipe.load(recipe_path)
    address = default_scheduler()
    where = Where("scheduler", address) if address else Where("in-process")
    with dask_client(where) as client:
        executor = None if client is None else DaskGrid(client, f"Dask {address}")
        return run_grid(recipe, out, executor=executor, feedback=feedback).path


def start_grid(window: Any, recipe: str | None = None, out: str | None = None) -> Any:
    """Ask for a recipe and an output, run the grid, add the GeoTIFF as a raster layer; returns the worker."""
    from smartzone.app.gui.workers import run_in_thread

    if recipe is None:
        recipe, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("GridActions", "Grid recipe"), "",
                                                QCoreApplication.translate("GridActions", "Grid recipes (*.toml *.json)"))
        if not recipe:
            return None
    if out is None:
        out, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("GridActions", "Write suitability GeoTIFF"),
                                             str(Path(recipe).with_suffix(".tif")), QCoreApplication.translate("GridActions", "GeoTIFF (*.tif)"))
        if not out:
            return None

    def done(path: Path) -> None:
        window._hide_progress()
        window.cancel_button.clicked.disconnect(worker.cancel)
        add_raster_layer(window.project, path)
        window.statusBar().showMessage(fill(QCoreApplication.translate("GridActions", "Grid suitability written to %1"),
            str(path)), 6000)

    def failed(message: str, detail: str) -> None:
        window._hide_progress()
        window.cancel_button.clicked.disconnect(worker.cancel)
        window.message_bar.show_message("error", message)

    def canceled() -> None:
        window._hide_progress()
        window.cancel_button.clicked.disconnect(worker.cancel)
        window.statusBar().showMessage(QCoreApplication.translate("GridActions", "Grid suitability cancelled; nothing was written."), 4000)

    window._loading(QCoreApplication.translate("GridActions", "Grid suitability…"))
    worker = run_in_thread(_grid_job, str(recipe), str(out), on_done=done, on_error=failed,
                           on_canceled=canceled, on_progress=lambda p: window.progress.setValue(int(p)))
    window.cancel_button.clicked.connect(worker.cancel)
    return worker


def add_raster_layer(project: Any, path: str | Path) -> str:
    """Add ``path`` to ``project`` as a raster layer (undoable); returns the layer id."""
    from smartzone.app.core.model.project import LayerRef

    p = Path(path)
    taken = {lyr.id for lyr in project.layers}
    base = re.sub(r"\W+", "_", p.stem).strip("_").lower() or "grid"
    lid, n = base, 2
    while lid in taken:
        lid, n = f"{base}_{n}", n + 1
    project.add_layer(LayerRef(id=lid, kind="raster", path=p.resolve(), name=p.name, opacity=0.8))
    return lid
