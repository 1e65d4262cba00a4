"""QGIS users install SmartZone offline from what the project builds (issue 11 §6).

``smartzone`` is not on PyPI, so ``pip install --no-deps smartzone`` fails. The
project builds the engine wheel (``python -m pip wheel --no-deps --no-build-isolation
-w dist .``, see docs/qgis-plugin.md) and the plugin ZIP (``app/qgis/build.py``);
here both are installed without any index into a clean place -- the wheel with
``pip install --no-index --target``, the ZIP into a fresh QGIS profile -- and QGIS's
own Python (no virtual environment, so not this checkout) runs the algorithm.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smartzone.app.qgis import build as plugin_build

ROOT = Path(__file__).resolve().parents[2]
QGIS_PY = Path("/usr/bin/python3")
QGIS_VENV = ROOT / ".venv-qgis" / "bin" / "python"

pytestmark = [pytest.mark.qgis, pytest.mark.slow]


def _qgis_available() -> bool:
    if not QGIS_PY.exists() or not QGIS_VENV.exists():
        return False
    return subprocess.run([str(QGIS_PY), "-c", "import qgis.core, pandas, scipy, sklearn"],
                          capture_output=True).returncode == 0


def test_engine_wheel_and_plugin_zip_install_offline_into_a_clean_profile(tmp_path: Path) -> None:
    if not _qgis_available():
        pytest.skip("QGIS (python3-qgis) or .venv-qgis is not installed")
    try:
        tools = plugin_build.find_tools()
    except plugin_build.BuildError as exc:
        pytest.skip(str(exc))
    dist = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "-q", "-w", str(dist), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = dist.glob("smartzone-*.whl")
    target = tmp_path / "site"
    proc = subprocess.run([str(QGIS_VENV), "-m", "pip", "install", "--no-deps", "--no-index", "-q",
                           "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    zip_path = plugin_build.build(dist, tools=tools)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(target)}
    proc = subprocess.run(
        [str(QGIS_PY), str(Path(__file__).with_name("offline_install_check.py")), str(home / "profile"),
         str(zip_path), str(ROOT / "resources" / "demo"), str(tmp_path)],
        capture_output=True, text=True, timeout=600, env=env,
    )
    assert "JSON" in proc.stdout, (proc.stdout + proc.stderr)[-3000:]
    result = json.loads(proc.stdout.split("JSON", 1)[1])
    assert result["available"] and result["loaded"]
    assert result["engine"].startswith(str(target) + os.sep)  # the wheel's engine, not this checkout
    assert result["features"] == 250 and result["scored"] == 250
    assert result["renderer"] == "graduatedSymbol"
