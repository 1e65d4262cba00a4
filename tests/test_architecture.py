"""Architecture and hygiene checks: the layering contracts, ruff, and the install layout."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from importlib.metadata import distribution, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


#: import-linter run by *this* interpreter: the ``lint-imports`` script's shebang may name another
#: environment (a copied venv), which would check that environment's install instead of this tree.
_LINT_IMPORTS = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def _lint_imports(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _LINT_IMPORTS, "--no-cache", *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_import_contracts_hold() -> None:
    """The layering contracts of pyproject.toml (import-linter): layers/scoring never import Qt
    or the app, scoring never imports layers; the core never imports Qt nor the shells; the GUI
    and the CLI never import each other; the QGIS plugin never imports PySide6."""
    proc = _lint_imports()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.lower().replace("0 broken", "")
    assert "smartzone.api" in __import__("smartzone.api").api.__name__


def test_import_contracts_are_checked_on_this_tree() -> None:
    """The contracts above really cover the core, GUI, CLI and plugin of *this* checkout."""
    proc = _lint_imports("--verbose")
    out = proc.stdout
    for name in ("the core (model, pipeline, services, public API) never imports Qt or QGIS",
                 "the core does not depend on the shells (GUI, CLI, QGIS plugin) or on drawing",
                 "the GUI does not import the CLI", "the CLI does not import the GUI",
                 "drawing serves both shells and imports neither",
                 "the QGIS plugin never imports PySide6",
                 "the project model sits below the pipeline and the core services"):
        assert name in out, out[-2000:]
    assert str(ROOT) in __import__("smartzone.app").app.__file__


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
    for pkg in ("app", "layers", "scoring", "resources", "api", "app/core", "app/core/model", "app/gui",
                "app/gui/widgets", "app/cli", "app/cli/commands", "app/drawing", "app/qgis"):
        assert f"smartzone/{pkg}/__init__.py" in names
    assert "smartzone/__init__.py" not in names  # a PEP 420 namespace shared with plugins


def test_console_entry_point_declared() -> None:
    eps = distribution("smartzone").entry_points
    (ep,) = [ep for ep in eps if ep.group == "console_scripts" and ep.name == "smartzone"]
    assert callable(ep.load())


def test_app_tree_has_one_folder_per_room() -> None:
    """A newcomer tells the core, the GUI, the CLI and the QGIS plugin apart from the tree:
    app/ holds only those folders (plus drawing and the public API) and the executable."""
    app = ROOT / "app"
    folders = {p.name for p in app.iterdir() if p.is_dir() and p.name != "__pycache__"}
    modules = {p.name for p in app.glob("*.py")}
    assert folders == {"core", "gui", "cli", "qgis", "api", "drawing"}, folders
    assert modules == {"__init__.py", "main.py"}, modules


def test_no_contract_has_exceptions() -> None:
    """No import is exempted from a contract (the model's import of the pipeline was the last)."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    assert [c["name"] for c in contracts if c.get("ignore_imports")] == []
