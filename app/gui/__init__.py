"""The PySide6 desktop app: panels and dialogs (``widgets/``), the Qt workers, translation,
excepthooks and the launcher. It observes the core's project model and never imports the CLI."""
