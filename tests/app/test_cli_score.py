"""``smartzone score`` end to end on the bundled demo data."""
from __future__ import annotations

import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smartzone.app.cli import main

REPO = Path(__file__).resolve().parents[2]


def _have_engine() -> bool:
    try:
        import smartzone.resources.demo_data  # noqa: F401
        import smartzone.scoring.engine  # noqa: F401
        import smartzone.scoring.registry  # noqa: F401
        from smartzone.app.core.model.presets import available_presets
    except ImportError:
        return False
    return {"industry-hub", "shrinking-city"} <= set(available_presets())


needs_engine = pytest.mark.skipif(not _have_engine(), reason="demo data, presets or scoring engine missing")


def _ogrinfo_count(path: Path) -> int:
    exe = shutil.which("ogrinfo")
    if exe is None:
        pytest.skip("ogrinfo (gdal-bin) is not installed")
    out = subprocess.run([exe, "-so", str(path), "scores"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    m = re.search(r"Feature Count: (\d+)", out.stdout)
    assert m, out.stdout
    return int(m.group(1))


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@needs_engine
@pytest.mark.parametrize(("level", "preset", "n"), [("sigungu", "industry-hub", 250), ("emd", "shrinking-city", 3501)])
def test_score_demo_writes_gpkg_and_csv(tmp_path, capsys, level, preset, n) -> None:
    out = tmp_path / "out"
    code = main(["score", "--preset", preset, "--level", level, "--out", str(out), "--top", "5", "-q"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert _ogrinfo_count(out / "scores.gpkg") == n
    rows = _read_csv(out / "scores.csv")
    assert len(rows) == n
    assert {"code", "name", "score", "rank", "excluded"} <= set(rows[0])
    assert any(k.startswith("c_") for k in rows[0])
    width = 5 if level == "sigungu" else 7
    assert all(len(r["code"]) == width and r["code"].isdigit() for r in rows)
    ranked = sorted((int(r["rank"]), float(r["score"])) for r in rows if r["rank"])
    assert ranked[0][0] == 1
    assert all(a[1] >= b[1] for a, b in zip(ranked, ranked[1:], strict=False))  # rank follows score
    excluded = [r for r in rows if r["excluded"]]
    assert all(r["rank"] == "" for r in excluded)
    # printed report: top table, excluded count, provenance
    text = captured.out
    lines = text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("rank"))
    table = lines[header + 2 : header + 7]
    assert len(table) == 5 and table[0].lstrip().startswith("1 ")
    best = min((r for r in rows if r["rank"]), key=lambda r: int(r["rank"]))
    assert best["name"] in table[0] and best["code"] in table[0]
    assert f"excluded: {len(excluded)}" in text
    assert "KOGL" in text and "licence" in text


@needs_engine
def test_top_table_columns_align_with_hangul(tmp_path, capsys) -> None:
    from smartzone.app.cli.console import display_width

    assert main(["score", "--level", "sigungu", "--top", "8", "-q"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("rank"))
    rows = lines[header + 2 : header + 10]
    # the score column ends at the same display column in every row
    sep = lines[header + 1]
    spans = [m.span() for m in re.finditer(r"-+", sep)]
    score_end = next(end for start, end in spans if lines[header][start:].startswith("score"))
    for row in rows:
        prefix = ""
        for ch in row:
            if display_width(prefix) >= score_end:
                break
            prefix += ch
        assert re.search(r"\d+\.\d$", prefix), (row, prefix)


@needs_engine
def test_existing_outputs_refused_then_overwritten(tmp_path, capsys) -> None:
    out = tmp_path / "o"
    assert main(["score", "--out", str(out), "-q", "--top", "0"]) == 0
    first = (out / "scores.csv").read_bytes()
    capsys.readouterr()
    assert main(["score", "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert "scores.gpkg, scores.csv, scores.csv-metadata.json already exist" in err and "--overwrite" in err
    assert err.count("\n") == 1
    assert main(["score", "--out", str(out), "-q", "--overwrite", "--method", "topsis"]) == 0
    assert (out / "scores.csv").read_bytes() != first


@needs_engine
def test_export_shapefile_cp949(tmp_path, capsys) -> None:
    pytest.importorskip("smartzone.layers.export")
    out = tmp_path / "shp"
    code = main(["score", "--out", str(out), "--export", "shp", "--encoding", "cp949", "-q", "--top", "0"])
    assert code == 0, capsys.readouterr().err
    assert (out / "scores.cpg").read_text().strip().upper() == "CP949"
    for ext in (".shp", ".shx", ".dbf", ".prj"):
        assert (out / f"scores{ext}").exists()
    exe = shutil.which("ogrinfo")
    if exe:
        info = subprocess.run([exe, "-so", str(out / "scores.shp"), "scores"], capture_output=True, text=True)
        assert "Feature Count: 250" in info.stdout


@needs_engine
def test_score_project_file_scenario(tmp_path, capsys) -> None:
    from smartzone.app.core.model.project import Project

    project = Project.demo("sigungu")
    project.duplicate_scenario("industry-hub", "내 시나리오")
    project.set_weight(project.scenario.indicators[0], 5.0)
    path = project.save(tmp_path / "p.smartzone.json")
    out = tmp_path / "out"
    code = main(["score", "--project", str(path), "--scenario", "내 시나리오", "--out", str(out), "-q"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "scenario '내 시나리오'" in captured.out
    assert len(_read_csv(out / "scores.csv")) == 250


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["score", "--preset", "no-such"], r"Unknown preset 'no-such'; available presets: "),
        (["score", "--level", "sido"], r"unknown level 'sido': use one of sigungu, emd"),
        (["score", "--export", "kml"], r"unknown export format 'kml'"),
        (["score", "--encoding", "latin-1"], r"unknown shapefile encoding"),
        (["score", "--crs", "EPSG:999999"], r"unknown CRS 'EPSG:999999'"),
        (["score", "--project", "/nonexistent/p.smartzone.json"], r"Project file .* does not exist"),
    ],
)
def test_bad_input_exits_2_with_one_line(capsys, argv, message) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert err.startswith("smartzone: error: ") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unwritable_out_dir(tmp_path, capsys) -> None:
    import os

    if os.geteuid() == 0:
        target = Path("/proc/smartzone-out")  # not creatable even for root
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        target = ro / "out"
    assert main(["score", "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert "smartzone: error: cannot create output folder" in err or "not writable" in err


def test_output_path_is_a_file(tmp_path, capsys) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    assert main(["score", "--out", str(f)]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err


@needs_engine
def test_cli_subprocess_utf8_and_progress_lines(tmp_path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "smartzone.app.main", "score", "--level", "sigungu", "--top", "3"],
        capture_output=True, timeout=180, cwd=REPO, env={**__import__("os").environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    err = out.stderr.decode("utf-8")
    assert "progress: 100%" in err and "\r" not in err  # not a TTY: plain lines
    assert "rank" in out.stdout.decode("utf-8")


# --- pipeline ------------------------------------------------------------------


def _copy_demo(tmp_path: Path, level: str = "sigungu"):
    from smartzone.app.core.model.project import LayerRef, Project, Scenario
    from smartzone.resources import demo_data
    from smartzone.scoring.model import Criterion

    gpkg = tmp_path / "districts.gpkg"
    csv_path = tmp_path / "ind.csv"
    shutil.copy(demo_data.districts_path(), gpkg)
    shutil.copy(demo_data.indicators_path(level), csv_path)
    project = Project(
        level=level,
        layers=[
            LayerRef("d", "vector", gpkg, options={"role": "districts", "layer": level}),
            LayerRef("t", "table", csv_path, options={"role": "indicators"}),
        ],
        scenarios=[Scenario("s", "wlc", {}, (Criterion("density", weight=1), Criterion("death_rate", "cost", weight=3)))],
    )
    return project, gpkg, csv_path


@needs_engine
def test_load_matrix_cache_follows_file_changes(tmp_path) -> None:
    import os

    from smartzone.app.core.pipeline import load_matrix

    project, _gpkg, csv_path = _copy_demo(tmp_path)
    layer1, m1 = load_matrix(project)
    assert m1.index.name == "code" and len(m1) == 250 and m1.index[0] == "11010"
    assert "density" in m1.columns and "name" not in m1.columns and m1.dtypes.eq("float64").all()
    layer2, m2 = load_matrix(project)
    assert m2 is m1 and layer2 is layer1  # cached
    text = csv_path.read_text(encoding="utf-8").splitlines()
    header = text[0].split(",")
    col = header.index("density")
    row = text[1].split(",")
    row[col] = "123456.0"
    text[1] = ",".join(row)
    csv_path.write_text("\n".join(text) + "\n", encoding="utf-8")
    st = csv_path.stat()
    os.utime(csv_path, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    _layer3, m3 = load_matrix(project)
    assert m3 is not m1 and m3.loc[row[0], "density"] == 123456.0


@needs_engine
def test_load_matrix_without_table_uses_layer_fields(tmp_path) -> None:
    import geopandas as gpd

    from smartzone.app.core.model.project import LayerRef, Project, Scenario
    from smartzone.app.core.pipeline import load_matrix, run_scenario
    from smartzone.resources import demo_data
    from smartzone.scoring.model import Criterion

    frame = gpd.read_file(demo_data.districts_path(), layer="sigungu").head(20)
    frame["jobs"] = range(20)
    path = tmp_path / "d.gpkg"
    frame.to_file(path, layer="d")
    project = Project(layers=[LayerRef("d", "vector", path)], scenarios=[Scenario("s", criteria=(Criterion("jobs"),))])
    layer, matrix = load_matrix(project)
    assert list(matrix.columns) == ["jobs"] and len(matrix) == 20
    run = run_scenario(project)
    best = run.frame().sort_values("rank").iloc[0]
    assert best["code"] == frame.iloc[19]["code"] and best["score"] == pytest.approx(100.0)


@needs_engine
def test_result_frame_columns_and_contributions(tmp_path) -> None:
    from smartzone.app.core.pipeline import run_scenario

    project, _g, _c = _copy_demo(tmp_path)
    run = run_scenario(project)
    frame = run.frame()
    assert list(frame.columns) == ["code", "name", "sido", "score", "rank", "excluded",
                                   "c_density", "c_death_rate", "geometry"]
    assert frame.crs.to_epsg() == 5179 and len(frame) == 250
    scored = frame[frame["rank"].notna()]
    total = scored["c_density"] + scored["c_death_rate"]
    assert (total - scored["score"]).abs().max() < 1e-6  # WLC: contributions add up
    assert set(frame.loc[frame["excluded"] != "", "code"]) == set(run.result.excluded)
    assert run.result.recipe["scenario"] == "s" and run.result.recipe["level"] == "sigungu"


@needs_engine
def test_cancel_through_feedback(tmp_path) -> None:
    from smartzone.app.cli.console import ConsoleFeedback
    from smartzone.app.core.pipeline import clear_cache, run_scenario
    from smartzone.layers.errors import CancelledError

    project, _g, _c = _copy_demo(tmp_path)
    clear_cache()
    fb = ConsoleFeedback(quiet=True)
    fb.cancel()
    with pytest.raises(CancelledError):
        run_scenario(project, feedback=fb)


def test_bad_preset_creates_no_output_folder(tmp_path, capsys) -> None:
    out = tmp_path / "never"
    assert main(["score", "--preset", "no-such", "--out", str(out)]) == 2
    assert not out.exists()
    assert "Unknown preset" in capsys.readouterr().err


@needs_engine
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_largest_contribution_is_named_in_the_command_line_language(tmp_path, capsys, monkeypatch, lang) -> None:
    """The English top table has no Korean but the district names; SMARTZONE_LANG=ko names indicators in Korean."""
    monkeypatch.setenv("SMARTZONE_LANG", lang)
    out = tmp_path / "out"
    code = main(["score", "--preset", "shrinking-city", "--level", "sigungu", "--out", str(out), "--top", "250",
                 "-q"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    # rank, code, name (Korean), score, then the largest contribution's indicator and its share
    rows = [re.match(r"\s*\d+\s+\d{5}\s+.*?\s(\d+\.\d)\s{2}(.+)$", ln) for ln in captured.out.splitlines()]
    labels = [m.group(2) for m in rows if m]
    assert len(labels) > 200
    hangul = re.compile("[\uac00-\ud7a3]")
    if lang == "en":
        assert not [t for t in labels if hangul.search(t)], labels[:3]
        assert all(re.search("[A-Za-z]{4}", t) for t in labels)
    else:
        assert all(hangul.search(t) for t in labels), labels[:3]
