"""The self-test's zonal check on the demo data (the bundle test runs the whole self-test)."""
from __future__ import annotations

import pytest

from smartzone.app.gui import selftest
from smartzone.layers.zonal import fast_kernels_available


def test_selftest_zonal_check_runs_both_methods_and_names_the_back_end() -> None:
    detail = selftest._check_zonal()
    assert detail.startswith("250 시군구")
    expected = "compiled kernels" if fast_kernels_available() else "NumPy (no compiled kernels)"
    assert detail.endswith(f"fast method on {expected}")


def test_selftest_zonal_check_reports_the_numpy_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMARTZONE_COMPILED_ZONAL", "0")
    assert selftest._check_zonal().endswith("fast method on NumPy (no compiled kernels)")
