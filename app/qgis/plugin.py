"""The SmartZone QGIS plugin: registers the "SmartZone" Processing provider.

The plugin itself holds no scoring code: its algorithms call
:mod:`smartzone.scoring`, which must be installed in the Python that runs
QGIS (see ``docs/qgis-plugin.md``). When it is not, the plugin loads, says so
in the message bar and the log, and registers nothing.
"""
from __future__ import annotations

import logging
from typing import Any

from qgis.core import QgsApplication

from .tools import plugin_name, setup_logger, setup_translation, tr

__all__ = ["SmartZonePlugin"]


class SmartZonePlugin:
    """QGIS plugin object returned by :func:`classFactory`.

    Parameters
    ----------
    iface
        The ``QgisInterface`` (``None`` when run headless, e.g. ``qgis_process``).
    """

    def __init__(self, iface: Any = None) -> None:
        self.iface = iface
        self.provider: Any = None
        self.engine_message = ""
        self.logger: logging.Logger = setup_logger(plugin_name(), iface)
        self.translator: Any = None
        self._install_translator()

    def _install_translator(self) -> None:
        """Load ``resources/i18n/<locale>.qm`` for QGIS's locale (qgis-plugin-tools' ``setup_translation``)."""
        from qgis.PyQt.QtCore import QCoreApplication, QTranslator

        _locale, path = setup_translation()
        if path:
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    def initProcessing(self) -> bool:
        """Register the provider if the SmartZone engine is importable; returns whether it was."""
        from .bridge import engine_status

        ok, message = engine_status()
        self.engine_message = message
        if not ok:
            self.logger.error(message)
            if self.iface is not None:
                self.iface.messageBar().pushWarning("SmartZone", message)
            return False
        from .provider import SmartZoneProvider

        self.provider = SmartZoneProvider()
        added = QgsApplication.processingRegistry().addProvider(self.provider)
        self.logger.info(tr("SmartZone Processing provider registered ({0})", message))
        return bool(added)

    def initGui(self) -> None:
        """Called by QGIS when the plugin is enabled."""
        self.initProcessing()

    def unload(self) -> None:
        """Called by QGIS when the plugin is disabled or reloaded."""
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            from qgis.PyQt.QtCore import QCoreApplication

            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
