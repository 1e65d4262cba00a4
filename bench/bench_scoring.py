"""Timings of the scoring engine through its public API (median of repeats).

    python bench/bench_scoring.py            # full table (about a minute)
    python bench/bench_scoring.py --quick    # fewer repeats, no 1,000,000-cell rows
    python bench/bench_scoring.py --targets  # only the rows that have a target

Each row reports the best and the median of its repeats, after one warm-up
call; the 1-, 5- and 15-minute load averages are printed before and after
(other jobs on the machine inflate the medians more than the best).

Targets (issue): WLC re-score of 3,501 x 12 when only the weights change
< 1 ms; of 1,000,000 x 12 < 100 ms; 1,000-run Monte-Carlo on 3,501 x 12
< 0.5 s. A re-score's ``rank`` is built lazily on first read, so the re-score
targets are measured on the "score read" rows (what the map needs); the
"+ rank read" rows are reported beside them.

Rows:
* reference: plain numpy min-max + weighted sum + rank (what a hand-written
  script would do), full and with the min-max cached;
* ScoringSession: first ``score()`` (prepare + data hash), ``rescore(weights)``
  with only the score read, and with ``rank`` and ``contributions`` read too;
* every built-in method's ``score()`` on 3,501 x 12;
* Monte-Carlo (1,000 runs) and one-at-a-time sweeps on 3,501 x 12;
* memory (tracemalloc peak) of a 1,000,000 x 12 session, in bytes per cell x criterion.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable

import numpy as np
import pandas as pd

from smartzone.scoring import Criterion, ScoringSession, get_scorer, monte_carlo, one_at_a_time


def timed(fn: Callable[[], object], repeats: int, warmup: int = 1) -> tuple[float, float, float]:
    """``(best, median, best CPU)`` of ``fn`` in ms over ``repeats`` calls after ``warmup`` calls.

    CPU = user + system time of this process (all its threads): unlike the wall
    time it hardly changes when other jobs share the machine.
    """
    for _ in range(warmup):
        fn()
    times, cpu = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times) * 1e3, statistics.median(times) * 1e3, min(cpu) * 1e3


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:  # not available on Windows
        return "n/a"
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} CPUs)"


def problem(n: int, k: int = 12, seed: int = 0) -> tuple[pd.DataFrame, list[Criterion]]:
    rng = np.random.default_rng(seed)
    index = pd.Index([f"{i:08d}" for i in range(n)], name="code")
    frame = pd.DataFrame(rng.lognormal(2.0, 0.8, (n, k)), index=index, columns=[f"ind{j:02d}" for j in range(k)])
    criteria = [Criterion(f"ind{j:02d}", "benefit" if j % 3 else "cost", weight=float(1 + j % 4)) for j in range(k)]
    return frame, criteria


def _read_all(result: object) -> tuple[object, object]:
    return result.rank, result.contributions  # type: ignore[attr-defined]


def numpy_reference(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    lo, hi = x.min(axis=0), x.max(axis=0)
    v = (x - lo) / (hi - lo)
    s = v @ w
    r = np.empty(len(s), dtype=np.int64)
    r[np.argsort(-s)] = np.arange(1, len(s) + 1)
    return r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--targets", action="store_true", help="only the rows that have a target")
    parser.add_argument("--repeat", type=int, default=None, help="repeats per row (default 30, --quick 5)")
    args = parser.parse_args()
    rep = args.repeat or (5 if args.quick else 30)
    rows: list[tuple[str, str, float, float, float, str]] = []
    rng = np.random.default_rng(1)
    load_before = load()
    print(f"load average before: {load_before}")

    def add(what: str, size: str, ms: tuple[float, float, float], target: str = "") -> None:
        best, median, cpu = ms
        rows.append((what, size, best, median, cpu, target))
        print(f"  {what:<58} {size:>16} {best:10.3f} {median:10.3f} {cpu:10.3f} ms  {target}", flush=True)

    # ---------------------------------------------------------- reference
    for n in () if args.targets else (3_501, 500_000):
        frame, criteria = problem(n)
        x = frame.to_numpy()
        w = rng.random(12)
        w /= w.sum()
        r = rep if n < 10_000 else max(3, rep // 5)
        add("numpy reference: min-max + sum + rank", f"{n:,} x 12", timed(lambda x=x, w=w: numpy_reference(x, w), r))
        lo, hi = x.min(axis=0), x.max(axis=0)
        v = (x - lo) / (hi - lo)

        def cached(v=v, w=w) -> None:
            s = v @ w
            rr = np.empty(len(s), dtype=np.int64)
            rr[np.argsort(-s)] = np.arange(1, len(s) + 1)

        add("numpy reference, min-max cached", f"{n:,} x 12", timed(cached, r))

    # ------------------------------------------------------------ session
    sizes = [3_501] if args.quick else [3_501, 1_000_000]
    for n in sizes:
        frame, criteria = problem(n)
        r = rep if n < 10_000 else max(3, rep // 5)
        if not args.targets:
            add("ScoringSession(...).score() (prepare + hash)", f"{n:,} x 12",
                timed(lambda f=frame, c=criteria: ScoringSession(f, c, "wlc").score(), max(3, r // 3)))
        session = ScoringSession(frame, criteria, "wlc")
        session.score()
        weights = [rng.random(12) + 0.01 for _ in range(r + 1)]
        it = iter(weights * 10)
        target = "< 1 ms" if n < 10_000 else "< 100 ms"
        add("WLC rescore(weights), score read", f"{n:,} x 12",
            timed(lambda s=session, it=it: s.rescore(next(it)).score, r), target)
        add("WLC rescore(weights) + rank read", f"{n:,} x 12",
            timed(lambda s=session, it=it: s.rescore(next(it)).rank, r), "(reported beside)")
        if not args.targets:
            add("WLC rescore(weights) + rank + contributions read", f"{n:,} x 12",
                timed(lambda s=session, it=it: _read_all(s.rescore(next(it))), r))

    # --------------------------------------------------------- methods
    frame, criteria = problem(3_501)
    refs = list(frame.index[:10])
    methods = () if args.targets else (
        "wlc", "wpm", "owa", "fuzzy_and", "fuzzy_or", "topsis", "vikor", "supervised", "similarity"
    )
    for sid in methods:
        kw: dict[str, object] = {}
        if sid == "supervised":
            kw = {"positives": refs}
        if sid == "similarity":
            kw = {"references": refs}
        if sid == "owa":
            kw = {"alpha": 2.0}
        scorer = get_scorer(sid, **kw)
        session = ScoringSession(frame, criteria, scorer)
        session.score()
        r = 3 if sid in ("supervised", "similarity") else rep
        add(f"{sid}: score() incl. prepare", "3,501 x 12", timed(lambda s=scorer: s.score(frame, criteria), r))
        add(f"{sid}: session.rescore(weights) + rank", "3,501 x 12",
            timed(lambda s=session: s.rescore(rng.random(12) + 0.01).rank, r))

    # ------------------------------------------------------- sensitivity
    session = ScoringSession(frame, criteria, "wlc")
    session.score()
    add("monte_carlo WLC, 1,000 runs", "3,501 x 12",
        timed(lambda: monte_carlo(session, n_runs=1000), max(3, rep // 3)), "< 500 ms")
    if args.targets:
        _report(rows, load_before)
        return
    add("one_at_a_time WLC, 12 criteria x 11 steps", "3,501 x 12", timed(lambda: one_at_a_time(session), max(3, rep // 5)))
    topsis = ScoringSession(frame, criteria, "topsis")
    topsis.score()
    ms = timed(lambda: monte_carlo(topsis, n_runs=100), 3)
    add("monte_carlo TOPSIS (scorer loop), 100 runs", "3,501 x 12", ms, f"-> {ms[1] * 10 / 1e3:.1f} s per 1,000")

    # ------------------------------------------------------------ memory
    if not args.quick:
        n = 1_000_000
        frame, criteria = problem(n)
        cells = n * 12
        tracemalloc.start()
        session = ScoringSession(frame, criteria, "wlc")
        session.score()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        res = session.rescore(rng.random(12))
        _, peak_rescore = tracemalloc.get_traced_memory()
        _read_all(res)
        _, peak_all = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"\nmemory, {n:,} x 12 (input frame {frame.memory_usage(deep=False).sum() / cells:.1f} B/cell):")
        print(f"  session + first score peak: {peak / cells:6.1f} bytes per cell x criterion")
        print(f"  rescore (score only):       {(peak_rescore - base) / n:6.1f} bytes per cell")
        print(f"  + rank + contributions:     {(peak_all - base) / cells:6.1f} bytes per cell x criterion")

    _report(rows, load_before)


def _report(rows: list[tuple[str, str, float, float, float, str]], load_before: str) -> None:
    print(f"\nload average before: {load_before}; after: {load()}")
    print("\n| what | size | best ms | median ms | CPU ms (best) | target |\n|---|---|---:|---:|---:|---|")
    for what, size, best, median, cpu, target in rows:
        print(f"| {what} | {size} | {best:.3f} | {median:.3f} | {cpu:.3f} | {target} |")


if __name__ == "__main__":
    main()
