"""Levels are defined once (smartzone.app.core.levels); the QGIS plugin's copy must agree."""
from __future__ import annotations

from smartzone.app.core import levels


def test_one_definition_of_levels_and_labels() -> None:
    from smartzone.app.core.model import presets, project
    from smartzone.app.qgis import bridge

    assert levels.LEVELS == ("sigungu", "emd")
    assert project.LEVELS is levels.LEVELS and presets.LEVELS is levels.LEVELS
    assert bridge.LEVELS == levels.LEVELS  # a copy: the plugin loads without the engine
    assert levels.level_label("sigungu") == "시군구" and levels.level_label("emd", korean=False) == "neighbourhoods"
    assert levels.level_label("other") == "other"


def test_the_api_exposes_the_same_levels() -> None:
    from smartzone import api

    assert api.LEVELS is levels.LEVELS and api.LEVEL_LABELS is levels.LEVEL_LABELS


def test_the_project_file_schema_and_planner_use_the_one_definition() -> None:
    import inspect

    from smartzone.app.cli.commands import plan
    from smartzone.app.core import planning, style
    from smartzone.app.core.model import project_schema

    assert project_schema.PROJECT.fields["level"].choices is levels.LEVELS
    for module in (plan, planning, style):  # no level names or labels written out again
        source = inspect.getsource(module)
        assert '("sigungu", "emd")' not in source and '"시군구"' not in source, module.__name__
