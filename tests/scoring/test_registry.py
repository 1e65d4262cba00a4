"""Scorer discovery through entry points, plugin isolation, conformance of every built-in.

Plugins are "installed" for the test by writing a ``*.dist-info`` folder (METADATA
+ entry_points.txt generated from the plugin's own pyproject.toml) into a temp
dir on ``sys.path``: importlib.metadata discovers it exactly like an installed
wheel, nothing is written into the virtualenv, it needs no network or build
backend, and it takes milliseconds on a clean CI clone. One ``slow`` test
also builds and installs the example plugin with pip (``--target``, no deps)
to prove its pyproject.toml is valid.
"""
from __future__ import annotations

import importlib
import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from smartzone.scoring import (
    ConformanceError,
    Criterion,
    ParameterError,
    PluginError,
    Scorer,
    ScoringSession,
    available_scorers,
    check_scorer,
    get_scorer,
    plugin_errors,
    registry,
)
from smartzone.scoring.check import synthetic_problem

PLUGINS = Path(__file__).resolve().parents[1] / "plugins"
BUILTINS = {
    "wlc": "smartzone.scoring.methods.wlc:WeightedLinearCombination",
    "wpm": "smartzone.scoring.methods.wpm:WeightedProduct",
    "fuzzy_and": "smartzone.scoring.methods.fuzzy:FuzzyAnd",
    "fuzzy_or": "smartzone.scoring.methods.fuzzy:FuzzyOr",
    "topsis": "smartzone.scoring.methods.topsis:Topsis",
    "vikor": "smartzone.scoring.methods.vikor:Vikor",
    "owa": "smartzone.scoring.methods.owa:OrderedWeightedAverage",
    "supervised": "smartzone.scoring.methods.supervised:SupervisedSuitability",
    "similarity": "smartzone.scoring.methods.similarity:TypologySimilarity",
}


def install_as_dist_info(plugin_dir: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Make ``plugin_dir`` discoverable as an installed distribution; return its name."""
    project = tomllib.loads((plugin_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    name, version = project["name"], project["version"]
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")
    lines = []
    for group, entries in project.get("entry-points", {}).items():
        lines.append(f"[{group}]")
        lines += [f"{key} = {value}" for key, value in entries.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.syspath_prepend(str(plugin_dir))
    importlib.invalidate_caches()
    return name


@pytest.fixture
def fresh_registry():
    registry.refresh()
    yield
    for mod in [m for m in sys.modules if m.startswith(("smartzone_example_scorer", "smartzone_broken_scorers"))]:
        del sys.modules[mod]
    importlib.invalidate_caches()
    registry.refresh()
    registry._failures.clear()


@pytest.fixture
def example_plugin(tmp_path, monkeypatch, fresh_registry):
    install_as_dist_info(PLUGINS / "example_scorer", tmp_path / "site", monkeypatch)
    registry.refresh()
    return available_scorers()["borda"]


@pytest.fixture
def broken_plugins(tmp_path, monkeypatch, fresh_registry):
    install_as_dist_info(PLUGINS / "broken_scorers", tmp_path / "site", monkeypatch)
    registry.refresh()
    return available_scorers()


def _problem():
    return synthetic_problem(30, seed=3)


# ----------------------------------------------------------------- built-ins
def test_builtins_are_declared_as_entry_points_of_smartzone():
    eps = {ep.name: ep for ep in importlib.metadata.entry_points(group="smartzone.scorers")}
    for sid, target in BUILTINS.items():
        assert eps[sid].value == target
        assert eps[sid].dist is not None and eps[sid].dist.name == "smartzone"


def test_available_scorers_lists_every_builtin_with_wlc_first(fresh_registry):
    scorers = available_scorers()
    assert set(BUILTINS) <= set(scorers)
    assert next(iter(scorers)) == "wlc"
    for sid, cls in scorers.items():
        assert cls.id == sid
    assert registry.scorer_info("vikor").builtin


@pytest.mark.parametrize("sid", sorted(BUILTINS))
def test_every_builtin_passes_check_scorer(sid):
    report = check_scorer(available_scorers()[sid])
    assert "criterion_order_invariance" in report.passed
    assert "reproducible_from_recipe" in report.passed
    assert len(report.passed) >= 13


def test_get_scorer_builds_with_params_and_rejects_unknown():
    v = get_scorer("vikor", v=0.3)
    assert isinstance(v, Scorer) and v.get_params() == {"v": 0.3}
    with pytest.raises(ParameterError, match="Unknown scoring method 'nope'"):
        get_scorer("nope")
    with pytest.raises(ParameterError, match="Unknown parameter 'w' for scorer 'vikor'"):
        get_scorer("vikor", w=1)


def test_describe_scorers_gives_forms_for_the_app():
    described = {d["id"]: d for d in registry.describe_scorers()}
    v = described["vikor"]["params"][0]
    assert v == {
        "name": "v", "kind": "float", "default": 0.5, "min": 0.0, "max": 1.0, "choices": [],
        "label_ko": "집단 효용 가중치 v", "label_en": "Group-utility weight v", "help": v["help"],
    }
    assert described["supervised"]["params"][0]["kind"] == "codes"


# ------------------------------------------------------------ example plugin
def test_example_plugin_is_discovered_guarded_and_conformant(example_plugin):
    assert example_plugin.id == "borda"
    info = registry.scorer_info("borda")
    assert not info.builtin and info.distribution == "smartzone-example-scorer"
    check_scorer(example_plugin)
    scorer = get_scorer("borda")
    assert isinstance(scorer, registry.GuardedScorer)
    frame, criteria, expected = _problem()
    result = scorer.score(frame, criteria)
    assert set(result.excluded) == expected
    assert result.recipe["method"] == "borda"
    # the session uses the public score() for third-party scorers, re-validated each time
    session = ScoringSession(frame, criteria, "borda")
    a = session.rescore([1, 1, 1, 1])
    assert a.score.notna().sum() == len(frame) - len(expected)
    assert plugin_errors() == []


def test_example_plugin_borda_points_by_hand(example_plugin):
    frame = pd.DataFrame({"x": [3.0, 1.0, 2.0], "y": [10.0, 30.0, 20.0]}, index=["a", "b", "c"])
    result = get_scorer("borda").score(frame, [Criterion("x", weight=1), Criterion("y", weight=1)])
    # x ranks a, c, b -> points 1, 0, 0.5; y ranks b, c, a -> 0, 1, 0.5
    assert result.score.to_dict() == pytest.approx({"a": 50.0, "b": 50.0, "c": 50.0})


@pytest.mark.slow
def test_example_plugin_installs_with_pip(tmp_path):
    pytest.importorskip("setuptools")  # --no-build-isolation builds with the environment's setuptools
    target = tmp_path / "site"
    source = tmp_path / "example_scorer"  # pip builds in-tree: keep build/ and *.egg-info out of the repo
    shutil.copytree(PLUGINS / "example_scorer", source, ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "--target", str(target), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    code = (
        "import importlib.metadata as m, sys; sys.path.insert(0, sys.argv[1]);"
        "eps = {e.name: e.value for e in m.entry_points(group='smartzone.scorers')};"
        "assert eps['borda'] == 'smartzone_example_scorer:BordaCount', eps;"
        "from smartzone.scoring import available_scorers; assert 'borda' in available_scorers()"
    )
    subprocess.run([sys.executable, "-c", code, str(target)], check=True, timeout=120)


# ----------------------------------------------------------- broken plugins
def _failures_by_name():
    return {f.name: f for f in plugin_errors()}


def test_broken_plugins_are_reported_and_skipped_at_load(broken_plugins):
    assert set(BUILTINS) <= set(broken_plugins)  # the app keeps its methods
    failures = _failures_by_name()
    assert "import failed: ModuleNotFoundError" in failures["broken_import"].message
    assert "some_missing_dependency" in failures["import_crash"].message
    assert "declares id 'not_the_entry_point_name'" in failures["misnamed"].message
    assert "is not a class" in failures["not_a_class"].message
    assert "already provided by smartzone" in failures["wlc"].message
    for name in ("broken_import", "import_crash", "misnamed", "not_a_class"):
        assert name not in broken_plugins
        assert failures[name].stage == "load"
        assert failures[name].distribution == "smartzone-broken-scorers"
    assert registry.scorer_info("wlc").builtin  # not shadowed


def test_broken_plugin_load_failures_are_logged(tmp_path, monkeypatch, fresh_registry, caplog):
    install_as_dist_info(PLUGINS / "broken_scorers", tmp_path / "site", monkeypatch)
    registry.refresh()
    with caplog.at_level("WARNING", logger="smartzone.scoring.registry"):
        available_scorers()
    assert any("broken_import" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("sid", "expected"),
    [
        ("raises", "ZeroDivisionError: plugin bug"),
        ("wrong_shape", "contributions could not be built"),
        ("returns_nan", "score is NaN or infinite for 1 scored districts"),
        ("wrong_type", "returned dict, not a ScoreResult"),
        ("out_of_range", "score outside 0-100"),
    ],
)
def test_misbehaving_plugin_score_becomes_plugin_error(broken_plugins, sid, expected):
    frame, criteria, _ = _problem()
    scorer = get_scorer(sid)
    with pytest.raises(PluginError, match="failed") as info:
        scorer.score(frame, criteria)
    assert expected in str(info.value)
    failure = _failures_by_name()[sid]
    assert failure.stage == "score" and expected in failure.message
    # the built-ins still work afterwards
    assert get_scorer("wlc").score(frame, criteria).score.notna().any()


def test_check_scorer_reports_every_failing_check(broken_plugins):
    with pytest.raises(ConformanceError) as info:
        check_scorer(broken_plugins["returns_nan"])
    assert "result_valid" in str(info.value) and "NaN" in str(info.value)


def test_check_scorer_catches_an_order_dependent_scorer():
    class FirstCriterionOnly(Scorer):
        id = "first_only"
        name_ko = "첫 기준"
        name_en = "First criterion"

        def aggregate(self, values, weights, *, prepared, params):
            from smartzone.scoring import Aggregation

            s = 100 * values[:, 0]
            c = np.zeros_like(values)
            c[:, 0] = s
            return Aggregation(score=s, contributions=c)

    with pytest.raises(ConformanceError, match="criterion_order_invariance"):
        check_scorer(FirstCriterionOnly)
