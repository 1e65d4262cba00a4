"""Zonal statistics of project raster layers joined to the indicator matrix (Qt-free)."""
from __future__ import annotations

import numpy as np
import pytest

from smartzone.app.core import pipeline
from smartzone.app.core.model.project import Project, ProjectError
from smartzone.layers.errors import CancelledError, SchemaError


@pytest.fixture(autouse=True)
def _clean_cache():
    pipeline.clear_cache()
    yield
    pipeline.clear_cache()


def _landcover_project(stats=("fractions",), prefix="lc") -> Project:
    project = Project.demo("sigungu")
    lc = project.layer_by_role("landcover")
    assert lc is not None and lc.kind == "raster"
    project.set_layer_options(lc.id, zonal={"stats": list(stats), "prefix": prefix})
    return project


def test_fractions_match_zonal_stats_run_directly():
    from smartzone.layers.zonal import zonal_stats

    project = _landcover_project()
    layer, matrix = pipeline.load_matrix(project)
    raster = pipeline.open_layer_raster(project.layer_by_role("landcover").path, "modis_igbp")
    direct = zonal_stats(layer, raster, ["fractions"])
    direct.index = direct.index.astype(str)
    assert "lc_frac_13" in matrix.columns
    lc_cols = [c for c in matrix.columns if c.startswith("lc_")]
    assert lc_cols == [f"lc_{c}" for c in direct.columns]
    for col in direct.columns:
        np.testing.assert_allclose(matrix[f"lc_{col}"].to_numpy(), direct.loc[matrix.index, col].to_numpy(),
                                   atol=1e-9, rtol=0)
    fr = matrix[lc_cols]
    valid = fr.notna().all(axis=1)
    assert valid.sum() > 0.9 * len(fr)
    assert ((fr[valid] >= 0) & (fr[valid] <= 1)).all().all()
    np.testing.assert_allclose(fr[valid].sum(axis=1), 1.0, atol=1e-6)
    # the indicator table's columns are still there, unchanged
    base_layer, base = pipeline.load_matrix("sigungu")
    for col in base.columns:
        np.testing.assert_array_equal(matrix[col].to_numpy(), base.loc[matrix.index, col].to_numpy())


def test_without_zonal_option_matrix_is_unchanged():
    project = Project.demo("sigungu")
    _, matrix = pipeline.load_matrix(project)
    assert not any(c.startswith("lc_") for c in matrix.columns)


def test_zonal_result_is_cached_and_base_matrix_not_modified():
    project = _landcover_project(("mean", "majority"))
    _, m1 = pipeline.load_matrix(project)
    _, m2 = pipeline.load_matrix(project)
    assert list(m1.columns) == list(m2.columns)
    assert {"lc_mean", "lc_majority"} <= set(m1.columns)
    assert len(pipeline._zonal_cache) == 1
    project.set_layer_options("landcover", zonal=None)
    _, plain = pipeline.load_matrix(project)
    assert "lc_mean" not in plain.columns


def test_option_survives_save_and_load(tmp_path):
    project = _landcover_project(("fractions", "majority"), "lc")
    path = project.save(tmp_path / "zonal.smartzone.json")
    again = Project.load(path)
    lc = again.layer_by_role("landcover")
    assert lc.options["zonal"] == {"stats": ["fractions", "majority"], "prefix": "lc"}
    _, matrix = pipeline.load_matrix(again)
    assert "lc_frac_13" in matrix.columns and "lc_majority" in matrix.columns


class _CancelAt:
    """Feedback that asks to cancel once zonal statistics start (or at once)."""

    def __init__(self, at_zonal: bool) -> None:
        self.at_zonal = at_zonal
        self.zonal = False
        self.progress: list[float] = []

    def set_progress(self, percent: float) -> None:
        self.progress.append(float(percent))

    def is_canceled(self) -> bool:
        return self.zonal or not self.at_zonal

    def info(self, message: str) -> None:
        if message.startswith("zonal"):
            self.zonal = True


@pytest.mark.parametrize("at_zonal", [False, True])
def test_cancel_raises_and_leaves_cache_clean(at_zonal):
    project = _landcover_project()
    fb = _CancelAt(at_zonal)
    with pytest.raises(CancelledError):
        pipeline.load_matrix(project, fb)
    assert fb.zonal == at_zonal
    assert not pipeline._cache and not pipeline._zonal_cache
    # and the next, uncancelled load works and reports 100 %
    progress: list[float] = []

    class _Fb:
        def set_progress(self, p):
            progress.append(p)

        def is_canceled(self):
            return False

        def info(self, m):
            pass

    _, matrix = pipeline.load_matrix(project, _Fb())
    assert "lc_frac_13" in matrix.columns
    assert progress[-1] == 100 and all(0 <= p <= 100 for p in progress)


def test_clash_with_indicator_is_explained():
    project = Project.demo("sigungu")
    _, base = pipeline.load_matrix(project)
    col = str(base.columns[0])
    prefix, _, stat = col.partition("_")
    if stat not in pipeline.ZONAL_STATS or not prefix.isalpha():
        # no natural clash in the demo table: make one with a second raster layer
        from smartzone.app.core.model.project import LayerRef

        lc = project.layer_by_role("landcover")
        project.add_layer(LayerRef(id="lc2", kind="raster", path=lc.path, name="copy",
                                   options={"legend": "modis_igbp",
                                            "zonal": {"stats": ["mean"], "prefix": "lcx"}}))
        project.set_layer_options("landcover", zonal={"stats": ["mean"], "prefix": "lcx"})
        with pytest.raises(ProjectError, match="both use the zonal prefix 'lcx'"):
            pipeline.load_matrix(project)
        return
    project.set_layer_options("landcover", zonal={"stats": [stat], "prefix": prefix})
    with pytest.raises(SchemaError, match="clashes"):
        pipeline.load_matrix(project)


def test_clash_between_zonal_columns_and_table(monkeypatch):
    project = _landcover_project(("mean",), "lc")
    layer, base = pipeline.load_matrix(Project.demo("sigungu"))
    renamed = base.rename(columns={base.columns[0]: "lc_mean"})
    monkeypatch.setattr(pipeline, "_load_base", lambda *a: (layer, renamed, list(renamed.columns)))
    with pytest.raises(SchemaError, match="lc_mean.*clashes.*indicator table"):
        pipeline.load_matrix(project, use_cache=False)


@pytest.mark.parametrize("opt, match", [
    ({"stats": [], "prefix": "lc"}, "at least one"),
    ({"stats": ["median"], "prefix": "lc"}, "unknown zonal statistic"),
    ({"stats": ["mean"], "prefix": "1x"}, "prefix"),
    ("mean", "mapping"),
])
def test_bad_option_is_explained(opt, match):
    project = Project.demo("sigungu")
    project.set_layer_options("landcover", zonal=opt)
    with pytest.raises(ProjectError, match=match):
        pipeline.load_matrix(project)
