"""Contiguous candidate regions: the MILP is optimal (checked by enumeration), the greedy
growing is feasible and close, the limits hold."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from smartzone.scoring.errors import ParameterError
from smartzone.scoring.regions import RegionProblem, locate_regions


def grid(rows: int, cols: int, seed: int = 0):
    """Districts on a rows x cols lattice, rook neighbours, random scores."""
    rng = np.random.default_rng(seed)
    n = rows * cols
    pairs = [(r * cols + c, r * cols + c + 1) for r in range(rows) for c in range(cols - 1)]
    pairs += [(r * cols + c, (r + 1) * cols + c) for r in range(rows - 1) for c in range(cols)]
    cent = np.array([(c, r) for r in range(rows) for c in range(cols)], dtype=float)
    score = rng.uniform(0, 100, n).round(1)
    return score, np.array(pairs), cent, rng.uniform(1, 5, n).round(1)


def connected(members, pairs):
    members = set(members)
    if not members:
        return False
    nb = {i: set() for i in members}
    for a, b in pairs:
        if a in members and b in members:
            nb[a].add(b)
            nb[b].add(a)
    start = next(iter(members))
    seen, todo = {start}, [start]
    while todo:
        for j in nb[todo.pop()]:
            if j not in seen:
                seen.add(j)
                todo.append(j)
    return seen == members


def all_regions(n, pairs, lo, hi, ok=lambda m: True):
    for size in range(lo, hi + 1):
        for members in itertools.combinations(range(n), size):
            if connected(members, pairs) and ok(members):
                yield members


@pytest.mark.parametrize("seed", range(3))
def test_one_region_total_is_optimal_by_enumeration(seed):
    score, pairs, cent, area = grid(3, 4, seed)
    best = max(score[list(m)].sum() for m in all_regions(12, pairs, 2, 4))
    sol = locate_regions(RegionProblem(score, pairs), k=1, min_size=2, max_size=4, method="exact")
    assert sol.optimal and sol.objective == pytest.approx(best)
    assert connected(np.flatnonzero(sol.region == 1), pairs)


@pytest.mark.parametrize("seed", range(3))
def test_two_separate_regions_with_area_limit_are_optimal_by_enumeration(seed):
    score, pairs, cent, area = grid(3, 4, seed)
    adjacent = {tuple(sorted(p)) for p in pairs.tolist()}
    regions = list(all_regions(12, pairs, 1, 3, ok=lambda m: area[list(m)].sum() <= 7.0))
    best = 0.0
    for a, b in itertools.combinations(regions, 2):
        if set(a) & set(b) or any(tuple(sorted((i, j))) in adjacent for i in a for j in b):
            continue  # overlapping or touching
        best = max(best, score[list(a)].sum() + score[list(b)].sum())
    prob = RegionProblem(score, pairs, area=area, close_pairs=pairs)  # separation: regions may not touch
    sol = locate_regions(prob, k=2, min_size=1, max_size=3, max_area=7.0, method="exact")
    assert sol.optimal and sol.objective == pytest.approx(best)
    r1, r2 = sol.members()
    assert connected(r1, pairs) and connected(r2, pairs)
    assert area[r1].sum() <= 7.0 + 1e-9 and area[r2].sum() <= 7.0 + 1e-9
    assert not any(tuple(sorted((i, j))) in adjacent for i in r1 for j in r2)
    assert score[r1].mean() >= score[r2].mean()  # region 1 = best mean


def test_mean_objective_and_extent_are_optimal_by_enumeration():
    score, pairs, cent, area = grid(3, 4, 5)

    def compact(m):
        c = cent[list(m)]
        return np.sqrt(((c[:, None] - c[None]) ** 2).sum(-1)).max() <= 1.5

    best = max(score[list(m)].mean() for m in all_regions(12, pairs, 3, 4, ok=compact))
    prob = RegionProblem(score, pairs, centroids=cent)
    sol = locate_regions(prob, k=1, min_size=3, max_size=4, objective="mean", max_extent=1.5, method="exact")
    assert sol.objective == pytest.approx(best)
    assert sol.info["dinkelbach_iterations"] >= 2


def test_excluded_districts_are_never_chosen_and_cut_contiguity():
    score, pairs, cent, area = grid(1, 5, 0)
    score[:] = [90, 80, np.nan, 100, 100]
    # three in a row would need district 2, which is excluded: no region of three exists
    with pytest.raises(ParameterError, match="no set of regions"):
        locate_regions(RegionProblem(score, pairs), k=1, min_size=3, max_size=3, method="exact")
    ok = locate_regions(RegionProblem(score, pairs), k=1, min_size=2, max_size=3, method="exact")
    assert ok.region.tolist() == [0, 0, 0, 1, 1]


def test_infeasible_limits_give_a_clear_message():
    score, pairs, cent, area = grid(2, 2, 0)
    with pytest.raises(ParameterError, match="no set of regions meets the limits"):
        locate_regions(RegionProblem(score, pairs, area=area), k=1, min_size=2, max_size=2, max_area=0.5,
                       method="exact")
    with pytest.raises(ParameterError, match="only 4 districts can be chosen"):
        locate_regions(RegionProblem(score, pairs), k=3, min_size=2, max_size=2)


@pytest.mark.parametrize("seed", range(6))
def test_greedy_is_feasible_and_checked_against_the_optimum(seed):
    score, pairs, cent, area = grid(4, 5, seed)
    prob = RegionProblem(score, pairs, area=area, close_pairs=pairs)
    sol = locate_regions(prob, k=2, min_size=2, max_size=4, max_area=12.0, method="greedy", check_exact=True)
    assert not sol.optimal
    for members in sol.members():
        assert connected(members, pairs) and 2 <= members.size <= 4 and area[members].sum() <= 12.0
    assert -1e-9 <= sol.info["gap"] < 0.25  # the optimality check on small cases
    assert sol.objective <= sol.info["exact_objective"] + 1e-9


def test_regions_command_writes_styled_gpkg_csv_and_shapefile(tmp_path, capsys):
    import csv

    import pyogrio

    from smartzone.app.cli import main
    from smartzone.layers.gpkg_style import read_layer_styles

    code = main(["regions", "--k", "2", "--max-size", "3", "--min-separation", "1", "--out", str(tmp_path),
                 "--export", "shp", "-q"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "region 1: " in out.out and "region 2: " in out.out
    layer = pyogrio.read_dataframe(tmp_path / "regions.gpkg", layer="regions")
    assert len(layer) == 250 and set(layer["region"]) == {0, 1, 2}
    sizes = layer["region"].value_counts()
    assert 2 <= sizes[1] <= 3 and 2 <= sizes[2] <= 3
    # regions are connected and do not touch (Queen contiguity of the written polygons)
    from smartzone.layers.contiguity import queen_contiguity

    nb = queen_contiguity(layer.geometry.to_numpy(), layer["code"].astype(str).tolist(), islands="none").neighbours
    region = dict(zip(layer["code"].astype(str), layer["region"], strict=True))
    for r in (1, 2):
        members = [c for c, v in region.items() if v == r]
        assert connected(members, [(a, b) for a in members for b in nb[a]])
        others = {region[b] for a in members for b in nb[a]} - {0, r}
        assert not others
    styles = read_layer_styles(tmp_path / "regions.gpkg")
    assert styles and "region" in styles[0]["styleQML"]
    assert (tmp_path / "regions.shp").exists() and (tmp_path / "regions.cpg").exists()
    with (tmp_path / "regions.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["region"] for r in rows] == ["1", "2"]
    assert float(rows[0]["mean_score"]) >= float(rows[1]["mean_score"])


def test_regions_command_rejects_bad_limits_without_traceback(capsys):
    from smartzone.app.cli import main

    code = main(["regions", "--k", "2", "--min-size", "4", "--max-size", "3", "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "min_size <= max_size" in err and "Traceback" not in err
    code = main(["regions", "--k", "1", "--max-population", "10", "--population-field", "nope", "-q"])
    err = capsys.readouterr().err
    assert code == 2 and "'nope' is not an indicator" in err


def test_exact_solver_out_of_time_says_so():
    score, pairs, cent, area = grid(6, 6, 1)
    prob = RegionProblem(score, pairs, close_pairs=pairs)
    try:
        sol = locate_regions(prob, k=3, min_size=2, max_size=5, method="exact", time_limit=0.01)
    except ParameterError as exc:
        assert "time limit" in str(exc) and "--solver greedy" in str(exc)
    else:  # found something in time: then it must say whether it is optimal
        assert isinstance(sol.optimal, bool)
