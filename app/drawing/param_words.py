"""Declared parameters (``ParamSpec``) worded in the UI's language: their help and choice values.

A scorer or a standardisation declares each parameter once (:mod:`smartzone.scoring.params`), with
``label_ko``/``label_en`` and an English ``help``; the choice values of a ``choice`` parameter are
ids (``usual``, ``random_forest``). The form built from the declarations
(:mod:`smartzone.app.gui.widgets.param_form`) shows them through Qt's translation system: the
built-in declarations' texts are listed here (``QT_TRANSLATE_NOOP``, so ``lupdate`` puts them in
``resources/i18n/smartzone_ko.ts``, contexts ``ParamWords`` and ``ParamChoices``);
``tests/app/test_param_words.py`` fails when a declaration's text is missing from this list. A
third-party scorer's texts without a translation are shown as declared.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from smartzone.app.drawing.i18n import QT_TRANSLATE_NOOP

__all__ = ["CHOICES", "HELPS", "choice_text", "help_text"]

#: The help of every built-in parameter declaration (English, as declared).
HELPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ParamWords", "0 = OR (optimistic), 1 = WLC, large = AND (pessimistic). Q(r) = r^α."),
    QT_TRANSLATE_NOOP("ParamWords", "0.5 = consensus; above 0.5 majority rule (group utility S); below 0.5 veto (individual regret R)."),
    QT_TRANSLATE_NOOP("ParamWords", "Clipping limit in standard deviations for the linear mapping."),
    QT_TRANSLATE_NOOP("ParamWords", "District codes labelled as suitable; every other district is unlabelled."),
    QT_TRANSLATE_NOOP("ParamWords", "Districts to resemble (e.g. successful special zones)."),
    QT_TRANSLATE_NOOP("ParamWords", "End of the logistic curve. Auto: the upper threshold."),
    QT_TRANSLATE_NOOP("ParamWords", "Function value (0-100) at the minimum; strictly between 0 and 50 (ArcGIS default 1). Smaller = a sharper S."),
    QT_TRANSLATE_NOOP("ParamWords", "In 1/unit^2; larger = narrower. Auto: 1 / (range/4)^2 (membership 0.5 a quarter of the range from the midpoint). ArcGIS's fixed default is 0.1."),
    QT_TRANSLATE_NOOP("ParamWords", "In 1/unit^2; larger = narrower. Auto: ln 2 / (range/4)^2 (membership 0.5 a quarter of the range from the midpoint). ArcGIS's fixed default is 0.1."),
    QT_TRANSLATE_NOOP("ParamWords", "Linear preference only (0-1 scale)."),
    QT_TRANSLATE_NOOP("ParamWords", "Linear preference only (0-1 scale); > q."),
    QT_TRANSLATE_NOOP("ParamWords", "Membership reaches 0. Auto: data maximum."),
    QT_TRANSLATE_NOOP("ParamWords", "Membership reaches 1. Auto: data maximum (increasing) or mid-range (symmetric)."),
    QT_TRANSLATE_NOOP("ParamWords", "Membership starts falling. Auto: data minimum (decreasing) or mid-range (symmetric)."),
    QT_TRANSLATE_NOOP("ParamWords", "Membership starts rising (indicator unit). Auto: data minimum."),
    QT_TRANSLATE_NOOP("ParamWords", "Monotonically increasing (uses a, b), decreasing (c, d) or symmetric (a, b, c, d)."),
    QT_TRANSLATE_NOOP("ParamWords", "Multiplier of Ln; any positive value gives the same 0-1 result after the rescaling."),
    QT_TRANSLATE_NOOP("ParamWords", "Multiplier of the mean (ArcGIS default 1)."),
    QT_TRANSLATE_NOOP("ParamWords", "Multiplier of the standard deviation (ArcGIS default 1)."),
    QT_TRANSLATE_NOOP("ParamWords", "Number of equal-count (quantile) classes; 5 in the land-suitability assessment."),
    QT_TRANSLATE_NOOP("ParamWords", "Power applied to x - shift (> 1 convex, < 1 concave)."),
    QT_TRANSLATE_NOOP("ParamWords", "Rows [low, high, score]: low <= x < high; null for an open end."),
    QT_TRANSLATE_NOOP("ParamWords", "Score for values not covered (on the same scale as the scores)."),
    QT_TRANSLATE_NOOP("ParamWords", "Start of the logistic curve (indicator unit). Auto: the lower threshold."),
    QT_TRANSLATE_NOOP("ParamWords", "Steepness in 1/unit. Auto: 8 / (data range), so membership goes from 0.018 to 0.982 over the range."),
    QT_TRANSLATE_NOOP("ParamWords", "Subtracted from each value before the function (indicator unit). Must be below the lower threshold. Auto: lower - (upper - lower) / 9, so x - shift spans a factor 10 (SmartZone's choice)."),
    QT_TRANSLATE_NOOP("ParamWords", "Subtracted from each value before the function (indicator unit). Must not exceed the lower threshold. Auto: lower threshold."),
    QT_TRANSLATE_NOOP("ParamWords", "Subtracted from each value before the function (indicator unit). No effect after the linear rescaling (kept for ArcGIS parity). Auto: lower threshold."),
    QT_TRANSLATE_NOOP("ParamWords", "Top of the score scale: 1 for 0-1 scores, 10 for a 1-10 suitability scale."),
    QT_TRANSLATE_NOOP("ParamWords", "Unitless exponent, typically 1-10 (ArcGIS default 5); larger = steeper."),
    QT_TRANSLATE_NOOP("ParamWords", "Value given to the worst district (0-1); the best gets 1. Avoids the zeros that make the weighted product 0."),
    QT_TRANSLATE_NOOP("ParamWords", "Value with membership 0. Auto: data minimum. If larger than the maximum the slope is negative."),
    QT_TRANSLATE_NOOP("ParamWords", "Value with membership 0.5 (indicator unit). Auto: midpoint of the data range (ArcGIS default). "),
    QT_TRANSLATE_NOOP("ParamWords", "Value with membership 0.5 (indicator unit). Auto: midpoint of the data range (ArcGIS default). Must be > 0."),
    QT_TRANSLATE_NOOP("ParamWords", "Value with membership 1. Auto: data maximum."),
    QT_TRANSLATE_NOOP("ParamWords", "Where the function ends; values above get 1. Auto: data maximum (ArcGIS default)."),
    QT_TRANSLATE_NOOP("ParamWords", "Where the function starts (indicator unit); values below get 0. Auto: data minimum (ArcGIS default)."),
    QT_TRANSLATE_NOOP("ParamWords", "centroid: the references' mean profile; nearest: the closest reference."),
    QT_TRANSLATE_NOOP("ParamWords", "data: best/worst scored district (relative); absolute: all-1 / all-0 district (comparable between runs)."),
    QT_TRANSLATE_NOOP("ParamWords", "linear: z clipped at +/-clip and mapped linearly, f = (clip(z) + clip) / (2 clip); cdf: standard normal CDF, f = Phi(z)."),
    QT_TRANSLATE_NOOP("ParamWords", "ln(b) of the base b, in 1/unit; larger = steeper at high values. Auto: ln(10) / (upper - lower), the function grows tenfold over the thresholds (SmartZone's choice)."),
    QT_TRANSLATE_NOOP("ParamWords", "none: the criteria's 0-1 standardised values; vector: classical TOPSIS, the raw values divided by the column's Euclidean norm."),
    QT_TRANSLATE_NOOP("ParamWords", "usual: any difference is a strict preference; linear: indifference up to q, strict preference beyond p (standardised 0-1 scale)."),
    QT_TRANSLATE_NOOP("ParamWords", "zero_based: (class - 1) / (n - 1), i.e. 0, .25, .5, .75, 1; class_over_n: class / n, i.e. .2, .4, .6, .8, 1."),
    QT_TRANSLATE_NOOP("ParamWords", "{class value: score}, e.g. land-cover code -> suitability."),
)

#: The choice values of the built-in ``choice`` parameters.
CHOICES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ParamChoices", "absolute"),
    QT_TRANSLATE_NOOP("ParamChoices", "cdf"),
    QT_TRANSLATE_NOOP("ParamChoices", "centroid"),
    QT_TRANSLATE_NOOP("ParamChoices", "class_over_n"),
    QT_TRANSLATE_NOOP("ParamChoices", "data"),
    QT_TRANSLATE_NOOP("ParamChoices", "decreasing"),
    QT_TRANSLATE_NOOP("ParamChoices", "increasing"),
    QT_TRANSLATE_NOOP("ParamChoices", "linear"),
    QT_TRANSLATE_NOOP("ParamChoices", "logistic"),
    QT_TRANSLATE_NOOP("ParamChoices", "nearest"),
    QT_TRANSLATE_NOOP("ParamChoices", "none"),
    QT_TRANSLATE_NOOP("ParamChoices", "random_forest"),
    QT_TRANSLATE_NOOP("ParamChoices", "symmetric"),
    QT_TRANSLATE_NOOP("ParamChoices", "usual"),
    QT_TRANSLATE_NOOP("ParamChoices", "vector"),
    QT_TRANSLATE_NOOP("ParamChoices", "zero_based"),
)


def help_text(spec: Any) -> str:
    """The parameter's help in the UI's language ("" when it has none)."""
    text = str(getattr(spec, "help", "") or "")
    return QCoreApplication.translate("ParamWords", text) if text else ""


def choice_text(value: Any) -> str:
    """A choice value in the UI's language (the id itself in English or when not listed)."""
    return QCoreApplication.translate("ParamChoices", str(value))
