"""Issue 10: the session's data key (what the loaded matrix depends on) is made of the layer
options' values, not of their ``repr``s: equal option sets hit the cache whatever their order,
and different options that print alike do not collide."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from smartzone.app.core.keys import frozen
from smartzone.app.core.model.project import Project

pytest.importorskip("PySide6")


class _Legend:
    """An option value whose repr says nothing of its contents (as an abridged array's)."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __repr__(self) -> str:
        return "Legend(…)"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Legend) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)


def _project(**landcover_options) -> Project:
    demo = Project.demo(level="sigungu")
    layers = tuple(
        replace(lyr, options={**lyr.options, **landcover_options}) if lyr.id == "landcover" else lyr
        for lyr in demo.layers
    )
    return Project(level="sigungu", layers=layers, scenarios=list(demo.scenarios.values()), active=demo.active)


def _data_key(project: Project):
    from smartzone.app.gui.widgets.session import AppSession

    # the key reads only the project: no window, no loading thread needed
    return AppSession._data_key(SimpleNamespace(project=project))  # type: ignore[arg-type]


def test_equal_option_sets_give_the_same_key() -> None:
    a = _project(zonal={"stats": ["mean", "majority"], "prefix": "lc"})
    b = _project(zonal={"prefix": "lc", "stats": ["mean", "majority"]})
    assert a.layer("landcover").options == b.layer("landcover").options
    assert repr(a.layer("landcover").options) != repr(b.layer("landcover").options)
    assert _data_key(a) == _data_key(b)
    hash(_data_key(a))


def test_different_options_that_print_alike_do_not_collide() -> None:
    zonal = {"stats": ["mean"], "prefix": "lc"}
    a = _project(zonal=zonal, legend=_Legend("a.qml"))
    b = _project(zonal=zonal, legend=_Legend("b.qml"))
    assert repr(a.layer("landcover").options) == repr(b.layer("landcover").options)
    assert _data_key(a) != _data_key(b)
    districts_a = _project(zonal=zonal)
    big = np.arange(5000)
    other = big.copy()
    other[2500] = -1
    assert repr(big) == repr(other)  # numpy abridges the middle
    keys = [_data_key(Project(level="sigungu", layers=tuple(
        replace(lyr, options={**lyr.options, "weights": arr}) if lyr.id == "districts" else lyr
        for lyr in districts_a.layers), scenarios=list(districts_a.scenarios.values()), active=districts_a.active))
        for arr in (big, other)]
    assert keys[0] != keys[1]


def test_frozen_keeps_types_apart() -> None:
    assert frozen({"band": True}) != frozen({"band": 1})
    assert frozen({"a": [1, 2]}) != frozen({"a": (1, 2)})
    assert frozen({"a": {"x": 1, "y": [2]}}) == frozen({"a": {"y": [2], "x": 1}})
    unhashable = [object()]
    assert frozen({"o": {1, 2}}) == frozen({"o": {2, 1}})
    assert frozen(unhashable) == frozen(unhashable)
