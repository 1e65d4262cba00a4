"""Build the PyInstaller bundle and run its ``--selftest`` (Linux CI smoke test of the installer)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.timeout(2400)
def test_bundle_builds_and_passes_selftest() -> None:
    if os.environ.get("SMARTZONE_SKIP_BUNDLE") == "1":
        pytest.skip("SMARTZONE_SKIP_BUNDLE=1: bundle build skipped on request")
    if shutil.which("python3") is None:
        pytest.skip("no python3 to build the installer venv")
    proc = subprocess.run(
        ["bash", str(ROOT / "installer" / "build.sh")],
        cwd=ROOT, capture_output=True, text=True, timeout=1800,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    assert "selftest: 6 passed, 0 failed" in out, out[-4000:]
    assert "fast method on compiled kernels" in out, out[-4000:]  # the C extension made it into the bundle
    exe = ROOT / "dist" / "smartzone" / "smartzone"
    assert exe.exists()
    # The bundle answers the CLI too, without the dev venv on PATH.
    info = subprocess.run(
        [str(exe), "--version"], capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "HOME": os.environ.get("HOME", "/tmp")},
    )
    assert info.returncode == 0 and "smartzone" in info.stdout, info.stderr
