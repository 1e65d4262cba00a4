"""Qt-free project model (layers, criteria, scenarios, view) that the widgets observe."""
