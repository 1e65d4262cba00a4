"""The SmartZone Processing algorithms: score districts with a preset or with custom weights.

Both algorithms read a polygon layer with an administrative-code field and
indicator fields, build the engine's matrix (districts x raw indicators,
indexed by code), score it with :mod:`smartzone.scoring` -- the same engine,
presets and :class:`~smartzone.scoring.model.ScoreResult` as the desktop app
and ``smartzone score`` -- and write a copy of the layer with three fields:

* ``score``: 0-100 (NULL where the district is excluded);
* ``rank``: 1 = best, ties share the lowest rank (NULL where excluded);
* ``excluded``: the reason a district was excluded ('' when scored).

Fields of the input already named ``score``, ``rank`` or ``excluded`` are
replaced, so an output can be scored again. The code system of the code field
(Statistics Korea census codes or the Ministry's 행정표준코드 ``SIG_CD``/``ADM_CD``)
is detected and translated through ``resources/codes``, every match checked by
name when the layer has a name field (``SIG_KOR_NM``, ``name``...): the log and the
recipe's ``codes`` list matched / translated / mismatched / unmatched districts,
and a mismatched district is excluded with the reason, never scored as another. Invalid polygons are repaired as
``smartzone score`` repairs them (make valid, keep the polygon parts, written as
MultiPolygon) and the log says how many. The output gets the graduated style of
SmartZone's exports (:func:`smartzone.app.drawing.report.style_for_scores`, grey for
excluded districts).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtXml import QDomDocument

from . import bridge
from .bridge import BridgeError, ScorerEntry
from .parameters import method_definitions, read_values
from .tools import BaseProcessingAlgorithm, is_korean, plugin_name, tr

__all__ = [
    "OUTPUT_FIELDS",
    "ProcessingFeedback",
    "ScoreCustomAlgorithm",
    "ScorePresetAlgorithm",
]

#: Fields added to the output copy of the layer.
OUTPUT_FIELDS: tuple[str, ...] = ("score", "rank", "excluded")
#: Number of indicator slots of the custom-weights algorithm.
CUSTOM_SLOTS = 8

_LEVEL_LABELS = {"sigungu": "시군구 (sigungu)", "emd": "읍면동 (emd)"}


def _logger() -> logging.Logger:
    return logging.getLogger(plugin_name())


class ProcessingFeedback:
    """SmartZone's ``Feedback`` protocol on top of a ``QgsProcessingFeedback``.

    Maps a sub-task's 0-100 % onto ``[start, end]`` of the algorithm's progress bar.
    """

    def __init__(self, feedback: QgsProcessingFeedback | None, start: float = 0.0, end: float = 100.0) -> None:
        self.feedback, self.start, self.end = feedback, float(start), float(end)

    def set_progress(self, percent: float) -> None:
        """Report ``percent`` (0-100) of this sub-task."""
        if self.feedback is not None:
            self.feedback.setProgress(self.start + (self.end - self.start) * float(percent) / 100.0)

    def is_canceled(self) -> bool:
        """True once the user pressed Cancel."""
        return self.feedback is not None and self.feedback.isCanceled()

    def info(self, message: str) -> None:
        """Show a message in the algorithm's log."""
        if self.feedback is not None:
            self.feedback.pushInfo(message)

    def warn(self, message: str) -> None:
        """Show a warning in the algorithm's log."""
        if self.feedback is not None:
            self.feedback.pushWarning(message)


def _plain(value: Any) -> Any:
    """A QGIS attribute value as a plain Python value (NULL -> None)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    return value


class _ScoreAlgorithm(BaseProcessingAlgorithm):
    """Shared inputs, method parameters, scoring and output of the SmartZone algorithms."""

    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    METHOD = "METHOD"
    OUTPUT = "OUTPUT"
    SCORED = "SCORED"
    EXCLUDED = "EXCLUDED"
    RECIPE = "RECIPE"

    def __init__(self) -> None:
        super().__init__()
        self._scorers: list[ScorerEntry] = []

    # ---------------------------------------------------------------- metadata
    def group(self) -> str:
        return tr("Site selection")

    def groupId(self) -> str:
        return "siteselection"

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # qgis-plugin-tools' base hides algorithms from the modeler; these belong there
        return QgsProcessingAlgorithm.flags(self)

    def icon(self) -> QIcon:
        from .provider import plugin_icon

        return plugin_icon()

    # ------------------------------------------------------------------ inputs
    def scorers(self) -> list[ScorerEntry]:
        """The scorers offered by the METHOD list (read once per algorithm instance)."""
        if not self._scorers:
            self._scorers = bridge.scorer_catalogue()
        return self._scorers

    def _add_input(self) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Districts (polygon layer with indicator fields)"),
                [QgsProcessing.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.CODE_FIELD, tr("Administrative code field"), "code", self.INPUT,
                QgsProcessingParameterField.Any, False, False,
            )
        )

    def _add_method(self, default: str = "wlc") -> None:
        korean = is_korean()
        scorers = self.scorers()
        ids = [s.id for s in scorers]
        self.addParameter(
            QgsProcessingParameterEnum(
                self.METHOD, tr("Scoring method"), [s.label(korean) for s in scorers], False,
                ids.index(default) if default in ids else 0, False,
            )
        )
        for definition in method_definitions(scorers, korean=korean):
            self.addParameter(definition)

    def _add_output(self) -> None:
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Scored districts")))
        self.addOutput(QgsProcessingOutputNumber(self.SCORED, tr("Districts scored")))
        self.addOutput(QgsProcessingOutputNumber(self.EXCLUDED, tr("Districts excluded")))
        self.addOutput(QgsProcessingOutputString(self.RECIPE, tr("Recipe (JSON)")))

    def _method(self, parameters: Mapping[str, Any], context: QgsProcessingContext) -> ScorerEntry:
        scorers = self.scorers()
        index = self.parameterAsEnum(parameters, self.METHOD, context)
        if not 0 <= index < len(scorers):
            raise QgsProcessingException(tr("Unknown scoring method."))
        return scorers[index]

    # -------------------------------------------------------------- subclasses
    def criteria(
        self, parameters: Mapping[str, Any], context: QgsProcessingContext, field_names: list[str],
        feedback: ProcessingFeedback,
    ) -> tuple[tuple[Any, ...], dict[str, str], str, dict[str, Any], dict[str, Any]]:
        """``(criteria, indicator -> field, method id, scorer params, recipe extras)``."""
        raise NotImplementedError

    # ----------------------------------------------------------------- running
    def processAlgorithm(
        self, parameters: Mapping[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        fb = ProcessingFeedback(feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        in_fields = source.fields()
        names = [f.name() for f in in_fields]
        if code_field not in names:
            raise QgsProcessingException(tr("The input layer has no field {0}.", repr(code_field)))
        try:
            criteria, field_for, method, params, extras = self.criteria(parameters, context, names, fb)
        except BridgeError as exc:
            raise QgsProcessingException(str(exc)) from exc

        # read the districts (0-45 %)
        fb.info(tr("Reading {0} districts", source.featureCount()))
        code_idx = in_fields.lookupField(code_field)
        name_field = bridge.find_name_field(names, code_field)
        name_idx = in_fields.lookupField(name_field) if name_field else -1
        district_names: list[Any] = []
        columns_idx = {ind: in_fields.lookupField(name) for ind, name in field_for.items()}
        features: list[QgsFeature] = []
        codes: list[Any] = []
        columns: dict[str, list[Any]] = {ind: [] for ind in columns_idx}
        total = source.featureCount() if source.featureCount() > 0 else 1
        # attributes only: the geometry is copied as it is, so invalid polygons need no fixing here
        request = QgsFeatureRequest()
        for i, feat in enumerate(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)):
            if fb.is_canceled():
                return {}
            features.append(feat)
            codes.append(_plain(feat.attribute(code_idx)))
            if name_idx >= 0:
                district_names.append(_plain(feat.attribute(name_idx)))
            for ind, idx in columns_idx.items():
                columns[ind].append(_plain(feat.attribute(idx)))
            if i % 100 == 0:
                fb.set_progress(min(45.0, 45.0 * i / total))
        if not features:
            raise QgsProcessingException(tr("The input layer has no features."))

        # score (45-55 %)
        try:
            bridge.build_matrix(codes, {})  # the layer's own codes: none missing, none twice
            # the code system of CODE_FIELD (census or 행정표준코드), checked by name (issue 11 §1)
            matched = bridge.match_layer_codes(codes, district_names if name_idx >= 0 else None)
            matched.name_field = name_field
            for line in matched.log_lines():
                if line.lstrip().startswith(("mismatched:", "warning:")):
                    fb.warn(line)
                else:
                    fb.info(line)
            usable = [i for i in range(len(codes)) if i not in matched.dropped]
            matrix = bridge.build_matrix(
                [matched.keys[i] for i in usable], {ind: [v[i] for i in usable] for ind, v in columns.items()}
            )
            fb.set_progress(48)
            if fb.is_canceled():
                return {}
            fb.info(tr("Scoring with {0} ({1} criteria)", method, len(criteria)))
            result = bridge.run_scoring(matrix, criteria, method, params)
        except BridgeError as exc:
            raise QgsProcessingException(str(exc)) from exc
        fb.set_progress(55)
        for note in result.diagnostics.get("notes", []) or []:
            fb.info(str(note))
        scored = iter(bridge.result_rows(result, list(matrix.index)))
        rows = [(None, None, matched.dropped[i]) if i in matched.dropped else next(scored)
                for i in range(len(codes))]

        # write the copy with score, rank, excluded (55-100 %)
        keep = [i for i, f in enumerate(in_fields) if f.name().lower() not in OUTPUT_FIELDS]
        out_fields = QgsFields()
        for i in keep:
            out_fields.append(in_fields.at(i))
        out_fields.append(QgsField("score", QVariant.Double, "double"))
        out_fields.append(QgsField("rank", QVariant.Int, "integer"))
        out_fields.append(QgsField("excluded", QVariant.String, "string", 254))
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.multiType(source.wkbType()),
            source.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        repaired = 0
        for i, (feat, (score, rank, reason)) in enumerate(zip(features, rows, strict=True)):
            if fb.is_canceled():
                return {}
            out = QgsFeature(out_fields)
            if feat.hasGeometry():
                geometry, fixed = repair_geometry(feat.geometry())
                repaired += fixed
                out.setGeometry(geometry)
            attrs = feat.attributes()
            out.setAttributes([attrs[j] for j in keep] + [score, rank, reason])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
            if i % 100 == 0:
                fb.set_progress(55 + 45.0 * i / len(features))
        fb.set_progress(100)
        if repaired:
            fb.info(tr("Repaired {0} invalid geometries (made valid, polygon parts kept), as smartzone "
                       "score does.", repaired))
        self._style_output(dest_id, [r[0] for r in rows], context)

        n_excluded = len(result.excluded) + len(matched.dropped)
        fb.info(tr("Scored {0} districts; {1} excluded.", len(rows) - n_excluded, n_excluded))
        recipe = dict(result.recipe)
        recipe.update(extras)
        recipe["fields"] = dict(field_for)
        recipe["codes"] = {"field": code_field, **matched.to_dict()}
        text = json.dumps(recipe, ensure_ascii=False, default=str)
        _logger().debug("SmartZone scoring recipe: %s", text)
        return {
            self.OUTPUT: dest_id,
            self.SCORED: len(rows) - n_excluded,
            self.EXCLUDED: n_excluded,
            self.RECIPE: text,
        }


    def _style_output(self, dest_id: str, scores: list[Any], context: QgsProcessingContext) -> None:
        """Give the output the graduated style of SmartZone's exports (now, and when QGIS loads it)."""
        qml = score_style_qml(scores)
        if qml is None:
            return
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context)
        if layer is not None:
            apply_qml(layer, qml)
        if context.willLoadLayerOnCompletion(dest_id):
            # QGIS keeps only a raw pointer: the processor must outlive this call
            self._post_processor = _StylePostProcessor(qml)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(self._post_processor)


def repair_geometry(geometry: QgsGeometry) -> tuple[QgsGeometry, int]:
    """``(multi-polygon geometry, 1 if it was repaired else 0)``, as ``smartzone score`` repairs."""
    fixed = 0
    if not geometry.isNull() and not geometry.isGeosValid():
        valid = geometry.makeValid()
        if valid.type() != QgsWkbTypes.PolygonGeometry:
            valid = valid.convertToType(QgsWkbTypes.PolygonGeometry, True)
        if valid is not None and not valid.isNull():
            geometry, fixed = valid, 1
    geometry = QgsGeometry(geometry)
    if not geometry.isNull() and not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry, fixed


def score_style_qml(scores: list[Any]) -> str | None:
    """QML of the exports' graduated style for these scores (None when nothing is scored)."""
    try:
        import pandas as pd

        from smartzone.app.core.style import style_for_scores
        from smartzone.layers.qml import style_to_qml
    except ImportError as exc:  # the engine is checked when the plugin loads; style is a bonus
        _logger().warning("SmartZone style not applied: %s", exc)
        return None
    frame = pd.DataFrame({"score": pd.to_numeric(pd.Series(scores, dtype=object), errors="coerce")})
    if frame["score"].notna().sum() == 0:
        return None
    return style_to_qml(style_for_scores(frame, "score"))


def apply_qml(layer: Any, qml: str) -> bool:
    """Import QML text into ``layer`` (renderer and labels); True when QGIS accepted it."""
    doc = QDomDocument()
    doc.setContent(qml)
    ok, message = layer.importNamedStyle(doc)
    if not ok:
        _logger().warning("SmartZone style not applied: %s", message)
    layer.triggerRepaint()
    return bool(ok)


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, qml: str) -> None:
        super().__init__()
        self.qml = qml

    def postProcessLayer(self, layer: Any, context: QgsProcessingContext, feedback: QgsProcessingFeedback) -> None:
        apply_qml(layer, self.qml)


class ScorePresetAlgorithm(_ScoreAlgorithm):
    """Score districts with a bundled preset (criteria, directions, weights of the app)."""

    PRESET = "PRESET"
    LEVEL = "LEVEL"
    FIELD_MAP = "FIELD_MAP"

    def __init__(self) -> None:
        super().__init__()
        self._presets: list[bridge.PresetEntry] = []

    def name(self) -> str:
        return "score_preset"

    def displayName(self) -> str:
        return tr("Score districts (preset)")

    def shortHelpString(self) -> str:
        return tr(
            "Scores every district of a polygon layer with one of SmartZone's presets "
            "(industry-hub: smart-city special zone; shrinking-city: smart solutions for "
            "shrinking cities) using the SmartZone engine, the same one as the desktop app.\n\n"
            "The layer needs a field with the administrative code and one field per indicator "
            "of the preset at the chosen level (join the indicator table first; fields prefixed "
            "by a QGIS join, e.g. indicators_ict_share, are found too, or map them with "
            "indicator=field).\n\n"
            "Output: a copy of the layer with score (0-100), rank (1 = best) and excluded "
            "(why a district was not scored). A method parameter left at its default takes "
            "the preset's value when the preset sets one."
        )

    def presets(self) -> list[bridge.PresetEntry]:
        """The bundled presets offered by the PRESET list."""
        if not self._presets:
            self._presets = bridge.preset_catalogue()
        return self._presets

    def initAlgorithm(self, config: Mapping[str, Any] | None = None) -> None:
        korean = is_korean()
        self._add_input()
        presets = self.presets()
        ids = [p.id for p in presets]
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PRESET, tr("Preset"), [p.label(korean) for p in presets], False,
                ids.index("industry-hub") if "industry-hub" in ids else 0, False,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LEVEL, tr("Level"), [_LEVEL_LABELS.get(lv, lv) for lv in bridge.LEVELS], False, 0, False,
            )
        )
        field_map = QgsProcessingParameterString(
            self.FIELD_MAP, tr("Field mapping (indicator=field, ...)"), "", False, True
        )
        field_map.setFlags(field_map.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(field_map)
        self._add_method(presets[ids.index("industry-hub")].method if "industry-hub" in ids else "wlc")
        self._add_output()

    def criteria(
        self, parameters: Mapping[str, Any], context: QgsProcessingContext, field_names: list[str],
        feedback: ProcessingFeedback,
    ) -> tuple[tuple[Any, ...], dict[str, str], str, dict[str, Any], dict[str, Any]]:
        presets = self.presets()
        p_index = self.parameterAsEnum(parameters, self.PRESET, context)
        if not 0 <= p_index < len(presets):
            raise BridgeError("Unknown preset.")
        level = bridge.LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        preset, criteria = bridge.preset_criteria(presets[p_index].id, level)
        overrides = bridge.parse_field_map(self.parameterAsString(parameters, self.FIELD_MAP, context))
        field_for = bridge.match_fields([c.indicator for c in criteria], field_names, overrides)
        scorer = self._method(parameters, context)
        form = read_values(self, parameters, context, scorer)
        params = bridge.resolve_params(scorer.params, form, preset.params if scorer.id == preset.method else None)
        feedback.info(
            f"preset {preset.id} ({preset.name_ko}), level {level}: "
            + ", ".join(f"{ind} <- {fld}" for ind, fld in field_for.items())
        )
        return criteria, field_for, scorer.id, params, {"preset": preset.id, "level": level}


class ScoreCustomAlgorithm(_ScoreAlgorithm):
    """Score districts on up to eight hand-picked numeric fields with directions and weights."""

    STANDARDIZATION = "STANDARDIZATION"
    MISSING = "MISSING"

    def name(self) -> str:
        return "score_custom"

    def displayName(self) -> str:
        return tr("Score districts (custom weights)")

    def shortHelpString(self) -> str:
        return tr(
            "Scores every district of a polygon layer on up to eight numeric fields. For each "
            "field choose its direction (benefit: higher is better; cost: lower is better) and "
            "its weight (any non-negative number; weights are normalised to sum 1). Values are "
            "standardised to 0-1 with the chosen method, then combined by the chosen scoring "
            "method of the SmartZone engine (the same as the desktop app).\n\n"
            "Output: a copy of the layer with score (0-100), rank (1 = best) and excluded."
        )

    def initAlgorithm(self, config: Mapping[str, Any] | None = None) -> None:
        self._add_input()
        for i in range(1, CUSTOM_SLOTS + 1):
            self.addParameter(
                QgsProcessingParameterField(
                    f"FIELD_{i}", tr("Indicator {0}", i), None, self.INPUT,
                    QgsProcessingParameterField.Numeric, False, i > 1,
                )
            )
            self.addParameter(
                QgsProcessingParameterEnum(
                    f"DIRECTION_{i}", tr("Indicator {0}: direction", i),
                    [tr("benefit (higher is better)"), tr("cost (lower is better)")], False, 0, False,
                )
            )
            self.addParameter(
                QgsProcessingParameterNumber(
                    f"WEIGHT_{i}", tr("Indicator {0}: weight", i), QgsProcessingParameterNumber.Double,
                    1.0, False, 0.0,
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.STANDARDIZATION, tr("Standardisation"), list(bridge.STANDARDIZATIONS), False, 0, False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MISSING, tr("Missing values"), list(bridge.MISSING_POLICIES), False, 0, False
            )
        )
        self._add_method("wlc")
        self._add_output()

    def criteria(
        self, parameters: Mapping[str, Any], context: QgsProcessingContext, field_names: list[str],
        feedback: ProcessingFeedback,
    ) -> tuple[tuple[Any, ...], dict[str, str], str, dict[str, Any], dict[str, Any]]:
        fields: list[str] = []
        directions: list[str] = []
        weights: list[float] = []
        for i in range(1, CUSTOM_SLOTS + 1):
            picked = self.parameterAsFields(parameters, f"FIELD_{i}", context)
            if not picked:
                continue
            fields.append(picked[0])
            directions.append(bridge.DIRECTIONS[self.parameterAsEnum(parameters, f"DIRECTION_{i}", context)])
            weights.append(self.parameterAsDouble(parameters, f"WEIGHT_{i}", context))
        std = bridge.STANDARDIZATIONS[self.parameterAsEnum(parameters, self.STANDARDIZATION, context)]
        missing = bridge.MISSING_POLICIES[self.parameterAsEnum(parameters, self.MISSING, context)]
        criteria = bridge.custom_criteria(fields, directions, weights, standardization=std, missing=missing)
        field_for = bridge.match_fields(fields, field_names)
        scorer = self._method(parameters, context)
        params = bridge.resolve_params(scorer.params, read_values(self, parameters, context, scorer))
        return criteria, field_for, scorer.id, params, {}
