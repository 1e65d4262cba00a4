"""Fixtures shared by the app tests."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Recent projects and settings in a temp dir; English UI whatever the machine's locale."""
    monkeypatch.setenv("SMARTZONE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SMARTZONE_LANG", "en")


@pytest.fixture
def window(qtbot):
    """The main window on the national demo (시군구), data loaded."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow

    make_app()
    win = MainWindow(Project.demo(level="sigungu"))
    win.resize(1400, 900)
    win.show()
    assert win.wait_ready(120), win.open_error
    yield win
    # Closed here (not by qtbot) after marking clean: no modal "unsaved changes" prompt.
    win.project.mark_clean()
    win.close()
    win.deleteLater()
