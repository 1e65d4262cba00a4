"""Errors worded in the UI's language: the one path from an exception to the message bar.

The readers and writers raise :class:`~smartzone.scoring.errors.SmartZoneError` with an English
message (what the command line prints) and, for the errors users meet most, a ``key`` and
``params`` (:mod:`smartzone.scoring.errors`). :func:`smartzone.app.core.errorboundary.describe`
turns any exception into a :class:`~smartzone.app.core.errorboundary.Described` with that key
(or one of its own: disk full, permission denied, a bug ...); :class:`ErrorWords` words it
through Qt's translation system (``resources/i18n/smartzone_ko.ts``, context ``ErrorWords``):
which file, what is wrong, what to do. File names and technical values (codes, CRS, encodings)
stay as they are.

- A known key: the sentence of that key in the UI's language (English too: it names what to do
  in the app, "choose its CRS in the layer's properties", where the command line's message names
  its options, ``assume_crs=``).
- English UI, an error without a key: the error's own English message, unchanged.
- Korean UI, an error without a key: a Korean sentence for its family (a file that cannot be
  read, a CRS problem, an encoding problem ...) with what to do, and the English message after
  "원문:" so that nothing the reader said is lost.

The app's workers (:func:`smartzone.app.gui.workers.user_message`), its excepthook and every
``except ... : show_message("error", ...)`` go through :func:`error_text`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication

from smartzone.app.core.errorboundary import Described, describe
from smartzone.app.drawing.i18n import fill

__all__ = ["ErrorWords", "error_text"]


def _file(path: Any) -> str:
    return f"'{PurePath(str(path)).name}'"


def _listed(items: Iterable[Any], most: int = 12) -> str:
    items = [str(i) for i in items]
    shown = ", ".join(items[:most]) + (" …" if len(items) > most else "")
    return shown or "-"


class ErrorWords:
    """Words exceptions in ``language`` (``"ko"``/``"en"``), or in the UI's language when None."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language

    def tr(self, text: str) -> str:
        """``text`` in this helper's language (lupdate reads the calls: context ErrorWords)."""
        if self.language is None:
            return QCoreApplication.translate("ErrorWords", text)
        from smartzone.app.drawing import i18n

        return i18n.translate_to(self.language, "ErrorWords", text)

    def _english(self) -> bool:
        if self.language is not None:
            return self.language == "en"
        from smartzone.app.drawing import i18n

        return not i18n.is_korean()

    def __call__(self, error: BaseException | Described) -> str:
        """The message for ``error`` in this helper's language.

        An exception handed in directly was caught on purpose by the caller (``except ... as
        exc``): it is the user's error, shown with its own words (English: ``str(exc)`` as
        before), never as "a bug". A :class:`Described` keeps the boundary's verdict (the
        workers and the excepthook describe what nobody caught).
        """
        if isinstance(error, Described):
            described = error
        else:
            described = describe(error)
            if described.kind == "bug":
                described = Described(" ".join(str(error).split()) or type(error).__name__, described.detail,
                                      "user")
        try:  # a known key: its sentence (English too: the app's actions, not the CLI's options)
            text = self._keyed(described.key, described.params)
        except (KeyError, TypeError, ValueError, IndexError):  # params of a newer reader
            text = ""
        if text:
            return text
        if self._english():
            return str(error) if not isinstance(error, Described) and str(error) else described.message
        return self._family(described)

    # -------------------------------------------------------------- errors without a key
    def _family(self, d: Described) -> str:
        heads = {
            "LayerReadError": self.tr("The file cannot be read. Check that it is complete and in a supported "
                                      "format (Shapefile, GeoPackage, GeoJSON, FlatGeobuf, CSV, XLSX, GeoTIFF)."),
            "CRSError": self.tr("Coordinate system (CRS) problem. Check the layer's CRS (its .prj file) or "
                                "choose it in the layer's properties."),
            "EncodingError": self.tr("The text encoding of the file is not recognised. Save it as UTF-8 or "
                                     "give its encoding (CP949 or UTF-8)."),
            "SchemaError": self.tr("A required field is missing or malformed. Check the file's fields."),
            "JoinError": self.tr("The indicator table cannot be joined to the districts. Check its admin "
                                 "codes and level."),
            "ZonalStatsError": self.tr("Zonal statistics could not be computed. Check the raster and the "
                                       "districts."),
            "ExportError": self.tr("The export could not be written. Check the folder and the free space; "
                                   "files already there were not changed."),
            "UnsafePathError": self.tr("This path cannot be used: choose a local data file."),
            "ParameterError": self.tr("A parameter is out of range or of the wrong type."),
            "CriteriaError": self.tr("The criteria do not match the data. Check the scenario's criteria and "
                                     "weights."),
            "PluginError": self.tr("A scoring plug-in failed."),
            "InputError": self.tr("An input is malformed."),
            "ScoringError": self.tr("Scoring failed."),
            "LayerError": self.tr("A layer could not be read or written."),
            "ProjectFileError": self.tr("The project file cannot be read. Check that it is a complete SmartZone "
                                        "project (.smartzone.json)."),
            "CandidateImportError": self.tr("The candidate map cannot be imported. Check its district codes and "
                                            "its score or rank field."),
            "PresetError": self.tr("The preset cannot be used. Check its criteria and weights."),
            "PlanError": self.tr("The plan's catalogue or rules are not valid. Check the solution catalogue and "
                                 "the rules."),
            "ProjectError": self.tr("The project's settings are not valid."),
        }
        family = next((name for name in d.lineage if name in heads), d.error_class)
        head = heads.get(family, self.tr("SmartZone could not do this."))
        return head + " " + fill(self.tr("Original message: %1"), d.message)

    # -------------------------------------------------------------- errors with a key
    def _keyed(self, key: str | None, p: Mapping[str, Any]) -> str:
        if key is None:
            return ""
        f = _file(p["path"]) if "path" in p else ""
        layer = str(p.get("layer", ""))
        environment = self._environment(key, p, f)
        if environment:
            return environment
        scoring = self._scoring(key, p)
        if scoring:
            return scoring
        words = {
            # reading files
            "file_not_found": lambda: fill(self.tr("File %1 not found. Check the path and the file name, or copy the "
                                                   "file back."), f),
            "folder_without_shapefile": lambda: fill(self.tr("%1 is a folder without a Shapefile. Choose a .shp, .gpkg, "
                                                             ".geojson or .fgb file."), f),
            "folder_not_table": lambda: fill(self.tr("%1 is a folder, not an indicator table. Choose a CSV or XLSX "
                                                     "file."), f),
            "shapefile_without_dbf": lambda: fill(self.tr("The Shapefile %1 has no .dbf attribute file beside it. Copy "
                                                          "all its parts (.shp, .shx, .dbf, .prj, .cpg) into the same "
                                                          "folder."), f),
            "no_such_layer": lambda: fill(self.tr("%1 has no layer '%2'. Layers in the file: %3. Choose one of them."),
                f, layer, _listed(p["layers"])),
            "vector_unreadable": lambda: fill(self.tr("%1 cannot be read as a vector layer (%2). Supported: Shapefile, "
                                                      "GeoPackage, GeoJSON, FlatGeobuf; check that the file is "
                                                      "complete."), f, str(p["detail"])),
            "features_unreadable": lambda: fill(self.tr("The features of %1 (layer '%2') cannot be read (%3). Check "
                                                        "that the file is complete or export it again."),
                f, layer, str(p["detail"])),
            "geometry_ring_open": lambda: fill(self.tr("%1 has a polygon ring that is not closed (its last point is not "
                                                       "its first). Repair it in QGIS (Fix Geometries) or the program "
                                                       "that made it, and open it again."), f),
            "geometry_not_finite": lambda: fill(self.tr("%1 has NaN or infinite coordinates. Repair it in QGIS (Fix "
                                                        "Geometries) or the program that made it, and open it again."), f),
            "crs_untransformable": lambda: fill(self.tr("The coordinate system of %1 cannot be transformed (a local grid "
                                                        "or an unknown datum). Reproject it in QGIS to EPSG:5179 or "
                                                        "EPSG:5186, or choose the coordinate system it really uses."), f),
            "crs_not_understood": lambda: fill(self.tr("The coordinate system of %1 is not understood by PROJ. Fix or "
                                                       "remove its .prj and choose the coordinate system."), f),
            "xlsx_not_zip": lambda: fill(self.tr("%1 is not an Excel workbook. Open it in Excel or LibreOffice and save it "
                                                 "again as .xlsx, or export the table as CSV."), f),
            "table_cell_too_long": lambda: fill(self.tr("%1 has a cell longer than 131,072 characters, so it is not an "
                                                        "indicator table; check the file (a stray quote character can "
                                                        "join many lines into one cell)."), f),
            "file_nul_byte": lambda: fill(self.tr("%1 contains a NUL byte where text was expected: the file is damaged. "
                                                  "Export it again from its source."), f),
            "file_too_large": lambda: fill(self.tr("%1 is too large to process in the available memory. Close other "
                                                   "programs or use a smaller area."), f),
            "file_not_written": lambda: fill(self.tr("%1 could not be written (%2). Check the folder and the free space; "
                                                     "files already there were not changed."), f, str(p["detail"])),
            "file_unsupported": lambda: fill(self.tr("%1 could not be read (%2). Check that the file is complete and of a "
                                                     "supported format; if it opens elsewhere, please report this."),
                                             f, str(p["detail"])),
            "file_unreadable": lambda: fill(self.tr("%1 cannot be read (%2). Check that it is not open in another "
                                                    "program and that you may read it."),
                f, str(p["detail"])),
            "folder_not_catalogue": lambda: fill(self.tr("%1 is a folder, not a solution catalogue. Choose a CSV or XLSX "
                                                         "file."), f),
            "catalogue_no_header": lambda: fill(self.tr("%1 has no header row with the columns id, category and cost in "
                                                        "its first 30 rows. Add the header row (see the bundled "
                                                        "catalogue)."), f),
            "catalogue_rows": lambda: fill(self.tr("Some rows of %1 are not valid: %2. Fix these rows and load the "
                                                   "catalogue again."), f, self._rows(p)),
            # one bad row of a catalogue (listed by catalogue_rows)
            "row_not_number": lambda: self._row(p, fill(self.tr("%1 '%2' is not a number"),
                str(p["column"]), str(p["text"]))),
            "row_not_positive": lambda: self._row(p, fill(self.tr("cost '%1' must be more than 0 (in 100 million won)") if str(p["column"]) == "cost" else
                     self.tr("%2 '%1' must be more than 0").replace("%2", str(p["column"])),
                str(p["text"]))),
            "row_not_whole": lambda: self._row(p, fill(self.tr("%1 '%2' must be a whole number"),
                str(p["column"]), str(p["text"]))),
            "row_no_id": lambda: self._row(p, self.tr("the id is empty")),
            "row_unknown_category": lambda: self._row(p, fill(self.tr("unknown category '%1' (use one of %2)"),
                str(p["text"]), _listed(p["categories"]))),
            "row_invalid": lambda: self._row(p, str(p["detail"])),
            "solution_min_units": lambda: self._row(p, fill(self.tr("min_units %1 must be a whole number from 1 to "
                                                                    "max_units (%2)"),
                str(p["value"]), str(p["most"]))),
            "solution_self_reference": lambda: self._row(p, fill(self.tr("solution '%1' cannot require or exclude itself"),
                str(p["id"]))),
            # the catalogue as a whole
            "catalogue_duplicate_id": lambda: fill(self.tr("%1 lists the solution '%2' twice; each id must be unique. "
                                                           "Remove or rename one of the rows."),
                f, str(p["id"])),
            "catalogue_unknown_reference": lambda: fill(self.tr("In %1 the solution '%2' requires or excludes '%3', which "
                                                                "is not in the catalogue. Add it or correct the id."),
                f, str(p["id"]), str(p["other"])),
            "catalogue_exclusive_units": lambda: fill(self.tr("In %1 the solutions '%2' and '%3' exclude each other, so "
                                                              "both must have max_units 1. Correct their max_units."),
                f, str(p["id"]), str(p["other"])),
            "catalogue_cycle": lambda: fill(self.tr("In %1 the prerequisites form a cycle (%2). Remove one of these "
                                                    "requirements."), f, str(p["cycle"])),
            "catalogue_empty": lambda: fill(self.tr("%1 has a header but no solution rows."), f),
            # project files
            "project_value_type": lambda: fill(self.tr("In the project file %1, %2 must be %3, not %4. Fix it in the "
                                                       "file (it is JSON text) or save the project again from "
                                                       "SmartZone."),
                f or "-", str(p["where"]), self._kinds(p["kinds"]), str(p["value"])),
            "project_not_smartzone": lambda: fill(self.tr("%1 is not a SmartZone project file (its format is %2). Open a "
                                                          ".smartzone.json file that SmartZone saved."),
                f or "-", str(p["format"])),
            "project_schema_version": lambda: fill(self.tr("%1 was saved by a newer SmartZone (schema version %2; this "
                                                           "one reads version %3). Update SmartZone to open it.")
                                                   if p["newer"] else
                                                   self.tr("%1 has schema version %2, which this SmartZone cannot read "
                                                           "(it reads version %3)."),
                f or "-", str(p["version"]), str(p["supported"])),
            "project_invalid": lambda: fill(self.tr("The project file %1 is not valid (%2). Fix it in the file (it is "
                                                    "JSON text) or save the project again from SmartZone."),
                f or "-", str(p["detail"])),
            "project_missing_entry": lambda: fill(self.tr("In the project file %1, %2 has no '%3'. Add it in the file or "
                                                          "save the project again from SmartZone."),
                f or "-", str(p["where"]), str(p["name"])),
            "project_remote_reference": lambda: fill(self.tr("The project file %1 points at %2, a network or virtual "
                                                             "path; SmartZone does not follow those from a project "
                                                             "file. If you trust this project, set "
                                                             "SMARTZONE_ALLOW_REMOTE=1 and open it again."),
                f or "-", str(p["target"])),
            "project_too_large": lambda: fill(self.tr("%1 is %2 MB; a project file is a few kB of text. Choose the "
                                                      "project file (.smartzone.json)."), f, str(p["size"])),
            "project_not_utf8": lambda: fill(self.tr("%1 is not UTF-8 text (byte %2), so it is not a SmartZone project "
                                                     "file. Choose the project file (.smartzone.json)."),
                f, str(p["byte"])),
            "project_not_json": lambda: fill(self.tr("%1 is not valid JSON: %2 at line %3, column %4. Fix it in a text "
                                                     "editor or open a copy SmartZone saved."),
                f, str(p["detail"]), str(p["line"]), str(p["column"])),
            "project_save_value": lambda: fill(self.tr("The project cannot be saved as %1: a value cannot be stored as "
                                                       "JSON (%2). This is a bug in SmartZone; please report it with "
                                                       "the log file."), f, str(p["detail"])),
            "project_save_failed": lambda: fill(self.tr("The project cannot be saved as %1 (%2). Check that the folder "
                                                        "is writable and the disk is not full; the previous file was "
                                                        "not changed."), f, str(p["detail"])),
            # scenarios and criteria
            "no_criteria": lambda: self.tr("No criteria: add at least one indicator in the Criteria panel."),
            "missing_indicators": lambda: fill(self.tr("The indicator(s) %1 of the scenario '%2' are not in the "
                                                       "indicator data (available: %3). Remove these criteria or add a "
                                                       "table or raster layer that provides them."),
                _listed(p["missing"]), str(p["scenario"]), _listed(p["available"])),
            "scenario_exists": lambda: fill(self.tr("A scenario named '%1' already exists. Choose another name."),
                str(p["name"])),
            "scenario_no_name": lambda: self.tr("A scenario needs a name. Type a name for it."),
            "no_such_scenario": lambda: fill(self.tr("There is no scenario '%1'. Scenarios: %2."),
                str(p["name"]), _listed(p["scenarios"])),
            "no_scenario": lambda: self.tr("The project has no scenario. Add a scenario or apply a preset."),
            "no_method": lambda: self.tr("Choose a scoring method for the scenario."),
            "criterion_twice": lambda: fill(self.tr("The scenario '%1' already has the criterion '%2'. Change that "
                                                    "criterion instead of adding it again."),
                str(p["scenario"]), str(p["indicator"])),
            "no_such_criterion": lambda: fill(self.tr("The scenario '%1' has no criterion '%2'. Its criteria: %3."),
                str(p["scenario"]), str(p["indicator"]), _listed(p["indicators"])),
            "weight_invalid": lambda: fill(self.tr("The weight of '%1' must be a number of 0 or more, not %2."),
                str(p["indicator"]), str(p["value"])),
            "layer_kind": lambda: fill(self.tr("The layer '%1' is of kind '%2'; a layer is one of %3."),
                str(p["layer"]), str(p["kind"]), _listed(p["allowed"])),
            "layer_opacity": lambda: fill(self.tr("The opacity of the layer '%1' must be between 0 and 1, not %2."),
                str(p["layer"]), str(p["value"])),
            "layer_exists": lambda: fill(self.tr("The project already has a layer with the id '%1'. Give the new layer "
                                                 "another id."), str(p["layer"])),
            "no_such_project_layer": lambda: fill(self.tr("The project has no layer '%1'. Layers: %2."),
                str(p["layer"]), _listed(p["layers"])),
            "view_extent": lambda: fill(self.tr("The map extent %1 is not four finite numbers xmin, ymin, xmax, ymax "
                                                "(xmin <= xmax, ymin <= ymax)."), str(p["value"])),
            "project_never_saved": lambda: self.tr("This project has never been saved: choose a file name (Save "
                                                   "as)."),
            # grid suitability and Locate Regions
            "grid_recipe_unreadable": lambda: fill(self.tr("The grid recipe %1 cannot be read (%2). Check that it is "
                                                           "TOML or JSON text."), f, str(p["detail"])),
            "grid_recipe_criterion": lambda: fill(self.tr("A criterion of the grid recipe %1 is incomplete (%2); each "
                                                          "needs at least an indicator."), f, str(p["detail"])),
            "grid_recipe_output": lambda: fill(self.tr("The [output] table of the grid recipe %1 is not understood "
                                                       "(%2). Write compress = \"zstd\" or \"deflate\" and predictor "
                                                       "= true or false."), f, str(p["detail"])),
            "grid_no_criteria": lambda: fill(self.tr("The grid recipe %1 has no criteria: add at least one [[criteria]] "
                                                     "naming a raster."), f or "-"),
            "grid_missing_rasters": lambda: fill(self.tr("The grid recipe %1 has no raster for %2. Add them under "
                                                         "[rasters]."), f or "-", _listed(p["missing"])),
            "patches_no_scores": lambda: self.tr("No district has a suitability score, so Locate Regions has nowhere "
                                                 "to look. Score the districts first."),
            "patches_too_large": lambda: fill(self.tr("The %1 best districts span %2 Mpx of %3; Locate Regions reads at "
                                                      "most 256 Mpx at once. Ask for fewer districts."),
                str(p["best"]), str(p["mpx"]), f),
            # imported candidate maps
            "candidate_kind": lambda: fill(self.tr("'%1' is not a kind of candidate map: choose score or rank."),
                str(p["kind"])),
            "candidate_no_field": lambda: fill(self.tr("%1 has no field '%2'. Fields: %3. Choose one of them."),
                f, str(p["field"]), _listed(p["fields"])),
            "candidate_no_value_field": lambda: fill(self.tr("No score or rank field found in %1 (fields: %2). Choose the "
                                                             "field that holds the scores or ranks."),
                f, _listed(p["fields"])),
            "candidate_no_match": lambda: fill(self.tr("None of the %1 codes of %2 (field '%3', e.g. %4) is a district "
                                                       "of the project (%5 %6, e.g. %7). Import a map of the same level "
                                                       "and code system, or choose the field with the district codes."),
                str(p["count"]), f, str(p["field"]), str(p["sample"]), str(p["districts"]),
                self._level(str(p["level"])), str(p["district_sample"])),
            "candidate_no_values": lambda: fill(self.tr("The field '%1' of %2 has no number for the districts it matched. "
                                                        "Choose the field with the scores or ranks."),
                str(p["field"]), f),
            "candidate_no_path": lambda: fill(self.tr("The scenario '%1' is an imported candidate map without its file. "
                                                      "Import the map again."), str(p["scenario"])),
            "candidate_not_imported": lambda: fill(self.tr("The scenario '%1' is not an imported candidate map (it is "
                                                           "scored with %2)."), str(p["scenario"]), str(p["method"])),
            "candidate_file_missing": lambda: fill(self.tr("The candidate map %1 of the scenario '%2' was not found. Put "
                                                           "the file back or import it again."),
                f, str(p["scenario"])),
            # levels, presets and the project's layers
            "unknown_level": lambda: fill(self.tr("Unknown level '%1': use one of %2."),
                str(p["level"]), self._levels(p["levels"])),
            "preset_unknown": lambda: fill(self.tr("Unknown preset '%1'. Available presets: %2."),
                str(p["name"]), _listed(p["available"])),
            "preset_not_toml": lambda: fill(self.tr("The preset file %1 is not valid TOML (%2). Fix it in a text editor "
                                                    "(the bundled presets show the form)."), f, str(p["detail"])),
            "preset_invalid": lambda: fill(self.tr("The preset file %1 is not valid: %2. Fix it in a text editor (the "
                                                   "bundled presets show the form)."), f or "-", self._preset_problem(p)),
            "no_districts_layer": lambda: self.tr("The project has no districts layer. Add a vector layer of "
                                                  "municipality or neighbourhood boundaries."),
            "zonal_option": lambda: fill(self.tr("The zonal statistics of the layer '%1' are not set right: %2. Set "
                                                 "them again in Analysis ▸ Zonal statistics."),
                str(p["layer"]), self._zonal_problem(p)),
            "zonal_column_clash": lambda: fill(self.tr("The zonal statistic column '%1' of the raster layer '%2' has the "
                                                       "name of another column. Choose a prefix other than '%3' in "
                                                       "Analysis ▸ Zonal statistics."),
                str(p["column"]), str(p["layer"]), str(p["prefix"])),
            "weight_source": lambda: fill(self.tr("'%1' is not a source of objective weights: use raw or "
                                                  "standardised."), str(p["value"])),
            # the planner's shrinking rule, scores and robustness
            "shrinking_top": lambda: fill(self.tr("'%1' is not a valid top:N rule. Write top: and a whole number of 1 "
                                                  "or more, e.g. top:50."), str(p["spec"])),
            "shrinking_unknown_indicator": lambda: fill(self.tr("In the shrinking rule '%1', '%2' is neither score nor "
                                                                "an indicator (indicators: %3)."),
                str(p["spec"]), str(p["name"]), _listed(p["available"])),
            "shrinking_spec": lambda: fill(self.tr("The shrinking rule '%1' is neither top:N, a comparison such as "
                                                   "score>=60, nor an existing file."), str(p["spec"])),
            "shrinking_file_no_match": lambda: fill(self.tr("None of the %2 entries of %1 matches a district code or "
                                                            "name. List one 2020 census code or district name per "
                                                            "line."), f, str(p["count"])),
            "scores_level": lambda: fill(self.tr("The codes of %1 look like %2 codes; the planner needs 5-digit "
                                                 "municipality or 7-digit neighbourhood census codes (as in "
                                                 "SmartZone's own scores.csv)."), f, str(p["level"])),
            "scores_unknown_codes": lambda: fill(self.tr("%2 district code(s) of %1 are not in the bundled %3 layer: %4. "
                                                         "Use Statistics Korea census codes of 2020 (e.g. 11010 for "
                                                         "Jongno-gu)."),
                f, str(p["count"]), self._level(str(p["level"])), str(p["sample"])),
            "concentration_without_shrinking": lambda: self.tr("A concentration share needs a shrinking rule saying "
                                                               "which districts are shrinking."),
            "robustness_no_weights": lambda: fill(self.tr("The scenario '%1' (%2) has no weights to vary: robustness "
                                                          "needs a scenario scored with weights."),
                str(p["scenario"]), str(p["method"])),
            # the planner's rules and solutions (amounts in 100 million won)
            "plan_cost_not_positive": lambda: fill(self.tr("The cost of the solution '%1' must be more than 0 (in 100M "
                                                           "KRW); it is %2. Correct it in the solution catalogue."),
                str(p["id"]), str(p["value"])),
            "plan_amount_negative": lambda: fill(self.tr("%1 must be 0 or more (in 100M KRW); it is %2. Enter 0 or "
                                                         "more."), self._plan_amount(str(p["rule"])), str(p["value"])),
            "plan_district_min_above_max": lambda: fill(self.tr("The per-district minimum spend (%1 100M KRW) is above "
                                                                "the per-district maximum (%2 100M KRW). Lower the "
                                                                "minimum or raise the maximum."),
                f"{p['district_min']:g}", f"{p['district_max']:g}"),
            "plan_catalogue_empty": lambda: self.tr("The solution catalogue has no solutions. Add at least one "
                                                    "solution."),
            "plan_share_no_category": lambda: self.tr("A minimum share names no solution category. Name at least "
                                                      "one, e.g. climate,digital_inclusion=0.35."),
            "plan_share_unknown_category": lambda: fill(self.tr("The minimum share names unknown categories %1. Use "
                                                                "%2."), _listed(p["categories"]), _listed(p["allowed"])),
            "plan_share_range": lambda: fill(self.tr("The minimum share of %1 must be between 0 and 1 (e.g. 0.35 for "
                                                     "35 %); it is %2."),
                self._categories(p["categories"]), str(p["value"])),
            "plan_share_rule_form": lambda: fill(self.tr("'%1' is not a minimum-share rule: write the categories, = and "
                                                         "the share, e.g. climate,digital_inclusion=0.35 or 35%."),
                str(p["text"])),
            "plan_share_twice": lambda: self.tr("Two minimum shares name the same categories; keep one."),
            "plan_concentration_range": lambda: fill(self.tr("The share to spend in shrinking districts must be between "
                                                             "0 and 1 (e.g. 0.5 for 50 %); it is %1."), str(p["value"])),
            "plan_districts_count": lambda: fill(self.tr("The number of districts to fund must be a whole number of 0 or "
                                                         "more; it is %1."), str(p["value"])),
            "cli_amount_not_number": lambda: fill(self.tr("%1 '%2' is not an amount in 100M KRW. Write a number such "
                                                          "as 80 or 12.5."), str(p["option"]), str(p["text"])),
            "cli_amount_negative": lambda: fill(self.tr("%1 must be 0 or more (in 100M KRW); it is %2.") if p["zero_ok"]
                                                else self.tr("%1 must be more than 0 (in 100M KRW); it is %2."),
                                                str(p["option"]), str(p["text"])),
            "cli_share_invalid": lambda: fill(self.tr("%1 '%2' is not a share: write a number from 0 to 1 or a "
                                                      "percentage, e.g. 0.5 or 50%."), str(p["option"]), str(p["text"])),
            "cli_scores_or_preset": lambda: self.tr("Use either --scores or a preset/--project, not both."),
            "cli_report_needs_name": lambda: self.tr("--report needs a file name (--report plan.pdf) or an output "
                                                     "folder (--out DIR)."),
            "cli_report_not_pdf": lambda: fill(self.tr("--report %1: the report is a PDF; use a name ending in .pdf."),
                f),
            "cli_time_limit": lambda: self.tr("--time-limit must be more than 0 seconds."),
            "cli_robustness_runs": lambda: self.tr("--robustness must be 0 or more runs."),
            "cli_out_is_file": lambda: fill(self.tr("The output folder %1 is a file, not a folder. Choose a folder "
                                                    "with --out."), f),
            "cli_files_exist": lambda: fill(self.tr("%1 already exist in the folder %2. Use --overwrite to replace "
                                                    "them or choose another folder."), _listed(p["files"]), f),
            # the planner's scores file
            "scores_duplicate_code": lambda: fill(self.tr("%1 lists the district %2 more than once; each district needs "
                                                          "one score. Remove or merge the repeated rows."),
                f, str(p["code"])),
            "scores_no_score_column": lambda: fill(self.tr("%1 has no column of scores. Columns: %2. Write the scores "
                                                           "(0-100) in a column named 'score'."),
                f, _listed(p["columns"])),
            "scores_not_number": lambda: fill(self.tr("In %1 the score '%2' of district %3 is not a number. Write a number "
                                                      "from 0 to 100, or leave it empty to leave the district out."),
                f, str(p["text"]), str(p["code"])),
            "scores_negative": lambda: fill(self.tr("In %1 the score %2 of district %3 is negative; scores are 0 to 100. "
                                                    "Correct it and load the file again."),
                f, str(p["value"]), str(p["code"])),
            "old_excel": lambda: fill(self.tr("%1 is an old Excel 97-2003 (.xls) workbook. Save it as .xlsx or CSV and "
                                              "add it again."), f),
            "excel_unreadable": lambda: fill(self.tr("%1 cannot be opened as an Excel workbook (%2). Save it again as "
                                                     ".xlsx or CSV."), f, str(p["detail"])),
            "csv_unreadable": lambda: fill(self.tr("%1 is not a readable CSV file (%2). Save it again as CSV (UTF-8)."),
                f, str(p["detail"])),
            "no_such_sheet": lambda: fill(self.tr("%1 has no sheet '%2'. Sheets: %3."),
                f, str(p["sheet"]), _listed(p["sheets"])),
            "zip_unreadable": lambda: fill(self.tr("%1 is not a readable ZIP archive (%2). Download or copy it "
                                                   "again."), f, str(p["detail"])),
            "dbf_damaged": lambda: fill(self.tr("The attribute file of %1 is damaged (not a dBASE file). Export the "
                                                "layer again from its source."), f),
            "record_counts": lambda: fill(self.tr("The Shapefile %1 has %2 shapes (.shp/.shx) but %3 attribute records "
                                                  "(.dbf): its parts do not belong together or one is damaged. Export the "
                                                  "layer again from its source."),
                f, f"{p['shapes']:,}", f"{p['records']:,}"),
            "raster_unreadable": lambda: fill(self.tr("%1 cannot be read as a raster (%2). Open it in QGIS to check it, "
                                                      "or export it again as GeoTIFF."),
                f, str(p["detail"])),
            "no_rasters": lambda: self.tr("No rasters given. Add at least one indicator raster."),
            "raster_grid_differs": lambda: fill(self.tr("%1 (%2) is not on the pixel grid of %3 (%4); different: %5. "
                                                        "Warp it onto the first raster's extent, resolution and CRS "
                                                        "(QGIS Warp or gdalwarp) and add it again."),
                f, str(p["name"]), _file(p["first"]), str(p["first_name"]), self._aspects(p["aspects"])),
            "no_such_band": lambda: fill(self.tr("%1 has %2 band(s); band %3 does not exist."),
                f, str(p["count"]), str(p["band"])),
            # exports
            "export_bad_name": lambda: fill(self.tr("'%1' is not a valid file name: it may not contain path separators "
                                                    "or any of %2. Choose another name."),
                str(p["name"]), str(p["chars"])),
            "export_folder_missing": lambda: fill(self.tr("The folder %1 does not exist. Choose an existing folder or "
                                                          "create it first."), f),
            "export_exists": lambda: fill(self.tr("These files already exist: %1. Choose another name, or allow "
                                                  "replacing them."), _listed(p["files"], 6)),
            "export_encoding": lambda: fill(self.tr("Field '%1', %2: the character '%3' cannot be stored in %4. Export in "
                                                    "UTF-8 or change the text."),
                str(p["field"]), str(p["row"]), str(p["char"]), str(p["encoding"])),
            "export_gdal": lambda: fill(self.tr("GDAL could not write the file (%1). Check the folder and the free space; "
                                                "files already there were not changed."),
                str(p["detail"])),
            "export_target_not_file": lambda: fill(self.tr("%1 is a folder, not a file SmartZone wrote; it was left untouched. Move it away or "
                             "choose another name or folder.") if p["folder"] else
                     self.tr("%1 is not a regular file; it was left untouched. Choose another name or folder."),
                f),
            "export_locked": lambda: fill(self.tr("A file in the folder %1 is open in another program (%2). Close it "
                                                  "there (QGIS, Excel ...) and export again; nothing was changed."),
                f, str(p["file"] or p["detail"])),
            "export_permission": lambda: fill(self.tr("You may not write into the folder %1 (%2). Choose another "
                                                      "folder; nothing was changed."),
                f, str(p["detail"])),
            "export_disk_full": lambda: fill(self.tr("The disk is full while writing into the folder %1. Free some space "
                                                     "and export again; nothing was changed."),
                f),
            "export_name_too_long": lambda: fill(self.tr("The file name is too long for the folder %1. Choose a shorter "
                                                         "name or a folder nearer the drive's root."),
                f),
            "export_folder_error": lambda: fill(self.tr("Cannot write into the folder %1 (%2). Check that it is a folder "
                                                        "you can write to, or choose another one; nothing was changed."),
                f, str(p["detail"])),
            "export_rollback_failed": lambda: fill(self.tr("The export could not be moved into the folder %1 (%2), nor "
                                                           "the previous files restored: they are in its sub-folder %3. "
                                                           "Export again to finish restoring them."),
                f, str(p["detail"]), str(p["backup"])),
            "export_read_back": lambda: fill(self.tr("%1 was written but does not read back as written: %2. Nothing was "
                                                     "changed in the folder. Check the free space and that the folder is "
                                                     "a local one (a network or synchronised folder can alter files), "
                                                     "then export again."),
                f, self._read_back(p)),
            "export_same_name": lambda: fill(self.tr("Two files of one export into the folder %1 have the same name '%2'. "
                                                     "This is a bug in SmartZone; nothing was changed. Please report it "
                                                     "with the log file."),
                f, str(p["name"])),
            "export_nothing": lambda: fill(self.tr("The export made no file to put into the folder %1. This is a bug in "
                                                   "SmartZone; nothing was changed. Please report it with the log file."),
                f),
            "plan_csv_column": lambda: fill(self.tr("The plan's table for %1 has no '%2' column. This is a bug in "
                                                    "SmartZone; nothing was written. Please report it with the log file."),
                f, str(p["column"])),
            "plan_summary_value": lambda: fill(self.tr("%1 cannot be written: a value cannot be stored as JSON (%2). This "
                                                       "is a bug in SmartZone; nothing was written. Please report it with "
                                                       "the log file."),
                f, str(p["detail"])),
            "short_name_none_free": lambda: fill(self.tr("No free short field name is left for '%1'. Give it a short name "
                                                         "yourself (field names) and export again."),
                str(p["field"])),
            "style_invalid": lambda: fill(self.tr("The map style cannot be made: %1. Choose another classification or "
                                                  "other colours and try again."), self._style_problem(p)),
            "style_no_values": lambda: fill(self.tr("The field '%1' has no numbers to classify for the map style: every "
                                                    "value is empty. Check that the scores were computed, or export "
                                                    "without a style."), str(p["field"])),
            "export_empty": lambda: fill(self.tr("There are no districts to export into %1: the table is empty. Check "
                                                 "the scenario's exclusions and the level, then export again."), f or "-"),
            "export_no_crs": lambda: fill(self.tr("The districts to export into %1 have no coordinate system. Choose the "
                                                  "district layer's CRS in its properties and export again."), f or "-"),
            "export_empty_geometry": lambda: fill(self.tr("%1 district(s) to export into %2 have an empty geometry (the "
                                                          "first: row %3 %4). Remove or fix those districts before "
                                                          "exporting."),
                str(p["count"]), f or "-", str(p["row"]), str(p["district"])),
            "export_reproject": lambda: fill(self.tr("The districts cannot be reprojected to %1 for %2 (%3). Check the "
                                                     "districts' CRS or choose another output CRS."),
                str(p["crs"]), f or "-", str(p["detail"])),
            "export_reproject_invalid": lambda: fill(self.tr("Reprojecting the districts to %1 for %2 gave invalid "
                                                             "coordinates. Is the districts' CRS right?"),
                str(p["crs"]), f or "-"),
            "export_not_polygon": lambda: fill(self.tr("Row %1 %2 to export into %3 has no polygon area (its geometry is "
                                                       "%4); only district polygons can be exported. Remove it or fix "
                                                       "its geometry."),
                str(p["row"]), str(p["district"]), f or "-", str(p["kind"])),
            "export_too_many_fields": lambda: fill(self.tr("%1 would have %2 fields; a Shapefile (DBF) holds at most 255. "
                                                           "Export fewer columns or choose GeoPackage."),
                f, str(p["count"])),
            "export_style_field": lambda: fill(self.tr("The map style's field '%1' is not a column of the table for %2. "
                                                       "Style one of the exported columns."), str(p["field"]), f),
            "export_part_failed": lambda: (fill(self.tr("The disk is full while writing %1. Free some space and export "
                                                        "again; nothing was changed in the folder."), f)
                                           if p["full"] else
                                           fill(self.tr("%1 cannot be written (%2). Check the folder and export again; "
                                                        "nothing was changed in the folder."), f, str(p["detail"]))),
            "export_layer_name": lambda: fill(self.tr("The layer name for %1 is empty. Give the layer a name."), f),
            "export_duplicate_columns": lambda: fill(self.tr("The table for %1 has the column name(s) %2 more than once. "
                                                             "Rename them and export again."),
                f, _listed(p["columns"])),
            "style_store_failed": lambda: fill(self.tr("The map style cannot be stored in %1 (%2). Check that the "
                                                       "GeoPackage is complete and not open in another program."),
                f, str(p["detail"])),
            "scratch_failed": lambda: fill(self.tr("Scratch data cannot be written in the folder %1 (%2). Check that "
                                                   "you can write there."), f, str(p["detail"])),
            "scratch_full": lambda: fill(self.tr("Scratch data cannot be written in the folder %1 (%2). Free disk space "
                                                 "there (about %3 GiB are needed so far)."),
                f, str(p["detail"]), str(p["gib"])),
            "scratch_removed": lambda: fill(self.tr("The scratch file %1 ended early: was it removed while in use? Run "
                                                    "the analysis again."), f),
            "raster_view_transform": lambda: fill(self.tr("The map view cannot be transformed into the coordinate system "
                                                          "of %1 (%2). Check the raster's CRS."), f, str(p["detail"])),
            "code_invalid": lambda: fill(self.tr("%1 is not an admin code. Codes are digits (2, 5, 7, 8 or 10 of "
                                                 "them)."), str(p["value"])),
            # zonal statistics and contiguity
            "zonal_method": lambda: fill(self.tr("'%1' is not a zonal statistics method: use auto, exact or fast."),
                str(p["method"])),
            "zonal_no_stats": lambda: fill(self.tr("Choose at least one zonal statistic (%1)."), _listed(p["allowed"])),
            "zonal_unknown_stats": lambda: fill(self.tr("%1 are not zonal statistics: choose from %2."),
                _listed(p["stats"]), _listed(p["allowed"])),
            "zonal_no_code_field": lambda: fill(self.tr("The district layer has no field '%1' for the district codes. "
                                                        "Fields: %2. Choose the field that holds the codes."),
                str(p["field"]), _listed(p["fields"])),
            "zonal_failed": lambda: fill(self.tr("Zonal statistics failed on %1 (%2). Check the raster (open it in "
                                                 "QGIS) and the districts."), f, str(p["detail"])),
            "contiguity_lengths": lambda: fill(self.tr("Neighbours cannot be found: %1 geometries but %2 district "
                                                       "codes."), str(p["geometries"]), str(p["ids"])),
            "contiguity_codes_not_unique": lambda: fill(self.tr("Neighbours cannot be found: district codes appear more "
                                                                "than once (%1). Choose the layer's code field."),
                _listed(p["codes"])),
            "contiguity_islands": lambda: fill(self.tr("'%1' is not a way to treat islands: use nearest or none."),
                str(p["value"])),
            "contiguity_no_geometry": lambda: fill(self.tr("Neighbours cannot be found: %1 district(s) have no geometry "
                                                           "(e.g. %2). Repair or remove them first."),
                str(p["count"]), _listed(p["codes"])),
            "short_name_too_long": lambda: fill(self.tr("The short field name '%1' for '%2' is %3 bytes in %4; a "
                                                        "Shapefile (DBF) field name holds at most %5 bytes (a Korean "
                                                        "letter takes 2 in CP949). Choose a shorter name."),
                str(p["name"]), str(p["field"]), str(p["size"]), str(p["encoding"]), str(p["limit"])),
            "short_name_encoding": lambda: fill(self.tr("The short field name '%1' for '%2' cannot be written in %3. "
                                                        "Choose a name of Latin letters and digits, or export in UTF-8."),
                str(p["name"]), str(p["field"]), str(p["encoding"])),
            "short_name_twice": lambda: fill(self.tr("The short field name '%1' (for '%2') is used for two fields. Give "
                                                     "each field its own name."),
                str(p["name"]), str(p["field"])),
            "field_twice": lambda: fill(self.tr("The field '%1' appears twice in the table. Rename or remove one of "
                                                "them and export again."), str(p["field"])),
            # encodings
            "text_encoding_unknown": lambda: fill(self.tr("The text of %1 is neither UTF-8 nor CP949 (EUC-KR). Save it "
                                                          "again as UTF-8, or give its encoding (a .cpg file beside a "
                                                          "Shapefile)."), f),
            "text_not_in_encoding": lambda: fill(self.tr("%1 is not valid %2 text (byte %3). Leave the encoding empty to "
                                                         "detect it, or try CP949 or UTF-8."),
                f, str(p["encoding"]), str(p["byte"])),
            "unknown_encoding": lambda: fill(self.tr("Unknown text encoding '%1'. Use CP949 (also for EUC-KR) or "
                                                     "UTF-8."), str(p["encoding"])),
            "cpg_says_cp949": lambda: fill(self.tr("The .cpg file of %1 (or the encoding given) says %2, but the text is "
                                                   "UTF-8: read as %2 it would be garbled. Change the .cpg to UTF-8 and "
                                                   "add the file again."),
                f, str(p["encoding"])),
            "field_names_encoding": lambda: fill(self.tr("The field names of %1 are not %2 text. Give the right encoding "
                                                         "(e.g. CP949) or fix the .cpg file."),
                f, str(p["encoding"])),
            "attribute_encoding": lambda: fill(self.tr("The attribute text of %1 is not %2. Give the right encoding "
                                                       "(CP949 or UTF-8) or fix the .cpg file."),
                f, str(p["encoding"])),
            # fields and codes
            "no_such_field": lambda: fill(self.tr("%1 (layer '%2') has no field '%3'. Fields: %4."),
                f, layer, str(p["field"]), _listed(p["fields"])),
            "no_code_field": lambda: fill(self.tr("No admin-code field found in %1 (layer '%2'). Fields: %3. Choose the "
                                                  "field that holds the 5-digit (municipality) or 7, 8 or 10-digit (neighbourhood) codes."),
                f, layer, _listed(p["fields"])),
            "missing_codes": lambda: fill(self.tr("%1 feature(s) of %2 (layer '%3') have no admin code in '%4' (rows %5). "
                                                  "Fill in the codes or choose another code field."),
                f"{p['count']:,}", f, layer, str(p["field"]), _listed(p["rows"])),
            "duplicate_codes": lambda: fill(self.tr("%1 admin code(s) appear on several features of %2 (layer '%3'): %4. "
                                                    "Each district needs one feature: dissolve the parts by code, or "
                                                    "choose the right code field."),
                f"{p['count']:,}", f, layer, str(p["shown"])),
            "no_codes_found": lambda: fill(self.tr("No admin codes (2, 5, 7, 8 or 10 digits) found in %1. The table needs "
                                                   "a column of admin codes."), f),
            "no_header": lambda: fill(self.tr("%1 has no header line above its first data row (%2). Add a line with "
                                              "the column names."), f, str(p["row"])),
            "no_code_column": lambda: fill(self.tr("No column of %1 holds admin codes. Columns: %2."),
                f, _listed(p["columns"])),
            "no_such_column": lambda: fill(self.tr("%1 has no column '%2'. Columns: %3."),
                f, str(p["column"]), _listed(p["columns"])),
            "table_empty": lambda: fill(self.tr("%1 is empty."), f),
            "duplicate_table_codes": lambda: fill(self.tr("%1 lists %2 admin code(s) more than once (%3). An indicator "
                                                          "table needs one row per district: keep one year or pivot "
                                                          "the table."),
                f, f"{p['count']:,}", str(p["shown"])),
            "join_missing_columns": lambda: fill(self.tr("Column(s) %1 are not in %2. Available: %3."),
                _listed(p["columns"]), f, _listed(p["available"])),
            "join_no_match": lambda: fill(self.tr("No admin code of %1 matches the district layer %2. Use a table of "
                                                  "the same level (municipalities or neighbourhoods) and code system as the districts."),
                f, _file(p["layer_path"])),
            # geometry
            "all_geometries_empty": lambda: fill(self.tr("Every geometry of %1 (layer '%2') is empty or missing; a "
                                                         "district layer needs polygons. Check that the file was "
                                                         "exported with its geometry."),
                f, layer),
            "mixed_geometries": lambda: fill(self.tr("%1 of the %2 features of %3 (layer '%4') are not polygons. A "
                                                     "district layer holds only municipality or neighbourhood polygons: remove the other "
                                                     "features or choose the right layer."),
                f"{p['count']:,}", f"{p['total']:,}", f, layer),
            "table_not_layer": lambda: fill(self.tr("%1 (layer '%2') has no geometry: it is a table, not a district "
                                                    "layer. Add it as an indicator table instead."),
                f, layer),
            "not_polygons": lambda: fill(self.tr("%1 (layer '%2') holds %3 features, not polygons. District layers "
                                                 "must be polygons (municipality or neighbourhood boundaries)."),
                f, layer, str(p["kind"])),
            "no_polygons": lambda: fill(self.tr("%1 (layer '%2') holds no polygons. District layers must be polygons "
                                                "(municipality or neighbourhood boundaries)."),
                f, layer),
            "no_features": lambda: fill(self.tr("%1 (layer '%2') has no features."), f, layer),
            # coordinate systems
            "no_crs": lambda: fill(self.tr("%1 (layer '%2') has no coordinate reference system. Choose its CRS in the "
                                           "layer's properties (e.g. EPSG:5179 for census boundaries, EPSG:5186 for "
                                           "local-government data, EPSG:5174 for old cadastral data)."),
                f, layer),
            "prj_not_ascii": lambda: fill(self.tr("The .prj file of %1 holds non-ASCII text (e.g. a CRS name in Korean) "
                                                  "or binary bytes, which GDAL cannot read. Replace it with the .prj of "
                                                  "the CRS the data uses (e.g. from epsg.io/5179), or delete it and choose "
                                                  "the CRS."), f),
            "prj_damaged": lambda: fill(self.tr("The coordinate system of %1 is damaged or truncated (%2). Replace its "
                                                ".prj with that of the CRS the data uses (e.g. from epsg.io/5179), or "
                                                "delete it and choose the CRS."),
                f, str(p["detail"])),
            "degrees_look_like_metres": lambda: fill(self.tr("%1 (layer '%2') claims %3 (degrees) but its coordinates "
                                                             "look like metres: its CRS is wrong. Choose the right CRS or "
                                                             "fix the .prj file."),
                f, layer, str(p["crs"])),
            "reprojection_invalid": lambda: fill(self.tr("Reprojecting %1 from %2 to %3 produced invalid coordinates. "
                                                         "Is the source CRS right?"),
                f, str(p["source"]), str(p["target"])),
            "raster_no_crs": lambda: fill(self.tr("%1 has no coordinate system, so it cannot be placed on the map. "
                                                  "Assign one in QGIS (or with gdal_edit.py -a_srs) and add it again."),
                f),
            "raster_rotated": lambda: fill(self.tr("%1 is a rotated raster. Warp it to a north-up grid (gdalwarp) "
                                                   "and add it again."), f),
            "districts_no_crs": lambda: self.tr("The district layer has no coordinate system. Choose its CRS in the "
                                                "layer's properties before zonal statistics."),
            "crs_transform_failed": lambda: fill(self.tr("The districts cannot be transformed from %1 into the CRS of %2 "
                                                         "(%3). Check the CRS of both layers."),
                str(p["source"]), f, str(p["detail"])),
            "outside_crs_area": lambda: fill(self.tr("%1 district(s) fall outside the area where the CRS of %2 is defined. "
                                                     "Use a raster in a CRS that covers Korea (e.g. EPSG:5179)."),
                f"{p['count']:,}", f),
            "crs_missing": lambda: self.tr("No coordinate reference system given. Give an EPSG code such as "
                                           "EPSG:5179."),
            "crs_unknown": lambda: fill(self.tr("Unknown coordinate reference system %1. Give an EPSG code such as "
                                                "EPSG:5179 (Korea 2000 / Unified CS) or EPSG:5186 (Central Belt 2010)."),
                str(p["crs"])),
            # paths
            "path_nul": lambda: self.tr("The path contains a NUL character; it is not a file name."),
            "path_remote": lambda: fill(self.tr("%1 is a network or virtual path; SmartZone reads local files only. "
                                                "Copy the file to this computer."),
                str(p["path"])),
            "path_special": lambda: fill(self.tr("%1 is a device, pipe or socket, not a data file; choose a file."),
                str(p["path"])),
        }
        make = words.get(key)
        return make() if make is not None else ""

    # -------------------------------------------------------------- scoring's errors
    def _setting(self, p: Mapping[str, Any]) -> str:
        """The setting an error names: a declared parameter by its label in this language, else by its id."""
        name = str(p.get("name", ""))
        label = str(p.get("label_en" if self._english() else "label_ko", "") or "")
        known = {"threshold": self.tr("CR threshold"), "reciprocal_tol": self.tr("reciprocity tolerance"),
                 "method": self.tr("method"), "objective": self.tr("objective"),
                 "rank method": self.tr("rank method"), "n_runs": self.tr("number of runs"),
                 "concentration": self.tr("concentration"), "top_k": self.tr("top k"),
                 "steps": self.tr("number of steps"), "curve": self.tr("curve"), "shape": self.tr("shape"),
                 "correction": self.tr("multiple-testing correction"), "permutations": self.tr("permutations"),
                 "alpha": self.tr("significance level"), "patch shape": self.tr("patch shape"),
                 "preference": self.tr("preference function"), "time_limit": self.tr("time limit"),
                 "mip_rel_gap": self.tr("optimality gap")}
        label = label or known.get(name, "")
        shown = f"'{label}'" if label else f"'{name}'"  # the label alone: no raw ids beside Korean words
        method = str(p.get("method_en" if self._english() else "method_ko", "") or "")
        return fill(self.tr("%1 of the standardisation %2"), shown, f"'{method}'") if method else shown

    def _indicator(self, indicator: str) -> str:
        """An indicator by its label in this language when the demo data declares it (``pop_2020`` ->
        총인구 (2020)), else by its id (the user's own data)."""
        try:
            from smartzone.resources import demo_data

            for level in ("sigungu", "emd"):
                for d in demo_data.indicator_info(level):
                    if str(d.get("id")) == indicator:
                        label = d.get("label_en" if self._english() else "label_ko")
                        if label:
                            return str(label)
        except Exception:  # no demo metadata: the id
            pass
        return indicator

    def _who(self, p: Mapping[str, Any]) -> str:
        """Whose AHP matrix ("expert 2: ", "the combined panel: ") or ""."""
        if "expert" in p:
            return fill(self.tr("Expert %1: "), str(p["expert"]))
        return self.tr("The combined panel: ") if p.get("panel") else ""

    def _cell(self, p: Mapping[str, Any]) -> str:
        return fill(self.tr("row %1 (%2), column %3 (%4)"), str(p["row"]), str(p["row_label"]), str(p["column"]),
                    str(p["column_label"]))

    def _scoring(self, key: str, p: Mapping[str, Any]) -> str:
        """The scoring engine's errors (weights, AHP, standardisation, reclass tables, regions, sensitivity)."""
        value = str(p.get("value", ""))
        words = {
            # weights and weighting methods
            "weights_unknown_criteria": lambda: fill(self.tr("The weights name %1, which are not criteria of the "
                                                             "scenario (criteria: %2). Give weights to these criteria "
                                                             "only."), _listed(p["unknown"]), _listed(p["criteria"])),
            "weights_not_numbers": lambda: fill(self.tr("The weights must be a list of numbers, not %1. Enter a number "
                                                        "for each criterion."), value),
            "weights_count": lambda: fill(self.tr("%1 weights were given for %2 criteria. Give one weight per "
                                                  "criterion."), str(p["count"]), str(p["criteria"])),
            "weight_not_finite": lambda: fill(self.tr("The weight of the criterion '%1' is %2, not a number. Enter a "
                                                      "number of 0 or more."), self._indicator(str(p["criterion"])), value),
            "weight_negative": lambda: fill(self.tr("The weight of the criterion '%1' is %2; weights must be 0 or "
                                                    "more. Enter 0 or a positive weight."), self._indicator(str(p["criterion"])), value),
            "weights_all_zero": lambda: self.tr("All weights are 0. Give at least one criterion a weight above 0."),
            "ranks_invalid": lambda: fill(self.tr("The criteria's ranks (%1) are not valid: give each criterion a "
                                                  "rank number (1 = most important)."), value),
            "weights_too_few_districts": lambda: fill(self.tr("%1 weights need at least two districts with a value "
                                                              "for every criterion (%2 have). Drop the criteria with "
                                                              "many missing values or choose other weights."),
                {"entropy": self.tr("Entropy")}.get(str(p["method"]), str(p["method"]).upper()), str(p["count"])),
            "entropy_negative": lambda: (fill(self.tr("Entropy weights on the raw values need indicators without "
                                                      "negative values; %1 has negative values. Use CRITIC weights or "
                                                      "entropy on the standardised values."), _listed(p["criteria"]))
                                         if p.get("criteria") else
                                         self.tr("Entropy weights need values of 0 or more. Use CRITIC weights or "
                                                 "entropy on the standardised values.")),
            "critic_not_finite": lambda: self.tr("CRITIC weights need a value in every cell. Check the indicators for "
                                                 "missing or infinite values."),
            "weighting_unknown": lambda: fill(self.tr("Unknown weighting method '%1'. Use one of %2."),
                                              str(p["method"]), _listed(p["available"])),
            "weighting_needs": lambda: fill(self.tr("The weighting method '%1' needs %2. Enter them first."),
                                            str(p["method"]), str(p["name"])),
            # AHP matrices and expert panels
            "ahp_judgement_value": lambda: fill(self.tr("The judgement %1 is not a positive number. Enter a value from "
                                                        "1/9 to 9."), value),
            "ahp_not_numbers": lambda: self._who(p) + self.tr("the pairwise matrix holds cells that are not numbers. "
                                                              "Enter numbers from 1/9 to 9, or leave a comparison empty."),
            "ahp_not_square": lambda: self._who(p) + fill(self.tr("the pairwise matrix is %1, not square. Give as many "
                                                                  "rows as columns, one per criterion."),
                                                          str(p["shape"])),
            "ahp_empty": lambda: self._who(p) + self.tr("the pairwise matrix is empty. Compare at least two criteria."),
            "ahp_too_many": lambda: self._who(p) + fill(self.tr("AHP compares at most %1 criteria in one matrix (this "
                                                                "one has %2). Group the criteria into a hierarchy."),
                                                        str(p["most"]), str(p["count"])),
            "ahp_labels_count": lambda: self._who(p) + fill(self.tr("%1 criterion names for a %2 x %2 matrix. Name each "
                                                                    "row once."), str(p["count"]), str(p["n"])),
            "ahp_not_positive": lambda: self._who(p) + fill(self.tr("the comparison at %1 is %2; comparisons must be "
                                                                    "positive (1/9 to 9). Correct it or leave it empty."),
                                                            self._cell(p), value),
            "ahp_off_scale": lambda: self._who(p) + fill(self.tr("the comparison at %1 is %2, far outside Saaty's scale "
                                                                 "(1/9 to 9; at most %3 accepted). Correct it."),
                                                         self._cell(p), value, str(p["most"])),
            "ahp_diagonal": lambda: self._who(p) + fill(self.tr("the diagonal at %1 is %2; a criterion compared with "
                                                                "itself must be 1."), self._cell(p), value),
            "ahp_not_reciprocal": lambda: self._who(p) + fill(self.tr("the matrix is not reciprocal at %1: %2 and %3 "
                                                                      "(their product must be 1). Enter one of the two "
                                                                      "and leave the other to be its reciprocal."),
                                                              self._cell(p), value, str(p["other"])),
            "ahp_not_linked": lambda: self._who(p) + fill(self.tr("the comparisons do not link all criteria: %1 are "
                                                                  "never compared with each other. Add at least one "
                                                                  "comparison between these groups."), str(p["groups"])),
            "ahp_experts_differ": lambda: fill(self.tr("Expert %1 compares the criteria %2, expert 1 compares %3. Give "
                                                       "every expert the same criteria."),
                str(p["expert"]), _listed(p["criteria"]), _listed(p["first"])),
            "expert_matrix_cell": lambda: fill(self.tr("%1, row '%2', column '%3': '%4' is not a judgement. Use 1/9 "
                                                       "to 9, e.g. 3 or 1/3, or leave the cell empty."),
                f"'{p['source']}'", str(p["row"]), str(p["column"]), value),
            "expert_matrix_layout": lambda: fill(self.tr("%1 is not a pairwise matrix: put the criteria in the first "
                                                         "column and in the header row."), f"'{p['source']}'"),
            "expert_matrix_not_square": lambda: fill(self.tr("%1 has %2 rows but %3 columns; a pairwise matrix has one "
                                                             "row and one column per criterion."),
                f"'{p['source']}'", str(p["rows"]), str(p["columns"])),
            "expert_matrix_names": lambda: fill(self.tr("In %1 the row names (%2) differ from the column names (%3). "
                                                        "Name the rows and columns with the same criteria."),
                f"'{p['source']}'", _listed(p["rows"]), _listed(p["columns"])),
            "expert_matrix_unreadable": lambda: fill(self.tr("%1 cannot be read as a matrix (%2). Save it as CSV or "
                                                             "XLSX with the criteria in the first column and the "
                                                             "header."), f"'{p['source']}'", str(p["detail"])),
            "expert_matrix_criteria": lambda: fill(self.tr("The matrix's criteria %1 do not match this scenario's %2."),
                _listed(p["criteria"]), _listed(p["expected"])),
            "ahp_no_experts": lambda: self.tr("No expert matrix was given. Import at least one expert's matrix."),
            "ahp_expert_size": lambda: fill(self.tr("Expert %1's matrix is %2 x %2, expert 1's is %3 x %3. Give every "
                                                    "expert the same criteria."),
                str(p["expert"]), str(p["size"]), str(p["n"])),
            "ahp_expert_weights": lambda: fill(self.tr("The experts' weights (%1) are not valid: give %2 numbers of 0 or "
                                                       "more, not all 0."), value, str(p["count"])),
            # settings and parameters
            "param_between": lambda: fill(self.tr("%1 must be between %2 and %3, not %4."),
                                          self._setting(p), str(p["low"]), str(p["high"]), value),
            "param_choice": lambda: fill(self.tr("%1 must be one of %2, not %3."),
                                         self._setting(p), _listed(p["choices"]), value),
            "param_required": lambda: fill(self.tr("%1 is required. Enter a value."), self._setting(p)),
            "param_not_number": lambda: fill(self.tr("%1 must be a number, not %2."), self._setting(p), value),
            "param_not_whole": lambda: fill(self.tr("%1 must be a whole number, not %2."), self._setting(p), value),
            "param_below": lambda: fill(self.tr("%1 must be %2 or more, not %3."), self._setting(p),
                                        str(p["least"]), value),
            "param_above": lambda: fill(self.tr("%1 must be %2 or less, not %3."), self._setting(p),
                                        str(p["most"]), value),
            "param_form": lambda: (
                fill(self.tr("%1 must be true or false, not %2."), self._setting(p), value) if p["kind"] == "bool" else
                fill(self.tr("%1 must be text, not %2."), self._setting(p), value) if p["kind"] == "str" else
                fill(self.tr("%1 must list %2 to %3 district codes, not %4."), self._setting(p), str(p["low"]),
                     str(p["high"]), value) if p.get("low") is not None and p.get("high") is not None else
                fill(self.tr("%1 must be a list of district codes, not %2."), self._setting(p), value)),
            "values_too_large": lambda: fill(self.tr("The values (%1 .. %2) are too large to standardise. Rescale the "
                                                     "indicator first (e.g. to thousands)."), str(p["low"]),
                                             str(p["high"])),
            "param_unknown": lambda: fill(self.tr("The standardisation %1 has no parameter %2. Its parameters: %3.")
                                          if p["expected"] else
                                          self.tr("The standardisation %1 takes no parameters; remove %2."),
                                          f"'{p.get('method_en' if self._english() else 'method_ko') or p['method']}'",
                                          _listed(f"'{n}'" for n in p["names"]), _listed(p["expected"])),
            "standardization_unknown": lambda: fill(self.tr("Unknown standardisation '%1'. Use one of %2."),
                                                    str(p["method"]), _listed(p["available"])),
            "direction": lambda: fill(self.tr("The direction must be benefit (higher is better) or cost (lower is "
                                              "better), not '%1'."), value),
            "missing_policy": lambda: fill(self.tr("The missing-value policy must be one of %1, not '%2'."),
                                           _listed(p["allowed"]), value),
            "ratio_not_positive": lambda: fill(self.tr("The ratio standardisation divides by the values, which must all "
                                                       "be above 0 (the smallest is %1). Use min-max instead."), value),
            "fuzzy_midpoint": lambda: fill(self.tr("The standardisation %1 needs a midpoint above 0 (it is %2). Set "
                                                   "the midpoint or use fuzzy logistic."), str(p["method"]), value),
            "constraint_operator": lambda: fill(self.tr("The exclusion rule's operator must be one of %1, not '%2'."),
                                                _listed(p["allowed"]), value),
            "constraint_value": lambda: fill(self.tr("The exclusion rule's value must be a number, not %1."), value),
            # reclass tables
            "reclass_scale_max": lambda: fill(self.tr("The top of the score scale must be a number above 0, not %1."),
                                              value),
            "reclass_no_ranges": lambda: self.tr("The reclass table has no rows. Add rows of low, high and score."),
            "reclass_row_form": lambda: fill(self.tr("Row %1 of the reclass table must hold low, high and score, not %2.")
                                             if p["kind"] == "range" else
                                             self.tr("Row %1 of the class table must hold a class value and a score, "
                                                     "not %2."), str(p["row"]), value),
            "reclass_bound": lambda: fill(self.tr("The low value of row %1 of the reclass table must be a number or "
                                                  "empty (open end), not %2.") if p["part"] == "low" else
                                          self.tr("The high value of row %1 of the reclass table must be a number or "
                                                  "empty (open end), not %2."), str(p["row"]), value),
            "reclass_low_high": lambda: fill(self.tr("In row %1 of the reclass table the low value (%2) must be less "
                                                     "than the high value (%3)."),
                str(p["row"]), str(p["low"]), str(p["high"])),
            "reclass_overlap": lambda: fill(self.tr("The reclass ranges overlap: %1 and the range from %2. Make each "
                                                    "low value at least the previous high value."),
                str(p["first"]), str(p["low"])),
            "reclass_score": lambda: fill(self._reclass_where(p) + " " + self.tr("must be a number from 0 to %1, not "
                                                                                 "%2."), str(p["most"]), value),
            "reclass_no_mapping": lambda: self.tr("The class table has no classes. Add at least one class value and "
                                                  "its score."),
            "reclass_class_code": lambda: fill(self.tr("The class value %1 is not a numeric code. Use the raster's class "
                                                       "codes (e.g. 110)."), value),
            # criteria against the data
            "criteria_twice": lambda: fill(self.tr("The indicators %1 are used by more than one criterion. Keep one "
                                                   "criterion per indicator."), _listed(p["indicators"])),
            "criteria_unknown_indicator": lambda: fill(self.tr("The indicators %1 are not in the data. Available: %2. "
                                                               "Choose indicators of the data or add their layer."),
                _listed(p["indicators"]), _listed(p["available"])),
            "matrix_codes_twice": lambda: fill(self.tr("The district codes %1 appear more than once in the data. Each "
                                                       "district must appear once."), _listed(p["codes"])),
            "column_not_numeric": lambda: fill(self.tr("The indicator '%1' is not numeric (e.g. %2). Convert it to "
                                                       "numbers or choose another indicator."),
                str(p["column"]), _listed(f"'{v}'" for v in p["sample"])),
            "median_no_values": lambda: self.tr("The median cannot be filled in: no valid district has a value. Use "
                                                "the exclude or zero missing-value policy, or drop the criterion."),
            # Locate Regions
            "regions_too_few_districts": lambda: fill(self.tr("Only %1 districts can be chosen; %2 regions of at least "
                                                              "%3 districts need %4. Ask for fewer regions or a smaller "
                                                              "minimum size."),
                str(p["eligible"]), str(p["k"]), str(p["min_size"]), str(p["need"])),
            "regions_count": lambda: fill(self.tr("The number of regions must be a whole number from 1 to %1, not %2."),
                                          str(p["most"]), value),
            "regions_sizes": lambda: fill(self.tr("The region sizes must satisfy 1 ≤ minimum ≤ maximum (minimum %1, "
                                                  "maximum %2)."), str(p["min_size"]), str(p["max_size"])),
            "regions_needs": lambda: {"area": self.tr("Area limits need the districts' areas."),
                                      "population": self.tr("Population limits need the districts' population: add a "
                                                            "population indicator."),
                                      "centroids": self.tr("The extent limit needs the districts' geometry.")
                                      }.get(str(p["what"]), str(p["what"])),
            "regions_time_limit": lambda: fill(self.tr("The exact solver found no set of regions within its time limit "
                                                       "of %1 s. Allow more time or use the region-growing method."),
                                               str(p["seconds"])),
            "regions_infeasible": lambda: fill(self.tr("No set of regions meets the limits (%1). Relax the size, area, "
                                                       "population, extent or separation limits, or ask for fewer "
                                                       "regions."), str(p["detail"])),
            "regions_greedy_short": lambda: fill(self.tr("Region growing found only %1 of %2 separate regions within "
                                                         "the limits. Relax the limits, ask for fewer regions or use "
                                                         "the exact method."), str(p["found"]), str(p["k"])),
            # scoring methods, grids, hot spots, patches and ArcGIS-like transformations
            "method_unknown": lambda: fill(self.tr("Unknown scoring method '%1'. Use one of %2.")
                                           if not p.get("broken") else
                                           self.tr("The scoring method '%1' is a plug-in that failed to load. Use "
                                                   "one of %2, or repair the plug-in."),
                                           str(p["method"]), _listed(p["available"])),
            "plugin_init_failed": lambda: fill(self.tr("The scoring plug-in '%1' could not be started (%2). Choose "
                                                       "another method or repair the plug-in."),
                                               str(p["method"]), str(p["detail"])),
            "plugin_failed": lambda: fill(self.tr("The scoring plug-in '%1' (%2) failed (%3). Choose another method "
                                                  "or update the plug-in."),
                                          str(p["method"]), str(p["distribution"]), str(p["detail"])),
            "plugin_invalid_result": lambda: fill(self.tr("The scoring plug-in '%1' returned an invalid result (%2). "
                                                          "Choose another method or tell the plug-in's author."),
                                                  str(p.get("method") or "-"), str(p["detail"])),
            "scorer_param_unknown": lambda: fill(self.tr("The scoring method '%1' has no parameter '%2'. Its "
                                                         "parameters: %3."),
                                                 str(p["method"]), str(p["name"]), _listed(p["expected"])),
            "param_positive": lambda: fill(self.tr("%1 must be more than 0, not %2."), self._setting(p), value),
            "fuzzy_no_spread": lambda: self.tr("The values have no spread (all alike), so the MS large/small "
                                               "membership cannot be computed. Use another standardisation."),
            "fuzzy_control_order": lambda: fill(self.tr("The control points must be in the order %1 (now %2). "
                                                        "Correct them."), str(p["order"]), str(p["values"])),
            "grid_plan_no_criteria": lambda: self.tr("The grid has no criteria. Add at least one criterion naming a "
                                                "raster."),
            "grid_band_shapes": lambda: fill(self.tr("The rasters of the grid are not of one size (%1). Align them "
                                                     "to one grid first."), _listed(p["shapes"])),
            "grid_method_not_cellwise": lambda: fill(self.tr("The method '%1' compares every cell with all others, "
                                                             "which a large raster cannot do. Use one of %2 for "
                                                             "grids."), str(p["method"]), _listed(p["available"])),
            "grid_standardization_global": lambda: fill(self.tr("The standardisation '%1' ranks every cell at once, "
                                                                "which a raster larger than memory cannot do. Use "
                                                                "min-max or a fuzzy membership for grids."),
                                                        str(p["method"])),
            "grid_median": lambda: fill(self.tr("%1 cells have no value and the missing-value policy is median, "
                                                "which a raster scored in windows cannot fill in. Use exclude or "
                                                "zero."), str(p["count"])),
            "patch_size": lambda: fill(self.tr("The patch area must be at least one cell, not %1."), value),
            "patch_count_gap": lambda: fill(self.tr("The number of patches must be 1 or more and the gap 0 or more "
                                                    "(now %1 and %2)."), str(p["count"]), str(p["gap"])),
            "promethee_thresholds": lambda: fill(self.tr("The linear preference function needs 0 ≤ q < p (the "
                                                         "indifference below the preference threshold); now q = %1, "
                                                         "p = %2."), str(p["q"]), str(p["p"])),
            "reference_districts": lambda: fill(self.tr("None of the districts %1 is a scored district (unknown: "
                                                        "%2; excluded: %3). Choose at least one scored district."),
                _listed(p["codes"]), _listed(p["unknown"]), _listed(p["excluded"])),
            "supervised_all_positive": lambda: fill(self.tr("All %1 districts are labelled as suitable; leave at "
                                                            "least one unlabelled."), str(p["count"])),
            "topsis_vector_subset": lambda: self.tr("Classical TOPSIS (vector normalisation) needs the raw values of "
                                                    "every scored district. Use the standardised values."),
            "topsis_vector_signs": lambda: self.tr("Classical TOPSIS (vector normalisation) cannot use an indicator "
                                                   "with both negative and positive values. Use the standardised "
                                                   "values for it."),
            "transform_flat": lambda: self.tr("The transformation gives the same value at both thresholds. Widen "
                                              "the thresholds or change its parameters."),
            "transform_thresholds": lambda: fill(self.tr("The lower threshold (%1) must be less than the upper one "
                                                         "(%2)."), str(p["low"]), str(p["high"])),
            "transform_shift": lambda: fill(self.tr("The shift (%1) must be below the lower threshold (%2).")
                                            if p.get("strict") else
                                            self.tr("The shift (%1) must not exceed the lower threshold (%2)."),
                                            str(p["shift"]), str(p["low"])),
            # the planner's solver and amounts
            "plan_time_limit": lambda: fill(self.tr("The solver found no plan within the time limit of %1 s (%2). "
                                                    "Allow more time or relax the rules."),
                                            str(p["seconds"]), str(p["detail"])),
            "plan_not_number": lambda: self._plan_not_number(p),
            # sensitivity
            "sensitivity_unweighted": lambda: fill(self.tr("The method '%1' does not use criterion weights, so varying "
                                                           "the weights cannot change its ranking. Choose a weighted "
                                                           "method (e.g. WLC)."), str(p["method"])),
            "sensitivity_too_many_runs": lambda: fill(self.tr("%1 runs over %2 districts need too much memory. Use at "
                                                              "most %3 runs."),
                str(p["runs"]), str(p["districts"]), str(p["most"])),
            "sensitivity_setting": lambda: fill(self.tr("%1 must be a number above %2, not %3.") if str(p["name"]) ==
                                                "concentration" else
                                                self.tr("%1 must be a whole number of %2 or more, not %3."),
                                                self._setting(p), str(p["least"]), value),
        }
        make = words.get(key)
        if make is None:
            return ""
        text = make()
        if "criterion" in p and key not in ("weight_not_finite", "weight_negative"):
            text = fill(self.tr("Criterion '%1': %2"), self._indicator(str(p["criterion"])), text)
        return text

    def _plan_not_number(self, p: Mapping[str, Any]) -> str:
        amount, value = str(p.get("amount", "")), str(p.get("value", ""))
        if amount == "cost":
            return fill(self.tr("The cost of the solution '%1' must be a number (in 100M KRW), not %2."),
                        str(p.get("id", "")), value)
        if amount == "value":
            return fill(self.tr("The value of the solution '%1' must be a number, not %2."), str(p.get("id", "")), value)
        if amount in ("share", "concentration"):
            return fill(self.tr("The share must be a number from 0 to 1, not %1."), value)
        return fill(self.tr("%1 must be a number (in 100M KRW), not %2."), self._plan_amount(amount), value)

    def _reclass_where(self, p: Mapping[str, Any]) -> str:
        if "row" in p:
            return fill(self.tr("The score of row %1 of the reclass table"), str(p["row"]))
        if "category" in p:
            return fill(self.tr("The score of the class %1"), str(p["category"]))
        return self.tr("The score for values not listed")

    def _aspects(self, aspects: Iterable[Any]) -> str:
        """What differs between two rasters' grids (``size``, ``grid``, ``crs``), in this helper's language."""
        names = {"size": self.tr("size"), "grid": self.tr("grid origin or pixel size"),
                 "crs": self.tr("coordinate system")}
        return ", ".join(names.get(str(a), str(a)) for a in aspects)

    def _read_back(self, p: Mapping[str, Any]) -> str:
        """What differs in a written file read back (``check`` of ``export_read_back``), in this helper's language."""
        check = str(p.get("check", ""))

        def names(key: str) -> str:
            return _listed(p[key]) if isinstance(p[key], list | tuple) else str(p[key])

        phrases = {
            "unreadable": lambda: fill(self.tr("the file cannot be opened (%1)"), str(p["detail"])),
            "features": lambda: fill(self.tr("it holds %1 districts, not %2"), str(p["got"]), str(p["expected"])),
            "crs": lambda: fill(self.tr("its coordinate system reads as %1, not %2"), str(p["got"]), str(p["expected"])),
            "fields": lambda: fill(self.tr("its fields are %1, not %2"), names("got"), names("expected")),
            "cpg": lambda: fill(self.tr("its %1 is missing or does not say %2"), _file(p["file"]), str(p["expected"])),
            "dbf_name": lambda: fill(self.tr("the field name '%1' in its .dbf is damaged (it should be '%2')"),
                                     str(p["name"]), str(p["expected"])),
            "geometry": lambda: fill(self.tr("%1 district shape(s) read back empty"), str(p["count"])),
            "text": lambda: fill(self.tr("the field '%1' of row %2 reads back as '%3', not '%4' (a text encoding "
                                         "problem)"), str(p["field"]), str(p["row"]), str(p["got"]), str(p["expected"])),
            "style": lambda: self.tr("its layer style was not stored"),
            "zip": lambda: self.tr("the ZIP package is incomplete or damaged"),
            "table": lambda: fill(self.tr("the table reads back as %1 (rows x columns), not %2"),
                                  str(p["got"]), str(p["expected"])),
        }
        make = phrases.get(check)
        return make() if make is not None else str(p.get("detail", check))

    def _kinds(self, kinds: Iterable[Any]) -> str:
        """What a project file's value must be (``dict``, ``list`` ... of Python), in this helper's language."""
        names = {"dict": self.tr("an object"), "list": self.tr("a list"), "str": self.tr("a text"),
                 "bool": self.tr("true or false"), "int": self.tr("a whole number"), "float": self.tr("a number")}
        shown = [names.get(str(k), str(k)) for k in ([kinds] if isinstance(kinds, str) else kinds)]
        return self.tr(" or ").join(shown)

    def _level(self, level: str) -> str:
        """A level's districts (``sigungu`` -> 시군구 / municipalities) in this helper's language."""
        from smartzone.app.core.levels import LEVELS, level_label

        return level_label(level, korean=not self._english()) if level in LEVELS else level

    def _levels(self, levels: Iterable[Any]) -> str:
        """Level ids with their names (``sigungu (시군구)``), in this helper's language."""
        return ", ".join(f"{lv} ({self._level(str(lv))})" for lv in levels)

    def _preset_problem(self, p: Mapping[str, Any]) -> str:
        """What is wrong in a preset file (``problem`` of ``preset_invalid``), in this helper's language."""
        ind, value = str(p.get("indicator", "")), str(p.get("value", ""))
        allowed = _listed(p["allowed"]) if "allowed" in p else ""
        phrases = {
            "missing_key": lambda: fill(self.tr("the key '%1' is missing"), str(p["name"])),
            "wrong_type": lambda: fill(self.tr("'%1' must be %2, not %3"), str(p["name"]), self._kinds([p["kind"]]),
                                       value),
            "entry_not_table": lambda: self.tr("each [[criteria]] entry must be a table"),
            "direction": lambda: fill(self.tr("the direction of '%1' must be benefit or cost, not %2"), ind, value),
            "weight": lambda: fill(self.tr("the weight of '%1' must be a number of 0 or more, not %2"), ind, value),
            "missing": lambda: fill(self.tr("the missing-value policy of '%1' must be one of %2, not %3"),
                                    ind, allowed, value),
            "levels": lambda: fill(self.tr("the levels of '%1' must be a list of %2, not %3"), ind, allowed, value),
            "standardization": lambda: fill(self.tr("the standardization of '%1' must be a table, not %2"), ind, value),
            "constraint": lambda: fill(self.tr("each constraint of '%1' needs op (one of %2) and value, not %3"),
                                       ind, allowed, value),
            "params": lambda: self.tr("[params] must be a table"),
            "no_criteria": lambda: self.tr("it needs at least one [[criteria]] entry"),
            "twice": lambda: fill(self.tr("the indicator '%1' is listed twice for %2"), ind,
                                  self._level(str(p["level"]))),
        }
        make = phrases.get(str(p.get("problem", "")))
        return make() if make is not None else str(p.get("problem", ""))

    def _zonal_problem(self, p: Mapping[str, Any]) -> str:
        """What is wrong in a raster layer's zonal statistics option (``problem`` of ``zonal_option``)."""
        allowed = _listed(p["allowed"]) if "allowed" in p else ""
        phrases = {
            "not_mapping": lambda: self.tr("the setting is not a table of statistics and a prefix"),
            "no_stats": lambda: fill(self.tr("no statistic is chosen (choose from %1)"), allowed),
            "unknown_stats": lambda: fill(self.tr("%1 are not statistics (use %2)"), _listed(p["stats"]), allowed),
            "prefix": lambda: fill(self.tr("the prefix '%1' must start with a letter and hold only letters, digits and "
                                           "_ (at most 32 characters), e.g. lc"), str(p["prefix"])),
            "prefix_twice": lambda: fill(self.tr("the layer '%1' uses the same prefix '%2'; give each layer its own"),
                                         str(p["other"]), str(p["prefix"])),
        }
        make = phrases.get(str(p.get("problem", "")))
        return make() if make is not None else str(p.get("problem", ""))

    def _categories(self, categories: Iterable[Any]) -> str:
        """Solution categories by their names in this helper's language, joined by "or"."""
        from smartzone.app.core.labels import category_label

        lang = "en" if self._english() else "ko"
        return self.tr(" or ").join(category_label(str(c), lang) for c in categories)

    def _plan_amount(self, rule: str) -> str:
        """The planner's amount named by ``rule`` (``budget``, ``min_spend``, ``district_min``/``_max``)."""
        names = {"budget": self.tr("The budget"), "min_spend": self.tr("The minimum spend"),
                 "district_min": self.tr("The per-district minimum spend"),
                 "district_max": self.tr("The per-district maximum spend")}
        return names.get(rule, rule)

    def _style_problem(self, p: Mapping[str, Any]) -> str:
        """What is wrong with a map style (``problem`` of ``style_invalid``), in this helper's language."""
        field = str(p.get("field", ""))
        phrases = {
            "colour": lambda: fill(self.tr("'%1' is not a colour such as #1a9850"), str(p["color"])),
            "no_field": lambda: self.tr("it names no field"),
            "no_classes": lambda: fill(self.tr("the field '%1' has no classes"), field),
            "colour_count": lambda: fill(self.tr("the field '%1' has %2 classes but %3 colours"),
                                         field, str(p["breaks"]), str(p["count"])),
            "label_count": lambda: fill(self.tr("the field '%1' has %2 classes but %3 labels"),
                                        field, str(p["breaks"]), str(p["count"])),
            "non_finite": lambda: fill(self.tr("a class break of the field '%1' is not a finite number"), field),
            "not_ascending": lambda: fill(self.tr("the class breaks of the field '%1' are not ascending (%2)"),
                                          field, str(p["breaks"])),
            "opacity": lambda: fill(self.tr("the opacity %1 is not between 0 and 1"), str(p["value"])),
            "incomplete": lambda: fill(self.tr("the style is incomplete (%1)"), str(p["detail"])),
            "scheme": lambda: fill(self.tr("'%1' is not a classification scheme (use quantiles, equal_interval or "
                                           "natural_breaks)"), str(p["scheme"])),
        }
        make = phrases.get(str(p.get("problem", "")))
        return make() if make is not None else str(p.get("detail", p.get("problem", "")))

    def _row(self, p: Mapping[str, Any], problem: str) -> str:
        """``problem`` of one catalogue row, after its row number and solution id when known."""
        if "line" not in p:  # a solution edited in the app or built by a script: its id when known
            if not p.get("id"):
                return problem
            solution = fill(self.tr("solution '%1'"), str(p["id"]))
            return f"{solution}: {problem}"
        where = fill(self.tr("row %1 (solution '%2')").replace("%2", str(p["id"])) if p.get("id") else
                      self.tr("row %1"), str(p["line"]))
        return f"{where}: {problem}"

    def _rows(self, p: Mapping[str, Any]) -> str:
        """The bad rows of a catalogue, each worded in this helper's language (the reader's English
        ``rows`` for a reader that gave no ``problems``)."""
        problems = p.get("problems")
        if not problems:
            return str(p["rows"])
        shown = []
        for item in problems:
            text = (self._keyed(str(item.get("key")), item) if isinstance(item, Mapping) else "") or (
                str(item.get("detail", "")) if isinstance(item, Mapping) else str(item))
            shown.append(text)
        more = int(p.get("more", 0) or 0) if isinstance(p.get("more", 0), int) else 0
        return "; ".join(shown) + (fill(self.tr(" … and %1 more"), str(more)) if more else "")

    def _environment(self, key: str, p: Mapping[str, Any], f: str) -> str:
        """The errors :func:`~smartzone.app.core.errorboundary.describe` finds in the environment."""
        if key == "cancelled":
            return self.tr("Cancelled by the user.")
        if key == "disk_full":
            return (fill(self.tr("The disk is full while writing %1. Free some space and try again; files already there "
                                 "were not changed."), f) if f else
                    self.tr("The disk is full. Free some space and try again; files already there were not changed."))
        if key == "permission":
            return (fill(self.tr("Permission denied: %1. Choose a folder you can write to."), f) if f else
                    self.tr("Permission denied. Choose a folder you can write to."))
        if key == "os_error":
            return fill(self.tr("%1 cannot be used (%2)."), f, str(p["detail"]))
        if key == "memory":
            return self.tr("Out of memory: close other programs or use a smaller area.")
        if key == "recursion":
            return self.tr("The input is nested too deeply to be read.")
        if key == "bug":
            return fill(self.tr("Unexpected error (%1). This is a bug in SmartZone; please report it with the log "
                                "file."), str(p["error"]))
        return ""


def error_text(error: BaseException | Described, language: str | None = None) -> str:
    """``error`` as the message bar shows it, in ``language`` (default: the UI's)."""
    return ErrorWords(language)(error)
