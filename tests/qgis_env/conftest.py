"""Fixtures for the tests that need QGIS (run by ``.venv-qgis``, see ``pytest.ini`` here).

The main suite (``.venv/bin/python -m pytest``) has no QGIS: there these files
are not collected, and ``tests/qgis/test_qgis_plugin.py`` runs them in a
subprocess with ``.venv-qgis/bin/python`` instead.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if importlib.util.find_spec("qgis") is None:  # the main suite's interpreter
    collect_ignore_glob = ["test_*.py"]

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
#: Prefix QGIS puts before the joined indicator fields in these tests.
JOIN_PREFIX = "ind_"


@pytest.fixture(scope="session")
def plugin(qgis_processing: None, qgis_iface: Any) -> Iterator[Any]:
    """The SmartZone plugin, loaded as QGIS loads it (``classFactory`` + ``initGui``)."""
    from smartzone.app.qgis import classFactory

    loaded = classFactory(qgis_iface)
    loaded.initGui()
    assert loaded.provider is not None, loaded.engine_message
    yield loaded
    loaded.unload()


def _csv_layer(level: str, folder: Path) -> Any:
    """The demo indicator table as an OGR layer, with codes as text (a .csvt gives the types)."""
    from qgis.core import QgsVectorLayer

    src = DEMO / f"indicators_{level}.csv"
    dst = folder / src.name
    shutil.copy(src, dst)
    n = len(src.read_text(encoding="utf-8").splitlines()[0].split(","))
    dst.with_suffix(".csvt").write_text(",".join(["String", "String"] + ["Real"] * (n - 2)), encoding="utf-8")
    layer = QgsVectorLayer(str(dst), f"indicators_{level}", "ogr")
    assert layer.isValid(), dst
    return layer


def join_demo(level: str, folder: Path, prefix: str = JOIN_PREFIX) -> Any:
    """Demo districts at ``level`` joined in QGIS with the demo indicator table (memory layer)."""
    import processing
    from qgis.core import QgsVectorLayer

    districts = QgsVectorLayer(f"{DEMO / 'districts.gpkg'}|layername={level}", level, "ogr")
    assert districts.isValid()
    table = _csv_layer(level, folder)
    out = processing.run(
        "native:joinattributestable",
        {
            "INPUT": districts, "FIELD": "code", "INPUT_2": table, "FIELD_2": "code",
            "FIELDS_TO_COPY": [], "METHOD": 1, "DISCARD_NONMATCHING": False,
            "PREFIX": prefix, "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    return out


@pytest.fixture(scope="session")
def sigungu_joined(plugin: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """시군구 districts joined with their indicators (fields prefixed ``ind_``).

    Not named ``*layer*``: pytest-qgis hands fixtures with such names to the
    project after each test, which deletes a session-scoped layer.
    """
    return join_demo("sigungu", tmp_path_factory.mktemp("sigungu"))


@pytest.fixture(scope="session")
def sigungu_matrix() -> Any:
    """The same data read with pandas: the matrix SmartZone's engine scores in-process."""
    import pandas as pd

    frame = pd.read_csv(DEMO / "indicators_sigungu.csv", dtype={"code": str})
    return frame.set_index("code").drop(columns=["name"]).astype("float64")


@pytest.fixture
def cli_scores() -> Path | None:
    """``scores.csv`` written by ``smartzone score`` (main suite), or ``None`` when run alone."""
    path = os.environ.get("SMARTZONE_CLI_SCORES")
    return Path(path) if path else None
