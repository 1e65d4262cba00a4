"""Frozen entry point: the same `smartzone` command as the console script."""
import sys

from smartzone.app.main import main

if __name__ == "__main__":
    sys.exit(main())
