"""Benchmark of hot spots (3,501 읍면동, 999 permutations) and candidate regions (250 시군구).

Hot spots: the industry-hub score of the demo at 읍면동 level, then

- ``contiguity``: Queen neighbours from the polygons (:func:`smartzone.layers.contiguity.queen_contiguity`,
  islands linked to the nearest district);
- ``local Moran``: :func:`smartzone.scoring.hotspots.local_hotspots` (999 conditional permutations,
  FDR), and ``total`` = both, what ``smartzone score --hotspots`` adds;
- anchors measured in the same run: esda's ``Moran_Local`` called directly on the same scores and
  weights, and (``--libpysal``, slow) ``libpysal.weights.Queen.from_dataframe`` on the same polygons.

Regions: the industry-hub score at 시군구 level, k = 3 regions of 2-4 districts at least 1 km apart
(:func:`smartzone.scoring.regions.locate_regions`, seeded region growing + set packing); anchor:
the full MILP with the same limits given the same time (HiGHS, time limit = the heuristic's
median x 2), its objective beside the heuristic's.

Imports and data loading happen before the clock. Best and median of ``--rounds``.

Usage::

    python bench/bench_spatial.py
    python bench/bench_spatial.py --rounds 5 --libpysal
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
import warnings
from collections.abc import Callable
from typing import Any

TARGET_S = 5.0


def _timed(fn: Callable[[], Any], rounds: int) -> tuple[float, float, Any]:
    times, out = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times), out


def _row(label: str, best: float, median: float, note: str = "") -> None:
    flag = "" if median < TARGET_S else "  (over the 5 s target)"
    print(f"  {label:<34} best {best:6.2f} s   median {median:6.2f} s{flag}  {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--libpysal", action="store_true", help="also time libpysal's Queen (about 20 s)")
    args = parser.parse_args()

    import esda
    import libpysal
    import numpy as np

    from smartzone.app.core.hotspots import contiguity
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario
    from smartzone.app.core.regions import RegionOptions, build_problem
    from smartzone.scoring.hotspots import local_hotspots, spatial_weights
    from smartzone.scoring.regions import locate_regions

    print(f"bench_spatial: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}, "
          f"esda {esda.__version__}, libpysal {libpysal.__version__}, rounds {args.rounds}")

    # ------------------------------------------------------------- hot spots
    run = run_scenario(Project.demo(level="emd", preset="industry-hub"))
    frame = run.frame()
    scores = frame.set_index(frame["code"].astype(str))["score"]
    print(f"hot spots: {len(frame)} 읍면동, 999 permutations, seed 0, FDR 5 %")
    b, m, nb = _timed(lambda: contiguity(frame), args.rounds)
    _row("Queen contiguity (SmartZone)", b, m, f"{len(nb.islands)} islands linked")
    b2, m2, hs = _timed(lambda: local_hotspots(scores, nb.neighbours), args.rounds)
    _row("local Moran's I (SmartZone)", b2, m2, str(hs.counts()))
    _row("total (--hotspots)", b + b2, m + m2)
    codes = [c for c in scores.index if np.isfinite(scores[c])]
    w = spatial_weights(nb.neighbours, codes)
    y = scores[codes].to_numpy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b3, m3, _ = _timed(lambda: esda.Moran_Local(y, w, permutations=999, seed=0, n_jobs=1), args.rounds)
    _row("anchor: esda.Moran_Local directly", b3, m3)
    if args.libpysal:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            b4, m4, _ = _timed(lambda: libpysal.weights.Queen.from_dataframe(frame, ids=list(frame["code"]),
                                                                             use_index=False), 1)
        _row("anchor: libpysal Queen.from_dataframe", b4, m4, "(1 round)")

    # --------------------------------------------------------------- regions
    run2 = run_scenario(Project.demo(level="sigungu", preset="industry-hub"))
    frame2 = run2.frame()
    options = RegionOptions(k=3, min_size=2, max_size=4, min_separation_km=1.0)
    problem, _facts = build_problem(run2, frame2, options)
    print(f"regions: {len(frame2)} 시군구, k=3, 2-4 districts, >= 1 km apart, total score")

    def greedy() -> Any:
        return locate_regions(problem, k=3, min_size=2, max_size=4, method="greedy")

    b5, m5, sol = _timed(greedy, args.rounds)
    _row("regions (seeded growing + packing)", b5, m5, f"objective {sol.objective:.2f}")
    b6, m6, _ = _timed(lambda: build_problem(run2, frame2, options), args.rounds)
    _row("problem building (contiguity etc.)", b6, m6)
    from smartzone.scoring.errors import ParameterError

    for limit in (5.0, 60.0):
        t0 = time.perf_counter()
        try:
            exact = locate_regions(problem, k=3, min_size=2, max_size=4, method="exact", time_limit=limit)
            said = (f"objective {exact.objective:.2f} "
                    f"({'optimal' if exact.optimal else 'not proven optimal'})")
        except ParameterError as exc:
            said = f"no solution ({exc})"
        print(f"  anchor: full MILP, {limit:.0f} s limit: {said} in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
