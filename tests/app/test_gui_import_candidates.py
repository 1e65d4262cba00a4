"""File > Import candidate map: a region's CP949 submission becomes the active scenario on the map."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

pytestmark = pytest.mark.gui


def _drain(ms: float = 200) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()


def test_import_candidate_map_scores_the_map(qtbot, tmp_path):
    import pyogrio

    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow
    from smartzone.resources import demo_data

    g = pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")[["code", "name", "geometry"]]
    g = g.rename(columns={"code": "SIG_CD", "name": "SIG_KOR_NM"})
    g["순위"] = range(1, len(g) + 1)  # the region ranks districts in file order
    path = tmp_path / "region.shp"
    pyogrio.write_dataframe(g, path, encoding="cp949")
    path.with_suffix(".cpg").unlink(missing_ok=True)

    make_app()
    win = MainWindow(Project.demo())
    win.show()
    assert win.wait_ready(120), win.open_error
    try:
        win.import_candidates(str(path))
        assert "region" in win.project.scenarios
        win.project.set_active("region")
        qtbot.waitUntil(lambda: win.session.result is not None
                        and win.session.result.recipe.get("method") == "external", timeout=20_000)
        _drain()
        result = win.session.result
        first, last = g["SIG_CD"].iloc[0], g["SIG_CD"].iloc[-1]
        assert int(result.rank[first]) == 1 and result.score[first] == pytest.approx(100.0)
        assert result.score[last] == pytest.approx(0.0)
        i = win.session.geometry.index[first]
        assert win.canvas.values[i] == pytest.approx(100.0)
        win.project.undo()  # the import is one undo step
        assert "region" not in win.project.scenarios
    finally:
        win.project.mark_clean()
        win.close()
        win.deleteLater()
