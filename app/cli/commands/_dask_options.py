"""The options every command that can run on Dask shares (``--scheduler``, ``--local``, ``--in-process``)."""
from __future__ import annotations

import argparse
from typing import Any


def add_dask_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--scheduler ADDRESS`` and the ``--local`` / ``--in-process`` choice to ``parser``."""
    group = parser.add_argument_group("where it runs (see docs/scale.md)")
    group.add_argument("--scheduler", metavar="ADDRESS",
                       help="run on this Dask scheduler (e.g. tcp://10.0.0.5:8786); only give trusted hosts")
    where = group.add_mutually_exclusive_group()
    where.add_argument("--local", dest="force", action="store_const", const="local",
                       help="run on a local Dask cluster of this machine's cores whatever the size")
    where.add_argument("--in-process", dest="force", action="store_const", const="in-process",
                       help="run in this process whatever the size")


def where_from(args: argparse.Namespace, kind: str, pixels: int) -> Any:
    """The :class:`~smartzone.app.core.scale.Where` of a command's arguments; says it on stderr."""
    import sys

    from smartzone.app.core.scale import choose_where

    where = choose_where(kind, pixels, getattr(args, "scheduler", None), getattr(args, "force", None))
    if not getattr(args, "quiet", False):
        print(where.message, file=sys.stderr)
    return where
