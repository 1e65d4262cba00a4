"""Class legends for categorical rasters (land cover and the like).

A :class:`ClassLegend` maps integer pixel values to a Korean label, an English
label and a display colour. :data:`MODIS_IGBP_LEGEND` is the legend of the
MODIS land-cover product (MCD12Q1 / MCD12C1, "Land Cover Type 1": the 17
classes of the International Geosphere-Biosphere Programme, values 0-16,
255 = unclassified / fill). Colours follow the palette commonly used for this
product (Google Earth Engine catalogue, NASA LP DAAC quick-looks).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class LegendEntry:
    """One class of a categorical raster.

    Parameters
    ----------
    value : int
        Pixel value of the class.
    label_ko, label_en : str
        Korean and English labels shown in the legend and in reports.
    color : str
        Display colour as ``"#RRGGBB"``.
    """

    value: int
    label_ko: str
    label_en: str
    color: str

    def __post_init__(self) -> None:
        if not _HEX_COLOUR.match(self.color):
            raise ValueError(f"Legend colour {self.color!r} of class {self.value} is not '#RRGGBB'.")

    @property
    def rgb(self) -> tuple[int, int, int]:
        """Colour as an ``(r, g, b)`` tuple of 0-255 integers."""
        c = self.color
        return int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)

    def label(self, lang: str = "ko") -> str:
        """Label in ``"ko"`` (Korean) or ``"en"`` (English)."""
        return self.label_en if lang == "en" else self.label_ko


@dataclass(frozen=True)
class ClassLegend:
    """An ordered set of :class:`LegendEntry`, looked up by pixel value.

    Parameters
    ----------
    name : str
        Short identifier, e.g. ``"modis-igbp"``.
    entries : tuple of LegendEntry
        Classes in display order; values must be unique.
    title_ko, title_en : str
        Legend titles.
    """

    name: str
    entries: tuple[LegendEntry, ...]
    title_ko: str = ""
    title_en: str = ""
    _by_value: dict[int, LegendEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_value: dict[int, LegendEntry] = {}
        for entry in self.entries:
            if entry.value in by_value:
                raise ValueError(f"Legend {self.name!r} lists class value {entry.value} twice.")
            by_value[entry.value] = entry
        object.__setattr__(self, "_by_value", by_value)

    @classmethod
    def from_entries(
        cls, name: str, entries: Iterable[LegendEntry], *, title_ko: str = "", title_en: str = ""
    ) -> ClassLegend:
        """Build a legend from any iterable of entries."""
        return cls(name, tuple(entries), title_ko, title_en)

    def __iter__(self) -> Iterator[LegendEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, value: object) -> bool:
        return value in self._by_value

    def __getitem__(self, value: int) -> LegendEntry:
        try:
            return self._by_value[int(value)]
        except KeyError:
            raise KeyError(f"Class value {value} is not in legend {self.name!r}.") from None

    @property
    def values(self) -> tuple[int, ...]:
        """Class values in display order."""
        return tuple(e.value for e in self.entries)

    def label(self, value: int, lang: str = "ko") -> str:
        """Label of ``value``; ``"<value>"`` for a value the legend does not know."""
        entry = self._by_value.get(int(value))
        return entry.label(lang) if entry else str(value)

    def color(self, value: int, default: str = "#000000") -> str:
        """Colour of ``value`` as ``"#RRGGBB"``; ``default`` for an unknown value."""
        entry = self._by_value.get(int(value))
        return entry.color if entry else default

    def colormap(self) -> dict[int, tuple[int, int, int, int]]:
        """``{value: (r, g, b, 255)}``, the form rasterio writes as a GeoTIFF colour table."""
        return {e.value: (*e.rgb, 255) for e in self.entries}


MODIS_IGBP_LEGEND = ClassLegend.from_entries(
    "modis-igbp",
    [
        LegendEntry(0, "물", "Water Bodies", "#1c0dff"),
        LegendEntry(1, "상록침엽수림", "Evergreen Needleleaf Forests", "#05450a"),
        LegendEntry(2, "상록활엽수림", "Evergreen Broadleaf Forests", "#086a10"),
        LegendEntry(3, "낙엽침엽수림", "Deciduous Needleleaf Forests", "#54a708"),
        LegendEntry(4, "낙엽활엽수림", "Deciduous Broadleaf Forests", "#78d203"),
        LegendEntry(5, "혼효림", "Mixed Forests", "#009900"),
        LegendEntry(6, "밀집 관목지", "Closed Shrublands", "#c6b044"),
        LegendEntry(7, "개방 관목지", "Open Shrublands", "#dcd159"),
        LegendEntry(8, "수목 사바나", "Woody Savannas", "#dade48"),
        LegendEntry(9, "사바나", "Savannas", "#fbff13"),
        LegendEntry(10, "초지", "Grasslands", "#b6ff05"),
        LegendEntry(11, "영구 습지", "Permanent Wetlands", "#27ff87"),
        LegendEntry(12, "농경지", "Croplands", "#c24f44"),
        LegendEntry(13, "도시 및 건조지역", "Urban and Built-up Lands", "#a5a5a5"),
        LegendEntry(14, "농경지/자연식생 혼합", "Cropland/Natural Vegetation Mosaics", "#ff6d4c"),
        LegendEntry(15, "영구 눈·얼음", "Permanent Snow and Ice", "#69fff8"),
        LegendEntry(16, "나지", "Barren", "#f9ffa4"),
    ],
    title_ko="토지피복 (MODIS IGBP)",
    title_en="Land cover (MODIS IGBP)",
)
"""MODIS land-cover type 1 (IGBP) classes 0-16; 255 is fill / unclassified (nodata)."""

LEGENDS: dict[str, ClassLegend] = {MODIS_IGBP_LEGEND.name: MODIS_IGBP_LEGEND}
"""Built-in legends by name."""
