"""Static typing: ``mypy`` (strict, as configured in ``[tool.mypy]`` of pyproject.toml).

Checked packages: ``smartzone.scoring`` and ``smartzone.layers`` (STYLE.md: "mypy
strict on scoring and layers"); all of ``smartzone.app`` (the Qt-free core, the GUI, the CLI,
drawing, the QGIS plugin, the executable) and ``smartzone.api`` non-strict (issue 10: the
``smartzone.app`` override of pyproject.toml; the GUI and drawing are typed through PySide6's
own stubs; the plugin's ``qgis``/``PyQt5``/``qgis_plugin_tools`` are not installed here and
are typed as Any).

The source folders are installed under the ``smartzone`` namespace through
``tool.setuptools.package-dir`` (``scoring/`` -> ``smartzone.scoring``); mypy
cannot follow the editable install's import hook, so the test lays out a
``smartzone/`` tree of links to the folders and runs ``mypy -p smartzone.<pkg>``
there, with ``pyproject.toml`` as the configuration.

``layers`` needs the third-party stubs of the ``dev`` extra (pandas-stubs,
types-shapely, types-geopandas, types-pyogrio, types-openpyxl); without them
mypy reports ``import-untyped`` errors.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("scoring", "layers")  # linked into the tree, and each checked with `mypy -p`
#: Linked too (``smartzone.api`` is the folder app/api, see tool.setuptools.package-dir).
LINKS = {**{p: p for p in PACKAGES}, "app": "app", "api": "app/api", "resources": "resources"}
#: The app's packages checked (non-strict) in one mypy run.
APP_PACKAGES = ("smartzone.app", "smartzone.api")


def mypy_config(pyproject: Path) -> dict[str, object]:
    """The ``[tool.mypy]`` table of ``pyproject``; fails (not skips) when it is missing."""
    with pyproject.open("rb") as fh:
        table = tomllib.load(fh).get("tool", {}).get("mypy")
    if table is None:
        pytest.fail(
            f"{pyproject} has no [tool.mypy] section: add the project's mypy settings "
            "(strict = true and the per-module overrides) so that scoring and layers are "
            "type-checked"
        )
    return dict(table)


def link_tree(root: Path, dest: Path) -> Path:
    """``dest/smartzone/<pkg>`` -> ``root/<pkg>`` (symlinks; a copy where links are not allowed)."""
    ns = dest / "smartzone"
    ns.mkdir(parents=True, exist_ok=True)
    for pkg, folder in LINKS.items():
        target, link = root / folder, ns / pkg
        try:
            link.symlink_to(target, target_is_directory=True)
        except OSError:  # e.g. Windows without developer mode
            shutil.copytree(target, link, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def run_mypy(pyproject: Path, package: str | tuple[str, ...], tree: Path,
             cache_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": str(tree)}
    packages = (package,) if isinstance(package, str) else package
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(pyproject), "--cache-dir", str(cache_dir),
         *[arg for p in packages for arg in ("-p", p)]],
        cwd=tree, env=env, capture_output=True, text=True,
    )


@pytest.fixture
def mypy_cache(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    cache = getattr(request.config, "cache", None)
    return Path(cache.mkdir("mypy")) if cache is not None else tmp_path / "mypy-cache"


@pytest.mark.parametrize("pkg", PACKAGES)
def test_passes_mypy_strict(pkg: str, tmp_path: Path, mypy_cache: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed in this environment (pip install -e '.[dev]' installs it)")
    pyproject = ROOT / "pyproject.toml"
    config = mypy_config(pyproject)
    assert config.get("strict") is True, "[tool.mypy] must set strict = true (STYLE.md)"
    tree = link_tree(ROOT, tmp_path / "src")
    package = f"smartzone.{pkg}"
    # One cache per package: the parametrized runs may execute in parallel (xdist).
    proc = run_mypy(pyproject, package, tree, mypy_cache / pkg)
    output = proc.stdout + proc.stderr
    hint = (
        "\n(missing third-party stubs: pip install -e '.[dev]')"
        if "import-untyped" in output or "Library stubs not installed" in output
        else ""
    )
    assert proc.returncode == 0, f"mypy found problems in {package}:\n{output}{hint}"
    assert "Success" in proc.stdout, output


def test_app_passes_mypy(tmp_path: Path, mypy_cache: Path) -> None:
    """The app's packages of ``APP_PACKAGES`` type-check (non-strict, as the ``smartzone.app``
    override of pyproject.toml says)."""
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed in this environment (pip install -e '.[dev]' installs it)")
    tree = link_tree(ROOT, tmp_path / "src")
    proc = run_mypy(ROOT / "pyproject.toml", APP_PACKAGES, tree, mypy_cache / "app")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"mypy found problems in {', '.join(APP_PACKAGES)}:\n{output}"
    assert "Success" in proc.stdout, output
