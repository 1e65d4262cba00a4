"""The "SmartZone" Processing provider."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .tools import resources_path

__all__ = ["PROVIDER_ID", "SmartZoneProvider", "plugin_icon"]

#: Provider id: algorithms are ``smartzone:score_preset`` and ``smartzone:score_custom``.
PROVIDER_ID = "smartzone"


def plugin_icon() -> QIcon:
    """The SmartZone icon (the plugin's copy, else the one installed with smartzone)."""
    path = Path(resources_path("icons", "icon.svg"))
    if not path.is_file():
        try:
            from smartzone.resources import RESOURCES_DIR

            path = RESOURCES_DIR / "icons" / "smartzone.svg"
        except ImportError:
            return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


class SmartZoneProvider(QgsProcessingProvider):
    """Processing provider holding the SmartZone scoring algorithms."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return "SmartZone"

    def longName(self) -> str:
        from .bridge import engine_status

        ok, status = engine_status()
        return f"SmartZone ({status})" if ok else "SmartZone"

    def icon(self) -> QIcon:
        return plugin_icon()

    def loadAlgorithms(self) -> None:
        from .algorithms import ScoreCustomAlgorithm, ScorePresetAlgorithm
        from .plan_algorithm import PlanAlgorithm

        for alg in (ScorePresetAlgorithm(), ScoreCustomAlgorithm(), PlanAlgorithm()):
            self.addAlgorithm(alg)

    def versionInfo(self) -> str:
        from .bridge import engine_status

        return engine_status()[1]
