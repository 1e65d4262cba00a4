"""The English texts of the bundled presets and of the demo data's metadata carry no Korean
(issue 14 §3: no Korean in the English UI except district names). Levels are worded as in
``app/core/levels.py`` (municipality si/gun/gu, sub-municipal unit eup/myeon/dong) and district
names romanised, so the English UI, the English report and the CLI never show Hangul from them.
"""
from __future__ import annotations

import re

import pytest

from smartzone.app.core.labels import _one_language
from smartzone.app.core.levels import LEVEL_ROMANISED
from smartzone.app.core.model.presets import available_presets, load_preset
from smartzone.resources import demo_data

_HANGUL = re.compile("[\uac00-\ud7a3]")


def _korean(texts: dict[str, str]) -> dict[str, str]:
    return {where: text for where, text in texts.items() if _HANGUL.search(text)}


@pytest.mark.parametrize("preset_id", available_presets())
def test_the_english_texts_of_every_preset_have_no_hangul(preset_id: str) -> None:
    preset = load_preset(preset_id)
    texts = {"name_en": preset.name_en, "description_en": preset.description_en}
    for pc in preset.criteria:
        ind = pc.criterion.indicator
        texts[f"{ind}.note"] = pc.note
        for i, con in enumerate(pc.criterion.constraints):  # reasons in both languages: the English half
            texts[f"{ind}.constraints[{i}].reason"] = _one_language(con.reason, "en")
    texts.update({f"notes[{k}]": v for k, v in preset.notes("en").items()})
    assert not _korean(texts), _korean(texts)
    assert all(_HANGUL.search(pc.note_ko) for pc in preset.criteria if pc.note_ko)  # the Korean stays Korean


def test_the_english_texts_of_the_demo_metadata_have_no_hangul() -> None:
    meta = demo_data.metadata()
    texts = {"description_en": meta["description_en"], "licence_summary_en": meta["licence_summary_en"]}
    for sid, src in meta["sources"].items():
        for key in ("name_en", "licence_en", "attribution_en"):
            texts[f"sources.{sid}.{key}"] = src.get(key, "")
    for ind in meta["indicators"]:
        texts[f"indicators.{ind['id']}.label_en"] = ind["label_en"]
    assert not _korean(texts), _korean(texts)
    # the levels named as the app names them
    assert all(word in meta["description_en"] for word in LEVEL_ROMANISED.values()), meta["description_en"]
