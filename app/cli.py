"""Command-line entry point ``smartzone``.

``smartzone`` with no sub-command opens the desktop app on the bundled demo
project; where there is no display it says so and runs ``smartzone score`` on
the demo instead. Sub-commands live in :mod:`smartzone.app.commands`, one
module each, and never import Qt at module level so the headless paths stay
fast.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from smartzone.app.errorboundary import report

# Each module defines ``register(subparsers)`` which adds its parser and sets ``func``.
_COMMAND_MODULES = ("layers_info", "score", "compare")


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
        try:
            module = importlib.import_module(f"smartzone.app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"smartzone.app.commands.{name}":
                continue  # not built yet
            raise
        module.register(sub)
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


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    rest, project = _split_project(list(sys.argv[1:] if argv is None else argv), commands)
    args = parser.parse_args(rest)
    if args.command is None:
        args.project = project  # sub-commands keep their own --project option
    try:
        if args.version:
            from importlib.metadata import version

            print(f"smartzone {version('smartzone')}")
            return 0
        if args.selftest:
            from smartzone.app.selftest import run_selftest

            return run_selftest()
        if args.command is not None:
            return int(args.func(args) or 0)
        from smartzone.app import launch

        return launch.run(args)
    except (Exception, KeyboardInterrupt) as exc:  # the one error boundary: no tracebacks
        return report(exc)


if __name__ == "__main__":
    sys.exit(main())
