"""Type stubs of the compiled overview kernel (layers/_raster_kernels.c); arrays are C-contiguous float32."""
from typing import Any

def average2(src: Any, height: int, width: int, out: Any, /) -> None: ...
