"""The forms built from declared parameters speak the UI's language (issue 14 §3).

The help of each parameter and the values of a choice parameter were English ids in the Korean
UI (``usual``, ``random_forest``; "Membership reaches 1 …"). They go through the .ts now; this
test fails when a built-in declaration gains a text that :mod:`smartzone.app.drawing.param_words`
does not list (so ``lupdate`` would not put it in the .ts).
"""

from __future__ import annotations

import re

import pytest

_HANGUL = re.compile("[\uac00-\ud7a3]")


def _declarations() -> list:
    from smartzone.scoring.registry import available_scorers
    from smartzone.scoring.standardize import STANDARDIZATIONS

    specs = [p for s in STANDARDIZATIONS.values() for p in s.parameters]
    return specs + [p for cls in available_scorers().values() for p in cls.params]


def test_every_declared_help_and_choice_is_listed_for_translation() -> None:
    from smartzone.app.drawing.param_words import CHOICES, HELPS

    specs = _declarations()
    helps = {p.help for p in specs if p.help}
    choices = {str(c) for p in specs if p.kind == "choice" for c in p.choices}
    assert helps - set(HELPS) == set(), "add these helps to app/drawing/param_words.py and the .ts"
    assert choices - set(CHOICES) == set(), (
        "add these choices to app/drawing/param_words.py and the .ts"
    )


def test_every_listed_text_has_a_korean_translation(qapp) -> None:
    from smartzone.app.drawing.i18n import translate_to
    from smartzone.app.drawing.param_words import CHOICES, HELPS

    untranslated = [t for t in HELPS if not _HANGUL.search(translate_to("ko", "ParamWords", t))]
    untranslated += [
        t for t in CHOICES if not _HANGUL.search(translate_to("ko", "ParamChoices", t))
    ]
    assert not untranslated, untranslated


@pytest.mark.gui
@pytest.mark.parametrize(
    ("method", "choice"), [("promethee2", "usual"), ("supervised", "random_forest")]
)
def test_the_form_shows_korean_help_and_choices(qtbot, method: str, choice: str) -> None:
    from PySide6.QtWidgets import QComboBox

    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.param_form import ParamForm
    from smartzone.scoring.registry import available_scorers

    specs = available_scorers()[method].params
    assert i18n.install_translator("ko")
    try:
        form = ParamForm(specs)
        qtbot.addWidget(form)
    finally:
        i18n.install_translator("en")
    combos = [form.editor(p.name) for p in specs if p.kind == "choice"]
    items = [
        (c.itemText(i), c.itemData(i))
        for c in combos
        if isinstance(c, QComboBox)
        for i in range(c.count())
    ]
    shown = dict((data, text) for text, data in items)
    assert _HANGUL.search(shown[choice]) and shown[choice] != choice, items
    tips = [form.editor(p.name).toolTip() for p in specs if p.help]
    assert tips and all(_HANGUL.search(t) for t in tips), tips
    english = ParamForm(specs)
    qtbot.addWidget(english)
    assert any(
        english.editor(p.name).findText(choice) >= 0 for p in specs if p.kind == "choice"
    )  # the English UI keeps the ids
