"""Sub-commands of the ``smartzone`` command line; each module defines ``register(subparsers)``."""

import re as _re


def help_text(doc: str | None) -> str:
    """The first paragraph of a module docstring as plain text for ``--help``.

    Docstrings use reST markup (double backticks, ``:func:`name```); argparse
    shows text as is, so the markup is taken out.
    """
    first = (doc or "").strip().split("\n\n")[0]
    first = _re.sub(r":\w+:`~?([^`]+)`", r"\1", first)
    return " ".join(first.replace("``", "").split())
