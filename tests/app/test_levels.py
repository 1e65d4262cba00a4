"""Levels are defined once (smartzone.app.core.levels); the QGIS plugin's copy must agree."""
from __future__ import annotations

import pytest

from smartzone.app.core import levels


def test_one_definition_of_levels_and_labels() -> None:
    from smartzone.app.core.model import presets, project
    from smartzone.app.qgis import bridge

    assert levels.LEVELS == ("sigungu", "emd")
    assert project.LEVELS is levels.LEVELS and presets.LEVELS is levels.LEVELS
    assert bridge.LEVELS == levels.LEVELS  # a copy: the plugin loads without the engine
    assert levels.level_label("sigungu") == "시군구" and levels.level_label("emd", korean=False) == "neighbourhoods"
    assert levels.level_label("other") == "other"


def test_english_level_words_have_no_korean() -> None:
    """The English UI's level words are English (issue 14 §3); the Korean UI keeps 시군구/읍면동."""
    from smartzone.app.core.labels import level_words

    assert [level_words(lv, "en") for lv in levels.LEVELS] == ["Municipalities (si/gun/gu)",
                                                               "Neighbourhoods (eup/myeon/dong)"]
    assert [level_words(lv, "ko") for lv in levels.LEVELS] == ["시군구", "읍면동"]
    assert level_words("other", "en") == "Other"


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


@pytest.mark.gui
@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_level_combo_takes_its_labels_from_the_one_definition(qtbot, monkeypatch, language) -> None:
    """The main window's level combo wrote "시군구 (municipalities)" out again in tr(): a label
    changed in LEVEL_LABELS reached the reports and the layers panel but not the combo."""
    from smartzone.app.core.labels import level_words
    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.launch import make_app
    from smartzone.app.gui.widgets.main_window import MainWindow

    make_app()
    monkeypatch.setitem(levels.LEVEL_LABELS, "emd", ("읍면동 (행정동)", "sub-districts"))
    i18n.install_translator(language)
    try:
        win = MainWindow(Project.demo(level="sigungu"))
        combo = win.level_combo
        items = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        assert win.wait_ready(120), win.open_error
        win.project.mark_clean()
        win.close()
        win.deleteLater()
    finally:
        i18n.install_translator("en")
    assert [data for _text, data in items] == list(levels.LEVELS)
    assert [text for text, _data in items] == [level_words(lv, language) for lv in levels.LEVELS]
    expected = {"en": ["Municipalities (si/gun/gu)", "Sub-districts (eup/myeon/dong)"],
                "ko": ["시군구", "읍면동 (행정동)"]}[language]
    assert [text for text, _data in items] == expected
