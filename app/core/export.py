"""Writing scores: one registry of export formats and one writer used by every shell.

``smartzone score --export``, the app's export dialog and :func:`smartzone.api.export`
all write through :func:`write_scores`, so a format's files, metadata and QGIS
style are the same whoever writes them. The PDF report is not here: it renders
a map with Qt (see :mod:`smartzone.app.drawing.report`).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import pandas as pd

    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import ScoreRun
    from smartzone.layers.atomic import FileSet
    from smartzone.layers.export import ExportReport
    from smartzone.layers.qml import StyleSpec


class ScoreWriter(Protocol):
    """The writer of an :class:`ExportFormat`: the result frame into ``out_dir`` as ``name``.*."""

    def __call__(self, frame: pd.DataFrame, out_dir: Path, name: str, *, crs: str, encoding: str,
                 zip: bool, fileset: FileSet | None, overwrite: bool, metadata: dict[str, Any],
                 style: StyleSpec | None) -> ExportReport: ...

__all__ = [
    "EXPORT_FORMATS",
    "ExportFormat",
    "demo_metadata",
    "export_metadata",
    "output_paths",
    "provenance_lines",
    "csv_schema",
    "default_export_name",
    "safe_file_stem",
    "score_style",
    "write_score_set",
    "write_scores",
]


#: Names Windows reserves for devices, with or without a suffix (``CON.shp`` cannot be created).
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_stem(text: str, fallback: str = "scores", limit: int = 80) -> str:
    """``text`` as a file name valid on Windows, macOS and Linux: Hangul kept, spaces as ``_``.

    Characters Windows refuses (``< > : " / \\ | ? *`` and control characters) become ``_``,
    trailing dots and spaces go, device names (``CON``, ``COM1`` ...) get a ``_`` suffix and the
    name is cut to ``limit`` characters (the suffixes of a Shapefile's parts come on top).
    """
    out = "".join("_" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in str(text))
    out = "_".join(out.split())  # spaces and tabs: one "_" (scripts and ogr2ogr need no quoting)
    while "__" in out:
        out = out.replace("__", "_")
    out = out[:limit].strip("._ ")
    if not out:
        return fallback
    if out.split(".")[0].upper() in _RESERVED:
        out += "_"
    return out


def default_export_name(project: Project, scenario: str, language: str = "ko") -> str:
    """The export's default file name: the scenario's own name and the level in words
    (``스마트도시_특화단지_시군구``; English ``Smart-city_special_zones_municipalities``)."""
    from smartzone.app.core.labels import scenario_title
    from smartzone.app.core.levels import level_label

    sc = project.scenarios.get(scenario) if scenario else None
    title = scenario_title(sc, language) if sc is not None else str(scenario or "")
    return safe_file_stem(f"{title} {level_label(project.level, language == 'ko')}")


@dataclass(frozen=True)
class ExportFormat:
    """An export format: stable id, label (English; the dialog translates it) and files written.

    ``suffixes`` lists every file of one export, the main file first.
    ``writer(frame, out_dir, name, *, crs, encoding, zip, fileset, overwrite, metadata, style)``
    (``fileset``: a :class:`~smartzone.layers.atomic.FileSet` to stage into, or None) returns an :class:`~smartzone.layers.export.ExportReport`.
    """

    id: str
    label: str
    suffixes: tuple[str, ...]
    writer: ScoreWriter
    styled: bool = False

    @property
    def suffix(self) -> str:
        """The main file's suffix (``.shp``)."""
        return self.suffixes[0]


def _write_shp(frame: pd.DataFrame, out_dir: Path, name: str, *, crs: str, encoding: str, zip: bool,
               fileset: FileSet | None, overwrite: bool, metadata: dict[str, Any],
               style: StyleSpec | None) -> ExportReport:
    from smartzone.layers.export import export_shapefile

    return export_shapefile(frame, out_dir, name, encoding=encoding, crs=crs, metadata=metadata,
                            style=style, zip=zip, overwrite=overwrite, fileset=fileset)


def _write_gpkg(frame: pd.DataFrame, out_dir: Path, name: str, *, crs: str, encoding: str, zip: bool,
                fileset: FileSet | None, overwrite: bool, metadata: dict[str, Any],
                style: StyleSpec | None) -> ExportReport:
    from smartzone.layers.export import write_gpkg

    return write_gpkg(frame, out_dir / f"{name}.gpkg", "scores", style=style, overwrite=overwrite,
                      crs=crs, metadata=metadata, fileset=fileset)


def _write_csv(frame: pd.DataFrame, out_dir: Path, name: str, *, crs: str, encoding: str, zip: bool,
               fileset: FileSet | None, overwrite: bool, metadata: dict[str, Any],
               style: StyleSpec | None) -> ExportReport:
    from smartzone.layers.export import write_csv

    table = frame.drop(columns="geometry") if "geometry" in frame.columns else frame
    return write_csv(table, out_dir / f"{name}.csv", bom=True, overwrite=overwrite, fileset=fileset,
                     csvw=csv_schema(list(table.columns), metadata))


def _iso_years(year: str) -> str:
    """``"2020–2025"`` -> ``"2020/2025"`` (an ISO 8601 interval, as ``dc:temporal`` expects)."""
    return year.replace("–", "/")


def csv_schema(columns: Sequence[str], metadata: dict[str, Any]) -> dict[str, Any]:
    """CSV on the Web properties of the scores table (issue 11 §7): each column's meaning and the
    year of its data (``dc:temporal``), and the table's title, sources and licence.

    ``metadata`` is :func:`export_metadata`'s record; the years come from its ``indicators``
    (demo metadata), the boundary year from ``districts``. User data without years get
    descriptions only.
    """
    facts = {str(f["indicator"]): f for f in metadata.get("indicators") or []}
    years = sorted({y for f in facts.values() for y in str(f.get("year", "")).split("–") if y})
    span = f"{years[0]}/{years[-1]}" if len(years) > 1 else (years[0] if years else "")
    every = ", ".join(dict.fromkeys(str(f["year"]) for f in facts.values() if f.get("year")))
    districts = metadata.get("districts") or {}
    boundary = str(districts.get("year", ""))
    scenario = metadata.get("scenario", "")

    def entry(description: str, year: str = "", **more: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"dc:description": description}
        if year:
            out["dc:temporal"] = year
        out.update(more)
        return out

    cols: dict[str, dict[str, Any]] = {}
    combined = f" (combines data of {every})" if every else ""
    for col in columns:
        ind = col[2:] if col.startswith("c_") and col[2:] in facts else col if col in facts else None
        if ind is not None:
            f = facts[ind]
            what = "Contribution to the score of" if col.startswith("c_") else "Value of"
            label = f"{f.get('label_en') or ind} ({', '.join(p for p in (f.get('unit'), f.get('year')) if p)})"
            cols[col] = entry(f"{what} {label}, indicator {ind}", _iso_years(str(f.get("year", ""))),
                              **{"dc:title": [{"@value": str(f.get("label_ko", "")), "@language": "ko"},
                                              {"@value": str(f.get("label_en", "")), "@language": "en"}]})
        elif col == "code":
            cols[col] = entry(f"District code ({districts.get('code_system', 'as in the input layer')})", boundary)
        elif col in ("name", "sido"):
            cols[col] = entry("District name" if col == "name" else "Province (시도)", boundary)
        elif col == "score":
            cols[col] = entry(f"Score 0-100 of scenario {scenario}{combined}", span)
        elif col == "rank":
            cols[col] = entry(f"Rank by score (1 = best) of scenario {scenario}{combined}", span)
        elif col == "excluded":
            cols[col] = entry(f"Why the district is excluded (rule or missing value){combined}", span)
        elif col.startswith("c_"):
            cols[col] = entry(f"Contribution to the score of indicator {col[2:]}")
    table: dict[str, Any] = {"dc:title": metadata.get("title", "SmartZone scores")}
    if metadata.get("sources"):
        table["dc:source"] = list(metadata["sources"])
    if metadata.get("licence"):
        table["dc:license"] = metadata["licence"]
    if span:
        table["dc:temporal"] = span
    table["dc:description"] = (f"SmartZone scores of scenario {scenario} at level {metadata.get('level', '')}; "
                               "the year of each column's data is its dc:temporal.")
    return {"columns": cols, "table": table}


#: Format id -> format, in the order the dialog and ``--help`` list them.
EXPORT_FORMATS: dict[str, ExportFormat] = {
    "shp": ExportFormat("shp", "ESRI Shapefile (.shp)", (".shp", ".shx", ".dbf", ".prj", ".cpg"),
                        _write_shp, styled=True),
    "gpkg": ExportFormat("gpkg", "GeoPackage (.gpkg)", (".gpkg",), _write_gpkg, styled=True),
    "csv": ExportFormat("csv", "CSV table (.csv, UTF-8 with BOM)", (".csv", ".csv-metadata.json"), _write_csv),
}


def output_paths(out_dir: str | Path, name: str, fmt: str, *, zip: bool = False) -> list[Path]:
    """The files an export of ``fmt`` would create (to ask before replacing any of them)."""
    out = Path(out_dir)
    if fmt == "shp":
        if zip:
            return [out / f"{name}.zip"]
        from smartzone.layers.export import (
            SHAPEFILE_SUFFIXES,  # the parts and their stale companions
        )

        return [out / f"{name}{suffix}" for suffix in SHAPEFILE_SUFFIXES]
    return [out / f"{name}{suffix}" for suffix in EXPORT_FORMATS[fmt].suffixes]


def demo_metadata() -> dict[str, Any]:
    """The bundled demo's metadata (sources, licences, content hash); ``{}`` when unavailable."""
    try:
        from smartzone.resources import demo_data

        meta = demo_data.metadata()
        return dict(meta) if meta else {}
    except Exception:  # demo not built: fall back to the raw file
        from smartzone.resources import RESOURCES_DIR

        try:
            return dict(json.loads((RESOURCES_DIR / "demo" / "metadata.json").read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}


def provenance_lines(project: Project) -> list[str]:
    """Data sources and licences: from the demo metadata for bundled files, else file paths."""
    lines: list[str] = []
    if any(lyr.options.get("demo") for lyr in project.layers):
        meta = demo_metadata()
        for src in (meta.get("sources") or {}).values():
            name = src.get("name_en") or src.get("name_ko") or "?"
            lines.append(f"  {name} — {src.get('publisher', '')}; licence: {src.get('licence', '?')}")
        if meta.get("content_hash"):
            lines.append(f"  demo data content hash {str(meta['content_hash'])[:12]}")
    for lyr in project.layers:
        if not lyr.options.get("demo"):
            lines.append(f"  {lyr.display_name}: {lyr.path}")
    return lines


def export_metadata(run: ScoreRun, provenance: list[str] | None = None) -> dict[str, Any]:
    """What every export records: title, scenario, level, the scoring recipe and the sources."""
    from smartzone.app.core.labels import indicator_facts

    sc = run.project.get_scenario(run.scenario)
    lines = provenance_lines(run.project) if provenance is None else provenance
    recipe = run.result.recipe
    facts = {f["indicator"]: f for f in indicator_facts([str(c.indicator) for c in sc.criteria],
                                                        run.project.level)}
    meta: dict[str, Any] = {
        "title": f"SmartZone scores: {sc.name}",
        "scenario": sc.name,
        "level": run.project.level,
        "recipe": recipe,
        "sources": [line.strip() for line in lines],
    }
    criteria = recipe.get("criteria") if isinstance(recipe, dict) else None
    if facts and isinstance(criteria, list):
        # each criterion with its label, unit and the year of its data (issue 11 §7)
        meta["criteria"] = [{**c, **{k: v for k, v in facts[c["indicator"]].items() if k != "indicator"}}
                            if isinstance(c, dict) and c.get("indicator") in facts else c for c in criteria]
    if facts:
        meta["indicators"] = list(facts.values())
    if any(lyr.options.get("demo") for lyr in run.project.layers):
        demo = demo_metadata()
        gpkg = ((demo.get("files") or {}).get("districts.gpkg") or {})
        if gpkg.get("year"):
            meta["districts"] = {"year": gpkg["year"], "code_system": "Statistics Korea census codes"}
        if demo.get("licence_summary_en"):
            meta["licence"] = demo["licence_summary_en"]
    return meta


def score_style(frame: pd.DataFrame, run: ScoreRun | None = None) -> StyleSpec:
    """The QGIS style of the scores: the classes and colours of the app's map and the PDF report;
    its legend title names the years of the data the score of ``run`` combines (issue 11 §7)."""
    from smartzone.app.core.labels import score_years
    from smartzone.app.core.style import style_for_scores

    years = score_years(run.result.recipe, run.project.level) if run is not None else ""
    title = "점수 / Score" + (f" ({years})" if years else "")  # the exports are bilingual
    return style_for_scores(frame, "score", title=title)


def write_scores(
    run: ScoreRun,
    fmt: str,
    out_dir: str | Path,
    name: str = "scores",
    *,
    frame: pd.DataFrame | None = None,
    crs: str | None = None,
    encoding: str = "cp949",
    zip: bool = False,
    overwrite: bool = False,
    provenance: list[str] | None = None,
    fileset: FileSet | None = None,
) -> ExportReport:
    """Write the scores of ``run`` as ``fmt`` (a key of :data:`EXPORT_FORMATS`) into ``out_dir``.

    Parameters
    ----------
    frame
        The result frame (default ``run.frame()``).
    crs
        Target CRS of the file (default: the project CRS; CSV has none).
    encoding, zip
        Shapefile options (``cp949`` or ``utf-8``; one ``.zip`` of the parts).
    overwrite
        Replace existing files; otherwise an existing file is an error.
    fileset
        Stage the files into this :class:`~smartzone.layers.atomic.FileSet` (committed by
        the caller with the other formats, all or nothing); default: committed here.

    Returns
    -------
    ExportReport
        Feature count, CRS, encoding, field-name map and warnings.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"Unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}.")
    spec = EXPORT_FORMATS[fmt]
    frame = run.frame() if frame is None else frame
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    style = score_style(frame, run) if spec.styled else None
    return spec.writer(frame, out, name, crs=crs or run.project.crs, encoding=encoding, zip=zip,
                       fileset=fileset, overwrite=overwrite, metadata=export_metadata(run, provenance),
                       style=style)


def write_score_set(
    run: ScoreRun,
    formats: Sequence[str],
    out_dir: str | Path,
    name: str = "scores",
    *,
    frame: pd.DataFrame | None = None,
    crs: str | None = None,
    encoding: str = "cp949",
    zip: bool = False,
    overwrite: bool = False,
    provenance: list[str] | None = None,
) -> tuple[list[ExportReport], list[str]]:
    """Write several formats as one unit: if any fails (CP949 cannot store a name, disk full), none is written.

    Returns the :class:`~smartzone.layers.export.ExportReport` of each format (in
    ``formats`` order) and the messages of a recovery of an earlier
    interrupted export in ``out_dir``.
    """
    from smartzone.layers.atomic import FileSet

    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"Unknown export format(s) {', '.join(unknown)}; use {', '.join(EXPORT_FORMATS)}.")
    frame = run.frame() if frame is None else frame
    lines = provenance_lines(run.project) if provenance is None else provenance
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    reports = []
    with FileSet(out, overwrite=overwrite) as fs:
        recovered = list(fs.recovered)
        for fmt in dict.fromkeys(formats):
            reports.append(write_scores(run, fmt, out, name, frame=frame, crs=crs, encoding=encoding,
                                        zip=zip, overwrite=overwrite, provenance=lines, fileset=fs))
        fs.commit()
    return reports, recovered
