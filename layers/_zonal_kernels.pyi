"""Type stubs of the compiled zonal kernels (layers/_zonal_kernels.c); arrays are C-contiguous NumPy arrays."""
from typing import Any

def edges(
    coords: Any, coord_idx: Any, ring_label: Any, a: float, b: float, c: float, d: float, e: float, f: float, /
) -> tuple[bytearray, bytearray, bytearray, bytearray, bytearray, bytearray, bool]: ...
def band_spans(
    x0: Any, y0: Any, slope: Any, label: Any, r_start: Any, r_end: Any, lo: int, hi: int, row0: int, row1: int,
    width: int, c_start: int, cw: int, labelled: Any, /
) -> tuple[bytearray, bytearray, bytearray, bytearray, bytearray, bool]: ...
def classes_u8(data: Any, r0: int, c0: int, row: Any, s0: Any, s1: Any, label: Any, counts: Any, /) -> None: ...  # uint32 counts[n, 256]
def sum_count(
    data: Any, r0: int, c0: int, row: Any, s0: Any, s1: Any, label: Any, nodata: float, has_nodata: bool,
    count: Any, total: Any, /
) -> None: ...
def minmax(
    data: Any, r0: int, c0: int, row: Any, s0: Any, s1: Any, label: Any, nodata: float, has_nodata: bool,
    vmin: Any, vmax: Any, /
) -> None: ...
