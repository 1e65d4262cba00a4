"""Property-based tests: damaged inputs give SmartZone errors, never anything else.

Hypothesis mutates the parts of a real shapefile (written with GDAL from the demo districts),
CSV and XLSX indicator tables, and project JSON, and asserts that reading them either works
or raises a :class:`~smartzone.scoring.errors.SmartZoneError` (whose message names the file).
Any other exception is a reader that lets a library error through: the test fails with the
input that did it.

Bounded for CI: a few dozen examples each, derandomized (the same examples on every run, so
the suite is stable), no example database.
"""
from __future__ import annotations

import io
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartzone.app.core.model.projectfile import load_project
from smartzone.layers.tables import read_table
from smartzone.layers.vector import read_districts
from smartzone.scoring.errors import SmartZoneError

FUZZ = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow])
PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


@pytest.fixture(scope="module")
def shapefile_parts() -> dict[str, bytes]:
    import geopandas as gpd

    from smartzone.resources import demo_data

    frame = gpd.read_file(demo_data.districts_path(), layer="sigungu").head(6)
    with tempfile.TemporaryDirectory() as tmp:
        frame.to_file(Path(tmp) / "d.shp", encoding="cp949")
        (Path(tmp) / "d.cpg").write_text("CP949")
        return {s: (Path(tmp) / f"d{s}").read_bytes() for s in PARTS}


def _only_smartzone_errors(fn, *args, **kwargs) -> None:
    try:
        fn(*args, **kwargs)
    except SmartZoneError as exc:
        assert str(exc).strip(), "a SmartZone error must say something"
    # anything else propagates and fails the test with hypothesis's minimal example


mutation = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0.0, 1.0)),
    st.tuples(st.just("flip"), st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)),
                                        min_size=1, max_size=8)),
    st.tuples(st.just("insert"), st.tuples(st.floats(0.0, 1.0), st.binary(min_size=1, max_size=16))),
    st.tuples(st.just("delete"), st.none()),
)


def _mutate(data: bytes, how: tuple) -> bytes | None:
    kind, arg = how
    if kind == "delete":
        return None
    if kind == "truncate":
        return data[: int(len(data) * arg)]
    b = bytearray(data)
    if kind == "flip":
        for where, value in arg:
            if b:
                b[min(int(where * len(b)), len(b) - 1)] = value
        return bytes(b)
    where, extra = arg
    at = int(where * len(b))
    return bytes(b[:at] + extra + b[at:])


@FUZZ
@given(part=st.sampled_from(PARTS), how=mutation)
def test_damaged_shapefile_parts_give_smartzone_errors(shapefile_parts, part, how):
    with tempfile.TemporaryDirectory() as tmp:
        for suffix, data in shapefile_parts.items():
            new = _mutate(data, how) if suffix == part else data
            if new is not None:
                (Path(tmp) / f"d{suffix}").write_bytes(new)
        _only_smartzone_errors(read_districts, Path(tmp) / "d.shp")


cell = st.one_of(
    st.sampled_from(["11010", "11020", "1101053", "", "-", "0,60", "1,234", "x", "\x00", '"', "=1+1",
                     "서울특별시", "１２", "1e308", "nan", "inf", "  7 "]),
    st.text(max_size=12),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=1, max_size=5), min_size=1, max_size=12),
       sep=st.sampled_from([",", "\t", ";"]), encoding=st.sampled_from(["utf-8", "cp949", "utf-8-sig"]))
def test_messy_csv_tables_give_smartzone_errors(rows, sep, encoding):
    text = "\n".join(sep.join(r) for r in [["code", "pop", "name"], *rows])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.csv"
        path.write_bytes(text.encode(encoding, errors="replace"))
        _only_smartzone_errors(read_table, path)


@pytest.fixture(scope="module")
def xlsx_bytes() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["행정구역별", "", ""])
    ws.append(["code", "인구", "비율"])
    for i in range(6):
        ws.append([f"{11010 + 10 * i}", 1000 * i, 0.1 * i])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@FUZZ
@given(how=mutation.filter(lambda h: h[0] != "delete"))
def test_damaged_xlsx_gives_smartzone_errors(xlsx_bytes, how):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.xlsx"
        path.write_bytes(_mutate(xlsx_bytes, how) or b"")
        _only_smartzone_errors(read_table, path)


BASE_PROJECT = {
    "format": "smartzone-project", "schema_version": 1, "title": "t", "level": "sigungu",
    "crs": "EPSG:5179", "view_extent": [0, 0, 1, 1],
    "layers": [{"id": "districts", "kind": "vector", "path": "d.gpkg", "name": "d", "visible": True,
                "opacity": 1.0, "options": {"role": "districts", "code_field": "code", "band": 1}}],
    "active": "a",
    "scenarios": [{"name": "a", "method": "wlc", "params": {}, "preset": None, "description": "",
                   "criteria": [{"indicator": "pop", "direction": "benefit", "weight": 1.0,
                                 "standardization": {"method": "minmax", "params": {}},
                                 "constraints": [{"op": ">", "value": 1.0, "reason": ""}],
                                 "missing": "median", "label_ko": "", "label_en": ""}]}],
}

json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
              st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.text(max_size=8), children, max_size=3)),
    max_leaves=10,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(BASE_PROJECT) if p]


@settings(FUZZ, max_examples=150)
@given(where=st.sampled_from(ALL_PATHS), value=json_value)
def test_mutated_project_json_gives_smartzone_errors(where, value):
    doc = json.loads(json.dumps(BASE_PROJECT))
    node = doc
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.smartzone.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        shutil.copyfile(__file__, Path(tmp) / "d.gpkg")  # a file to point at (not read here)
        _only_smartzone_errors(load_project, path)
