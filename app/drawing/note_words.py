"""Engine notes and reading warnings worded in a language: one helper for the app and the report.

The engine's notes (:class:`smartzone.scoring.notes.Note`) and the readers' warnings
(:class:`smartzone.layers.notes.ReadingNote`: decimal commas, text cells, codes translated
through the crosswalk ...) keep the English sentence the command line prints, plus a
``kind`` and ``params``; this module words them again
from the kind, through Qt's translation system (``resources/i18n/smartzone_ko.ts``,
context ``NoteWords``), for the results summary of the app (the UI language) and for
the PDF report (the report's language, whatever the UI's). A note of an unknown kind,
or a plain string, is shown as its English text.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from smartzone.app.drawing.i18n import fill

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
        from smartzone.app.drawing import i18n

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
            return (fill(self.tr("%1: %2 infinite value(s) treated as missing"),
                label(p["indicator"]), f"{p['count']:,}"))
        if kind == "all_excluded":
            return self.tr("Every district is excluded by the constraints or missing-value policies.")
        if kind == "filled":
            text = (self.tr("%1: %2 scored district(s) have no value; filled with the median %3")
                    if p.get("policy") == "median" else
                    self.tr("%1: %2 scored district(s) have no value; filled with %3"))
            return (fill(text, label(p["indicator"]), f"{p['count']:,}", self._num(p["value"])))
        if kind == "constant":
            return (fill(self.tr("%1: every valid district has the same value (%2); this criterion cannot "
                                 "change the ranking"),
                label(p["indicator"]), self._num(p["value"])))
        if kind == "zero_product":
            listed = ", ".join(f"{label(k)} ({v:,})" for k, v in p.get("criteria", ()))
            return (fill(self.tr("Weighted product: %1 of %2 districts score 0 because a standardised value is 0 "
                                 "(districts per criterion: %3); use the Linear ratio or Min-max with a floor "
                                 "standardisation for these criteria to keep the districts apart"),
                f"{p['count']:,}", f"{p['total']:,}", listed))
        return self._reading(kind, p)

    def _file(self, path: Any) -> str:
        from pathlib import PurePath

        return f"'{PurePath(str(path)).name}'"

    def _system(self, key: Any) -> str:
        words = {"census": self.tr("Statistics Korea census codes"),
                 "mois": self.tr("Ministry of the Interior administrative codes"),
                 "mois_legal": self.tr("Ministry of the Interior legal-district codes")}
        return words.get(str(key), str(key))

    def _reading(self, kind: Any, p: Mapping[str, Any]) -> str:
        """The readers' warnings (:class:`smartzone.layers.notes.ReadingNote`)."""
        file = self._file(p["path"]) if "path" in p else ""
        if kind == "nul_bytes":
            return (fill(self.tr("%1: %2 cell(s) held NUL bytes (a damaged export); the NUL bytes were removed. "
                                 "Check the table against its source."),
                file, f"{p['count']:,}"))
        if kind == "decimal_commas":
            return (fill(self.tr("%1, column '%2': decimal commas (e.g. 0,60) were read as decimal points (0.60)."),
                file, str(p["column"])))
        if kind == "stray_cells":
            cells = "; ".join(fill(self.tr("row %1 (%2): %3"),
                str(row), str(code), repr(str(text))) for row, code, text in p["cells"])
            return (fill(self.tr("%1, column '%2': %3 cell(s) are not numbers and were read as missing values: %4. "
                                 "Fix them in the file if they hold real values."),
                file, str(p["column"]), f"{p['count']:,}", cells))
        if kind == "text_column":
            shown = "; ".join(fill(self.tr("row %1: %2"), str(row), repr(str(text)))
                              for row, text in p["examples"])
            return (fill(self.tr("%1, column '%2' is read as text: %3 of its %4 cells are not numbers (e.g. %5)."),
                file, str(p["column"]), f"{p['count']:,}", f"{p['total']:,}", shown))
        if kind == "rows_without_code":
            return (fill(self.tr("%1 row(s) without an admin code were ignored (footnotes, totals)."),
                f"{p['count']:,}"))
        if kind == "no_numeric_columns":
            return fill(self.tr("%1 has no numeric indicator columns."), file)
        if kind == "codes_translated":
            text = (self.tr("%1: %2, translated to %3 through %4: matched %5, translated %6, "
                            "mismatched %7 (not joined), unmatched %8.") if p["translated"] else
                    self.tr("%1: %2 (the districts use %3): matched %5, mismatched %7 (not joined), "
                            "unmatched %8."))
            return (fill(text,
                file, self._system(p["source"]), self._system(p["target"]), str(p["crosswalk"]), f"{p['matched']:,}", f"{p['translated']:,}", f"{p['mismatched']:,}", f"{p['unmatched']:,}"))
        if kind == "codes_ambiguous":
            return (fill(self.tr("%1: these codes exist in more than one code system and the table has no name "
                                 "column; read as %2. Add a name column (e.g. SIG_KOR_NM) so every match can be "
                                 "checked."), file, self._system(p["source"])))
        if kind == "merged_duplicates":
            return (fill(self.tr("%1: merged the parts of %2 district(s) that shared a code."),
                file, f"{p['count']:,}"))
        if kind == "no_crs":
            return fill(self.tr("%1 has no CRS; assumed %2."), file, str(p["crs"]))
        if kind == "ranks_offset":
            return (fill(self.tr("ranks start at %1, not 1: the smallest is taken as rank 1."),
                self._num(p["low"])))
        if kind == "scores_rescaled":
            return (fill(self.tr("scores %1–%2 are outside 0–100: rescaled linearly to 0–100."),
                self._num(p["low"]), self._num(p["high"])))
        if kind == "text_cut":
            return (fill(self.tr("Field '%1': %2 text value(s) longer than %3 bytes were cut to fit the DBF limit "
                                 "(full text is in the GeoPackage/CSV exports)."),
                str(p["field"]), f"{p['count']:,}", str(p["limit"])))
        if kind == "geometries_repaired":
            return (fill(self.tr("%1 invalid geometries were repaired (make_valid, polygon parts kept)."),
                f"{p['count']:,}"))
        if kind == "formula_prefixed":
            cells = ", ".join(fill(self.tr("%1 cell(s) in '%2'"), f"{n:,}", str(c))
                              for c, n in p["cells"])
            return (fill(self.tr("Text starting with =, +, -, @, a tab or a line break was prefixed with ' so that "
                                 "spreadsheets show it as text, not a formula: %1."), cells))
        if kind == "datum_shift":
            accuracy = (fill(self.tr("stated accuracy %1 m"), self._num(p["accuracy"]))
                        if p.get("accuracy") is not None else self.tr("accuracy not stated"))
            here = (fill(self.tr(" The datum shift here is about %1 m."), f"{p['metres']:,.0f}")
                    if p.get("metres") is not None else "")
            return (fill(self.tr("Legacy Bessel system: coordinates were transformed from %1 to %2 with a datum shift "
                                 "between Korea 2000 (GRS80, ITRF2000) and the Bessel 1841 (Tokyo / Korean 1985) datum, "
                                 "using '%3' (%4).%5 Check alignment against the recipient's base map; prefer "
                                 "EPSG:5179 or EPSG:5186."),
                str(p["source"]), str(p["target"]), str(p["operation"]), accuracy, here))
        if kind == "datum_unshifted":
            return (fill(self.tr("The output CRS %1 is a legacy Bessel (Tokyo / Korean 1985) system and the data were "
                                 "already in it: no datum shift was applied. Users on Korea 2000 systems (EPSG:5179, "
                                 "5186) must apply a datum shift of several hundred metres."),
                str(p["crs"])))
        if kind == "no_name_field":
            return (fill(self.tr("No name field in %1 [%2]: district names are their codes."),
                file, str(p["layer"])))
        return ""
