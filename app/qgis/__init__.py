"""SmartZone for QGIS: score districts with the SmartZone engine from the Processing toolbox.

QGIS imports this package from its plugin folder (the ZIP built by
``build.py`` names it ``smartzone_qgis``); in a checkout it is
``smartzone.app.qgis``. Only :func:`classFactory` lives here so that
importing the package needs neither QGIS nor the engine.
"""
from __future__ import annotations

from typing import Any


def classFactory(iface: Any) -> Any:  # noqa: N802 - the name QGIS looks for
    """Create the plugin object (called by QGIS with its ``QgisInterface``)."""
    from .plugin import SmartZonePlugin

    return SmartZonePlugin(iface)
