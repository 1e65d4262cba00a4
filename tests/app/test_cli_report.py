"""``smartzone score --report``: PDF report and map PNG from the command line; QGIS style = map colours."""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from smartzone.app.cli import main

pytest.importorskip("pypdf")


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _png_size(path: Path) -> tuple[int, int]:
    raw = path.read_bytes()
    assert raw[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")


@pytest.fixture(scope="module")
def report_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "out"
    code = main(["score", "--preset", "industry-hub", "--level", "sigungu", "--out", str(out), "--report", "-q"])
    return code, out


def test_score_report_writes_pdf_and_png(report_run, capsys) -> None:
    code, out = report_run
    assert code == 0
    pdf, png = out / "report.pdf", out / "report_map.png"
    assert pdf.is_file() and png.is_file()
    w, h = _png_size(png)
    assert w >= 800 and h >= 800
    text = _pdf_text(pdf)
    assert "종로구" in text  # Korean names are real, searchable text
    assert "서울특별시 강남구" in text  # rank 1 of industry-hub at 시군구
    assert "EPSG:5179" in text
    assert "민감도 분석 요약" in text  # Monte-Carlo sensitivity summary
    assert "공공누리" in text or "KOGL" in text  # data sources and licences from the demo metadata
    assert (out / "scores.gpkg").is_file() and (out / "scores.csv").is_file()


def test_report_refuses_to_overwrite_then_overwrites(report_run, capsys) -> None:
    code, out = report_run
    assert code == 0
    before = (out / "report.pdf").stat().st_mtime_ns
    capsys.readouterr()
    code = main(["score", "--preset", "industry-hub", "--level", "sigungu", "--out", str(out), "--report", "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--overwrite" in err
    assert (out / "report.pdf").stat().st_mtime_ns == before


def test_report_path_language_and_runs(tmp_path, capsys) -> None:
    target = tmp_path / "보고서" / "plan"
    code = main(["score", "--preset", "shrinking-city", "--level", "sigungu", "--report", str(target),
                 "--report-runs", "200", "--report-language", "en", "-q"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    pdf = target.with_name("plan.pdf")
    assert pdf.is_file() and target.with_name("plan_map.png").is_file()
    text = _pdf_text(pdf)
    assert "Sensitivity summary" in text and "EPSG:5179" in text
    assert "경상북도 영양군" in text  # rank 1 of shrinking-city


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--report"], "--report needs a file name"),
        (["--report", "x.pdf", "--report-runs", "50"], "between 200 and 1000"),
    ],
)
def test_report_option_errors(argv, message, tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code = main(["score", "--preset", "industry-hub", "-q", *argv])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_gpkg_style_uses_the_map_classes(report_run) -> None:
    """The QGIS style in scores.gpkg has the classes and colours of the app map (style_for_scores)."""
    import pyogrio

    from smartzone.app.core.classify import classify

    _code, out = report_run
    frame = pyogrio.read_dataframe(out / "scores.gpkg", layer="scores", read_geometry=False)
    cls = classify(frame["score"].to_numpy(dtype=float), scheme="quantiles", k=5, cmap="viridis")
    with sqlite3.connect(out / "scores.gpkg") as con:
        qml = con.execute("SELECT styleQML FROM layer_styles").fetchone()[0]
    colors = re.findall(r'name="color" type="QString" value="(\d+),(\d+),(\d+),\d+"', qml)
    want = [tuple(str(int(c[i:i + 2], 16)) for i in (1, 3, 5)) for c in cls.colors]
    assert colors[: len(want)] == want
    uppers = [float(u) for u in re.findall(r'<range lower="[-\d.]+" upper="([-\d.]+)"', qml)][: cls.k]
    # inner bounds are the map's; the top bound is widened so QGIS draws the maximum too
    assert uppers[:-1] == pytest.approx([float(b) for b in cls.bins][:-1], abs=1e-5)
    assert uppers[-1] >= float(cls.bins[-1])


def test_report_names_the_crs_the_files_were_exported_in(tmp_path, capsys) -> None:
    """``--export … --crs EPSG:5186 --report``: the files are in EPSG:5186 and the report
    said 좌표계: EPSG:5179 only (the map's). It names the exported files' CRS, then the map's."""
    out = tmp_path / "out"
    code = main(["score", "--preset", "shrinking-city", "--level", "sigungu", "--out", str(out), "--export", "shp",
                 "--crs", "EPSG:5186", "--report", "--report-runs", "200", "-q"])
    assert code == 0, capsys.readouterr().err
    assert "Central_Belt_2010" in (out / "scores.prj").read_text(encoding="ascii")
    first = _pdf_text(out / "report.pdf").split("적합도 지도")[0]
    assert re.search(r"좌표계: EPSG:5186 \(Korea 2000 / Central Belt 2010\) \(내보낸 파일\); 지도: EPSG:5179",
                     " ".join(first.split())), first
