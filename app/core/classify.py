"""Choropleth classification and colour ramps (Qt-free).

A thin wrapper over :mod:`mapclassify` that the map canvas, the off-screen map
renderer and the PDF report share, so one scheme name gives the same class
breaks everywhere. Ramps are colour-blind-safe (viridis, cividis and the
ColorBrewer schemes marked safe) and returned as ``#rrggbb`` strings so no
plotting library is needed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from smartzone.app.core.words import QT_TRANSLATE_NOOP

# Scheme id -> its name in English, worded from the .ts (context ``Classify``): the style
# controls translate it, :func:`scheme_words` gives it in a fixed language. Order is the order shown in menus.
SCHEMES: dict[str, str] = {
    "quantiles": QT_TRANSLATE_NOOP("Classify", "Quantiles"),
    "natural_breaks": QT_TRANSLATE_NOOP("Classify", "Natural breaks (Fisher-Jenks)"),
    "equal_interval": QT_TRANSLATE_NOOP("Classify", "Equal interval"),
    "std_mean": QT_TRANSLATE_NOOP("Classify", "Standard deviation"),
}

# Anchor colours; intermediate classes are interpolated in RGB between anchors.
RAMPS: dict[str, list[str]] = {
    "viridis": ["#440154", "#482878", "#3e4989", "#31688e", "#26828e",
                "#1f9e89", "#35b779", "#6ece58", "#b5de2b", "#fde725"],
    "cividis": ["#00224e", "#123570", "#3b496c", "#575d6d", "#707173",
                "#8a8779", "#a69d75", "#c4b56c", "#e4cf5b", "#fee838"],
    "YlGnBu": ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4",
               "#1d91c0", "#225ea8", "#253494", "#081d58"],
    "YlOrRd": ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c",
               "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
    "PuOr": ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7",
             "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"],
}
DIVERGING = frozenset({"PuOr"})
#: How the style controls name each ramp (English, worded from the .ts, context ``Classify``): its
#: colours, then its id.
RAMP_NAMES: dict[str, str] = {
    "viridis": QT_TRANSLATE_NOOP("Classify", "Purple to yellow (viridis)"),
    "cividis": QT_TRANSLATE_NOOP("Classify", "Navy to yellow, colour-blind safe (cividis)"),
    "YlGnBu": QT_TRANSLATE_NOOP("Classify", "Yellow, green, blue"),
    "YlOrRd": QT_TRANSLATE_NOOP("Classify", "Yellow, orange, red"),
    "PuOr": QT_TRANSLATE_NOOP("Classify", "Brown to purple, diverging"),
}
NO_DATA_COLOR = "#d9d9d9"


def _hex_to_rgb(color: str) -> tuple[int, int, int]:
    c = color.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def ramp_colors(name: str, k: int, *, reverse: bool = False) -> list[str]:
    """Return ``k`` colours sampled evenly along ramp ``name`` (``#rrggbb``).

    Raises
    ------
    KeyError
        If ``name`` is not one of :data:`RAMPS`.
    """
    if name not in RAMPS:
        raise KeyError(f"Unknown colour ramp {name!r}; choose one of {', '.join(RAMPS)}.")
    anchors = np.array([_hex_to_rgb(c) for c in RAMPS[name]], dtype=float)
    if k <= 0:
        return []
    pos = np.linspace(0.0, len(anchors) - 1, k) if k > 1 else np.array([(len(anchors) - 1) / 2])
    lo = np.floor(pos).astype(int)
    hi = np.minimum(lo + 1, len(anchors) - 1)
    frac = (pos - lo)[:, None]
    rgb = np.rint(anchors[lo] * (1 - frac) + anchors[hi] * frac).astype(int)
    out = [f"#{r:02x}{g:02x}{b:02x}" for r, g, b in rgb]
    return out[::-1] if reverse else out


@dataclass
class Classification:
    """Result of classifying values for a choropleth.

    Attributes
    ----------
    bins
        Upper bound of each class (ascending); the last equals the maximum.
    classes
        Class index per input value, ``-1`` where the value is missing.
    colors
        One ``#rrggbb`` per class.
    labels
        Human-readable range per class (``"12.3 – 45.6"``).
    scheme, k, cmap
        The recipe, for legends and reports.
    counts
        Number of values in each class.
    """

    bins: np.ndarray
    classes: np.ndarray
    colors: list[str]
    labels: list[str]
    scheme: str
    k: int
    cmap: str
    counts: list[int] = field(default_factory=list)

    def color_of(self, i: int) -> str:
        """Colour of value ``i`` (no-data grey if missing)."""
        c = int(self.classes[i])
        return self.colors[c] if c >= 0 else NO_DATA_COLOR

    def value_colors(self) -> list[str]:
        """Colour per input value, in input order."""
        palette = [*self.colors, NO_DATA_COLOR]
        return [palette[c] for c in self.classes]  # -1 picks the no-data grey


def _fmt(v: float) -> str:
    a = abs(v)
    if a >= 1000:
        return f"{v:,.0f}"
    if a >= 10:
        return f"{v:.1f}"
    if a >= 0.1 or v == 0:
        return f"{v:.2f}"
    return f"{v:.3g}"


def _quantile_bins(data: np.ndarray, k: int) -> np.ndarray:
    """Same breaks as ``mapclassify.Quantiles`` (linear percentiles, duplicates merged).

    Computed with numpy so the first map paints without importing mapclassify
    (and scipy/scikit-learn behind it), which takes seconds on a cold start;
    ``tests/app/test_gui_classify.py`` checks that both agree.
    """
    w = 100.0 / k
    pct = np.arange(w, 100 + w, w)
    if pct[-1] > 100.0:
        pct[-1] = 100.0
    return np.unique(np.percentile(data, pct))


def _equal_interval_bins(data: np.ndarray, k: int) -> np.ndarray:
    """Same breaks as ``mapclassify.EqualInterval``."""
    lo, hi = float(data.min()), float(data.max())
    width = (hi - lo) / k
    bins = lo + width * np.arange(1, k + 1)
    bins[-1] = hi
    return bins


def classify(values: Sequence[float] | np.ndarray, *, scheme: str = "quantiles", k: int = 5,
             cmap: str = "viridis", reverse: bool = False) -> Classification:
    """Classify ``values`` with a mapclassify scheme and colour the classes.

    Parameters
    ----------
    values
        One number per district; NaN marks a missing or excluded district.
    scheme
        One of :data:`SCHEMES`: ``quantiles``, ``natural_breaks`` (Fisher-Jenks),
        ``equal_interval`` or ``std_mean`` (classes of one standard deviation
        around the mean; ``k`` is ignored there).
    k
        Number of classes (fewer when there are fewer distinct values).
    cmap
        One of :data:`RAMPS`.

    Quantiles and equal intervals are computed with numpy (identical to
    mapclassify's); natural breaks and standard deviation use mapclassify.
    """
    if scheme not in SCHEMES:
        raise KeyError(f"Unknown classification {scheme!r}; choose one of {', '.join(SCHEMES)}.")
    arr = np.asarray(values, dtype=float)
    valid = np.isfinite(arr)
    data = arr[valid]
    classes = np.full(arr.shape, -1, dtype=int)
    if data.size == 0:
        return Classification(np.array([]), classes, [], [], scheme, 0, cmap, [])
    distinct = np.unique(data)
    k_eff = int(max(1, min(k, distinct.size)))
    if distinct.size == 1:
        bins = np.array([distinct[0]])
    elif scheme == "quantiles":
        bins = _quantile_bins(data, k_eff)
    elif scheme == "equal_interval":
        bins = _equal_interval_bins(data, max(1, int(k)))
    else:
        import mapclassify

        if scheme == "natural_breaks":
            # Fisher-Jenks is exact but O(k n^2); sample large inputs as QGIS does.
            if data.size > 4000:
                clf = mapclassify.FisherJenksSampled(data, k=k_eff, pct=4000 / data.size)
            else:
                clf = mapclassify.FisherJenks(data, k=k_eff)
        else:
            clf = mapclassify.StdMean(data)
        bins = np.asarray(clf.bins, dtype=float)
    # Classes are closed on the right, as in mapclassify: bins[i-1] < x <= bins[i].
    yb = np.searchsorted(bins, data, side="left").clip(0, len(bins) - 1)
    n = len(bins)
    classes[valid] = yb
    colors = ramp_colors(cmap, n, reverse=reverse)
    lows = [float(data.min()), *bins[:-1].tolist()]
    labels = [f"{_fmt(lo)} – {_fmt(hi)}" for lo, hi in zip(lows, bins.tolist(), strict=True)]
    counts = np.bincount(yb, minlength=n).tolist()
    return Classification(bins, classes, colors, labels, scheme, n, cmap, counts)
