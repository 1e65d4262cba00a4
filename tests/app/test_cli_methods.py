"""``smartzone score`` reaches the methods of issue 15 §4: objective weights, PROMETHEE II,
the weighted product's zero warning."""
from __future__ import annotations

import csv

import numpy as np
import pytest

from smartzone.app.cli import main


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_score_with_critic_weights_reports_and_uses_them(tmp_path, capsys):
    code = main(["score", "--weights", "critic", "--out", str(tmp_path), "--top", "3", "-q"])
    out = capsys.readouterr()
    assert code == 0, out.err
    line = next(x for x in out.out.splitlines() if x.startswith("critic weights (raw values):"))
    weights = [float(part.split()[-1]) for part in line.split(":", 1)[1].split(",")]
    assert sum(weights) == pytest.approx(1.0, abs=0.01) and len(set(weights)) > 1
    rows = _rows(tmp_path / "scores.csv")
    assert len(rows) == 250


def test_entropy_on_raw_values_names_the_negative_indicator(capsys):
    code = main(["score", "--weights", "entropy", "--top", "3", "-q"])
    err = capsys.readouterr().err
    assert code == 2
    assert "pop_growth_annual_2020_2025" in err and "Traceback" not in err
    code = main(["score", "--weights", "entropy", "--weights-source", "standardised", "--top", "3", "-q"])
    assert code == 0, capsys.readouterr().err


def test_wpm_on_min_max_warns_about_zero_scores(capsys):
    code = main(["score", "--method", "wpm", "--top", "3", "-q"])
    err = capsys.readouterr().err
    assert code == 0
    assert "warning: weighted product: 91 of 250 districts score 0" in err
    assert "'ratio'" in err


def test_promethee_from_the_command_line(tmp_path, capsys):
    code = main(["score", "--method", "promethee2", "--out", str(tmp_path), "--top", "3", "-q"])
    assert code == 0, capsys.readouterr().err
    rows = _rows(tmp_path / "scores.csv")
    scores = np.array([float(r["score"]) for r in rows])
    assert scores.min() >= 0 and scores.max() <= 100 and scores.std() > 5
