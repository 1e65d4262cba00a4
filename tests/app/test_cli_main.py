"""``smartzone`` itself: a project argument, typos, no display, fast --help/--version."""
from __future__ import annotations

import math
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
HEAVY = ("pandas", "numpy", "geopandas", "pyogrio", "scipy", "shapely", "sklearn", "PySide6", "rasterio")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")}
    env.update(extra)
    return env


def _smartzone(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "smartzone"), *args], cwd=cwd, env=_env(**env),
                          capture_output=True, text=True, timeout=300)


def _imported(code: str, cwd: Path) -> tuple[set[str], str]:
    """Top-level packages imported (``-X importtime``) and stdout."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=cwd, env=_env(),
                          capture_output=True, text=True, timeout=120)
    packages = {line.split("|")[2].strip().split(".")[0] for line in proc.stderr.splitlines()
                if line.startswith("import time:")}
    return packages, proc.stdout


def _cpu_seconds(code: str, cwd: Path) -> float:
    """Process time (user + system) of a child interpreter running ``code``: best of three."""
    best = math.inf
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", code], cwd=cwd, env=_env(), capture_output=True, timeout=120)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["score", "--help"], ["compare", "--help"]])
def test_version_and_help_import_no_heavy_library(args: list[str], tmp_path: Path) -> None:
    """By what is imported and by process time (not wall time): pandas alone costs over 0.3 s."""
    code = ("from smartzone.app.main import main\n"
            f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n")
    packages, stdout = _imported(code, tmp_path)
    assert stdout.strip()
    assert not packages & set(HEAVY), sorted(packages & set(HEAVY))
    extra = _cpu_seconds(code, tmp_path) - _cpu_seconds("pass", tmp_path)
    assert extra < 0.3, f"{extra:.2f} s of process time above a bare interpreter"


def test_help_texts_are_plain_and_list_the_presets(tmp_path: Path) -> None:
    for args in (["--help"], ["score", "--help"], ["compare", "--help"], ["layers", "info", "--help"]):
        proc = _smartzone(args, tmp_path)
        assert proc.returncode == 0 and "``" not in proc.stdout, proc.stdout
    text = _smartzone(["score", "--help"], tmp_path).stdout
    assert "industry-hub" in text and "shrinking-city" in text


def test_a_typo_is_an_unknown_command_with_a_suggestion(tmp_path: Path) -> None:
    proc = _smartzone(["scroe"], tmp_path)
    assert proc.returncode == 2
    assert "unknown command 'scroe'. Did you mean 'smartzone score'?" in proc.stderr
    assert not (tmp_path / "smartzone-out").exists()


def test_a_missing_project_file_is_an_error(tmp_path: Path) -> None:
    proc = _smartzone(["plan.smartzone.json"], tmp_path)
    assert proc.returncode == 2 and "project file plan.smartzone.json does not exist" in proc.stderr
    assert not (tmp_path / "smartzone-out").exists()


def test_without_display_the_named_project_is_scored(tmp_path: Path) -> None:
    from smartzone.app.core.model.project import Project

    project = Project.demo(level="sigungu", preset="shrinking-city")
    path = project.save(tmp_path / "plan.smartzone.json")
    proc = _smartzone([str(path)], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"No display found: running `smartzone score --project {path}" in proc.stdout
    assert "shrinking-city" in proc.stdout  # the project's scenario, not the demo's industry-hub
    assert (tmp_path / "smartzone-out" / "scores.gpkg").is_file()
    proc = _smartzone([str(path)], tmp_path)  # again: the replacement is said
    assert proc.returncode == 0
    assert "replaced" in proc.stdout and "replacing the existing scores.gpkg" in proc.stderr


def test_without_display_a_broken_project_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.smartzone.json"
    path.write_text("{ not json", encoding="utf-8")
    proc = _smartzone([str(path)], tmp_path)
    assert proc.returncode == 2
    assert "broken.smartzone.json" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "smartzone-out" / "scores.gpkg").exists()


def test_offscreen_platform_falls_back_instead_of_waiting(tmp_path: Path) -> None:
    proc = _smartzone([], tmp_path, QT_QPA_PLATFORM="offscreen")  # timeout 300 s: it used to hang
    assert proc.returncode == 0, proc.stderr
    assert "QT_QPA_PLATFORM=offscreen shows no window: running `smartzone score" in proc.stdout
    assert (tmp_path / "smartzone-out" / "scores.csv").is_file()


def test_a_closed_pipe_is_no_bug(tmp_path: Path) -> None:
    """``smartzone score … | head``: the reader closes the pipe and the CLI said "Unexpected error
    (BrokenPipeError) … This is a bug in SmartZone" with a log file. It stops quietly (status 141)."""
    argv = ["score", "--preset", "industry-hub", "--level", "emd", "--top", "3501", "-q"]
    code = f"import sys\nfrom smartzone.app.main import main\nsys.exit(main({argv!r}))\n"
    proc = subprocess.Popen([sys.executable, "-c", code],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # 3,501 rows do not fit a pipe's buffer: the CLI is still writing
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=120) == 141, err
    assert b"SmartZone scores" in first
    assert "bug" not in err and "BrokenPipe" not in err and "Traceback" not in err, err
