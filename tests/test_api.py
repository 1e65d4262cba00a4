"""``smartzone.api``: the documented public API works with Qt blocked from import."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

_BLOCKED_RUN = textwrap.dedent(
    """
    import importlib.abc, json, sys

    class Blocker(importlib.abc.MetaPathFinder):
        BLOCKED = ("PySide6", "PyQt5", "shiboken6", "qgis")

        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in self.BLOCKED:
                raise ImportError(f"blocked in this test: {name}")
            return None

    sys.meta_path.insert(0, Blocker())

    from smartzone import api

    out = sys.argv[1]
    run = api.score("industry-hub", level="sigungu")
    same = api.score(api.demo("industry-hub"))
    cmp = api.compare(api.demo(), "industry-hub", "shrinking-city", top_k=10)
    reports = api.export(run, out, formats=("gpkg", "csv", "shp"))
    result = api.plan(run, budget=30)
    plan = [result.status, result.compliant, round(result.total_cost, 6)]
    print(json.dumps({
        "n": int(run.result.score.notna().sum()),
        "top": str(run.frame().sort_values("rank").iloc[0]["name"]),
        "same": bool(run.result.score.equals(same.result.score)),
        "rho": float(cmp.spearman),
        "n_common": int(cmp.n_common),
        "paths": sorted(str(p) for r in reports for p in r.paths),
        "plan": plan,
        "qt": sorted(m for m in sys.modules if m.split(".")[0] in Blocker.BLOCKED),
        "presets": api.presets(),
        "levels": list(api.LEVELS),
        "ranks": {str(k): int(v) for k, v in run.result.rank.dropna().items()},
    }))
    """
)


def test_api_scores_compares_and_exports_with_qt_blocked(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-c", _BLOCKED_RUN, str(out)], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    assert data["qt"] == []
    assert data["n"] > 200 and data["same"]
    assert data["top"]
    assert data["n_common"] > 200 and -1.0 <= data["rho"] <= 1.0
    names = {Path(p).name for p in data["paths"]}
    assert {"scores.gpkg", "scores.csv", "scores.shp", "scores.dbf", "scores.cpg"} <= names
    status, compliant, cost = data["plan"]  # the planner runs without Qt too
    assert status == "optimal" and compliant and 0 < cost <= 30
    assert {"industry-hub", "shrinking-city"} <= set(data["presets"])
    assert data["levels"] == ["sigungu", "emd"]
    # what was written is what the API scored: the CSV's ranks are the run's ranks
    import pandas as pd

    csv = pd.read_csv(out / "scores.csv", dtype={"code": str}).dropna(subset=["rank"])
    assert {str(c): int(r) for c, r in zip(csv["code"], csv["rank"], strict=True)} == data["ranks"]


def test_blocker_really_blocks() -> None:
    """The check above would be empty if the blocker let Qt through."""
    code = _BLOCKED_RUN.split("from smartzone import api")[0] + "import PySide6\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "blocked in this test: PySide6" in proc.stderr


def test_api_is_mapped_in_the_wheel_layout() -> None:
    """``smartzone.api`` is a package of its own in pyproject's package list (the wheel test builds it)."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    cfg = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert cfg["package-dir"]["smartzone.api"] == "app/api"
    assert "smartzone.api" in cfg["packages"] and "smartzone.app.core" in cfg["packages"]


def test_api_compare_refuses_calls_it_cannot_mean() -> None:
    """``compare(a, b)`` or ``compare(project, a, b)`` only: three runs were silently read as
    (project, a, b), ignoring the first; a scenario name needs its project."""
    import pytest

    from smartzone import api
    from smartzone.scoring.errors import ParameterError

    project = api.demo("industry-hub", level="sigungu")
    run_a = api.score(project)
    run_b = api.score(project, weights={project.scenario.criteria[0].indicator: 5.0})
    assert api.compare(run_a, run_b).n_common > 200
    with pytest.raises(TypeError, match=r"compare\(a, b\) or compare\(project"):
        api.compare(run_a, run_a, run_b)
    with pytest.raises(TypeError, match=r"compare\(a, b\) or compare\(project"):
        api.compare(project, run_a)
    with pytest.raises(ParameterError, match="pass its project first"):
        api.compare("industry-hub", run_b)
