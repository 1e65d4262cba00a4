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

Where the system offers it (Linux, a file system with ``O_DIRECT``), the arrays
go to the disk directly instead, bypassing the page cache (``direct``): filling
gigabytes of fresh page-cache pages cost more CPU than the selection that
produced them (1.3-2.3 CPU-s per GiB on the project's VM, against 0.06 for a
direct write at 1.4 GB/s); each window's arrays are written and read in one
call, padded to the disk's 4 KiB blocks. Direct writes wait for the disk, so a
writer thread of the spill's own does them: :meth:`put` copies the arrays into
one of a few aligned buffers and returns to the caller's computing (the disk
and the CPU work at once); :meth:`get` and :meth:`flush` wait for the writes
in flight, and report a write that failed. Reading back, :meth:`read_ahead`
starts a reader thread that reads the next blocks while the callers compute.
"""
from __future__ import annotations

import os
import queue
import tempfile
import threading
from collections.abc import Callable, Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ExportError

__all__ = ["ArraySpill"]

ALIGN = 4096
"""Offsets, sizes and buffer addresses of direct I/O are multiples of this."""
READ_AHEAD = 2
"""Blocks :meth:`ArraySpill.read_ahead` keeps read and not yet taken."""
WRITE_BUFFERS = 3
"""Direct writes in flight (each a buffer of one window's kept cells: up to ~53 MB for four bands of a
4 Mpx window): one per computing thread and one more."""


def _write_all(fd: int, view: memoryview, at: int) -> None:
    """Write all of ``view`` (bytes) to ``fd`` at offset ``at`` (a write may take less than given)."""
    done = 0
    while done < view.nbytes:
        done += os.pwrite(fd, view[done:], at + done)


def _aligned(n: int) -> np.ndarray:
    """``n`` bytes starting at a multiple of :data:`ALIGN`."""
    raw = np.empty(n + ALIGN, np.uint8)
    start = -raw.ctypes.data % ALIGN
    return raw[start:start + n]


def _nbytes(entry: tuple[str, int, np.dtype[np.generic], tuple[int, ...]]) -> int:
    """Bytes of one stored array (an index entry: name, offset, dtype, shape)."""
    return int(np.prod(entry[3])) * entry[2].itemsize


class ArraySpill:
    """Arrays written once per key into a temporary file in ``folder`` and read back any number of times.

    Raises
    ------
    ExportError
        The folder is missing or not writable, or the disk is full (the message says which).
    """

    def __init__(self, folder: str | os.PathLike[str], prefix: str = ".smartzone-", *,
                 direct: bool = True) -> None:
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
        self._blocks: dict[Hashable, tuple[int, int]] = {}  # key -> (offset, padded size) of direct writes
        self._local = threading.local()
        self._direct_fd = -1
        self._direct_ok = True
        if direct and hasattr(os, "O_DIRECT"):
            try:
                self._direct_fd = os.open(self.path, os.O_RDWR | os.O_DIRECT)
            except OSError:  # a file system without direct I/O (tmpfs ...): the page cache
                self._direct_fd = -1
        self._writes: queue.Queue[tuple[np.ndarray, int, int, Hashable] | None] = queue.Queue()
        self._buffers: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
        for _ in range(WRITE_BUFFERS):
            self._buffers.put(np.empty(0, np.uint8))
        self._writer: threading.Thread | None = None
        self._failed: OSError | None = None
        self._reader: threading.Thread | None = None
        self._ahead: dict[Hashable, np.ndarray] = {}  # blocks read ahead, not yet taken
        self._taken: set[Hashable] = set()  # blocks a get() asked for (read ahead or not)
        self._order: dict[Hashable, int] = {}
        self._next = 0  # position of the reader thread in _order
        self._cond = threading.Condition()
        self._free: queue.SimpleQueue[np.ndarray] = queue.SimpleQueue()
        self._stop = False

    @property
    def direct(self) -> bool:
        """Whether arrays go to the disk without the page cache."""
        return self._direct_fd >= 0 and self._direct_ok

    @property
    def nbytes(self) -> int:
        """Bytes written so far."""
        return self._end

    def put(self, key: Hashable, arrays: Mapping[str, np.ndarray]) -> None:
        """Store ``arrays`` under ``key`` (once per key)."""
        parts = [(name, np.ascontiguousarray(a)) for name, a in arrays.items()]
        size = sum(a.nbytes for _, a in parts)
        direct = self._direct_fd >= 0 and self._direct_ok
        padded = -(-size // ALIGN) * ALIGN if direct else size
        with self._lock:
            if key in self._index:
                raise KeyError(f"{key!r} is already stored")
            offset = -(-self._end // ALIGN) * ALIGN if direct else self._end
            self._end = offset + padded
            first = offset
            entries = []
            for name, a in parts:
                entries.append((name, offset, a.dtype, a.shape))
                offset += a.nbytes
            self._index[key] = entries
        try:
            self._raise_failed()
            if direct:
                stage = self._buffers.get()  # waits while every buffer is being written
                if stage.size < padded:  # grown in steps of 16 MiB: windows differ a little in kept cells
                    stage = _aligned(-(-padded // (16 << 20)) * (16 << 20))
                at = 0
                for _, a in parts:
                    stage[at:at + a.nbytes] = a.reshape(-1).view(np.uint8)
                    at += a.nbytes
                stage[at:padded].fill(0)
                self._start_writer()
                self._writes.put((stage, first, padded, key))
                return
            for (_, a), (_, at, _, _) in zip(parts, entries, strict=True):
                _write_all(self._fd, a.data.cast("B"), at)
        except OSError as exc:
            raise self._full(exc) from exc

    def _full(self, exc: OSError) -> ExportError:
        """A failed scratch write (disk full ...), worded with the space needed so far."""
        return ExportError(
            f"Cannot write scratch data to {self.path}: {exc}. Free disk space next to the output "
            f"(about {self._end / 2**30:.1f} GiB are needed so far).", key="scratch_full",
            path=str(self.path.parent), detail=str(exc), gib=f"{self._end / 2**30:.1f}",
        )

    def _start_writer(self) -> None:
        with self._lock:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_loop, name="smartzone-spill", daemon=True)
                self._writer.start()

    def _write_loop(self) -> None:
        """The writer thread: each queued buffer to the disk (direct, or the page cache if refused)."""
        while True:
            item = self._writes.get()
            if item is None:
                self._writes.task_done()
                return
            stage, first, padded, key = item
            try:
                if self._failed is None:
                    if self._direct_ok and self._direct_write(stage[:padded], first):
                        self._blocks[key] = (first, padded)
                    else:  # the same bytes through the page cache; the entries' offsets start at first
                        size = sum(_nbytes(e) for e in self._index[key])
                        _write_all(self._fd, stage.data[:size], first)
            except OSError as exc:
                self._failed = exc
            finally:
                self._buffers.put(stage)
                self._writes.task_done()

    def _raise_failed(self) -> None:
        if self._failed is not None:
            raise self._failed

    def flush(self) -> None:
        """Wait for the writes in flight.

        Raises
        ------
        ExportError
            A write failed (disk full ...).
        """
        if self._writer is not None:
            self._writes.join()
        try:
            self._raise_failed()
        except OSError as exc:
            raise self._full(exc) from exc

    def _stage(self, n: int) -> np.ndarray:
        """This thread's aligned buffer of at least ``n`` bytes (its first ``n``)."""
        stage = getattr(self._local, "stage", None)
        if stage is None or stage.size < n:
            stage = self._local.stage = _aligned(max(n, 1 << 20))
        return stage[:n]

    def _direct_write(self, stage: np.ndarray, offset: int) -> bool:
        """Write ``stage`` at ``offset`` without the page cache; False (nothing written) if refused."""
        view = stage.data
        done = 0
        try:
            while done < stage.size:
                done += os.pwrite(self._direct_fd, view[done:], offset + done)
        except OSError as exc:
            import errno

            if exc.errno != errno.EINVAL or done:
                raise
            self._direct_ok = False  # alignment refused by this file system: the page cache from now on
            return False
        return True

    def __contains__(self, key: Hashable) -> bool:
        return key in self._index

    def read_ahead(self, keys: Sequence[Hashable]) -> None:
        """Read the blocks of ``keys`` (those written directly), in this order, ahead of :meth:`get`.

        A reader thread keeps up to :data:`READ_AHEAD` blocks read and not yet
        taken; :meth:`get` of such a key takes its block (the arrays stay valid
        until the same thread's next :meth:`get`, as with ``alloc``).
        """
        self.flush()
        order = [k for k in keys if k in self._blocks]
        if not order or self._reader is not None:
            return
        self._order = {k: i for i, k in enumerate(order)}
        for _ in range(WRITE_BUFFERS):  # the write buffers are done with
            try:
                self._buffers.get_nowait()
            except queue.Empty:
                break
        self._reader = threading.Thread(target=self._read_loop, args=(order,), name="smartzone-spill-read",
                                        daemon=True)
        self._reader.start()

    def _read_loop(self, order: list[Hashable]) -> None:
        for i, key in enumerate(order):
            with self._cond:
                while len(self._ahead) >= READ_AHEAD and not self._stop:
                    self._cond.wait()
                if self._stop:
                    return
                self._next = i
                if key in self._taken:
                    continue
            first, padded = self._blocks[key]
            try:
                stage = self._free.get_nowait()
            except queue.Empty:
                stage = np.empty(0, np.uint8)
            if stage.size < padded:
                stage = _aligned(-(-padded // (16 << 20)) * (16 << 20))
            try:
                self._read_block(stage[:padded], first)
            except (OSError, ExportError):
                with self._cond:  # the callers read for themselves (and report the error)
                    self._next = len(order)
                    self._cond.notify_all()
                return
            with self._cond:
                if key in self._taken:
                    self._free.put(stage)
                else:
                    self._ahead[key] = stage
                self._next = i + 1
                self._cond.notify_all()
        with self._cond:
            self._next = len(order)
            self._cond.notify_all()

    def _take_ahead(self, key: Hashable, hold: bool) -> np.ndarray | None:
        """The block of ``key`` read ahead (waiting for the reader if it is on its way), or None.

        ``hold``: the block stays this thread's until its next call (else the caller copies
        the arrays out and gives it back with :meth:`_give_back`).
        """
        reader = self._reader
        if reader is None or key not in self._order:
            return None
        with self._cond:
            while (key not in self._ahead and self._next <= self._order[key] and not self._stop
                   and reader.is_alive()):
                if len(self._ahead) >= READ_AHEAD:  # the reader waits for room: read it here
                    break
                self._cond.wait(0.5)
            self._taken.add(key)
            stage = self._ahead.pop(key, None)
            self._cond.notify_all()
        if hold:
            held = getattr(self._local, "held", None)
            if held is not None:
                self._free.put(held)
            self._local.held = stage
        return stage

    def _read_block(self, stage: np.ndarray, first: int) -> None:
        self._read_into(self._direct_fd, stage.data, first)

    def _read_into(self, fd: int, view: memoryview, at: int) -> None:
        """Fill ``view`` (bytes) from ``fd`` at offset ``at`` (a read may return less than asked)."""
        done = 0
        while done < view.nbytes:
            got = os.preadv(fd, [view[done:]], at + done)
            if got == 0:
                raise ExportError(f"Scratch file {self.path} ended early: was it removed while in use?",
                                  key="scratch_removed", path=str(self.path))
            done += got

    def get(self, key: Hashable,
            alloc: Callable[[str, np.dtype[Any], int], np.ndarray] | None = None) -> dict[str, np.ndarray]:
        """The arrays stored under ``key``: new arrays, or ``alloc(name, dtype, size)``'s (reused buffers)."""
        out = {}
        if self._writer is not None and self._writes.unfinished_tasks:
            self.flush()
        block = self._blocks.get(key)
        if block is not None:  # one direct read of the padded block; the arrays are views of it
            first, padded = block
            stage = self._take_ahead(key, hold=alloc is not None)
            ahead = stage is not None
            if stage is None:
                stage = self._stage(padded) if alloc is not None else _aligned(padded)
                self._read_block(stage[:padded], first)
            for name, at, dtype, shape in self._index[key]:
                count = int(np.prod(shape))
                out[name] = stage[at - first:at - first + count * dtype.itemsize].view(dtype).reshape(shape)
            if ahead and alloc is None:  # new arrays asked for: copies, and the block goes back
                out = {name: a.copy() for name, a in out.items()}
                self._free.put(stage)
            return out
        for name, at, dtype, shape in self._index[key]:
            size = int(np.prod(shape))
            a = np.empty(shape, dtype) if alloc is None else alloc(name, dtype, size).reshape(shape)
            self._read_into(self._fd, a.data.cast("B"), at)
            out[name] = a
        return out

    def close(self) -> None:
        """Delete the file (idempotent)."""
        if self._writer is not None:
            self._writes.put(None)
            self._writer.join()
            self._writer = None
        if self._reader is not None:
            with self._cond:
                self._stop = True
                self._cond.notify_all()
            self._reader.join()
            self._reader = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._direct_fd >= 0:
            os.close(self._direct_fd)
            self._direct_fd = -1
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> ArraySpill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
