"""The command line: the ``smartzone`` parser and its sub-commands.

Sub-commands live in :mod:`smartzone.app.cli.commands`, one module each, and
never import Qt at module level so the headless paths stay fast. ``smartzone``
with no sub-command (or ``--selftest``) is handed to ``open_app``, which
:mod:`smartzone.app.main` (the executable) passes in: the CLI does not know the GUI.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable

from smartzone.app.core.errorboundary import report

# Each module defines ``register(subparsers)`` which adds its parser and sets ``func``.
_COMMAND_MODULES = ("layers_info", "score", "compare", "plan", "zonal", "grid", "regions")


def build_parser() -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser and the names of its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="smartzone",
        description="SmartZone: site selection for smart-city special zones and shrinking cities.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--screenshot", metavar="FILE", help="render the main window to a PNG and exit")
    parser.add_argument("--selftest", action="store_true", help="check the installation and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(f"smartzone.app.cli.commands.{name}").register(sub)
    return parser, set(sub.choices)


def _split_project(argv: list[str], commands: set[str]) -> tuple[list[str], str | None]:
    """Take ``smartzone [options] PROJECT`` apart from ``smartzone COMMAND ...``.

    argparse cannot mix an optional positional with sub-commands (``smartzone compare A B``
    would give "compare" to the positional), so the project file is picked out here.
    """
    takes_value = {"--screenshot"}
    skip = False
    for i, token in enumerate(argv):
        if skip:
            skip = False
            continue
        if token in takes_value:
            skip = True
            continue
        if token.startswith("-"):
            continue
        if token in commands:
            return argv, None
        return argv[:i] + argv[i + 1 :], token
    return argv, None


def _check_project_argument(token: str, commands: set[str]) -> str | None:
    """Why ``smartzone TOKEN`` cannot go on (a typo of a command, a missing file), or None."""
    import difflib
    from pathlib import Path

    path = Path(token)
    if path.is_file():
        return None
    looks_like_file = path.suffix != "" or "/" in token or "\\" in token
    if not looks_like_file:
        close = difflib.get_close_matches(token, sorted(commands), n=1, cutoff=0.6)
        hint = f" Did you mean 'smartzone {close[0]}'?" if close else ""
        return (f"unknown command {token!r}.{hint} Commands: {', '.join(sorted(commands))}; "
                "or give a project file (*.smartzone.json) to open.")
    if path.is_dir():
        return f"{token} is a folder, not a project file (*.smartzone.json)."
    return f"project file {token} does not exist."


def main(argv: list[str] | None = None,
         open_app: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run ``smartzone ARGV``; ``open_app`` takes the calls that need the desktop app."""
    parser, commands = build_parser()
    rest, project = _split_project(list(sys.argv[1:] if argv is None else argv), commands)
    if project is not None:
        problem = _check_project_argument(project, commands)
        if problem:
            print(f"smartzone: error: {problem}", file=sys.stderr)
            return 2
    args = parser.parse_args(rest)
    if args.command is None:
        args.project = project  # sub-commands keep their own --project option
    try:
        if args.version:
            from importlib.metadata import version

            print(f"smartzone {version('smartzone')}")
            return 0
        if args.command is not None and not args.selftest:
            return int(args.func(args) or 0)
        if open_app is None:
            parser.error("give a command (the desktop app opens from the `smartzone` executable)")
        return open_app(args)
    except BrokenPipeError:
        # the reader of the output went away (`smartzone score … | head`): not a bug in SmartZone;
        # stop quietly as Unix tools do (stdout to /dev/null so the exit's flush raises nothing)
        import contextlib
        import os

        with contextlib.suppress(OSError, ValueError):  # stdout without a descriptor
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, the shell's status for a closed pipe
    except (Exception, KeyboardInterrupt) as exc:  # the one error boundary: no tracebacks
        from smartzone.app.cli.console import error_words

        return report(exc, words=error_words)


if __name__ == "__main__":
    sys.exit(main())
