"""PySide6 widgets: main window, map canvas and panels."""
