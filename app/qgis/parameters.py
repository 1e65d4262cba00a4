"""Processing parameters generated from the scorers' :class:`~smartzone.scoring.params.ParamSpec`.

A scorer declares its parameters once (``Scorer.params``); the desktop app
builds its form from that declaration and this module builds the QGIS
Processing parameters from it:

========  ====================================================================
kind      Processing parameter
========  ====================================================================
float     ``QgsProcessingParameterNumber`` (Double) with the declared min/max
int       ``QgsProcessingParameterNumber`` (Integer) with min/max (max capped
          at 2**31 - 1, the largest value a Processing integer holds)
bool      ``QgsProcessingParameterBoolean``
choice    ``QgsProcessingParameterEnum`` (options = the choices as text)
str       ``QgsProcessingParameterString``
codes     ``QgsProcessingParameterString`` (optional): district codes
          separated by commas, semicolons or spaces
========  ====================================================================

Every method's parameters are declared on the algorithm (flagged *advanced*,
named ``<scorer id>__<parameter>``, e.g. ``vikor__v``) and only the chosen
method's values are read back. The engine still validates them when scoring.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .bridge import ScorerEntry, parse_codes
from .tools import tr

if TYPE_CHECKING:
    from smartzone.scoring.params import ParamSpec

__all__ = ["INT_MAX", "definition_for", "method_definitions", "param_name", "read_values"]

#: Largest value of a Processing integer parameter (a C++ ``int``).
INT_MAX = 2**31 - 1
INT_MIN = -(2**31)


def param_name(scorer_id: str, spec_name: str) -> str:
    """Name of the Processing parameter for one scorer parameter, e.g. ``"vikor__v"``."""
    return f"{scorer_id}__{spec_name}"


def _label(spec: ParamSpec, scorer: ScorerEntry, korean: bool) -> str:
    text = (spec.label_ko if korean and spec.label_ko else spec.label_en) or spec.name
    name = scorer.name_ko if korean and scorer.name_ko else scorer.name_en
    return f"{name}: {text}"


def definition_for(
    spec: ParamSpec, scorer: ScorerEntry, *, korean: bool = False, advanced: bool = True
) -> QgsProcessingParameterDefinition:
    """The Processing parameter for one :class:`ParamSpec` of ``scorer``."""
    name = param_name(scorer.id, spec.name)
    desc = _label(spec, scorer, korean)
    kind = spec.kind
    definition: QgsProcessingParameterDefinition
    if kind in ("float", "int"):
        is_int = kind == "int"
        ptype = QgsProcessingParameterNumber.Integer if is_int else QgsProcessingParameterNumber.Double
        definition = QgsProcessingParameterNumber(name, desc, ptype, spec.default, False)
        if spec.min is not None:
            definition.setMinimum(max(float(spec.min), INT_MIN) if is_int else float(spec.min))
        if spec.max is not None:
            definition.setMaximum(min(float(spec.max), INT_MAX) if is_int else float(spec.max))
    elif kind == "bool":
        definition = QgsProcessingParameterBoolean(name, desc, bool(spec.default), False)
    elif kind == "choice":
        options = [str(c) for c in spec.choices]
        default = list(spec.choices).index(spec.default) if spec.default in spec.choices else 0
        definition = QgsProcessingParameterEnum(name, desc, options, False, default, False)
    elif kind == "str":
        definition = QgsProcessingParameterString(name, desc, str(spec.default or ""), False, False)
    elif kind == "codes":
        codes = ", ".join(str(c) for c in (spec.default or ()))
        definition = QgsProcessingParameterString(name, desc, codes, False, True)
    else:  # a kind this adapter does not know yet: leave it to its default
        raise ValueError(f"ParamSpec kind {kind!r} of {scorer.id}.{spec.name} has no Processing parameter")
    help_text = spec.help or ""
    if kind == "codes":
        help_text = (help_text + " " if help_text else "") + tr("District codes separated by commas or spaces.")
    if help_text:
        definition.setHelp(help_text)
    if advanced:
        definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return definition


def method_definitions(
    scorers: Sequence[ScorerEntry], *, korean: bool = False
) -> list[QgsProcessingParameterDefinition]:
    """Processing parameters for every parameter of every scorer (skipping unknown kinds)."""
    out = []
    for scorer in scorers:
        for spec in scorer.params:
            try:
                out.append(definition_for(spec, scorer, korean=korean))
            except ValueError:
                continue
    return out


def read_values(
    alg: QgsProcessingAlgorithm,
    parameters: Mapping[str, Any],
    context: QgsProcessingContext,
    scorer: ScorerEntry,
) -> dict[str, Any]:
    """The chosen scorer's parameter values, converted back to the declared kinds."""
    values: dict[str, Any] = {}
    for spec in scorer.params:
        name = param_name(scorer.id, spec.name)
        if alg.parameterDefinition(name) is None:
            continue
        kind = spec.kind
        if kind == "float":
            values[spec.name] = alg.parameterAsDouble(parameters, name, context)
        elif kind == "int":
            values[spec.name] = alg.parameterAsInt(parameters, name, context)
        elif kind == "bool":
            values[spec.name] = alg.parameterAsBoolean(parameters, name, context)
        elif kind == "choice":
            index = alg.parameterAsEnum(parameters, name, context)
            choices = list(spec.choices)
            values[spec.name] = choices[index] if 0 <= index < len(choices) else spec.default
        elif kind == "str":
            values[spec.name] = alg.parameterAsString(parameters, name, context)
        elif kind == "codes":
            values[spec.name] = parse_codes(alg.parameterAsString(parameters, name, context))
    return values
