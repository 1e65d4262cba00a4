"""prepare(): validation, constraints, missing-value policies, statistics over valid districts."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smartzone.scoring.errors import CriteriaError, ParameterError
from smartzone.scoring.model import Constraint, Criterion, Standardization
from smartzone.scoring.prepare import PreparedMatrix, prepare

CODES = ["11010", "11020", "11030", "11040", "11050", "11060"]


@pytest.fixture
def matrix() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "population": [3_000, 20_000, 50_000, 80_000, 12_000, 40_000],
            "vacancy_rate": [0.10, np.nan, 0.30, 0.20, 0.05, 0.15],
            "forest": [0.90, 0.50, 0.20, 0.10, 0.85, 0.40],
            "ict_share": [0.01, 0.02, np.nan, 0.08, 0.03, 0.05],
        },
        index=pd.Index(CODES, name="code"),
    )


def test_basic_contract(matrix: pd.DataFrame) -> None:
    crit = [Criterion("population", weight=2), Criterion("forest", "cost", weight=1, missing="exclude")]
    p = prepare(matrix, crit)
    assert isinstance(p, PreparedMatrix)
    assert list(p.codes) == CODES
    assert p.values.shape == (6, 2) and p.values.dtype == np.float64
    assert p.weights == pytest.approx([2 / 3, 1 / 3])
    assert p.valid.all() and p.excluded == {}
    # min-max on population; forest is a cost: (max - x) / (max - min)
    assert p.values[:, 0] == pytest.approx((matrix.population - 3000) / 77_000)
    assert p.values[:, 1] == pytest.approx((0.9 - matrix.forest) / 0.8)
    assert p.indicators == ("population", "forest")
    assert p.frame().loc["11040", "population"] == pytest.approx(1.0)


def test_constraints_exclude_with_readable_reasons(matrix: pd.DataFrame) -> None:
    crit = [
        Criterion("population", constraints=(Constraint("<", 5000, "인구 5천 미만"),)),
        Criterion("forest", "cost", constraints=(Constraint(">", 0.8),)),
    ]
    p = prepare(matrix, crit)
    assert p.excluded == {
        "11010": "population < 5,000 (인구 5천 미만); forest > 0.8",
        "11050": "forest > 0.8",
    }
    assert p.valid.tolist() == [False, True, True, True, False, True]
    assert np.isnan(p.values[~p.valid]).all()
    # statistics over valid districts only: population min 20,000 -> 0, max 80,000 -> 1
    assert p.values[1, 0] == pytest.approx(0.0)
    assert p.values[3, 0] == pytest.approx(1.0)
    assert p.values[2, 0] == pytest.approx(0.5)
    # forest valid range 0.1 .. 0.5 (0.85 and 0.9 excluded)
    assert p.values[1, 1] == pytest.approx(0.0) and p.values[3, 1] == pytest.approx(1.0)
    assert p.n_valid == 4


def test_missing_policies_are_applied_and_reported(matrix: pd.DataFrame) -> None:
    crit = [
        Criterion("population", constraints=(Constraint("<", 5000),)),
        Criterion("vacancy_rate", "cost", missing="median"),
        Criterion("ict_share", missing="zero"),
    ]
    p = prepare(matrix, crit)
    # median of vacancy over the valid districts (11010 excluded): 0.30, 0.20, 0.05, 0.15 -> 0.175
    rep = p.missing_report["vacancy_rate"]
    assert rep == {"count": 1, "policy": "median", "codes": ["11020"], "value": pytest.approx(0.175)}
    assert p.raw[1, 1] == pytest.approx(0.175)
    # zero policy: standardised value 0, raw stays missing
    assert p.missing_report["ict_share"] == {"count": 1, "policy": "zero", "codes": ["11030"], "value": None}
    assert p.values[2, 2] == 0.0 and np.isnan(p.raw[2, 2])
    assert p.missing_report["population"]["count"] == 0
    # ict statistics exclude the missing district: valid ict 0.02, 0.08, 0.03, 0.05
    assert p.values[3, 2] == pytest.approx(1.0) and p.values[1, 2] == pytest.approx(0.0)


def test_exclude_policy(matrix: pd.DataFrame) -> None:
    p = prepare(matrix, [Criterion("vacancy_rate", missing="exclude"), Criterion("ict_share", missing="exclude")])
    assert p.excluded == {
        "11020": "missing value in vacancy_rate (policy: exclude)",
        "11030": "missing value in ict_share (policy: exclude)",
    }
    assert p.missing_report["vacancy_rate"]["codes"] == ["11020"]


def test_median_of_excluded_only_column_raises() -> None:
    m = pd.DataFrame({"a": [1.0, 2.0, 3.0], "b": [np.nan, np.nan, 5.0]}, index=["1", "2", "3"])
    crit = [Criterion("a", constraints=(Constraint(">", 2.5),)), Criterion("b")]
    with pytest.raises(CriteriaError, match="b has no value in any valid district"):
        prepare(m, crit)


def test_errors(matrix: pd.DataFrame) -> None:
    with pytest.raises(CriteriaError, match="no criteria"):
        prepare(matrix, [])
    with pytest.raises(
        CriteriaError,
        match=r"unknown indicator\(s\): pop, jobs; available columns: population, vacancy_rate, forest, ict_share",
    ):
        prepare(matrix, [Criterion("pop"), Criterion("jobs"), Criterion("forest")])
    with pytest.raises(ParameterError, match="weight of criterion 'forest' must be >= 0"):
        prepare(matrix, [Criterion("population"), Criterion("forest", weight=-1)])
    with pytest.raises(CriteriaError, match="all weights are zero"):
        prepare(matrix, [Criterion("population", weight=0), Criterion("forest", weight=0)])
    with pytest.raises(CriteriaError, match="used by more than one criterion: forest"):
        prepare(matrix, [Criterion("forest"), Criterion("forest", "cost")])
    with pytest.raises(ParameterError, match="criterion forest: zscore.clip must be >= 0.5"):
        prepare(matrix, [Criterion("forest", standardization=Standardization("zscore", {"clip": 0}))])
    with pytest.raises(ParameterError, match="criterion forest: missing-value policy must be one of"):
        prepare(matrix, [Criterion("forest", missing="drop")])  # type: ignore[arg-type]
    with pytest.raises(ParameterError, match="constraint on forest: operator must be one of"):
        prepare(matrix, [Criterion("forest", constraints=(Constraint("=>", 1),))])  # type: ignore[arg-type]


def test_non_numeric_and_duplicate_codes() -> None:
    m = pd.DataFrame({"name": ["a", "b"], "x": [1.0, 2.0]}, index=["1", "2"])
    with pytest.raises(CriteriaError, match="column name is not numeric"):
        prepare(m, [Criterion("name")])
    m2 = pd.DataFrame({"x": [1.0, 2.0, 3.0]}, index=["1", "1", "2"])
    with pytest.raises(CriteriaError, match="not unique: 1"):
        prepare(m2, [Criterion("x")])
    # numbers stored as text are accepted
    m3 = pd.DataFrame({"x": ["1", "3", None]}, index=["1", "2", "3"])
    p = prepare(m3, [Criterion("x")])
    assert np.allclose(p.values[:, 0], [0, 1, 0.5])  # NaN imputed with median 2


def test_infinite_and_constant_columns_noted() -> None:
    m = pd.DataFrame({"x": [1.0, np.inf, 3.0], "c": [2.0, 2.0, 2.0]}, index=["1", "2", "3"])
    p = prepare(m, [Criterion("x"), Criterion("c")])
    assert any("x: 1 infinite value(s) treated as missing" in n for n in p.notes)
    assert any(n.startswith("c: every valid district has the same value") for n in p.notes)
    assert p.values[:, 1] == pytest.approx([0.5, 0.5, 0.5])


def test_all_excluded_is_reported_not_raised() -> None:
    m = pd.DataFrame({"x": [1.0, 2.0]}, index=["1", "2"])
    p = prepare(m, [Criterion("x", constraints=(Constraint(">", 0),))])
    assert p.n_valid == 0 and np.isnan(p.values).all()
    assert any("every district is excluded" in n for n in p.notes)


def test_with_weights(matrix: pd.DataFrame) -> None:
    p = prepare(matrix, [Criterion("population"), Criterion("forest", "cost")])
    q = p.with_weights([3, 1])
    assert q.weights == pytest.approx([0.75, 0.25])
    assert q.values is p.values  # no re-standardisation
    assert [c.weight for c in q.criteria] == [3, 1]
    assert p.weights == pytest.approx([0.5, 0.5])  # original unchanged
    r = p.with_weights({"forest": 0.0})
    assert r.weights == pytest.approx([1.0, 0.0])
    with pytest.raises(CriteriaError, match="unknown indicator"):
        p.with_weights({"jobs": 1})
    with pytest.raises(ParameterError, match="expected 2 weights"):
        p.with_weights([1, 2, 3])
    with pytest.raises(ParameterError, match="must be >= 0"):
        p.with_weights([1, -2])
    with pytest.raises(ValueError):
        p.values[0, 0] = 1.0  # shared arrays are read-only


def test_integer_codes_kept_and_excluded_keys_are_strings() -> None:
    m = pd.DataFrame({"x": [1.0, 2.0, 3.0]}, index=pd.Index([11010, 11020, 11030]))
    p = prepare(m, [Criterion("x", constraints=(Constraint("==", 2),))])
    assert list(p.codes) == [11010, 11020, 11030]
    assert p.excluded == {"11020": "x == 2"}


# --------------------------------------------------------------------------- properties


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), perm_seed=st.integers(0, 10_000))
def test_invariant_to_criterion_and_row_order(seed: int, perm_seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = 30
    m = pd.DataFrame(
        {f"c{j}": rng.normal(size=n) for j in range(5)}, index=[f"{i:05d}" for i in range(n)]
    )
    m = m.mask(rng.random(m.shape) < 0.1)
    methods = ["minmax", "zscore", "percentile", "grade5", "fuzzy_linear"]
    crit = [
        Criterion(
            f"c{j}",
            direction="cost" if j % 2 else "benefit",
            standardization=Standardization(methods[j]),
            weight=float(j + 1),
            missing=("median", "zero", "exclude")[j % 3],
            constraints=(Constraint(">", 1.5),) if j == 0 else (),
        )
        for j in range(5)
    ]
    base = prepare(m, crit)
    prng = np.random.default_rng(perm_seed)
    order = prng.permutation(5)
    rows = prng.permutation(n)
    other = prepare(m.iloc[rows], [crit[i] for i in order])
    a = base.frame().loc[m.index[rows], [f"c{i}" for i in order]]
    b = other.frame()
    assert np.allclose(a.to_numpy(), b.to_numpy(), equal_nan=True)
    assert other.weights == pytest.approx(base.weights[order])
    assert {k: set(v.split("; ")) for k, v in base.excluded.items()} == {
        k: set(v.split("; ")) for k, v in other.excluded.items()
    }
    vals = base.values[base.valid]
    assert np.all((vals >= 0) & (vals <= 1))
    for c in crit:
        rep = base.missing_report[c.indicator]
        assert rep["count"] == int(m[c.indicator].isna().sum())
        assert rep["policy"] == c.missing


# --------------------------------------------------------------------------- speed


def _big(n: int) -> tuple[pd.DataFrame, list[Criterion]]:
    rng = np.random.default_rng(0)
    m = pd.DataFrame(
        rng.random((n, 12)), columns=[f"c{i}" for i in range(12)], index=[f"{i:07d}" for i in range(n)]
    )
    m.iloc[::50, 3] = np.nan
    crit = [Criterion(f"c{i}", "cost" if i % 2 else "benefit", weight=i + 1) for i in range(12)]
    crit[0] = Criterion("c0", constraints=(Constraint("<", 0.1),))
    return m, crit


# Speed is measured in bench/bench_prepare.py, not asserted here.
@pytest.mark.slow
def test_million_rows_prepare() -> None:
    m, crit = _big(1_000_000)
    p = prepare(m, crit)
    assert p.n_valid == pytest.approx(900_000, rel=0.01)
    assert p.values.shape == (1_000_000, 12)
    assert np.nanmin(p.values) >= 0.0 and np.nanmax(p.values) <= 1.0


def test_standardisation_errors_name_the_criterion() -> None:
    m = pd.DataFrame({"x": [-1e308, 1e308]}, index=["1", "2"])
    with pytest.raises(ParameterError, match="criterion x: the values .* are too large"):
        prepare(m, [Criterion("x")])
