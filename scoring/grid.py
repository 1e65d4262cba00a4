"""Grid-level suitability: score a stack of co-registered raster cells.

The same engine as for districts: each cell is a row of the matrix, each band a
criterion's indicator. Reading the rasters is the caller's job (``layers`` reads
windows of GeoTIFFs); this module only takes arrays, so it stays free of file IO.

Cells that are NaN in any band used by a criterion with ``missing="exclude"``, or
that are masked by ``valid``, get NaN in the output grid.

Rasters larger than memory are scored window by window (:class:`GridPlan`): a
first pass folds each window into a :class:`GridSummary` (per criterion: count,
minimum, maximum, mean and sum of squared deviations of the cells that the
constraints and missing-value policies keep), summaries of windows combine
exactly (in any order: minima, maxima, counts; means and squared deviations by
Chan et al.'s pairwise update), and the second pass scores each window against
the whole raster's statistics. The result equals :class:`GridSuitability` on
the whole raster cell for cell for every standardisation whose statistics are
the range (``minmax``, fuzzy memberships with automatic parameters, and all
data-free methods); for the mean/standard-deviation methods (``zscore``,
``fuzzy_mslarge``, ``fuzzy_mssmall``) to rounding (about 1e-12). Rank-based
standardisations (``percentile``, ``grade5``) and median imputation need every
cell at once and are refused, as are scorers whose score of a cell depends on
the other cells (TOPSIS, VIKOR ...).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from .engine import ScoringSession
from .errors import CriteriaError
from .extensions import optional_extension
from .model import Criterion, ScoreResult
from .standardize import STANDARDIZATIONS


@dataclass
class GridScore:
    """Scores of a raster stack.

    Attributes
    ----------
    grid
        ``(rows, cols)`` float32 array of scores on 0-100; NaN where a cell is
        masked or excluded.
    result
        The underlying :class:`ScoreResult`, indexed by flat cell number
        (``row * cols + col``) over the scored cells.
    """

    grid: np.ndarray
    result: ScoreResult


class GridSuitability:
    """Score co-registered bands cell by cell, then re-score fast when weights change.

    Parameters
    ----------
    bands
        Indicator id -> 2-D array (all the same shape; the indicator's own unit).
    criteria
        Criteria naming those indicators.
    scorer
        Scorer instance or id (default ``"wlc"``).
    valid
        Optional boolean mask (True = cell to score), e.g. land cells only.
    references
        Optional indicator -> reference values for the standardisation
        statistics (default: the scored cells); :meth:`GridPlan.references`
        gives those of a whole raster scored in windows.

    Examples
    --------
    >>> grid = GridSuitability({"slope": slope, "dist_road": dist}, criteria)   # doctest: +SKIP
    >>> first = grid.score().grid                                              # doctest: +SKIP
    >>> again = grid.rescore({"slope": 0.7, "dist_road": 0.3}).grid            # doctest: +SKIP
    """

    def __init__(
        self,
        bands: Mapping[str, np.ndarray],
        criteria: Sequence[Criterion],
        scorer: Any = "wlc",
        *,
        valid: np.ndarray | None = None,
        references: Mapping[str, np.ndarray] | None = None,
    ) -> None:
        if not bands:
            raise CriteriaError("No bands given: pass indicator id -> 2-D array.", key="grid_plan_no_criteria")
        shapes = {np.shape(a) for a in bands.values()}
        if len(shapes) != 1 or len(next(iter(shapes))) != 2:
            raise CriteriaError(f"Bands must be 2-D arrays of one shape; got shapes {sorted(shapes)}.",
                                key="grid_band_shapes", shapes=[" x ".join(map(str, s)) for s in sorted(shapes)])
        self.shape: tuple[int, int] = next(iter(shapes))
        n = self.shape[0] * self.shape[1]
        if valid is None:
            self._cells = np.arange(n)
        else:
            mask = np.asarray(valid, dtype=bool)
            if mask.shape != self.shape:
                raise CriteriaError(f"valid mask has shape {mask.shape}, bands have {self.shape}.",
                                    key="grid_band_shapes", shapes=[" x ".join(map(str, mask.shape)),
                                                                    " x ".join(map(str, self.shape))])
            self._cells = np.flatnonzero(mask.ravel())
        used = {c.indicator for c in criteria}
        # float64 columns of the scored cells only; integer cell numbers as the index
        # (no per-cell strings: memory stays linear in cells x criteria).
        matrix = pd.DataFrame(
            {k: np.asarray(a, dtype=np.float64).ravel()[self._cells] for k, a in bands.items() if k in used},
            index=pd.RangeIndex(len(self._cells)) if valid is None else pd.Index(self._cells),
        )
        self.session = ScoringSession(matrix, criteria, scorer, references=references)

    def _to_grid(self, result: ScoreResult) -> GridScore:
        out = np.full(self.shape[0] * self.shape[1], np.nan, dtype=np.float32)
        out[self._cells] = result.score.to_numpy(dtype=np.float32, na_value=np.nan)
        return GridScore(out.reshape(self.shape), result)

    def score(self) -> GridScore:
        """Prepare (standardise once) and score every cell."""
        return self._to_grid(self.session.score())

    def rescore(self, weights: Sequence[float] | Mapping[str, float]) -> GridScore:
        """Re-score with new weights, re-using the standardised cells."""
        return self._to_grid(self.session.rescore(weights))


CELLWISE_SCORERS = frozenset({"wlc", "wpm", "owa"})
"""Scorers whose score of a cell depends on that cell alone (so windows can be scored apart)."""
RANGE_METHODS = frozenset({"minmax", "fuzzy_linear", "fuzzy_sigmoid", "fuzzy_jshaped", "fuzzy_gaussian",
                           "fuzzy_small", "fuzzy_large", "fuzzy_near", "fuzzy_logistic", "fuzzy_trapezoid"})
"""Standardisations whose statistics are the reference's minimum and maximum only."""
MOMENT_METHODS = frozenset({"zscore", "fuzzy_mslarge", "fuzzy_mssmall"})
"""Standardisations whose statistics are the reference's mean and population standard deviation."""


@dataclass(frozen=True)
class BandSummary:
    """Statistics of one criterion's reference cells in some windows (combine with :meth:`merge`)."""

    count: int = 0
    vmin: float = np.inf
    vmax: float = -np.inf
    mean: float = 0.0
    m2: float = 0.0  # sum of squared deviations from the mean
    missing: int = 0  # cells with no value (NaN) that the other criteria keep

    @classmethod
    def of(cls, values: np.ndarray, missing: int, moments: bool = True) -> BandSummary:
        """Statistics of ``values``; mean and squared deviations only with ``moments``."""
        if values.size == 0:
            return cls(missing=missing)
        if not moments:
            return cls(int(values.size), float(values.min()), float(values.max()), 0.0, 0.0, missing)
        mean = float(values.mean())
        return cls(int(values.size), float(values.min()), float(values.max()), mean,
                   float(((values - mean) ** 2).sum()), missing)

    def merge(self, other: BandSummary) -> BandSummary:
        """Both summaries' cells: exact for counts and extremes; Chan et al. for mean and spread."""
        n = self.count + other.count
        if n == 0:
            return BandSummary(missing=self.missing + other.missing)
        delta = other.mean - self.mean
        mean = self.mean + delta * other.count / n
        m2 = self.m2 + other.m2 + delta * delta * self.count * other.count / n
        return BandSummary(n, min(self.vmin, other.vmin), max(self.vmax, other.vmax), mean, m2,
                           self.missing + other.missing)


GridSummary = dict[str, BandSummary]
"""Indicator -> :class:`BandSummary` of a set of windows."""


class GridPlan:
    """Criteria and scorer of a grid scored window by window (see the module docstring).

    Parameters
    ----------
    criteria
        Criteria naming the bands (indicator ids).
    scorer
        A cell-wise scorer id (:data:`CELLWISE_SCORERS`) or instance.

    Raises
    ------
    CriteriaError
        A rank-based standardisation, median imputation of missing cells, or a
        scorer that compares cells with each other.
    """

    def __init__(self, criteria: Sequence[Criterion], scorer: Any = "wlc") -> None:
        self.criteria = tuple(criteria)
        if not self.criteria:
            raise CriteriaError("No criteria: a grid needs at least one criterion naming a raster band.",
                                key="grid_plan_no_criteria")
        self.scorer = scorer
        scorer_id = scorer if isinstance(scorer, str) else str(getattr(scorer, "id", type(scorer).__name__))
        if scorer_id not in CELLWISE_SCORERS:
            raise CriteriaError(
                f"The {scorer_id!r} method compares every cell with the others, so a raster cannot be scored "
                f"in windows; use one of {', '.join(sorted(CELLWISE_SCORERS))} for grids.",
                key="grid_method_not_cellwise", method=scorer_id, available=sorted(CELLWISE_SCORERS),
            )
        for c in self.criteria:
            method = c.standardization.method
            spec = STANDARDIZATIONS.get(method)
            if spec is not None and spec.uses_data and method not in RANGE_METHODS | MOMENT_METHODS:
                raise CriteriaError(
                    f"criterion {c.indicator}: the {method!r} standardisation ranks every cell of the raster at "
                    "once, which a raster larger than memory cannot do; use minmax or a fuzzy membership for grids.",
                    key="grid_standardization_global", criterion=c.indicator, method=method,
                )

    @property
    def needs_statistics(self) -> bool:
        """Whether scoring needs the whole raster's statistics first (else one pass over the windows).

        True when a standardisation depends on the data (``minmax``, automatic fuzzy
        parameters ...) or a criterion imputes the median of missing cells.
        """
        from .standardize import resolve_params

        for c in self.criteria:
            method = c.standardization.method
            spec = STANDARDIZATIONS.get(method)
            if c.missing == "median" or spec is None:
                return True
            if not spec.uses_data:
                continue
            if method not in RANGE_METHODS or not spec.parameters:
                return True  # minmax, the moment methods: statistics always
            params = resolve_params(method, c.standardization.params)
            # fuzzy memberships take the range only for parameters left automatic
            if any(params.get(p.name) is None for p in spec.parameters if p.kind in ("float", "int")):
                return True
        return False

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.indicator for c in self.criteria))

    def cells(self, bands: Mapping[str, np.ndarray], valid: np.ndarray | None = None, *,
              workspace: Workspace | None = None) -> WindowCells:
        """The cells every constraint and ``exclude`` policy keeps (the engine's own rule), with their values.

        Bands may be float32 (what :class:`~smartzone.layers.raster_stack.RasterStack`
        reads from 8/16-bit and float32 rasters) or float64: values are gathered
        in the band's own type and widened to float64 only for the kept cells, and
        constraints compare float64 values, so the result is the same as on float64
        bands. Cheap tests run on whole windows (NaN and infinity), the constraints
        on the cells still in the running. With a ``workspace`` the compiled path
        gathers into its arrays: the cells are then valid until its next use.
        """
        from .constraints import constraint_mask

        first = np.asarray(bands[self.criteria[0].indicator])
        shape = tuple(int(d) for d in first.shape)
        n = int(first.size)
        kernels = compiled_kernels()
        if kernels is not None and valid is None:
            fast = self._cells_compiled(kernels, bands, shape, n, workspace)
            if fast is not None:
                return fast
        keep = np.ones(n, bool) if valid is None else np.asarray(valid, bool).ravel().copy()
        flat = {k: _floating(bands[k]).ravel() for k in self.indicators}
        for c in self.criteria:
            if c.missing == "exclude":
                keep &= np.isfinite(flat[c.indicator])  # infinity counts as missing
        rows = np.flatnonzero(keep)
        for c in self.criteria:
            if c.constraints and rows.size:
                x = _widen(flat[c.indicator][rows])
                hit = np.zeros(rows.size, bool)
                for con in c.constraints:
                    hit |= constraint_mask(x, con)
                if hit.any():
                    rows = rows[~hit]
        columns = {k: v[rows] for k, v in flat.items()}
        return WindowCells(shape, rows, columns)

    def _cells_compiled(self, kernels: Any, bands: Mapping[str, np.ndarray], shape: tuple[int, ...],
                        n: int, workspace: Workspace | None = None) -> WindowCells | None:
        """:meth:`cells` in one compiled pass (with each band's finite count and extremes), or None."""
        from .constraints import validate_constraint

        names = self.indicators
        cols = [np.ascontiguousarray(_floating(bands[k])).reshape(-1) for k in names]
        if any(col.size != n for col in cols):
            return None
        index = {k: i for i, k in enumerate(names)}
        checks = [(index[c.indicator], 0, 0.0) for c in self.criteria if c.missing == "exclude"]
        for c in self.criteria:
            for con in c.constraints:
                validate_constraint(con)
                checks.append((index[c.indicator], _OPCODES[con.op], float(con.value)))
        if len(checks) > 256:
            return None
        ws = workspace or Workspace()
        rows = ws.array("rows", np.int64, n)
        outs = [ws.array(f"cells{i}", col.dtype, n) for i, col in enumerate(cols)]
        kept, stats = kernels.select(cols, checks, rows, outs)
        return WindowCells(shape, rows[:kept], {k: outs[i][:kept] for i, k in enumerate(names)},
                           {k: (int(f), float(lo), float(hi)) for k, (f, lo, hi) in zip(names, stats, strict=True)})

    def summarize(self, bands: Mapping[str, np.ndarray], valid: np.ndarray | None = None) -> GridSummary:
        """The statistics of one window's reference cells, per criterion."""
        return self.summarize_cells(self.cells(bands, valid))

    def summarize_cells(self, cells: WindowCells) -> GridSummary:
        """The statistics of :meth:`cells`, per criterion."""
        out: GridSummary = {}
        for c in self.criteria:
            column = cells.columns[c.indicator]
            moments = c.standardization.method in MOMENT_METHODS
            if cells.extremes is not None and not moments:
                # the compiled selection counted the finite kept values and found their extremes
                finite, lo, hi = cells.extremes[c.indicator]
                out[c.indicator] = (BandSummary(finite, lo, hi, 0.0, 0.0, int(column.size) - finite) if finite
                                    else BandSummary(missing=int(column.size)))
                continue
            if c.missing == "exclude" and not moments:
                # kept cells of an excluding criterion are finite: the extremes on the band's own
                # type are the float64 ones (widening is exact), without a float64 copy
                out[c.indicator] = (BandSummary(int(column.size), float(column.min()), float(column.max()))
                                    if column.size else BandSummary())
                continue
            raw = _widen(column)
            finite = np.isfinite(raw)
            values = raw if bool(finite.all()) else raw[finite]
            out[c.indicator] = BandSummary.of(values, int(raw.size - values.size), moments)
        return out

    @staticmethod
    def combine(a: GridSummary, b: GridSummary) -> GridSummary:
        """Statistics of both sets of windows."""
        return {k: a[k].merge(b[k]) if k in a else b[k] for k in dict.fromkeys([*a, *b])}

    def references(self, summary: GridSummary) -> dict[str, np.ndarray]:
        """Reference values with the whole raster's statistics (range, or mean and spread).

        Raises
        ------
        CriteriaError
            Missing cells under the ``median`` policy (the median of a raster larger
            than memory is not computed): choose ``exclude`` or ``zero``.
        """
        refs: dict[str, np.ndarray] = {}
        for c in self.criteria:
            s = summary.get(c.indicator, BandSummary())
            if c.missing == "median" and s.missing:
                raise CriteriaError(
                    f"criterion {c.indicator}: {s.missing} cells have no value and the policy is 'median'; "
                    "a raster scored in windows cannot impute the median: use missing = 'exclude' or 'zero'.",
                    key="grid_median", criterion=c.indicator, count=int(s.missing),
                )
            if s.count == 0:
                refs[c.indicator] = np.empty(0)
            elif c.standardization.method in MOMENT_METHODS:
                sd = float(np.sqrt(s.m2 / s.count))
                refs[c.indicator] = np.array([s.mean - sd, s.mean + sd]) if sd > 0 else np.array([s.mean])
            else:
                refs[c.indicator] = np.array([s.vmin, s.vmax])
        return refs

    def score_window(
        self,
        bands: Mapping[str, np.ndarray],
        references: Mapping[str, np.ndarray],
        valid: np.ndarray | None = None,
    ) -> np.ndarray:
        """Scores (float32, 0-100, NaN where excluded) of one window against the whole raster's references.

        The engine's own steps (:func:`~smartzone.scoring.prepare.prepare` then the
        scorer's ``aggregate``) on plain arrays: the same numbers as
        :class:`GridSuitability`, without the per-district bookkeeping (codes,
        exclusion reasons, ranks) that costs minutes on millions of cells.
        """
        return self.score_cells(self.cells(bands, valid), references)

    def score_cells(self, cells: WindowCells, references: Mapping[str, np.ndarray], *,
                    out: np.ndarray | None = None) -> np.ndarray:
        """Scores of :meth:`cells` (a window's kept cells) as a float32 window, NaN elsewhere.

        ``out``: a float32 array of at least the window's cells to write into (its first
        cells are returned, shaped as the window).
        """
        from .registry import get_scorer
        from .weights import normalize_weights

        n = int(np.prod(cells.shape))
        if out is None:
            out = np.full(n, np.nan, np.float32)
        else:
            out = out.reshape(-1)[:n]
            out.fill(np.nan)
        rows = cells.rows
        if rows.size == 0:
            return out.reshape(cells.shape)
        kernels = compiled_kernels()
        if kernels is not None and self._score_compiled(kernels, cells, references, out):
            return out.reshape(cells.shape)
        all_rows = rows.size == n
        # the engine scores a fully valid matrix in its own column-major layout, else the valid rows
        # as a C-contiguous copy: the same layouts give the same floating-point sums
        values = np.empty((rows.size, len(self.criteria)), np.float64, order="F" if all_rows else "C")
        for j, c in enumerate(self.criteria):
            values[:, j] = _standardized(c, cells.columns[c.indicator], references)
        scorer = get_scorer(self.scorer) if isinstance(self.scorer, str) else self.scorer
        weights = normalize_weights([c.weight for c in self.criteria], names=[c.indicator for c in self.criteria])
        agg = scorer.aggregate(values, weights, prepared=None, params=scorer.validated_params())
        out[rows] = np.asarray(agg.score, dtype=float)
        return out.reshape(cells.shape)


    def _score_compiled(self, kernels: Any, cells: WindowCells, references: Mapping[str, np.ndarray],
                        out: np.ndarray) -> bool:
        """:meth:`score_cells` of a weighted linear combination in one compiled pass into ``out``.

        Each criterion's standardised value equals the NumPy path's; the weighted
        sum adds them in criterion order where NumPy's matrix product may not, so a
        float32 score can differ from :class:`GridSuitability`'s by one unit in the
        last place (see scoring/_grid_kernels.c). False (nothing done) for the
        other scorers.
        """
        from .methods.wlc import WeightedLinearCombination
        from .weights import normalize_weights

        scorer = self.scorer
        if not (scorer == "wlc" or type(scorer) is WeightedLinearCombination):
            return False
        weights = normalize_weights([c.weight for c in self.criteria], names=[c.indicator for c in self.criteria])
        w100 = weights * 100.0
        names = list(dict.fromkeys(c.indicator for c in self.criteria))
        cols = [np.ascontiguousarray(_floating(cells.columns[k])) for k in names]
        specs = [_compiled_spec(c, names.index(c.indicator), cols[names.index(c.indicator)], references,
                                float(w100[j]))
                 for j, c in enumerate(self.criteria)]
        rows = np.ascontiguousarray(cells.rows, dtype=np.int64)
        while True:
            failed = kernels.score(cols, specs, rows, out)
            if not failed:
                return True
            j = failed - 1  # whole numbers expected, but not all were: NumPy standardises that criterion
            c = self.criteria[j]
            column = _standardized(c, cells.columns[c.indicator], references)
            specs[j] = (_K_COLUMN, 0, 0, 0, float(w100[j]), 0.0, 0.0, column)


def compiled_kernels() -> Any:
    """The compiled kernels (``smartzone.scoring._grid_kernels``), or None.

    None when the C extension was not built (no compiler at install time) or
    ``SMARTZONE_COMPILED_GRID=0`` is set; the NumPy path then does the same work.
    """
    return optional_extension("smartzone.scoring._grid_kernels", COMPILED_ENV)


COMPILED_ENV = "SMARTZONE_COMPILED_GRID"
"""Set to ``0`` to force the NumPy path of grid windows (the compiled kernels are optional)."""
_OPCODES = {"<": 1, "<=": 2, ">": 3, ">=": 4, "==": 5, "!=": 6}
_K_COLUMN, _K_LINEAR, _K_SMALL, _K_LARGE, _K_TABLE = range(5)


def _standardized(c: Criterion, column: np.ndarray, references: Mapping[str, np.ndarray]) -> np.ndarray:
    """One criterion's standardised kept cells with NumPy (float64; the engine's functions)."""
    from .standardize import _apply, resolve_params

    x = _widen(column)
    # kept cells of an excluding criterion have a value: no test needed
    miss = np.zeros(x.shape, bool) if c.missing == "exclude" else np.isnan(x)
    spec = STANDARDIZATIONS[c.standardization.method]
    params = resolve_params(c.standardization.method, c.standardization.params)
    given = references.get(c.indicator)
    ref = np.asarray(x[~miss] if given is None else given, dtype=np.float64)
    col = _apply_by_table(x, miss, spec, params, c.direction, ref)
    if col is None:
        col = _apply(x, spec, params, c.direction, ref, nan_mask=miss)
    if c.missing == "zero":
        col[miss] = 0.0
    return col


def _compiled_spec(c: Criterion, index: int, column: np.ndarray, references: Mapping[str, np.ndarray],
                   weight: float) -> tuple[Any, ...]:
    """How the compiled kernel standardises criterion ``c`` (column ``index``): a formula, a table, or NumPy's column.

    The formulas are those of :mod:`.standardize` in the same float64 operations
    (min-max and fuzzy linear: subtract, divide; fuzzy small/large: divide, power);
    a case they do not cover exactly (no spread, parameters NumPy would reject,
    another standardisation) takes NumPy's column, so errors and results stay the engine's.
    """
    from .standardize import _midrange, _range, resolve_params

    zero = int(c.missing == "zero")
    given = references.get(c.indicator)
    method = c.standardization.method
    spec = STANDARDIZATIONS.get(method)
    numpy_column = (_K_COLUMN, 0, 0, 0, weight, 0.0, 0.0, None)
    if given is None or spec is None or c.missing not in ("exclude", "zero"):
        return numpy_column[:7] + (_standardized(c, column, references),)
    ref = np.asarray(given, dtype=np.float64)
    params = resolve_params(method, c.standardization.params)
    table = _table_of(column, spec, params, c.direction, ref)
    if table is not None:
        lo, values = table
        return (_K_TABLE, index, 0, zero, weight, lo, 0.0, values)
    complement = int(c.direction == "cost" and spec.direction_mode == "complement")
    if c.direction == "cost" and spec.direction_mode != "complement":
        return numpy_column[:7] + (_standardized(c, column, references),)
    try:
        if method in ("minmax", "fuzzy_linear"):
            low, high = params.get("low"), params.get("high")
            if method == "minmax" or low is None or high is None:
                lo, hi = _range(ref)
                low = lo if method == "minmax" or low is None else low
                high = hi if method == "minmax" or high is None else high
            low, high = float(low), float(high)
            if np.isfinite(low) and np.isfinite(high) and low != high:
                return (_K_LINEAR, index, complement, zero, weight, low, high - low, None)
        elif method in ("fuzzy_small", "fuzzy_large"):
            mid = params["midpoint"] if params["midpoint"] is not None else _midrange(ref)
            mid, spread = float(mid), float(params["spread"])
            if np.isfinite(mid) and np.isfinite(spread) and mid > 0 and spread > 0:
                kind = _K_SMALL if method == "fuzzy_small" else _K_LARGE
                return (kind, index, complement, zero, weight, mid, spread, None)
    except Exception:  # no spread, too large ...: NumPy's column (which raises what the engine raises)
        pass
    return numpy_column[:7] + (_standardized(c, column, references),)


def _table_of(x: np.ndarray, spec: Any, params: Mapping[str, Any], direction: str,
              ref: np.ndarray) -> tuple[float, np.ndarray] | None:
    """``(lowest value, standardised values lowest..highest)`` when ``x`` looks like whole numbers in a short range.

    The same test and table as :func:`_apply_by_table`; the compiled kernel checks
    every cell (and the caller falls back to NumPy when one is not such a number).
    """
    from .standardize import _apply

    if x.size < 4 * TABLE_SPAN or spec.id in TABLE_SKIP:
        return None
    sample = x[: 1 << 12]
    if not np.array_equal(sample, np.trunc(sample), equal_nan=True):
        return None
    finite = np.isfinite(sample)
    if not finite.any():
        return None
    lo, hi = float(np.fmin.reduce(x)), float(np.fmax.reduce(x))
    if not (np.isfinite(lo) and np.isfinite(hi) and hi - lo < TABLE_SPAN):
        return None
    values = lo + np.arange(int(hi - lo) + 1, dtype=np.float64)
    return lo, _apply(values, spec, params, direction, ref, nan_mask=np.zeros(values.size, bool))


def pack_rows(rows: np.ndarray, n: int) -> np.ndarray:
    """``rows`` (flat positions in a window of ``n`` cells) as a bit mask in :func:`numpy.packbits` order."""
    kernels = compiled_kernels()
    if kernels is None:
        mask = np.zeros(n, bool)
        mask[rows] = True
        return np.packbits(mask)
    out = np.empty((n + 7) // 8, np.uint8)
    kernels.pack(np.ascontiguousarray(rows, dtype=np.int64), n, out)
    return out


def unpack_rows(bits: np.ndarray, n: int, out: np.ndarray | None = None) -> np.ndarray:
    """The positions :func:`pack_rows` packed (int64, ascending); ``out``: an int64 array of ``n`` to fill."""
    kernels = compiled_kernels()
    if kernels is None:
        return np.flatnonzero(np.unpackbits(bits, count=n))
    rows = np.empty(n, np.int64) if out is None else out[:n]
    count = kernels.unpack(np.ascontiguousarray(bits, dtype=np.uint8), n, rows)
    return rows[:count]


class Workspace:
    """Flat arrays by name, allocated once and reused window after window (one workspace per thread).

    Fresh memory is costly (the kernel clears every page a new array touches); a
    grid's windows all have the same few sizes, so one array per name serves them all.
    """

    def __init__(self) -> None:
        self._arrays: dict[str, np.ndarray] = {}

    def array(self, name: str, dtype: Any, n: int) -> np.ndarray:
        """``n`` elements of the array ``name`` (grown or retyped when needed; contents undefined)."""
        a = self._arrays.get(name)
        if a is None or a.dtype != np.dtype(dtype) or a.size < n:
            a = self._arrays[name] = np.empty(n, dtype)
        return a[:n]


@dataclass(frozen=True)
class WindowCells:
    """A window's kept cells: flat positions ``rows`` in a ``shape`` window and each band's values there.

    Values keep the band's floating type (float32 or float64); infinity counts as missing.
    ``extremes`` (compiled path): per band, the count, minimum and maximum of the finite values.
    """

    shape: tuple[int, ...]
    rows: np.ndarray
    columns: dict[str, np.ndarray]
    extremes: dict[str, tuple[int, float, float]] | None = None


TABLE_SPAN = 1 << 16
"""Largest range of whole numbers standardised through a look-up table."""
TABLE_SKIP = frozenset({"minmax", "fuzzy_linear", "zscore"})
"""Standardisations as cheap as the look-up itself (a subtraction and a division)."""


def _apply_by_table(x: np.ndarray, miss: np.ndarray, spec: Any, params: Mapping[str, Any], direction: str,
                    ref: np.ndarray) -> np.ndarray | None:
    """The standardisation of ``x`` through a table of its values, when they are whole numbers in a short range.

    Land-cover classes and distances in whole metres take a few hundred or
    thousand values over millions of cells: standardising each value once and
    looking the cells up gives the same numbers (every standardisation a grid
    accepts works cell by cell) at a fraction of the cost. ``None`` when the
    values are not such numbers (checked on a sample first, so a
    continuous band costs one short test).
    """
    from .standardize import _apply

    if x.size < 4 * TABLE_SPAN or spec.id in TABLE_SKIP:
        return None
    sample = x[: 1 << 12]
    if not np.array_equal(sample, np.trunc(sample), equal_nan=True):
        return None
    lo, hi = float(np.fmin.reduce(x)), float(np.fmax.reduce(x))
    if not (np.isfinite(lo) and np.isfinite(hi) and hi - lo < TABLE_SPAN):
        return None
    any_miss = bool(miss.any())
    offset = x - lo
    if any_miss:
        offset[miss] = 0.0
    index = offset.astype(np.int32)
    if not np.array_equal(index, offset):
        return None
    values = lo + np.arange(int(hi - lo) + 1, dtype=np.float64)
    table = _apply(values, spec, params, direction, ref, nan_mask=np.zeros(values.size, bool))
    out = np.take(table, index)
    if any_miss:
        out[miss] = np.nan
    return out


def _floating(a: Any) -> np.ndarray:
    """A band as float32 or float64 (integers: float64), without copying floating bands."""
    arr = np.asarray(a)
    return arr if arr.dtype in (np.float32, np.float64) else arr.astype(np.float64)


def _widen(x: np.ndarray) -> np.ndarray:
    """float64 values with infinity as NaN (the engine's rule); a new array."""
    inf = np.isinf(x)  # on the narrow type: half the memory traffic
    out = np.array(x, dtype=np.float64)
    if inf.any():
        out[inf] = np.nan
    return out
