"""Hot spots: Queen contiguity as libpysal's, local statistics as esda's run directly."""
from __future__ import annotations

import csv
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest

from smartzone.app.cli import main
from smartzone.layers.contiguity import queen_contiguity
from smartzone.resources import RESOURCES_DIR
from smartzone.scoring.errors import ParameterError
from smartzone.scoring.hotspots import local_hotspots, spatial_weights

esda = pytest.importorskip("esda")
libpysal = pytest.importorskip("libpysal")

DEMO = RESOURCES_DIR / "demo" / "districts.gpkg"


@pytest.fixture(scope="module")
def sigungu():
    return gpd.read_file(DEMO, layer="sigungu")


@pytest.fixture(scope="module")
def neighbours(sigungu):
    return queen_contiguity(sigungu.geometry.to_numpy(), sigungu["code"].astype(str).tolist())


def test_queen_contiguity_equals_libpysal_and_links_islands(sigungu):
    ids = sigungu["code"].astype(str).tolist()
    plain = queen_contiguity(sigungu.geometry.to_numpy(), ids, islands="none")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = libpysal.weights.Queen.from_dataframe(sigungu, ids=ids, use_index=False)
    assert plain.neighbours == {k: sorted(map(str, v)) for k, v in w.neighbors.items()}
    assert sorted(plain.islands) == sorted(map(str, w.islands)) and plain.islands
    linked = queen_contiguity(sigungu.geometry.to_numpy(), ids)
    ulleung = sigungu.loc[sigungu["name"].str.contains("울릉군"), "code"].astype(str).item()
    assert ulleung in linked.islands
    nearest = linked.linked[ulleung]
    assert linked.neighbours[ulleung] == [nearest] and ulleung in linked.neighbours[nearest]
    assert all(linked.neighbours[c] for c in ids)  # nobody is left alone


def _scores(sigungu):
    rng = np.random.default_rng(3)
    # a smooth north-south gradient plus noise: clear hot and cold spots
    y = sigungu.geometry.centroid.y.to_numpy()
    return pd.Series((y - y.min()) / np.ptp(y) * 80 + rng.normal(0, 5, len(y)), index=sigungu["code"].astype(str))


def test_local_moran_agrees_with_esda_run_directly(sigungu, neighbours):
    scores = _scores(sigungu)
    hs = local_hotspots(scores, neighbours.neighbours, permutations=999, seed=7)
    w = libpysal.weights.W(neighbours.neighbours, id_order=list(scores.index), silence_warnings=True)
    w.transform = "r"
    ref = esda.Moran_Local(scores.to_numpy(), w, permutations=999, seed=7, n_jobs=1)
    np.testing.assert_allclose(hs.statistic.to_numpy(), ref.Is, rtol=1e-12)
    np.testing.assert_allclose(hs.p.to_numpy(), ref.p_sim, atol=1e-6)
    threshold = esda.fdr(ref.p_sim, 0.05)
    assert hs.threshold == pytest.approx(threshold, abs=1e-6)
    quad = np.array(["", "HH", "LH", "LL", "HL"], dtype=object)[ref.q]
    expected = np.where(ref.p_sim <= threshold, quad, "ns")
    assert hs.cluster.tolist() == expected.tolist()
    counts = hs.counts()
    assert counts["HH"] > 5 and counts["LL"] > 5
    # fixed seed: same result; another seed: (slightly) other p-values
    again = local_hotspots(scores, neighbours.neighbours, permutations=999, seed=7)
    assert again.p.equals(hs.p)
    assert not local_hotspots(scores, neighbours.neighbours, seed=8).p.equals(hs.p)


def test_fdr_is_the_default_and_stricter_than_none(sigungu, neighbours):
    scores = _scores(sigungu)
    fdr = local_hotspots(scores, neighbours.neighbours)
    none = local_hotspots(scores, neighbours.neighbours, correction="none")
    assert fdr.correction == "fdr" and fdr.threshold < none.threshold == 0.05
    assert (fdr.cluster != "ns").sum() < (none.cluster != "ns").sum()


def test_getis_ord_gi_star_agrees_with_esda(sigungu, neighbours):
    scores = _scores(sigungu)
    hs = local_hotspots(scores, neighbours.neighbours, method="gi", seed=3)
    w = libpysal.weights.W(neighbours.neighbours, id_order=list(scores.index), silence_warnings=True)
    ref = esda.G_Local(scores.to_numpy(), w, transform="R", permutations=999, star=True, seed=3, n_jobs=1)
    np.testing.assert_allclose(hs.statistic.to_numpy(), ref.Zs, rtol=1e-10)
    np.testing.assert_allclose(hs.p.to_numpy(), ref.p_sim, atol=1e-6)
    sig = ref.p_sim <= esda.fdr(ref.p_sim, 0.05)
    assert set(hs.cluster[sig]) <= {"hot", "cold"} and (hs.cluster[~sig] == "ns").all()
    assert (hs.cluster[sig] == np.where(ref.Zs[sig] > 0, "hot", "cold")).all()


def test_excluded_districts_are_left_out_and_lonely_ones_are_ns(sigungu, neighbours):
    scores = _scores(sigungu)
    scores.iloc[:20] = np.nan
    # a district whose only neighbour is excluded: no neighbour left
    lonely = next(c for c, nb in neighbours.neighbours.items() if len(nb) == 1 and c not in scores.index[:20])
    scores[neighbours.neighbours[lonely][0]] = np.nan
    hs = local_hotspots(scores, neighbours.neighbours)
    assert hs.cluster.iloc[:20].isna().all() and hs.p.iloc[:20].isna().all()
    assert hs.cluster[lonely] == "ns" and np.isnan(hs.p[lonely])
    # esda on the remaining districts only
    kept = [c for c in scores.index if np.isfinite(scores[c]) and c != lonely]
    ref = esda.Moran_Local(scores[kept].to_numpy(), spatial_weights(neighbours.neighbours, kept), seed=0, n_jobs=1)
    np.testing.assert_allclose(hs.p[kept].to_numpy(), ref.p_sim, atol=1e-6)


def test_bad_options_are_rejected():
    with pytest.raises(ParameterError, match="permutations"):
        local_hotspots(pd.Series([1.0, 2.0]), {}, permutations=10)
    with pytest.raises(ParameterError, match="correction"):
        local_hotspots(pd.Series([1.0, 2.0]), {}, correction="holm")


def test_score_hotspots_writes_cluster_and_p_to_gpkg_and_csv(tmp_path, capsys):
    code = main(["score", "--hotspots", "--out", str(tmp_path), "--top", "3", "-q"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "lisa_cluster: local Moran's I, Queen contiguity, 999 conditional permutations" in out.out
    # the island rule is said in the console and in the files' metadata (issue 15: "say which")
    rule = "linked to their nearest district (smallest polygon distance, ties: first in layer order)"
    assert rule in out.out
    said = [p.name for p in tmp_path.iterdir() if p.is_file() and rule.encode() in p.read_bytes()]
    assert "scores.gpkg" in said, said
    gpkg = pyogrio.read_dataframe(tmp_path / "scores.gpkg", layer="scores")
    assert set(gpkg["lisa_cluster"]) <= {"HH", "HL", "LH", "LL", "ns"} and (gpkg["lisa_cluster"] == "HH").any()
    p = gpkg["lisa_p"].to_numpy()
    assert ((p > 0) & (p <= 1)).all()
    with (tmp_path / "scores.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["lisa_cluster"] for r in rows] == gpkg["lisa_cluster"].tolist()
    # the same numbers as the library on the written scores and the same neighbours
    frame = gpd.read_file(DEMO, layer="sigungu")
    nb = queen_contiguity(frame.geometry.to_numpy(), frame["code"].astype(str).tolist())
    scores = pd.Series(gpkg["score"].to_numpy(), index=gpkg["code"].astype(str))
    again = local_hotspots(scores, nb.neighbours)
    assert again.cluster.tolist() == gpkg["lisa_cluster"].tolist()


def test_hotspots_of_the_monte_carlo_rank_spread(tmp_path, capsys):
    from smartzone.app.core.hotspots import rank_spread
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import run_scenario

    code = main(["score", "--hotspots", "--hotspots-spread", "60", "--out", str(tmp_path), "--top", "3", "-q"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "spread_cluster: local Moran's I" in out.out
    gpkg = pyogrio.read_dataframe(tmp_path / "scores.gpkg", layer="scores")
    assert set(gpkg["spread_cluster"]) <= {"HH", "HL", "LH", "LL", "ns"}
    # the same as local Moran's I of the spread computed here (same seed, same runs)
    run = run_scenario(Project.demo(level="sigungu", preset="industry-hub"))
    spread = rank_spread(run, 60, 0)
    frame = gpd.read_file(DEMO, layer="sigungu")
    nb = queen_contiguity(frame.geometry.to_numpy(), frame["code"].astype(str).tolist())
    again = local_hotspots(spread.reindex(gpkg["code"].astype(str)), nb.neighbours)
    assert again.cluster.tolist() == gpkg["spread_cluster"].tolist()
    np.testing.assert_allclose(again.p.to_numpy(), gpkg["spread_p"].to_numpy())
