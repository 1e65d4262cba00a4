"""Project model: events, dirty flag, edits, presets, recent list, console helpers."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from smartzone.app.core.model.events import Event
from smartzone.app.core.model.presets import PresetError, available_presets, load_preset
from smartzone.app.core.model.project import LayerRef, Project, ProjectError, Scenario
from smartzone.scoring.errors import CriteriaError
from smartzone.scoring.model import Constraint, Criterion

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _strict_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Event, "raise_errors", True)


def _project() -> Project:
    crits = (Criterion("ict_share", weight=0.5), Criterion("density", weight=0.5))
    return Project(scenarios=[Scenario("a", "wlc", {}, crits), Scenario("b", "wlc", {}, crits)])


class Recorder:
    def __init__(self, project: Project) -> None:
        self.calls: list[tuple[str, dict]] = []
        for event in project.events:
            event.connect(self)

    def __call__(self, info) -> None:
        self.calls.append((info.type, dict(info.payload)))

    def types(self) -> list[str]:
        return [t for t, _ in self.calls]


# --- events ------------------------------------------------------------------


def test_event_connect_emit_disconnect_block() -> None:
    ev = Event("x")
    got = []
    cb = ev.connect(lambda info: got.append((info.type, info.value)))
    ev.connect(cb)  # no duplicate
    ev.emit(value=1)
    with ev.blocked():
        ev.emit(value=2)
    ev.disconnect(cb)
    ev.emit(value=3)
    assert got == [("x", 1)]
    with pytest.raises(TypeError):
        ev.connect(42)  # type: ignore[arg-type]


def test_broken_callback_is_logged_not_raised(monkeypatch, caplog) -> None:
    monkeypatch.setattr(Event, "raise_errors", False)
    ev = Event("x")
    got = []

    def bad(info):
        raise RuntimeError("boom")

    ev.connect(bad)
    ev.connect(lambda info: got.append(1))
    ev.emit()
    assert got == [1] and "boom" in caplog.text


def test_weight_edit_fires_criteria_changed_dirty_and_undo_events() -> None:
    p = _project()
    rec = Recorder(p)
    p.set_weight("ict_share", 0.7)
    types = rec.types()
    assert "criteria_changed" in types and "dirty_changed" in types and "undo_changed" in types
    crit = next(payload for t, payload in rec.calls if t == "criteria_changed")
    assert crit == {"scenario": "a", "indicator": "ict_share", "what": ("weights",)}
    assert types[-1] == "undo_changed"
    undo_info = [payload for t, payload in rec.calls if t == "undo_changed"][-1]
    assert undo_info["can_undo"] and undo_info["undo_text"] == "Change weight of ict_share"


def test_scenario_events() -> None:
    p = _project()
    rec = Recorder(p)
    p.set_active("b")
    assert ("scenario_changed", {"active": "b"}) in rec.calls
    assert not p.dirty  # switching scenario is not an unsaved change
    rec.calls.clear()
    p.duplicate_scenario("a", "c")
    assert ("scenario_changed", {"active": "c"}) in rec.calls
    assert "criteria_changed" not in rec.types()


def test_layer_events_and_dirty_for_non_undoable_edits(tmp_path) -> None:
    p = Project(layers=[LayerRef("d", "vector", tmp_path / "d.gpkg")])
    rec = Recorder(p)
    p.set_layer_opacity("d", 0.5)
    assert ("layers_changed", {"layer_id": "d"}) in rec.calls
    assert p.dirty and ("dirty_changed", {"dirty": True}) in rec.calls
    with pytest.raises(ProjectError):
        p.set_layer_opacity("d", 1.5)
    p.set_layer_options("d", encoding="cp949")
    assert p.layer("d").options == {"encoding": "cp949"}
    p.set_layer_options("d", encoding=None)
    assert p.layer("d").options == {}


def test_view_extent_and_level_events() -> None:
    p = _project()
    rec = Recorder(p)
    p.set_view_extent((0, 0, 10, 20))
    assert ("view_changed", {"extent": (0.0, 0.0, 10.0, 20.0)}) in rec.calls and not p.dirty
    with pytest.raises(ProjectError):
        p.set_view_extent((10, 0, 0, 1))
    p.set_level("emd")
    assert ("level_changed", {"level": "emd"}) in rec.calls and p.level == "emd"
    assert p.undo_stack.undo_text == "Change level to emd"
    p.undo()
    assert p.level == "sigungu"
    with pytest.raises(ProjectError, match="sigungu, emd"):
        p.set_level("sido")


# --- dirty flag ----------------------------------------------------------------


def test_dirty_flag_follows_undo_to_saved_state(tmp_path) -> None:
    p = _project()
    changes = []
    p.events.dirty_changed.connect(lambda info: changes.append(info.dirty))
    assert not p.dirty
    p.set_weight("density", 0.2)
    assert p.dirty
    p.undo()
    assert not p.dirty
    p.redo()
    p.save(tmp_path / "p.smartzone.json")
    assert not p.dirty and p.path == (tmp_path / "p.smartzone.json").resolve()
    p.set_weight("density", 0.3)  # does not merge into the saved step
    assert p.dirty
    p.undo()
    assert not p.dirty
    assert changes == [True, False, True, False, True, False]


def test_no_op_edit_is_not_recorded() -> None:
    p = _project()
    p.set_weight("density", 0.5)
    assert not p.can_undo and not p.dirty


# --- validation ------------------------------------------------------------------


def test_invalid_edits_raise_specific_errors() -> None:
    p = _project()
    with pytest.raises(CriteriaError, match="must be a finite number >= 0"):
        p.set_weight("density", -1)
    with pytest.raises(CriteriaError, match="has no criterion 'nope'; its criteria are: ict_share, density"):
        p.set_weight("nope", 1)
    with pytest.raises(CriteriaError, match="already has"):
        p.add_criterion(Criterion("density"))
    with pytest.raises(ProjectError, match="No scenario 'z'; scenarios: a, b"):
        p.set_weight("density", 1, scenario="z")
    with pytest.raises(ProjectError, match="already exists"):
        p.rename_scenario("a", "b")
    with pytest.raises(CriteriaError):
        Scenario("x", criteria=(Criterion("a"), Criterion("a")))
    assert not p.can_undo


def test_set_criterion_replaces_and_undoes() -> None:
    p = _project()
    new = Criterion("density", direction="cost", weight=0.4, constraints=(Constraint(">", 5000.0, "too dense"),))
    p.set_criterion("density", new)
    assert p.scenario.criterion("density") == new
    p.set_criterion("density", Criterion("forest_frac"))
    assert p.scenario.indicators == ("ict_share", "forest_frac")
    p.undo()
    p.undo()
    assert p.scenario.criterion("density").direction == "benefit"


def test_set_weights_is_one_step() -> None:
    p = _project()
    p.set_weights({"ict_share": 0.1, "density": 0.9})
    assert p.scenario.weights == {"ict_share": 0.1, "density": 0.9}
    assert p.undo_stack.undo_text == "Change weights"
    p.undo()
    assert p.scenario.weights == {"ict_share": 0.5, "density": 0.5}


# --- presets -----------------------------------------------------------------------

PRESET_TOML = """
id = "test-preset"
name_ko = "시험"
name_en = "Test"
method = "wlc"
[params]

[[criteria]]
indicator = "ict_share"
direction = "benefit"
weight = 0.6
levels = ["sigungu"]
standardization = { method = "minmax", params = {} }
note = "sigungu only"

[[criteria]]
indicator = "pop_2020"
direction = "benefit"
weight = 0.4
missing = "exclude"
constraints = [ { op = "<", value = 5000, reason = "population under 5,000" } ]
"""


def test_load_preset_from_path_filters_levels(tmp_path) -> None:
    path = tmp_path / "t.toml"
    path.write_text(PRESET_TOML, encoding="utf-8")
    preset = load_preset(path)
    assert preset.id == "test-preset" and preset.method == "wlc"
    assert [c.indicator for c in preset.criteria_for("sigungu")] == ["ict_share", "pop_2020"]
    emd = preset.criteria_for("emd")
    assert [c.indicator for c in emd] == ["pop_2020"]
    assert emd[0].constraints == (Constraint("<", 5000.0, "population under 5,000"),)
    assert emd[0].missing == "exclude"
    with pytest.raises(PresetError, match="Unknown level"):
        preset.criteria_for("sido")


def test_preset_errors_name_file_and_problem(tmp_path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = 'x'\nmethod = \n", encoding="utf-8")
    with pytest.raises(PresetError, match="bad.toml is not valid TOML"):
        load_preset(bad)
    bad.write_text(PRESET_TOML.replace('direction = "benefit"\nweight = 0.6', 'direction = "up"\nweight = 0.6'),
                   encoding="utf-8")
    with pytest.raises(PresetError, match=r"bad.toml \(ict_share\): direction must be"):
        load_preset(bad)
    with pytest.raises(PresetError, match="Unknown preset 'no-such-preset'; available presets: "):
        load_preset("no-such-preset")


def test_bundled_presets_load_at_both_levels() -> None:
    names = available_presets()
    if not names:
        pytest.skip("resources/presets not built yet")
    assert {"industry-hub", "shrinking-city"} <= set(names)
    for name in names:
        preset = load_preset(name)
        assert preset.criteria_for("sigungu") and preset.criteria_for("emd")


def test_demo_project_scenarios_and_layers() -> None:
    pytest.importorskip("smartzone.resources.demo_data")
    if not {"industry-hub", "shrinking-city"} <= set(available_presets()):
        pytest.skip("presets not there yet")
    p = Project.demo("emd", preset="shrinking-city")
    assert p.level == "emd" and p.active == "shrinking-city"
    assert {"industry-hub", "shrinking-city"} <= set(p.scenario_names)
    assert {lyr.kind for lyr in p.layers} == {"vector", "raster", "table"}
    assert p.layer_by_role("districts").options["layer"] == "emd"
    assert p.scenario.criteria == load_preset("shrinking-city").criteria_for("emd")
    assert not p.dirty and not p.can_undo
    # switching level re-derives preset criteria and swaps the demo table
    p.set_level("sigungu")
    assert p.scenario.criteria == load_preset("shrinking-city").criteria_for("sigungu")
    assert p.layer_by_role("indicators").path.name == "indicators_sigungu.csv"
    p.undo()
    assert p.layer_by_role("indicators").path.name == "indicators_emd.csv"


# --- recent projects ------------------------------------------------------------------


def test_recent_projects_list(tmp_path, monkeypatch) -> None:
    from smartzone.app.core.model.recent import RecentProjects, config_dir

    monkeypatch.setenv("SMARTZONE_CONFIG_DIR", str(tmp_path / "cfg"))
    assert config_dir() == tmp_path / "cfg"
    recent = RecentProjects(limit=3)
    files = []
    for i in range(4):
        f = tmp_path / f"p{i}.smartzone.json"
        f.write_text("{}", encoding="utf-8")
        files.append(f)
        recent.add(f)
    recent.add(files[1])
    assert recent.items() == [files[1].resolve(), files[3].resolve(), files[2].resolve()]
    files[3].unlink()
    assert recent.items(existing_only=True) == [files[1].resolve(), files[2].resolve()]
    recent.remove(files[1])
    assert files[1].resolve() not in recent.items()
    recent.path.write_text("{not json", encoding="utf-8")
    assert recent.items() == []  # damaged list is ignored
    recent.add(files[0])
    assert json.loads(recent.path.read_text(encoding="utf-8"))["recent"] == [str(files[0].resolve())]


def test_config_dir_xdg(monkeypatch, tmp_path) -> None:
    from smartzone.app.core.model.recent import config_dir

    monkeypatch.delenv("SMARTZONE_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    if sys.platform.startswith("linux"):
        assert config_dir() == tmp_path / "smartzone"


# --- console --------------------------------------------------------------------------


def test_format_table_aligns_hangul_by_display_width() -> None:
    from smartzone.app.cli.console import display_width, format_table

    assert display_width("종로구") == 6 and display_width("abc") == 3
    text = format_table(["rank", "name", "score"], [[1, "종로구", "91.2"], [10, "Gangnam", "9.0"]],
                        align=[">", "<", ">"])
    lines = text.splitlines()
    assert len({display_width(line) for line in lines}) == 1
    assert lines[2].startswith("   1  종로구 ")


def test_console_feedback_non_tty_prints_ten_percent_steps() -> None:
    from smartzone.app.cli.console import ConsoleFeedback

    out = io.StringIO()
    fb = ConsoleFeedback(out, tty=False)
    for p in range(0, 101, 3):
        fb.set_progress(p)
    fb.set_progress(100)
    fb.info("hello")
    lines = out.getvalue().splitlines()
    assert lines[:-1] == [f"progress: {n}%" for n in range(10, 101, 10)]
    assert lines[-1] == "hello"
    assert not fb.is_canceled()
    fb.cancel()
    assert fb.is_canceled()


def test_console_feedback_tty_redraws_one_line() -> None:
    from smartzone.app.cli.console import ConsoleFeedback

    out = io.StringIO()
    fb = ConsoleFeedback(out, tty=True, label="scoring", width=10)
    fb.set_progress(50)
    fb.set_progress(100)
    fb.finish()
    text = out.getvalue()
    assert "\r" in text and " 50%" in text and "100%" in text and text.count("\n") == 1
    assert "[##########]" in text


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_console_feedback_ctrl_c_sets_canceled() -> None:
    code = (
        "import os, signal\n"
        "from smartzone.app.cli.console import ConsoleFeedback\n"
        "fb = ConsoleFeedback(tty=False)\n"
        "with fb.catch_interrupt():\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    print('canceled' if fb.is_canceled() else 'not canceled')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "canceled", out.stderr


def test_model_modules_import_without_qt_or_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "import smartzone.app.core.model.project, smartzone.app.core.model.projectfile, smartzone.app.core.model.presets\n"
        "import smartzone.app.core.model.recent, smartzone.app.core.pipeline, smartzone.app.cli.console\n"
        "import smartzone.app.cli.commands.score, smartzone.app.cli.commands.compare\n"
        "bad = [m for m in ('PySide6', 'geopandas', 'rasterio', 'sklearn') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
