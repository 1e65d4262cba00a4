"""Read a panel of experts' AHP pairwise-comparison matrices (CSV or XLSX; Qt-free).

Each matrix is a square table with the criteria as its first column and as
its header, Saaty judgements (1/9 ... 9, fractions such as ``1/3`` allowed)
in the cells, an empty cell for a comparison the expert did not make. One
CSV file holds one expert's matrix; an XLSX workbook holds one expert per
sheet. :func:`smartzone.scoring.ahp.group_ahp` combines them (AIJ or AIP).
"""
from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from smartzone.scoring.errors import InputError

__all__ = ["ExpertMatrixError", "read_expert_matrices"]


class ExpertMatrixError(InputError):
    """A matrix file that cannot be read as a pairwise comparison matrix (the message says why)."""


def _cell(value: Any, where: str, source: str = "", row: str = "", column: str = "") -> float:
    if value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == "":
        return float("nan")
    text = str(value).strip().replace(" ", "")
    try:
        return float(Fraction(text)) if "/" in text else float(text)
    except (ValueError, ZeroDivisionError):
        raise ExpertMatrixError(f"{where}: {value!r} is not a judgement (use 1/9 … 9, e.g. 3 or 1/3).",
                                key="expert_matrix_cell", source=source, row=row, column=column,
                                value=str(value)) from None


def _matrix(frame: pd.DataFrame, where: str) -> pd.DataFrame:
    frame = frame.dropna(how="all").dropna(axis=1, how="all")
    if frame.shape[1] < 2:
        raise ExpertMatrixError(f"{where}: expected the criteria in the first column and the header.",
                                key="expert_matrix_layout", source=where)
    frame = frame.set_index(frame.columns[0])
    frame.index = [str(i).strip() for i in frame.index]
    frame.columns = [str(c).strip() for c in frame.columns]
    if frame.shape[0] != frame.shape[1]:
        raise ExpertMatrixError(
            f"{where}: {frame.shape[0]} rows but {frame.shape[1]} columns; a pairwise matrix is square.",
            key="expert_matrix_not_square", source=where, rows=int(frame.shape[0]), columns=int(frame.shape[1]))
    if set(frame.index) != set(frame.columns):
        raise ExpertMatrixError(f"{where}: the row names {list(frame.index)} differ from the column names "
                                f"{list(frame.columns)}.", key="expert_matrix_names", source=where,
                                rows=list(frame.index), columns=list(frame.columns))
    frame = frame.loc[:, list(frame.index)]
    values = [[_cell(v, f"{where}, row {r!r}, column {c!r}", where, str(r), str(c)) for c, v in row.items()]
              for r, row in frame.iterrows()]
    return pd.DataFrame(values, index=frame.index, columns=frame.columns)


def read_expert_matrices(paths: Sequence[str | Path]) -> list[pd.DataFrame]:
    """One labelled matrix per expert from CSV files (one each) and XLSX workbooks (one per sheet).

    Raises
    ------
    ExpertMatrixError
        A file that is missing, unreadable or not a square labelled matrix; the
        message names the file (and sheet, row and column).
    """
    out: list[pd.DataFrame] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_file():
            raise ExpertMatrixError(f"{path}: no such file.", key="file_not_found", path=str(path))
        try:
            if path.suffix.lower() in (".xlsx", ".xlsm"):
                sheets = pd.read_excel(path, sheet_name=None, header=0, dtype=object)
                for name, frame in sheets.items():
                    out.append(_matrix(frame, f"{path.name} [{name}]"))
            else:
                try:
                    frame = pd.read_csv(path, dtype=object, encoding="utf-8-sig")
                except UnicodeDecodeError:
                    frame = pd.read_csv(path, dtype=object, encoding="cp949")
                out.append(_matrix(frame, path.name))
        except ExpertMatrixError:
            raise
        except Exception as exc:  # parser errors: say which file
            raise ExpertMatrixError(f"{path.name}: cannot read it as a matrix ({exc}).", key="expert_matrix_unreadable",
                                    source=path.name, detail=f"{type(exc).__name__}: {exc}") from exc
    if not out:
        raise ExpertMatrixError("No expert matrices were given.", key="ahp_no_experts")
    return out
