"""Atomic writes: one file, or a whole set of files committed as one unit.

Every SmartZone writer (exports, reports, project files) goes through this module, so that a
crash, a kill or a full disk leaves either the previous files or the new ones, never a mix.

* :func:`write_text_atomic` / :func:`write_bytes_atomic`: one file, written to a temporary
  file beside it, flushed, fsynced and moved over the target with :func:`os.replace`.
* :class:`FileSet`: several files in one folder (``scores.gpkg``, ``scores.csv``, the eleven
  files of a shapefile ...). Writers stage their files in a hidden folder
  ``.smartzone-staging-*`` inside the target folder; :meth:`FileSet.commit` then writes a
  journal ``.smartzone-journal-*.json``, moves the previous files into a hidden backup
  folder, moves the new ones into place, marks the journal committed and cleans up.
  If the process dies on the way, the next :class:`FileSet` in that folder (or
  :func:`recover`) reads the journal and rolls the folder back to the previous set (or,
  once committed, finishes the clean-up) and says so; stale staging folders are removed.
* Only regular files are ever replaced: a folder, a device or a FIFO that happens to have
  an output's name is refused, never deleted.

Qt-free; standard library only.
"""
from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import shutil
import stat
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from smartzone.layers.errors import ExportError

__all__ = [
    "JOURNAL_PREFIX",
    "STAGING_PREFIX",
    "FileSet",
    "check_replaceable",
    "folder_error",
    "recover",
    "replace_file",
    "write_bytes_atomic",
    "write_text_atomic",
]

STAGING_PREFIX = ".smartzone-staging-"
BACKUP_PREFIX = ".smartzone-backup-"
JOURNAL_PREFIX = ".smartzone-journal-"
#: Hidden folders of SmartZone versions before the journal (cleaned or reported by recover).
_LEGACY_STAGING = (".smartzone-export-", ".smartzone-report-")


# ---------------------------------------------------------------------------
# single files


def _fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (POSIX; a no-op where directories cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes_atomic(path: str | Path, data: bytes, *, mode_like_target: bool = True) -> Path:
    """Write ``data`` to ``path`` atomically (temp file beside it, fsync, ``os.replace``).

    On failure the previous file (if any) is untouched, no temporary file remains and the
    ``OSError`` propagates (the caller names the file in its own error).
    """
    target = Path(path)
    check_replaceable(target)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode_like_target:
            with contextlib.suppress(OSError):
                if target.exists():
                    os.chmod(tmp_name, target.stat().st_mode & 0o777)
                else:
                    umask = os.umask(0)
                    os.umask(umask)
                    os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(target.parent)
    return target


def write_text_atomic(path: str | Path, text: str, *, encoding: str = "utf-8") -> Path:
    """:func:`write_bytes_atomic` for text (``\\n`` line ends kept as written)."""
    return write_bytes_atomic(path, text.encode(encoding))


def replace_file(staged: str | Path, target: str | Path) -> Path:
    """Move a finished ``staged`` file (in the target's folder) over ``target`` atomically.

    For writers that produce their file with a library (GDAL's COG driver, a GeoPackage
    writer) into a temporary name beside the target; the target must be a regular file or
    absent (a folder of that name is refused).
    """
    target = Path(target)
    check_replaceable(target)
    os.replace(staged, target)
    _fsync_dir(target.parent)
    return target


def check_replaceable(path: Path) -> None:
    """Refuse to replace anything but a regular file (or a symbolic link, replaced itself).

    A folder named ``scores.gpkg`` holds the user's files, a device or FIFO is not ours:
    SmartZone never deletes them to write an output.
    """
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise folder_error(f"Cannot check {path}: {exc.strerror or exc}.", path.parent, exc) from exc
    if stat.S_ISREG(st.st_mode) or stat.S_ISLNK(st.st_mode):
        return
    kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
    raise ExportError(
        f"{path} is {kind}, not a file SmartZone wrote; it was left untouched. Move it away "
        "or choose another output name or folder.",
        key="export_target_not_file", path=str(path), folder=stat.S_ISDIR(st.st_mode),
    )


#: Windows' "used by another process" (sharing and lock violations) and POSIX's busy files.
_LOCKED_WINERRORS = (32, 33)
_LOCKED_ERRNOS = (errno.EBUSY, errno.ETXTBSY)


def folder_error(message: str, folder: Path, exc: OSError) -> ExportError:
    """An :class:`ExportError` for an OS failure while writing into ``folder``, keyed by its cause.

    The keys say what the user can do about it (:mod:`smartzone.app.drawing.error_words`):
    ``export_locked`` (a file is open in another program, e.g. the .dbf in Excel or QGIS),
    ``export_permission``, ``export_disk_full``, ``export_name_too_long`` and, for anything
    else, ``export_folder_error`` with the system's words.
    """
    file = Path(exc.filename).name if getattr(exc, "filename", None) else ""
    params = {"path": str(folder), "file": file, "detail": str(exc.strerror or exc)}
    if getattr(exc, "winerror", None) in _LOCKED_WINERRORS or exc.errno in _LOCKED_ERRNOS:
        key = "export_locked"
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        key = "export_disk_full"
    elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        key = "export_permission"
    elif exc.errno == errno.ENAMETOOLONG:
        key = "export_name_too_long"
    else:
        key = "export_folder_error"
    return ExportError(message, key=key, **params)


# ---------------------------------------------------------------------------
# sets of files


def _pid_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (so its staging folder must not be touched)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def _pid_of(name: str, prefix: str) -> int:
    head = name[len(prefix):].split("-", 1)[0]
    return int(head) if head.isdigit() else -1


def _write_journal(path: Path, doc: dict[str, object]) -> None:
    write_text_atomic(path, json.dumps(doc, ensure_ascii=False, indent=1))


def _rollback(folder: Path, staging: Path, backup: Path,
              moves: list[tuple[str, str]], olds: list[str]) -> None:
    """Undo a commit that stopped half way: remove the new files placed, restore the old.

    New files are all placed only after every old file is in the backup folder, so a final
    file whose staged copy is gone is a new one; an old file is restored if it is in the backup.
    """
    for src, dst in moves:
        final = folder / dst
        if not (staging / src).exists() and (final.exists() or final.is_symlink()):
            final.unlink()
    for name in olds:
        saved = backup / name
        if saved.exists() or saved.is_symlink():
            os.replace(saved, folder / name)


def _cleanup(*paths: Path) -> None:
    for p in paths:
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                p.unlink()


def recover(folder: str | Path) -> list[str]:
    """Finish or roll back interrupted commits in ``folder`` and remove stale staging folders.

    Returns messages for the user (empty when there was nothing to do). Work of a process
    that still runs is left alone.
    """
    folder = Path(folder)
    messages: list[str] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return messages
    for tmp in (p for p in entries if p.name.startswith("." + JOURNAL_PREFIX)):
        # a journal being written (write_text_atomic's temporary file) when the process died
        if not _pid_alive(_pid_of(tmp.name[1:], JOURNAL_PREFIX)):
            _cleanup(tmp)
    for journal in sorted(p for p in entries if p.name.startswith(JOURNAL_PREFIX)):
        try:
            doc = json.loads(journal.read_text(encoding="utf-8"))
            pid = int(doc["pid"])
            staging, backup = folder / str(doc["staging"]), folder / str(doc["backup"])
            moves = [(str(s), str(d)) for s, d in doc["moves"]]
            olds = [str(n) for n in doc["olds"]]
            state, when = str(doc["state"]), str(doc.get("time", "?"))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            messages.append(f"{journal} is not a readable SmartZone journal ({exc}); left as it is.")
            continue
        if _pid_alive(pid) and pid != os.getpid():
            continue  # another SmartZone is committing right now
        names = ", ".join(d for _, d in moves)
        if state != "committed" and not staging.is_dir():
            messages.append(f"An export into {folder} ({names}) was interrupted at {when} and its "
                            f"staging folder is gone; nothing was changed, check {backup}.")
            continue
        if state == "committed":
            _cleanup(backup, staging, journal)
            messages.append(f"An export into {folder} ({names}) was interrupted at {when} after its "
                            "files were in place; its clean-up is now finished.")
            continue
        try:
            _rollback(folder, staging, backup, moves, olds)
        except OSError as exc:
            messages.append(f"An export into {folder} ({names}) was interrupted at {when} and could "
                            f"not be rolled back ({exc}); the previous files are in {backup}.")
            continue
        _cleanup(backup, staging, journal)
        messages.append(f"An export into {folder} ({names}) was interrupted at {when}; the folder "
                        "was rolled back to the files it had before.")
    stale = 0
    for p in entries:
        prefixes = (STAGING_PREFIX, BACKUP_PREFIX, *_LEGACY_STAGING)
        if not p.is_dir() or not p.name.startswith(prefixes) or not p.exists():
            continue
        prefix = next(x for x in prefixes if p.name.startswith(x))
        if prefix in (STAGING_PREFIX, BACKUP_PREFIX) and _pid_alive(_pid_of(p.name, prefix)):
            continue
        if prefix == BACKUP_PREFIX or p.name.startswith(".smartzone-backup"):
            lost = [c for c in p.iterdir() if not (folder / c.name).exists()]
            for c in lost:  # an older SmartZone died between backing up and placing
                with contextlib.suppress(OSError):
                    os.replace(c, folder / c.name)
            rest = list(p.iterdir())
            if rest:
                messages.append(f"{p} holds earlier versions of {', '.join(c.name for c in rest)} "
                                "from an interrupted export; check them and delete the folder.")
                continue
            if lost:
                messages.append(f"Restored {', '.join(c.name for c in lost)} in {folder} from an "
                                "interrupted export.")
        _cleanup(p)
        stale += 1
    if stale:
        messages.append(f"Removed {stale} leftover staging folder(s) of interrupted exports in {folder}.")
    return messages


class FileSet:
    """Files written into one folder and committed together (all or nothing).

    Use as a context manager; files not committed when the block ends are discarded::

        with FileSet(out_dir, overwrite=True) as fs:
            area = fs.area()                       # a fresh staging sub-folder
            write_something(area / "scores.gpkg")
            fs.add(area / "scores.gpkg")           # -> out_dir / "scores.gpkg"
            fs.commit()

    Parameters
    ----------
    folder
        Target folder (created if missing).
    overwrite
        Replace existing regular files of the same names (otherwise :meth:`commit` refuses).

    Attributes
    ----------
    recovered
        Messages from :func:`recover` run on ``folder`` when the set was opened.
    committed
        Final paths once :meth:`commit` returned.
    """

    def __init__(self, folder: str | Path, *, overwrite: bool = False) -> None:
        self.folder = Path(folder)
        self.overwrite = overwrite
        self.recovered: list[str] = []
        self.committed: list[Path] = []
        self._moves: dict[Path, str] = {}
        self._replace: list[str] = []
        self._staging: Path | None = None
        self._areas = 0

    # -- context -----------------------------------------------------------------------------
    def __enter__(self) -> FileSet:
        self.open()
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.discard()

    def open(self) -> None:
        """Recover the folder and create the staging folder."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.recovered = recover(self.folder)
            token = f"{os.getpid()}-{secrets.token_hex(4)}"
            self._staging = self.folder / f"{STAGING_PREFIX}{token}"
            self._staging.mkdir()
        except OSError as exc:
            raise folder_error(f"Cannot write into {self.folder}: {exc.strerror or exc}.", self.folder, exc) from exc

    def discard(self) -> None:
        """Remove the staging folder (and everything not committed)."""
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None

    # -- staging -----------------------------------------------------------------------------
    @property
    def staging(self) -> Path:
        if self._staging is None:
            self.open()
        assert self._staging is not None
        return self._staging

    def area(self) -> Path:
        """A fresh, empty sub-folder of the staging folder for one writer."""
        self._areas += 1
        path = self.staging / str(self._areas)
        try:
            path.mkdir()
        except OSError as exc:
            raise folder_error(f"Cannot write into {self.folder}: {exc.strerror or exc}.", self.folder, exc) from exc
        return path

    def add(self, staged: Path, name: str | None = None) -> Path:
        """Commit ``staged`` (a file inside the staging folder) as ``folder/name``."""
        name = name or staged.name
        if name in self._moves.values():
            raise ExportError(f"Two outputs of one export are both named {name} in {self.folder}.",
                              key="export_same_name", path=str(self.folder), name=name)
        self._moves[staged] = name
        return self.folder / name

    def replace(self, names: Iterable[str]) -> None:
        """Also remove these files of ``folder`` when committing (stale parts of an old set)."""
        self._replace.extend(n for n in names if n not in self._replace)

    def targets(self) -> list[Path]:
        """Final paths of the files added so far."""
        return [self.folder / n for n in self._moves.values()]

    def existing(self) -> list[Path]:
        """Files of ``folder`` that committing would replace or remove."""
        names = dict.fromkeys([*self._moves.values(), *self._replace])
        return [self.folder / n for n in names if (self.folder / n).exists() or (self.folder / n).is_symlink()]

    # -- commit -----------------------------------------------------------------------------
    def commit(self) -> list[Path]:
        """Put every added file in place at once; on any failure the folder is unchanged."""
        if not self._moves:
            raise ExportError(f"Nothing to write into {self.folder}.", key="export_nothing", path=str(self.folder))
        staging = self.staging
        olds = self.existing()
        for p in olds:
            check_replaceable(p)
        if olds and not self.overwrite:
            shown = ", ".join(p.name for p in olds[:6]) + (" ..." if len(olds) > 6 else "")
            raise ExportError(f"Refusing to overwrite existing file(s) in {self.folder}: {shown}. "
                              "Choose another name or folder, or pass overwrite=True "
                              "(command line: --overwrite).", key="export_exists", files=[p.name for p in olds])
        token = staging.name[len(STAGING_PREFIX):]
        backup = self.folder / f"{BACKUP_PREFIX}{token}"
        journal = self.folder / f"{JOURNAL_PREFIX}{token}.json"
        moves = [(str(src.relative_to(staging)), dst) for src, dst in self._moves.items()]
        doc: dict[str, object] = {
            "format": "smartzone-commit-journal", "version": 1, "pid": os.getpid(),
            "time": time.strftime("%Y-%m-%d %H:%M:%S"), "state": "moving",
            "staging": staging.name, "backup": backup.name,
            "moves": moves, "olds": [p.name for p in olds],
        }
        try:
            backup.mkdir()
            _write_journal(journal, doc)
        except OSError as exc:
            _cleanup(backup, journal)
            raise folder_error(f"Cannot write into {self.folder}: {exc.strerror or exc}; "
                               "nothing was changed.", self.folder, exc) from exc
        try:
            for old in olds:
                os.replace(old, backup / old.name)
            for src, dst in moves:
                os.replace(staging / src, self.folder / dst)
            doc["state"] = "committed"
            _write_journal(journal, doc)  # the commit point
        except OSError as exc:
            try:
                _rollback(self.folder, staging, backup, moves, [p.name for p in olds])
            except OSError:
                raise ExportError(
                    f"Could not move the export into {self.folder} ({exc}) nor restore the previous "
                    f"files; they are in {backup}. Run the export again to finish the roll-back.",
                    key="export_rollback_failed", path=str(self.folder), backup=backup.name,
                    detail=str(exc.strerror or exc),
                ) from exc
            _cleanup(backup, journal)
            raise folder_error(f"Could not move the export into {self.folder} "
                               f"({exc.strerror or exc}); nothing was changed.", self.folder, exc) from exc
        _fsync_dir(self.folder)
        _cleanup(backup, journal)
        self.discard()
        self.committed = [self.folder / dst for _, dst in moves]
        return self.committed


@contextlib.contextmanager
def staged_file(path: str | Path, *, overwrite: bool = True) -> Iterator[Path]:
    """Stage one file for ``path``: yields a path to write to, committed when the block ends."""
    target = Path(path)
    with FileSet(target.parent, overwrite=overwrite) as fs:
        staged = fs.area() / target.name
        yield staged
        fs.add(staged)
        fs.commit()
