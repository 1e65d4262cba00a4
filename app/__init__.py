"""SmartZone desktop application: the Qt-free core (``core/``, public ``api/``) and its shells:
the PySide6 GUI (``gui/``), the command line (``cli/``), the QGIS plugin (``qgis/``); ``main.py``
is the ``smartzone`` executable. See docs/architecture.md."""
