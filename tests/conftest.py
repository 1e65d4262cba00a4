"""Shared test set-up: Qt runs offscreen (no display on CI)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config):  # noqa: D103
    import importlib.util

    import pytest

    # An editable install made before pyproject mapped ``smartzone.api`` (folder ``app/api/``)
    # cannot import it; say how to fix it instead of failing dozens of tests obscurely.
    if importlib.util.find_spec("smartzone.api") is None:
        pytest.exit(
            "smartzone.api is not importable in this environment: its editable install predates "
            "the `smartzone.api = app/api` mapping in pyproject.toml. Run "
            "`.venv/bin/python -m pip install -e '.[dev]'` once, then run the tests again.",
            returncode=4,
        )
