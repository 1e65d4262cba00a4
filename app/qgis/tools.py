"""The qgis-plugin-tools helpers the plugin uses, from wherever they are installed.

The plugin ZIP built by ``build.py`` carries its own copy of
``qgis_plugin_tools`` inside the plugin folder (its "submodule" layout, so a
user installs nothing for it); in a development checkout the pip-installed
``qgis_plugin_tools`` (1.1.x on Python 3.11) is used.
"""
from __future__ import annotations

try:  # vendored into the plugin ZIP by build.py
    from .qgis_plugin_tools.tools.algorithm_processing import BaseProcessingAlgorithm
    from .qgis_plugin_tools.tools.custom_logging import setup_logger
    from .qgis_plugin_tools.tools.i18n import setup_translation, tr
    from .qgis_plugin_tools.tools.resources import plugin_name, plugin_path, resources_path
except ImportError:  # development checkout: pip install "qgis-plugin-tools>=1.1,<2"
    from qgis_plugin_tools.tools.algorithm_processing import BaseProcessingAlgorithm
    from qgis_plugin_tools.tools.custom_logging import setup_logger
    from qgis_plugin_tools.tools.i18n import setup_translation, tr
    from qgis_plugin_tools.tools.resources import (
        plugin_name,
        plugin_path,
        resources_path,
    )

__all__ = [
    "BaseProcessingAlgorithm",
    "is_korean",
    "plugin_name",
    "plugin_path",
    "resources_path",
    "setup_logger",
    "setup_translation",
    "tr",
]


def is_korean() -> bool:
    """True when QGIS runs in Korean (``locale/userLocale`` starts with ``ko``)."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QLocale

    locale = QgsSettings().value("locale/userLocale", QLocale().name()) or ""
    return str(locale).lower().startswith("ko")
