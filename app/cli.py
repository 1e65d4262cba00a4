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

from smartzone.layers.errors import LayerError
from smartzone.scoring.errors import ScoringError

# Each module defines ``register(subparsers)`` which adds its parser and sets ``func``.
_COMMAND_MODULES = ("layers_info", "score", "compare")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smartzone",
        description="SmartZone: site selection for smart-city special zones and shrinking cities.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--screenshot", metavar="FILE", help="render the main window to a PNG and exit")
    parser.add_argument("--selftest", action="store_true", help="check the installation and exit")
    parser.add_argument("project", nargs="?", help="project file to open in the app")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"smartzone.app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"smartzone.app.commands.{name}":
                continue  # not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
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
    except (LayerError, ScoringError) as exc:
        print(f"smartzone: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("smartzone: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
