"""Typology (KMeans) and similarity to reference districts."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np
import pandas as pd

from ..base import valid_codes
from ..errors import ParameterError
from ..params import ParamSpec
from ..result import Aggregation
from ._sklearn_base import SklearnScorer


class TypologySimilarity(SklearnScorer):
    r"""Typology and similarity (유형화·유사도): rank districts by likeness to references.

    In the weighted standardised criterion space (coordinates
    :math:`\sqrt{w_j}\, v_{ij}`) the distance between district ``i`` and a
    point ``r`` is

    .. math::

        d_i = \sqrt{\sum_j w_j (v_{ij} - r_j)^2} \in [0, 1]

    (1 is the largest possible distance: between a district at 0 and one at
    1 on every criterion, because :math:`\sum_j w_j = 1`). The score is

    .. math::

        S_i = 100 \, (1 - d_i)

    with ``r`` = the centroid of the reference districts (``mode="centroid"``)
    or the nearest reference district (``mode="nearest"``; a reference scores 100).

    KMeans (``k`` clusters, same space) gives the typology: each district's
    cluster, cluster sizes, the clusters of the references and the silhouette
    coefficient (sampled on at most 5,000 districts) in the diagnostics.

    Parameters
    ----------
    references : codes (at least 1)
        Reference districts.
    mode : {"centroid", "nearest"}, default "centroid"
    k : int in [2, 50], default 5
        Number of KMeans clusters (reduced to the number of distinct districts).
    random_state : int, default 0

    Scale: absolute (distance in units of the largest possible distance), not
    re-stretched: comparable between runs with the same references.

    Contributions (documented attribution, sums to the score): each criterion
    starts from :math:`100 w_j` and the shortfall :math:`100 d_i` is charged in
    proportion to its share of the squared distance,
    :math:`c_{ij} = 100 w_j - 100 d_i \, w_j (v_{ij} - r_j)^2 / d_i^2`.
    """

    id: ClassVar[str] = "similarity"
    name_ko: ClassVar[str] = "유형화·참조지 유사도"
    name_en: ClassVar[str] = "Typology and similarity to reference districts"
    params: ClassVar[tuple[ParamSpec, ...]] = (
        ParamSpec(
            "references", "codes", (), min=1,
            label_ko="참조 지역", label_en="Reference districts",
            help="Districts to resemble (e.g. successful special zones).",
        ),
        ParamSpec(
            "mode", "choice", "centroid", choices=("centroid", "nearest"),
            label_ko="기준", label_en="Compare with",
            help="centroid: the references' mean profile; nearest: the closest reference.",
        ),
        ParamSpec("k", "int", 5, min=2, max=50, label_ko="군집 수 k", label_en="Clusters k"),
        ParamSpec("random_state", "int", 0, min=0, max=2**32 - 1, label_ko="난수 시드", label_en="Random seed"),
    )
    scale: ClassVar[str] = "absolute: 100 x (1 - weighted distance to the references), max distance = 1"

    def _aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any,
        params: Mapping[str, Any],
    ) -> Aggregation:
        codes = tuple(params["references"])
        pos, unknown, excluded = valid_codes(prepared, codes)
        if pos.size == 0:
            raise ParameterError(
                "The 'references' parameter of TypologySimilarity ('similarity') must name at least one "
                f"scored district. Got {list(codes)!r} instead (unknown: {unknown}, excluded: {excluded}).",
                key="reference_districts", param="references", codes=[str(c) for c in codes],
                unknown=[str(c) for c in unknown], excluded=[str(c) for c in excluded],
            )
        w = np.asarray(weights, dtype=float)
        refs = values[pos]
        if params["mode"] == "nearest":
            # one pass per reference keeps memory at m x k (not m x refs x k)
            best_sq = np.full(values.shape[0], np.inf)
            nearest = np.zeros(values.shape[0], dtype=np.int64)
            for j, ref in enumerate(refs):
                sq = ((values - ref) ** 2) @ w
                closer = sq < best_sq
                best_sq[closer] = sq[closer]
                nearest[closer] = j
            target = refs[nearest]
        else:
            target = np.broadcast_to(refs.mean(axis=0), values.shape)
        diff2 = (values - target) ** 2 * w
        d2 = diff2.sum(axis=1)
        d = np.sqrt(np.clip(d2, 0.0, 1.0))
        score = 100.0 * (1.0 - d)

        def contributions() -> np.ndarray:
            share = np.zeros_like(diff2)
            np.divide(diff2, d2[:, None], out=share, where=d2[:, None] > 0)
            points: np.ndarray = 100.0 * w - (100.0 * d)[:, None] * share
            return points

        diagnostics = self._typology(values, w, pos, prepared, params)
        diagnostics.update(
            {
                "n_references": int(pos.size),
                "unknown_references": unknown,
                "excluded_references": excluded,
                "mode": params["mode"],
            }
        )
        return Aggregation(score=score, contributions=contributions, diagnostics=diagnostics)

    @staticmethod
    def _typology(
        values: np.ndarray, w: np.ndarray, pos: np.ndarray, prepared: Any, params: Mapping[str, Any]
    ) -> dict[str, Any]:
        from sklearn.cluster import KMeans
        from sklearn.metrics import silhouette_score

        names = [c.indicator for c in prepared.criteria]
        order = sorted(range(len(names)), key=lambda j: names[j])  # canonical: criterion order irrelevant
        x = np.ascontiguousarray((values * np.sqrt(w))[:, order])
        n_distinct = len(np.unique(np.round(x, 12), axis=0))
        k = min(int(params["k"]), n_distinct)
        codes = pd.Index(prepared.codes)[np.asarray(prepared.valid, dtype=bool)].astype(str)
        if k < 2:
            return {"k": k, "silhouette": None, "cluster": dict.fromkeys(codes, 0),
                    "cluster_sizes": [len(codes)], "reference_clusters": [0] if len(pos) else []}
        seed = int(params["random_state"])
        km = KMeans(n_clusters=k, n_init=10, random_state=seed).fit(x)
        labels = km.labels_
        sample = min(len(x), 5000)
        sil = float(silhouette_score(x, labels, sample_size=sample, random_state=seed))
        return {
            "k": k,
            "silhouette": sil,
            "cluster": dict(zip(codes, (int(v) for v in labels), strict=True)),
            "cluster_sizes": np.bincount(labels, minlength=k).astype(int).tolist(),
            "reference_clusters": sorted({int(labels[i]) for i in pos}),
        }
