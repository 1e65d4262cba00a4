"""What a path may point at: local files only, unless the user explicitly allows more.

A project file is data that may come from anyone. GDAL would follow a layer path such as
``/vsicurl/http://host/...`` (sending requests to any host), ``PG:dbname=...`` or
``/vsizip//vsicurl/...``; ``/dev/zero`` is an unbounded read and a FIFO hangs the reader.
Every reader of :mod:`smartzone.layers` and the project loader call :func:`check_input_path`
first, so that these are refused in one place, with one wording.

Remote and virtual paths are allowed only when the caller passes ``allow_remote=True``
(the user asked for it, e.g. ``SMARTZONE_ALLOW_REMOTE=1``). Device files, FIFOs and
sockets are never read.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from smartzone.layers.errors import UnsafePathError

__all__ = ["check_input_path", "is_remote_or_virtual", "remote_allowed", "is_inside"]

# "/vsicurl/", "/vsis3/", "/vsizip/" ... (GDAL virtual file systems), "http://", "s3://",
# GDAL connection strings such as "PG:", "WMS:", "GPKG:file:layer" (two or more letters, so
# "C:\\data" on Windows is still a path).
_VSI = re.compile(r"^[/\\]vsi[a-z0-9_]*[/\\]", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-_]+:")


def remote_allowed() -> bool:
    """Whether the user allowed network and virtual paths (``SMARTZONE_ALLOW_REMOTE=1``)."""
    return os.environ.get("SMARTZONE_ALLOW_REMOTE", "").strip().lower() in ("1", "true", "yes")


#: Virtual file systems that only read a local archive: allowed when what they wrap is local.
_LOCAL_ARCHIVES = ("/vsizip/", "/vsitar/", "/vsigzip/")


def is_remote_or_virtual(text: str | os.PathLike[str]) -> bool:
    """True for URLs, GDAL connection strings and ``/vsi*/`` paths.

    A local archive (``/vsizip/C:/data/sgg.zip/sgg.shp``) is not: it reads a file on this
    machine. ``/vsizip//vsicurl/http://...`` is, since the archive itself is remote.
    """
    s = os.fspath(text).strip().replace("\\", "/")
    low = s.lower()
    for prefix in _LOCAL_ARCHIVES:
        if low.startswith(prefix):
            inner = s[len(prefix):]
            return "/vsi" in inner.lower() or bool(_SCHEME.match(inner.lstrip("/"))) or "://" in inner
    return bool(_VSI.match(s) or _SCHEME.match(s) or "/vsi" in low)


def check_input_path(path: str | os.PathLike[str], what: str = "File", *,
                     allow_remote: bool | None = None) -> Path:
    """Return ``path`` as a :class:`Path` if SmartZone may read it, else raise.

    Raises
    ------
    UnsafePathError
        A network or virtual path (unless allowed), a device file, a FIFO or a socket.
    """
    text = os.fspath(path)
    if "\x00" in text:
        raise UnsafePathError(f"{what} path {text!r} contains a NUL character; it is not a file name.",
            key="path_nul")
    if is_remote_or_virtual(text):
        allowed = remote_allowed() if allow_remote is None else allow_remote
        if not allowed:
            raise UnsafePathError(
                f"{what} {text!r} is a network or virtual (GDAL /vsi*) path; SmartZone reads local "
                "files only. If you trust this source, set SMARTZONE_ALLOW_REMOTE=1 to allow it.",
                key="path_remote", path=text
            )
        return Path(text)
    p = Path(text)
    try:
        st = p.stat()
    except OSError:
        return p  # missing: the reader says so in its own words
    if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        raise UnsafePathError(f"{what} {p} is a device, not a data file; choose a file.",
            key="path_special", path=p)
    if stat.S_ISFIFO(st.st_mode) or stat.S_ISSOCK(st.st_mode):
        raise UnsafePathError(f"{what} {p} is a pipe or socket, not a data file; choose a file.",
            key="path_special", path=p)
    return p


def is_inside(path: str | os.PathLike[str], folder: str | os.PathLike[str]) -> bool:
    """Whether ``path`` (symbolic links resolved) lies inside ``folder``."""
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True
