"""CRS helpers: parsing what users type, labels, legacy Bessel systems."""
from __future__ import annotations

import pytest
from pyproj import CRS, Transformer

from smartzone.layers.crs import (
    crs_label,
    describe_transform,
    is_legacy_bessel,
    parse_crs,
    same_crs,
)
from smartzone.layers.errors import CRSError

UTMK_PROJ = (
    "+proj=tmerc +lat_0=38 +lon_0=127.5 +k=0.9996 +x_0=1000000 +y_0=2000000 "
    "+ellps=GRS80 +units=m +no_defs"
)


@pytest.mark.parametrize(
    "value", [5179, "5179", "EPSG:5179", "epsg:5179", " EPSG:5179 ", CRS.from_epsg(5179)]
)
def test_parse_crs_accepts_codes(value: object) -> None:
    crs = parse_crs(value)  # type: ignore[arg-type]
    assert crs.to_epsg() == 5179


def test_parse_crs_accepts_wkt_and_proj_strings() -> None:
    wkt = CRS.from_epsg(5186).to_wkt()
    assert parse_crs(wkt).to_epsg() == 5186
    assert parse_crs(UTMK_PROJ).to_epsg(min_confidence=70) == 5179
    assert same_crs(parse_crs("EPSG:5179"), CRS.from_epsg(5179).to_wkt())
    assert not same_crs(5179, 5186)
    assert crs_label(UTMK_PROJ).startswith("EPSG:5179")


@pytest.mark.parametrize("value", ["EPSG:99999", "no such crs", "", 123456789])
def test_unknown_crs_names_the_input(value: object) -> None:
    with pytest.raises(CRSError) as info:
        parse_crs(value)  # type: ignore[arg-type]
    if value:
        assert str(value) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_none_is_refused() -> None:
    with pytest.raises(CRSError):
        parse_crs(None)  # type: ignore[arg-type]


def test_labels() -> None:
    assert crs_label(5179) == "EPSG:5179 (Korea 2000 / Unified CS)"
    assert crs_label("EPSG:5186") == "EPSG:5186 (Korea 2000 / Central Belt 2010)"
    assert crs_label(4326) == "EPSG:4326 (WGS 84)"
    assert crs_label(None) == "none (no CRS)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5174, True),
        (5173, True),
        (2097, True),
        ("+proj=tmerc +lat_0=38 +lon_0=127.0028902777778 +k=1 +x_0=200000 +y_0=500000 "
         "+ellps=bessel +units=m +no_defs", True),
        (5179, False),
        (5186, False),
        (4326, False),
        (None, False),
    ],
)  # fmt: skip
def test_is_legacy_bessel(value: object, expected: bool) -> None:
    assert is_legacy_bessel(value) is expected  # type: ignore[arg-type]


def test_legacy_transform_is_described_with_a_warning() -> None:
    info = describe_transform(5174, 5179)
    assert info.legacy_bessel
    assert "Korean 1985" in info.description  # a datum shift, not just a reprojection
    warning = info.warning()
    assert warning is not None and "5174" in warning and "Bessel" in warning
    assert describe_transform(5179, 5186).warning() is None


def test_bessel_shift_is_hundreds_of_metres() -> None:
    """5174 -> 5179 must include the datum shift (naive same-ellipsoid math would not)."""
    to_5174 = Transformer.from_crs(5179, 5174, always_xy=True)
    x, y = 953_600.0, 1_953_300.0  # Seoul, 종로구
    bx, by = to_5174.transform(x, y)
    back = Transformer.from_crs(5174, 5179, always_xy=True).transform(bx, by)
    assert back == pytest.approx((x, y), abs=0.01)
    naive = Transformer.from_crs(
        parse_crs("+proj=tmerc +lat_0=38 +lon_0=127.0028902777778 +k=1 +x_0=200000 "
                  "+y_0=500000 +ellps=bessel +units=m +no_defs"),
        5179, always_xy=True,
    ).transform(bx, by)  # fmt: skip
    assert abs(naive[0] - x) + abs(naive[1] - y) > 100
