"""The SmartZone deployment planner as a Processing algorithm (``smartzone:plan_deployment``).

Reads a polygon layer with a code field and a score field (e.g. the output of
``smartzone:score_preset``; NULL scores are excluded districts), plans with the same
engine as ``smartzone plan`` and the app's Plan panel (:mod:`smartzone.app.core.planning`,
:mod:`smartzone.scoring.planner`) and writes a copy of the layer with ``spend`` (억원),
``n_solutions`` and ``solutions`` (catalogue ids, ``;``-separated). The compliance
statement goes to the log and to the ``SUMMARY`` output (JSON as in ``plan_summary.json``).
No plan within the rules: the algorithm fails with the explanation naming the rules.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QIcon

from .algorithms import ProcessingFeedback, _plain, repair_geometry
from .tools import BaseProcessingAlgorithm, tr

__all__ = ["PLAN_FIELDS", "PlanAlgorithm"]

#: Fields added to the output copy of the layer.
PLAN_FIELDS: tuple[str, ...] = ("spend", "n_solutions", "solutions")


class PlanAlgorithm(BaseProcessingAlgorithm):
    """Which smart solutions go where, within budget and the 35 % rule (exact MILP)."""

    INPUT = "INPUT"
    CODE_FIELD = "CODE_FIELD"
    SCORE_FIELD = "SCORE_FIELD"
    NAME_FIELD = "NAME_FIELD"
    CATALOGUE = "CATALOGUE"
    BUDGET = "BUDGET"
    MIN_SHARE = "MIN_SHARE"
    MIN_SPEND = "MIN_SPEND"
    SHRINKING = "SHRINKING"
    CONCENTRATION = "CONCENTRATION"
    MAX_DISTRICTS = "MAX_DISTRICTS"
    OUTPUT = "OUTPUT"
    STATUS = "STATUS"
    OBJECTIVE = "OBJECTIVE"
    TOTAL_COST = "TOTAL_COST"
    SUMMARY = "SUMMARY"

    def name(self) -> str:
        return "plan_deployment"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Plan smart-solution deployment (budget, 35 % rule)")

    def group(self) -> str:
        return tr("Site selection")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "siteselection"

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        return QgsProcessingAlgorithm.flags(self)

    def icon(self) -> QIcon:
        from .provider import plugin_icon

        return plugin_icon()

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return tr(
            "Chooses which smart solutions of a catalogue go to which districts to maximise the sum of "
            "score x value, each solution at most once per district, within the budget (억원) and with "
            "at least 35 % of the cost on climate and digital-inclusion solutions (or your floors). "
            "Optional: minimum spend, spend in shrinking districts (top:N or score>=X), at most N "
            "districts funded. Exact (MILP, HiGHS); the compliance statement is in the log and the "
            "SUMMARY output. See docs/planner.md."
        )

    def createInstance(self) -> PlanAlgorithm:  # noqa: N802 - QGIS API
        return PlanAlgorithm()

    def initAlgorithm(self, config: Mapping[str, Any] | None = None) -> None:  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Scored districts (polygon layer)"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            self.CODE_FIELD, tr("Administrative code field"), "code", self.INPUT,
            QgsProcessingParameterField.Any, False, False))
        self.addParameter(QgsProcessingParameterField(
            self.SCORE_FIELD, tr("Score field (0-100; NULL = excluded)"), "score", self.INPUT,
            QgsProcessingParameterField.Numeric, False, False))
        self.addParameter(QgsProcessingParameterField(
            self.NAME_FIELD, tr("District name field"), "name", self.INPUT,
            QgsProcessingParameterField.Any, False, True))
        self.addParameter(QgsProcessingParameterFile(
            self.CATALOGUE, tr("Solution catalogue (CSV/XLSX; empty: the bundled one)"),
            QgsProcessingParameterFile.File, "", None, True, "Catalogues (*.csv *.xlsx)"))
        self.addParameter(QgsProcessingParameterNumber(
            self.BUDGET, tr("Budget (억원)"), QgsProcessingParameterNumber.Double, 80.0, False, 0.0))
        self.addParameter(QgsProcessingParameterString(
            self.MIN_SHARE, tr("Category-share floors (e.g. climate,digital_inclusion=0.35; health_care=0.1)"),
            "climate,digital_inclusion=0.35", False, True))
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_SPEND, tr("Minimum spend (억원)"), QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        self.addParameter(QgsProcessingParameterString(
            self.SHRINKING, tr("Shrinking districts (top:N or score>=X; empty: none)"), "", False, True))
        self.addParameter(QgsProcessingParameterNumber(
            self.CONCENTRATION, tr("Share of spend in shrinking districts"), QgsProcessingParameterNumber.Double,
            0.5, False, 0.0, 1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_DISTRICTS, tr("Districts funded at most (0: no limit)"), QgsProcessingParameterNumber.Integer,
            0, False, 0))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Deployment plan")))
        self.addOutput(QgsProcessingOutputString(self.STATUS, tr("Status")))
        self.addOutput(QgsProcessingOutputNumber(self.OBJECTIVE, tr("Benefit")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_COST, tr("Total cost (억원)")))
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Summary (JSON)")))

    def processAlgorithm(  # noqa: N802 - QGIS API
        self, parameters: Mapping[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback,
    ) -> dict[str, Any]:
        import pandas as pd

        from smartzone.app.core.planning import (
            load_catalogue,
            make_rules,
            plan_summary,
            problem_from_frame,
        )
        from smartzone.scoring.errors import SmartZoneError
        from smartzone.scoring.planner import Planner

        fb = ProcessingFeedback(feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        fields = source.fields()
        code_field = self.parameterAsString(parameters, self.CODE_FIELD, context)
        score_field = self.parameterAsString(parameters, self.SCORE_FIELD, context)
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context)
        for f in (code_field, score_field):
            if fields.lookupField(f) < 0:
                raise QgsProcessingException(tr("The input layer has no field {0}.", repr(f)))
        features = list(source.getFeatures())
        if not features:
            raise QgsProcessingException(tr("The input layer has no features."))
        codes = [str(_plain(f[code_field])) for f in features]
        scores = [_plain(f[score_field]) for f in features]
        names = [str(_plain(f[name_field])) if name_field and fields.lookupField(name_field) >= 0 else c
                 for f, c in zip(features, codes, strict=True)]
        frame = pd.DataFrame({"code": codes, "name": names,
                              "score": pd.to_numeric(pd.Series(scores, dtype=object), errors="coerce")})
        shrinking = self.parameterAsString(parameters, self.SHRINKING, context).strip() or None
        floors = [s for s in self.parameterAsString(parameters, self.MIN_SHARE, context).split(";") if s.strip()]
        max_d = self.parameterAsInt(parameters, self.MAX_DISTRICTS, context)
        try:
            rules = make_rules(
                self.parameterAsDouble(parameters, self.BUDGET, context), min_share=floors,
                min_spend=self.parameterAsDouble(parameters, self.MIN_SPEND, context),
                concentration=self.parameterAsDouble(parameters, self.CONCENTRATION, context) if shrinking else None,
                shrinking=shrinking, max_districts=max_d or None,
            )
            catalogue = load_catalogue(self.parameterAsFile(parameters, self.CATALOGUE, context) or None)
            inputs = problem_from_frame(frame, None, catalogue, shrinking)
            fb.info(tr("Planning {0} districts x {1} solutions", int(inputs.problem.eligible.sum()), len(catalogue)))
            result = Planner().solve(inputs.problem, rules, feedback=fb)
        except SmartZoneError as exc:
            raise QgsProcessingException(str(exc)) from exc
        if result.status == "infeasible":
            raise QgsProcessingException(result.message)
        for line in [result.message, *result.statement(), *result.notes]:
            fb.info(line)

        out_fields = QgsFields()
        keep = [i for i, f in enumerate(fields) if f.name().lower() not in PLAN_FIELDS]
        for i in keep:
            out_fields.append(fields.at(i))
        out_fields.append(QgsField("spend", QVariant.Double, "double"))
        out_fields.append(QgsField("n_solutions", QVariant.Int, "integer"))
        out_fields.append(QgsField("solutions", QVariant.String, "string", 254))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, out_fields,
                                             QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        cat_ids = catalogue.ids
        spend = result.spend_per_district
        for i, feat in enumerate(features):
            out = QgsFeature(out_fields)
            if feat.hasGeometry():
                out.setGeometry(repair_geometry(feat.geometry())[0])
            attrs = feat.attributes()
            chosen = [cat_ids[j] for j in range(len(cat_ids)) if result.units[i, j] > 0]
            out.setAttributes([attrs[j] for j in keep] + [float(spend[i]), len(chosen), ";".join(chosen)])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        summary = plan_summary(result, inputs)
        return {
            self.OUTPUT: dest_id,
            self.STATUS: result.status,
            self.OBJECTIVE: result.objective,
            self.TOTAL_COST: result.total_cost,
            self.SUMMARY: json.dumps(summary, ensure_ascii=False, default=str),
        }
