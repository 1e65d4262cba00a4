"""A large file written back to the disk while a library is still writing it.

GDAL writes a Cloud Optimized GeoTIFF through the page cache; the kernel starts writing
it to the disk only once gigabytes are dirty. The commit that follows (``os.replace``
and an fsync of the folder, :mod:`smartzone.layers.atomic`) then waits while the whole
file goes to the disk: half a second for the national 30 m grid, seconds at 10 m, with
the processor idle. :class:`Writeback` asks for the file's written pages to go to the
disk every fraction of a second from a background thread, so the disk writes while
GDAL compresses and the commit waits only for the last pages.

Standard library only; a no-op where ``os.fdatasync`` is missing (Windows, macOS).
"""
from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path
from types import TracebackType

__all__ = ["Writeback"]


class Writeback:
    """Within ``with Writeback(path):`` the pages written to ``path`` so far go to the disk every ``interval`` s.

    ``path`` need not exist yet (it is waited for); errors of the background
    flushes are ignored: the commit's own fsync reports a disk that fails.
    """

    def __init__(self, path: str | os.PathLike[str], interval: float = 0.2) -> None:
        self.path = Path(path)
        self.interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.flushes = 0
        """Flushes done (for tests and benchmarks)."""

    def _run(self) -> None:
        fd = -1
        try:
            while not self._stop.wait(self.interval):
                if fd < 0:
                    try:
                        fd = os.open(self.path, os.O_RDONLY)
                    except OSError:
                        continue  # not created yet
                with contextlib.suppress(OSError):
                    os.fdatasync(fd)
                    self.flushes += 1
        finally:
            if fd >= 0:
                os.close(fd)

    def __enter__(self) -> Writeback:
        if hasattr(os, "fdatasync"):
            self._thread = threading.Thread(target=self._run, name="smartzone-writeback", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
