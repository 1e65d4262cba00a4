"""UI and report words in a fixed language, Qt-free, from the one source: ``resources/i18n/smartzone_<lang>.ts``.

Every word the app shows is an English source text in the ``.ts`` files (context + source ->
translation). The Qt shells translate through the compiled ``.qm`` (``QTranslator``, ``tr()``);
the core, the command line and the PDF report, which must not depend on Qt or on the UI's
language, read the same ``.ts`` here: parsed with the standard library once per language.
Both read one file, so a word is translated in one place (tests/app/test_translations.py keeps
the ``.qm`` compiled from the ``.ts``).

Texts used through :func:`words` are listed where they are used with :func:`QT_TRANSLATE_NOOP`
(``QT_TRANSLATE_NOOP("Report", "Legend")``): ``pyside6-lupdate`` reads these calls by name, so
the texts stay in the ``.ts``; the function itself returns its text unchanged and imports nothing.
Names that come with the data (indicators, units, presets, levels) are worded by
:mod:`smartzone.app.core.labels`.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

__all__ = ["QT_TRANSLATE_NOOP", "translations", "ts_path", "words"]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``source`` (English) of ``context`` for ``lupdate`` and returns it unchanged."""
    return source


def ts_path(lang: str) -> Path:
    """``resources/i18n/smartzone_<lang>.ts``."""
    import smartzone.resources as res

    return Path(res.__file__).resolve().parent / "i18n" / f"smartzone_{lang}.ts"


@lru_cache(maxsize=4)
def translations(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> finished translation in ``lang`` (empty for English or no file)."""
    path = ts_path(lang)
    if lang == "en" or not path.is_file():
        return {}
    out: dict[tuple[str, str], str] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not tr.text:
                continue
            out[(name, msg.findtext("source") or "")] = tr.text
    return out


def words(lang: str, context: str, source: str) -> str:
    """``source`` (English) of ``context`` in ``lang`` (``"ko"``/``"en"``); ``source`` when untranslated."""
    return translations(lang).get((context, source), source)
