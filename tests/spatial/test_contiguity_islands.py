"""Islands are linked to the district at the smallest exact polygon distance (ties: first in layer order)."""
from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from smartzone.layers.contiguity import queen_contiguity
from smartzone.resources import RESOURCES_DIR

DEMO = RESOURCES_DIR / "demo" / "districts.gpkg"


def _reference_nearest(geoms: np.ndarray, i: int) -> int:
    """GEOS's own nearest search (every match at the smallest distance), first in layer order."""
    found = shapely.STRtree(geoms).query_nearest(geoms[i], exclusive=True, all_matches=True)
    return int(np.min(found))


def test_islands_of_real_districts_link_to_the_nearest_found_by_geos():
    emd = gpd.read_file(DEMO, layer="emd")
    for layer in (gpd.read_file(DEMO, layer="sigungu"),
                  emd[emd["code"].astype(str).str.startswith("37")].reset_index(drop=True)):  # 경북: 울릉도
        geoms = layer.geometry.to_numpy()
        ids = layer["code"].astype(str).tolist()
        c = queen_contiguity(geoms, ids)
        assert c.islands
        for island in c.islands:
            j = _reference_nearest(geoms, ids.index(island))
            assert c.linked[island] == ids[j]
            assert ids[j] in c.neighbours[island] and island in c.neighbours[ids[j]]


def test_nearest_is_boundary_distance_not_centroid_and_ties_go_to_layer_order():
    island = shapely.box(0, 0, 1, 1)
    # a long coastal district whose edge is 2 away but whose centroid is 50 away,
    # and a small district 5 away whose centroid is much closer than the coast's
    coast = shapely.box(3, 0, 4, 200)
    small = shapely.box(-6, 0, -5, 1)
    c = queen_contiguity([small, coast, island], ["small", "coast", "island"])
    assert c.linked["island"] == "coast"
    assert shapely.distance(island.centroid, small.centroid) < shapely.distance(island.centroid, coast.centroid)
    # two districts at exactly the same distance: the first in layer order, whatever the order given
    left, right = shapely.box(-3, 0, -2, 1), shapely.box(3, 0, 4, 1)
    assert queen_contiguity([right, left, island], ["r", "l", "i"]).linked["i"] == "r"
    assert queen_contiguity([left, right, island], ["l", "r", "i"]).linked["i"] == "l"
    # touching without a shared vertex (a T-junction): distance 0, linked, not an island any more
    beside = shapely.Polygon([(1, -1), (2, -1), (2, 2), (1, 2)])
    t = queen_contiguity([coast, beside, island], ["coast", "beside", "island"])
    assert t.linked["island"] == "beside"
    # a far island is found too (the search radius keeps doubling)
    far = queen_contiguity([island, shapely.box(1e5, 1e5, 1e5 + 1, 1e5 + 1)], ["a", "b"])
    assert far.linked == {"a": "b", "b": "a"}
