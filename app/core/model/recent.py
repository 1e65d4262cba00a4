"""Recently opened projects, kept in a small JSON file in the user's config folder.

The folder is platform-appropriate without Qt: ``%APPDATA%\\SmartZone`` on
Windows, ``~/Library/Application Support/SmartZone`` on macOS,
``$XDG_CONFIG_HOME/smartzone`` (default ``~/.config/smartzone``) elsewhere;
``SMARTZONE_CONFIG_DIR`` overrides all of them (tests, portable installs).
A damaged list is ignored (and rewritten on the next change), never fatal.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

__all__ = ["MAX_RECENT", "RecentProjects", "config_dir"]

MAX_RECENT = 10
_FILE_NAME = "recent-projects.json"
_log = logging.getLogger(__name__)


def config_dir() -> Path:
    """The user's SmartZone config folder (not created here)."""
    override = os.environ.get("SMARTZONE_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "SmartZone"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "SmartZone"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "smartzone"


class RecentProjects:
    """Most-recent-first list of project files.

    Parameters
    ----------
    path
        JSON file holding the list (default ``config_dir() / "recent-projects.json"``).
    limit
        Maximum number of entries kept.
    """

    def __init__(self, path: str | Path | None = None, limit: int = MAX_RECENT) -> None:
        self.path = Path(path) if path is not None else config_dir() / _FILE_NAME
        self.limit = int(limit)

    def _read(self) -> list[str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            _log.warning("Ignoring the recent-projects list %s: %s", self.path, exc)
            return []
        items = data.get("recent", []) if isinstance(data, dict) else []
        return [str(p) for p in items if isinstance(p, str)]

    def _write(self, items: list[str]) -> None:
        from smartzone.app.core.model.projectfile import atomic_write_text

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps({"recent": items[: self.limit]}, ensure_ascii=False, indent=2) + "\n"
            atomic_write_text(self.path, text)
        except OSError as exc:  # a read-only profile must not stop the app
            _log.warning("Cannot update the recent-projects list %s: %s", self.path, exc)

    def items(self, *, existing_only: bool = False) -> list[Path]:
        """The recent projects, most recent first (optionally only files that still exist)."""
        paths = [Path(p) for p in self._read()]
        return [p for p in paths if p.is_file()] if existing_only else paths

    def add(self, path: str | Path) -> None:
        """Put ``path`` at the top of the list (moving it if already listed)."""
        entry = str(Path(path).resolve())
        items = [entry] + [p for p in self._read() if p != entry]
        self._write(items)

    def remove(self, path: str | Path) -> None:
        entry = str(Path(path).resolve())
        items = self._read()
        if entry in items:
            self._write([p for p in items if p != entry])

    def clear(self) -> None:
        self._write([])
