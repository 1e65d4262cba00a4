"""Solution catalogues for the deployment planner: the bundled one and the user's CSV/XLSX.

A catalogue has one row per solution with the columns ``id, name_ko, name_en,
category, cost, value`` and optionally ``source, need, max_units, min_units,
requires, excludes`` (lists separated by ``;``). Korean headers are accepted
(``분야`` for category, ``비용``/``단가`` for cost ...), numbers may carry
thousands separators (``"1,500"``), files may be UTF-8 (with or without BOM)
or CP949, and title lines above the header are skipped as in KOSIS exports.
Bad rows give one :class:`~smartzone.layers.errors.SchemaError` that names the
file, the row (as numbered in a spreadsheet) and the value.
"""
from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

from smartzone.layers.encoding import decode_text
from smartzone.layers.errors import ExportError, LayerReadError, SchemaError
from smartzone.layers.tables import _read_csv_rows, _read_xlsx_rows, _to_number
from smartzone.scoring.planner.model import (
    CATEGORIES,
    CATEGORY_LABELS,
    Catalogue,
    PlanError,
    Solution,
)

__all__ = ["CATALOGUE_COLUMNS", "default_catalogue_path", "read_catalogue", "write_catalogue"]

#: Columns in the order the bundled catalogue and :func:`write_catalogue` use.
CATALOGUE_COLUMNS = ("id", "name_ko", "name_en", "category", "cost", "value", "source", "need",
                     "max_units", "min_units", "requires", "excludes")
_REQUIRED = ("id", "category", "cost")
_ALIASES = {
    "아이디": "id", "솔루션id": "id", "코드": "id",
    "이름": "name_ko", "솔루션명": "name_ko", "국문명": "name_ko", "name": "name_en", "영문명": "name_en",
    "분야": "category", "범주": "category",
    "비용": "cost", "단가": "cost", "사업비": "cost", "cost_100m_krw": "cost", "cost_eok": "cost",
    "가치": "value", "중요도": "value", "출처": "source", "수요지표": "need", "need_drivers": "need",
    "최대수량": "max_units", "units": "max_units", "최소수량": "min_units",
    "선행": "requires", "prerequisites": "requires", "배타": "excludes", "exclusive": "excludes",
}
_MAX_ERRORS = 8


def default_catalogue_path() -> Path:
    """The bundled catalogue (``resources/catalogue/solutions.csv``)."""
    from importlib.resources import files

    return Path(str(files("smartzone.resources") / "catalogue" / "solutions.csv"))


def _category(text: str) -> str | None:
    t = text.strip()
    low = t.lower().replace("-", "_").replace(" ", "_")
    if low in CATEGORIES:
        return low
    for cid, (ko, en) in CATEGORY_LABELS.items():
        if t == ko or low == en.replace(" ", "_"):
            return cid
    return None


def _header(rows: list[list[str]], path: Path) -> tuple[int, dict[str, int]]:
    for i, row in enumerate(rows[:30]):
        names = [str(c or "").strip().lstrip("\ufeff").lower() for c in row]
        mapped = {_ALIASES.get(n, n): j for j, n in reversed(list(enumerate(names))) if n}
        if all(k in mapped for k in _REQUIRED):
            return i, mapped
    raise SchemaError(
        f"'{path}': no header row with the columns id, category and cost was found in the first 30 rows. "
        f"A catalogue needs at least: {', '.join(CATALOGUE_COLUMNS[:6])}.",
        key="catalogue_no_header", path=path
    )


def _cell(row: list[Any], j: int | None) -> str:
    if j is None or j >= len(row) or row[j] is None:
        return ""
    v = row[j]
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def read_catalogue(path: str | Path, *, encoding: str | None = None, sheet: str | int | None = None) -> Catalogue:
    """Read a solution catalogue from CSV (UTF-8 or CP949) or XLSX.

    Raises
    ------
    LayerReadError
        Missing or unreadable file, unsupported format.
    EncodingError
        Neither UTF-8 nor CP949 text.
    SchemaError
        No header, or bad rows (each named by file, row and value; up to eight listed).
    """
    path = Path(path)
    if not path.exists():
        raise LayerReadError(f"Catalogue not found: '{path}'. Check the path and file name.",
            key="file_not_found", path=path)
    if path.is_dir():
        raise LayerReadError(f"'{path}' is a folder, not a CSV or XLSX catalogue.",
            key="folder_not_catalogue", path=path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        raw_rows, _ = _read_xlsx_rows(path, sheet)
        rows = [[("" if v is None else v) for v in r] for r in raw_rows]
    elif suffix == ".xls":
        raise LayerReadError(f"'{path}' is an old Excel (.xls) workbook. Save it as .xlsx or CSV and try again.",
            key="old_excel", path=path)
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LayerReadError(f"Cannot read '{path}': {exc.strerror or exc}.",
                key="file_unreadable", path=path, detail=exc.strerror or str(exc)) from exc
        text, _ = decode_text(raw, path, encoding)
        rows = _read_csv_rows(text, path)
    h, cols = _header(rows, path)
    solutions: list[Solution] = []
    errors: list[str] = []
    problems: list[dict[str, Any]] = []  # each bad row's key and values, worded per language by the app
    for i in range(h + 1, len(rows)):
        row = rows[i]
        if not any(_cell(row, j) for j in range(len(row))):
            continue
        line = i + 1
        sid = _cell(row, cols.get("id"))
        where = f"row {line}" + (f" (solution '{sid}')" if sid else "")
        try:
            solutions.append(_solution(row, cols, sid, where))
        except (SchemaError, PlanError) as exc:
            errors.append(str(exc))
            problems.append({**exc.params, "key": exc.key or "row_invalid", "line": line, "id": sid,
                             "detail": str(exc)})
    if errors:
        more = f" ... and {len(errors) - _MAX_ERRORS} more" if len(errors) > _MAX_ERRORS else ""
        raise SchemaError(f"'{path}': " + "; ".join(errors[:_MAX_ERRORS]) + more
                          + ". Fix these rows and load the catalogue again.",
            key="catalogue_rows", path=path, rows="; ".join(errors[:_MAX_ERRORS]),
            problems=problems[:_MAX_ERRORS], more=max(0, len(errors) - _MAX_ERRORS))
    if not solutions:
        raise SchemaError(f"'{path}' has a header but no solution rows.", key="catalogue_empty", path=path)
    try:
        return Catalogue(tuple(solutions))
    except PlanError as exc:
        raise SchemaError(f"'{path}': {exc}", key=exc.key, **{**exc.params, "path": path}) from None


def _number(text: str, where: str, column: str, *, positive: bool = True, integer: bool = False,
            default: float | None = None) -> float:
    if text == "" and default is not None:
        return default
    v = _to_number(text)
    if v is None or (isinstance(v, float) and math.isnan(v)):
        raise SchemaError(f"{where}: {column} {text!r} is not a number", key="row_not_number", column=column,
                          text=text)
    if positive and v <= 0:
        raise SchemaError(f"{where}: {column} {text!r} must be more than 0"
                          + (" (in 100M KRW)" if column == "cost" else ""), key="row_not_positive", column=column, text=text)
    if integer and not float(v).is_integer():
        raise SchemaError(f"{where}: {column} {text!r} must be a whole number", key="row_not_whole", column=column,
                          text=text)
    return v


def _list(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.replace("|", ";").split(";") if p.strip())


def _solution(row: list[Any], cols: dict[str, int], sid: str, where: str) -> Solution:
    if not sid:
        raise SchemaError(f"{where}: the id is empty", key="row_no_id")
    raw_cat = _cell(row, cols.get("category"))
    category = _category(raw_cat)
    if category is None:
        raise SchemaError(f"{where}: unknown category {raw_cat!r} (use one of {', '.join(CATEGORIES)})",
                          key="row_unknown_category", text=raw_cat, categories=list(CATEGORIES))
    cost = _number(_cell(row, cols.get("cost")), where, "cost")
    value = _number(_cell(row, cols.get("value")), where, "value", default=1.0)
    max_units = _number(_cell(row, cols.get("max_units")), where, "max_units", integer=True, default=1)
    min_units = _number(_cell(row, cols.get("min_units")), where, "min_units", integer=True, default=1)
    try:
        return Solution(
            id=sid, name_ko=_cell(row, cols.get("name_ko")) or sid,
            name_en=_cell(row, cols.get("name_en")) or sid, category=category, cost=cost, value=value,
            source=_cell(row, cols.get("source")), need=_list(_cell(row, cols.get("need"))),
            max_units=int(max_units), min_units=int(min_units),
            requires=_list(_cell(row, cols.get("requires"))), excludes=_list(_cell(row, cols.get("excludes"))),
        )
    except PlanError as exc:
        raise SchemaError(f"{where}: {exc}", key=exc.key, **exc.params) from None


def catalogue_rows(catalogue: Catalogue) -> list[list[str]]:
    """The catalogue as text rows under :data:`CATALOGUE_COLUMNS` (for CSV and the app's table)."""
    out = []
    for s in catalogue.solutions:
        out.append([s.id, s.name_ko, s.name_en, s.category, f"{s.cost:g}", f"{s.value:g}", s.source,
                    ";".join(s.need), str(s.max_units), str(s.min_units), ";".join(s.requires),
                    ";".join(s.excludes)])
    return out


def write_catalogue(catalogue: Catalogue, path: str | Path, *, overwrite: bool = False) -> Path:
    """Write ``catalogue`` as UTF-8 CSV with BOM (Excel shows Korean), atomically."""
    from smartzone.layers.atomic import folder_error, write_text_atomic

    path = Path(path)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CATALOGUE_COLUMNS)
    writer.writerows(catalogue_rows(catalogue))
    try:  # exists() too can fail (a name too long for the folder)
        exists = path.exists()
    except OSError as exc:
        raise folder_error(f"Cannot write '{path}': {exc.strerror or exc}.", path.parent, exc) from exc
    if exists and not overwrite:
        raise ExportError(f"Refusing to overwrite '{path}'; choose another name or pass overwrite=True.",
                          key="export_exists", path=path, files=[path.name])
    try:
        write_text_atomic(path, buf.getvalue(), encoding="utf-8-sig")
    except OSError as exc:
        raise folder_error(f"Cannot write '{path}': {exc.strerror or exc}.", path.parent, exc) from exc
    return path
