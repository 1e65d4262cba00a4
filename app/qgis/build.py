"""Package the SmartZone QGIS plugin as a ZIP for QGIS's "Install from ZIP".

Usage (from the repository root)::

    .venv-qgis/bin/python app/qgis/build.py            # -> dist/smartzone_qgis-<version>.zip
    python app/qgis/build.py --out DIR --tools PATH     # any Python 3.11+, no QGIS needed

The ZIP holds one folder, ``smartzone_qgis/``, with the plugin's modules,
``metadata.txt``, ``resources/``, SmartZone's LICENSE and a copy of
``qgis_plugin_tools`` (pure Python, GPL; its LICENSE included) taken from the
installed package, so that users install nothing for it.

What the ZIP does *not* hold is the engine: ``smartzone`` (with numpy,
pandas, scipy and scikit-learn, compiled libraries that must match QGIS's
Python) is pip-installed into QGIS's Python once; the plugin then imports the
same ``smartzone.scoring`` as the desktop app and finds scorer plugins
through their entry points. See ``docs/qgis-plugin.md``.

Only the standard library is used; the ZIP is reproducible (sorted entries,
fixed timestamps).

Translations (qgis-plugin-tools' ``tr`` reads ``resources/i18n/<locale>.qm``)::

    python app/qgis/build.py --update-ts    # collect tr("...") texts into resources/i18n/ko.ts
    python app/qgis/build.py --compile-ts   # ko.ts -> ko.qm (pyside6-lrelease or lrelease)

``--update-ts`` keeps existing translations and marks new texts unfinished;
the ``.qm`` is committed, like the app's ``resources/i18n/smartzone_ko.qm``.
"""
from __future__ import annotations

import argparse
import ast
import configparser
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
ROOT = PLUGIN_DIR.parents[1]
#: Folder name of the plugin inside the ZIP (= its Python package name in QGIS).
PACKAGE = "smartzone_qgis"
#: Keys QGIS needs in metadata.txt.
REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email")
#: Files of this folder that stay out of the ZIP.
EXCLUDED = {"build.py", "resources/i18n/ko.ts"}
#: Parts of qgis_plugin_tools that are development tooling, not needed at run time.
TOOLS_EXCLUDED = {"infrastructure", "testing"}
_FIXED_TIME = (2024, 1, 1, 0, 0, 0)
#: Translation source and compiled file of each language.
I18N_DIR = PLUGIN_DIR / "resources" / "i18n"
LANGUAGES = {"ko": "ko_KR"}
#: Context of qgis-plugin-tools' ``tr`` (``QApplication.translate("@default", text)``).
TR_CONTEXT = "@default"


class BuildError(Exception):
    """The plugin cannot be packaged; the message says why and what to do."""


def read_metadata(path: Path = PLUGIN_DIR / "metadata.txt") -> dict[str, str]:
    """The ``[general]`` section of ``metadata.txt``; raises :class:`BuildError` if keys are missing."""
    config = configparser.ConfigParser(interpolation=None)
    # The configparser documentation's way to keep the keys' case; typeshed declares optionxform a method.
    config.optionxform = str  # type: ignore[assignment,method-assign]
    if not config.read(path, encoding="utf-8") or "general" not in config:
        raise BuildError(f"{path} is missing or has no [general] section.")
    meta = dict(config["general"])
    missing = [k for k in REQUIRED_METADATA if not meta.get(k)]
    if missing:
        raise BuildError(f"{path} lacks {', '.join(missing)}.")
    return meta


def find_tools(explicit: str | None = None) -> Path:
    """Folder of the ``qgis_plugin_tools`` package to vendor.

    Looks at ``explicit``, then the running Python, then ``.venv-qgis`` of the
    repository. The package is located, not imported (importing it needs QGIS).
    """
    candidates: list[Path] = []
    if explicit:
        candidates.append(Path(explicit))
    spec = importlib.util.find_spec("qgis_plugin_tools")
    if spec is not None and spec.submodule_search_locations:
        candidates.extend(Path(p) for p in spec.submodule_search_locations)
    candidates.extend(sorted(ROOT.glob(".venv-qgis/lib/python3*/site-packages/qgis_plugin_tools")))
    for path in candidates:
        if (path / "tools" / "resources.py").is_file():
            return path.resolve()
    raise BuildError(
        "qgis_plugin_tools was not found: run this script with .venv-qgis/bin/python "
        "(pip install 'qgis-plugin-tools>=1.1,<2'), or pass --tools PATH, or --no-tools "
        "(then users must pip install qgis-plugin-tools into QGIS's Python)."
    )


def _tools_version(tools: Path) -> str:
    for info in sorted(tools.parent.glob("qgis_plugin_tools-*.dist-info")):
        return info.name[len("qgis_plugin_tools-"):-len(".dist-info")]
    return "unknown"


def _walk(folder: Path, skip_dirs: set[str] | None = None) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part == "__pycache__" or part.startswith(".") for part in rel.parts):
            continue
        if skip_dirs and rel.parts[0] in skip_dirs:
            continue
        if path.is_file() and path.suffix not in (".pyc", ".pyo"):
            yield path


def plugin_files(tools: Path | None) -> list[tuple[str, Path | bytes]]:
    """``(name in the ZIP, source file or content)`` of every entry, sorted."""
    entries: dict[str, Path | bytes] = {}
    for path in _walk(PLUGIN_DIR):
        rel = path.relative_to(PLUGIN_DIR)
        if rel.as_posix() in EXCLUDED:
            continue
        entries[f"{PACKAGE}/{rel.as_posix()}"] = path
    if (ROOT / "LICENSE").is_file():
        entries[f"{PACKAGE}/LICENSE"] = ROOT / "LICENSE"
    if tools is not None:
        for path in _walk(tools, TOOLS_EXCLUDED):
            entries[f"{PACKAGE}/qgis_plugin_tools/{path.relative_to(tools).as_posix()}"] = path
        note = (
            f"qgis_plugin_tools {_tools_version(tools)} (https://pypi.org/project/qgis-plugin-tools/), "
            "vendored unchanged by SmartZone's app/qgis/build.py; licence: see LICENSE here.\n"
        )
        entries[f"{PACKAGE}/qgis_plugin_tools/VENDORED.txt"] = note.encode("utf-8")
    return sorted(entries.items())


def build(out_dir: Path, *, tools: Path | None) -> Path:
    """Write ``<out_dir>/smartzone_qgis-<version>.zip`` and return its path."""
    meta = read_metadata()
    init = (PLUGIN_DIR / "__init__.py").read_text(encoding="utf-8")
    if "def classFactory(" not in init:
        raise BuildError(f"{PLUGIN_DIR / '__init__.py'} has no classFactory().")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{PACKAGE}-{meta['version']}.zip"
    tmp = target.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, source in plugin_files(tools):
            data = source if isinstance(source, bytes) else source.read_bytes()
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    tmp.replace(target)
    return target


# ----------------------------------------------------------------------------- translations
def extract_messages(folder: Path = PLUGIN_DIR) -> list[str]:
    """Literal texts passed to ``tr(...)`` in the plugin's modules, in order of appearance."""
    found: list[str] = []
    for path in sorted(folder.glob("*.py")):
        if path.name in EXCLUDED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value not in found
            ):
                found.append(node.args[0].value)
    return found


def read_ts(path: Path) -> dict[str, str]:
    """Source text -> translation (finished or not) of a ``.ts`` file; empty if it does not exist."""
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        out[source] = message.findtext("translation") or ""
    return out


def write_ts(path: Path, language: str, messages: Sequence[str], translations: dict[str, str]) -> None:
    """Write a Qt Linguist ``.ts`` file; texts without a translation are marked unfinished."""
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = TR_CONTEXT
    for text in messages:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        translation = ET.SubElement(message, "translation")
        if translations.get(text):
            translation.text = translations[text]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="utf-8")
    path.write_bytes(data + b"\n")


def update_ts() -> list[Path]:
    """Refresh every ``resources/i18n/<lang>.ts`` from the ``tr()`` texts; returns the files."""
    messages = extract_messages()
    paths = []
    for lang, language in LANGUAGES.items():
        path = I18N_DIR / f"{lang}.ts"
        write_ts(path, language, messages, read_ts(path))
        paths.append(path)
    return paths


def find_lrelease() -> str:
    """``pyside6-lrelease`` (next to this Python or on PATH) or Qt's ``lrelease``."""
    for name in ("pyside6-lrelease", "lrelease"):
        local = Path(sys.executable).parent / name
        if local.is_file():
            return str(local)
        found = shutil.which(name)
        if found:
            return found
    raise BuildError("No lrelease found: run with SmartZone's .venv (pyside6-lrelease) or install qttools5-dev-tools.")


def compile_ts(lrelease: str | None = None) -> list[Path]:
    """Compile every ``resources/i18n/<lang>.ts`` to ``<lang>.qm``; returns the ``.qm`` files."""
    tool = lrelease or find_lrelease()
    out = []
    for lang in LANGUAGES:
        ts, qm = I18N_DIR / f"{lang}.ts", I18N_DIR / f"{lang}.qm"
        proc = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
        if proc.returncode != 0 or not qm.is_file():
            raise BuildError(f"{tool} failed on {ts}: {proc.stderr.strip() or proc.stdout.strip()}")
        out.append(qm)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line; returns the exit status (2 with a message on a build error)."""
    parser = argparse.ArgumentParser(description="Package the SmartZone QGIS plugin as a ZIP.")
    parser.add_argument("--out", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--tools", metavar="PATH", help="qgis_plugin_tools package folder to vendor")
    group.add_argument("--no-tools", action="store_true",
                       help="do not vendor qgis_plugin_tools (users pip install it)")
    parser.add_argument("--update-ts", action="store_true", help="refresh resources/i18n/*.ts and stop")
    parser.add_argument("--compile-ts", action="store_true", help="compile resources/i18n/*.ts to .qm and stop")
    args = parser.parse_args(argv)
    try:
        if args.update_ts or args.compile_ts:
            paths = (update_ts() if args.update_ts else []) + (compile_ts() if args.compile_ts else [])
            print("\n".join(str(p) for p in paths))
            return 0
        tools = None if args.no_tools else find_tools(args.tools)
        path = build(Path(args.out), tools=tools)
    except BuildError as exc:
        print(f"build.py: error: {exc}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
