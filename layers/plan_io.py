"""Files of the deployment planner: a scores file in, a plan (CSV + GeoPackage + JSON) out.

:func:`read_scores` reads ``--scores FILE`` (CSV/XLSX through
:func:`smartzone.layers.tables.read_table`, or any vector/GeoPackage layer
through pyogrio) and returns ``code -> score``. :func:`write_plan` writes
``plan.csv``, ``plan.gpkg`` and ``plan_summary.json`` as one set: all three are
written and verified in a staging folder first, then moved into place
together; on any failure nothing is changed.
"""
from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from smartzone.layers.errors import ExportError, LayerReadError, SchemaError
from smartzone.layers.qml import StyleSpec

__all__ = ["PLAN_FILES", "read_scores", "write_plan"]

#: The files of a plan, in the order they are listed.
PLAN_FILES = ("plan.csv", "plan.gpkg", "plan_summary.json")
_SCORE_NAMES = ("score", "점수", "scores", "suitability", "적합도")


def read_scores(path: str | Path) -> pd.DataFrame:
    """``code``-indexed frame with a float ``score`` column (NaN = excluded) and ``name`` if present.

    Raises
    ------
    LayerReadError, EncodingError
        File missing or unreadable.
    SchemaError
        No ``code`` or ``score`` column, non-numeric or negative scores, duplicate codes.
    """
    path = Path(path)
    if not path.exists():
        raise LayerReadError(f"Scores file not found: '{path}'. Check the path and file name.",
                             key="file_not_found", path=path)
    from smartzone.layers.formats import kind_of

    if kind_of(path) == "table":  # the registry's table formats (CSV, TSV, text, Excel)
        from smartzone.layers.tables import read_table

        table = read_table(path)
        frame = table.frame
        name_col = table.name_column
    else:
        import pyogrio

        from smartzone.layers.tables import normalize_codes

        try:
            raw = pyogrio.read_dataframe(path, read_geometry=False)
        except Exception as exc:
            raise LayerReadError(f"Cannot read '{path}' as a table or GeoPackage: {exc}.",
                                 key="file_unreadable", path=path, detail=str(exc)) from exc
        lower = {str(c).lower(): c for c in raw.columns}
        if "code" not in lower:
            raise SchemaError(f"'{path}' has no 'code' column; its columns are {', '.join(map(str, raw.columns))}.",
                              key="no_code_column", path=path, columns=[str(c) for c in raw.columns])
        frame = pd.DataFrame(raw)
        frame.index = pd.Index(normalize_codes(frame[lower["code"]]).to_numpy(), name="code")
        if frame.index.duplicated().any():
            dup = frame.index[frame.index.duplicated()][0]
            raise SchemaError(f"'{path}': code {dup} appears more than once.", key="scores_duplicate_code",
                              path=path, code=str(dup))
        name_col = lower.get("name")
    lower = {str(c).lower(): c for c in frame.columns}
    col = next((lower[n] for n in _SCORE_NAMES if n in lower), None)
    if col is None:
        raise SchemaError(
            f"'{path}' has no 'score' column; its columns are {', '.join(map(str, frame.columns))}. "
            "Write the scores (0-100) in a column named 'score'.",
            key="scores_no_score_column", path=path, columns=[str(c) for c in frame.columns],
        )
    values = pd.to_numeric(frame[col], errors="coerce")
    bad = frame[col][values.isna() & frame[col].notna() & (frame[col].astype(str).str.strip() != "")]
    if len(bad):
        raise SchemaError(f"'{path}': score {bad.iloc[0]!r} of district {bad.index[0]} is not a number.",
                          key="scores_not_number", path=path, code=str(bad.index[0]), text=str(bad.iloc[0]))
    if (values < 0).any():
        code = values[values < 0].index[0]
        raise SchemaError(f"'{path}': score {values[code]:g} of district {code} is negative; scores are 0-100.",
                          key="scores_negative", path=path, code=str(code), value=f"{values[code]:g}")
    out = pd.DataFrame({"score": values.astype("float64")}, index=frame.index)
    if name_col is not None and name_col in frame.columns:
        out["name"] = frame[name_col].astype(str)
    return out


def _json_default(obj: Any) -> Any:
    if hasattr(obj, "item"):
        return obj.item()
    if isinstance(obj, Path):
        return str(obj)
    raise TypeError(type(obj).__name__)


def _clean(obj: Any) -> Any:
    """NaN/inf -> None so the JSON is standard."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _clean(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_clean(v) for v in obj]
    return obj


def write_plan(
    out_dir: str | Path,
    deployments: pd.DataFrame,
    districts: Any,
    summary: Mapping[str, Any],
    *,
    style: StyleSpec | Mapping[str, Any] | None = None,
    overwrite: bool = False,
    metadata: Mapping[str, Any] | None = None,
) -> list[Path]:
    """Write the plan's three files into ``out_dir`` as one set; returns their paths.

    Parameters
    ----------
    deployments
        One row per deployment: ``code, name, solution, category, cost, benefit`` (and more).
    districts
        GeoDataFrame of the districts with their total spend and solutions (layer ``plan``).
    summary
        JSON-ready dict (``plan_summary.json``).
    style
        QGIS style of the GeoPackage layer.
    """
    from smartzone.layers.atomic import FileSet, folder_error
    from smartzone.layers.export import write_csv, write_gpkg

    out = Path(out_dir)
    for col in ("code", "name", "solution", "category", "cost", "benefit"):
        if col not in deployments.columns:
            raise ExportError(f"plan.csv needs a '{col}' column.", key="plan_csv_column",
                              path=str(out / PLAN_FILES[0]), column=col)
    try:
        text = json.dumps(_clean(dict(summary)), ensure_ascii=False, indent=2, default=_json_default) + "\n"
    except (TypeError, ValueError) as exc:
        raise ExportError(f"Cannot write plan_summary.json: {exc}.", key="plan_summary_value",
                          path=str(out / PLAN_FILES[2]), detail=str(exc)) from exc
    with FileSet(out, overwrite=overwrite) as fs:
        write_csv(deployments, out / PLAN_FILES[0], bom=True, overwrite=overwrite, fileset=fs)
        write_gpkg(districts, out / PLAN_FILES[1], "plan", style=style, metadata=metadata,
                   overwrite=overwrite, fileset=fs)
        area = fs.area()
        try:
            (area / PLAN_FILES[2]).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise folder_error(f"Cannot write {out / PLAN_FILES[2]}: {exc.strerror or exc}.", out, exc) from exc
        fs.add(area / PLAN_FILES[2])
        fs.commit()
    return [out / name for name in PLAN_FILES]
