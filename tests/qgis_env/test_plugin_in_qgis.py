"""The SmartZone QGIS plugin inside QGIS: provider, parameters from ParamSpec, same scores as the engine."""
from __future__ import annotations

import csv
import json
import math
import os
import sys
import zipfile
from pathlib import Path
from typing import Any

import processing
import pytest
from conftest import JOIN_PREFIX, join_demo
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smartzone.app.core.model.presets import load_preset
from smartzone.scoring import ScoringSession, get_scorer
from smartzone.scoring.registry import available_scorers

BUILTINS = ("wlc", "wpm", "owa", "fuzzy_and", "fuzzy_or", "topsis", "vikor", "supervised", "similarity")


def _alg(name: str) -> Any:
    alg = QgsApplication.processingRegistry().createAlgorithmById(f"smartzone:{name}")
    assert alg is not None, f"smartzone:{name} is not registered"
    return alg


def _method_index(method: str) -> int:
    return list(available_scorers()).index(method)


def _engine(matrix: Any, preset: str, level: str, method: str | None = None, **params: Any) -> Any:
    p = load_preset(preset)
    scorer = get_scorer(method or p.method, **(params or dict(p.params)))
    return ScoringSession(matrix, p.criteria_for(level), scorer).score()


def _rows(layer: Any) -> dict[str, tuple[Any, Any, str]]:
    out = {}
    for f in layer.getFeatures():
        score = f["score"]
        rank = f["rank"]
        out[str(f["code"])] = (
            None if score is None or (hasattr(score, "isNull") and score.isNull()) else float(score),
            None if rank is None or (hasattr(rank, "isNull") and rank.isNull()) else int(rank),
            f["excluded"],
        )
    return out


def _assert_same(rows: dict[str, tuple[Any, Any, str]], result: Any) -> None:
    assert set(rows) == {str(c) for c in result.score.index}
    for code, (score, rank, _reason) in rows.items():
        expected = result.score[code]
        if math.isnan(expected):
            assert score is None and rank is None, code
        else:
            assert score == pytest.approx(float(expected), abs=1e-9), code
            assert rank == int(result.rank[code]), code


# --------------------------------------------------------------------------- provider
def test_provider_registers_both_algorithms(plugin: Any) -> None:
    provider = QgsApplication.processingRegistry().providerById("smartzone")
    assert provider is not None
    assert provider.name() == "SmartZone"
    ids = sorted(a.id() for a in provider.algorithms())
    assert ids == ["smartzone:plan_deployment", "smartzone:score_custom", "smartzone:score_preset"]
    assert "smartzone" in provider.longName()
    assert not provider.icon().isNull()


def test_unload_removes_and_reload_restores_the_provider(plugin: Any) -> None:
    registry = QgsApplication.processingRegistry()
    plugin.unload()
    assert registry.providerById("smartzone") is None
    assert plugin.initProcessing() is True
    assert registry.providerById("smartzone") is not None


def test_missing_engine_is_reported_not_raised(qgis_iface: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from qgis.core import Qgis

    from smartzone.app.qgis import bridge as plugin_bridge
    from smartzone.app.qgis import classFactory

    monkeypatch.setattr(plugin_bridge, "engine_status", lambda: (False, "engine missing: pip install smartzone"))
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    loaded = classFactory(qgis_iface)
    assert loaded.initProcessing() is False and loaded.provider is None
    assert any("engine missing" in m for m in bar.get_messages(Qgis.Warning))
    loaded.unload()


def test_korean_translation_follows_the_qgis_locale(qgis_iface: Any) -> None:
    from qgis.core import QgsSettings

    from smartzone.app.qgis import classFactory
    from smartzone.app.qgis.tools import tr

    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "ko_KR")
    try:
        loaded = classFactory(qgis_iface)
        assert loaded.translator is not None
        assert tr("Score districts (preset)") == "지역 점수화 (프리셋)"
        assert tr("Indicator {0}: weight", 3) == "지표 3: 가중치"
        loaded.unload()
        assert tr("Score districts (preset)") == "Score districts (preset)"
    finally:
        settings.setValue("locale/userLocale", before)


# --------------------------------------------------------------------------- parameters
@pytest.mark.parametrize("scorer_id", BUILTINS)
def test_method_parameters_follow_paramspec(plugin: Any, scorer_id: str) -> None:
    cls = available_scorers()[scorer_id]
    for alg_name in ("score_preset", "score_custom"):
        alg = _alg(alg_name)
        method = alg.parameterDefinition("METHOD")
        assert isinstance(method, QgsProcessingParameterEnum)
        assert method.options()[_method_index(scorer_id)].endswith(f"[{scorer_id}]")
        names = {d.name() for d in alg.parameterDefinitions() if d.name().startswith(f"{scorer_id}__")}
        assert names == {f"{scorer_id}__{spec.name}" for spec in cls.params}
        for spec in cls.params:
            d = alg.parameterDefinition(f"{scorer_id}__{spec.name}")
            assert d.flags() & QgsProcessingParameterDefinition.FlagAdvanced
            assert (spec.label_en or spec.name) in d.description()
            if spec.kind in ("float", "int"):
                assert isinstance(d, QgsProcessingParameterNumber)
                want = QgsProcessingParameterNumber.Double if spec.kind == "float" else (
                    QgsProcessingParameterNumber.Integer
                )
                assert d.dataType() == want
                assert d.defaultValue() == spec.default
                if spec.min is not None:
                    assert d.minimum() == pytest.approx(spec.min)
                if spec.max is not None:
                    assert d.maximum() == pytest.approx(min(spec.max, 2**31 - 1 if spec.kind == "int" else spec.max))
                assert not d.flags() & QgsProcessingParameterDefinition.FlagOptional
            elif spec.kind == "bool":
                assert isinstance(d, QgsProcessingParameterBoolean)
                assert d.defaultValue() == spec.default
            elif spec.kind == "choice":
                assert isinstance(d, QgsProcessingParameterEnum)
                assert d.options() == [str(c) for c in spec.choices]
                assert d.defaultValue() == list(spec.choices).index(spec.default)
            elif spec.kind == "str":
                assert isinstance(d, QgsProcessingParameterString)
                assert d.defaultValue() == spec.default
            elif spec.kind == "codes":
                assert isinstance(d, QgsProcessingParameterString)
                assert d.flags() & QgsProcessingParameterDefinition.FlagOptional
            if spec.help:
                assert spec.help in d.help()


def test_out_of_range_parameter_is_rejected_by_processing(plugin: Any, sigungu_joined: Any) -> None:
    alg = _alg("score_preset")
    params = {"INPUT": sigungu_joined, "CODE_FIELD": "code", "METHOD": _method_index("vikor"),
              "vikor__v": 1.5, "OUTPUT": "memory:"}
    ok, message = alg.checkParameterValues(params, QgsProcessingContext())
    assert not ok, message


# --------------------------------------------------------------------------- preset algorithm
@pytest.mark.parametrize("preset", ["industry-hub", "shrinking-city"])
def test_preset_scores_equal_the_engine(plugin: Any, sigungu_joined: Any, sigungu_matrix: Any, preset: str) -> None:
    presets = [p.id for p in _alg("score_preset").presets()]
    res = processing.run(
        "smartzone:score_preset",
        {"INPUT": sigungu_joined, "CODE_FIELD": "code", "PRESET": presets.index(preset), "LEVEL": 0,
         "METHOD": _method_index("wlc"), "OUTPUT": "memory:"},
    )
    out = res["OUTPUT"]
    assert out.featureCount() == 250
    names = [f.name() for f in out.fields()]
    assert names[-3:] == ["score", "rank", "excluded"]
    assert f"{JOIN_PREFIX}ict_share" in names  # the input fields are kept
    rows = _rows(out)
    scores = [s for s, _, _ in rows.values() if s is not None]
    assert scores and all(0.0 <= s <= 100.0 for s in scores)
    expected = _engine(sigungu_matrix, preset, "sigungu")
    _assert_same(rows, expected)
    assert res["SCORED"] + res["EXCLUDED"] == 250
    recipe = json.loads(res["RECIPE"])
    assert recipe["method"] == "wlc" and recipe["preset"] == preset and recipe["level"] == "sigungu"
    assert recipe["weights"] == pytest.approx(expected.recipe["weights"])


def test_an_output_can_be_scored_again(plugin: Any, sigungu_joined: Any) -> None:
    first = processing.run("smartzone:score_preset",
                           {"INPUT": sigungu_joined, "CODE_FIELD": "code", "OUTPUT": "memory:"})["OUTPUT"]
    again = processing.run("smartzone:score_preset",
                           {"INPUT": first, "CODE_FIELD": "code", "METHOD": _method_index("wpm"),
                            "OUTPUT": "memory:"})["OUTPUT"]
    names = [f.name() for f in again.fields()]
    assert names == [f.name() for f in first.fields()]
    assert names.count("score") == 1


def test_preset_ranks_equal_the_command_line(
    plugin: Any, sigungu_joined: Any, cli_scores: Path | None
) -> None:
    if cli_scores is None:
        pytest.skip("SMARTZONE_CLI_SCORES not set (set by tests/qgis/test_qgis_plugin.py)")
    out = processing.run(
        "smartzone:score_preset",
        {"INPUT": sigungu_joined, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 0, "METHOD": 0, "OUTPUT": "memory:"},
    )["OUTPUT"]
    rows = _rows(out)
    with cli_scores.open(encoding="utf-8-sig", newline="") as fh:
        cli = {r["code"]: r for r in csv.DictReader(fh)}
    assert set(cli) == set(rows)
    for code, (score, rank, _) in rows.items():
        if cli[code]["score"] == "":
            assert score is None
            continue
        assert rank == int(cli[code]["rank"]), code
        assert score == pytest.approx(float(cli[code]["score"]), abs=1e-9), code


def test_method_and_its_parameters_reach_the_engine(plugin: Any, sigungu_joined: Any, sigungu_matrix: Any) -> None:
    res = processing.run(
        "smartzone:score_preset",
        {"INPUT": sigungu_joined, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 0,
         "METHOD": _method_index("topsis"), "topsis__ideal": 1, "topsis__normalization": 0,
         "OUTPUT": "memory:"},
    )
    # Classical (vector) TOPSIS refuses the demo's signed growth column, so the non-default
    # choice carried through here is the absolute ideal.
    assert json.loads(res["RECIPE"])["params"] == {"ideal": "absolute", "normalization": "none"}
    expected = _engine(sigungu_matrix, "industry-hub", "sigungu", "topsis", ideal="absolute",
                       normalization="none")
    _assert_same(_rows(res["OUTPUT"]), expected)


def test_codes_parameter_and_engine_validation_message(plugin: Any, sigungu_joined: Any) -> None:
    base = {"INPUT": sigungu_joined, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 0,
            "METHOD": _method_index("similarity"), "OUTPUT": "memory:"}
    with pytest.raises(QgsProcessingException, match="must be a list of district codes"):
        processing.run("smartzone:score_preset", base)
    res = processing.run("smartzone:score_preset", {**base, "similarity__references": "11230, 11680;31023"})
    assert json.loads(res["RECIPE"])["params"]["references"] == ["11230", "11680", "31023"]


def test_missing_indicator_fields_are_listed(plugin: Any) -> None:
    from conftest import DEMO
    from qgis.core import QgsVectorLayer

    bare = QgsVectorLayer(f"{DEMO / 'districts.gpkg'}|layername=sigungu", "bare", "ogr")
    with pytest.raises(QgsProcessingException, match="ict_share") as err:
        processing.run("smartzone:score_preset",
                       {"INPUT": bare, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 0, "OUTPUT": "memory:"})
    assert "Join the indicator table" in str(err.value)


def test_field_mapping_overrides_names(plugin: Any, sigungu_joined: Any, sigungu_matrix: Any) -> None:
    res = processing.run(
        "smartzone:score_preset",
        {"INPUT": sigungu_joined, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 0,
         "FIELD_MAP": f"ict_share={JOIN_PREFIX}manufacturing_share", "OUTPUT": "memory:"},
    )
    assert json.loads(res["RECIPE"])["fields"]["ict_share"] == f"{JOIN_PREFIX}manufacturing_share"


@pytest.mark.slow
def test_emd_level(plugin: Any, tmp_path: Path) -> None:
    layer = join_demo("emd", tmp_path)
    res = processing.run("smartzone:score_preset",
                         {"INPUT": layer, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 1, "OUTPUT": "memory:"})
    out = res["OUTPUT"]
    assert out.featureCount() == layer.featureCount() > 3000
    assert res["EXCLUDED"] > 0  # units without census data or under 1,000 residents
    reasons = {f["excluded"] for f in out.getFeatures()} - {""}
    assert reasons


# --------------------------------------------------------------------------- custom weights
def test_custom_weights_equal_the_engine(plugin: Any, sigungu_joined: Any, sigungu_matrix: Any) -> None:
    from smartzone.scoring import Criterion, Standardization

    res = processing.run(
        "smartzone:score_custom",
        {"INPUT": sigungu_joined, "CODE_FIELD": "code",
         "FIELD_1": f"{JOIN_PREFIX}ict_share", "DIRECTION_1": 0, "WEIGHT_1": 2.0,
         "FIELD_2": f"{JOIN_PREFIX}density", "DIRECTION_2": 1, "WEIGHT_2": 1.0,
         "FIELD_3": f"{JOIN_PREFIX}tfr", "DIRECTION_3": 0, "WEIGHT_3": 0.5,
         "STANDARDIZATION": 1, "MISSING": 0, "METHOD": _method_index("owa"), "owa__alpha": 2.0,
         "OUTPUT": "memory:"},
    )
    matrix = sigungu_matrix.rename(columns=lambda c: f"{JOIN_PREFIX}{c}")
    criteria = [
        Criterion(f"{JOIN_PREFIX}ict_share", "benefit", Standardization("percentile"), 2.0),
        Criterion(f"{JOIN_PREFIX}density", "cost", Standardization("percentile"), 1.0),
        Criterion(f"{JOIN_PREFIX}tfr", "benefit", Standardization("percentile"), 0.5),
    ]
    expected = ScoringSession(matrix, criteria, get_scorer("owa", alpha=2.0)).score()
    rows = _rows(res["OUTPUT"])
    assert len(rows) == 250
    _assert_same(rows, expected)


def test_custom_weights_need_a_positive_weight(plugin: Any, sigungu_joined: Any) -> None:
    with pytest.raises(QgsProcessingException, match="weight must be above 0"):
        processing.run("smartzone:score_custom",
                       {"INPUT": sigungu_joined, "CODE_FIELD": "code", "FIELD_1": f"{JOIN_PREFIX}tfr",
                        "WEIGHT_1": 0.0, "OUTPUT": "memory:"})


# --------------------------------------------------------------------------- feedback
class _Recorder(QgsProcessingFeedback):
    def __init__(self, cancel_after: float | None = None) -> None:
        super().__init__()
        self.values: list[float] = []
        self.cancel_after = cancel_after

    def setProgress(self, progress: float) -> None:  # noqa: N802 - Qt API
        self.values.append(progress)
        super().setProgress(progress)
        if self.cancel_after is not None and progress >= self.cancel_after:
            self.cancel()


def test_progress_is_reported(plugin: Any, sigungu_joined: Any) -> None:
    fb = _Recorder()
    processing.run("smartzone:score_preset",
                   {"INPUT": sigungu_joined, "CODE_FIELD": "code", "OUTPUT": "memory:"}, feedback=fb)
    assert fb.values and fb.values[-1] == pytest.approx(100.0)
    assert fb.values == sorted(fb.values)


@pytest.mark.parametrize("cancel_after", [0.0, 50.0])
def test_cancel_stops_before_the_output_is_complete(plugin: Any, sigungu_joined: Any, cancel_after: float) -> None:
    alg = _alg("score_preset")
    context = QgsProcessingContext()
    fb = _Recorder(cancel_after=cancel_after)
    results, ok = alg.run({"INPUT": sigungu_joined, "CODE_FIELD": "code", "OUTPUT": "memory:"}, context, fb)
    assert fb.isCanceled()
    assert "OUTPUT" not in (results or {})
    assert max(fb.values) < 100.0


# --------------------------------------------------------------------------- the ZIP
@pytest.mark.parametrize("start", ["startPlugin", "startProcessingPlugin"])
def test_plugin_zip_installs_and_runs(plugin: Any, tmp_path: Path, sigungu_joined: Any, start: str) -> None:
    """The ZIP of build.py, unpacked into a plugins folder and started by qgis.utils as QGIS does."""
    import qgis.utils

    zip_path = os.environ.get("SMARTZONE_PLUGIN_ZIP")
    if not zip_path:
        from smartzone.app.qgis import build

        zip_path = str(build.build(tmp_path / "dist", tools=build.find_tools()))
    plugins_dir = tmp_path / "plugins"
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(plugins_dir)
    registry = QgsApplication.processingRegistry()
    plugin.unload()  # the checkout's copy registers the same provider id
    qgis.utils.plugin_paths.append(str(plugins_dir))
    sys.path.insert(0, str(plugins_dir))
    try:
        qgis.utils.updateAvailablePlugins()
        assert "smartzone_qgis" in qgis.utils.available_plugins
        assert qgis.utils.pluginMetadata("smartzone_qgis", "name") == "SmartZone"
        assert qgis.utils.pluginMetadata("smartzone_qgis", "hasProcessingProvider") == "yes"
        assert qgis.utils.loadPlugin("smartzone_qgis")
        assert getattr(qgis.utils, start)("smartzone_qgis")
        try:
            tools = sys.modules["smartzone_qgis.tools"]
            assert tools.tr.__module__ == "smartzone_qgis.qgis_plugin_tools.tools.i18n"  # vendored copy
            provider = registry.providerById("smartzone")
            assert provider is not None and type(provider).__module__ == "smartzone_qgis.provider"
            res = processing.run("smartzone:score_preset",
                                 {"INPUT": sigungu_joined, "CODE_FIELD": "code", "OUTPUT": "memory:"})
            assert res["OUTPUT"].featureCount() == 250
        finally:
            assert qgis.utils.unloadPlugin("smartzone_qgis")
        assert registry.providerById("smartzone") is None
    finally:
        qgis.utils.plugin_paths.remove(str(plugins_dir))
        sys.path.remove(str(plugins_dir))
        for name in [m for m in sys.modules if m == "smartzone_qgis" or m.startswith("smartzone_qgis.")]:
            del sys.modules[name]
        qgis.utils.updateAvailablePlugins()
        plugin.initProcessing()


# --------------------------------------------------------------------------- output layer (issue 11 §6)
class _Log(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 - QGIS API
        self.lines.append(info)
        super().pushInfo(info)


def test_output_is_styled_repaired_and_every_district_drawn(plugin: Any, tmp_path: Path) -> None:
    """Graduated style of the exports; the 12 invalid 읍면동 repaired and counted, as the CLI does."""
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    layer = join_demo("emd", tmp_path)
    invalid = sum(1 for f in layer.getFeatures() if not f.geometry().isGeosValid())
    assert invalid >= 10
    log = _Log()
    res = processing.run("smartzone:score_preset",
                         {"INPUT": layer, "CODE_FIELD": "code", "PRESET": 0, "LEVEL": 1, "OUTPUT": "memory:"},
                         feedback=log)
    out = res["OUTPUT"]
    assert any(f"Repaired {invalid} invalid geometries" in line for line in log.lines), log.lines
    assert all(f.geometry().isGeosValid() for f in out.getFeatures())
    renderer = out.renderer()
    assert renderer.type() == "graduatedSymbol"
    assert renderer.classAttribute() == 'coalesce("score", -9999)'
    ctx = QgsRenderContext()
    ctx.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(out))
    renderer.startRender(ctx, out.fields())
    undrawn = []
    for f in out.getFeatures():
        ctx.expressionContext().setFeature(f)
        if not renderer.symbolsForFeature(f, ctx):
            undrawn.append(f["code"])
    renderer.stopRender(ctx)
    assert undrawn == []


# --------------------------------------------------------------------------- code systems (issue 11 §1)
class _WarnLog(_Log):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS API
        self.warnings.append(warning)
        super().pushWarning(warning)


def _seoul_layer(joined: Any, *, mois: bool, rename: dict[str, str] | None = None) -> Any:
    """The 25 Seoul 구 of ``joined`` as a memory layer keyed by census ``code``/``name`` or by
    the Ministry's ``SIG_CD``/``SIG_KOR_NM`` (short names, as in the Ministry's shapefiles)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    from smartzone.layers.codes import load_crosswalk

    cw = load_crosswalk(2020)
    assert cw is not None
    to_mois = cw.census_to_mois["sigungu"]
    indicators = [f.name() for f in joined.fields() if f.name().startswith(JOIN_PREFIX) and f.isNumeric()]
    code_name, name_name = ("SIG_CD", "SIG_KOR_NM") if mois else ("code", "name")
    layer = QgsVectorLayer(f"MultiPolygon?crs={joined.crs().authid()}", "seoul", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(code_name, QVariant.String), QgsField(name_name, QVariant.String)]
                           + [QgsField(n, QVariant.Double) for n in indicators])
    layer.updateFields()
    feats = []
    for f in joined.getFeatures():
        code = str(f["code"])
        if not code.startswith("11"):
            continue
        out = QgsFeature(layer.fields())
        out.setGeometry(f.geometry())
        key = to_mois[code] if mois else code
        name = str(f["name"]).split()[-1] if mois else str(f["name"])
        name = (rename or {}).get(key, name)
        out.setAttributes([key, name] + [f[n] for n in indicators])
        feats.append(out)
    ok, _ = provider.addFeatures(feats)
    assert ok and layer.featureCount() == 25, provider.lastError()
    return layer


def test_sig_cd_layer_scores_like_the_census_layer(plugin: Any, sigungu_joined: Any) -> None:
    """A Seoul layer keyed by 행정표준코드 SIG_CD + SIG_KOR_NM: translated, checked by name, same scores."""
    from smartzone.layers.codes import load_crosswalk

    to_census = load_crosswalk(2020).mois_to_census["sigungu"]  # type: ignore[union-attr]
    census = _seoul_layer(sigungu_joined, mois=False)
    mois = _seoul_layer(sigungu_joined, mois=True)
    # similarity to census references (강남구 11230, 서초구 11220): as SIG_CD, 11230 is 동대문구
    params = {"PRESET": 0, "LEVEL": 0, "METHOD": _method_index("similarity"),
              "similarity__references": "11230, 11220", "OUTPUT": "memory:"}
    base = processing.run("smartzone:score_preset", {**params, "INPUT": census, "CODE_FIELD": "code"})
    log = _WarnLog()
    res = processing.run("smartzone:score_preset", {**params, "INPUT": mois, "CODE_FIELD": "SIG_CD"},
                         feedback=log)
    expected = {str(f["code"]): (f["score"], f["rank"]) for f in base["OUTPUT"].getFeatures()}
    got = {to_census[str(f["SIG_CD"])]: (f["score"], f["rank"]) for f in res["OUTPUT"].getFeatures()}
    assert got == expected and res["SCORED"] == base["SCORED"] == 25
    codes = json.loads(res["RECIPE"])["codes"]
    assert codes["field"] == "SIG_CD" and codes["name_field"] == "SIG_KOR_NM"
    assert codes["source_system"] == "mois" and codes["names_checked"] is True
    assert codes["counts"] == {"matched": 0, "translated": 25, "mismatched": 0, "unmatched": 0}
    assert ["11680", "강남구", "11230", "서울특별시 강남구"] in codes["translated"]
    assert any("matched 0, translated 25, mismatched 0, unmatched 0" in line for line in log.lines), log.lines
    assert not log.warnings
    assert json.loads(base["RECIPE"])["codes"]["counts"]["matched"] == 25


def test_wrong_name_is_a_reported_mismatch_not_a_match(plugin: Any, sigungu_joined: Any) -> None:
    """SIG_CD 11680 (강남구) labelled 동대문구: mismatched in the log, the recipe and the output."""
    mois = _seoul_layer(sigungu_joined, mois=True, rename={"11680": "동대문구"})
    log = _WarnLog()
    res = processing.run("smartzone:score_preset",
                         {"INPUT": mois, "CODE_FIELD": "SIG_CD", "PRESET": 0, "LEVEL": 0, "OUTPUT": "memory:"},
                         feedback=log)
    codes = json.loads(res["RECIPE"])["codes"]
    assert codes["counts"] == {"matched": 0, "translated": 24, "mismatched": 1, "unmatched": 0}
    assert codes["mismatched"] == [["11680", "동대문구", "11230", "서울특별시 강남구"]]
    assert any("mismatched: 11680 동대문구 -> 11230 서울특별시 강남구" in w for w in log.warnings), log.warnings
    row = next(f for f in res["OUTPUT"].getFeatures() if f["SIG_CD"] == "11680")
    assert row["score"] is None or (hasattr(row["score"], "isNull") and row["score"].isNull())
    assert "code mismatch: 11680 동대문구 -> 11230 서울특별시 강남구" in row["excluded"]
    assert res["SCORED"] == 24 and res["EXCLUDED"] == 1
