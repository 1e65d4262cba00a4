"""A scratch file of NumPy arrays by key: what one pass over a raster keeps for the next.

Grid suitability needs the whole raster's statistics before it can score any
window; reading (and inflating) every compressed block twice cost more than
everything else. :class:`ArraySpill` keeps the first pass's decoded cells
instead, uncompressed and only those kept (a land window's cells, not the sea
around it), in one file next to the output, so the second pass reads them back
at disk-cache speed. Writes and reads of different keys may run in several
threads at once (``os.pwrite``/``os.pread`` at offsets handed out under a
lock). The file is deleted on :meth:`close` (a context manager), and nothing
of it lives in the process's memory: the operating system's page cache holds
it, and gives it back when memory is short.
"""
from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Hashable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ExportError

__all__ = ["ArraySpill"]


class ArraySpill:
    """Arrays written once per key into a temporary file in ``folder`` and read back any number of times.

    Raises
    ------
    ExportError
        The folder is missing or not writable, or the disk is full (the message says which).
    """

    def __init__(self, folder: str | os.PathLike[str], prefix: str = ".smartzone-") -> None:
        folder = Path(folder)
        try:
            fd, name = tempfile.mkstemp(suffix=".spill", prefix=prefix, dir=folder)
        except OSError as exc:
            raise ExportError(f"Cannot write scratch data in {folder}: {exc}. Check the folder is writable.",
                              key="scratch_failed", path=str(folder), detail=str(exc)) from exc
        self.path = Path(name)
        self._fd = fd
        self._lock = threading.Lock()
        self._end = 0
        self._index: dict[Hashable, list[tuple[str, int, np.dtype[np.generic], tuple[int, ...]]]] = {}

    @property
    def nbytes(self) -> int:
        """Bytes written so far."""
        return self._end

    def put(self, key: Hashable, arrays: Mapping[str, np.ndarray]) -> None:
        """Store ``arrays`` under ``key`` (once per key)."""
        parts = [(name, np.ascontiguousarray(a)) for name, a in arrays.items()]
        size = sum(a.nbytes for _, a in parts)
        with self._lock:
            if key in self._index:
                raise KeyError(f"{key!r} is already stored")
            offset = self._end
            self._end += size
            entries = []
            for name, a in parts:
                entries.append((name, offset, a.dtype, a.shape))
                offset += a.nbytes
            self._index[key] = entries
        for (_, a), (_, at, _, _) in zip(parts, entries, strict=True):
            view = a.data.cast("B")
            done = 0
            try:
                while done < a.nbytes:
                    done += os.pwrite(self._fd, view[done:], at + done)
            except OSError as exc:
                raise ExportError(
                    f"Cannot write scratch data to {self.path}: {exc}. Free disk space next to the output "
                    f"(about {self._end / 2**30:.1f} GiB are needed so far).", key="scratch_full",
                    path=str(self.path.parent), detail=str(exc), gib=f"{self._end / 2**30:.1f}",
                ) from exc

    def __contains__(self, key: Hashable) -> bool:
        return key in self._index

    def get(self, key: Hashable,
            alloc: Callable[[str, np.dtype[Any], int], np.ndarray] | None = None) -> dict[str, np.ndarray]:
        """The arrays stored under ``key``: new arrays, or ``alloc(name, dtype, size)``'s (reused buffers)."""
        out = {}
        for name, at, dtype, shape in self._index[key]:
            size = int(np.prod(shape))
            a = np.empty(shape, dtype) if alloc is None else alloc(name, dtype, size).reshape(shape)
            view = a.data.cast("B")
            done = 0
            while done < a.nbytes:
                got = os.preadv(self._fd, [view[done:]], at + done)
                if got == 0:
                    raise ExportError(f"Scratch file {self.path} ended early: was it removed while in use?",
                                      key="scratch_removed", path=str(self.path))
                done += got
            out[name] = a
        return out

    def close(self) -> None:
        """Delete the file (idempotent)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> ArraySpill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
