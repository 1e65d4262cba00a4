"""``smartzone:plan_deployment`` inside QGIS: the same plan as the engine, failures named."""
from __future__ import annotations

import json
from typing import Any

import numpy as np
import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingException

from smartzone.app.core.planning import load_catalogue, make_rules, problem_from_frame
from smartzone.scoring.planner import Planner
from smartzone.scoring.registry import available_scorers


@pytest.fixture(scope="module")
def scored(plugin: Any, sigungu_joined: Any) -> Any:
    alg = QgsApplication.processingRegistry().createAlgorithmById("smartzone:score_preset")
    presets = [p.id for p in alg.presets()]
    return processing.run(
        "smartzone:score_preset",
        {"INPUT": sigungu_joined, "CODE_FIELD": "code", "PRESET": presets.index("shrinking-city"), "LEVEL": 0,
         "METHOD": list(available_scorers()).index("wlc"), "OUTPUT": "memory:"},
    )["OUTPUT"]


def test_plan_equals_the_engine(scored: Any) -> None:
    res = processing.run("smartzone:plan_deployment", {
        "INPUT": scored, "CODE_FIELD": "code", "SCORE_FIELD": "score", "NAME_FIELD": "name",
        "BUDGET": 30.0, "SHRINKING": "top:40", "CONCENTRATION": 0.5, "OUTPUT": "memory:",
    })
    assert res["STATUS"] == "optimal"
    out = res["OUTPUT"]
    assert out.featureCount() == 250
    spend = {str(f["code"]): float(f["spend"]) for f in out.getFeatures()}
    assert sum(spend.values()) == pytest.approx(res["TOTAL_COST"]) and res["TOTAL_COST"] <= 30 + 1e-9
    summary = json.loads(res["SUMMARY"])
    assert all(c["status"] == "PASS" for c in summary["compliance"])

    import pandas as pd

    feats = list(scored.getFeatures())
    frame = pd.DataFrame({"code": [str(f["code"]) for f in feats], "name": [str(f["name"]) for f in feats],
                          "score": [None if f["score"] is None or (hasattr(f["score"], "isNull")
                                                                   and f["score"].isNull()) else float(f["score"])
                                    for f in feats]})
    frame["score"] = pd.to_numeric(frame["score"], errors="coerce")
    inputs = problem_from_frame(frame, None, load_catalogue(), "top:40")
    engine = Planner(prices=False).solve(inputs.problem, make_rules(30.0, shrinking="top:40", concentration=0.5))
    assert res["OBJECTIVE"] == pytest.approx(engine.objective, rel=1e-9)
    assert np.allclose([spend[c] for c in inputs.problem.codes], engine.spend_per_district)


def test_conflicting_rules_fail_with_the_explanation(scored: Any) -> None:
    with pytest.raises(QgsProcessingException, match="the maximum of 1 districts funded"):
        processing.run("smartzone:plan_deployment", {
            "INPUT": scored, "CODE_FIELD": "code", "SCORE_FIELD": "score", "BUDGET": 10.0, "MIN_SPEND": 10.0,
            "MIN_SHARE": "governance=0.95", "MAX_DISTRICTS": 1, "OUTPUT": "memory:",
        })
