"""Contiguous candidate regions of a score run (Qt-free): problem building, outputs, style.

The optimisation is :func:`smartzone.scoring.regions.locate_regions`; this
module turns a scored district layer into its inputs (Queen neighbours from
:mod:`smartzone.layers.contiguity` *without* island links, since a region must
be connected on the ground; areas in km^2 from the geometry; population from
an indicator column; centroids; pairs of districts closer than the wanted
separation), and writes the result: a GeoPackage layer ``regions`` (every
district with its ``region`` id, 0 = none) with a QGIS style that colours
the regions, a CSV with one row per region, and a shapefile on request,
committed as one set.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

#: Region colours (ColorBrewer Set1 without its grey), region 1 first.
REGION_COLOURS = ("#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00",
                  "#ffff33", "#a65628", "#f781bf", "#66c2a5", "#1b9e77")
POPULATION_FIELDS = ("pop_2020", "population", "pop_total", "pop")


@dataclass
class RegionOptions:
    """Limits of :func:`smartzone.scoring.regions.locate_regions`, in user units (km, km^2, persons)."""

    k: int = 3
    min_size: int = 2
    max_size: int = 5
    objective: str = "total"
    max_area_km2: float | None = None
    min_area_km2: float | None = None
    max_population: float | None = None
    min_population: float | None = None
    population_field: str | None = None
    max_extent_km: float | None = None
    min_separation_km: float = 0.0
    method: str = "auto"
    time_limit: float = 60.0


def _population(run: Any, frame: Any, field: str | None) -> tuple[np.ndarray | None, str | None]:
    matrix = run.matrix
    names = [field] if field else [f for f in POPULATION_FIELDS if f in matrix.columns]
    for name in names:
        if name in matrix.columns:
            values = pd.to_numeric(matrix[name], errors="coerce").reindex(frame["code"].astype(str).to_numpy())
            return values.to_numpy(dtype=float), name
    if field:
        raise ValueError(f"population field {field!r} is not an indicator of this project; "
                         f"indicators: {', '.join(map(str, matrix.columns))}")
    return None, None


def build_problem(run: Any, frame: Any, options: RegionOptions) -> tuple[Any, dict[str, Any]]:
    """The :class:`RegionProblem` of a scored frame (``code``, ``score``, polygons in metres)."""
    import shapely

    from smartzone.layers.contiguity import queen_contiguity
    from smartzone.scoring.regions import RegionProblem

    crs = getattr(frame, "crs", None)
    if crs is None or not crs.is_projected:
        raise ValueError("regions need districts in a projected CRS in metres (e.g. EPSG:5179); "
                         f"the layer is in {crs}")
    codes = frame["code"].astype(str).tolist()
    geoms = frame.geometry.to_numpy()
    nb = queen_contiguity(geoms, codes, islands="none")
    pairs = nb.pairs()
    area = shapely.area(geoms) / 1e6
    cent = shapely.get_coordinates(shapely.centroid(geoms)) / 1000.0
    need_pop = options.max_population is not None or options.min_population is not None
    pop, pop_field = _population(run, frame, options.population_field) if need_pop else (None, None)
    if need_pop and pop is None:
        raise ValueError("population limits need a population indicator: pass the population field "
                         f"(none of {', '.join(POPULATION_FIELDS)} is among the indicators)")
    close = None
    if options.min_separation_km > 0:
        tree = shapely.STRtree(geoms)
        a, b = tree.query(geoms, predicate="dwithin", distance=options.min_separation_km * 1000.0)
        keep = a < b
        close = np.stack([a[keep], b[keep]], axis=1).astype(np.int64)
    score = pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype=float)
    problem = RegionProblem(score=score, pairs=pairs, area=area, population=pop, centroids=cent,
                            close_pairs=close)
    return problem, {"population_field": pop_field, "islands": nb.islands}


def find_regions(run: Any, frame: Any, options: RegionOptions) -> tuple[Any, Any, dict[str, Any]]:
    """Solve; returns the frame with a ``region`` column, the solution and facts for the console."""
    from smartzone.scoring.regions import locate_regions

    problem, facts = build_problem(run, frame, options)
    sol = locate_regions(
        problem, k=options.k, min_size=options.min_size, max_size=options.max_size,
        objective=options.objective, max_area=options.max_area_km2, min_area=options.min_area_km2,
        max_population=options.max_population, min_population=options.min_population,
        max_extent=options.max_extent_km, method=options.method, time_limit=options.time_limit,
    )
    out = frame.copy()
    out["region"] = sol.region.astype(np.int64)
    facts["problem"] = problem
    return out, sol, facts


def region_rows(frame: Any, sol: Any, problem: Any) -> pd.DataFrame:
    """One row per region: id, size, codes, names, total and mean score, area, population."""
    from smartzone.scoring.regions import region_table

    codes = frame["code"].astype(str).tolist()
    rows = region_table(sol.region, problem.score, codes, problem.area, problem.population)
    names = frame["name"].astype(str).tolist()
    pos = {c: i for i, c in enumerate(codes)}
    table = pd.DataFrame(rows)
    table["names"] = [", ".join(names[pos[c]] for c in r["districts"]) for r in rows]
    table["districts"] = [" ".join(r["districts"]) for r in rows]
    table = table.rename(columns={"area": "area_km2"})
    return table


def region_style(k: int) -> Any:
    """Graduated style on the integer ``region`` field: 0 = no region (no fill), 1..k coloured."""
    from smartzone.layers.qml import StyleSpec

    colours = ["#f7f7f700"] + [REGION_COLOURS[i % len(REGION_COLOURS)] for i in range(k)]
    labels = ["후보 권역 아님 (no region)"] + [f"권역 {r} (region {r})" for r in range(1, k + 1)]
    return StyleSpec(field="region", breaks=[float(r) for r in range(k + 1)], colors=colours, labels=labels,
                     lower=-0.5, method="manual", label_field="name", title="후보 권역 (candidate regions)",
                     no_data_color=None, precision=0)


def write_regions(frame: Any, table: pd.DataFrame, out_dir: str | Path, formats: list[str], *,
                  overwrite: bool = False, encoding: str = "cp949", metadata: dict[str, Any] | None = None,
                  name: str = "regions") -> list[Any]:
    """Write ``regions.gpkg`` (+ ``regions.csv``, optional shapefile) as one set; the export reports."""
    from smartzone.layers import export
    from smartzone.layers.atomic import FileSet

    k = int(frame["region"].max()) if len(frame) else 0
    style = region_style(max(k, 1))
    keep = [c for c in ("code", "name", "sido", "score", "rank", "region") if c in frame.columns]
    layer = frame[[*keep, "geometry"]]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    reports = []
    with FileSet(out, overwrite=overwrite) as fs:
        reports.append(export.write_gpkg(layer, out / f"{name}.gpkg", name, style=style, overwrite=overwrite,
                                         metadata=metadata, fileset=fs))
        reports.append(export.write_csv(table, out / f"{name}.csv", bom=True, overwrite=overwrite, fileset=fs))
        if "shp" in formats:
            reports.append(export.export_shapefile(layer, out, name, encoding=encoding, crs=layer.crs,
                                                   metadata=metadata, style=style, overwrite=overwrite,
                                                   fileset=fs))
        fs.commit()
    return reports
