"""Export dialog: CP949 shapefile read back by pyogrio and ogrinfo, overwrite question, CRS choices."""
from __future__ import annotations

import shutil
import subprocess
import zipfile

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")


pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, tmp_path):
    from smartzone.app.core.model.project import Project
    from smartzone.app.gui.widgets.export_dialog import ExportDialog

    dlg = ExportDialog(Project.demo("sigungu"), out_dir=tmp_path / "제출", scenario="industry-hub")
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_defaults_are_official_submission_settings(dialog) -> None:
    assert dialog.format_combo.currentData() == "shp"
    assert dialog.encoding_combo.currentData() == "cp949"
    assert dialog.crs_text() == "EPSG:5179"
    assert not dialog.zip_check.isChecked()
    # the scenario's own name and the level in words, never the preset id (issue 14 §3)
    assert dialog.name_edit.text() == "Smart-city_special_zone_(industry_hub)_municipalities"
    assert dialog.crs_warning.isHidden()


def test_cp949_shapefile_reads_back_with_korean_names(dialog, tmp_path) -> None:
    import pyogrio

    dialog.name_edit.setText("후보지_시군구")
    assert dialog.start_export()
    assert dialog.wait_done(60), dialog.last_error
    rep = dialog.last_report
    shp = tmp_path / "제출" / "후보지_시군구.shp"
    assert rep.path == shp and shp.is_file()
    assert shp.with_suffix(".cpg").read_text(encoding="ascii").strip().upper() == "CP949"
    assert rep.feature_count == 250 and rep.crs == "EPSG:5179" and rep.encoding == "CP949"
    frame = pyogrio.read_dataframe(shp)  # pyogrio honours the .cpg
    assert "서울특별시 종로구" in set(frame["name"])
    assert pyogrio.read_info(shp)["crs"] == "EPSG:5179"
    raw = shp.with_suffix(".dbf").read_bytes()
    assert "종로구".encode("cp949") in raw and "종로구".encode() not in raw
    text = dialog.result_view.toPlainText()
    assert "Features: 250" in text and "CP949" in text and "EPSG:5179" in text
    assert "→" in text and "score" in text  # field map
    exe = shutil.which("ogrinfo")
    if exe is None:
        pytest.skip("ogrinfo (gdal-bin) is not installed")
    out = subprocess.run([exe, "-ro", "-al", "-q", "-where", "code = '11010'", str(shp)],
                         capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert out.returncode == 0, out.stderr
    assert "서울특별시 종로구" in out.stdout
    info = subprocess.run([exe, "-ro", "-so", "-al", str(shp)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert "Feature Count: 250" in info.stdout and "Korea" in info.stdout


def test_asks_before_overwriting(dialog, tmp_path, monkeypatch) -> None:
    dialog.set_format("csv")
    assert dialog.start_export() and dialog.wait_done(60), dialog.last_error
    csv = tmp_path / "제출" / "Smart-city_special_zone_(industry_hub)_municipalities.csv"
    stamp = csv.stat().st_mtime_ns
    asked: list[list] = []
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda paths: asked.append(list(paths)) or False)
    assert not dialog.start_export()
    assert asked == [[csv, csv.with_name(csv.name + "-metadata.json")]]  # the CSVW sidecar too
    assert csv.stat().st_mtime_ns == stamp
    assert "nothing was replaced" in dialog.status.text() or "바뀌지 않았습니다" in dialog.status.text()
    monkeypatch.setattr(dialog, "confirm_overwrite", lambda paths: True)
    assert dialog.start_export() and dialog.wait_done(60), dialog.last_error
    assert csv.stat().st_mtime_ns != stamp


def test_legacy_bessel_crs_warns_and_exports(dialog, tmp_path) -> None:
    import pyogrio

    dialog.set_format("gpkg")
    dialog.set_crs(5174)
    assert dialog.crs_text() == "EPSG:5174"
    assert dialog.crs_warning.isVisibleTo(dialog)
    assert "Bessel" in dialog.crs_warning.text()
    assert dialog.start_export() and dialog.wait_done(60), dialog.last_error
    rep = dialog.last_report
    assert rep.crs == "EPSG:5174"
    assert pyogrio.read_info(rep.path, layer="scores")["crs"] == "EPSG:5174"
    dialog.set_crs(5186)
    assert dialog.crs_warning.isHidden()


def test_custom_epsg_and_invalid_code(dialog) -> None:
    dialog.set_crs("32652")
    assert dialog.crs_combo.currentData() == "custom"
    assert dialog.crs_text() == "EPSG:32652"
    assert dialog.export_button.isEnabled()
    dialog.custom_crs.setText("99999999")
    assert dialog.crs_text() is None
    assert not dialog.export_button.isEnabled()
    assert "99999999" in dialog.crs_warning.text()
    dialog.set_format("csv")  # CSV has no CRS: the code does not matter
    assert dialog.export_button.isEnabled()


def test_zip_and_errors(dialog, tmp_path) -> None:
    dialog.set_encoding("utf-8")
    dialog.zip_check.setChecked(True)
    assert dialog.start_export() and dialog.wait_done(60), dialog.last_error
    z = tmp_path / "제출" / "Smart-city_special_zone_(industry_hub)_municipalities.zip"
    assert dialog.last_report.path == z
    names = zipfile.ZipFile(z).namelist()
    assert "Smart-city_special_zone_(industry_hub)_municipalities.cpg" in names and "Smart-city_special_zone_(industry_hub)_municipalities.dbf" in names
    # an output "folder" that is a file: a clear error, no crash
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    dialog.folder_edit.setText(str(blocker))
    dialog.zip_check.setChecked(False)
    assert dialog.start_export()
    assert not dialog.wait_done(60)
    assert dialog.last_error
    assert "✖" in dialog.status.text()


def test_pdf_report_from_the_dialog(dialog, tmp_path) -> None:
    from pypdf import PdfReader

    dialog.set_format("pdf")
    assert not dialog.encoding_combo.isEnabled() and not dialog.crs_combo.isEnabled()
    assert dialog.start_export() and dialog.wait_done(90), dialog.last_error
    pdf = tmp_path / "제출" / "Smart-city_special_zone_(industry_hub)_municipalities.pdf"
    assert dialog.last_report == pdf
    assert pdf.with_name("Smart-city_special_zone_(industry_hub)_municipalities_map.png").is_file()
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(pdf)).pages)
    assert "서울특별시 강남구" in text and "EPSG:5179" in text


def test_legacy_warning_gets_the_height_its_text_needs(dialog) -> None:
    """The EPSG:5174 datum warning had 22 of the 64 px its wrapped text needs."""
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("shp"))
    dialog.set_crs(5174)
    label = dialog.crs_warning
    assert label.isVisibleTo(dialog)
    assert label.height() >= label.heightForWidth(label.width()) > 30


def test_default_name_is_the_scenario_and_level_in_korean_and_exports_with_it(qtbot, tmp_path) -> None:
    """The default name was the raw preset id and level (``industry-hub_sigungu``). In the Korean UI
    it is the scenario's Korean name and 시군구; the Shapefile written under it keeps its .cpg and
    .prj and reopens with ogrinfo."""
    import pyogrio

    from smartzone.app.core.model.project import Project
    from smartzone.app.drawing import i18n
    from smartzone.app.gui.widgets.export_dialog import ExportDialog

    assert i18n.install_translator("ko")
    try:
        dlg = ExportDialog(Project.demo("sigungu"), out_dir=tmp_path / "제출", scenario="shrinking-city")
        qtbot.addWidget(dlg)
        name = dlg.name_edit.text()
        dlg.scenario_combo.setCurrentIndex(dlg.scenario_combo.findData("industry-hub"))
        other = dlg.name_edit.text()
    finally:
        i18n.install_translator("en")
    assert name == "소멸위기_도시_스마트_솔루션_보급_시군구", name
    assert other == "스마트도시_특화단지_(산업_거점)_시군구", other
    assert not set('<>:"/\\|?*') & set(name + other)
    dlg.scenario_combo.setCurrentIndex(dlg.scenario_combo.findData("shrinking-city"))
    dlg.name_edit.setText(name)
    assert i18n.install_translator("ko")
    try:
        assert dlg.start_export()
        assert dlg.wait_done(60), dlg.last_error
    finally:
        i18n.install_translator("en")
    shp = tmp_path / "제출" / f"{name}.shp"
    assert shp.is_file() and dlg.last_report.path == shp
    assert shp.with_suffix(".cpg").read_text(encoding="ascii").strip().upper() == "CP949"
    assert "Korea_2000" in shp.with_suffix(".prj").read_text(encoding="ascii")
    assert pyogrio.read_info(shp)["features"] == 250
    # the field map says what each (shortened) field holds, in Korean: not only raw ids
    text = dlg.result_view.toPlainText()
    assert "기여: 인구밀도 (2025)" in text and "c_density_" in text and "제외 사유" in text, text
    exe = shutil.which("ogrinfo")
    if exe is None:
        pytest.skip("ogrinfo (gdal-bin) is not installed")
    info = subprocess.run([exe, "-ro", "-so", "-al", str(shp)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert info.returncode == 0, info.stderr
    assert "Feature Count: 250" in info.stdout and "Korea 2000" in info.stdout, info.stdout


@pytest.mark.parametrize(("text", "stem"), [
    ("스마트도시 특화단지 (산업 거점) 시군구", "스마트도시_특화단지_(산업_거점)_시군구"),
    ('a<b>:c"d/e\\f|g?h*i. ', "a_b_c_d_e_f_g_h_i"),
    ("CON", "CON_"), ("com1.x", "com1.x_"), ("...", "scores"), ("탭\t줄\n바꿈", "탭_줄_바꿈"),
])
def test_safe_file_stem_is_valid_on_windows(text: str, stem: str) -> None:
    from smartzone.app.core.export import safe_file_stem

    assert safe_file_stem(text) == stem
