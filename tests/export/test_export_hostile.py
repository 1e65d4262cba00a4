"""Exports under hostile data and failing disks: clear errors, nothing half-written, no formulas."""
from __future__ import annotations

import errno
from pathlib import Path

import pandas as pd
import pytest

from smartzone.layers.errors import ExportError
from smartzone.layers.export import export_shapefile, write_csv

STYLE = {"field": "score", "breaks": [50, 100], "colors": ["#ffffcc", "#bd0026"]}


def test_formula_cells_are_neutralised_in_csv(tmp_path):
    table = pd.DataFrame({
        "code": ["11010", "11020", "11030", "11040"],
        "name": ['=HYPERLINK("http://x","종로")', "+cmd|' /C calc'!A0", "@SUM(1)", "중구"],
        "note": ["-2+3", "\tx", "ok", None],
        "score": [-1.5, 2.0, 3.0, 4.0],
    })
    report = write_csv(table, tmp_path / "scores.csv")
    back = pd.read_csv(tmp_path / "scores.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert back["name"].tolist()[:3] == ["'=HYPERLINK(\"http://x\",\"종로\")", "'+cmd|' /C calc'!A0",
                                         "'@SUM(1)"]
    assert back["name"].tolist()[3] == "중구"
    assert back["note"].tolist()[:2] == ["'-2+3", "'\tx"]
    assert back["score"].tolist()[0] == "-1.5"  # numbers stay numbers
    assert any("formula" in w for w in report.warnings)


@pytest.mark.parametrize("suffix", [".cpg", ".qml", "_fields.csv", "_metadata.json", "_metadata.txt"])
def test_disk_full_while_writing_a_sidecar_is_a_clear_error_and_changes_nothing(
        tmp_path, sigungu, monkeypatch, suffix):
    frame = sigungu.head(5).assign(score=1.0)
    export_shapefile(frame, tmp_path, "scores", style=STYLE)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real = Path.write_text

    def full(self, *args, **kwargs):
        if self.name.endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    with pytest.raises(ExportError, match="disk is full|could not be written") as info:
        export_shapefile(frame.assign(score=2.0), tmp_path, "scores", style=STYLE, overwrite=True)
    assert "scores" in str(info.value)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
