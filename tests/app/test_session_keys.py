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


def test_the_scoring_service_reuses_its_session_for_equal_recipes() -> None:
    """The scoring service's prepared session is keyed on values too: the same method, parameters
    and criteria in another order re-use it; a weight edit re-uses it; anything else rebuilds."""
    import pandas as pd

    from smartzone.app.core.model.project import Scenario
    from smartzone.app.core.scoring import ScenarioScorer
    from smartzone.scoring.model import Criterion, Standardization

    matrix = pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0], "b": [4.0, 1.0, 3.0, 2.0]},
                          index=pd.Index(["11", "12", "13", "14"], name="code"))

    def crits(std_params: dict) -> tuple[Criterion, ...]:
        return (Criterion("a", standardization=Standardization("zscore", std_params), weight=1.0),
                Criterion("b", direction="cost", weight=2.0))

    one = Scenario("one", "topsis", {"normalization": "none", "ideal": "data"},
                   crits({"mapping": "linear", "clip": 2.0}))
    two = Scenario("two", "topsis", {"ideal": "data", "normalization": "none"},
                   crits({"clip": 2.0, "mapping": "linear"}))
    assert one.criteria == two.criteria and repr(one.criteria) != repr(two.criteria)
    three = Scenario("three", "topsis", {"ideal": "data", "normalization": "vector"}, two.criteria)
    project = Project(level="sigungu", scenarios=[one, two, three], active="one")
    scorer = ScenarioScorer(project, matrix)
    first = scorer.score("one")
    session = scorer.session
    again = scorer.score("two")
    assert scorer.session is session  # equal parameters and criteria, another order
    assert first.score.equals(again.score)
    project.set_weight("b", 5.0, scenario="two")
    scorer.score("two")
    assert scorer.session is session  # only weights changed
    scorer.score("three")
    assert scorer.session is not session


def test_frozen_compares_criteria_field_by_field() -> None:
    from smartzone.scoring.model import Criterion, Standardization

    def crit(legend) -> Criterion:
        return Criterion("a", standardization=Standardization("minmax", {"legend": legend}))

    assert frozen(crit(_Legend("a.qml"))) == frozen(crit(_Legend("a.qml")))
    assert frozen(crit(_Legend("a.qml"))) != frozen(crit(_Legend("b.qml")))  # equal reprs
    hash(frozen(crit({"x": [1]})))
