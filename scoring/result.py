"""Building and checking :class:`~smartzone.scoring.model.ScoreResult`.

Every scorer returns the same :class:`ScoreResult`:

* ``score``: 0-100 per district (index = every district code of the matrix, in
  matrix order), NaN where the district is excluded;
* ``rank``: 1 = best, ties share the lowest rank (``"min"``), ``<NA>`` where excluded
  (pandas ``Int64``); scores that differ only by floating-point noise (see
  :data:`TIE_TOLERANCE`) are ties;
* ``contributions``: district x criterion points (NaN rows where excluded);
* ``excluded``: code -> reason;
* ``recipe``: method id (and display names ``method_name`` (Korean),
  ``method_name_en``), validated parameters, normalised weights, the criteria as
  dicts (with the normalised weight actually used), the data version (hash of the
  matrix index and of the raw values the criteria use) and the engine version, so
  ``get_scorer(recipe["method"], **recipe["params"]).score(matrix,
  [Criterion.from_dict(c) for c in recipe["criteria"]])`` reproduces the score;
* ``diagnostics``: the missing-value report, counts, the scale note and
  method-specific numbers.

``rank`` and ``contributions`` are computed on first access (then cached): a
re-score of a million grid cells is needed first for the map (the scores); the
ranking of a million cells costs a full sort (about 0.1 s here) and the
contributions a cells x criteria array, paid only when something reads them.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from .errors import PluginError
from .model import Criterion, ScoreResult

RECIPE_KEYS: tuple[str, ...] = (
    "method",
    "params",
    "weights",
    "criteria",
    "data_version",
    "engine_version",
)

_ENGINE_VERSION: str | None = None


def engine_version() -> str:
    """Installed version of the ``smartzone`` distribution (``"unknown"`` if not installed)."""
    global _ENGINE_VERSION
    if _ENGINE_VERSION is None:
        try:
            _ENGINE_VERSION = importlib.metadata.version("smartzone")
        except importlib.metadata.PackageNotFoundError:
            _ENGINE_VERSION = "unknown"
    return _ENGINE_VERSION


def data_version(matrix: pd.DataFrame, criteria: Sequence[Criterion]) -> str:
    """Hash of the data a score depends on: ``"sha256:<hex>"``.

    Covers the matrix index (district codes, in order), the names of the
    indicators the criteria use (sorted, so criterion order does not matter) and
    their raw values (``pandas.util.hash_pandas_object`` per row). Columns the
    criteria do not use do not change the version.
    """
    cols = sorted({c.indicator for c in criteria if c.indicator in matrix.columns})
    h = hashlib.sha256()
    h.update(repr(cols).encode())
    h.update(str(len(matrix)).encode())
    row_hash = pd.util.hash_pandas_object(matrix[cols], index=True)
    h.update(np.ascontiguousarray(row_hash.to_numpy(dtype=np.uint64)).tobytes())
    return "sha256:" + h.hexdigest()


# --------------------------------------------------------------------- ranks
TIE_TOLERANCE: float = 1e-9
"""Relative tolerance under which two scores are the same score for ranking.

Three districts whose scores are all exactly 10 mathematically may come out
of floating-point sums as 10.000000000000002, 10 and 9.999999999999998; they
must share rank 2 rather than get 2, 3, 3. Neighbouring scores (in sorted
order) closer than ``TIE_TOLERANCE * max(1, max |score|)`` tie (on the 0-100
scale: 1e-7 points, far below any displayed digit).
"""


def _tie_gap(a: np.ndarray) -> float:
    finite = a[np.isfinite(a)]
    top = float(np.abs(finite).max()) if finite.size else 0.0
    return TIE_TOLERANCE * max(1.0, top)


def rank_desc(scores: np.ndarray) -> np.ndarray:
    """Ranks of ``scores`` (1 = highest), ties share the lowest rank ("min").

    1-D: ranks of the elements. 2-D: ranks within each row (one row per run).
    One ``argsort`` plus linear work. Scores within floating-point noise of
    their neighbour in sorted order tie (:data:`TIE_TOLERANCE`).
    """
    a = np.asarray(scores, dtype=float)
    gap = _tie_gap(a)
    if a.ndim == 1:
        n = a.shape[0]
        ranks1 = np.empty(n, dtype=np.int64)
        if n == 0:
            return ranks1
        order = np.argsort(a)[::-1]  # descending; order within ties is irrelevant for "min"
        s1 = a[order]
        new1 = np.empty(n, dtype=bool)
        new1[0] = True
        # descending order: a new rank starts where the score drops by more than the noise
        np.greater(s1[:-1] - s1[1:], gap, out=new1[1:])
        new1[1:] |= np.isnan(s1[1:]) != np.isnan(s1[:-1])
        starts1 = np.where(new1, np.arange(n, dtype=np.int64), 0)
        np.maximum.accumulate(starts1, out=starts1)
        starts1 += 1
        ranks1[order] = starts1
        return ranks1
    runs, n = a.shape
    ranks = np.empty((runs, n), dtype=np.int64)
    if n == 0:
        return ranks
    order = np.argsort(-a, axis=1)
    s = np.take_along_axis(a, order, axis=1)
    pos = np.broadcast_to(np.arange(n, dtype=np.int64), (runs, n))
    new = np.ones((runs, n), dtype=bool)
    np.greater(s[:, :-1] - s[:, 1:], gap, out=new[:, 1:])
    new[:, 1:] |= np.isnan(s[:, 1:]) != np.isnan(s[:, :-1])
    starts = np.where(new, pos, 0)
    np.maximum.accumulate(starts, axis=1, out=starts)
    starts += 1
    np.put_along_axis(ranks, order, starts, axis=1)
    return ranks


# -------------------------------------------------------------- aggregation
ArrayOrThunk = np.ndarray | Callable[[], np.ndarray]


@dataclass
class Aggregation:
    """What a scorer's ``aggregate`` returns for the scored (valid) districts.

    Attributes
    ----------
    score
        ``(m,)`` scores on 0-100 of the ``m`` valid districts, in prepared order.
    contributions
        ``(m, k)`` points per criterion, or a zero-argument callable returning
        them (computed only if someone reads ``ScoreResult.contributions``).
    diagnostics
        Method-specific, JSON-friendly numbers.
    """

    score: np.ndarray
    contributions: ArrayOrThunk
    diagnostics: dict[str, Any] = field(default_factory=dict)


class LazyScoreResult(ScoreResult):
    """A :class:`ScoreResult` whose ``rank`` and ``contributions`` are built on first access.

    Behaves as a ``ScoreResult`` in every respect (``isinstance``, fields,
    ``dataclasses.replace``, pickling, which materialises both).
    """

    def __init__(
        self,
        score: pd.Series,
        rank: pd.Series | Callable[[], pd.Series],
        contributions: pd.DataFrame | Callable[[], pd.DataFrame],
        excluded: dict[str, str],
        recipe: dict[str, Any],
        diagnostics: dict[str, Any] | None = None,
    ) -> None:
        self.score = score
        self._rank = rank
        self._contributions = contributions
        self.excluded = excluded
        self.recipe = recipe
        self.diagnostics = {} if diagnostics is None else diagnostics

    @property
    def rank(self) -> pd.Series:
        if callable(self._rank):
            self._rank = self._rank()
        return self._rank

    @rank.setter
    def rank(self, value: pd.Series) -> None:
        self._rank = value

    @property
    def contributions(self) -> pd.DataFrame:
        if callable(self._contributions):
            self._contributions = self._contributions()
        return self._contributions

    @contributions.setter
    def contributions(self, value: pd.DataFrame) -> None:
        self._contributions = value

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            ScoreResult,
            (self.score, self.rank, self.contributions, self.excluded, self.recipe, self.diagnostics),
        )


class ResultContext:
    """What stays the same between re-scores of one prepared matrix.

    Built once per prepared matrix (by :class:`~smartzone.scoring.engine.ScoringSession`
    or by :meth:`Scorer.score`); :meth:`build` then only wraps arrays.
    """

    def __init__(self, prepared: Any, data_version: str) -> None:
        self.index: pd.Index = pd.Index(prepared.codes)
        self.valid: np.ndarray = np.asarray(prepared.valid, dtype=bool)
        self.all_valid: bool = bool(self.valid.all())
        self.criteria: tuple[Criterion, ...] = tuple(prepared.criteria)
        self.columns: pd.Index = pd.Index([c.indicator for c in self.criteria], dtype=object)
        self.excluded: dict[str, str] = {str(k): str(v) for k, v in dict(prepared.excluded).items()}
        self.missing_report: Any = getattr(prepared, "missing_report", {})
        self.notes: tuple[str, ...] = tuple(getattr(prepared, "notes", ()))
        self.data_version = data_version
        self.engine_version = engine_version()
        self._criteria_dicts = [c.to_dict() for c in self.criteria]

    def build(
        self,
        agg: Aggregation,
        *,
        method: str,
        params: Mapping[str, Any],
        weights: np.ndarray,
        scale: str = "",
        method_names: tuple[str, str] = ("", ""),
    ) -> ScoreResult:
        """Wrap an :class:`Aggregation` of the valid districts into a full result."""
        n = len(self.index)
        valid = self.valid
        sv = np.asarray(agg.score, dtype=float)
        if self.all_valid:
            full = sv
        else:
            full = np.full(n, np.nan)
            full[valid] = sv
        score = pd.Series(full, index=self.index, name="score", copy=False)

        index = self.index
        all_valid = self.all_valid

        def make_rank() -> pd.Series:
            r = np.zeros(n, dtype=np.int64)
            r[valid] = rank_desc(sv)
            arr = pd.arrays.IntegerArray(r, ~valid)
            return pd.Series(arr, index=index, name="rank", copy=False)

        contrib_src = agg.contributions
        columns = self.columns

        def make_contributions() -> pd.DataFrame:
            c = contrib_src() if callable(contrib_src) else contrib_src
            c = np.asarray(c, dtype=float)
            if not all_valid:
                cf = np.full((n, c.shape[1] if c.ndim == 2 else len(columns)), np.nan)
                cf[valid] = c
                c = cf
            return pd.DataFrame(c, index=index, columns=columns, copy=False)

        w = [float(x) for x in weights]
        criteria_dicts = [{**d, "weight": wi} for d, wi in zip(self._criteria_dicts, w, strict=True)]
        recipe = {
            "method": method,
            "method_name": method_names[0] or method,
            "method_name_en": method_names[1] or method,
            "params": dict(params),
            "weights": dict(zip(columns, w, strict=True)),
            "criteria": criteria_dicts,
            "data_version": self.data_version,
            "engine_version": self.engine_version,
        }
        diagnostics: dict[str, Any] = {
            "n_scored": int(sv.shape[0]),
            "n_excluded": int(n - sv.shape[0]),
            "scale": scale,
            "missing": self.missing_report,
            "notes": list(self.notes),
        }
        diagnostics.update(agg.diagnostics)
        return LazyScoreResult(
            score=score,
            rank=make_rank,
            contributions=make_contributions,
            excluded=dict(self.excluded),
            recipe=recipe,
            diagnostics=diagnostics,
        )


# ------------------------------------------------------------------ checking
def result_problems(
    result: Any,
    index: pd.Index,
    criteria: Sequence[Criterion],
    *,
    method: str | None = None,
) -> list[str]:
    """Everything wrong with a scorer's output, as sentences (empty list = valid).

    Checks the type, that ``score`` covers exactly the matrix's districts with
    values in [0, 100] (NaN exactly where excluded), that ``rank`` is the
    "min"-tie ranking of ``score``, the shape and finiteness of
    ``contributions``, and the recipe keys.
    """
    problems: list[str] = []
    if not isinstance(result, ScoreResult):
        return [f"returned {type(result).__name__}, not a ScoreResult"]
    score = result.score
    if not isinstance(score, pd.Series):
        return [f"score is {type(score).__name__}, not a pandas Series"]
    if len(score) != len(index) or not score.index.sort_values().equals(pd.Index(index).sort_values()):
        problems.append(
            f"score has {len(score)} districts, the matrix {len(index)}; "
            "the score must have one value per district of the matrix"
        )
        return problems
    try:
        s = score.reindex(index).to_numpy(dtype=float)
    except (TypeError, ValueError):
        return ["score values are not numbers"]
    excluded = result.excluded if isinstance(result.excluded, dict) else {}
    if not isinstance(result.excluded, dict):
        problems.append("excluded is not a dict of code -> reason")
    ex_mask = pd.Index(index).isin([str(k) for k in excluded])
    scored = ~ex_mask
    bad = ~np.isfinite(s[scored])
    if bad.any():
        codes = list(pd.Index(index)[scored][bad][:5])
        problems.append(f"score is NaN or infinite for {int(bad.sum())} scored districts, e.g. {codes}")
    finite = s[scored][~bad]
    if finite.size and (finite.min() < -1e-9 or finite.max() > 100 + 1e-9):
        problems.append(
            f"score outside 0-100 (min {finite.min():.6g}, max {finite.max():.6g})"
        )
    if ex_mask.any() and np.isfinite(s[ex_mask]).any():
        problems.append("excluded districts have a score; it must be NaN")
    try:
        rank = result.rank
    except Exception as exc:  # noqa: BLE001 - lazily built from the plugin's arrays
        rank = None
        problems.append(f"rank could not be built ({type(exc).__name__}: {exc})")
    if rank is None:
        pass
    elif not isinstance(rank, pd.Series) or len(rank) != len(index):
        problems.append("rank is not a Series with one value per district")
    elif not bad.any():
        try:
            r = rank.reindex(index)
            rs = r[scored].to_numpy(dtype=float)
            expected = rank_desc(s[scored])
            if not np.array_equal(rs, expected.astype(float)):
                problems.append("rank is not the ranking of score (1 = best, ties share the lowest rank)")
            if ex_mask.any() and r[ex_mask].notna().any():
                problems.append("excluded districts have a rank; it must be <NA>")
        except (TypeError, ValueError):
            problems.append("rank values are not integers")
    k = len(criteria)
    try:
        contrib = result.contributions
    except Exception as exc:  # noqa: BLE001 - lazily built from the plugin's arrays
        contrib = None
        problems.append(f"contributions could not be built ({type(exc).__name__}: {exc})")
    if contrib is None:
        pass
    elif not isinstance(contrib, pd.DataFrame):
        problems.append(f"contributions is {type(contrib).__name__}, not a DataFrame")
    elif contrib.shape != (len(index), k):
        problems.append(f"contributions has shape {contrib.shape}, expected {(len(index), k)}")
    elif set(map(str, contrib.columns)) != {c.indicator for c in criteria}:
        problems.append("contributions columns are not the criteria indicators")
    else:
        try:
            cv = contrib.reindex(index).to_numpy(dtype=float)[scored]
            if not np.isfinite(cv).all():
                problems.append("contributions are NaN or infinite for scored districts")
        except (TypeError, ValueError):
            problems.append("contributions are not numbers")
    recipe = result.recipe
    if not isinstance(recipe, dict):
        problems.append("recipe is not a dict")
    else:
        missing = [key for key in RECIPE_KEYS if key not in recipe]
        if missing:
            problems.append(f"recipe lacks {missing}")
        elif method is not None and recipe["method"] != method:
            problems.append(f"recipe method is {recipe['method']!r}, expected {method!r}")
    if not isinstance(result.diagnostics, dict):
        problems.append("diagnostics is not a dict")
    return problems


def check_result(
    result: Any,
    index: pd.Index,
    criteria: Sequence[Criterion],
    *,
    method: str | None = None,
) -> ScoreResult:
    """Return ``result`` if valid, else raise :class:`PluginError` listing the problems."""
    problems = result_problems(result, index, criteria, method=method)
    if problems:
        who = f"Scorer {method!r}" if method else "The scorer"
        detail = "; ".join(problems)
        raise PluginError(f"{who} returned an invalid result: {detail}.", key="plugin_invalid_result",
                          method=method or "", detail=detail)
    checked: ScoreResult = result  # no problems: a valid ScoreResult
    return checked


def is_close_scores(a: pd.Series, b: pd.Series, tol: float = 1e-9) -> bool:
    """True if two score Series agree (same index, NaN in the same places, |a-b| <= tol)."""
    if not a.index.equals(b.index):
        return False
    x, y = a.to_numpy(dtype=float), b.to_numpy(dtype=float)
    same_nan = np.array_equal(np.isnan(x), np.isnan(y))
    return bool(same_nan and np.allclose(np.nan_to_num(x), np.nan_to_num(y), rtol=0, atol=tol))
