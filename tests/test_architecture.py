"""Architecture and hygiene checks: the layering contracts, ruff, and the install layout."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.metadata import distribution, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def test_import_contracts_hold() -> None:
    """layers/scoring never import Qt or the app; scoring never imports layers (import-linter)."""
    proc = subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.lower().replace("0 broken", "")


def test_ruff_is_clean() -> None:
    proc = subprocess.run(
        [str(BIN / "ruff"), "check", "--quiet", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_wheel_installs_under_one_namespace(tmp_path: Path) -> None:
    """A built wheel holds only ``smartzone/...`` and its dist-info: no bare ``app``/``layers``."""
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (wheel,) = tmp_path.glob("smartzone-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        tops = {name.split("/")[0] for name in zf.namelist()}
        names = set(zf.namelist())
    assert tops == {"smartzone", f"smartzone-{version('smartzone')}.dist-info"}, tops
    for pkg in ("app", "layers", "scoring", "resources"):
        assert f"smartzone/{pkg}/__init__.py" in names
    assert "smartzone/__init__.py" not in names  # a PEP 420 namespace shared with plugins


def test_console_entry_point_declared() -> None:
    eps = distribution("smartzone").entry_points
    assert any(ep.group == "console_scripts" and ep.name == "smartzone" for ep in eps)
