"""Layer styles for QGIS: a plain :class:`StyleSpec`, QML and SLD writers.

Qt-free: the XML is built with :mod:`xml.etree.ElementTree`. The QML holds a
*graduated* renderer (``renderer-v2 type="graduatedSymbol"``) with one range and
one simple fill symbol per class, so a shapefile opens in QGIS with the same
classes and colours as in SmartZone (QGIS loads ``<name>.qml`` beside
``<name>.shp`` automatically). The symbol-layer properties are written both as
``<Option type="Map">`` (QGIS >= 3.26) and as ``<prop k= v=>`` (QGIS 3.x before
3.26), so QGIS 3.16 to 3.3x read them.

A graduated renderer skips features whose value is NULL (districts excluded
from scoring). Unless ``StyleSpec.no_data_color`` is None, the renderer
therefore classifies ``coalesce("field", -9999)`` and has one extra grey range
holding only that sentinel, so excluded districts are drawn grey as in the app.
"""
from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from pathlib import Path
from typing import Any

import numpy as np

from smartzone.layers.errors import ExportError

__all__ = [
    "DEFAULT_COLORS",
    "StyleSpec",
    "default_style",
    "style_to_qml",
    "style_to_sld",
    "write_qml",
]

#: ColorBrewer "YlGnBu" 5 classes (low score = light, high score = dark).
DEFAULT_COLORS: tuple[str, ...] = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")

_HEX = re.compile(r"^#?([0-9a-fA-F]{6})([0-9a-fA-F]{2})?$")

# QGIS <mode name=...> and <classificationMethod id=...> for the SmartZone scheme ids.
_QGIS_METHODS: dict[str, tuple[str, str]] = {
    "quantiles": ("quantile", "Quantile"),
    "quantile": ("quantile", "Quantile"),
    "equal_interval": ("equal", "EqualInterval"),
    "equal": ("equal", "EqualInterval"),
    "natural_breaks": ("jenks", "Jenks"),
    "jenks": ("jenks", "Jenks"),
    "fisher_jenks": ("jenks", "Jenks"),
    "std_mean": ("stddev", "StdDev"),
    "stddev": ("stddev", "StdDev"),
    "pretty": ("pretty", "Pretty"),
}


def _parse_hex(color: str) -> tuple[int, int, int, int]:
    match = _HEX.match(color.strip())
    if not match:
        raise ExportError(f"Style colour {color!r} is not a hex colour like '#1a9850'.",
                          key="style_invalid", problem="colour", color=str(color))
    rgb = match.group(1)
    alpha = int(match.group(2), 16) if match.group(2) else 255
    return int(rgb[0:2], 16), int(rgb[2:4], 16), int(rgb[4:6], 16), alpha


@dataclass(frozen=True)
class StyleSpec:
    """Graduated (choropleth) style of one numeric field.

    Parameters
    ----------
    field
        Numeric attribute the classes apply to (e.g. ``"score"``). For a
        shapefile the exporter swaps in the shortened DBF name.
    breaks
        Upper bound of each class, ascending (``k`` values).
    colors
        Fill colour of each class as hex ``#rrggbb`` or ``#rrggbbaa`` (``k`` values).
    labels
        Legend label of each class; default ``"lower - upper"``.
    lower
        Lower bound of the first class; default ``min(0, breaks[0])``.
    method
        Classification scheme id (``quantiles``, ``equal_interval``,
        ``natural_breaks``, ``std_mean``, ``pretty``, ``manual``); recorded in
        the QML so QGIS shows it.
    outline_color, outline_width
        District outline (hex colour; width in millimetres).
    opacity
        Layer opacity 0-1.
    label_field
        Optional attribute to label features with (e.g. the district name).
    no_data_color, no_data_label
        Class for features without a value (districts excluded from scoring).
        QGIS's graduated renderer skips NULL values, so the QML classifies the
        expression ``coalesce("field", sentinel)`` and adds one range holding
        only the sentinel (:meth:`no_data_value`), drawn in this colour
        (grey by default, as in the app and the report). ``None``: no such class.
    title
        Legend title.
    precision
        Decimals in default labels.
    """

    field: str
    breaks: Sequence[float]
    colors: Sequence[str]
    labels: Sequence[str] | None = None
    lower: float | None = None
    method: str = "manual"
    outline_color: str = "#6e6e6e"
    outline_width: float = 0.1
    opacity: float = 1.0
    label_field: str | None = None
    title: str = ""
    precision: int = 1
    no_data_color: str | None = "#d9d9d9"
    no_data_label: str = "자료 없음 / 제외 (no data / excluded)"
    extra: Mapping[str, Any] = dc_field(default_factory=dict)
    label_max_scale: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "breaks", tuple(float(b) for b in self.breaks))
        object.__setattr__(self, "colors", tuple(str(c) for c in self.colors))
        if self.labels is not None:
            object.__setattr__(self, "labels", tuple(str(s) for s in self.labels))
        self.validate()

    def validate(self) -> None:
        """Raise :class:`ExportError` if the spec is inconsistent."""
        if not self.field:
            raise ExportError("Style has no field name.", key="style_invalid", problem="no_field")
        k = len(self.breaks)
        if k == 0:
            raise ExportError(f"Style for field {self.field!r} has no classes.", key="style_invalid",
                              problem="no_classes", field=self.field)
        if len(self.colors) != k:
            raise ExportError(
                f"Style for field {self.field!r} has {k} class breaks but {len(self.colors)} colours.",
                key="style_invalid", problem="colour_count", field=self.field, breaks=k, count=len(self.colors),
            )
        if self.labels is not None and len(self.labels) != k:
            raise ExportError(
                f"Style for field {self.field!r} has {k} class breaks but {len(self.labels)} labels.",
                key="style_invalid", problem="label_count", field=self.field, breaks=k, count=len(self.labels),
            )
        if any(not math.isfinite(b) for b in self.breaks):
            raise ExportError(f"Style for field {self.field!r} has a non-finite class break.",
                              key="style_invalid", problem="non_finite", field=self.field)
        if any(b2 < b1 for b1, b2 in zip(self.breaks, self.breaks[1:], strict=False)):
            raise ExportError(f"Style breaks for field {self.field!r} are not ascending: {self.breaks}.",
                              key="style_invalid", problem="not_ascending", field=self.field,
                              breaks=", ".join(f"{b:g}" for b in self.breaks))
        extra_colors = [self.no_data_color] if self.no_data_color else []
        for color in (*self.colors, self.outline_color, *extra_colors):
            _parse_hex(color)
        if not 0.0 <= self.opacity <= 1.0:
            raise ExportError(f"Style opacity {self.opacity} is outside 0-1.", key="style_invalid",
                              problem="opacity", value=self.opacity)

    @property
    def k(self) -> int:
        """Number of classes."""
        return len(self.breaks)

    def bounds(self) -> list[tuple[float, float]]:
        """``(lower, upper)`` of each class."""
        first = self.lower if self.lower is not None else min(0.0, self.breaks[0])
        lowers = [first, *self.breaks[:-1]]
        return list(zip(lowers, self.breaks, strict=True))

    def drawn_bounds(self) -> list[tuple[float, float]]:
        """:meth:`bounds` with the outer two widened to ``precision`` decimals.

        What the QML and SLD carry: the lowest and the highest value often *are*
        the outer bounds, and a file that stores them (a DBF with fewer decimals, a
        reader that parses text) may land a hair outside, leaving that district
        undrawn. Rounding the outer bounds outwards to the label precision keeps
        every value inside; inner bounds stay exact (a value on a break only
        changes class, it is never lost).
        """
        bounds = self.bounds()
        places = max(0, min(self.precision, 6))
        lo0 = _round_out(bounds[0][0], places, down=True)
        hi_last = _round_out(bounds[-1][1], places, down=False)
        bounds[0] = (lo0, bounds[0][1])
        bounds[-1] = (bounds[-1][0], hi_last)
        return bounds

    def no_data_value(self) -> float:
        """Sentinel that stands for NULL in the QML expression (below every class)."""
        lowest = self.drawn_bounds()[0][0]
        return -9999.0 if lowest > -9999.0 else math.floor(lowest) - 1.0

    def class_labels(self) -> list[str]:
        """Legend labels (given ones, or ``"lower - upper"``)."""
        if self.labels is not None:
            return list(self.labels)
        p = self.precision
        return [f"{lo:.{p}f} - {hi:.{p}f}" for lo, hi in self.bounds()]

    def with_field(self, name: str) -> StyleSpec:
        """Copy with another field name (e.g. the shortened DBF name)."""
        return replace(self, field=name)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict."""
        return {
            "field": self.field,
            "breaks": list(self.breaks),
            "colors": list(self.colors),
            "labels": None if self.labels is None else list(self.labels),
            "lower": self.lower,
            "method": self.method,
            "outline_color": self.outline_color,
            "outline_width": self.outline_width,
            "opacity": self.opacity,
            "label_field": self.label_field,
            "title": self.title,
            "precision": self.precision,
            "no_data_color": self.no_data_color,
            "no_data_label": self.no_data_label,
            "label_max_scale": self.label_max_scale,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StyleSpec:
        """Build from a dict with at least ``field``, ``breaks``, ``colors``."""
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        try:
            kwargs = {k: v for k, v in data.items() if k in known}
            extra = {k: v for k, v in data.items() if k not in known}
            return cls(**kwargs, extra=extra)
        except TypeError as exc:
            raise ExportError(f"Style dict is incomplete: {exc}.", key="style_invalid", problem="incomplete",
                              detail=str(exc)) from exc

    @classmethod
    def coerce(cls, style: StyleSpec | Mapping[str, Any]) -> StyleSpec:
        """Accept a :class:`StyleSpec` or a dict (or any object with those attributes)."""
        if isinstance(style, StyleSpec):
            return style
        if isinstance(style, Mapping):
            return cls.from_dict(style)
        attrs = {k: getattr(style, k) for k in cls.__dataclass_fields__ if hasattr(style, k)}
        return cls.from_dict(attrs)


def _round_out(value: float, places: int, *, down: bool) -> float:
    """``value`` rounded to ``places`` decimals away from the data (floor or ceiling).

    Done in :class:`~decimal.Decimal` so that the result never falls on the wrong
    side of ``value`` through binary rounding.
    """
    quantum = Decimal(1).scaleb(-places)
    exact = Decimal(value).quantize(quantum, rounding=ROUND_FLOOR if down else ROUND_CEILING)
    return float(exact)


def _bound_text(value: float) -> str:
    """A class bound as text that parses back to the same double (``repr``, not ``%g``)."""
    return repr(float(value))


def _interpolate_colors(k: int) -> list[str]:
    if k == len(DEFAULT_COLORS):
        return list(DEFAULT_COLORS)
    rgb = np.array([_parse_hex(c)[:3] for c in DEFAULT_COLORS], dtype=float)
    pos = np.linspace(0, len(rgb) - 1, k)
    out = []
    for p in pos:
        i = min(int(p), len(rgb) - 2)
        t = p - i
        c = rgb[i] * (1 - t) + rgb[i + 1] * t
        out.append("#{:02x}{:02x}{:02x}".format(*(int(round(v)) for v in c)))
    return out


def default_style(
    values: Sequence[float] | np.ndarray,
    field: str = "score",
    *,
    k: int = 5,
    scheme: str = "quantiles",
    colors: Sequence[str] | None = None,
    label_field: str | None = "name",
    title: str = "",
) -> StyleSpec:
    """A graduated style from data with :mod:`mapclassify`.

    Parameters
    ----------
    values
        The field's values (NaN ignored).
    field
        Attribute name.
    k
        Number of classes.
    scheme
        ``quantiles``, ``equal_interval`` or ``natural_breaks``.
    colors
        ``k`` hex colours; default a YlGnBu ramp.
    """
    import mapclassify

    arr = np.asarray(values, dtype=float)
    arr = arr[np.isfinite(arr)]
    if arr.size == 0:
        raise ExportError(f"Field {field!r} has no numeric values to classify.", key="style_no_values",
                          field=str(field))
    k = max(1, min(k, int(np.unique(arr).size)))
    classifiers = {
        "quantiles": mapclassify.Quantiles,
        "equal_interval": mapclassify.EqualInterval,
        "natural_breaks": mapclassify.NaturalBreaks,
    }
    if scheme not in classifiers:
        raise ExportError(f"Unknown classification scheme {scheme!r}.", key="style_invalid", problem="scheme",
                          scheme=str(scheme))
    if k == 1:
        breaks = [float(arr.max())]
    else:
        breaks = [float(b) for b in classifiers[scheme](arr, k=k).bins]
    colors = list(colors) if colors is not None else _interpolate_colors(len(breaks))
    return StyleSpec(
        field=field,
        breaks=breaks,
        colors=colors[: len(breaks)],
        lower=float(arr.min()),
        method=scheme,
        label_field=label_field,
        title=title,
    )


def _quoted(name: str) -> str:
    """Escape a field name for a double-quoted QGIS expression identifier."""
    return name.replace('"', '""')


def _rgba(color: str, opacity: float = 1.0) -> str:
    r, g, b, a = _parse_hex(color)
    return f"{r},{g},{b},{int(round(a * opacity))}"


def _fill_symbol(parent: ET.Element, name: str, color: str, spec: StyleSpec, tag: str = "symbol") -> None:
    symbol = ET.SubElement(
        parent,
        tag,
        {
            "type": "fill",
            "name": name,
            "alpha": "1",
            "clip_to_extent": "1",
            "force_rhr": "0",
            "is_animated": "0",
            "frame_rate": "10",
        },
    )
    layer = ET.SubElement(
        symbol, "layer", {"class": "SimpleFill", "enabled": "1", "locked": "0", "pass": "0"}
    )
    props = {
        "border_width_map_unit_scale": "3x:0,0,0,0,0,0",
        "color": _rgba(color),
        "joinstyle": "bevel",
        "offset": "0,0",
        "offset_map_unit_scale": "3x:0,0,0,0,0,0",
        "offset_unit": "MM",
        "outline_color": _rgba(spec.outline_color),
        "outline_style": "solid",
        "outline_width": f"{spec.outline_width:g}",
        "outline_width_unit": "MM",
        "style": "solid",
    }
    option_map = ET.SubElement(layer, "Option", {"type": "Map"})
    for key, value in props.items():
        ET.SubElement(option_map, "Option", {"name": key, "type": "QString", "value": value})
    for key, value in props.items():
        ET.SubElement(layer, "prop", {"k": key, "v": value})
    data_defined = ET.SubElement(layer, "data_defined_properties")
    opt = ET.SubElement(data_defined, "Option", {"type": "Map"})
    ET.SubElement(opt, "Option", {"name": "name", "type": "QString", "value": ""})
    ET.SubElement(opt, "Option", {"name": "properties"})
    ET.SubElement(opt, "Option", {"name": "type", "type": "QString", "value": "collection"})


def _qml_tree(spec: StyleSpec) -> ET.Element:
    root = ET.Element(
        "qgis",
        {
            "version": "3.22.0",
            "styleCategories": "Symbology|Labeling|Rendering",
            "hasScaleBasedVisibilityFlag": "0",
            "minScale": "100000000",
            "maxScale": "0",
        },
    )
    mode, method_id = _QGIS_METHODS.get(spec.method, ("manual", "Manual"))
    renderer = ET.SubElement(
        root,
        "renderer-v2",
        {
            "type": "graduatedSymbol",
            "attr": (
                f'coalesce("{_quoted(spec.field)}", {spec.no_data_value():g})'
                if spec.no_data_color
                else spec.field
            ),
            "graduatedMethod": "GraduatedColor",
            "symbollevels": "0",
            "enableorderby": "0",
            "forceraster": "0",
            "referencescale": "-1",
        },
    )
    ranges = ET.SubElement(renderer, "ranges")
    labels = spec.class_labels()
    for i, ((lo, hi), label) in enumerate(zip(spec.drawn_bounds(), labels, strict=True)):
        ET.SubElement(
            ranges,
            "range",
            {
                "lower": _bound_text(lo),
                "upper": _bound_text(hi),
                "symbol": str(i),
                "label": label,
                "render": "true",
            },
        )
    if spec.no_data_color:
        sentinel = _bound_text(spec.no_data_value())
        ET.SubElement(
            ranges,
            "range",
            {"lower": sentinel, "upper": sentinel, "symbol": str(spec.k),
             "label": spec.no_data_label, "render": "true"},
        )
    symbols = ET.SubElement(renderer, "symbols")
    for i, color in enumerate(spec.colors):
        _fill_symbol(symbols, str(i), color, spec)
    if spec.no_data_color:
        _fill_symbol(symbols, str(spec.k), spec.no_data_color, spec)
    source = ET.SubElement(renderer, "source-symbol")
    _fill_symbol(source, "0", spec.colors[-1], spec)
    ET.SubElement(renderer, "mode", {"name": mode})
    ET.SubElement(renderer, "symmetricMode", {"enabled": "0", "symmetryPoint": "0", "astride": "0"})
    classification = ET.SubElement(renderer, "classificationMethod", {"id": method_id})
    ET.SubElement(classification, "symmetricMode", {"enabled": "0", "symmetrypoint": "0", "astride": "0"})
    ET.SubElement(
        classification,
        "labelFormat",
        {"format": "%1 - %2", "labelprecision": str(spec.precision), "trimtrailingzeroes": "1"},
    )
    ET.SubElement(renderer, "rotation")
    ET.SubElement(renderer, "sizescale")

    if spec.label_field:
        labeling = ET.SubElement(root, "labeling", {"type": "simple"})
        settings = ET.SubElement(labeling, "settings", {"calloutType": "simple"})
        ET.SubElement(
            settings,
            "text-style",
            {
                "fieldName": spec.label_field,
                "isExpression": "0",
                "fontFamily": "NanumGothic",
                "fontSize": "8",
                "fontSizeUnit": "Point",
                "textColor": "0,0,0,255",
                "textOpacity": "1",
                "namedStyle": "Regular",
            },
        )
        ET.SubElement(settings, "placement", {"placement": "1", "centroidInside": "1"})
        # Names only from a sensible scale in (label_max_scale: largest denominator, e.g.
        # 1:1,300,000 for 시군구), so a national view is not strewn with island names.
        scaled = spec.label_max_scale is not None
        rendering = {"obstacle": "1", "scaleVisibility": "1" if scaled else "0"}
        if scaled:
            # QGIS reads scaleMax as the most zoomed-out denominator (checked with QGIS 3.22)
            rendering.update(scaleMin="0", scaleMax=f"{spec.label_max_scale:.0f}")
        ET.SubElement(settings, "rendering", rendering)
        ET.SubElement(root, "labelsEnabled").text = "1" if scaled else "0"
    ET.SubElement(root, "blendMode").text = "0"
    ET.SubElement(root, "featureBlendMode").text = "0"
    ET.SubElement(root, "layerOpacity").text = f"{spec.opacity:g}"
    ET.SubElement(root, "layerGeometryType").text = "2"
    return root


def style_to_qml(spec: StyleSpec | Mapping[str, Any]) -> str:
    """QGIS layer style (``.qml``) text for a graduated fill renderer.

    Returns
    -------
    str
        XML text (UTF-8 declared) with ``<!DOCTYPE qgis ...>``.
    """
    spec = StyleSpec.coerce(spec)
    root = _qml_tree(spec)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n"
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"
    )


def write_qml(spec: StyleSpec | Mapping[str, Any], path: str | Path) -> Path:
    """Write :func:`style_to_qml` to ``path`` (UTF-8; callers handle atomicity)."""
    path = Path(path)
    path.write_text(style_to_qml(spec), encoding="utf-8")
    return path


_SLD_NS = "http://www.opengis.net/sld"
_SE_NS = "http://www.opengis.net/se"
_OGC_NS = "http://www.opengis.net/ogc"


def style_to_sld(spec: StyleSpec | Mapping[str, Any], layer_name: str = "scores") -> str:
    """OGC SLD 1.1 (Symbology Encoding) text with one rule per class.

    Each rule filters ``lower < field <= upper`` (the first class also takes
    ``field == lower``) and fills with the class colour.
    """
    spec = StyleSpec.coerce(spec)
    ET.register_namespace("", _SLD_NS)
    ET.register_namespace("se", _SE_NS)
    ET.register_namespace("ogc", _OGC_NS)
    ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")

    def sld(tag: str) -> str:
        return f"{{{_SLD_NS}}}{tag}"

    def se(tag: str) -> str:
        return f"{{{_SE_NS}}}{tag}"

    def ogc(tag: str) -> str:
        return f"{{{_OGC_NS}}}{tag}"

    root = ET.Element(
        sld("StyledLayerDescriptor"),
        {
            "version": "1.1.0",
            "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation": (
                "http://www.opengis.net/sld http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd"
            ),
        },
    )
    named = ET.SubElement(root, sld("NamedLayer"))
    ET.SubElement(named, se("Name")).text = layer_name
    user_style = ET.SubElement(named, sld("UserStyle"))
    ET.SubElement(user_style, se("Name")).text = layer_name
    if spec.title:  # the legend title QGIS and GeoServer show for the style
        ET.SubElement(ET.SubElement(user_style, se("Description")), se("Title")).text = spec.title
    fts = ET.SubElement(user_style, se("FeatureTypeStyle"))
    def rule_with_symbol(label: str, color: str) -> ET.Element:
        rule = ET.SubElement(fts, se("Rule"))
        ET.SubElement(rule, se("Name")).text = label
        desc = ET.SubElement(rule, se("Description"))
        ET.SubElement(desc, se("Title")).text = label
        flt = ET.SubElement(rule, ogc("Filter"))
        sym = ET.SubElement(rule, se("PolygonSymbolizer"))
        fill = ET.SubElement(sym, se("Fill"))
        r, g, b, a = _parse_hex(color)
        ET.SubElement(fill, se("SvgParameter"), {"name": "fill"}).text = f"#{r:02x}{g:02x}{b:02x}"
        ET.SubElement(fill, se("SvgParameter"), {"name": "fill-opacity"}).text = (
            f"{a / 255 * spec.opacity:g}"
        )
        stroke = ET.SubElement(sym, se("Stroke"))
        ET.SubElement(stroke, se("SvgParameter"), {"name": "stroke"}).text = (
            "#{:02x}{:02x}{:02x}".format(*_parse_hex(spec.outline_color)[:3])
        )
        ET.SubElement(stroke, se("SvgParameter"), {"name": "stroke-width"}).text = (
            f"{spec.outline_width / 25.4 * 72:.2f}"
        )
        return flt

    for i, ((lo, hi), label, color) in enumerate(
        zip(spec.drawn_bounds(), spec.class_labels(), spec.colors, strict=True)
    ):
        flt = rule_with_symbol(label, color)
        both = ET.SubElement(flt, ogc("And"))
        lower_op = "PropertyIsGreaterThanOrEqualTo" if i == 0 else "PropertyIsGreaterThan"
        cmp1 = ET.SubElement(both, ogc(lower_op))
        ET.SubElement(cmp1, ogc("PropertyName")).text = spec.field
        ET.SubElement(cmp1, ogc("Literal")).text = _bound_text(lo)
        cmp2 = ET.SubElement(both, ogc("PropertyIsLessThanOrEqualTo"))
        ET.SubElement(cmp2, ogc("PropertyName")).text = spec.field
        ET.SubElement(cmp2, ogc("Literal")).text = _bound_text(hi)
    if spec.no_data_color:
        flt = rule_with_symbol(spec.no_data_label, spec.no_data_color)
        is_null = ET.SubElement(flt, ogc("PropertyIsNull"))
        ET.SubElement(is_null, ogc("PropertyName")).text = spec.field
    ET.indent(root, space="  ")
    return "<?xml version='1.0' encoding='UTF-8'?>\n" + ET.tostring(root, encoding="unicode") + "\n"
