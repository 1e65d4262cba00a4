"""The C kernels check what they are given (a bad call raises, it never reads out of bounds)."""
from __future__ import annotations

import numpy as np
import pytest
import shapely

from smartzone.layers import _zonal_fast

kernels = _zonal_fast.compiled_kernels()
pytestmark = pytest.mark.skipif(kernels is None, reason="the compiled zonal kernels were not built")


def _records(*rows: tuple[int, int, int, int]) -> np.ndarray:
    return np.array(rows, np.int32).reshape(-1, 4)


def test_classes_count_every_span_pixel_and_reject_bad_spans() -> None:
    data = np.array([[1, 1, 2, 3], [4, 4, 4, 4]], np.uint8)
    counts = np.zeros((2, 256), np.uint32)
    # district 0: row 10, columns 100-103 (block origin 10, 100); district 1: row 11, columns 101-102
    kernels.classes_u8(data, 10, 100, _records((10, 100, 104, 0), (11, 101, 103, 1)), counts)
    assert counts[0, 1] == 2 and counts[0, 2] == 1 and counts[0, 3] == 1 and counts[1, 4] == 2
    assert counts.sum() == 6
    with pytest.raises(ValueError, match="row outside the block"):
        kernels.classes_u8(data, 10, 100, _records((12, 100, 101, 0)), counts)
    with pytest.raises(ValueError, match="label out of range"):
        kernels.classes_u8(data, 10, 100, _records((10, 100, 101, 2)), counts)
    with pytest.raises(TypeError, match="counts"):
        kernels.classes_u8(data, 10, 100, _records((10, 100, 101, 0)), counts.astype(np.int64))


def test_sum_count_and_minmax_skip_nodata_and_nan() -> None:
    data = np.array([[1.0, np.nan, -9999.0, 4.0]], np.float32)
    count, total = np.zeros(1, np.int64), np.zeros(1)
    vmin, vmax = np.full(1, np.inf), np.full(1, -np.inf)
    spans = _records((0, 0, 4, 0))
    kernels.sum_count(data, 0, 0, spans, -9999.0, True, count, total)
    kernels.minmax(data, 0, 0, spans, -9999.0, True, vmin, vmax)
    assert count[0] == 2 and total[0] == 5.0 and vmin[0] == 1.0 and vmax[0] == 4.0
    with pytest.raises(ValueError, match="differ in length"):
        kernels.sum_count(data, 0, 0, spans, -9999.0, True, np.zeros(2, np.int64), total)


def test_span_builder_spans_of_a_square_and_its_errors() -> None:
    # 4 x 4 pixel grid of 1 m, origin (0, 4); a 2 x 2 square covers the centres of rows 1-2, columns 1-2
    builder = kernels.SpanBuilder(1.0, 0.0, 0.0, 0.0, -1.0, 4.0, 4, 4, 0, 2, 2, 0, 2, 2)
    labelled = np.zeros(1, np.int64)
    builder.add([shapely.to_wkb(shapely.box(1, 1, 3, 3))], 0, labelled)
    assert labelled[0] == 4
    blocks = kernels.blocks([builder])
    assert [k for k, _ in blocks] == [0, 1, 2, 3]  # the square's pixels fall in all four 2 x 2 blocks
    out = np.empty((4, 4), np.int32)
    assert kernels.gather([builder], 0, 3, out) == 4
    assert sorted(map(tuple, out.tolist())) == [(1, 1, 2, 0), (1, 2, 3, 0), (2, 1, 2, 0), (2, 2, 3, 0)]
    with pytest.raises(ValueError, match="too small"):
        kernels.gather([builder], 0, 3, np.empty((1, 4), np.int32))
    with pytest.raises(ValueError, match="outside the grid"):
        kernels.gather([builder], 0, 4, out)
    with pytest.raises(ValueError, match="district 5: unreadable"):
        builder.add([b"\x01\x03\x00\x00"], 5, np.zeros(1, np.int64))  # truncated WKB
    with pytest.raises(TypeError, match="bytes or None"):
        builder.add(["not wkb"], 0, np.zeros(1, np.int64))
