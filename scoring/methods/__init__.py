"""Built-in scoring methods, registered through the ``smartzone.scorers`` entry-point group."""
