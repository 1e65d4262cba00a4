"""The Qt-free core of the app: services the GUI, the CLI and the QGIS plugin share.

Nothing here imports Qt (enforced by the import-linter contracts in pyproject.toml).
The public face of the core is :mod:`smartzone.api`.
"""
