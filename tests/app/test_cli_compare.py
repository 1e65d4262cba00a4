"""``smartzone compare`` on presets, project scenarios and score files."""
from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pytest

from smartzone.app.cli.commands import compare as compare_cmd
from smartzone.app.cli.commands import score as score_cmd


def _have_engine() -> bool:
    try:
        import smartzone.resources.demo_data  # noqa: F401
        import smartzone.scoring.compare  # noqa: F401
        import smartzone.scoring.engine  # noqa: F401
        from smartzone.app.core.model.presets import available_presets
    except ImportError:
        return False
    return {"industry-hub", "shrinking-city"} <= set(available_presets())


pytestmark = pytest.mark.skipif(not _have_engine(), reason="demo data, presets or scoring engine missing")


def run(argv: list[str]) -> int:
    """Run a sub-command through its own parser (the same register() the CLI uses)."""
    parser = argparse.ArgumentParser(prog="smartzone")
    sub = parser.add_subparsers(dest="command")
    score_cmd.register(sub)
    compare_cmd.register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


def _stat(text: str, name: str) -> float:
    m = re.search(rf"^{name}\s+(-?\d\.\d+)", text, re.M)
    assert m, text
    return float(m.group(1))


def _ranks(path: Path) -> dict[str, int]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {r["code"]: int(r["rank"]) for r in csv.DictReader(fh) if r["rank"]}


@pytest.fixture(scope="module")
def two_csvs(tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("cmp")
    for preset in ("industry-hub", "shrinking-city"):
        assert run(["score", "--preset", preset, "--level", "sigungu", "--out", str(out / preset), "-q",
                    "--top", "0"]) == 0
    return out / "industry-hub" / "scores.csv", out / "shrinking-city" / "scores.csv"


def test_compare_two_presets_matches_scipy_on_written_files(two_csvs, capsys) -> None:
    from scipy import stats

    capsys.readouterr()
    assert run(["compare", "industry-hub", "shrinking-city", "--level", "sigungu", "-q"]) == 0
    text = capsys.readouterr().out
    assert "A: preset 'industry-hub' (sigungu)" in text and "B: preset 'shrinking-city' (sigungu)" in text
    ra, rb = (_ranks(p) for p in two_csvs)
    common = sorted(set(ra) & set(rb))
    assert f"districts ranked in both: {len(common)}" in text
    rho = stats.spearmanr([ra[c] for c in common], [rb[c] for c in common]).statistic
    tau = stats.kendalltau([ra[c] for c in common], [rb[c] for c in common]).statistic
    assert _stat(text, "Spearman rho") == pytest.approx(rho, abs=5e-4)
    assert _stat(text, "Kendall tau") == pytest.approx(tau, abs=5e-4)
    top_a = {c for c, r in ra.items() if r <= 10}
    top_b = {c for c, r in rb.items() if r <= 10}
    assert f"top-10 overlap  {len(top_a & top_b)} of 10" in text
    # largest rank change, with its Korean name
    best = max(common, key=lambda c: abs(ra[c] - rb[c]))
    lines = text.splitlines()
    i = next(k for k, line in enumerate(lines) if line.startswith("largest rank changes"))
    first = lines[i + 3]
    assert abs(int(first.split()[-1])) == abs(ra[best] - rb[best])
    assert re.search(r"[가-힣]", first)  # Hangul name

    # the same comparison from the written files gives the same statistics
    assert run(["compare", str(two_csvs[0]), str(two_csvs[1])]) == 0
    text2 = capsys.readouterr().out
    assert _stat(text2, "Spearman rho") == _stat(text, "Spearman rho")


def test_compare_file_with_itself(two_csvs, capsys) -> None:
    gpkg = two_csvs[0].with_suffix(".gpkg")
    assert run(["compare", str(two_csvs[0]), str(gpkg), "--top-k", "5"]) == 0
    text = capsys.readouterr().out
    assert _stat(text, "Spearman rho") == 1.0 and _stat(text, "Kendall tau") == 1.0
    assert "top-5 overlap  5 of 5 (100%)" in text
    assert "largest rank changes" not in text


def test_compare_rank_only_cp949_csv(two_csvs, tmp_path, capsys) -> None:
    ra = _ranks(two_csvs[0])
    with two_csvs[0].open(encoding="utf-8-sig", newline="") as fh:
        names = {r["code"]: r["name"].split()[-1] for r in csv.DictReader(fh)}
    reversed_file = tmp_path / "reversed.csv"
    n = len(ra)
    lines = ["행정구역코드,시군구명,rank"] + [f"{c},{names[c]},{n + 1 - r}" for c, r in ra.items()]
    reversed_file.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))
    assert run(["compare", str(two_csvs[0]), str(reversed_file)]) == 0
    text = capsys.readouterr().out
    assert _stat(text, "Spearman rho") == pytest.approx(-1.0, abs=1e-3)


def test_compare_project_scenarios(tmp_path, capsys) -> None:
    from smartzone.app.core.model.project import Project

    project = Project.demo("sigungu")
    project.duplicate_scenario("industry-hub", "변경")
    first = project.scenario.indicators[0]
    project.set_weight(first, project.scenario.criterion(first).weight * 3)
    path = project.save(tmp_path / "p.smartzone.json")
    assert run(["compare", "--project", str(path), "industry-hub", "변경", "-q"]) == 0
    text = capsys.readouterr().out
    assert "A: scenario 'industry-hub'" in text and "B: scenario '변경'" in text
    assert -1.0 < _stat(text, "Spearman rho") < 1.0
    assert "largest rank changes" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["compare", "industry-hub", "nope", "-q"], r"'nope' is neither a scores file .*available presets: .*industry-hub"),
        (["compare", "missing.csv", "industry-hub"], r"scores file missing.csv does not exist"),
        (["compare", "industry-hub", "shrinking-city", "--level", "dong"], r"unknown level 'dong'"),
        (["compare", "industry-hub", "shrinking-city", "--top-k", "0"], r"--top-k must be 1 or more"),
    ],
)
def test_compare_bad_input(capsys, argv, message) -> None:
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert re.search(message, err), err
    assert err.startswith("smartzone: error: ") and err.count("\n") == 1


def test_compare_file_without_score_or_rank(tmp_path, capsys) -> None:
    f = tmp_path / "x.csv"
    f.write_text("code,value\n11010,1\n11020,2\n", encoding="utf-8")
    assert run(["compare", str(f), "industry-hub", "-q"]) == 2
    assert "has neither a 'score' nor a 'rank' column" in capsys.readouterr().err


def test_compare_levels_do_not_mix(two_csvs, capsys) -> None:
    assert run(["compare", str(two_csvs[0]), "shrinking-city", "--level", "emd", "-q"]) == 2
    assert "no ranked district in common" in capsys.readouterr().err


def test_main_dispatches_compare(capsys) -> None:
    """Through the real ``smartzone`` entry point (app/cli/__init__.py)."""
    from smartzone.app.cli import main

    assert main(["compare", "industry-hub", "shrinking-city", "-q", "--top-k", "3"]) == 0
    assert "top-3 overlap" in capsys.readouterr().out
