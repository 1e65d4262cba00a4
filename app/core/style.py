"""The graduated style of the scores: the classes and colours of the app's map, for QGIS.

Qt-free: the exports (:mod:`smartzone.app.core.export`), the PDF report and the
QGIS plugin's output layer all take their style from here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from smartzone.layers.errors import ExportError

if TYPE_CHECKING:
    from smartzone.layers.qml import StyleSpec

__all__ = ["style_for_scores"]


def style_for_scores(
    frame: pd.DataFrame,
    field: str = "score",
    *,
    scheme: str = "quantiles",
    k: int = 5,
    cmap: str = "viridis",
    label_field: str | None = "name",
    title: str = "",
) -> StyleSpec:
    """A :class:`smartzone.layers.qml.StyleSpec` with the same classes and colours as the map.

    Uses :func:`smartzone.app.core.classify.classify` (as :func:`render_map_image`
    does), so the QGIS style written beside a shapefile/GeoPackage matches
    the report map and the app. Qt-free.
    """
    from smartzone.app.core.classify import classify
    from smartzone.layers.qml import StyleSpec

    values = pd.to_numeric(frame[field], errors="coerce").to_numpy(dtype=float)
    cls = classify(values, scheme=scheme, k=k, cmap=cmap)
    if not cls.k:
        raise ExportError(f"Field {field!r} has no values to classify for the style.", key="style_no_values",
                          field=str(field))
    finite = values[np.isfinite(values)]
    from smartzone.app.core.levels import LEVELS
    from smartzone.app.core.map_context import label_scale_denominator, level_of_codes

    level = level_of_codes(frame["code"].astype(str).tolist()) if "code" in frame.columns else None
    return StyleSpec(
        field=field,
        breaks=[float(b) for b in cls.bins],
        colors=list(cls.colors),
        labels=list(cls.labels),
        lower=float(finite.min()),
        method=scheme,
        label_field=label_field if label_field in frame.columns else None,
        title=title,  # the legend title (the SLD's), e.g. with the years of the data
        # QGIS shows the names from the scale at which the app shows them
        label_max_scale=label_scale_denominator(level) if level in LEVELS else None,
    )
