"""Weight sensitivity: Monte-Carlo perturbation and one-at-a-time sweeps.

Both work on a :class:`~smartzone.scoring.engine.ScoringSession` (the prepared
matrix is reused; the session's current weights are not changed).

Cost. For WLC the runs are one matrix product: ``W (N x k) @ V.T (k x m)``
followed by one row-wise ``argsort``, batches ranked in parallel threads
(1,000 runs on 3,501 districts x 12 criteria: about 0.26 s of CPU, see
``bench/bench_scoring.py``). Other weight-using methods (WPM, OWA,
TOPSIS, VIKOR, similarity) fall back to one aggregation per run, so the
cost is ``N`` times one re-score of that method (see ``bench/bench_scoring.py``;
e.g. about 1-3 ms per run for TOPSIS/VIKOR on 3,501 x 12, so 1,000 runs take
a few seconds). Methods that ignore weights (fuzzy AND/OR, supervised) are
refused with a :class:`ParameterError`: perturbing weights cannot change them.

Memory: ranks are kept as int32, ``N x m x 4`` bytes (14 MB for 1,000 runs
on 3,501 districts); refused above :data:`MAX_RANK_CELLS`.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from smartzone.scoring.feedback import Feedback

from .base import Scorer
from .engine import ScoringSession
from .errors import Cancelled, ParameterError
from .model import Criterion
from .result import rank_desc

MAX_RANK_CELLS = 400_000_000
_BATCH_CELLS = 4_000_000


def _is_linear(scorer: Any) -> bool:
    from .methods.owa import OrderedWeightedAverage
    from .methods.wlc import WeightedLinearCombination

    if isinstance(scorer, WeightedLinearCombination):
        return True
    return isinstance(scorer, OrderedWeightedAverage) and float(scorer.get_params()["alpha"]) == 1.0


def _check_session(session: ScoringSession) -> Scorer:
    scorer = session.scorer
    if not isinstance(scorer, Scorer):
        scorer = getattr(scorer, "scorer", scorer)
    if not isinstance(scorer, Scorer):
        raise ParameterError(
            "Weight sensitivity needs a scorer built on smartzone.scoring.Scorer; "
            f"got {type(scorer).__name__}."
        )
    if not getattr(scorer, "uses_weights", True):
        raise ParameterError(
            f"The method {scorer.id!r} does not use criterion weights, so weight sensitivity "
            "cannot change its ranking. Choose a weighted method (e.g. 'wlc').",
            key="sensitivity_unweighted", method=str(scorer.id),
        )
    return scorer


#: The one cancellation exception (:class:`smartzone.scoring.errors.Cancelled`), older name.
SensitivityCancelled = Cancelled


def _progress(feedback: Feedback | None, done: int, total: int) -> None:
    if feedback is None:
        return
    if feedback.is_canceled():
        raise Cancelled("Cancelled by the user.")
    feedback.set_progress(100.0 * done / max(total, 1))


def _as_session(source: Any, criteria: Sequence[Criterion] | None, scorer: Any) -> ScoringSession:
    if isinstance(source, ScoringSession):
        return source
    if isinstance(source, pd.DataFrame):
        if criteria is None:
            raise ParameterError("Pass the criteria with the matrix: monte_carlo(matrix, criteria, scorer).")
        return ScoringSession(source, criteria, "wlc" if scorer is None else scorer)
    raise ParameterError(
        f"Sensitivity needs a ScoringSession or (matrix, criteria, scorer); got {type(source).__name__}."
    )


def _ranks_for_weights(
    session: ScoringSession, scorer: Scorer, weights: np.ndarray, feedback: Feedback | None = None
) -> np.ndarray:
    """``(N, m)`` int32 ranks of the valid districts for each weight row."""
    values = session.valid_values
    n_runs, m = weights.shape[0], values.shape[0]
    if n_runs * m > MAX_RANK_CELLS:
        raise ParameterError(
            f"{n_runs} runs x {m} districts would keep {n_runs * m:,} ranks in memory; "
            f"use fewer runs (at most {MAX_RANK_CELLS // max(m, 1):,}).",
            key="sensitivity_too_many_runs", runs=int(n_runs), districts=int(m), most=MAX_RANK_CELLS // max(m, 1),
        )
    out = np.empty((n_runs, m), dtype=np.int32)
    if _is_linear(scorer):
        vt = np.ascontiguousarray(values.T)
        workers = max(1, min(os.cpu_count() or 1, 8))
        # batches small enough to stay in cache-friendly sizes and to share between threads
        batch = max(1, min(_BATCH_CELLS // max(m, 1), -(-n_runs // workers)))

        def run(lo: int) -> None:
            out[lo : lo + batch] = rank_desc(weights[lo : lo + batch] @ vt)

        starts = range(0, n_runs, batch)
        if workers > 1 and len(starts) > 1:
            # numpy's sorts release the GIL: batches rank in parallel
            with ThreadPoolExecutor(max_workers=workers) as pool:
                for done, _ in enumerate(pool.map(run, starts), start=1):
                    _progress(feedback, min(done * batch, n_runs), n_runs)
        else:
            for lo in starts:
                run(lo)
                _progress(feedback, min(lo + batch, n_runs), n_runs)
        return out
    params = scorer.validated_params()
    prepared = session.prepared
    step = max(1, n_runs // 100)
    for i in range(n_runs):
        agg = scorer.aggregate(values, weights[i], prepared=prepared, params=params)
        out[i] = rank_desc(np.asarray(agg.score, dtype=float))
        if (i + 1) % step == 0:
            _progress(feedback, i + 1, n_runs)
    return out


@dataclass
class MonteCarloResult:
    """Outcome of :func:`monte_carlo` (index = scored district codes).

    Attributes
    ----------
    p_top_k
        Share of runs in which the district ranks within the top ``top_k``.
    rank_p05, rank_median, rank_p95
        5th percentile, median and 95th percentile of its rank (nearest rank).
    base_rank
        Rank with the unperturbed weights.
    weights
        ``(n_runs, k)`` sampled weights (columns = indicators).
    """

    p_top_k: pd.Series
    rank_p05: pd.Series
    rank_median: pd.Series
    rank_p95: pd.Series
    base_rank: pd.Series
    weights: pd.DataFrame
    top_k: int
    n_runs: int
    concentration: float
    seed: int
    method: str
    info: dict[str, Any] = field(default_factory=dict)

    def to_frame(self) -> pd.DataFrame:
        """One row per district: base rank, P(top k), rank 5 / 50 / 95 %."""
        return pd.DataFrame(
            {
                "base_rank": self.base_rank,
                "p_top_k": self.p_top_k,
                "rank_p05": self.rank_p05,
                "rank_median": self.rank_median,
                "rank_p95": self.rank_p95,
            }
        ).sort_values(["base_rank", "p_top_k"], ascending=[True, False])


def _rank_quantiles(ranks: np.ndarray, probs: Sequence[float]) -> np.ndarray:
    """Per district (column) quantiles of its ranks, ``numpy.quantile(method="nearest")``.

    Sorting the transposed int32 ranks row by row is several times faster than
    ``numpy.quantile`` along axis 0.
    """
    n_runs = ranks.shape[0]
    per_district = np.sort(np.ascontiguousarray(ranks.T), axis=1)
    idx = [int(np.around(p * (n_runs - 1))) for p in probs]
    return per_district[:, idx].T


def dirichlet_weights(
    base: np.ndarray, n_runs: int, concentration: float, rng: np.random.Generator
) -> np.ndarray:
    r"""``(n_runs, k)`` weights from a Dirichlet centred on ``base``.

    :math:`W \sim \mathrm{Dir}(c\, w)`: the mean is ``base`` and
    :math:`\mathrm{sd}(W_j) = \sqrt{w_j (1 - w_j) / (c + 1)}`; criteria with
    weight 0 stay 0.
    """
    w = np.asarray(base, dtype=float)
    pos = w > 0
    out = np.zeros((n_runs, w.size))
    if pos.sum() == 1:
        out[:, pos] = 1.0
    else:
        out[:, pos] = rng.dirichlet(concentration * w[pos], size=n_runs)
    return out


def monte_carlo(
    session: ScoringSession | pd.DataFrame,
    criteria: Sequence[Criterion] | None = None,
    scorer: Any = None,
    *,
    n_runs: int = 1000,
    concentration: float = 50.0,
    top_k: int = 10,
    seed: int = 0,
    weights: Sequence[float] | np.ndarray | None = None,
    feedback: Feedback | None = None,
    rank_map: Any = None,
) -> MonteCarloResult:
    r"""Monte-Carlo weight perturbation around the chosen weights.

    Draws ``n_runs`` weight vectors :math:`W \sim \mathrm{Dir}(c\,w)`
    (``c`` = ``concentration``: 10 = weights vary a lot, 200 = a little; the
    standard deviation of weight ``j`` is :math:`\sqrt{w_j(1-w_j)/(c+1)}`),
    scores every run and reports per district the probability of ranking in
    the top ``top_k`` and its 5-95 % rank interval.

    Parameters
    ----------
    session
        Matrix, criteria and scorer (its current weights are the centre unless
        ``weights`` is given); or a matrix, with ``criteria`` and ``scorer``
        (id or instance, default WLC) as the next arguments.
    n_runs, concentration, top_k, seed
        Number of runs, Dirichlet concentration (> 0), size of the "top"
        group, random seed (same seed, same result).
    feedback
        Optional object with ``set_progress(percent)``, ``is_canceled()`` and
        ``info(message)``; cancelling raises :class:`SensitivityCancelled`.
    rank_map
        Optional ``rank_map(session, scorer, weights, feedback) -> ranks`` that
        ranks the drawn weight rows in place of this process (each row's ranks
        depend on that row alone, so batches may run elsewhere, e.g. as Dask
        tasks in :mod:`smartzone.app.core.scale`); the draws stay here.
    """
    session = _as_session(session, criteria, scorer)
    if not isinstance(n_runs, int | np.integer) or n_runs < 1:
        raise ParameterError(f"The 'n_runs' parameter of monte_carlo must be an int >= 1. Got {n_runs!r} instead.",
                             key="sensitivity_setting", name="n_runs", least=1, value=repr(n_runs))
    if not (isinstance(concentration, int | float) and np.isfinite(concentration) and concentration > 0):
        raise ParameterError(
            f"The 'concentration' parameter of monte_carlo must be a float > 0. Got {concentration!r} instead.",
            key="sensitivity_setting", name="concentration", least=0, value=repr(concentration),
        )
    if not isinstance(top_k, int | np.integer) or top_k < 1:
        raise ParameterError(f"The 'top_k' parameter of monte_carlo must be an int >= 1. Got {top_k!r} instead.",
                             key="sensitivity_setting", name="top_k", least=1, value=repr(top_k))
    method = _check_session(session)
    base = session.weights if weights is None else session.normalize(weights)
    rng = np.random.default_rng(seed)
    w = dirichlet_weights(base, int(n_runs), float(concentration), rng)
    ranks = (rank_map or _ranks_for_weights)(session, method, w, feedback)
    base_rank = _ranks_for_weights(session, method, base[None, :])[0]
    codes = session.valid_codes
    q = _rank_quantiles(ranks, (0.05, 0.5, 0.95))
    p_top = (ranks <= top_k).mean(axis=0)
    return MonteCarloResult(
        p_top_k=pd.Series(p_top, index=codes, name="p_top_k"),
        rank_p05=pd.Series(q[0].astype(np.int64), index=codes, name="rank_p05"),
        rank_median=pd.Series(q[1].astype(np.int64), index=codes, name="rank_median"),
        rank_p95=pd.Series(q[2].astype(np.int64), index=codes, name="rank_p95"),
        base_rank=pd.Series(base_rank.astype(np.int64), index=codes, name="base_rank"),
        weights=pd.DataFrame(w, columns=list(session.indicators)),
        top_k=int(top_k),
        n_runs=int(n_runs),
        concentration=float(concentration),
        seed=int(seed),
        method=method.id,
        info={"vectorised": _is_linear(method)},
    )


def sweep_weights(base: np.ndarray, i: int, grid: np.ndarray) -> np.ndarray:
    """Weights with criterion ``i`` set to each value of ``grid``, the others rescaled.

    The others keep their proportions: :math:`w_j' = w_j (1 - t) / (1 - w_i)`;
    if ``w_i = 1`` they share ``1 - t`` equally.
    """
    k = base.size
    out = np.empty((grid.size, k))
    rest = 1.0 - base[i]
    others = np.delete(np.arange(k), i)
    share = base[others] / rest if rest > 1e-12 else np.full(others.size, 1.0 / max(others.size, 1))
    out[:, i] = grid
    out[:, others] = (1.0 - grid)[:, None] * share[None, :]
    return out


@dataclass
class OneAtATimeResult:
    """Outcome of :func:`one_at_a_time`.

    Attributes
    ----------
    grid
        Weight values tried for each criterion (0 to 1).
    ranks
        Indicator -> DataFrame (index = scored districts, columns = grid
        values) of ranks.
    in_top_k
        Same shape, True where the district is in the top ``top_k``.
    stable_range
        Indicator -> ``(low, high)``: grid interval of that criterion's weight,
        around its current weight, over which the top-``top_k`` set does not
        change (to the grid step).
    base_weights
        Indicator -> current weight.
    """

    grid: np.ndarray
    ranks: dict[str, pd.DataFrame]
    in_top_k: dict[str, pd.DataFrame]
    stable_range: dict[str, tuple[float, float]]
    base_weights: dict[str, float]
    top_k: int
    method: str


def one_at_a_time(
    session: ScoringSession | pd.DataFrame,
    criteria: Sequence[Criterion] | None = None,
    scorer: Any = None,
    *,
    steps: int = 11,
    top_k: int = 10,
    feedback: Feedback | None = None,
) -> OneAtATimeResult:
    """Sweep each criterion's weight from 0 to 1 (others rescaled proportionally).

    Records every district's rank and top-``top_k`` membership at each step,
    and the weight interval over which the top ``top_k`` stays the same.
    ``k x steps`` runs (vectorised for WLC). Arguments as for :func:`monte_carlo`.
    """
    session = _as_session(session, criteria, scorer)
    if not isinstance(steps, int | np.integer) or steps < 2:
        raise ParameterError(f"The 'steps' parameter of one_at_a_time must be an int >= 2. Got {steps!r} instead.",
                             key="sensitivity_setting", name="steps", least=2, value=repr(steps))
    if not isinstance(top_k, int | np.integer) or top_k < 1:
        raise ParameterError(f"The 'top_k' parameter of one_at_a_time must be an int >= 1. Got {top_k!r} instead.",
                             key="sensitivity_setting", name="top_k", least=1, value=repr(top_k))
    method = _check_session(session)
    base = session.weights
    k = base.size
    grid = np.linspace(0.0, 1.0, int(steps))
    all_w = np.vstack([sweep_weights(base, i, grid) for i in range(k)])
    ranks = _ranks_for_weights(session, method, np.vstack([all_w, base[None, :]]), feedback)
    base_rank = ranks[-1]
    base_top = base_rank <= top_k
    ranks = ranks[:-1].reshape(k, grid.size, -1)
    codes = session.valid_codes
    names = session.indicators
    out_ranks: dict[str, pd.DataFrame] = {}
    out_top: dict[str, pd.DataFrame] = {}
    stable: dict[str, tuple[float, float]] = {}
    for i, name in enumerate(names):
        r = ranks[i]
        out_ranks[name] = pd.DataFrame(r.T.astype(np.int64), index=codes, columns=grid)
        top = r <= top_k
        out_top[name] = pd.DataFrame(top.T, index=codes, columns=grid)
        same = (top == base_top[None, :]).all(axis=1)
        centre = int(np.argmin(np.abs(grid - base[i])))
        lo = hi = centre
        if same[centre]:
            while lo > 0 and same[lo - 1]:
                lo -= 1
            while hi < grid.size - 1 and same[hi + 1]:
                hi += 1
            stable[name] = (float(grid[lo]), float(grid[hi]))
        else:
            stable[name] = (float(base[i]), float(base[i]))
    return OneAtATimeResult(
        grid=grid,
        ranks=out_ranks,
        in_top_k=out_top,
        stable_range=stable,
        base_weights=dict(zip(names, (float(x) for x in base), strict=True)),
        top_k=int(top_k),
        method=method.id,
    )
