"""Benchmark of :func:`smartzone.scoring.prepare.prepare` and ``with_weights``.

Synthetic matrices of n districts x 12 indicators (uniform 0-1, 2 % missing in
one column, codes as 7-digit text like 읍면동 census codes). Scenarios:

- ``minmax``: 12 min-max criteria, median imputation, no constraints;
- ``mixed``: the 12 criteria cycle through minmax, zscore, percentile,
  grade5, fuzzy_large, fuzzy_sigmoid; one constraint excluding about 10 %;
- ``with_weights``: re-weighting an already prepared matrix.

Reports the median of ``--repeat`` runs after one warm-up run.

Usage::

    python bench/bench_prepare.py              # n = 3,501 and 1,000,000
    python bench/bench_prepare.py --n 250 3501 --repeat 20
"""
from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pandas as pd

from smartzone.scoring.model import Constraint, Criterion, Standardization
from smartzone.scoring.prepare import prepare

METHODS = ["minmax", "zscore", "percentile", "grade5", "fuzzy_large", "fuzzy_sigmoid"]


def make_matrix(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    m = pd.DataFrame(
        rng.random((n, 12)) + 0.01,
        columns=[f"c{i}" for i in range(12)],
        index=pd.Index([f"{i:07d}" for i in range(n)], name="code"),
    )
    m.iloc[::50, 3] = np.nan
    return m


def scenario(name: str) -> list[Criterion]:
    if name == "minmax":
        return [Criterion(f"c{i}", "cost" if i % 2 else "benefit", weight=i + 1) for i in range(12)]
    crit = [
        Criterion(
            f"c{i}",
            "cost" if i % 2 else "benefit",
            standardization=Standardization(METHODS[i % len(METHODS)]),
            weight=i + 1,
        )
        for i in range(12)
    ]
    crit[0] = Criterion("c0", constraints=(Constraint("<", 0.11, "synthetic"),))
    return crit


def timed(fn: object, repeat: int) -> float:
    fn()  # type: ignore[operator]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[3_501, 1_000_000])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    print(f"{'n':>10} {'scenario':>13} {'median ms':>10} {'valid':>10}")
    for n in args.n:
        m = make_matrix(n)
        for name in ("minmax", "mixed"):
            crit = scenario(name)
            t = timed(lambda m=m, crit=crit: prepare(m, crit), args.repeat)
            p = prepare(m, crit)
            print(f"{n:>10,} {name:>13} {t * 1e3:>10.1f} {p.n_valid:>10,}")
        p = prepare(m, scenario("minmax"))
        w = np.arange(12, 0, -1, dtype=float)
        t = timed(lambda p=p, w=w: p.with_weights(w), args.repeat)
        print(f"{n:>10,} {'with_weights':>13} {t * 1e3:>10.3f} {p.n_valid:>10,}")


if __name__ == "__main__":
    main()
