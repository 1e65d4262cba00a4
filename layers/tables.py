"""Indicator tables (CSV / XLSX, KOSIS style) keyed by Korean admin codes, and their join.

KOSIS exports put title lines above the header, use Korean column names,
store codes as text, write numbers with thousands separators (``"1,234"``),
mark missing values with ``-`` and come in CP949 or UTF-8 (with or without a
byte-order mark). :func:`read_table` copes with all of that and returns a
frame indexed by the normalised admin code; :func:`join_indicators` left-joins
it onto a :class:`~smartzone.layers.vector.DistrictLayer` and reports the
codes that did not match on either side.
"""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from numbers import Integral, Real
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from smartzone.layers._guard import guard
from smartzone.layers.encoding import EncodingResult, decode_text
from smartzone.layers.errors import JoinError, LayerReadError, SchemaError
from smartzone.layers.notes import ReadingNote
from smartzone.layers.paths import check_input_path

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from smartzone.layers.codes import CodeMatchReport
    from smartzone.layers.vector import DistrictLayer

__all__ = [
    "CODE_COLUMN_CANDIDATES",
    "IndicatorTable",
    "JoinReport",
    "code_level",
    "join_indicators",
    "looks_like_code",
    "normalize_code",
    "normalize_codes",
    "read_table",
]

# Column names that usually hold the admin code (compared case-insensitively).
CODE_COLUMN_CANDIDATES = (
    "code", "adm_cd", "adm_code", "adm2_code", "adm3_code", "sig_cd", "emd_cd", "adm_dr_cd",
    "sgg_cd", "sigungu_cd", "adm_sect_c", "sido_cd", "c1", "코드", "행정구역코드", "행정기관코드",
    "행정동코드", "법정동코드",
    "시군구코드", "읍면동코드",
)  # fmt: skip
_CODE_LENGTHS = frozenset({2, 5, 7, 8, 10})
_MISSING_MARKERS = frozenset(
    {"", "-", "−", "–", "—", "…", "...", "x", "X", "na", "NA", "n/a", "N/A", "nan", "NaN", "*", "."}
)
_SCI = re.compile(r"^[+-]?\d+(\.\d+)?[eE][+-]?\d+$")
_INT_FLOAT = re.compile(r"^(\d+)\.0*$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_MAX_HEADER_SCAN = 60


# --------------------------------------------------------------------------- codes


def normalize_code(value: Any, width: int | None = None) -> str:
    """Return an admin code as a clean string.

    ``11010``, ``"11010"``, ``11010.0``, ``"11010.0"``, ``" '11010 "``,
    ``'="11010"'`` (Excel text formula) and ``"1.101E+04"`` all give
    ``"11010"``. Leading zeros in strings are kept; ``width`` pads shorter
    numeric codes with zeros on the left (it never truncates).

    Parameters
    ----------
    value : int, float, str, bytes or Decimal
        The raw code as read from a file.
    width : int, optional
        Total number of digits the code should have.

    Returns
    -------
    str

    Raises
    ------
    SchemaError
        If the value is missing (None / NaN) or a non-integral number.
    """
    text = _normalize_or_none(value)
    if text is None:
        raise SchemaError(f"Admin code is missing or not a code: {value!r}.", key="code_invalid", value=repr(value)[:40])
    if width is not None and text.isdigit() and len(text) < width:
        text = text.zfill(width)
    return text


def _normalize_or_none(value: Any) -> str | None:
    """Normalise one code; None when missing or a non-integral number."""
    number: float | Decimal
    if value is None or value is pd.NA or isinstance(value, bool):
        return None
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, Real):
        number = float(value)
        if math.isnan(number) or not number.is_integer():
            return None
        return str(int(number))
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else None
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    text = str(value).strip().replace("\u00a0", "")
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1]
    text = text.strip().strip("'\"").strip()
    if not text or text.lower() in {"nan", "none", "null", "<na>"}:
        return None
    match = _INT_FLOAT.match(text)
    if match:
        return match.group(1)
    if _SCI.match(text):
        try:
            number = Decimal(text)
        except InvalidOperation:
            return text
        return str(int(number)) if number == number.to_integral_value() else None
    return text


def normalize_codes(values: Iterable[Any], width: int | None = None) -> pd.Series:
    """Vectorised :func:`normalize_code`: missing values become ``None`` instead of raising.

    Parameters
    ----------
    values : iterable
        Raw codes (a Series keeps its index).
    width : int, optional
        Zero-pad numeric codes to this many digits.

    Returns
    -------
    pandas.Series of object (str or None)
    """
    index = values.index if isinstance(values, pd.Series) else None
    cache: dict[Any, str | None] = {}
    out: list[str | None] = []
    for value in values:
        try:
            key = (type(value), value)
            hash(key)
        except TypeError:
            key = None
        if key is not None and key in cache:
            out.append(cache[key])
            continue
        text = _normalize_or_none(value)
        if text is not None and width is not None and text.isdigit() and len(text) < width:
            text = text.zfill(width)
        if key is not None and not (isinstance(value, float) and math.isnan(value)):
            cache[key] = text
        out.append(text)
    return pd.Series(out, index=index, dtype=object)


def looks_like_code(text: str | None) -> bool:
    """Tell whether a normalised value looks like a Korean admin code (2/5/7/8/10 digits)."""
    return bool(text) and text.isdigit() and len(text) in _CODE_LENGTHS  # type: ignore[union-attr, arg-type]


def code_level(codes: Iterable[str]) -> str:
    """Return the administrative level implied by the codes' length.

    Parameters
    ----------
    codes : iterable of str
        Normalised codes.

    Returns
    -------
    str
        ``"sido"`` (2 digits), ``"sigungu"`` (5 digits, or 10-digit MOIS codes
        ending in ``00000``), ``"emd"`` (7, 8 or 10 digits) or ``"unknown"``,
        decided by the most common length.
    """
    lengths: dict[int, int] = {}
    ten_digit_sigungu = True
    for code in codes:
        lengths[len(code)] = lengths.get(len(code), 0) + 1
        if len(code) == 10 and not code.endswith("00000"):
            ten_digit_sigungu = False
    if not lengths:
        return "unknown"
    common = max(lengths, key=lambda n: lengths[n])
    if common == 2:
        return "sido"
    if common == 5:
        return "sigungu"
    if common == 10:
        return "sigungu" if ten_digit_sigungu else "emd"
    if common in (7, 8):
        return "emd"
    return "unknown"


# --------------------------------------------------------------------------- reading


@dataclass
class IndicatorTable:
    """An indicator table keyed by admin code.

    Attributes
    ----------
    frame : pandas.DataFrame
        Indexed by the normalised code (``str``, index name ``"code"``);
        numeric columns are ``float64`` (missing = NaN), others text.
    path : str
        The file read.
    encoding : str
        Codec used (``"cp949"``, ``"utf-8"``, ``"utf-8-sig"``; ``"xlsx"`` for Excel).
    encoding_source : str
        How the encoding was decided (see :class:`~smartzone.layers.encoding.EncodingResult`).
    code_column : str
        The column of the file that holds the codes.
    header_row : int
        0-based row of the (last) header line in the file.
    skipped_rows : int
        Title lines above the header that were skipped.
    numeric_columns, text_columns : list of str
        Column names by kind.
    name_column : str or None
        First text column (usually the district name), if any.
    dropped_rows : int
        Data rows without a usable code (footnotes, blank lines).
    sheet : str or None
        Sheet name for XLSX files.
    warnings : list of str
        Things the user should know.
    """

    frame: pd.DataFrame
    path: str
    encoding: str
    encoding_source: str
    code_column: str
    header_row: int = 0
    skipped_rows: int = 0
    numeric_columns: list[str] = field(default_factory=list)
    text_columns: list[str] = field(default_factory=list)
    name_column: str | None = None
    dropped_rows: int = 0
    sheet: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        """Admin codes in file order."""
        return [str(c) for c in self.frame.index]

    @property
    def level(self) -> str:
        """Administrative level implied by the codes (see :func:`code_level`)."""
        return code_level(self.codes)

    def summary(self) -> str:
        """One paragraph for logs and the app's message bar."""
        return (
            f"{Path(self.path).name}: {len(self.frame)} rows keyed by '{self.code_column}', "
            f"{len(self.numeric_columns)} numeric columns, encoding {self.encoding} "
            f"({self.encoding_source}), header on line {self.header_row + 1}"
            + (f", {self.skipped_rows} title lines skipped" if self.skipped_rows else "")
            + (f", {self.dropped_rows} rows without code dropped" if self.dropped_rows else "")
            + "."
        )


@guard("Indicator table")
def read_table(
    path: str | Path,
    *,
    code_column: str | None = None,
    encoding: str | None = None,
    sheet: str | int | None = None,
    width: int | None = None,
) -> IndicatorTable:
    """Read a CSV/TSV or XLSX indicator table keyed by admin code.

    Parameters
    ----------
    path : str or Path
        ``.csv``, ``.tsv``, ``.txt`` or ``.xlsx``/``.xlsm``.
    code_column : str, optional
        Header of the code column; by default a column named like a code
        (``코드``, ``code``, ``adm_cd`` ...) whose values look like codes, else
        the first column whose values look like admin codes.
    encoding : str, optional
        Text encoding of a CSV; detected when omitted (UTF-8 with or without
        BOM, else CP949).
    sheet : str or int, optional
        XLSX sheet name or 0-based index; the first sheet by default.
    width : int, optional
        Zero-pad numeric codes to this many digits.

    Returns
    -------
    IndicatorTable

    Raises
    ------
    LayerReadError
        Missing or unreadable file, unsupported format, unknown sheet.
    EncodingError
        Text that is neither UTF-8 nor CP949 (or not the given encoding).
    SchemaError
        No header, no code column, or duplicate codes.
    """
    path = check_input_path(path, "Indicator table")
    if not path.exists():
        raise LayerReadError(f"Indicator table not found: '{path}'. Check the path and file name.",
            key="file_not_found", path=path)
    if path.is_dir():
        raise LayerReadError(f"'{path}' is a folder, not a CSV or XLSX indicator table.",
            key="folder_not_table", path=path)
    suffix = path.suffix.lower()
    sheet_name: str | None = None
    if suffix in (".xlsx", ".xlsm"):
        rows, sheet_name = _read_xlsx_rows(path, sheet)
        enc = EncodingResult("xlsx", "format")
    elif suffix == ".xls":
        raise LayerReadError(
            f"'{path}' is an old Excel 97-2003 (.xls) workbook. Save it as .xlsx or CSV and try again.",
            key="old_excel", path=path
        )
    else:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise LayerReadError(f"Cannot read '{path}': {exc.strerror or exc}.",
                key="file_unreadable", path=path, detail=exc.strerror or str(exc)) from exc
        text, enc = decode_text(raw, path, encoding)
        rows = _read_csv_rows(text, path)
    return _build_table(rows, path, enc, code_column, width, sheet_name)


def _read_xlsx_rows(path: Path, sheet: str | int | None) -> tuple[list[list[Any]], str]:
    import openpyxl  # lazy: only needed for Excel files
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise LayerReadError(f"Cannot open '{path}' as an Excel workbook: {exc}.",
            key="excel_unreadable", path=path, detail=str(exc)) from exc
    try:
        names = book.sheetnames
        if sheet is None:
            name = names[0]
        elif isinstance(sheet, int):
            if not 0 <= sheet < len(names):
                raise LayerReadError(
                    f"'{path}' has no sheet number {sheet}; it has {len(names)}: {', '.join(names)}.",
                    key="no_such_sheet", path=path, sheet=sheet, sheets=names
                )
            name = names[sheet]
        else:
            if sheet not in names:
                raise LayerReadError(
                    f"'{path}' has no sheet '{sheet}'. Sheets: {', '.join(names)}.",
                    key="no_such_sheet", path=path, sheet=sheet, sheets=names
                )
            name = sheet
        rows = [list(r) for r in book[name].iter_rows(values_only=True)]
    finally:
        book.close()
    return rows, name


def _read_csv_rows(text: str, path: Path) -> list[list[Any]]:
    sample = text.splitlines()[:_MAX_HEADER_SCAN]
    best, best_width = ",", 0
    for delimiter in (",", "\t", ";", "|"):
        widths = [len(r) for r in csv.reader(sample, delimiter=delimiter) if len(r) > 1]
        width = max(set(widths), key=widths.count) if widths else 0
        if width > best_width:
            best, best_width = delimiter, width
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=best))
    except csv.Error as exc:
        raise LayerReadError(f"'{path}' is not a readable CSV file: {exc}.",
            key="csv_unreadable", path=path, detail=str(exc)) from exc


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _find_header(
    texts: list[list[str]], code_column: str | None, path: Path
) -> tuple[int, int, int]:
    """Return (first header row, last header row, code column index or -1)."""

    def filled(row: list[str]) -> int:
        return sum(1 for c in row if c)

    def is_code(row: list[str], j: int) -> bool:
        return j < len(row) and looks_like_code(_normalize_or_none(row[j]))

    def header_top(last: int) -> int:
        # Header lines directly above (multi-line KOSIS headers), not title lines.
        need = max(2, filled(texts[last]) // 2)
        top = last
        while top > 0 and filled(texts[top - 1]) >= need:
            top -= 1
        return top

    if code_column is not None:
        for i, row in enumerate(texts[:_MAX_HEADER_SCAN]):
            if code_column in row:
                return header_top(i), i, row.index(code_column)
        # Maybe a name joined from several header lines: found after detection.
    # A header cell named like a code column ("code", "행정구역코드" ...) above digits.
    for i, row in enumerate(texts[:_MAX_HEADER_SCAN]):
        for j, cell in enumerate(row):
            if cell.lower().replace(" ", "") not in CODE_COLUMN_CANDIDATES:
                continue
            below = [r for r in texts[i + 1 : i + 8] if filled(r) >= 2][:5]
            values = [_normalize_or_none(r[j]) if j < len(r) else None for r in below]
            if below and all(v is not None and v.isdigit() for v in values):
                return header_top(i), i, j
    # Else the data start at the first row (below some header) with a code-like cell
    # whose column keeps holding codes in the next rows: this skips header
    # cells such as age groups "10", "20".
    first = -1
    for i in range(1, min(len(texts), _MAX_HEADER_SCAN * 10)):
        row = texts[i]
        if filled(row) < 2:
            continue
        following = [r for r in texts[i + 1 : i + 8] if filled(r) >= 2][:5]
        for j in range(len(row)):
            if is_code(row, j) and all(is_code(r, j) for r in following):
                first = i
                break
        if first >= 0:
            break
    if first < 0:
        raise SchemaError(
            f"Found no admin codes (2, 5, 7, 8 or 10 digits) in '{path}'. The table needs a "
            f"column of admin codes; if it has one, name it with code_column=.",
            key="no_codes_found", path=path
        )
    if filled(texts[first - 1]) < 2:
        raise SchemaError(f"'{path}' has no header line above its first data row ({first + 1}).",
            key="no_header", path=path, row=first + 1)
    return header_top(first - 1), first - 1, -1


def _pick_code_column(
    header: list[str], data: list[list[str]], path: Path
) -> int:
    rows = [row for row in data[:500] if sum(1 for c in row if c) >= 2]  # not footnotes

    def share(j: int) -> float:
        values = [_normalize_or_none(row[j]) if j < len(row) else None for row in rows]
        values = [v for v in values if v is not None]
        return sum(looks_like_code(v) for v in values) / len(values) if values else 0.0

    names = [h.strip().lower().replace(" ", "") for h in header]
    for j, name in enumerate(names):
        if (name in CODE_COLUMN_CANDIDATES or "코드" in name or "code" in name) and share(j) >= 0.8:
            return j
    for j in range(len(header)):
        if share(j) >= 0.9:
            return j
    raise SchemaError(
        f"No column of '{path}' holds admin codes. Columns: {', '.join(header)}. "
        f"Pass code_column= to name it.",
        key="no_code_column", path=path, columns=header
    )


def _header_names(rows: list[list[str]], n_cols: int) -> list[str]:
    names: list[str] = []
    for j in range(n_cols):
        parts: list[str] = []
        for row in rows:
            cell = row[j] if j < len(row) else ""
            if cell and (not parts or parts[-1] != cell):
                parts.append(cell)
        names.append(" ".join(parts) or f"column_{j + 1}")
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        unique.append(name)
    return unique


def _to_number(value: Any) -> float | None:
    """Return a float, NaN for missing markers, or None if the value is not numeric."""
    if value is None:
        return math.nan
    if isinstance(value, bool):
        return None
    if isinstance(value, Real):
        return float(value)
    text = str(value).strip()
    if text in _MISSING_MARKERS:
        return math.nan
    text = text.replace(",", "").replace(" ", "").replace("\u00a0", "").rstrip("%")
    if _NUMBER.match(text):
        return float(text)
    return None


_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,(\d{1,2}|\d{4,})$")


def _convert_column(values: list[Any]) -> tuple[np.ndarray | None, int]:
    numbers, present, bad = _convert_lenient(values)
    return (None, 0) if bad else (numbers, present)


def _is_decimal_comma_column(values: list[Any]) -> bool:
    """``0,60`` / ``12,5``: a comma not followed by a group of three digits, and no points."""
    texts = [str(v).strip() for v in values if isinstance(v, str)]
    return any(_DECIMAL_COMMA.match(t) for t in texts) and not any("." in t for t in texts)


def _convert_lenient(values: list[Any]) -> tuple[np.ndarray, int, list[int]]:
    """Numbers (NaN for missing markers), how many are present, positions that are not numbers."""
    numbers = np.full(len(values), np.nan, dtype="float64")
    present = 0
    bad: list[int] = []
    for i, value in enumerate(values):
        number = _to_number(value)
        if number is None:
            bad.append(i)
            continue
        numbers[i] = number
        present += not math.isnan(number)
    return numbers, present, bad


#: A column stays numeric when at most this share of its filled cells (and at most
#: :data:`_MAX_STRAY_CELLS`) are text; those cells become missing values, each reported.
_MAX_STRAY_SHARE = 0.1
_MAX_STRAY_CELLS = 5


def _build_table(
    rows: list[list[Any]],
    path: Path,
    enc: EncodingResult,
    code_column: str | None,
    width: int | None,
    sheet: str | None,
) -> IndicatorTable:
    nul_cells = sum(1 for row in rows for c in row if isinstance(c, str) and "\x00" in c)
    if nul_cells:  # a NUL byte would rename a column or turn numbers into text
        rows = [[c.replace("\x00", "") if isinstance(c, str) else c for c in row] for row in rows]
    texts = [[_cell_text(c) for c in row] for row in rows]
    if not any(any(row) for row in texts):
        raise SchemaError(f"'{path}' is empty.", key="table_empty", path=path)
    top, last, code_idx = _find_header(texts, code_column, path)
    n_cols = max(len(r) for r in texts[top : last + 1] + texts[last + 1 : last + 200])
    header = _header_names(texts[top : last + 1], n_cols)
    data_rows = rows[last + 1 :]
    data_texts = texts[last + 1 :]
    if code_idx < 0 and code_column is not None:
        if code_column not in header:
            raise SchemaError(
                f"'{path}' has no column named '{code_column}'. Columns: {', '.join(header)}.",
                key="no_such_column", path=path, column=code_column, columns=header
            )
        code_idx = header.index(code_column)
    elif code_idx < 0:
        code_idx = _pick_code_column(header, data_texts, path)
    codes_raw = [row[code_idx] if code_idx < len(row) else None for row in data_rows]
    codes = normalize_codes(codes_raw, width)
    keep = [
        i for i, c in enumerate(codes) if c is not None and c.isdigit()
    ]
    dropped = sum(1 for row in data_texts if any(row)) - len(keep)
    columns: dict[str, Any] = {}
    numeric: list[str] = []
    text_cols: list[str] = []
    warnings: list[str] = []
    if nul_cells:
        warnings.append(ReadingNote(
            "nul_bytes", f"'{path}': {nul_cells} cell(s) held NUL bytes (a damaged export); the "
            "NUL bytes were removed. Check the table against its source.", path=str(path), count=nul_cells))
    for j, name in enumerate(header):
        if j == code_idx:
            continue
        values = [data_rows[i][j] if j < len(data_rows[i]) else None for i in keep]
        if _is_decimal_comma_column(values):
            values = [v.strip().replace(",", ".") if isinstance(v, str) else v for v in values]
            warnings.append(ReadingNote(
                "decimal_commas", f"'{path}', column '{name}': decimal commas (e.g. 0,60) were read as "
                "decimal points (0.60).", path=str(path), column=str(name)))
        converted, present = _convert_column(values)
        if converted is None:
            lenient, n_ok, bad = _convert_lenient(values)
            filled = n_ok + len(bad)
            if n_ok >= 2 and len(bad) <= _MAX_STRAY_CELLS and len(bad) <= _MAX_STRAY_SHARE * filled:
                cells = "; ".join(f"row {last + 2 + keep[i]} ({codes[keep[i]]}): {str(values[i])!r}"
                                  for i in bad)
                warnings.append(ReadingNote(
                    "stray_cells", f"'{path}', column '{name}': {len(bad)} cell(s) are not numbers and "
                    f"were read as missing values: {cells}. Fix them in the file if they hold real values.",
                    path=str(path), column=str(name), count=len(bad),
                    cells=[(last + 2 + keep[i], codes[keep[i]], str(values[i])) for i in bad]))
                converted, present = lenient, n_ok
            elif n_ok >= 2 and n_ok >= filled / 2:
                shown = "; ".join(f"row {last + 2 + keep[i]}: {str(values[i])!r}" for i in bad[:3])
                warnings.append(ReadingNote(
                    "text_column", f"'{path}', column '{name}' is read as text: {len(bad)} of its "
                    f"{filled} cells are not numbers (e.g. {shown}).",
                    path=str(path), column=str(name), count=len(bad), total=filled,
                    examples=[(last + 2 + keep[i], str(values[i])) for i in bad[:3]]))
        if converted is not None and present > 0:
            columns[name] = converted
            numeric.append(name)
        elif converted is not None:
            continue  # an entirely empty column (e.g. trailing separator)
        else:
            columns[name] = pd.array([_cell_text(v) or None for v in values], dtype="str")
            text_cols.append(name)
    index = pd.Index([codes[i] for i in keep], name="code", dtype="str")
    frame = pd.DataFrame(columns, index=index)
    duplicated = index[index.duplicated()].unique().tolist()
    if duplicated:
        shown = ", ".join(duplicated[:5]) + (" ..." if len(duplicated) > 5 else "")
        raise SchemaError(
            f"'{path}' lists {len(duplicated)} admin code(s) more than once ({shown}). "
            f"An indicator table needs one row per district: filter one year or pivot the table.",
            key="duplicate_table_codes", path=path, count=len(duplicated), shown=shown
        )
    if dropped:
        warnings.append(ReadingNote(
            "rows_without_code", f"{dropped} row(s) without an admin code were ignored (footnotes, totals).",
            count=dropped))
    if not numeric:
        warnings.append(ReadingNote("no_numeric_columns", f"'{path}' has no numeric indicator columns.",
                                    path=str(path)))
    return IndicatorTable(
        frame=frame,
        path=str(path),
        encoding=enc.encoding,
        encoding_source=enc.source,
        code_column=header[code_idx],
        header_row=last,
        skipped_rows=top,
        numeric_columns=numeric,
        text_columns=text_cols,
        name_column=text_cols[0] if text_cols else None,
        dropped_rows=dropped,
        sheet=sheet,
        warnings=warnings,
    )


# --------------------------------------------------------------------------- join


@dataclass
class JoinReport:
    """Result of :func:`join_indicators`.

    Attributes
    ----------
    layer : DistrictLayer
        A new layer whose frame carries the table's columns (NaN where unmatched).
    matched : int
        Districts of the layer that found a table row.
    unmatched_table : list of str
        Table codes with no district in the layer (e.g. 시도 totals, old codes).
    unmatched_layer : list of str
        District codes with no table row.
    columns : list of str
        Columns added to the layer (after renaming clashes).
    renamed : dict
        Table column -> new name, for names the layer already used.
    padded : int
        Table codes that matched only after zero-padding to the layer's width.
    code_match : CodeMatchReport or None
        How the table's codes met the layer's: census codes or 행정표준코드
        (translated through the crosswalk), names checked when the table has a
        name column; mismatched rows are not joined.
    warnings : list of str
        :class:`~smartzone.layers.notes.ReadingNote` for the user: codes translated
        through the crosswalk (or mismatched by name), codes of an ambiguous system.
    """

    layer: DistrictLayer
    matched: int
    unmatched_table: list[str]
    unmatched_layer: list[str]
    columns: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)
    padded: int = 0
    code_match: CodeMatchReport | None = None
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for logs and the app's message bar."""
        n = len(self.layer.frame)
        text = f"{self.matched} of {n} districts matched"
        if self.unmatched_layer:
            text += f"; {len(self.unmatched_layer)} without data ({_sample(self.unmatched_layer)})"
        if self.unmatched_table:
            text += (
                f"; {len(self.unmatched_table)} table rows not on the map "
                f"({_sample(self.unmatched_table)})"
            )
        text += "."
        if self.code_match is not None and (
            self.code_match.source_system != self.code_match.target_system
            or self.code_match.counts["mismatched"]
        ):
            text += "\n" + "\n".join(self.code_match.summary_lines())
        return text


def _sample(codes: Sequence[str], k: int = 5) -> str:
    return ", ".join(codes[:k]) + (" ..." if len(codes) > k else "")


def join_indicators(
    layer: DistrictLayer, table: IndicatorTable, *, columns: Sequence[str] | None = None
) -> JoinReport:
    """Left-join an indicator table onto a district layer by admin code.

    Parameters
    ----------
    layer : DistrictLayer
        Districts; its ``code`` column is the key. The layer is not modified.
    table : IndicatorTable
        Indexed by normalised code.
    columns : sequence of str, optional
        Table columns to join; all by default.

    Returns
    -------
    JoinReport

    Raises
    ------
    JoinError
        If a requested column is missing, or no code matches at all (usually
        tables and layers of different levels or code systems).
    """
    data = table.frame
    if columns is not None:
        missing = [c for c in columns if c not in data.columns]
        if missing:
            raise JoinError(
                f"Column(s) {', '.join(missing)} are not in '{table.path}'. "
                f"Available: {', '.join(map(str, data.columns))}.",
                key="join_missing_columns", path=table.path, columns=missing, available=list(map(str, data.columns))
            )
        data = data[list(columns)]
    layer_codes = layer.frame["code"].astype(str)
    layer_set = set(layer_codes)
    widths = {len(c) for c in layer_set}
    padded = 0
    table_codes = [str(c) for c in data.index]
    if len(widths) == 1:
        target = widths.pop()
        fixed = []
        for code in table_codes:
            if code not in layer_set and code.isdigit() and len(code) < target:
                candidate = code.zfill(target)
                if candidate in layer_set:
                    code = candidate
                    padded += 1
            fixed.append(code)
        table_codes = fixed
    code_match = _match_table_codes(table, data, table_codes, layer)
    if code_match is not None:
        mapping = code_match.mapping
        keep = [c in mapping for c in table_codes]
        unusable = [c for c, k in zip(table_codes, keep, strict=True) if not k]
        data = data[np.asarray(keep, dtype=bool)]
        table_codes = [mapping[c] for c in table_codes if c in mapping]
    else:
        unusable = []
    data = data.set_axis(pd.Index(table_codes, name="code", dtype="str"), axis=0)
    table_set = set(table_codes)
    matched = int(layer_codes.isin(table_set).sum())
    if matched == 0:
        raise JoinError(
            f"No admin code of '{table.path}' matches the district layer '{layer.path}'. "
            f"Table codes look like {_sample(table_codes, 3)} ({table.level}); layer codes look "
            f"like {_sample(list(layer_codes), 3)} ({layer.level}). Use a table of the same "
            f"level and code system (census codes vs. 10-digit administrative codes).",
            key="join_no_match", path=table.path, layer_path=layer.path
        )
    taken = set(layer.frame.columns)
    renamed = {c: f"{c}_table" for c in data.columns if c in taken or c in ("code", "geometry")}
    data = data.rename(columns=renamed)
    frame = layer.frame.join(data, on="code", how="left")
    unmatched_layer = [c for c in layer_codes if c not in table_set]
    unmatched_table = unusable + [c for c in table_codes if c not in layer_set]
    return JoinReport(
        warnings=_code_warnings(code_match, table.path),
        layer=replace(layer, frame=frame),
        matched=matched,
        unmatched_table=unmatched_table,
        unmatched_layer=unmatched_layer,
        columns=[str(c) for c in data.columns],
        renamed=renamed,
        padded=padded,
        code_match=code_match,
    )


def _code_warnings(match: CodeMatchReport | None, path: str) -> list[str]:
    """What the user must know of the codes' journey: translated, mismatched, ambiguous."""
    if match is None:
        return []
    from smartzone.layers.codes import SYSTEM_LABELS

    c = match.counts
    out: list[str] = []
    if match.source_system != match.target_system or c["translated"] or c["mismatched"]:
        out.append(ReadingNote(
            "codes_translated",
            f"'{path}': {SYSTEM_LABELS.get(match.source_system, match.source_system)}"
            + (f", translated to {SYSTEM_LABELS.get(match.target_system, match.target_system)} through "
               f"{match.crosswalk}" if c["translated"] else "")
            + f": matched {c['matched']}, translated {c['translated']}, mismatched {c['mismatched']} "
            f"(not joined), unmatched {c['unmatched']}.",
            path=path, source=match.source_system, target=match.target_system, crosswalk=match.crosswalk,
            **c))
    if match.ambiguous:
        out.append(ReadingNote(
            "codes_ambiguous",
            f"'{path}': these codes exist in more than one code system and the table has no name column; "
            f"read as {SYSTEM_LABELS.get(match.source_system, match.source_system)}. Add a name column "
            "(e.g. SIG_KOR_NM) so every match can be checked.", path=path, source=match.source_system))
    return out


def _match_table_codes(
    table: IndicatorTable, data: pd.DataFrame, codes: list[str], layer: DistrictLayer
) -> CodeMatchReport | None:
    """Match the table's codes to the layer's (crosswalk, names); None without a crosswalk."""
    from smartzone.layers.codes import load_crosswalk, match_codes

    if load_crosswalk() is None or "name" not in layer.frame.columns:
        return None
    layer_codes = [str(c) for c in layer.frame["code"]]
    layer_names = dict(zip(layer_codes, layer.frame["name"].astype(str), strict=False))
    names: list[str | None] | None = None
    if table.name_column and table.name_column in table.frame.columns:
        names = [None if pd.isna(v) else str(v) for v in table.frame[table.name_column]]
    report = match_codes(codes, names, layer_codes, layer_names)
    counts = report.counts
    if names is not None and counts["mismatched"] > counts["matched"] + counts["translated"]:
        # the first text column is not the district names (a unit, a category ...)
        report = match_codes(codes, None, layer_codes, layer_names)
    return report
