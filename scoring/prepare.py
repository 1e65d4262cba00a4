"""From a raw matrix and criteria to a standardised, masked, weighted matrix.

:func:`prepare` is the single place where criteria meet data. Order of work:

1. validate criteria (known indicators, directions, policies, weights,
   standardisation parameters, constraints);
2. read the raw values (``n x k`` float64; ``+-inf`` treated as missing);
3. hard exclusions: constraints on the raw values, then the ``exclude``
   missing-value policy; each excluded district gets its reasons;
4. impute: ``median`` policy -> median of that indicator over the *valid*
   districts; ``zero`` policy -> the standardised value is 0 (raw stays NaN);
5. standardise each criterion with statistics (min, max, mean, sd,
   percentiles, automatic fuzzy parameters) over the valid districts, imputed
   medians included, with the criterion's direction applied (1 = most
   suitable). Excluded districts get ``NaN``.

Typical use::

    prepared = prepare(matrix, criteria)
    score = prepared.values[prepared.valid] @ prepared.weights      # WLC, 0-1
    faster = prepared.with_weights({"ict_share": 3.0})              # no re-standardisation
"""
from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray

from .constraints import combine_reasons, constraint_label, constraint_mask, validate_constraint
from .errors import CriteriaError, ParameterError
from .model import Criterion
from .notes import Note
from .standardize import STANDARDIZATIONS, _apply, resolve_params
from .weights import merge_weights, normalize_weights

FloatArray = NDArray[np.float64]

__all__ = ["MISSING_POLICIES", "PreparedMatrix", "prepare"]

MISSING_POLICIES: tuple[str, ...] = ("exclude", "median", "zero")


def _readonly(a: np.ndarray) -> np.ndarray:
    a.flags.writeable = False
    return a


@dataclass(frozen=True, eq=False)
class PreparedMatrix:
    """Standardised decision matrix ready for aggregation.

    The arrays are read-only (they are shared between :meth:`with_weights`
    copies); copy them before modifying.

    Attributes
    ----------
    codes
        District codes, as in ``matrix.index`` (row order kept).
    values
        ``n x k`` float64 in ``[0, 1]``, direction applied (1 = most suitable);
        ``NaN`` for excluded districts.
    raw
        ``n x k`` raw values after median imputation (``NaN`` where missing and
        not imputed).
    valid
        Boolean mask, ``False`` = excluded.
    excluded
        ``str(code)`` -> ``"; "``-joined reasons.
    weights
        Normalised weights (sum 1), in criterion order.
    criteria
        The criteria, in the order given (columns of ``values``).
    missing_report
        Indicator -> ``{"count", "policy", "codes", "value"}``: number and codes
        of districts with a missing raw value (all districts, excluded or not),
        the policy applied and the imputed value (``median`` policy; else ``None``).
    notes
        Warnings for the user (constant indicators, infinite values, ...).
    """

    codes: pd.Index
    values: FloatArray
    raw: FloatArray
    valid: NDArray[np.bool_]
    excluded: dict[str, str]
    weights: FloatArray
    criteria: tuple[Criterion, ...]
    missing_report: dict[str, dict[str, Any]]
    notes: tuple[str, ...] = field(default=())

    @property
    def indicators(self) -> tuple[str, ...]:
        """Indicator of each column."""
        return tuple(c.indicator for c in self.criteria)

    @property
    def n_valid(self) -> int:
        """Number of districts not excluded."""
        return int(self.valid.sum())

    def frame(self, *, raw: bool = False) -> pd.DataFrame:
        """``values`` (or ``raw``) as a DataFrame indexed by code, one column per indicator."""
        data = self.raw if raw else self.values
        return pd.DataFrame(np.array(data), index=self.codes, columns=list(self.indicators))

    def with_weights(self, weights: ArrayLike | Mapping[str, float]) -> PreparedMatrix:
        """Same matrix with new weights (no re-standardisation).

        Parameters
        ----------
        weights
            One weight per criterion in criterion order, or a mapping
            indicator -> weight (indicators not given keep their current
            normalised weight). Any non-negative scale; normalised to sum 1.

        Raises
        ------
        ParameterError
            Negative or non-finite weight, or wrong length.
        CriteriaError
            Unknown indicator in the mapping, or all weights zero.
        """
        names = list(self.indicators)
        if isinstance(weights, Mapping):
            w_in = np.array(merge_weights(weights, names, self.weights))
        else:
            w_in = np.asarray(weights, dtype=np.float64)
            if w_in.ndim != 1 or w_in.size != len(names):
                raise ParameterError(f"expected {len(names)} weights, got shape {w_in.shape}", key="weights_count",
                                     count=int(w_in.size), criteria=len(names))
        w = normalize_weights(w_in, names=names)
        crit = tuple(
            dataclasses.replace(c, weight=float(wi)) for c, wi in zip(self.criteria, w_in, strict=True)
        )
        return dataclasses.replace(self, weights=_readonly(w), criteria=crit)


def _check_criteria(
    matrix: pd.DataFrame, criteria: Sequence[Criterion]
) -> tuple[tuple[Criterion, ...], list[dict[str, Any]]]:
    if not isinstance(matrix, pd.DataFrame):
        raise CriteriaError(f"matrix must be a pandas DataFrame, got {type(matrix).__name__}")
    if isinstance(criteria, Criterion):
        criteria = [criteria]
    crit = tuple(criteria) if criteria is not None else ()
    if not crit:
        raise CriteriaError("no criteria: add at least one criterion", key="no_criteria")
    for c in crit:
        if not isinstance(c, Criterion):
            raise CriteriaError(f"each criterion must be a Criterion, got {type(c).__name__}")
    names = [c.indicator for c in crit]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise CriteriaError(f"indicator(s) used by more than one criterion: {', '.join(dupes)}",
                            key="criteria_twice", indicators=dupes)
    columns = [str(col) for col in matrix.columns]
    unknown = [n for n in names if n not in matrix.columns]
    if unknown:
        raise CriteriaError(
            f"unknown indicator(s): {', '.join(unknown)}; available columns: "
            f"{', '.join(columns) if columns else '(none)'}",
            key="criteria_unknown_indicator", indicators=unknown, available=columns,
        )
    if not matrix.index.is_unique:
        dup = matrix.index[matrix.index.duplicated()].unique()[:5]
        raise CriteriaError(
            "district codes in the matrix index are not unique: "
            + ", ".join(map(str, dup)),
            key="matrix_codes_twice", codes=[str(d) for d in dup],
        )
    resolved: list[dict[str, Any]] = []
    for c in crit:
        if c.direction not in ("benefit", "cost"):
            raise ParameterError(
                f"criterion {c.indicator}: direction must be 'benefit' or 'cost', got {c.direction!r}",
                key="direction", criterion=c.indicator, value=str(c.direction),
            )
        if c.missing not in MISSING_POLICIES:
            raise ParameterError(
                f"criterion {c.indicator}: missing-value policy must be one of "
                f"{', '.join(MISSING_POLICIES)}, got {c.missing!r}",
                key="missing_policy", criterion=c.indicator, value=str(c.missing), allowed=list(MISSING_POLICIES),
            )
        try:
            resolved.append(resolve_params(c.standardization.method, c.standardization.params))
            for con in c.constraints:
                validate_constraint(con, indicator=c.indicator)
        except ParameterError as exc:
            raise ParameterError(f"criterion {c.indicator}: {exc}", key=exc.key,
                                 **{**exc.params, "criterion": c.indicator}) from None
    return crit, resolved


def _raw_column(matrix: pd.DataFrame, name: str) -> FloatArray:
    col = matrix[name]
    try:
        return col.to_numpy(dtype=np.float64, na_value=np.nan)
    except (TypeError, ValueError):
        try:
            return pd.to_numeric(col, errors="raise").to_numpy(dtype=np.float64, na_value=np.nan)
        except (TypeError, ValueError):
            sample = col.dropna().astype(str).head(3).tolist()
            raise CriteriaError(
                f"column {name} is not numeric (e.g. {', '.join(map(repr, sample))}); "
                "convert it to numbers or choose another indicator",
                key="column_not_numeric", column=str(name), sample=sample,
            ) from None


def _code_strings(codes: pd.Index, rows: NDArray[np.intp]) -> list[str]:
    return [str(c) for c in codes.take(rows).tolist()]


def prepare(
    matrix: pd.DataFrame,
    criteria: Sequence[Criterion],
    *,
    references: Mapping[str, NDArray[np.float64]] | None = None,
) -> PreparedMatrix:
    """Standardise, mask and weight a districts x indicators matrix.

    Parameters
    ----------
    matrix
        Raw indicator values, indexed by district code (unique), one column
        per indicator in the indicator's own unit.
    criteria
        The criteria to apply (column order of the result).
    references
        Optional indicator -> values the standardisation statistics come from
        instead of the matrix's valid rows (a windowed grid passes the
        statistics of the whole raster, see :mod:`smartzone.scoring.grid`).

    Returns
    -------
    PreparedMatrix

    Raises
    ------
    CriteriaError
        No criteria, unknown indicator(s) (the message lists the available
        columns), an indicator used twice, a non-numeric column, duplicate
        district codes, all weights zero, or a ``median`` policy on an
        indicator with no value in any valid district.
    ParameterError
        Negative / non-finite weight, bad direction, missing-value policy,
        standardisation parameter or constraint.
    """
    crit, resolved = _check_criteria(matrix, criteria)
    names = [c.indicator for c in crit]
    weights = normalize_weights([c.weight for c in crit], names=names)
    n, k = len(matrix.index), len(crit)
    codes = matrix.index
    notes: list[Note] = []

    # column-major: every per-criterion step below reads / writes one contiguous column
    raw = np.empty((n, k), dtype=np.float64, order="F")
    for j, name in enumerate(names):
        raw[:, j] = _raw_column(matrix, name)
        col = raw[:, j]
        inf = np.isinf(col)
        if inf.any():
            notes.append(Note("infinite_values", f"{name}: {int(inf.sum())} infinite value(s) treated as missing",
                              indicator=name, count=int(inf.sum())))
            col[inf] = np.nan
    missing = np.isnan(raw)

    masks: list[NDArray[np.bool_]] = []
    labels: list[str] = []
    for j, c in enumerate(crit):
        for con in c.constraints:
            masks.append(constraint_mask(raw[:, j], con))
            labels.append(constraint_label(c.indicator, con))
    for j, c in enumerate(crit):
        if c.missing == "exclude" and missing[:, j].any():
            masks.append(missing[:, j])
            labels.append(f"missing value in {c.indicator} (policy: exclude)")
    excluded_mask, reasons_by_row = combine_reasons(masks, labels, n)
    valid = ~excluded_mask
    if reasons_by_row:
        rows = np.fromiter(reasons_by_row, dtype=np.intp, count=len(reasons_by_row))
        keys = _code_strings(codes, rows)
        excluded = dict(zip(keys, reasons_by_row.values(), strict=True))
    else:
        excluded = {}

    missing_report: dict[str, dict[str, Any]] = {}
    values = np.empty((n, k), dtype=np.float64, order="F")
    any_valid = bool(valid.any())
    if not any_valid:
        notes.append(Note("all_excluded", "every district is excluded by the constraints or missing-value policies"))
    for j, c in enumerate(crit):
        miss = missing[:, j]
        imputed: float | None = None
        if c.missing == "median" and miss.any():
            pool = raw[valid & ~miss, j]
            if pool.size == 0 and any_valid:
                raise CriteriaError(
                    f"{c.indicator} has no value in any valid district: the median cannot be "
                    "imputed; use the 'exclude' or 'zero' policy or drop the criterion",
                    key="median_no_values", criterion=c.indicator,
                )
            if pool.size:
                imputed = float(np.median(pool))
                raw[miss, j] = imputed
        filled = int((miss & valid).sum())  # districts scored with a filled-in value
        if filled and c.missing in ("median", "zero"):
            value = imputed if c.missing == "median" else 0.0
            if value is not None:
                notes.append(Note(
                    "filled",
                    f"{c.indicator}: {filled} scored district(s) have no value; it was filled "
                    f"with {'the median ' if c.missing == 'median' else ''}{value:g} "
                    f"(policy: {c.missing})",
                    indicator=c.indicator, count=filled, value=float(value), policy=c.missing,
                ))
        missing_report[c.indicator] = {
            "count": int(miss.sum()),
            "policy": c.missing,
            "codes": _code_strings(codes, np.flatnonzero(miss)) if miss.any() else [],
            "value": imputed,
        }
        if not any_valid:
            values[:, j] = np.nan
            continue
        x = raw[:, j]
        still_missing = miss if imputed is None else None
        ref = x[valid & ~miss] if imputed is None else x[valid]
        if references is not None and c.indicator in references:
            ref = np.asarray(references[c.indicator], dtype=np.float64)
        spec = STANDARDIZATIONS[c.standardization.method]
        try:
            col = _apply(x, spec, resolved[j], c.direction, ref, nan_mask=still_missing)
        except ParameterError as exc:
            raise ParameterError(f"criterion {c.indicator}: {exc}", key=exc.key,
                                 **{**exc.params, "criterion": c.indicator}) from None
        if c.missing == "zero":
            col[miss] = 0.0
        col[excluded_mask] = np.nan
        values[:, j] = col
        if spec.uses_data and ref.size and float(ref.min()) == float(ref.max()):
            notes.append(Note(
                "constant",
                f"{c.indicator}: every valid district has the same value ({ref[0]:g}); "
                "this criterion cannot change the ranking",
                indicator=c.indicator, value=float(ref[0]),
            ))

    return PreparedMatrix(
        codes=codes,
        values=_readonly(values),
        raw=_readonly(raw),
        valid=_readonly(valid),
        excluded=excluded,
        weights=_readonly(weights),
        criteria=crit,
        missing_report=missing_report,
        notes=tuple(notes),
    )
