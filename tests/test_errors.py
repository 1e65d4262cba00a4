"""One error root, one cancellation, one Feedback protocol (shared by layers and scoring)."""
from __future__ import annotations

import inspect

import pytest

import smartzone.scoring.errors as errors
from smartzone.layers import errors as layer_errors
from smartzone.layers import feedback as layer_feedback
from smartzone.scoring import feedback as scoring_feedback
from smartzone.scoring import sensitivity


def _classes(module):
    return [c for _, c in inspect.getmembers(module, inspect.isclass)
            if issubclass(c, BaseException) and c.__module__ == errors.__name__]


def test_every_error_has_the_one_root_and_its_builtin():
    expected = {
        "LayerReadError": OSError, "CRSError": ValueError, "EncodingError": UnicodeError,
        "SchemaError": ValueError, "JoinError": ValueError, "ZonalStatsError": ValueError,
        "ExportError": OSError, "UnsafePathError": PermissionError,
        "ParameterError": ValueError, "CriteriaError": ValueError, "PluginError": RuntimeError,
        "InputError": ValueError,
    }
    for name, builtin in expected.items():
        cls = getattr(errors, name)
        assert issubclass(cls, errors.SmartZoneError) and issubclass(cls, builtin), name
    assert all(issubclass(c, errors.SmartZoneError) for c in _classes(errors))


def test_layers_errors_are_the_same_classes():
    for name in ("LayerError", "LayerReadError", "CRSError", "EncodingError", "ExportError",
                 "SchemaError", "JoinError", "ZonalStatsError"):
        assert getattr(layer_errors, name) is getattr(errors, name)


def test_one_cancellation_exception():
    assert layer_errors.CancelledError is errors.Cancelled
    assert sensitivity.SensitivityCancelled is errors.Cancelled
    with pytest.raises(errors.Cancelled):
        scoring_feedback.check_canceled(type("F", (), {"is_canceled": lambda self: True})())


def test_one_feedback_protocol_usable_by_scoring():
    assert layer_feedback.Feedback is scoring_feedback.Feedback
    assert isinstance(scoring_feedback.NullFeedback(), scoring_feedback.Feedback)
    hints = inspect.signature(sensitivity.monte_carlo).parameters["feedback"].annotation
    assert "Feedback" in str(hints)


def test_app_errors_share_the_root():
    from smartzone.app.cli.commands.report_options import ReportOptionError
    from smartzone.app.cli.commands.score import CommandError
    from smartzone.app.core.model.presets import PresetError
    from smartzone.app.core.model.project import ProjectError
    from smartzone.app.core.model.projectfile import ProjectFileError

    for cls in (ReportOptionError, CommandError, PresetError, ProjectError, ProjectFileError):
        assert issubclass(cls, errors.SmartZoneError), cls


def test_errors_module_imports_nothing_heavy():
    import subprocess
    import sys

    code = ("import sys; import smartzone.scoring.errors, smartzone.scoring.feedback; "
            "print(any(m in sys.modules for m in ('numpy', 'pandas', 'smartzone.scoring.engine')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
