"""Reading and writing SmartZone project files (``*.smartzone.json``).

The file is human-readable UTF-8 JSON::

    {
      "format": "smartzone-project",
      "schema_version": 1,
      "generator": "smartzone 0.1.0",
      "title": "...",
      "level": "sigungu",
      "crs": "EPSG:5179",
      "view_extent": [xmin, ymin, xmax, ymax],
      "layers": [{"id", "kind", "path", "name", "visible", "opacity", "options"}, ...],
      "active": "industry-hub",
      "scenarios": [{"name", "method", "params", "preset", "description",
                     "criteria": [Criterion.to_dict(), ...]}, ...]
    }

Layer paths, and the ``params.path`` of imported candidate maps (scenarios of
method ``"external"``), are stored relative to the project file's folder with ``/``
separators (absolute only when no relative path exists, e.g. another drive on
Windows). Saving is atomic: a temporary file in the same folder is written,
flushed to disk and moved over the target with :func:`os.replace`, so a failed
save never damages the previous file. Loading validates the schema; a missing
layer file is reported in :attr:`Project.warnings`, not raised. Only JSON is
parsed: nothing is evaluated or unpickled.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from smartzone.app.core.model import project_schema
from smartzone.app.core.model.project import (
    EXTERNAL_METHOD,
    LayerRef,
    Project,
    ProjectError,
    Scenario,
)
from smartzone.layers.errors import UnsafePathError
from smartzone.layers.paths import check_input_path, is_inside, is_remote_or_virtual, remote_allowed

__all__ = [
    "FORMAT",
    "PROJECT_SUFFIX",
    "SCHEMA_VERSION",
    "ProjectFileError",
    "DEMO_PROJECT_NAME",
    "atomic_write_text",
    "load_project",
    "project_from_dict",
    "project_to_dict",
    "save_project",
    "write_demo_project",
]

FORMAT = "smartzone-project"
SCHEMA_VERSION = 1
PROJECT_SUFFIX = ".smartzone.json"


class ProjectFileError(ProjectError):
    """A project file cannot be read, parsed, validated or written.

    The message names the file and the problem.
    """


# ---------------------------------------------------------------------------
# paths
# ---------------------------------------------------------------------------
def _relative(path: Path, base_dir: Path) -> str:
    try:
        return Path(os.path.relpath(path, base_dir)).as_posix()
    except ValueError:  # another drive on Windows
        return str(path)


def _absolute(text: str, base_dir: Path) -> Path:
    p = Path(text)
    if not p.is_absolute():
        p = base_dir / p
    return Path(os.path.normpath(p))


def _generator() -> str:
    try:
        from importlib.metadata import version

        return f"smartzone {version('smartzone')}"
    except Exception:
        return "smartzone"


# ---------------------------------------------------------------------------
# to / from plain data
# ---------------------------------------------------------------------------
def project_to_dict(project: Project, base_dir: str | Path) -> dict[str, Any]:
    """The JSON-ready content of ``project`` with layer paths relative to ``base_dir``.

    Keys of the loaded file that SmartZone does not model (``project.unknown_keys``) are
    written back, so that saving never drops what a newer version or another tool stored.
    """
    base = Path(base_dir).resolve()
    doc = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "generator": _generator(),
        "title": project.title,
        "level": project.level,
        "crs": project.crs,
        "view_extent": list(project.view_extent) if project.view_extent is not None else None,
        "layers": [
            {
                "id": lyr.id,
                "kind": lyr.kind,
                "path": _relative(lyr.path, base),
                "name": lyr.name,
                "visible": lyr.visible,
                "opacity": lyr.opacity,
                "options": dict(lyr.options),
            }
            for lyr in project.layers
        ],
        "active": project.active,
        "scenarios": [_scenario_to_dict(sc, base) for sc in project.scenarios.values()],
    }
    if project.plan:
        doc["plan"] = project.plan
    return project_schema.merge_unknown(doc, getattr(project, "unknown_keys", None))


#: Scenario methods whose ``params["path"]`` is a file (stored relative like layer paths).
_FILE_METHODS = (EXTERNAL_METHOD,)


def _scenario_to_dict(sc: Scenario, base: Path) -> dict[str, Any]:
    data = sc.to_dict()
    if sc.method in _FILE_METHODS and isinstance(data["params"].get("path"), str):
        data["params"]["path"] = _relative(Path(data["params"]["path"]), base)
    return data


class _Source(str):
    """How messages name a project file ("Project file /x/p.smartzone.json"), with its ``path``
    for the keyed errors (the app names the file from it)."""

    path: str

    def __new__(cls, text: str, path: str | Path | None = None) -> _Source:
        self = super().__new__(cls, text)
        self.path = str(path) if path is not None else ""
        return self


def _at(source: str) -> dict[str, Any]:
    """The ``path`` param of a keyed error about ``source`` (none for a dict not read from a file)."""
    path = getattr(source, "path", "")
    return {"path": path} if path else {}


def _expect(value: Any, kind: type | tuple[type, ...], where: str, source: str) -> Any:
    if not isinstance(value, kind) or isinstance(value, bool) and kind in (int, float, (int, float)):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        kinds = [kind.__name__] if isinstance(kind, type) else [k.__name__ for k in kind]
        raise ProjectFileError(f"{source}: {where} must be {_article(names)}, got {value!r}.",
                               key="project_value_type", where=where, kinds=kinds, value=repr(value)[:80],
                               **_at(source))
    return value


def _article(name: str) -> str:
    names = {"dict": "an object", "list": "a list", "str": "a string", "bool": "true or false"}
    return names.get(name, f"a {name}")


def project_from_dict(data: Any, base_dir: str | Path, *, source: str = "<project>") -> Project:
    """Build a :class:`Project` from parsed JSON; ``source`` names the file in messages.

    Raises
    ------
    ProjectFileError
        Wrong format marker, unsupported schema version or invalid content.
    """
    base = Path(base_dir).resolve()
    _expect(data, dict, "the top level", source)
    fmt = data.get("format")
    if fmt != FORMAT:
        raise ProjectFileError(f"{source} is not a SmartZone project file (format is {fmt!r}, expected {FORMAT!r}).",
                               key="project_not_smartzone", format=repr(fmt)[:80], **_at(source))
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ProjectFileError(f"{source}: schema_version must be an integer, got {version!r}.",
                               key="project_value_type", where="schema_version", kinds=["int"],
                               value=repr(version)[:80], **_at(source))
    if version != SCHEMA_VERSION:
        newer = " (written by a newer SmartZone: please update)" if version > SCHEMA_VERSION else ""
        raise ProjectFileError(
            f"{source}: unsupported schema version {version}{newer}; this SmartZone reads version {SCHEMA_VERSION}.",
            key="project_schema_version", version=version, supported=SCHEMA_VERSION,
            newer=version > SCHEMA_VERSION, **_at(source),
        )
    try:  # the one schema: types, ranges, choices, sizes (before any value is used)
        project_schema.validate(data)
    except project_schema.SchemaViolation as exc:
        raise ProjectFileError(f"{source}: {exc} Fix it in the file (it is JSON text).", key="project_invalid",
                               detail=str(exc), **_at(source)) from None
    warnings: list[str] = []
    outside: list[Path] = []
    layers = []
    for i, raw in enumerate(_expect(data.get("layers", []), list, "layers", source)):
        where = f"layers[{i}]"
        _expect(raw, dict, where, source)
        try:
            path = _absolute(_expect(raw["path"], str, f"{where}.path", source), base)
            layer = LayerRef(
                id=_expect(raw["id"], str, f"{where}.id", source),
                kind=raw["kind"],
                path=path,
                name=_expect(raw.get("name", ""), str, f"{where}.name", source),
                visible=_expect(raw.get("visible", True), bool, f"{where}.visible", source),
                opacity=float(_expect(raw.get("opacity", 1.0), (int, float), f"{where}.opacity", source)),
                options=_expect(raw.get("options", {}), dict, f"{where}.options", source),
            )
        except KeyError as exc:
            raise ProjectFileError(f"{source}: {where} has no {exc.args[0]!r}.", key="project_missing_entry",
                                   where=where, name=str(exc.args[0]), **_at(source)) from None
        except ProjectFileError:
            raise
        except (ProjectError, ValueError, TypeError) as exc:
            raise ProjectFileError(f"{source}: {where}: {exc}", key="project_invalid",
                                   detail=f"{where}: {exc}", **_at(source)) from None
        _check_reference(raw["path"], path, base, f"Layer {layer.display_name!r}", layer.options,
                         source, warnings, outside)
        if not is_remote_or_virtual(raw["path"]) and not path.exists():
            warnings.append(f"Layer {layer.display_name!r}: file {path} was not found.")
        layers.append(layer)
    scenarios = []
    for i, raw in enumerate(_expect(data.get("scenarios", []), list, "scenarios", source)):
        where = f"scenarios[{i}]"
        _expect(raw, dict, where, source)
        _expect(raw.get("criteria", []), list, f"{where}.criteria", source)
        _expect(raw.get("params", {}) or {}, dict, f"{where}.params", source)
        for j, c in enumerate(raw.get("criteria", [])):
            _expect(c, dict, f"{where}.criteria[{j}]", source)
            if "indicator" not in c:
                raise ProjectFileError(f"{source}: {where}.criteria[{j}] has no 'indicator'.",
                                       key="project_missing_entry", where=f"{where}.criteria[{j}]",
                                       name="indicator", **_at(source))
        try:
            sc = Scenario.from_dict(raw)
            if sc.method in _FILE_METHODS:
                if not isinstance(sc.params.get("path"), str):
                    raise ProjectFileError(f"{source}: {where}.params.path must be a string (the {sc.method} file).",
                                           key="project_value_type", where=f"{where}.params.path", kinds=["str"],
                                           value=repr(sc.params.get("path"))[:80], **_at(source))
                file = _absolute(sc.params["path"], base)
                _check_reference(sc.params["path"], file, base, f"Scenario {sc.name!r}", {}, source,
                                 warnings, outside)
                sc = Scenario.from_dict({**raw, "params": {**sc.params, "path": str(file)}})
                if not file.exists():
                    warnings.append(f"Scenario {sc.name!r}: candidate map {file} was not found.")
            scenarios.append(sc)
        except ProjectFileError:
            raise
        except KeyError as exc:
            raise ProjectFileError(f"{source}: {where} has no {exc.args[0]!r}.", key="project_missing_entry",
                                   where=where, name=str(exc.args[0]), **_at(source)) from None
        except (ValueError, TypeError) as exc:  # includes ProjectError, CriteriaError
            raise ProjectFileError(f"{source}: {where}: {exc}", key="project_invalid", detail=f"{where}: {exc}",
                                   **_at(source)) from None
    extent = data.get("view_extent")
    try:
        project = Project(
            level=_expect(data.get("level", "sigungu"), str, "level", source),
            layers=layers,
            scenarios=scenarios,
            active=data.get("active"),
            view_extent=extent,
            crs=_expect(data.get("crs", "EPSG:5179"), str, "crs", source),
            title=_expect(data.get("title", ""), str, "title", source),
        )
    except ProjectFileError:
        raise
    except (ValueError, TypeError) as exc:
        raise ProjectFileError(f"{source}: {exc}", key="project_invalid", detail=str(exc), **_at(source)) from None
    if outside:
        shown = ", ".join(str(p) for p in outside[:5]) + (" ..." if len(outside) > 5 else "")
        warnings.append(f"This project reads {len(outside)} file(s) outside its own folder {base}: "
                        f"{shown}. Open it only if you expected that.")
    project.warnings = warnings
    project.unknown_keys = project_schema.unknown_keys(data)
    if isinstance(data.get("plan"), dict):
        project.set_plan(data["plan"], record=False)
    return project


def _check_reference(text: str, path: Path, base: Path, what: str, options: Any, source: str,
                     warnings: list[str], outside: list[Path]) -> None:
    """What a project file may point at: local files; say so when outside its folder."""
    if is_remote_or_virtual(text):
        if not remote_allowed():
            raise ProjectFileError(
                f"{source}: {what} points at {text!r}, a network or virtual (GDAL /vsi*) path. "
                "SmartZone does not follow those from a project file; if you trust this project, "
                "set SMARTZONE_ALLOW_REMOTE=1 and open it again.", key="project_remote_reference",
                target=text, **_at(source),
            )
        warnings.append(f"{what} reads {text}, a network or virtual path (allowed by SMARTZONE_ALLOW_REMOTE).")
        return
    try:
        check_input_path(path, what)
    except UnsafePathError as exc:
        raise ProjectFileError(f"{source}: {exc}", key=exc.key, **exc.params) from None
    if not (isinstance(options, dict) and options.get("demo")) and not is_inside(path, base):
        outside.append(path)


# ---------------------------------------------------------------------------
# files
# ---------------------------------------------------------------------------
def load_project(path: str | Path) -> Project:
    """Read and validate a project file.

    Missing layer files do not fail: they are listed in ``project.warnings``.

    Raises
    ------
    ProjectFileError
        The file cannot be read, is not UTF-8, is malformed JSON (the message
        gives line and column), is not a SmartZone project, has an unsupported
        ``schema_version`` or invalid content.
    """
    path = Path(path)
    try:
        check_input_path(path, "Project file", allow_remote=False)
        size = path.stat().st_size if path.exists() else 0
    except UnsafePathError as exc:
        raise ProjectFileError(str(exc), key=exc.key, **exc.params) from None
    if size > project_schema.MAX_BYTES:
        raise ProjectFileError(f"Project file {path} is {size / 1e6:.0f} MB; a project file is a few "
                               "kB of JSON. Is it really a SmartZone project?", key="project_too_large",
                               path=str(path), size=f"{size / 1e6:.0f}")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectFileError(f"Project file {path} does not exist.", key="file_not_found", path=str(path)) from None
    except OSError as exc:
        raise ProjectFileError(f"Cannot read project file {path}: {exc.strerror or exc}.", key="file_unreadable",
                               path=str(path), detail=str(exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectFileError(
            f"Project file {path} is not UTF-8 text (byte {exc.start}); is it really a project file?",
            key="project_not_utf8", path=str(path), byte=exc.start,
        ) from None
    try:
        project_schema.check_depth(text)
    except project_schema.SchemaViolation as exc:
        raise ProjectFileError(f"Project file {path} {exc}", key="project_invalid", path=str(path),
                               detail=str(exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProjectFileError(
            f"Project file {path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.",
            key="project_not_json", path=str(path), detail=exc.msg, line=exc.lineno, column=exc.colno,
        ) from None
    project = project_from_dict(data, path.resolve().parent, source=_Source(f"Project file {path}", path))
    project.set_path(path)
    return project


def atomic_write_text(path: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (see :func:`smartzone.layers.atomic.write_text_atomic`).

    On failure the previous file (if any) is left untouched and no temporary
    file remains; the ``OSError`` propagates.
    """
    from smartzone.layers.atomic import write_text_atomic

    return write_text_atomic(path, text, encoding=encoding)


def save_project(project: Project, path: str | Path) -> Path:
    """Write ``project`` to ``path`` atomically; returns the absolute path written.

    This does not change the project's ``path`` or dirty flag; use
    :meth:`Project.save` for that.

    Raises
    ------
    ProjectFileError
        The folder does not exist or is not writable, or the disk is full.
    """
    target = Path(path).resolve()
    if not target.parent.is_dir():
        raise ProjectFileError(f"Cannot save project {target}: folder {target.parent} does not exist.",
                               key="export_folder_missing", path=str(target.parent))
    data = project_to_dict(project, target.parent)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except (TypeError, ValueError) as exc:
        raise ProjectFileError(f"Cannot save project {target}: a value cannot be stored as JSON ({exc}).",
                               key="project_save_value", path=str(target), detail=str(exc)) from exc
    try:
        atomic_write_text(target, text)
    except OSError as exc:
        raise ProjectFileError(f"Cannot save project {target}: {exc.strerror or exc}.", key="project_save_failed",
                               path=str(target), detail=str(exc.strerror or exc)) from exc
    return target


#: File name of the bundled demo project (next to the demo data).
DEMO_PROJECT_NAME = "demo-project" + PROJECT_SUFFIX


def write_demo_project(
    path: str | Path | None = None, *, level: str = "sigungu", preset: str = "industry-hub"
) -> Path:
    """Write :meth:`Project.demo` as a project file (default ``resources/demo/demo-project.smartzone.json``).

    Layer paths are relative, so the file works wherever the package is installed.
    Run ``python -m smartzone.app.core.model.projectfile`` to (re)generate the bundled one.
    """
    if path is None:
        from smartzone.resources import demo_data

        path = demo_data.demo_dir() / DEMO_PROJECT_NAME
    return save_project(Project.demo(level=level, preset=preset), path)


if __name__ == "__main__":  # pragma: no cover
    print(write_demo_project())
