"""Compare view on the demo: statistics, synchronised maps, swipe, rank-difference map, table."""
from __future__ import annotations

import re

import numpy as np
import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QMouseEvent, QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def scored():
    """industry-hub and shrinking-city scored at sigungu by the pipeline, and their comparison."""
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import score_project
    from smartzone.scoring.compare import compare_rankings

    project = Project.demo("sigungu")
    ra = score_project(project, "industry-hub")
    rb = score_project(project, "shrinking-city")
    return ra, rb, compare_rankings(ra, rb, top_k=10)


@pytest.fixture
def view(qtbot):
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.compare_view import CompareView

    v = CompareView(Project.demo("sigungu"), a="industry-hub", b="shrinking-city")
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.show()
    assert v.wait_ready(60), v.message.text()
    QApplication.processEvents()
    return v


def _label_number(text: str, name: str) -> float:
    m = re.search(name + r"\s*=\s*<b>(-?\d+\.\d+)</b>", text)
    assert m, text
    return float(m.group(1))


def _array(img: QImage) -> np.ndarray:
    img = img.convertToFormat(QImage.Format.Format_RGB32)
    h, w = img.height(), img.width()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes())
    return buf.reshape(h, img.bytesPerLine())[:, : w * 4].reshape(h, w, 4)[:, :, :3].copy()


def _drag(widget, start: QPoint, end: QPoint) -> None:
    """Press, move (with the button held) and release, as a user drag."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    mod = Qt.KeyboardModifier.NoModifier
    steps = [
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, (start + end) / 2, none, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ]
    for kind, pos, button, buttons in steps:
        p = QPointF(pos)
        QApplication.sendEvent(widget, QMouseEvent(kind, p, widget.mapToGlobal(p), button, buttons, mod))


def test_statistics_label_matches_scoring_compare(view, scored) -> None:
    _ra, _rb, cmp = scored
    # the demo's two presets disagree strongly at 시군구 level
    assert cmp.spearman == pytest.approx(-0.859, abs=0.005)  # presets on the 2025 population
    assert cmp.kendall == pytest.approx(-0.667, abs=0.005)
    assert cmp.overlap == 0
    text = view.stats_label.text()
    assert _label_number(text, "Spearman ρ") == pytest.approx(cmp.spearman, abs=6e-4)
    assert _label_number(text, "Kendall τ") == pytest.approx(cmp.kendall, abs=6e-4)
    assert re.search(r"<b>0</b> / 10", text), text
    assert "Jaccard <b>0.00</b>" in text
    assert view.comparison.n_common == 250
    assert "서울특별시 강남구" in text  # Korean names of the top-10-of-A-only districts


def test_pan_and_zoom_are_synchronised(view) -> None:
    a, b = view.canvas_a, view.canvas_b
    assert a.view_state() == pytest.approx(b.view_state())  # same centre and scale
    assert a.world_rect().center() == b.world_rect().center()
    before = a.world_rect()
    _drag(a, QPoint(200, 300), QPoint(320, 380))
    after_a, after_b = a.world_rect(), b.world_rect()
    assert after_a != before  # the drag panned A
    assert after_b.center().x() == pytest.approx(after_a.center().x())
    assert after_b.center().y() == pytest.approx(after_a.center().y())
    assert after_b.width() == pytest.approx(after_a.width(), rel=0.02)
    # zoom B with the wheel: A follows (same centre and scale)
    pos = QPointF(150, 200)
    wheel = QWheelEvent(pos, b.mapToGlobal(pos), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(b, wheel)
    assert b.world_rect().width() < after_b.width() * 0.8
    assert a.view_state() == pytest.approx(b.view_state())
    # the swipe and rank-change maps follow too
    assert view.swipe_canvas.view_state() == pytest.approx(b.view_state())
    assert view.diff_canvas.view_state() == pytest.approx(b.view_state())


def test_swipe_shows_a_left_and_b_right(view) -> None:
    view.set_mode("swipe")
    QApplication.processEvents()
    sw = view.swipe_canvas
    assert sw.isVisible()
    sw.set_split(0.5)
    both = _array(sw.render_image())
    sw.set_split(1.0)
    only_a = _array(sw.render_image())
    sw.set_split(0.0)
    only_b = _array(sw.render_image())
    sw.set_split(0.5)
    h, w, _ = both.shape
    rows = slice(70, h - 160)  # below the captions, above legend and scale bar
    left, right = slice(0, w // 2 - 20), slice(w // 2 + 20, w - 220)

    def differ(x: np.ndarray, y: np.ndarray) -> float:
        return float(np.any(x != y, axis=2).mean())

    # the two halves show different scenarios ...
    assert differ(both[rows, left], only_b[rows, left]) > 0.03
    assert differ(both[rows, right], only_a[rows, right]) > 0.03
    # ... A on the left, B on the right
    assert differ(both[rows, left], only_a[rows, left]) < 0.002
    assert differ(both[rows, right], only_b[rows, right]) < 0.002


def test_swipe_divider_can_be_dragged(view) -> None:
    view.set_mode("swipe")
    QApplication.processEvents()
    sw = view.swipe_canvas
    sw.set_split(0.5)
    state = sw.view_state()
    x = sw.divider_x()
    _drag(sw, QPoint(x, 300), QPoint(x + sw.width() // 4, 300))
    assert sw.split == pytest.approx(0.75, abs=0.02)
    assert sw.view_state() == pytest.approx(state)  # moving the divider does not pan


def test_rank_difference_map_is_rank_b_minus_rank_a(view, scored) -> None:
    from smartzone.app.gui.widgets.compare_view import diverging_classification

    ra, rb, _cmp = scored
    codes = view.geometry_.codes
    expected = (rb.rank.reindex(codes).astype("float64") - ra.rank.reindex(codes).astype("float64")).to_numpy()
    np.testing.assert_array_equal(view.diff_values, expected)
    np.testing.assert_array_equal(view.diff_canvas.values, expected)
    cls = view.diff_canvas.classification
    assert cls.cmap == "PuOr" and cls.k == 7
    # centred at 0: zero is the neutral middle class, signs on either side
    demo = diverging_classification(np.array([-120.0, -3.0, 0.0, 3.0, 120.0]))
    colors = demo.value_colors()
    assert colors[2] == "#f7f7f7"
    assert demo.classes[0] < demo.classes[1] < demo.classes[2] < demo.classes[3] < demo.classes[4]
    assert colors[0] != colors[4]


def test_top_k_differences_are_outlined_and_flagged(view, scored) -> None:
    _ra, _rb, cmp = scored
    geom = view.geometry_
    assert [geom.codes[i] for i in view.canvas_a.only_a] == cmp.only_in_a
    assert [geom.codes[i] for i in view.diff_canvas.only_b] == cmp.only_in_b
    flags = {r[0]: r[5] for r in view.model.rows}
    assert sorted(c for c, f in flags.items() if f == "a") == sorted(cmp.only_in_a)
    assert sorted(c for c, f in flags.items() if f == "b") == sorted(cmp.only_in_b)
    assert len(view.model.rows) == 250


def test_table_is_sortable_with_korean_names(view, scored) -> None:
    _ra, _rb, cmp = scored
    model = view.model
    names = [r[1] for r in model.rows]
    assert "서울특별시 종로구" in names
    view.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    changes = [r[4] for r in model.rows]
    assert changes == sorted(changes, reverse=True)
    top = model.rows[0]
    assert top[4] == top[3] - top[2] == -float(cmp.rank_change.min())
    assert model.data(model.index(0, 4)).startswith("+")
    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert model.rows[0][2] == 1


def test_top_k_change_recomputes(view) -> None:
    from smartzone.scoring.compare import compare_rankings

    view.set_top_k(60)
    cmp = view.comparison
    assert cmp.top_k == 60
    assert cmp.overlap == compare_rankings(view.result_a, view.result_b, top_k=60).overlap
    assert "Top-60" in view.stats_label.text() or "상위 60" in view.stats_label.text()


def test_swap_and_project_scenarios_follow(view) -> None:
    view.swap()
    assert view.wait_ready(60)
    assert view.scenario_names() == ("shrinking-city", "industry-hub")
    assert view.comparison.labels == ("shrinking-city", "industry-hub")
    project = view.project
    project.duplicate_scenario("industry-hub", "copy", activate=False)
    QApplication.processEvents()
    assert view.combo_a.findData("copy") >= 0
    view.set_scenarios("industry-hub", "copy")
    assert view.wait_ready(60)
    assert view.comparison.spearman == pytest.approx(1.0)
    assert view.comparison.overlap == 10


def test_compare_with_an_imported_candidate_map(view, tmp_path) -> None:
    """A region's submission (CP949 shapefile, 순위) compared with a preset in the view."""
    import pyogrio

    from smartzone.app.core.candidate_import import import_candidate_map
    from smartzone.resources import demo_data

    g = pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")[["code", "name", "geometry"]]
    ranks = view.result_a.rank.reindex(g["code"].astype(str))  # the submission = industry-hub's order
    g["순위"] = ranks.astype("int64").to_numpy()
    path = tmp_path / "submission.shp"
    pyogrio.write_dataframe(g, path, encoding="cp949")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    sc = import_candidate_map(view.project, path, name="제출안")
    QApplication.processEvents()
    assert view.combo_b.findData("제출안") >= 0
    view.set_scenarios("industry-hub", sc.name)
    assert view.wait_ready(60), view.message.text()
    assert view.comparison.spearman == pytest.approx(1.0)
    assert view.comparison.overlap == 10
    assert np.nanmax(np.abs(view.diff_values)) == 0


def test_selection_is_linked_between_maps_and_table(view) -> None:
    view.canvas_b.set_selection(["11230"], emit=True)  # 서울특별시 강남구, as a click would
    rows = view.table.selectionModel().selectedRows()
    assert [view.model.rows[i.row()][0] for i in rows] == ["11230"]
    assert view.canvas_a.selected_codes() == ["11230"] == view.swipe_canvas.selected_codes()
    view.table.selectRow(view.model.row_of("38400"))
    assert view.diff_canvas.selected_codes() == ["38400"]


def test_deleted_view_lets_go_of_the_project(qtbot) -> None:
    """A view deleted without closing (e.g. its dock removed) must not receive project events."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from smartzone.app.core.model.events import Event
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.compare_view import CompareView

    project = Project.demo("sigungu")
    v = CompareView(project, a="industry-hub", b="shrinking-city")
    assert v.wait_ready(60)
    assert any(getattr(cb, "__self__", None) is v for cb in project.events.scenario_changed.callbacks)
    v.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not any(getattr(cb, "__self__", None) is v for cb in project.events.scenario_changed.callbacks)
    old, Event.raise_errors = Event.raise_errors, True
    try:
        project.duplicate_scenario("industry-hub", "after delete")  # no error from the deleted view
    finally:
        Event.raise_errors = old


def test_captions_stay_clear_of_the_north_arrow_and_scenarios_are_named_once(view) -> None:
    """In a narrow view "B: Smart-solution rollout at shrinking cities" ran under the north arrow;
    the English combos showed each preset as "English name · 한국어 이름"."""
    from smartzone.app.gui.widgets.compare_view import NORTH_ARROW_ROOM

    view.resize(900, 700)
    QApplication.processEvents()
    for canvas in (view.canvas_a, view.canvas_b, view.swipe_canvas):
        canvas.resize(420, 500)
        canvas.grab()
        assert canvas.caption_rects, canvas
        for rect in canvas.caption_rects:
            assert rect.left() >= 0 and rect.right() <= canvas.width() + 0.5
        # the right-most caption ends before the north arrow's room
        assert max(r.right() for r in canvas.caption_rects) <= canvas.width() - NORTH_ARROW_ROOM + 0.5
    texts = [view.combo_a.itemText(i) for i in range(view.combo_a.count())]
    assert texts == ["Smart-city special zone (industry hub)", "Smart-solution rollout at shrinking cities"], texts
