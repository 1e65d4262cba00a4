"""Robustness of a plan to the scenario's weights: how often each (district, solution) is chosen.

The weights are drawn as in :func:`smartzone.scoring.sensitivity.monte_carlo`
(a Dirichlet centred on the scenario's weights); each draw re-scores the
districts and re-solves the plan with the same rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from smartzone.scoring.engine import ScoringSession
from smartzone.scoring.planner.milp import solve_milp
from smartzone.scoring.planner.model import PlanCancelled, PlanError, PlanProblem, PlanRules
from smartzone.scoring.sensitivity import dirichlet_weights

__all__ = ["Robustness", "plan_robustness", "sample_scores"]


@dataclass
class Robustness:
    """``frequency[d, s]``: share of runs (0-1) whose plan deploys solution ``s`` in district ``d``."""

    frequency: np.ndarray
    n_runs: int
    infeasible_runs: int
    concentration: float
    seed: int

    def district_frequency(self) -> np.ndarray:
        """Share of runs in which each district gets anything (approximated by its most frequent solution)."""
        return self.frequency.max(axis=1) if self.frequency.size else np.zeros(0)


def sample_scores(
    session: ScoringSession, codes: list[str], n_runs: int, concentration: float = 50.0, seed: int = 0
) -> np.ndarray:
    """``(n_runs, len(codes))`` scores for weights drawn around the session's weights (NaN = excluded)."""
    rng = np.random.default_rng(seed)
    weights = dirichlet_weights(session.weights, n_runs, concentration, rng)
    out = np.full((n_runs, len(codes)), np.nan)
    for i, w in enumerate(weights):
        score = session.rescore(w).score
        out[i] = score.reindex(codes).to_numpy(dtype=float)
    return out


def plan_robustness(
    problem: PlanProblem,
    rules: PlanRules,
    score_runs: np.ndarray,
    *,
    time_limit: float = 30.0,
    concentration: float = 50.0,
    seed: int = 0,
    feedback: Any = None,
) -> Robustness:
    """Re-solve the plan for each row of ``score_runs`` (from :func:`sample_scores`)."""
    runs = np.asarray(score_runs, dtype=float)
    if runs.ndim != 2 or runs.shape[1] != len(problem.codes):
        raise PlanError(f"score runs must be (runs x {len(problem.codes)} districts); got {runs.shape}.")
    counts = np.zeros((len(problem.codes), len(problem.catalogue)))
    bad = 0
    for i, scores in enumerate(runs):
        if feedback is not None:
            if feedback.is_canceled():
                raise PlanCancelled("Robustness analysis cancelled by the user.", key="cancelled")
            feedback.set_progress(100.0 * i / max(len(runs), 1))
        out = solve_milp(problem.with_scores(scores), rules, time_limit=time_limit, mip_rel_gap=1e-4)
        if out.units is None:
            bad += 1
            continue
        counts += out.units > 0
    done = max(len(runs) - bad, 1)
    return Robustness(counts / done, len(runs), bad, concentration, seed)
