"""Undo stack: generic behaviour and the project's undoable edits."""
from __future__ import annotations

import pytest

from smartzone.app.core.model.events import Event
from smartzone.app.core.model.project import Project, Scenario
from smartzone.app.core.model.undo import Command, FunctionCommand, UndoStack
from smartzone.scoring.model import Criterion


@pytest.fixture(autouse=True)
def _strict_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Event, "raise_errors", True)


class SetValue(Command):
    """Sets box["v"]; merges consecutive sets with the same key."""

    def __init__(self, box: dict, new: int, key: str | None = "k") -> None:
        self.box, self.old, self.new, self.merge_key = box, box["v"], new, key
        self.text = f"Set to {new}"

    def redo(self) -> None:
        self.box["v"] = self.new

    def undo(self) -> None:
        self.box["v"] = self.old

    def merge_with(self, other: Command) -> bool:
        assert isinstance(other, SetValue)
        self.new = other.new
        self.text = other.text
        return True

    def is_obsolete(self) -> bool:
        return self.old == self.new


def test_push_undo_redo_and_texts() -> None:
    box = {"v": 0}
    stack = UndoStack()
    stack.push(SetValue(box, 1, key=None))
    stack.push(SetValue(box, 2, key=None))
    assert box["v"] == 2 and len(stack) == 2
    assert stack.undo_text == "Set to 2"
    assert stack.undo() == "Set to 2" and box["v"] == 1
    assert stack.can_redo and stack.redo_text == "Set to 2"
    assert stack.redo() == "Set to 2" and box["v"] == 2
    assert stack.redo() == ""  # nothing left
    stack.undo()
    stack.undo()
    assert box["v"] == 0 and not stack.can_undo and stack.undo() == ""


def test_new_push_discards_redo_branch() -> None:
    box = {"v": 0}
    stack = UndoStack()
    stack.push(SetValue(box, 1, key=None))
    stack.push(SetValue(box, 2, key=None))
    stack.undo()
    stack.push(SetValue(box, 5, key=None))
    assert not stack.can_redo and stack.texts == ["Set to 1", "Set to 5"]


def test_merge_consecutive_and_break_merge() -> None:
    box = {"v": 0}
    stack = UndoStack()
    for v in (1, 2, 3):
        stack.push(SetValue(box, v))
    assert len(stack) == 1 and box["v"] == 3
    stack.break_merge()  # slider released
    stack.push(SetValue(box, 4))
    assert len(stack) == 2
    stack.undo()
    assert box["v"] == 3
    stack.undo()
    assert box["v"] == 0


def test_merge_back_to_start_drops_command() -> None:
    box = {"v": 0}
    stack = UndoStack()
    stack.push(SetValue(box, 5))
    stack.push(SetValue(box, 0))
    assert len(stack) == 0 and not stack.can_undo


def test_no_merge_into_clean_state() -> None:
    box = {"v": 0}
    stack = UndoStack()
    stack.push(SetValue(box, 1))
    stack.set_clean()
    stack.push(SetValue(box, 2))
    assert len(stack) == 2
    stack.undo()
    assert stack.is_clean and box["v"] == 1


def test_clean_state_unreachable_after_branch() -> None:
    box = {"v": 0}
    stack = UndoStack()
    stack.push(SetValue(box, 1, key=None))
    stack.set_clean()
    stack.undo()
    stack.push(SetValue(box, 7, key=None))
    assert not stack.is_clean
    stack.undo()
    assert not stack.is_clean  # v == 0, saved state had v == 1


def test_limit_drops_oldest() -> None:
    box = {"v": 0}
    stack = UndoStack(limit=3)
    for v in range(1, 6):
        stack.push(SetValue(box, v, key=None))
    assert len(stack) == 3
    while stack.can_undo:
        stack.undo()
    assert box["v"] == 2


def test_function_command_and_changed_event() -> None:
    log: list[str] = []
    seen = []
    stack = UndoStack()
    stack.changed.connect(lambda info: seen.append(info.type))
    stack.push(FunctionCommand("Do it", lambda: log.append("do"), lambda: log.append("undo")))
    stack.undo()
    stack.redo()
    assert log == ["do", "undo", "do"] and len(seen) == 3


# --- project edits -------------------------------------------------------


def _project() -> Project:
    crits = (
        Criterion("ict_share", weight=0.5),
        Criterion("density", weight=0.3),
        Criterion("death_rate", direction="cost", weight=0.2),
    )
    return Project(scenarios=[Scenario("a", "wlc", {}, crits), Scenario("b", "topsis", {}, crits[:2])])


def test_weight_change_undo_redo_text() -> None:
    p = _project()
    p.set_weight("ict_share", 0.9)
    assert p.scenario.criterion("ict_share").weight == 0.9
    assert p.undo_stack.undo_text == "Change weight of ict_share"
    assert p.undo() == "Change weight of ict_share"
    assert p.scenario.criterion("ict_share").weight == 0.5
    p.redo()
    assert p.scenario.criterion("ict_share").weight == 0.9


def test_slider_moves_merge_into_one_step() -> None:
    p = _project()
    for w in (0.55, 0.6, 0.7, 0.8):
        p.set_weight("ict_share", w)
    assert len(p.undo_stack) == 1
    p.set_weight("density", 0.1)  # another criterion: new step
    assert len(p.undo_stack) == 2
    p.undo()
    p.undo()
    assert p.scenario.weights == {"ict_share": 0.5, "density": 0.3, "death_rate": 0.2}


def test_slider_release_ends_merge() -> None:
    p = _project()
    p.set_weight("ict_share", 0.6)
    p.end_merge()
    p.set_weight("ict_share", 0.7)
    assert len(p.undo_stack) == 2
    p.undo()
    assert p.scenario.criterion("ict_share").weight == 0.6


def test_add_remove_move_criterion_undo() -> None:
    p = _project()
    p.add_criterion(Criterion("forest_frac", direction="cost", weight=0.1))
    assert p.scenario.indicators[-1] == "forest_frac"
    assert p.undo_stack.undo_text == "Add criterion forest_frac"
    p.remove_criterion("density")
    assert "density" not in p.scenario.indicators
    p.move_criterion("forest_frac", 0)
    assert p.scenario.indicators == ("forest_frac", "ict_share", "death_rate")
    p.undo()
    p.undo()
    assert p.scenario.indicators == ("ict_share", "density", "death_rate", "forest_frac")
    p.undo()
    assert p.scenario.indicators == ("ict_share", "density", "death_rate")


def test_method_change_undo() -> None:
    p = _project()
    p.set_method("topsis", {"distance": "euclidean"})
    assert p.scenario.method == "topsis" and dict(p.scenario.params) == {"distance": "euclidean"}
    assert p.undo_stack.undo_text == "Change method to topsis"
    p.undo()
    assert p.scenario.method == "wlc" and dict(p.scenario.params) == {}


def test_undo_keeps_user_selected_active_scenario() -> None:
    p = _project()
    p.set_weight("density", 0.9, scenario="b")
    p.set_active("a")
    p.undo()
    assert p.active == "a"
    assert p.get_scenario("b").criterion("density").weight == 0.3


def test_scenario_add_rename_remove_duplicate_undo() -> None:
    p = _project()
    p.add_scenario(Scenario("c", "wlc", {}, (Criterion("density"),)))
    assert p.active == "c" and p.scenario_names == ["a", "b", "c"]
    p.rename_scenario("c", "세 번째")
    assert p.active == "세 번째" and p.undo_stack.undo_text == "Rename scenario c to 세 번째"
    new = p.duplicate_scenario("a")
    assert new == "a (2)" and p.scenario_names == ["a", "a (2)", "b", "세 번째"]
    p.remove_scenario("a (2)")
    assert p.scenario_names == ["a", "b", "세 번째"]
    for _ in range(4):
        p.undo()
    assert p.scenario_names == ["a", "b"] and p.active == "a"
    for _ in range(4):
        p.redo()
    assert p.scenario_names == ["a", "b", "세 번째"]


def test_layer_add_remove_undo_keeps_visibility_edits(tmp_path) -> None:
    from smartzone.app.core.model.project import LayerRef

    p = _project()
    p.add_layer(LayerRef("x", "vector", tmp_path / "x.gpkg"))
    p.add_layer(LayerRef("y", "raster", tmp_path / "y.tif"))
    p.set_layer_visible("x", False)  # not undoable
    p.undo()  # removes y
    assert [lyr.id for lyr in p.layers] == ["x"] and p.layer("x").visible is False
    p.undo()
    assert p.layers == ()
