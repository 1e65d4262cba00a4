"""SmartZone desktop application (PySide6 UI, command line and the Qt-free project model)."""
