"""Engine notes and reading warnings worded in a language: one helper for the app and the report.

The engine's notes (:class:`smartzone.scoring.notes.Note`) keep the English sentence
the command line prints, plus a ``kind`` and ``params``; this module words them again
from the kind, through Qt's translation system (``resources/i18n/smartzone_ko.ts``,
context ``NoteWords``), for the results summary of the app (the UI language) and for
the PDF report (the report's language, whatever the UI's). A note of an unknown kind,
or a plain string, is shown as its English text.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

__all__ = ["NoteWords"]


class NoteWords:
    """Words notes in ``language`` (``"ko"``/``"en"``), or in the UI's language when None.

    Parameters
    ----------
    language
        ``"ko"`` or ``"en"`` for a fixed language (the report); None follows the
        translator installed in the application (the UI).
    labels
        Indicator id -> display name ("총인구 (2020)" rather than ``pop_2020``).
    """

    def __init__(self, language: str | None = None, labels: Mapping[str, str] | None = None) -> None:
        self.language = language
        self.labels = dict(labels or {})

    def tr(self, text: str) -> str:
        """``text`` in this helper's language (lupdate reads the calls: context NoteWords)."""
        if self.language is None:
            return QCoreApplication.translate("NoteWords", text)
        from smartzone.app import i18n

        return i18n.translate_to(self.language, "NoteWords", text)

    def _locale(self) -> QLocale:
        if self.language is None:
            return QLocale()
        return QLocale(QLocale.Language.Korean if self.language == "ko" else QLocale.Language.English)

    def _label(self, indicator: Any) -> str:
        return str(self.labels.get(str(indicator), indicator))

    def _num(self, value: Any) -> str:
        return self._locale().toString(float(value), "g", 6)

    def __call__(self, note: Any) -> str:
        """``note`` worded from its kind and parameters (its English text otherwise)."""
        kind, p = getattr(note, "kind", None), getattr(note, "params", {})
        try:
            return self._word(kind, p) or str(note)
        except (KeyError, TypeError, ValueError):  # a note from a newer engine: its English words
            return str(note)

    def _word(self, kind: Any, p: Mapping[str, Any]) -> str:
        label = self._label
        if kind == "infinite_values":
            return (self.tr("%1: %2 infinite value(s) treated as missing")
                    .replace("%1", label(p["indicator"])).replace("%2", f"{p['count']:,}"))
        if kind == "all_excluded":
            return self.tr("Every district is excluded by the constraints or missing-value policies.")
        if kind == "filled":
            text = (self.tr("%1: %2 scored district(s) have no value; filled with the median %3")
                    if p.get("policy") == "median" else
                    self.tr("%1: %2 scored district(s) have no value; filled with %3"))
            return (text.replace("%1", label(p["indicator"])).replace("%2", f"{p['count']:,}")
                    .replace("%3", self._num(p["value"])))
        if kind == "constant":
            return (self.tr("%1: every valid district has the same value (%2); this criterion cannot "
                            "change the ranking").replace("%1", label(p["indicator"]))
                    .replace("%2", self._num(p["value"])))
        if kind == "zero_product":
            listed = ", ".join(f"{label(k)} ({v:,})" for k, v in p.get("criteria", ()))
            return (self.tr("Weighted product: %1 of %2 districts score 0 because a standardised value is 0 "
                            "(districts per criterion: %3); use the Linear ratio or Min-max with a floor "
                            "standardisation for these criteria to keep the districts apart")
                    .replace("%1", f"{p['count']:,}").replace("%2", f"{p['total']:,}").replace("%3", listed))
        return ""
