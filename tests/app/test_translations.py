"""One translation system: every UI string in resources/i18n/smartzone_ko.ts, translated,
compiled, and the widgets' texts passed through tr()."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "smartzone_ko.ts"
QM = TS.with_suffix(".qm")
# The app outside the QGIS plugin (which has its own .ts, built by app/qgis/build.py).
SOURCES = sorted(p for p in (ROOT / "app").rglob("*.py") if "qgis" not in p.relative_to(ROOT).parts)
HANGUL = re.compile("[\uac00-\ud7a3]")
# Korean allowed in English source texts: administrative terms with their English gloss, district names.
KOREAN_IN_ENGLISH_OK = ("세종, 강원",)


def _tool(name: str) -> str:
    path = Path(sys.executable).with_name(name)
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if not found:
        pytest.skip(f"{name} not installed")
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.findall("message")]


def test_every_entry_is_translated_and_none_is_unfinished_or_stale() -> None:
    msgs = _messages(TS)
    assert len(msgs) > 200
    bad = [(ctx, src) for ctx, src, tr in msgs
           if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip()]
    assert not bad, f"untranslated or stale entries in {TS.name}: {bad[:10]}"
    assert all(ctx for ctx, _src, _tr in msgs), "an entry without a context: tr() called outside a class?"
    # English source texts carry no Korean (the English UI shows no Korean but district names)
    korean = [src for _ctx, src, _tr in msgs if HANGUL.search(src) and not any(ok in src for ok in KOREAN_IN_ENGLISH_OK)]
    assert not korean, korean
    # placeholders survive translation
    for _ctx, src, tr in msgs:
        assert sorted(re.findall(r"%\d", src)) == sorted(re.findall(r"%\d", tr.text or "")), src


def test_every_tr_string_in_the_sources_is_in_the_ts_and_the_qm_is_current(tmp_path: Path) -> None:
    """lupdate over the app's sources finds nothing new; lrelease of the .ts gives the committed .qm."""
    work = tmp_path / TS.name
    shutil.copyfile(TS, work)
    out = subprocess.run([_tool("pyside6-lupdate"), *map(str, SOURCES), "-ts", str(work), "-no-obsolete"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    summary = out.stdout + out.stderr
    assert re.search(r"\(0 new and \d+ already existing\)", summary), summary
    assert "obsolete" not in summary.lower() or "Removed 0" in summary, summary
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "smartzone_ko.qm is older than smartzone_ko.ts: run pyside6-lrelease"


# Qt calls that put text on screen, and which argument is the text.
_TEXT_CALLS = {"setText": 0, "setWindowTitle": 0, "setToolTip": 0, "setPlaceholderText": 0, "setStatusTip": 0,
               "showMessage": 0, "addItem": 0, "insertItem": 1, "addTab": 1, "setTitle": 0, "addMenu": 0,
               "setHorizontalHeaderLabels": 0, "setVerticalHeaderLabels": 0, "addRow": 0, "setSuffix": 0,
               "setPrefix": 0, "setSpecialValueText": 0, "show_message": 1, "setItemText": 1,
               "QLabel": 0, "QPushButton": 0, "QCheckBox": 0, "QRadioButton": 0, "QAction": 0, "QGroupBox": 0,
               "QToolButton": 0, "QMenu": 0, "QDockWidget": 0}
_WORDS = re.compile(r"[A-Za-z]{3,}|[\uac00-\ud7a3]")
_TAG = re.compile(r"<[^>]*>")


def _literals(node: ast.AST) -> list[tuple[int, str]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.lineno, node.value)]
    if isinstance(node, ast.JoinedStr):
        return [(node.lineno, v.value) for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [x for e in node.elts for x in _literals(e)]
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    return []


def untranslated_ui_literals(source: str) -> list[tuple[int, str]]:
    """Literal words handed straight to a Qt text call (not through tr())."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        if name not in _TEXT_CALLS or len(node.args) <= _TEXT_CALLS[name]:
            continue
        for line, text in _literals(node.args[_TEXT_CALLS[name]]):
            words = _TAG.sub("", text).replace("SmartZone", "")
            if _WORDS.search(words):
                found.append((line, text))
    return found


def test_the_checker_finds_a_literal_that_skips_tr() -> None:
    bad = "self.label.setText('Loading')\nQLabel(f'{n} districts')\nself.button.setText(self.tr('Apply'))\n"
    assert [t for _l, t in untranslated_ui_literals(bad)] == ["Loading", " districts"]


# Texts that are not words of the UI language: column ids shown as ids on purpose.
_ALLOWED = {("zonal_dialog.py", "frac_")}


@pytest.mark.parametrize("path", sorted((ROOT / "app" / "gui" / "widgets").glob("*.py")), ids=lambda p: p.name)
def test_widget_texts_go_through_tr(path: Path) -> None:
    found = [(line, text) for line, text in untranslated_ui_literals(path.read_text(encoding="utf-8"))
             if (path.name, text) not in _ALLOWED]
    assert not found, f"{path.name}: UI text not passed through tr(): {found}"


def test_import_report_is_worded_in_the_ui_language(window) -> None:
    """The candidate-map import report was English in the Korean UI."""
    from types import SimpleNamespace

    from smartzone.app.drawing import i18n

    rep = SimpleNamespace(path="/x/경북_후보지.shp", layer="candidates", n_features=23, kind="rank",
                          value_field="순위", matched=22, unmatched=["99999"], missing=[], no_value=[],
                          rescaled=True, value_range=(1.0, 23.0), warnings=[])
    assert "23 districts" in window._import_summary(rep)
    i18n.install_translator("ko")
    try:
        text = window._import_summary(rep)
    finally:
        i18n.install_translator("en")
    assert "지역 23곳" in text and "0–100으로 환산" in text
    assert "features" not in text and "matched" not in text


def tr_inside_fstrings(source: str) -> list[tuple[int, str]]:
    """``f"{self.tr('Text')}"``: lupdate does not look inside f-strings, so the text never
    reaches the .ts and stays English in the Korean UI."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for part in node.values:
            for call in ast.walk(part):
                f = getattr(call, "func", None)
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if isinstance(call, ast.Call) and name in ("tr", "translate") and call.args:
                    first = call.args[-1 if name == "translate" else 0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        found.append((call.lineno, first.value))
    return found


def test_the_checker_finds_tr_inside_an_fstring() -> None:
    assert tr_inside_fstrings("x = f\"{self.tr('Export failed')}: {m}\"\ny = self.tr('Fine')\n") == \
        [(1, "Export failed")]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_no_tr_inside_fstrings(path: Path) -> None:
    found = tr_inside_fstrings(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: tr() inside an f-string is invisible to lupdate: {found}"
