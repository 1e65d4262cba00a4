"""Command-pattern undo stack (the QUndoStack idea, without Qt).

A :class:`Command` knows how to ``redo`` (apply) and ``undo`` itself and has a
user-facing ``text`` ("Change weight of ict_share"). :meth:`UndoStack.push`
applies a command and records it. Consecutive commands with the same non-None
``merge_key`` are merged into one (slider drags), unless merging has been
broken with :meth:`UndoStack.break_merge` (slider released) or the top command
is the saved ("clean") state. A merged command that ends where it started is
dropped. The stack keeps a *clean index* so the project knows whether it has
unsaved changes.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartzone.app.core.model.events import Event

__all__ = ["Command", "FunctionCommand", "UndoStack"]


class Command:
    """One undoable edit.

    Subclasses implement :meth:`redo` and :meth:`undo`; they may set
    ``merge_key`` and override :meth:`merge_with` / :meth:`is_obsolete`.
    """

    text: str = ""
    merge_key: Any = None

    def redo(self) -> None:
        """Apply the edit (also called for the first application)."""
        raise NotImplementedError

    def undo(self) -> None:
        """Revert the edit."""
        raise NotImplementedError

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (already applied) into this command; return whether it merged."""
        return False

    def is_obsolete(self) -> bool:
        """True if the command no longer changes anything (after a merge)."""
        return False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.text!r}>"


class FunctionCommand(Command):
    """A command built from two callables (handy for small edits and tests)."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        merge_key: Any = None,
    ) -> None:
        self.text = text
        self._redo = redo
        self._undo = undo
        self.merge_key = merge_key

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class UndoStack:
    """Linear undo history with merging and a clean (saved) index.

    Parameters
    ----------
    limit
        Maximum number of commands kept (oldest dropped first); 0 = unlimited.
    """

    def __init__(self, limit: int = 200) -> None:
        self.limit = int(limit)
        self._commands: list[Command] = []
        self._index = 0  # number of applied commands
        self._clean_index: int | None = 0
        self._merge_open = True
        #: Emitted after every change of index, content or clean state (no payload).
        self.changed = Event("undo_stack_changed", self)

    # -- queries -----------------------------------------------------------
    @property
    def index(self) -> int:
        """Number of commands currently applied."""
        return self._index

    def __len__(self) -> int:
        return len(self._commands)

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._commands)

    @property
    def undo_text(self) -> str:
        """Text of the command :meth:`undo` would revert ("" if none)."""
        return self._commands[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        """Text of the command :meth:`redo` would re-apply ("" if none)."""
        return self._commands[self._index].text if self.can_redo else ""

    @property
    def texts(self) -> list[str]:
        """Texts of all commands, oldest first (for a history view)."""
        return [c.text for c in self._commands]

    @property
    def is_clean(self) -> bool:
        """True when the applied commands are exactly those at the last :meth:`set_clean`."""
        return self._clean_index == self._index

    # -- edits -------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Apply ``command`` and record it (merging with the top command if allowed)."""
        command.redo()
        del self._commands[self._index :]
        if self._clean_index is not None and self._clean_index > self._index:
            self._clean_index = None  # the saved state can no longer be reached
        top = self._commands[-1] if self._commands else None
        if (
            top is not None
            and self._merge_open
            and command.merge_key is not None
            and top.merge_key == command.merge_key
            and self._clean_index != self._index
            and top.merge_with(command)
        ):
            if top.is_obsolete():
                self._commands.pop()
                self._index -= 1
        else:
            self._commands.append(command)
            self._index += 1
            if self.limit and len(self._commands) > self.limit:
                drop = len(self._commands) - self.limit
                del self._commands[:drop]
                self._index -= drop
                if self._clean_index is not None:
                    self._clean_index -= drop
                    if self._clean_index < 0:
                        self._clean_index = None
        self._merge_open = True
        self.changed.emit()

    def undo(self) -> str:
        """Revert the last applied command; returns its text ("" if nothing to undo)."""
        if not self.can_undo:
            return ""
        command = self._commands[self._index - 1]
        command.undo()
        self._index -= 1
        self._merge_open = False
        self.changed.emit()
        return command.text

    def redo(self) -> str:
        """Re-apply the next command; returns its text ("" if nothing to redo)."""
        if not self.can_redo:
            return ""
        command = self._commands[self._index]
        command.redo()
        self._index += 1
        self._merge_open = False
        self.changed.emit()
        return command.text

    def break_merge(self) -> None:
        """Stop the next command merging with the current top (e.g. slider released)."""
        self._merge_open = False

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self._clean_index = self._index
        self._merge_open = False
        self.changed.emit()

    def clear(self) -> None:
        """Forget all history; the current state becomes clean."""
        self._commands.clear()
        self._index = 0
        self._clean_index = 0
        self.changed.emit()
