"""``smartzone plan``: the command-line contract of issue 13 on the bundled demo data."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pyogrio
import pytest

from smartzone.app.cli import main
from smartzone.layers.gpkg_style import read_layer_styles

pytestmark = pytest.mark.slow


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["plan", "-q", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_preset_plan_writes_the_three_files(tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan"
    code, stdout, _ = _run(capsys, "--preset", "shrinking-city", "--level", "sigungu", "--budget", "80",
                           "--shrinking", "top:60", "--out", str(out))
    assert code == 0
    assert "status: optimal" in stdout and "PASS" in stdout and "greedy baseline" in stdout
    assert sorted(p.name for p in out.iterdir()) == ["plan.csv", "plan.gpkg", "plan_summary.json"]

    rows = _rows(out / "plan.csv")
    assert list(rows[0])[:6] == ["code", "name", "solution", "category", "cost", "benefit"]
    total = sum(float(r["cost"]) for r in rows)
    assert 0 < total <= 80 + 1e-6
    green = sum(float(r["cost"]) for r in rows if r["category"] in ("climate", "digital_inclusion"))
    assert green >= 0.35 * total - 1e-6
    assert all(len(r["code"]) == 5 for r in rows)

    summary = json.loads((out / "plan_summary.json").read_text("utf-8"))
    assert summary["status"] == "optimal"
    assert summary["totals"]["cost"] == pytest.approx(total, abs=1e-4)
    rules = {c["rule"]: c for c in summary["compliance"]}
    assert rules["budget"]["status"] == "PASS"
    assert rules["floor:climate+digital_inclusion"]["status"] == "PASS"
    assert rules["concentration"]["required"] == 0.5 and rules["concentration"]["status"] == "PASS"
    assert sum(summary["shares"].values()) == pytest.approx(1.0)
    assert summary["greedy"]["objective"] <= summary["objective"] + 1e-6
    assert any(k.startswith("47 ") or k.startswith("37 ") for k in summary["spend_by_sido"])

    gdf = pyogrio.read_dataframe(out / "plan.gpkg", layer="plan")
    assert len(gdf) == 250
    assert gdf["spend"].sum() == pytest.approx(total, abs=1e-4)
    funded = gdf[gdf["spend"] > 0]
    by_code = {}
    for r in rows:
        by_code.setdefault(r["code"], set()).add(r["solution"])
    assert {c: set(s.split(";")) for c, s in zip(funded["code"], funded["solutions"], strict=True)} == by_code
    styles = read_layer_styles(out / "plan.gpkg")
    assert styles and "spend" in styles[0]["styleQML"]


def test_infeasible_plan_exits_2_and_writes_nothing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan"
    # one district can take at most 8 억원 of governance solutions (hub 2 + twin 5 + vacant houses 1)
    code, _, err = _run(capsys, "--preset", "industry-hub", "--budget", "10", "--min-spend", "10",
                        "--min-share", "governance=0.95", "--max-districts", "1", "--out", str(out))
    assert code == 2
    assert "the 95 % floor on governance" in err and "the minimum spend of 10 100M KRW" in err
    assert "the maximum of 1 districts funded" in err
    assert "nothing was written" in err
    assert not out.exists()


def test_budget_below_cheapest_gives_empty_plan(tmp_path: Path, capsys) -> None:
    code, stdout, _ = _run(capsys, "--budget", "0.2", "--out", str(tmp_path / "p"))
    assert code == 0
    assert "below the cheapest eligible solution" in stdout
    assert "eligible districts (municipalities)" in stdout  # the level named from its codes (app.core.levels)
    summary = json.loads((tmp_path / "p" / "plan_summary.json").read_text("utf-8"))
    assert summary["status"] == "empty" and summary["totals"]["cost"] == 0
    assert _rows(tmp_path / "p" / "plan.csv") == []


def test_scores_file_and_user_catalogue(tmp_path: Path, capsys) -> None:
    scores = tmp_path / "scores.csv"
    scores.write_bytes("code,name,score\n11010,종로구,80\n37320,의성군,95\n36480,신안군,70\n".encode("cp949"))
    cat = tmp_path / "cat.csv"
    cat.write_bytes(("id,name_ko,name_en,category,cost,value\n"
                     'wifi,공공 와이파이,Wi-Fi,digital_inclusion,"1,0",1\n'
                     "drt,DRT,DRT,mobility,2,3\n").replace('"1,0"', "1").encode("cp949"))
    out = tmp_path / "p"
    code, stdout, _ = _run(capsys, "--scores", str(scores), "--catalogue", str(cat), "--budget", "6",
                           "--out", str(out))
    assert code == 0, stdout
    rows = _rows(out / "plan.csv")
    assert {r["code"] for r in rows} <= {"11010", "37320", "36480"}
    assert "247 districts of the layer have no score" in stdout
    summary = json.loads((out / "plan_summary.json").read_text("utf-8"))
    assert summary["totals"]["districts_eligible"] == 3


def test_scores_with_unknown_districts_are_refused(tmp_path: Path, capsys) -> None:
    scores = tmp_path / "scores.csv"
    scores.write_text("code,score\n11010,80\n99999,50\n", encoding="utf-8")
    code, _, err = _run(capsys, "--scores", str(scores), "--budget", "5", "--out", str(tmp_path / "p"))
    assert code == 2 and "99999" in err and "not in the bundled sigungu layer" in err
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize("args, words", [
    (["--budget", "-5"], "--budget must be 0 or more"),
    (["--budget", "abc"], "is not an amount in 100M KRW"),
    (["--budget", "10", "--min-share", "climate,weather=0.3"], "unknown category 'weather'"),
    (["--budget", "10", "--min-share", "climate=1.4"], "between 0 and 1"),
    (["--budget", "10", "--concentration", "0.5"], "--concentration needs --shrinking"),
    (["--budget", "10", "--shrinking", "top:x"], "top:N"),
    (["--budget", "10", "--shrinking", "no_such_indicator<3"], "neither 'score' nor an indicator"),
])
def test_bad_options(tmp_path: Path, capsys, args: list[str], words: str) -> None:
    code, _, err = _run(capsys, *args, "--out", str(tmp_path / "p"))
    assert code == 2 and words in err, err
    assert not (tmp_path / "p").exists()


def test_bad_catalogue_row_is_named(tmp_path: Path, capsys) -> None:
    cat = tmp_path / "cat.csv"
    cat.write_text("id,name_ko,name_en,category,cost,value\nx,가,X,climate,-1,1\n", encoding="utf-8")
    code, _, err = _run(capsys, "--catalogue", str(cat), "--budget", "10")
    assert code == 2 and "cat.csv" in err and "row 2 (solution 'x')" in err and "'-1'" in err


def test_existing_files_need_overwrite(tmp_path: Path, capsys) -> None:
    out = tmp_path / "p"
    out.mkdir()
    (out / "plan.csv").write_text("old", encoding="utf-8")
    code, _, err = _run(capsys, "--budget", "10", "--out", str(out), "--no-prices")
    assert code == 2 and "--overwrite" in err
    assert (out / "plan.csv").read_text("utf-8") == "old"
    assert not (out / "plan.gpkg").exists()


def test_report_has_the_plan_section(tmp_path: Path, capsys) -> None:
    from pypdf import PdfReader

    out = tmp_path / "p"
    code, stdout, _ = _run(capsys, "--preset", "shrinking-city", "--budget", "30", "--out", str(out),
                           "--report", "--no-prices")
    assert code == 0, stdout
    pdf = out / "plan_report.pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "배치 계획" in text and "기후위기 대응 또는 디지털 포용 최소 비중 35 %" in text
    assert "충족" in text and "지역별 사업비" in text
    # the Korean report words its rules and statement in Korean (issue 14 §3)
    for english in ("the 35 % floor", "the budget of", "PASS", "only districts", "units per district",
                    "budget 30", "spent", "greedy baseline", "shrinking districts", "optimal plan", "remote_care"):
        assert english not in text, english
    assert (out / "plan_report_map.png").exists()
    # an existing report is refused before any work
    code, _, err = _run(capsys, "--budget", "30", "--out", str(tmp_path / "q"), "--report", str(pdf))
    assert code == 2 and "--overwrite" in err and not (tmp_path / "q").exists()


def test_robustness_frequencies_reach_the_files(tmp_path: Path, capsys) -> None:
    out = tmp_path / "p"
    code, stdout, _ = _run(capsys, "--preset", "shrinking-city", "--budget", "20", "--robustness", "4",
                           "--no-prices", "--out", str(out))
    assert code == 0, stdout
    rows = _rows(out / "plan.csv")
    freq = [float(r["frequency"]) for r in rows]
    assert freq and all(0 < f <= 1 for f in freq)  # a deployment of the plan is chosen in 1 to 4 runs
    assert all(abs(f * 4 - round(f * 4)) < 1e-9 for f in freq)
    gdf = pyogrio.read_dataframe(out / "plan.gpkg", layer="plan")
    assert "frequency" in gdf.columns and gdf["frequency"].max() <= 1
    assert json.loads((out / "plan_summary.json").read_text("utf-8"))["robustness_runs"] == 4


def test_help_lists_the_command(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "within budget and the 35 % rule" in out and "option_strings" not in out
    with pytest.raises(SystemExit):
        main(["plan", "--help"])
    assert "--min-share CATS=SHARE" in capsys.readouterr().out


def test_scores_from_a_geopackage(tmp_path: Path, capsys) -> None:
    """SmartZone's own scores.gpkg (code, score, geometry) works as --scores."""
    import geopandas as gpd

    from smartzone.resources import demo_data

    districts = pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")
    sub = gpd.GeoDataFrame({"code": districts["code"].astype(str).head(30).to_numpy(),
                            "score": [float(i) for i in range(30)]},
                           geometry=districts.geometry.head(30).to_numpy(), crs=districts.crs)
    path = tmp_path / "scores.gpkg"
    pyogrio.write_dataframe(sub, path, layer="scores")
    code, stdout, _ = _run(capsys, "--scores", str(path), "--budget", "10", "--no-prices",
                           "--out", str(tmp_path / "p"))
    assert code == 0, stdout
    rows = _rows(tmp_path / "p" / "plan.csv")
    assert rows and {r["code"] for r in rows} <= set(sub["code"])
    assert "220 districts of the layer have no score" in stdout


def test_english_report_gives_amounts_in_english_units(tmp_path: Path, capsys) -> None:
    """The English report showed 억원 in its tables, statement and map title (issue 14 §3):
    it names amounts as the English UI does, "100M KRW"; the Korean report keeps 억원."""
    from pypdf import PdfReader

    out = tmp_path / "p"
    code, stdout, _ = _run(capsys, "--preset", "shrinking-city", "--budget", "30", "--out", str(out),
                           "--report", "--report-language", "en", "--no-prices")
    assert code == 0, stdout
    text = "\n".join(page.extract_text() for page in PdfReader(str(out / "plan_report.pdf")).pages)
    assert "Deployment plan" in text and "100M KRW" in text, text
    assert "억원" not in text and "(시도)" not in text, text
    # an empty plan's explanation too (budget below the cheapest solution)
    out2 = tmp_path / "q"
    code, stdout, _ = _run(capsys, "--preset", "shrinking-city", "--budget", "0.1", "--out", str(out2),
                           "--report", "--report-language", "en", "--no-prices")
    assert code == 0, stdout
    text = "\n".join(page.extract_text() for page in PdfReader(str(out2 / "plan_report.pdf")).pages)
    assert "the plan is empty" in " ".join(text.split()) and "억원" not in text, text


_HANGUL = re.compile("[\uac00-\ud7a3]")


def test_plan_output_follows_the_cli_language(capsys, monkeypatch) -> None:
    """The command line's English named amounts in 억원 (issue 14 §3): in English every amount is
    "100M KRW" and no Hangul is printed but district names; ``SMARTZONE_LANG=ko`` prints the plan in
    Korean with 억원, through the same words as the app's plan panel."""
    args = ("--preset", "shrinking-city", "--level", "sigungu", "--budget", "80", "--shrinking", "top:40",
            "--min-spend", "50", "--district-max", "5", "--top", "5")
    monkeypatch.setenv("SMARTZONE_LANG", "en")
    code, stdout, _ = _run(capsys, *args)
    assert code == 0, stdout
    assert "억원" not in stdout and "budget 80 100M KRW" in stdout, stdout
    assert "PASS  the budget of 80 100M KRW: required <= 80.00 100M KRW" in stdout, stdout
    assert "total cost 80.00 100M KRW in" in stdout and "spend by province (100M KRW): " in stdout, stdout
    assert "digital inclusion" in stdout and "(municipalities)" in stdout, stdout
    for line in stdout.splitlines():  # Hangul only in district names: the table's rows and the 시도 sums
        if _HANGUL.search(line):
            assert re.match(r"\d{5}  ", line) or line.startswith("spend by province"), line
            assert all(w.endswith(("도", "시", "군", "구")) for w in re.findall(r"[\uac00-\ud7a3]+", line)), line

    monkeypatch.setenv("SMARTZONE_LANG", "ko")
    code, stdout, _ = _run(capsys, *args)
    assert code == 0, stdout
    assert "100M KRW" not in stdout and "SmartZone 계획: 대상 지역 250곳 (시군구)" in stdout, stdout
    assert "예산 80 억원" in stdout and "총 사업비 80.00 억원" in stdout and "충족  예산 80 억원" in stdout, stdout
    assert "분야별 사업비:" in stdout and "디지털 포용" in stdout and "소멸위기 지역 사업비 (40곳): 80.00 억원" in stdout, stdout


@pytest.mark.parametrize("lang, args, words", [
    ("en", ["--budget", "-3"], "--budget must be 0 or more (in 100M KRW); got -3."),
    ("ko", ["--budget", "-3"], "--budget은(는) 0억원 이상이어야 합니다 (지금 -3)."),
    ("en", ["--budget", "10", "--district-min", "5", "--district-max", "2"],
     "The per-district minimum spend (5 100M KRW) is above the per-district maximum (2 100M KRW)."),
    ("ko", ["--budget", "10", "--district-min", "5", "--district-max", "2"],
     "지역별 최소 사업비(5 억원)가 지역별 최대 사업비(2 억원)보다 큽니다. 최소를 낮추거나 최대를 높이세요."),
    ("en", ["--budget", "1", "--min-spend", "5"], "The minimum spend of 5 100M KRW is above the budget of 1 100M KRW."),
    ("ko", ["--budget", "1", "--min-spend", "5"], "최소 집행액 5 억원이 예산 1 억원보다 큽니다."),
    ("ko", ["--budget", "10", "--min-share", "climate=1.4"], "기후위기 대응 최소 비중은 0과 1 사이여야 합니다"),
    ("ko", ["--budget", "10", "--min-share", "climate,weather=0.3"], "최소 비중에 알 수 없는 분야 weather이(가) 있습니다"),
    ("ko", ["--budget", "10", "--concentration", "0.5"], "소멸위기 지역인지 정하는 규칙이 필요합니다"),
    ("ko", ["--budget", "10", "--time-limit", "0"], "--time-limit은 0초보다 커야 합니다."),
    ("ko", ["--budget", "10", "--shrinking", "top:x"], "'top:x'은(는) 올바른 top:N 규칙이 아닙니다"),
])
def test_plan_errors_follow_the_cli_language(tmp_path: Path, capsys, monkeypatch, lang, args, words) -> None:
    """A bad amount, bounds that cross, rules no plan meets: English in 100M KRW, Korean in 억원."""
    monkeypatch.setenv("SMARTZONE_LANG", lang)
    code, _, err = _run(capsys, "--preset", "shrinking-city", *args, "--out", str(tmp_path / "p"))
    assert code == 2 and words in err, err
    assert ("억원" not in err and not _HANGUL.search(err)) if lang == "en" else "100M KRW" not in err, err
    assert not (tmp_path / "p").exists()


def test_plan_output_folder_errors_in_korean(tmp_path: Path, capsys, monkeypatch) -> None:
    """SMARTZONE_LANG=ko: an output folder that is a file, plan files already there, a report that is
    not a PDF; the English is as before."""
    monkeypatch.setenv("SMARTZONE_LANG", "ko")
    blocker = tmp_path / "계획"
    blocker.write_text("x", encoding="utf-8")
    code, _, err = _run(capsys, "--budget", "10", "--out", str(blocker))
    assert code == 2 and "출력 폴더 '계획'은(는) 폴더가 아니라 파일입니다" in err, err
    out = tmp_path / "결과"
    out.mkdir()
    (out / "plan.csv").write_text("x", encoding="utf-8")
    code, _, err = _run(capsys, "--budget", "10", "--out", str(out))
    assert code == 2 and "폴더 '결과'에 plan.csv이(가) 이미 있습니다" in err and "--overwrite" in err, err
    code, _, err = _run(capsys, "--budget", "10", "--report", str(tmp_path / "보고서.docx"))
    assert code == 2 and "보고서는 PDF입니다" in err, err
    monkeypatch.setenv("SMARTZONE_LANG", "en")
    code, _, err = _run(capsys, "--budget", "10", "--out", str(out))
    assert code == 2 and f"plan.csv already exist in {out}; use --overwrite to replace them." in err, err
