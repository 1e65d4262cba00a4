"""The QGIS plugin (app/qgis): its Qt-free bridge and ZIP here, its QGIS tests in QGIS's Python.

QGIS runs on Debian's Python with PyQt5, never in SmartZone's own virtual
environment, so the tests that need QGIS live in ``tests/qgis_env`` and run in
``.venv-qgis`` (created by ``.ci/setup``: ``python3-qgis`` + ``qgis-plugin-tools``
+ ``pytest-qgis`` + smartzone) through :func:`test_plugin_suite_runs_in_qgis`.
"""
from __future__ import annotations

import csv
import math
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from smartzone.app.qgis import bridge
from smartzone.app.qgis import build as plugin_build
from smartzone.app.qgis.bridge import BridgeError

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
QGIS_PY = ROOT / ".venv-qgis" / "bin" / "python"
DEMO = ROOT / "resources" / "demo"


# --------------------------------------------------------------------------- bridge (no QGIS)
def test_scorer_catalogue_lists_builtins_with_their_paramspecs() -> None:
    from smartzone.scoring.registry import available_scorers

    entries = bridge.scorer_catalogue()
    assert [e.id for e in entries] == list(available_scorers())
    for entry in entries:
        assert entry.params == available_scorers()[entry.id].params
        assert entry.label().endswith(f"[{entry.id}]")


def test_preset_catalogue_reads_the_bundled_presets() -> None:
    ids = [p.id for p in bridge.preset_catalogue()]
    assert {"industry-hub", "shrinking-city"} <= set(ids)
    preset, criteria = bridge.preset_criteria("industry-hub", "sigungu")
    assert preset.method == "wlc" and "ict_share" in [c.indicator for c in criteria]
    with pytest.raises(BridgeError, match="available presets"):
        bridge.preset_criteria("no-such-preset", "sigungu")
    with pytest.raises(BridgeError, match="sigungu"):
        bridge.preset_criteria("industry-hub", "province")


def test_match_fields_exact_case_prefixed_and_mapped() -> None:
    fields = ["code", "ICT_SHARE", "indicators_sigungu_density", "pop", "x_tfr", "y_tfr"]
    assert bridge.match_fields(["ict_share", "density"], fields) == {
        "ict_share": "ICT_SHARE", "density": "indicators_sigungu_density"}
    assert bridge.match_fields(["pop_2020"], fields, {"pop_2020": "pop"}) == {"pop_2020": "pop"}
    with pytest.raises(BridgeError, match="tfr, urban_frac"):  # ambiguous suffix and absent
        bridge.match_fields(["tfr", "urban_frac"], fields)
    with pytest.raises(BridgeError, match="no such field"):
        bridge.match_fields(["tfr"], fields, {"tfr": "nope"})
    assert bridge.parse_field_map(" a = b ; c=d,") == {"a": "b", "c": "d"}


def test_match_fields_never_takes_contribution_columns_and_lists_ambiguity() -> None:
    """On SmartZone's own scores.gpkg the only ``*_ict_share`` field is the contribution ``c_ict_share``."""
    from smartzone.app.core.pipeline import CONTRIBUTION_PREFIX

    assert bridge.CONTRIBUTION_PREFIX == CONTRIBUTION_PREFIX
    scores_fields = ["code", "name", "score", "rank", "excluded", "c_ict_share", "c_density"]
    with pytest.raises(BridgeError, match=r"c_ict_share is SmartZone's contribution of ict_share"):
        bridge.match_fields(["ict_share"], scores_fields)
    joined = [*scores_fields, "ind_ict_share", "ind_density"]
    assert bridge.match_fields(["ict_share", "density"], joined) == {
        "ict_share": "ind_ict_share", "density": "ind_density"}
    with pytest.raises(BridgeError, match=r"tfr matches several fields \(x_tfr, y_tfr\): name one with tfr=x_tfr"):
        bridge.match_fields(["tfr"], ["x_tfr", "y_tfr"])
    with pytest.raises(BridgeError, match="indicator=field"):
        bridge.parse_field_map("oops")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(11010, "11010"), (11010.0, "11010"), (" 11010 ", "11010"), ("1101053000", "1101053000"),
     (None, None), (math.nan, None), ("", None)],
)
def test_normalize_code(value: object, expected: str | None) -> None:
    assert bridge.normalize_code(value) == expected


def test_parse_codes() -> None:
    assert bridge.parse_codes("11010, 11020;11010  31023") == ("11010", "11020", "31023")
    assert bridge.parse_codes("") == ()
    assert bridge.parse_codes([11010, "11020"]) == ("11010", "11020")


def test_build_matrix_parses_values_and_rejects_bad_codes() -> None:
    m = bridge.build_matrix([11010, "11020", 11030.0], {"a": [1, "2.5", None], "b": ["1,000", "", 3]})
    assert list(m.index) == ["11010", "11020", "11030"]
    assert m["a"].tolist()[:2] == [1.0, 2.5] and math.isnan(m["a"].iloc[2])
    assert m["b"].iloc[0] == 1000.0 and math.isnan(m["b"].iloc[1])
    with pytest.raises(BridgeError, match="duplicate"):
        bridge.build_matrix(["1", "1"], {"a": [1, 2]})
    with pytest.raises(BridgeError, match="no district code"):
        bridge.build_matrix(["1", None], {"a": [1, 2]})
    with pytest.raises(BridgeError, match="no numeric value"):
        bridge.build_matrix(["1", "2"], {"a": ["x", None]})


def test_resolve_params_prefers_form_then_preset() -> None:
    from smartzone.scoring.registry import available_scorers

    specs = available_scorers()["vikor"].params
    assert bridge.resolve_params(specs, {"v": 0.5}) == {"v": 0.5}
    assert bridge.resolve_params(specs, {"v": 0.5}, {"v": 0.8}) == {"v": 0.8}  # default -> preset
    assert bridge.resolve_params(specs, {"v": 0.3}, {"v": 0.8}) == {"v": 0.3}  # user's choice wins
    assert bridge.resolve_params(specs, {}, {"unknown": 1}) == {"v": 0.5}


def test_custom_criteria_validation() -> None:
    crit = bridge.custom_criteria(["a", "b"], ["benefit", "cost"], [2, 1], standardization="percentile")
    assert [(c.indicator, c.direction, c.weight, c.standardization.method) for c in crit] == [
        ("a", "benefit", 2.0, "percentile"), ("b", "cost", 1.0, "percentile")]
    for args, message in [
        (([], [], []), "at least one"),
        ((["a", "a"], ["benefit"] * 2, [1, 1]), "more than once"),
        ((["a"], ["up"], [1]), "benefit' or 'cost"),
        ((["a"], ["benefit"], [-1]), "non-negative"),
        ((["a"], ["benefit"], [0]), "above 0"),
    ]:
        with pytest.raises(BridgeError, match=message):
            bridge.custom_criteria(*args)


def test_run_scoring_equals_the_engine_and_reports_engine_errors() -> None:
    frame = pd.read_csv(DEMO / "indicators_sigungu.csv", dtype={"code": str})
    matrix = bridge.build_matrix(frame["code"].tolist(),
                                 {c: frame[c].tolist() for c in ("ict_share", "density", "tfr")})
    criteria = bridge.custom_criteria(["ict_share", "density", "tfr"], ["benefit", "cost", "benefit"], [2, 1, 1])
    result = bridge.run_scoring(matrix, criteria, "wlc")
    rows = bridge.result_rows(result, list(matrix.index))
    assert len(rows) == 250
    assert all(0 <= s <= 100 for s, _, _ in rows if s is not None)
    assert sorted(r for _, r, _ in rows if r is not None)[0] == 1
    with pytest.raises(BridgeError, match="must be a float in the range"):
        bridge.run_scoring(matrix, criteria, "vikor", {"v": 1.5})
    with pytest.raises(BridgeError, match="Unknown scoring method"):
        bridge.run_scoring(matrix, criteria, "nope")


def test_engine_status_reports_the_version_or_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    ok, message = bridge.engine_status()
    assert ok and message.startswith("smartzone ")
    monkeypatch.setitem(sys.modules, "smartzone.scoring.registry", None)  # import now fails
    ok, message = bridge.engine_status()
    assert not ok and "pip install --no-deps smartzone" in message


# --------------------------------------------------------------------------- ZIP (no QGIS)
def test_build_zip_layout_metadata_and_reproducibility(tmp_path: Path) -> None:
    meta = plugin_build.read_metadata()
    assert meta["name"] == "SmartZone" and meta["hasProcessingProvider"] == "yes"
    a = plugin_build.build(tmp_path / "a", tools=None)
    b = plugin_build.build(tmp_path / "b", tools=None)
    assert a.name == f"smartzone_qgis-{meta['version']}.zip"
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as zf:
        names = set(zf.namelist())
    for name in ("__init__.py", "metadata.txt", "plugin.py", "provider.py", "algorithms.py",
                 "parameters.py", "bridge.py", "tools.py", "resources/icons/icon.svg",
                 "resources/i18n/ko.qm", "LICENSE"):
        assert f"smartzone_qgis/{name}" in names
    assert "smartzone_qgis/build.py" not in names
    assert all(n.startswith("smartzone_qgis/") and "__pycache__" not in n for n in names)


def test_build_zip_vendors_qgis_plugin_tools_when_found(tmp_path: Path) -> None:
    try:
        tools = plugin_build.find_tools()
    except plugin_build.BuildError as exc:
        pytest.skip(str(exc))
    with zipfile.ZipFile(plugin_build.build(tmp_path, tools=tools)) as zf:
        names = set(zf.namelist())
    assert "smartzone_qgis/qgis_plugin_tools/tools/resources.py" in names
    assert "smartzone_qgis/qgis_plugin_tools/LICENSE" in names
    assert not any("/infrastructure/" in n for n in names)


def test_every_tr_text_has_a_korean_translation_and_the_qm_is_current(tmp_path: Path) -> None:
    messages = plugin_build.extract_messages()
    assert "Score districts (preset)" in messages
    ts = plugin_build.I18N_DIR / "ko.ts"
    translations = plugin_build.read_ts(ts)
    untranslated = [m for m in messages if not translations.get(m)]
    assert not untranslated, f"run build.py --update-ts and translate in {ts}: {untranslated}"
    for source, text in translations.items():  # placeholders kept
        assert sorted(set(re.findall(r"\{\d\}", source))) == sorted(set(re.findall(r"\{\d\}", text))), source
    try:
        lrelease = plugin_build.find_lrelease()
    except plugin_build.BuildError as exc:
        pytest.skip(str(exc))
    fresh = tmp_path / "ko.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == (plugin_build.I18N_DIR / "ko.qm").read_bytes(), "run build.py --compile-ts"


# --------------------------------------------------------------------------- inside QGIS
@pytest.mark.qgis
@pytest.mark.slow
def test_plugin_suite_runs_in_qgis(tmp_path: Path) -> None:
    """Runs tests/qgis_env with .venv-qgis (QGIS 3.22, pytest-qgis) and checks that all passed."""
    if not QGIS_PY.exists():
        pytest.skip(".venv-qgis does not exist: .ci/setup creates it (python3-qgis, qgis-plugin-tools, pytest-qgis)")
    cli_out = tmp_path / "cli"
    proc = subprocess.run(
        [str(BIN / "smartzone"), "score", "--preset", "industry-hub", "--level", "sigungu",
         "--out", str(cli_out), "-q"],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    with (cli_out / "scores.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == 250
    zip_path = plugin_build.build(tmp_path / "dist", tools=plugin_build.find_tools())
    rootdir = tmp_path / "qgis_root"
    rootdir.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "SMARTZONE_CLI_SCORES": str(cli_out / "scores.csv"), "SMARTZONE_PLUGIN_ZIP": str(zip_path)}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [str(QGIS_PY), "-m", "pytest", "-c", str(ROOT / "tests" / "qgis_env" / "pytest.ini"),
         "--rootdir", str(rootdir), str(ROOT / "tests" / "qgis_env"), "-q"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200,
    )
    output = proc.stdout + proc.stderr
    summary = [line for line in proc.stdout.splitlines() if " passed" in line or " failed" in line]
    assert proc.returncode == 0, output[-6000:]
    assert summary and "failed" not in summary[-1] and "error" not in summary[-1], output[-3000:]
    assert "skipped" not in summary[-1], output[-3000:]
