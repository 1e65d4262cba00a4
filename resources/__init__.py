"""Bundled resources: demo data, presets, fonts, icons and translations."""
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
