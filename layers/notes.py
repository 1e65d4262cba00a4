"""Reading (and writing) warnings with a stable kind and parameters, beside their English words.

A :class:`ReadingNote` is a ``str`` (the English sentence the command line prints and
the metadata keep) that also carries ``kind`` and ``params``, like the engine's
:class:`smartzone.scoring.notes.Note`, so an interface in another language words it
again from the kind instead of parsing English (the app does, through its translations).
Kinds and their parameters:

``nul_bytes``           path, count
``decimal_commas``      path, column
``stray_cells``         path, column, count, cells (list of (row, code, cell text))
``text_column``         path, column, count, total, examples (list of (row, cell text), at most 3)
``rows_without_code``   count
``no_numeric_columns``  path
``codes_translated``    path, source, target (code-system keys), crosswalk, matched, translated,
                        mismatched, unmatched
``codes_ambiguous``     path, source (the system assumed)
``merged_duplicates``   path, count
``no_crs``              path, crs (the CRS assumed)
``no_name_field``       path, layer
``ranks_offset``        low (a candidate map's ranks start there, not at 1)
``scores_rescaled``     low, high (a candidate map's scores outside 0-100, rescaled)

The writers' warnings (:class:`smartzone.layers.export.ExportReport`) are notes too:

``text_cut``            field, count, limit (bytes of a DBF text field)
``geometries_repaired`` count
``formula_prefixed``    cells (list of (column, count))
``datum_shift``         source, target, operation, accuracy (m or None), metres (the shift here, or None)
``datum_unshifted``     crs (a legacy Bessel output the data were already in)
"""
from __future__ import annotations

from smartzone.scoring.notes import KindedNote

__all__ = ["READING_KINDS", "ReadingNote"]

READING_KINDS = (
    "nul_bytes", "decimal_commas", "stray_cells", "text_column", "rows_without_code", "no_numeric_columns",
    "codes_translated", "codes_ambiguous", "merged_duplicates", "no_crs", "no_name_field", "ranks_offset",
    "scores_rescaled", "text_cut", "geometries_repaired", "formula_prefixed", "datum_shift", "datum_unshifted",
)


class ReadingNote(KindedNote):
    """An English reading warning that keeps its ``kind`` and ``params`` for translation."""

    kinds = READING_KINDS
    what = "reading-note"
