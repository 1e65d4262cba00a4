"""Analytic Hierarchy Process (AHP): weights from pairwise comparisons.

``a_ij`` says how much more important criterion ``i`` is than criterion ``j``
on Saaty's 1-9 scale (``a_ji = 1 / a_ij``, ``a_ii = 1``).

* Weights: principal right eigenvector of ``A``, normalised to sum 1
  (Saaty 1977, 1980).
* Consistency: ``CI = (lambda_max - n) / (n - 1)``, ``CR = CI / RI(n)`` with
  Saaty's random index :data:`RANDOM_INDEX` (Saaty 1980, n = 1..15).
  ``CR > 0.10`` is flagged; the most inconsistent judgement is the given
  ``a_ij`` that deviates most from the ratio implied by the weights,
  ``max |ln a_ij - ln(w_i / w_j)|`` (the largest Saaty perturbation
  ``eps_ij = a_ij w_j / w_i`` or its inverse; Saaty 2003). The suggested
  repair is the ratio implied by all the *other* judgements (the pair left
  out and the matrix completed by Harker's method), snapped to the nearest
  value of the 1/9..9 scale; ``cr_after`` is the CR with that value.
* Missing comparisons (``NaN`` in both ``a_ij`` and ``a_ji``) are completed by
  Harker's (1987) method: ``C = A`` with missing entries set to 0 and
  ``c_ii = 1 + m_i`` (``m_i`` = number of missing comparisons in row ``i``);
  the principal eigenvector of ``C`` gives the weights and the missing
  ``a_ij`` are filled with ``w_i / w_j``. The completed matrix has the same
  principal eigenpair, so ``lambda_max`` and ``CR`` are those of ``C``. The
  known comparisons must connect all criteria.
* Group AHP (Forman & Peniwati 1998): ``aij`` aggregates the individual
  judgements cell by cell with the (weighted) geometric mean (Aczel & Saaty
  1983) and analyses the result; ``aip`` computes each expert's priorities
  and aggregates them with the (weighted) geometric mean, normalised.

References
----------
* Saaty, T. L. (1977). A scaling method for priorities in hierarchical
  structures. *J. Math. Psychology* 15, 234-281.
* Saaty, T. L. (1980). *The Analytic Hierarchy Process*. McGraw-Hill.
* Saaty, T. L. (2003). Decision-making with the AHP: Why is the principal
  eigenvector necessary. *EJOR* 145, 85-91.
* Harker, P. T. (1987). Incomplete pairwise comparisons in the analytic
  hierarchy process. *Mathematical Modelling* 9(11), 837-848.
* Aczel, J. & Saaty, T. L. (1983). Procedures for synthesizing ratio
  judgements. *J. Math. Psychology* 27, 93-102.
* Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and
  priorities with the analytic hierarchy process. *EJOR* 108, 165-169.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
from numpy.typing import ArrayLike, NDArray

from .errors import ParameterError

FloatArray = NDArray[np.float64]

__all__ = [
    "AHPResult",
    "InconsistentPair",
    "RANDOM_INDEX",
    "SAATY_SCALE",
    "ahp_analysis",
    "ahp_weights",
    "group_ahp",
    "snap_to_saaty",
]

RANDOM_INDEX: dict[int, float] = {
    1: 0.0, 2: 0.0, 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41,
    9: 1.45, 10: 1.49, 11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59,
}
"""Saaty's (1980) average random consistency index RI by matrix order n."""

SAATY_SCALE: tuple[float, ...] = tuple([1.0 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)])
"""The 17 values of Saaty's fundamental scale, 1/9 .. 1 .. 9."""

_LOG_SCALE = np.log(np.array(SAATY_SCALE))


def snap_to_saaty(value: float) -> float:
    """Nearest value of the 1/9..9 scale, measured on a log scale."""
    if not (isinstance(value, (int, float, np.floating)) and value > 0 and math.isfinite(value)):
        raise ParameterError(f"value must be a positive finite number, got {value!r}", key="ahp_judgement_value",
                             value=repr(value))
    return SAATY_SCALE[int(np.argmin(np.abs(_LOG_SCALE - math.log(value))))]


def _fmt_judgement(v: float) -> str:
    if v >= 1:
        return f"{v:g}" if abs(v - round(v)) > 1e-9 else str(int(round(v)))
    inv = 1.0 / v
    return f"1/{int(round(inv))}" if abs(inv - round(inv)) < 1e-9 else f"{v:.3g}"


def _fmt_ratio(v: float) -> str:
    return f"{v:.2f}" if v >= 1 else f"1/{1.0 / v:.2f}"


@dataclass(frozen=True)
class InconsistentPair:
    """The judgement that departs most from the ratio implied by the weights.

    Attributes
    ----------
    i, j
        Row and column (0-based), ``i < j``.
    labels
        Criterion names of ``i`` and ``j``.
    current
        The given judgement ``a_ij``.
    implied
        Ratio implied by the other judgements (see :func:`_worst_pair`).
    suggested
        ``implied`` snapped to the 1/9..9 scale: the value that would repair it.
    cr_after
        Consistency ratio with ``a_ij = suggested`` (and ``a_ji = 1/suggested``).
    """

    i: int
    j: int
    labels: tuple[str, str]
    current: float
    implied: float
    suggested: float
    cr_after: float

    def message(self) -> str:
        """One-line English explanation for the user."""
        a, b = self.labels
        return (
            f"most inconsistent judgement: {a} vs {b} = {_fmt_judgement(self.current)}; "
            f"the other judgements imply about {_fmt_ratio(self.implied)}; "
            f"changing it to {_fmt_judgement(self.suggested)} gives CR = {self.cr_after:.3f}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "i": self.i, "j": self.j, "labels": list(self.labels), "current": self.current,
            "implied": self.implied, "suggested": self.suggested, "cr_after": self.cr_after,
        }


@dataclass(frozen=True, eq=False)
class AHPResult:
    """Outcome of an AHP analysis.

    Attributes
    ----------
    weights
        Priority vector (sum 1), in the matrix's row order.
    lambda_max
        Principal eigenvalue (``n`` for a perfectly consistent matrix).
    ci, ri, cr
        Consistency index ``(lambda_max - n)/(n - 1)``, Saaty's random index
        and consistency ratio ``CI / RI`` (0 for ``n <= 2``). For ``aip`` group
        results ``cr`` is the largest individual CR (the group has no single
        matrix) and ``lambda_max``/``ci`` are those of the AIJ matrix, for
        reference.
    consistent
        ``cr <= threshold``.
    threshold
        The CR limit used (Saaty: 0.10).
    labels
        Criterion names.
    matrix
        The analysed reciprocal matrix, missing comparisons completed.
    n_missing
        Number of comparisons (pairs ``i < j``) that were missing and completed.
    worst_pair
        The most inconsistent given judgement (``None`` if ``n <= 2`` or the
        matrix is perfectly consistent).
    method
        ``"eigenvector"``, ``"aij"`` or ``"aip"``.
    individual
        Per-expert results for group AHP.
    """

    weights: FloatArray
    lambda_max: float
    ci: float
    ri: float
    cr: float
    consistent: bool
    threshold: float
    labels: tuple[str, ...]
    matrix: FloatArray
    n_missing: int = 0
    worst_pair: InconsistentPair | None = None
    method: str = "eigenvector"
    individual: tuple[AHPResult, ...] = field(default=())

    @property
    def n(self) -> int:
        return int(self.weights.size)

    def weights_by_label(self) -> dict[str, float]:
        """``{label: weight}``."""
        return {lbl: float(w) for lbl, w in zip(self.labels, self.weights, strict=True)}

    def message(self) -> str:
        """Short English summary: CR verdict and, if inconsistent, the pair to revisit."""
        head = f"CR = {self.cr:.3f} ({'<=' if self.consistent else '>'} {self.threshold:.2f})"
        if self.consistent:
            return head + ": judgements acceptably consistent"
        if self.worst_pair is not None:
            return head + ": " + self.worst_pair.message()
        bad = [r.labels for r in self.individual if not r.consistent]
        return head + (f": {len(bad)} expert(s) inconsistent" if bad else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "labels": list(self.labels),
            "weights": [float(w) for w in self.weights],
            "lambda_max": self.lambda_max,
            "ci": self.ci,
            "ri": self.ri,
            "cr": self.cr,
            "consistent": self.consistent,
            "threshold": self.threshold,
            "n_missing": self.n_missing,
            "matrix": [[float(v) for v in row] for row in self.matrix],
            "worst_pair": None if self.worst_pair is None else self.worst_pair.to_dict(),
            "individual": [r.to_dict() for r in self.individual],
        }


# --------------------------------------------------------------------------- validation


#: Largest judgement accepted (and 1 over it the smallest): far beyond Saaty's 9, well inside
#: the range where ratios, products and the eigenvector stay finite.
_MAX_JUDGEMENT = 1e6


def _who(who: str) -> dict[str, object]:
    """Whose matrix an error is about, as plain data (``expert`` number or the combined ``panel``)."""
    if who.startswith("expert "):
        return {"expert": int(who.split()[1])}
    return {"panel": True} if who else {}


def _cell(labels: tuple[str, ...], i: int, j: int) -> dict[str, object]:
    """A matrix cell as plain data: row and column numbers (from 1) and their criteria."""
    return {"row": i + 1, "column": j + 1, "row_label": labels[i], "column_label": labels[j]}


def _parse(
    matrix: ArrayLike | pd.DataFrame,
    labels: Sequence[str] | None,
    reciprocal_tol: float,
    who: str = "",
) -> tuple[FloatArray, tuple[str, ...]]:
    """Validate and return a reciprocal matrix with NaN for missing pairs, plus labels."""
    prefix = f"{who}: " if who else ""
    if isinstance(matrix, pd.DataFrame):
        lab = tuple(str(v) for v in matrix.index)
        raw: ArrayLike = matrix.to_numpy()
    else:
        lab = ()
        raw = matrix
    try:
        a = np.array(raw, dtype=np.float64)
    except (TypeError, ValueError):
        raise ParameterError(f"{prefix}pairwise matrix must contain numbers (or NaN for missing)",
                             key="ahp_not_numbers", **_who(who)) from None
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        raise ParameterError(f"{prefix}pairwise matrix must be square, got shape {a.shape}", key="ahp_not_square",
                             shape=" x ".join(map(str, a.shape)), **_who(who))
    n = a.shape[0]
    if n == 0:
        raise ParameterError(f"{prefix}pairwise matrix is empty", key="ahp_empty", **_who(who))
    if n > max(RANDOM_INDEX):
        raise ParameterError(
            f"{prefix}AHP supports at most {max(RANDOM_INDEX)} criteria per matrix (got {n}); "
            "group criteria into a hierarchy",
            key="ahp_too_many", most=max(RANDOM_INDEX), count=n, **_who(who),
        )
    if labels is not None:
        lab = tuple(str(v) for v in labels)
    if not lab:
        lab = tuple(f"C{i + 1}" for i in range(n))
    if len(lab) != n:
        raise ParameterError(f"{prefix}got {len(lab)} labels for a {n} x {n} matrix", key="ahp_labels_count",
                             count=len(lab), n=n, **_who(who))

    def cell(i: int, j: int) -> str:
        return f"row {i + 1} ({lab[i]}), column {j + 1} ({lab[j]})"

    bad = np.argwhere(np.isinf(a) | (a <= 0))
    if bad.size:
        i, j = map(int, bad[0])
        raise ParameterError(
            f"{prefix}comparison at {cell(i, j)} is {a[i, j]:g}; comparisons must be positive "
            "(1/9 .. 9), or empty for a missing comparison",
            key="ahp_not_positive", value=f"{a[i, j]:g}", **_cell(lab, i, j), **_who(who),
        )
    # Saaty's scale is 1/9 .. 9; allow far beyond it, but not values whose products and
    # reciprocals overflow or underflow (1e300, 1e-300) and break the eigenvector.
    extreme = np.argwhere(np.isfinite(a) & ((a > _MAX_JUDGEMENT) | (a < 1.0 / _MAX_JUDGEMENT)))
    if extreme.size:
        i, j = map(int, extreme[0])
        raise ParameterError(
            f"{prefix}comparison at {cell(i, j)} is {a[i, j]:g}; AHP judgements are ratios on "
            f"Saaty's 1/9 .. 9 scale (at most {_MAX_JUDGEMENT:g} and at least 1/{_MAX_JUDGEMENT:g} "
            "accepted)",
            key="ahp_off_scale", value=f"{a[i, j]:g}", most=f"{_MAX_JUDGEMENT:g}", **_cell(lab, i, j), **_who(who),
        )
    for i in range(n):
        if not np.isnan(a[i, i]) and abs(a[i, i] - 1.0) > 1e-9:
            raise ParameterError(f"{prefix}diagonal at {cell(i, i)} must be 1, got {a[i, i]:g}", key="ahp_diagonal",
                                 value=f"{a[i, i]:g}", **_cell(lab, i, i), **_who(who))
        a[i, i] = 1.0
    for i in range(n):
        for j in range(i + 1, n):
            x, y = a[i, j], a[j, i]
            if np.isnan(x) and np.isnan(y):
                continue
            if np.isnan(x):
                a[i, j] = 1.0 / y
            elif np.isnan(y):
                a[j, i] = 1.0 / x
            else:
                prod = x * y
                if abs(prod - 1.0) > reciprocal_tol:
                    raise ParameterError(
                        f"{prefix}matrix is not reciprocal at {cell(i, j)}: a_ij = {x:g} and "
                        f"a_ji = {y:g} (product {prod:.3g}, expected 1); set a_ji = 1/a_ij",
                        key="ahp_not_reciprocal", value=f"{x:g}", other=f"{y:g}", **_cell(lab, i, j), **_who(who),
                    )
                g = math.sqrt(x / y)  # exact reciprocity, keeps a typed 0.333 close to 1/3
                a[i, j], a[j, i] = g, 1.0 / g
    return a, lab


def _components(known: NDArray[np.bool_]) -> list[list[int]]:
    n = known.shape[0]
    seen = [False] * n
    comps: list[list[int]] = []
    for s in range(n):
        if seen[s]:
            continue
        stack, comp = [s], []
        seen[s] = True
        while stack:
            u = stack.pop()
            comp.append(u)
            for v in np.flatnonzero(known[u]).tolist():
                if not seen[v]:
                    seen[v] = True
                    stack.append(v)
        comps.append(sorted(comp))
    return comps


def _principal(m: FloatArray) -> tuple[float, FloatArray]:
    vals, vecs = np.linalg.eig(m)
    k = int(np.argmax(vals.real))
    lam = float(vals[k].real)
    v = np.abs(vecs[:, k].real)
    return lam, v / v.sum()


def _eigen(a: FloatArray, labels: tuple[str, ...], who: str = "") -> tuple[float, FloatArray, FloatArray, int]:
    """Principal eigenpair with Harker completion; returns (lambda, w, completed, n_missing)."""
    n = a.shape[0]
    missing = np.isnan(a)
    n_missing = int(np.triu(missing, 1).sum())
    if n_missing == 0:
        lam, w = _principal(a)
        return lam, w, a, 0
    comps = _components(~missing & ~np.eye(n, dtype=bool))
    if len(comps) > 1:
        groups = "; ".join("{" + ", ".join(labels[i] for i in c) + "}" for c in comps)
        prefix = f"{who}: " if who else ""
        raise ParameterError(
            f"{prefix}the comparisons do not link all criteria: {groups} are never compared with "
            "each other, directly or through other criteria; add at least one comparison between the groups",
            key="ahp_not_linked", groups=groups, **_who(who),
        )
    c = np.where(missing, 0.0, a)
    c[np.diag_indices(n)] = 1.0 + missing.sum(axis=1)
    lam, w = _principal(c)
    completed = np.where(missing, w[:, None] / w[None, :], a)
    return lam, w, completed, n_missing


def _consistency(lam: float, n: int) -> tuple[float, float, float]:
    if n <= 2:
        return 0.0, 0.0, 0.0
    ci = max((lam - n) / (n - 1), 0.0)
    ri = RANDOM_INDEX[n]
    return ci, ri, ci / ri


def _worst_pair(
    a: FloatArray,
    w: FloatArray,
    given: NDArray[np.bool_],
    labels: tuple[str, ...],
    incomplete: FloatArray,
) -> InconsistentPair | None:
    """Most inconsistent given judgement and the value the other judgements imply.

    The pair is the given ``a_ij`` (``i < j``) with the largest
    ``|ln a_ij - ln(w_i / w_j)|``. Its repair is the ratio implied by all the
    *other* judgements: drop ``a_ij`` (and ``a_ji``), complete the matrix by
    Harker's method and take ``w'_i / w'_j``, snapped to the 1/9..9 scale (if
    dropping it would unlink the criteria, ``w_i / w_j`` is used).
    """
    n = a.shape[0]
    if n <= 2:
        return None
    ratio = w[:, None] / w[None, :]
    dev = np.abs(np.log(a) - np.log(ratio))
    dev = np.where(np.triu(given, 1), dev, -1.0)
    i, j = map(int, np.unravel_index(int(np.argmax(dev)), dev.shape))
    if dev[i, j] <= 1e-9:
        return None
    loo = incomplete.copy()
    loo[i, j] = loo[j, i] = np.nan
    known = ~np.isnan(loo) & ~np.eye(n, dtype=bool)
    if len(_components(known)) == 1:
        _lam, w_loo, _c, _m = _eigen(loo, labels)
        implied = float(w_loo[i] / w_loo[j])
    else:
        implied = float(ratio[i, j])
    suggested = snap_to_saaty(implied)
    trial = incomplete.copy()
    trial[i, j], trial[j, i] = suggested, 1.0 / suggested
    lam, _w, _c, _m = _eigen(trial, labels)
    _ci, _ri, cr_after = _consistency(lam, n)
    return InconsistentPair(
        i=i, j=j, labels=(labels[i], labels[j]), current=float(a[i, j]),
        implied=implied, suggested=suggested, cr_after=float(cr_after),
    )


def _check_threshold(threshold: float) -> float:
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not (0 < threshold < 1):
        raise ParameterError(f"threshold must be between 0 and 1, got {threshold!r}", key="param_between",
                             name="threshold", low=0, high=1, value=repr(threshold))
    return float(threshold)


def _check_tol(reciprocal_tol: float) -> float:
    if isinstance(reciprocal_tol, bool) or not isinstance(reciprocal_tol, (int, float)) or not (0 <= reciprocal_tol < 1):
        raise ParameterError(f"reciprocal_tol must be between 0 and 1, got {reciprocal_tol!r}", key="param_between",
                             name="reciprocal_tol", low=0, high=1, value=repr(reciprocal_tol))
    return float(reciprocal_tol)


def _analyse(
    a: FloatArray, labels: tuple[str, ...], threshold: float, method: str, who: str = ""
) -> AHPResult:
    n = a.shape[0]
    given = ~np.isnan(a)
    lam, w, completed, n_missing = _eigen(a, labels, who)
    ci, ri, cr = _consistency(lam, n)
    worst = _worst_pair(completed, w, given, labels, a) if cr > 0 else None
    return AHPResult(
        weights=w, lambda_max=lam, ci=ci, ri=ri, cr=cr, consistent=cr <= threshold,
        threshold=threshold, labels=labels, matrix=completed, n_missing=n_missing,
        worst_pair=worst, method=method,
    )


# --------------------------------------------------------------------------- public API


def ahp_analysis(
    matrix: ArrayLike | pd.DataFrame,
    *,
    labels: Sequence[str] | None = None,
    threshold: float = 0.10,
    reciprocal_tol: float = 0.05,
) -> AHPResult:
    """Weights and consistency of one pairwise comparison matrix.

    Parameters
    ----------
    matrix
        ``n x n`` positive reciprocal matrix (``n <= 15``); a DataFrame's index
        gives the labels. ``NaN`` marks a missing comparison; if only one of
        ``a_ij``/``a_ji`` is given the other is its reciprocal.
    labels
        Criterion names (default: DataFrame index or ``C1..Cn``).
    threshold
        CR above which the matrix is flagged inconsistent (Saaty: 0.10).
    reciprocal_tol
        Accepted ``|a_ij * a_ji - 1|`` (typed decimals such as 0.33 for 1/3);
        accepted pairs are then made exactly reciprocal by ``sqrt(a_ij / a_ji)``.

    Raises
    ------
    ParameterError
        Not square, more than 15 criteria, a non-positive or infinite entry, a
        diagonal entry other than 1, a non-reciprocal pair (the cell is named),
        or missing comparisons that leave criteria unlinked.
    """
    threshold = _check_threshold(threshold)
    a, lab = _parse(matrix, labels, _check_tol(reciprocal_tol))
    return _analyse(a, lab, threshold, "eigenvector")


def ahp_weights(matrix: ArrayLike | pd.DataFrame) -> tuple[FloatArray, float]:
    """Principal-eigenvector weights and consistency ratio: ``(weights, cr)``.

    Examples
    --------
    >>> w, cr = ahp_weights([[1, 3], [1/3, 1]])
    >>> [round(x, 3) for x in w], cr
    ([0.75, 0.25], 0.0)
    """
    res = ahp_analysis(matrix)
    return res.weights, res.cr


def _align_frames(frames: list[pd.DataFrame]) -> list[pd.DataFrame]:
    """Reorder each expert's labelled matrix to the first expert's criterion order."""
    order = [str(v) for v in frames[0].index]
    out = []
    for e, f in enumerate(frames):
        f = f.copy()
        f.index = [str(v) for v in f.index]
        f.columns = [str(v) for v in f.columns]
        if set(f.index) != set(order) or set(f.columns) != set(order):
            raise ParameterError(
                f"expert {e + 1}: criteria {sorted(f.index)} differ from expert 1's {sorted(order)}",
                key="ahp_experts_differ", expert=e + 1, criteria=sorted(f.index), first=sorted(order),
            )
        out.append(f.loc[order, order])
    return out


def group_ahp(
    matrices: Sequence[ArrayLike | pd.DataFrame],
    *,
    method: Literal["aij", "aip"] = "aij",
    expert_weights: ArrayLike | None = None,
    labels: Sequence[str] | None = None,
    threshold: float = 0.10,
    reciprocal_tol: float = 0.05,
) -> AHPResult:
    """Combine an expert panel's pairwise matrices.

    Parameters
    ----------
    matrices
        One ``n x n`` matrix per expert (same criteria, same order; labelled
        DataFrames are reordered to the first expert's order). ``NaN`` = the
        expert did not judge that pair.
    method
        ``"aij"``: cell-wise weighted geometric mean of the judgements given
        (``a_ij = exp(sum_e v_e ln a_ij^e / sum_e v_e)`` over the experts who
        judged the pair), then :func:`ahp_analysis` (Harker completion for
        pairs nobody judged). ``"aip"``: each expert's eigenvector weights
        (Harker completion), combined by the weighted geometric mean
        ``w_i = prod_e (w_i^e)^{v_e}`` and normalised.
    expert_weights
        Non-negative importance ``v_e`` of each expert (default equal).
    labels, threshold, reciprocal_tol
        As in :func:`ahp_analysis`.

    Returns
    -------
    AHPResult
        ``individual`` holds each expert's analysis. For ``aip`` ``cr`` is the
        largest individual CR.
    """
    threshold = _check_threshold(threshold)
    tol = _check_tol(reciprocal_tol)
    if method not in ("aij", "aip"):
        raise ParameterError(f"method must be 'aij' or 'aip', got {method!r}", key="param_choice",
                             name="method", value=str(method), choices=["aij", "aip"])
    if isinstance(matrices, (np.ndarray, pd.DataFrame)) and np.ndim(matrices) == 2:
        raise ParameterError("matrices must be a list of matrices, one per expert")
    mats: Sequence[ArrayLike | pd.DataFrame] = list(matrices)
    if not mats:
        raise ParameterError("matrices is empty: give at least one expert's matrix", key="ahp_no_experts")
    if all(isinstance(m, pd.DataFrame) for m in mats):
        mats = _align_frames(mats)  # type: ignore[arg-type]  # all DataFrames, checked above
    parsed = [_parse(m, labels, tol, who=f"expert {e + 1}") for e, m in enumerate(mats)]
    n = parsed[0][0].shape[0]
    for e, (a, _l) in enumerate(parsed):
        if a.shape[0] != n:
            raise ParameterError(
                f"expert {e + 1}: matrix is {a.shape[0]} x {a.shape[0]}, expected {n} x {n} like expert 1",
                key="ahp_expert_size", expert=e + 1, size=int(a.shape[0]), n=int(n),
            )
    lab = parsed[0][1]
    if expert_weights is None:
        v = np.ones(len(mats))
    else:
        v = np.asarray(expert_weights, dtype=np.float64)
        if v.shape != (len(mats),):
            raise ParameterError(f"expert_weights must have {len(mats)} values, got shape {v.shape}",
                                 key="ahp_expert_weights", count=len(mats), value=repr(expert_weights))
        if not np.all(np.isfinite(v)) or np.any(v < 0) or v.sum() <= 0:
            raise ParameterError("expert_weights must be non-negative finite numbers, not all zero",
                                 key="ahp_expert_weights", count=len(mats), value=repr(expert_weights))
    v = v / v.sum()
    individual = tuple(
        _analyse(a, lab, threshold, "eigenvector", who=f"expert {e + 1}") for e, (a, _l) in enumerate(parsed)
    )
    stack = np.stack([a for a, _l in parsed])  # experts x n x n, NaN = not judged
    known = ~np.isnan(stack)
    logs = np.log(np.where(known, stack, 1.0))
    denom = (v[:, None, None] * known).sum(axis=0)
    num = (v[:, None, None] * logs).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        agg = np.where(denom > 0, np.exp(num / np.where(denom > 0, denom, 1.0)), np.nan)
    agg[np.diag_indices(n)] = 1.0
    aij = _analyse(agg, lab, threshold, "aij", who="combined panel")
    if method == "aij":
        return AHPResult(
            weights=aij.weights, lambda_max=aij.lambda_max, ci=aij.ci, ri=aij.ri, cr=aij.cr,
            consistent=aij.consistent, threshold=threshold, labels=lab, matrix=aij.matrix,
            n_missing=aij.n_missing, worst_pair=aij.worst_pair, method="aij", individual=individual,
        )
    wlog = np.log(np.stack([r.weights for r in individual]))
    w = np.exp((v[:, None] * wlog).sum(axis=0))
    w = w / w.sum()
    cr = max(r.cr for r in individual)
    return AHPResult(
        weights=w, lambda_max=aij.lambda_max, ci=aij.ci, ri=aij.ri, cr=cr,
        consistent=cr <= threshold, threshold=threshold, labels=lab,
        matrix=w[:, None] / w[None, :], n_missing=aij.n_missing, worst_pair=None,
        method="aip", individual=individual,
    )
