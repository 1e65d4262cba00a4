"""Interface language: Korean (default on Korean systems) or English.

Source strings are English ``tr()`` texts; Korean comes from
``resources/i18n/smartzone_ko.qm`` compiled from ``smartzone_ko.ts`` with
``pyside6-lrelease``. The choice is stored in :class:`QSettings` and applied
at start-up (switching at run time retranslates the widgets that implement
``retranslate()``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802
        """Marks ``source`` for lupdate (context ``context``) and returns it.

        PySide6's stubs say the marker returns ``object``; it returns ``source``, a ``str``.
        Import it from here where the marked text is used as a ``str``.
        """
        ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP  # re-exported

LANGUAGES = {"ko": "한국어", "en": "English"}
#: Qt's own words its Korean catalogue (qtbase_ko.qm) lacks, shown in English in the Korean file
#: dialogs (grid recipe, candidate map, layers); SmartZone's translator, installed after Qt's, is
#: asked first and fills these gaps.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)
_LOCALES = {"ko": "ko_KR", "en": "en_US"}  # the number format of each UI language
_translator: QTranslator | None = None
_qt_translator: QTranslator | None = None


def settings() -> QSettings:
    """Application settings (per user)."""
    return QSettings("SmartZone", "SmartZone")


def system_language() -> str:
    """``"ko"`` when the system locale is Korean, else ``"en"``."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def current_language() -> str:
    """``SMARTZONE_LANG`` if set, else the chosen language, else the system's."""
    import os

    env = os.environ.get("SMARTZONE_LANG", "")
    if env in LANGUAGES:
        return env
    value = settings().value("language", "")
    return str(value) if value in LANGUAGES else system_language()


def set_language(lang: str) -> None:
    """Store the language and install its translator now."""
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}.")
    settings().setValue("language", lang)
    install_translator(lang)


def qm_path(lang: str) -> str:
    from smartzone.app.drawing.render import resources_dir

    return str(resources_dir() / "i18n" / f"smartzone_{lang}.qm")


def install_translator(lang: str | None = None) -> bool:
    """Install the translator for ``lang`` (default: current); True if Korean was loaded."""
    global _translator, _qt_translator
    app = QCoreApplication.instance()
    if app is None:
        return False
    lang = lang or current_language()
    # numbers follow the UI language, not the system's locale ("74.7", never "74,7" on a German system)
    QLocale.setDefault(QLocale(_LOCALES.get(lang, "en_US")))
    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    if lang == "en":
        return False
    # Qt's own strings (standard buttons "Cancel", "Yes", file dialogs) from the binding's qtbase_<lang>.qm.
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_tr)
        _qt_translator = qt_tr
    tr = QTranslator(app)
    if tr.load(qm_path(lang)):
        app.installTranslator(tr)
        _translator = tr
        return True
    return False


def is_korean() -> bool:
    """True when the Korean translation is active (for Korean/English data labels)."""
    return _translator is not None


def fill(template: str, *args: Any) -> str:
    """Qt-style ``%1``, ``%2`` ... placeholders (the translated template keeps them)."""
    for i, a in enumerate(args, start=1):
        template = template.replace(f"%{i}", str(a))
    return template


def translate_to(lang: str, context: str, text: str) -> str:
    """``text`` of ``context`` in ``lang`` whatever the UI language (a report written in Korean
    from the English UI, or from the command line with no translator installed): read from the
    same ``.ts`` as the ``.qm`` by the Qt-free :func:`smartzone.app.core.words.words`."""
    from smartzone.app.core.words import words

    return words(lang, context, text)
