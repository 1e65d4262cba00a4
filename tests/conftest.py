"""Shared test set-up: Qt runs offscreen (no display on CI)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
