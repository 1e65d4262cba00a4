"""Sub-commands of the ``smartzone`` command line; each module defines ``register(subparsers)``."""
