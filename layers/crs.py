"""Coordinate reference systems: parsing user input, labels and Korean legacy datums.

Korean data come in a handful of CRSs (see ``docs``/DOMAIN notes): EPSG:5179
(Korea 2000 / Unified CS, census boundaries), EPSG:5186 (Korea 2000 / Central
Belt 2010, land information), EPSG:5174 and other Bessel-based legacy systems,
and EPSG:4326 for web data. Everything here is a thin layer over :mod:`pyproj`,
which picks the best available transformation (including datum grids when
installed) for the Bessel to GRS80 datum shift.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError as _ProjCRSError

from smartzone.layers.errors import CRSError

__all__ = [
    "DEFAULT_CRS",
    "TransformInfo",
    "crs_label",
    "describe_transform",
    "is_legacy_bessel",
    "parse_crs",
    "same_crs",
]

DEFAULT_CRS = "EPSG:5179"
"""The working CRS of SmartZone: Korea 2000 / Unified CS (UTM-K, GRS80), metres."""

_BARE_CODE = re.compile(r"^\s*(?:(?:epsg)\s*[:=]?\s*)?(\d{4,6})\s*$", re.IGNORECASE)
# Legacy Korean systems on the Bessel 1841 ellipsoid (Tokyo / Korean 1985 datums).
_BESSEL_EPSG = frozenset(
    {2096, 2097, 2098, 4162, 5171, 5172, 5173, 5174, 5175, 5176, 5177, 5178, 4301, 4807}
)


def parse_crs(value: int | str | CRS) -> CRS:
    """Return a :class:`pyproj.CRS` for what a user typed or a file declared.

    Parameters
    ----------
    value : int, str or pyproj.CRS
        An EPSG code (``5179``, ``"5179"``, ``"EPSG:5179"``, ``"epsg:5179"``),
        WKT (1 or 2), a PROJ string (``"+proj=tmerc ..."``), a PROJJSON text,
        an authority string such as ``"ESRI:102080"``, or an existing CRS.

    Returns
    -------
    pyproj.CRS

    Raises
    ------
    CRSError
        If the value is empty or pyproj does not recognise it; the message
        repeats the input.
    """
    if isinstance(value, CRS):
        return value
    if isinstance(value, bool) or value is None:
        raise CRSError(f"No coordinate reference system given ({value!r}). Use e.g. 'EPSG:5179'.",
            key="crs_missing")
    if isinstance(value, int):
        text = f"EPSG:{value}"
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise CRSError("Empty coordinate reference system. Use e.g. 'EPSG:5179'.", key="crs_missing")
        match = _BARE_CODE.match(text)
        if match:
            text = f"EPSG:{match.group(1)}"
    else:
        # pyproj also understands objects with ``to_wkt`` (e.g. rasterio CRS).
        to_wkt = getattr(value, "to_wkt", None)
        if to_wkt is None:
            raise CRSError(f"Cannot interpret {value!r} as a coordinate reference system.",
                key="crs_unknown", crs=repr(value))
        text = to_wkt()
    try:
        return CRS.from_user_input(text)
    except _ProjCRSError as exc:
        shown = text if len(text) <= 120 else text[:117] + "..."
        raise CRSError(
            f"Unknown coordinate reference system {shown!r}. Give an EPSG code such as "
            f"'EPSG:5179' (Korea 2000 / Unified CS) or 'EPSG:5186' (Central Belt 2010), "
            f"WKT or a PROJ string. ({exc})",
            key="crs_unknown", crs=shown
        ) from exc


def _epsg_code(crs: CRS) -> int | None:
    code = crs.to_epsg(min_confidence=70)
    return int(code) if code is not None else None


def crs_label(crs: CRS | str | int | None) -> str:
    """Return a short human label, e.g. ``"EPSG:5179 (Korea 2000 / Unified CS)"``.

    Parameters
    ----------
    crs : pyproj.CRS, str, int or None
        Anything :func:`parse_crs` accepts; ``None`` means "no CRS".

    Returns
    -------
    str
        ``"AUTH:CODE (name)"`` when an authority code is known, otherwise the
        CRS name, or ``"none (no CRS)"``.
    """
    if crs is None:
        return "none (no CRS)"
    crs = parse_crs(crs)
    code = _epsg_code(crs)
    if code is not None:
        return f"EPSG:{code} ({_display_name(CRS.from_epsg(code))})"
    auth = crs.to_authority(min_confidence=70)
    if auth is not None:
        return f"{auth[0]}:{auth[1]} ({_display_name(crs)})"
    return f"{_display_name(crs)} (no EPSG code)"


def _display_name(crs: CRS) -> str:
    # Recent EPSG databases call the Korea 2000 datum "KGD2002"; planners know "Korea 2000".
    return (crs.name or "unnamed").replace("KGD2002", "Korea 2000")


def is_legacy_bessel(crs: CRS | str | int | None) -> bool:
    """Tell whether ``crs`` is a legacy Korean/Tokyo system on the Bessel 1841 ellipsoid.

    Such systems (EPSG:5174, 5173-5178, 2096-2098, 4162 ...) need a datum shift
    to reach Korea 2000 (GRS80); results depend on the transformation PROJ
    picks, so callers record a warning when they reproject from one.

    Parameters
    ----------
    crs : pyproj.CRS, str, int or None

    Returns
    -------
    bool
    """
    if crs is None:
        return False
    crs = parse_crs(crs)
    code = _epsg_code(crs)
    if code in _BESSEL_EPSG:
        return True
    ellipsoid = crs.ellipsoid
    return ellipsoid is not None and "bessel" in (ellipsoid.name or "").lower()


def same_crs(a: CRS | str | int, b: CRS | str | int) -> bool:
    """Return True when two CRSs are equivalent (axis order ignored)."""
    return parse_crs(a).equals(parse_crs(b), ignore_axis_order=True)


@dataclass(frozen=True)
class TransformInfo:
    """What pyproj will do to go from ``source`` to ``target``.

    Attributes
    ----------
    source, target : str
        Labels of both CRSs (see :func:`crs_label`).
    description : str
        PROJ's description of the chosen coordinate operation.
    accuracy_m : float or None
        Accuracy of the operation in metres as stated by PROJ, or None (unknown).
    legacy_bessel : bool
        Whether either side is a Bessel-based legacy system.
    """

    source: str
    target: str
    description: str
    accuracy_m: float | None
    legacy_bessel: bool

    def warning(self) -> str | None:
        """Return a user-readable warning for datum shifts from legacy systems, else None."""
        if not self.legacy_bessel:
            return None
        acc = (
            f"stated accuracy {self.accuracy_m:g} m"
            if self.accuracy_m is not None
            else "accuracy not stated"
        )
        return (
            f"Reprojected from the legacy Bessel system {self.source} to {self.target} "
            f"with a datum shift ({self.description}; {acc}). Check the alignment against "
            f"a recent base map: older files may already carry a shift."
        )


def describe_transform(source: CRS | str | int, target: CRS | str | int) -> TransformInfo:
    """Describe the best transformation pyproj has available from ``source`` to ``target``.

    Parameters
    ----------
    source, target : pyproj.CRS, str or int
        Anything :func:`parse_crs` accepts.

    Returns
    -------
    TransformInfo
    """
    src, dst = parse_crs(source), parse_crs(target)
    transformer = Transformer.from_crs(src, dst, always_xy=True)
    accuracy = transformer.accuracy
    return TransformInfo(
        source=crs_label(src),
        target=crs_label(dst),
        description=transformer.description or transformer.name or "unknown operation",
        accuracy_m=float(accuracy) if accuracy is not None and accuracy >= 0 else None,
        legacy_bessel=is_legacy_bessel(src) or is_legacy_bessel(dst),
    )
